# The host stdlib's collections package on top of _collections: deque and
# defaultdict as it re-exports them, Counter (whose counting loop is
# _count_elements), namedtuple (whose fields are _tuplegetters),
# OrderedDict and ChainMap, and subclasses of deque.
import collections, collections.abc
from collections import deque, defaultdict, Counter, namedtuple, OrderedDict, ChainMap
import _collections


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(deque is _collections.deque, defaultdict is _collections.defaultdict)
print(isinstance(deque(), collections.abc.MutableSequence), isinstance(deque(), collections.abc.Sequence))
print(isinstance(defaultdict(), collections.abc.MutableMapping))

# Counter
c = Counter('abracadabra')
print(c, c['a'], c['zzz'], len(c))
print(c.most_common(2), c.most_common()[-1], sorted(c.elements())[:6])
c.update('aaz')
c.subtract({'b': 5})
print(c, c.total())
d = Counter(a=3, b=1, c=0, e=-2)
e = Counter(a=1, b=2, f=4)
print(d + e, d - e, d | e, d & e)
print(+d, -d, d == Counter(a=3, b=1, c=0, e=-2), Counter('ab') == Counter('ba'))
print(Counter(['x', 'y', 'x']), Counter({'k': 2}), Counter(k=5, j=1).most_common(1))
words = 'the quick brown fox jumps over the lazy dog the end'.split()
print(Counter(words).most_common(3), Counter(len(w) for w in words))
print(sorted(Counter('hello world').items()), list(Counter('zyzx')))
del c['z']
print('z' in c, c.get('z'), repr(Counter()), Counter('aab').keys())

# namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), p == (1, 2))
print(Point._fields, Point._make([3, 4]), p._replace(y=9), p._asdict())
print(Point.x, Point.y.__doc__, type(Point.__dict__['x']).__name__)
x, y = p
print(x + y, p + (3,), p * 2, Point(*range(2)), sorted([Point(2, 0), Point(1, 5)]))
show(lambda: p.__setattr__('x', 5))


def set_x():
    p.x = 5


def del_y():
    del p.y


show(set_x)
show(del_y)
for args in [(1,), (1, 2, 3)]:
    try:
        Point(*args)
    except TypeError:
        print('TypeError for', args)
show(lambda: p._replace(z=1))
show(lambda: Point._make([1]))
Point3 = namedtuple('Point3', 'x y z', defaults=[0])
print(Point3(1, 2), Point3(1, 2, 3), Point3._field_defaults, Point3.__doc__)
Rec = namedtuple('Rec', 'name, class, def', rename=True)
print(Rec._fields, Rec('a', 'b', 'c'))
Point.x.__doc__ = 'the x coordinate'
print(Point.x.__doc__, hash(Point(1, 2)) == hash((1, 2)))


class Point2(namedtuple('Point2', 'x y')):
    __slots__ = ()

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)

    def __str__(self):
        return 'P(%s, %s)' % self


q = Point2(-3, 4)
print(q, repr(q), q.norm1, q.x, q._replace(x=0).norm1, isinstance(q, tuple))

# OrderedDict
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()))
od.move_to_end('b')
print(list(od))
od.move_to_end('c', last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
od.update(x=1, y=2)
print(od, od == OrderedDict([('a', 2), ('x', 1), ('y', 2)]), od == {'y': 2, 'x': 1, 'a': 2})
print(OrderedDict([(1, 1), (2, 2)]) == OrderedDict([(2, 2), (1, 1)]), list(reversed(od)))
show(lambda: OrderedDict().popitem())
show(lambda: od.move_to_end('missing'))
print(od.setdefault('z', 26), od.pop('x'), od, OrderedDict.fromkeys('ab', 0))

# ChainMap
base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm['a'], cm['b'], cm['c'], len(cm), sorted(cm), cm.get('z', 'none'))
cm['d'] = 4
print(over, base, cm.maps[0] is over)
child = cm.new_child({'a': 100})
print(child['a'], child.parents['a'], dict(child) == {'a': 100, 'b': 20, 'c': 30, 'd': 4})
del cm['b']
print(cm['b'], over)
show(lambda: cm.__delitem__('a'))
print(ChainMap({'x': 1}, {'x': 2, 'y': 3}), 'y' in cm, ChainMap().maps)

# defaultdict through collections
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
t['a']['d'] = 2
print(list(t), list(t['a']), t['a']['b']['c'], t['a']['d'])
groups = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[word[0]].append(word)
print(dict(groups))

# deque uses
window = deque(maxlen=3)
sums = []
for v in [1, 2, 3, 4, 5, 6]:
    window.append(v)
    sums.append(sum(window))
print(sums, window)


def tail(iterable, n):
    return deque(iterable, maxlen=n)


print(tail(range(100), 4), list(tail('abc', 10)))
# breadth-first search
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
queue, seen, order = deque([1]), {1}, []
while queue:
    node = queue.popleft()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            queue.append(nxt)
print(order)


# subclasses of deque
class D(deque):
    pass


dd = D('abc', 5)
print(dd, type(dd).__name__, isinstance(dd, deque), dd.maxlen)
print(dd.copy(), type(dd.copy()).__name__, dd + deque('x'), type(dd * 2).__name__, 2 * dd)
print(deque('x') + dd, dd == deque('abc'), copy_ok := type(dd.__copy__()) is D)
dd.extra = 'attr'
print(dd.extra, dd.__reduce__()[:3])
print(D([1]).__reduce__()[:3])


class Stack(deque):
    def __init__(self, items=(), limit=None):
        super().__init__(items, limit)
        self.pushes = 0

    def push(self, x):
        self.pushes += 1
        self.append(x)

    def __repr__(self):
        return 'Stack(%s)' % list(self)


s = Stack([1, 2], 4)
for i in range(5):
    s.push(i)
print(s, s.pushes, s.maxlen, s.pop(), len(s), s.copy(), type(s.copy()).__name__)


class BadCopy(deque):
    def __new__(cls, *args):
        if args:
            return 'not a deque'
        return super().__new__(cls)


show(lambda: deque.copy(BadCopy()))


class Listy(deque):
    def __init__(self, initlist=None):
        super().__init__()
        if initlist is not None:
            self.extend(initlist)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(list(self)[i])
        return super().__getitem__(i)


li = Listy([5, 6, 7, 8])
print(li[1:3], li[0], li[-1], type(li[::2]).__name__, li.copy())
show(lambda: li.copy() + [1])
