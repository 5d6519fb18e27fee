# operator.attrgetter / itemgetter / methodcaller (the _operator types):
# calls, reprs, __reduce__, copy and pickle, errors; and the in-place
# functions on mutable and immutable operands.
import copy
import operator
import pickle
from operator import attrgetter, itemgetter, methodcaller


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


class NS:
    def __init__(self, **kw):
        self.__dict__.update(kw)


r = NS(name=NS(first='Ada', last='L'), age=36, tags=['x'])
print(attrgetter('age')(r), attrgetter('name.first')(r), attrgetter('age', 'name.last')(r))
print(attrgetter('name.first', 'name.last', 'tags')(r))
print(attrgetter('real', 'imag')(3 + 4j), attrgetter('__class__.__name__')(r))
ag = attrgetter('a.b.c', 'd')
print(repr(ag), repr(attrgetter('x')), repr(attrgetter('x.y')), str(attrgetter('q')))
print(ag.__reduce__(), attrgetter('x').__reduce__())
print(type(ag).__name__, type(ag).__module__, type(ag).__qualname__, attrgetter.__doc__.splitlines()[0])
show(attrgetter('missing'), r)
show(attrgetter('name.middle'), r)
show(attrgetter)
show(attrgetter, 1)
show(attrgetter, 'a', 2)
show(attrgetter, 'a', x=1)
show(attrgetter('a'))
show(attrgetter('a'), r, r)
show(attrgetter('age'), obj=r)

lst = ['a', 'b', 'c', 'd']
print(itemgetter(1)(lst), itemgetter(-1)(lst), itemgetter(1, 3)(lst), itemgetter(slice(1, 3))(lst))
print(itemgetter('k')({'k': 'v'}), itemgetter(0, 0)('xy'), itemgetter(1)((5, 6)))
ig = itemgetter(1, 'a', (2, 3))
print(repr(ig), repr(itemgetter(1)), repr(itemgetter('s')), repr(itemgetter((1, 2))))
print(ig.__reduce__(), itemgetter(1).__reduce__(), itemgetter((1, 2)).__reduce__())
print(type(ig).__name__, type(ig).__module__, itemgetter.__doc__.splitlines()[0])
show(itemgetter(5), lst)
show(itemgetter('k'), {})
show(itemgetter(0), 5)
show(itemgetter)
show(itemgetter, 1, key=2)
show(itemgetter(1))
show(itemgetter(1), lst, lst)
show(itemgetter(1), obj=lst)
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=itemgetter(1)))
print(sorted([NS(v=3), NS(v=1)], key=attrgetter('v'))[0].v)
print(max(['aa', 'b', 'cccc'], key=methodcaller('__len__')))

mc = methodcaller('split', ',', maxsplit=1)
print(mc('a,b,c'), methodcaller('upper')('abc'), methodcaller('count', 'a')('banana'))
print(repr(mc), repr(methodcaller('f')), repr(methodcaller('f', 1, 'x', k=2, j=[3])))
print(mc.__reduce__())
print(methodcaller('f', 1).__reduce__(), methodcaller('g').__reduce__())
print(type(mc).__name__, type(mc).__module__, methodcaller.__doc__.splitlines()[0])
show(methodcaller)
show(methodcaller, 1)
show(methodcaller, name='f')
show(methodcaller('nope'), 'abc')
show(methodcaller('upper'))
show(methodcaller('upper'), 'a', 'b')
show(methodcaller('upper'), obj='a')
show(methodcaller('upper', 1), 'a')

# Recursive reprs.
rec = itemgetter([])
rec_list = []
rec2 = itemgetter(rec_list)
rec_list.append(rec2)
print(repr(rec2))
mrec_args = []
mrec = methodcaller('f', mrec_args)
mrec_args.append(mrec)
print(repr(mrec))

# The types cannot be subclassed.
for t in (attrgetter, itemgetter, methodcaller):
    try:
        type('X', (t,), {})
    except TypeError as e:
        print('TypeError', e)

# copy and pickle go through __reduce__.
for f in (attrgetter('a.b', 'c'), attrgetter('z'), itemgetter(1), itemgetter(0, 2),
          methodcaller('f'), methodcaller('split', ',', maxsplit=1)):
    c = copy.copy(f)
    d = copy.deepcopy(f)
    p = pickle.loads(pickle.dumps(f))
    print(type(c).__name__, repr(c) == repr(f), repr(d) == repr(f), repr(p) == repr(f), c is f)
print(pickle.loads(pickle.dumps(methodcaller('split', ',', maxsplit=1)))('a,b,c'))
print(pickle.loads(pickle.dumps(itemgetter(0, 2)))('xyz'))

# In-place operations: mutable operands change, immutable ones make new objects.
a = [1, 2]
b = operator.iadd(a, [3])
print(a, b is a)
b = operator.iconcat(a, (4,))
print(a, b is a)
b = operator.imul(a, 2)
print(a, b is a)
t = (1, 2)
u = operator.iadd(t, (3,))
print(t, u, u is t)
s = 'ab'
print(operator.iadd(s, 'c'), s, operator.imul(s, 2))
st = {1, 2}
print(operator.ior(st, {3}) is st, operator.iand(st, {1, 3}) is st, operator.isub(st, {1}) is st,
      operator.ixor(st, {7}) is st, sorted(st))
fs = frozenset({1})
print(operator.ior(fs, {2}) is fs, fs)
n = 10
for name in ['iadd', 'isub', 'imul', 'ifloordiv', 'itruediv', 'imod', 'ipow', 'ilshift',
             'irshift', 'iand', 'ior', 'ixor']:
    print(name, getattr(operator, name)(n, 3), end='; ')
print()
d = {'a': 1}
print(operator.ior(d, {'b': 2}) is d, d)
ba = bytearray(b'ab')
print(operator.iconcat(ba, b'c') is ba, ba)
show(operator.iconcat, (1,), [2])
show(operator.iconcat, 'a', 1)
show(operator.iadd, (1,), [2])
show(operator.ior, [1], [2])


class Acc:
    def __init__(self):
        self.items = []

    def __getitem__(self, i):
        return self.items[i]

    def __iadd__(self, other):
        self.items.extend(other)
        return self

    def __repr__(self):
        return 'Acc(%r)' % self.items


class Plain:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Plain(self.v + other)

    def __repr__(self):
        return 'Plain(%r)' % self.v


acc = Acc()
print(operator.iadd(acc, [1]) is acc, operator.iconcat(acc, [2]) is acc, acc)
p = Plain(1)
q = operator.iadd(p, 2)
print(q, q is p, p)
show(operator.iconcat, Plain(1), [2])
