# _collections.deque as a sequence: indexing, `in`, comparisons, + and *,
# iteration and reversed() (with the "mutated during iteration" checks),
# reprs, hashing, copying and subclassing.
from _collections import deque, _deque_iterator, _deque_reverse_iterator


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Idx:
    def __index__(self):
        return 1


# indexing
d = deque('abcdef')
print(d[0], d[5], d[-1], d[-6], d[True], d[Idx()])
show(lambda: d[6])
show(lambda: d[-7])
show(lambda: d[2 ** 70])
show(lambda: d['a'])
show(lambda: d[1:2])
show(lambda: d[1.0])
d[0] = 'A'
d[-1] = 'F'
d[2] = d
print(d[0], d[-1], d[2] is d)
del d[2]
print(d)
del d[0]
del d[-1]
print(d)


def setbad():
    d['x'] = 1


def delbad():
    del d[1.5]


def setfar():
    d[10] = 1


def delfar():
    del d[-10]


show(setbad)
show(delbad)
show(setfar)
show(delfar)
# deleting from both halves of a longer deque
d = deque(range(16))
for i in (1, 14, 7, 0, -1):
    del d[i]
print(list(d), len(d))

# in
d = deque([1, 'two', (3,), None])
print(1 in d, 'two' in d, (3,) in d, None in d, 2 in d, 1.0 in d, 'x' not in d)
print(0 in deque(), deque([0]).__contains__(0))

# comparisons
a, b = deque([1, 2, 3]), deque([1, 2, 4])
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(deque([1, 2]) < deque([1, 2, 0]), deque([1, 2, 0]) > deque([1, 2]))
print(deque() == deque(), deque() < deque([0]), deque([1]) == deque([1.0]))
print(deque([1], 5) == deque([1]), a == a, a != a, a <= a)
print(deque('abc') == deque('abd'), deque([[1]]) == deque([[1]]))
print(deque([1, 2]) == [1, 2], [1, 2] == deque([1, 2]), deque() != ())
show(lambda: deque([1]) < [1])
show(lambda: deque([1]) < deque(['a']))
show(lambda: deque([1]) >= (1,))
print(sorted([deque([2]), deque([1, 5]), deque([1]), deque()]))

# + and +=
a = deque([1, 2], 3)
print(a + deque([3, 4]), deque([0]) + a, a + deque(), (a + a).maxlen)
show(lambda: a + [1])
show(lambda: [1] + a)
show(lambda: 1 + a)
show(lambda: a + 'xy')
c = a
c += [5, 6]
print(c, c is a)
c += 'z'
print(c)
c += c
print(c)
show(lambda: a.__iadd__(1))

# * and *=
d = deque('ab')
print(d * 3, 3 * d, d * 0, d * -1, d * True, d * Idx(), deque() * 5)
print(deque('ab', 3) * 2, deque('abc', 3) * 2, deque([1], 1) * 5, deque('xy', 5) * 7)
show(lambda: d * 'a')
show(lambda: 'a' * d)
show(lambda: d * 1.5)
show(lambda: 1.5 * d)
show(lambda: d * d)
show(lambda: d * [2])
show(lambda: d * 2 ** 70)
m = deque([1, 2])
m *= 2
print(m)
m *= 1
print(m)
m *= 0
print(m)
s = deque([7], 3)
s *= 10
print(s)
t = deque([1, 2, 3, 4], 10)
t *= 4
print(t)
u = deque('q')
u *= 5
print(u)


def imul_str():
    global m
    m *= 'x'


show(imul_str)


class RAdd:
    def __radd__(self, other):
        return 'radd of ' + type(other).__name__

    def __rmul__(self, other):
        return 'rmul of ' + type(other).__name__


print(deque() + RAdd(), deque() * RAdd())
x = deque()
x += RAdd()
print(x)

# iteration
d = deque(range(5))
it = iter(d)
print(type(it) is _deque_iterator, iter(it) is it, it.__length_hint__())
print(next(it), next(it), it.__length_hint__(), list(it), it.__length_hint__(), next(it, 'end'))
r = reversed(d)
print(type(r) is _deque_reverse_iterator, r.__length_hint__(), list(r), list(reversed(deque())))
print(list(d.__reversed__()), [x * 2 for x in d], sum(d), max(d), sorted(deque([3, 1, 2])))
print(type(iter(d)).__name__, type(reversed(d)).__name__, type(iter(d)).__module__)


def mutation(action):
    d = deque([1, 2, 3])
    it = iter(d)
    next(it)
    action(d)
    try:
        return list(it)
    except RuntimeError as e:
        return 'RuntimeError: %s' % e


print(mutation(lambda d: d.append(4)))
print(mutation(lambda d: d.appendleft(4)))
print(mutation(lambda d: d.pop()))
print(mutation(lambda d: d.popleft()))
print(mutation(lambda d: d.extend([])))
print(mutation(lambda d: d.extend([5])))
print(mutation(lambda d: d.extendleft([5])))
print(mutation(lambda d: d.clear()))
print(mutation(lambda d: d.rotate(0)))
print(mutation(lambda d: d.rotate(2)))
print(mutation(lambda d: d.reverse()))
print(mutation(lambda d: d.__setitem__(0, 'x')))
print(mutation(lambda d: d.__delitem__(0)))
print(mutation(lambda d: d.insert(1, 'i')))
print(mutation(lambda d: d.remove(3)))
print(mutation(lambda d: d.__imul__(1)))
print(mutation(lambda d: d.__imul__(2)))
print(mutation(lambda d: d.__iadd__([])))
print(mutation(lambda d: d.__init__([1, 2, 3])))
print(mutation(lambda d: (d.copy(), d.count(1), d.index(2), 2 in d, d == d, repr(d))))
show(lambda: [x for x in (lambda d: (d, [d.append(x) for x in d]))(deque([1]))])
# an exhausted iterator still notices a change
d = deque([1])
it = iter(d)
print(list(it))
d.append(2)
show(lambda: next(it))
show(lambda: next(it))
d = deque()
it = iter(d)
d.clear()
print(list(it))
d = deque([5], 1)
it = iter(d)
d *= 3
show(lambda: list(it))
r = reversed(deque([1, 2]))
dd = deque([1, 2])
r = reversed(dd)
next(r)
dd.appendleft(0)
show(lambda: next(r))


# an item's __eq__ that changes the deque
class Meddler:
    def __init__(self, d, result):
        self.d = d
        self.result = result

    def __eq__(self, other):
        self.d.append('m')
        return self.result


for result in (False, True):
    for name, op in [('count', lambda d, m: d.count(m)), ('index', lambda d, m: d.index(m)),
                     ('remove', lambda d, m: d.remove(m)), ('in', lambda d, m: m in d),
                     ('==', lambda d, m: d == deque([m, 2, 3])),
                     ('<', lambda d, m: deque([m, 0, 0]) < d)]:
        d = deque([1, 2, 3])
        try:
            print(result, name, op(d, Meddler(d, result)), d)
        except Exception as e:
            print(result, name, type(e).__name__, e, d)

# repr
d = deque([1])
d.append(d)
print(d, repr(deque('x', 2)))
e = deque(maxlen=3)
e.append(e)
print(e)
l = [deque([1])]
l[0].append(l)
print(l)

# hashing, copying, pickling support
show(lambda: hash(deque()))
print(deque.__hash__, isinstance(deque(), object))
show(lambda: {deque(): 1})
import copy
c = copy.copy(deque([[1], 2], 4))
print(c, c.maxlen)
r = deque([1, 2]).__reduce__()
print(r[:3], type(r[3]).__name__, list(r[3]))
r = deque([1, 2], 4).__reduce__()
print(r[:3], list(r[3]))
show(lambda: deque().__reduce__(1))
print(deque[int], deque[str].__origin__ is deque)

# maxlen is read-only


def set_maxlen():
    d.maxlen = 3


def del_maxlen():
    del d.maxlen


show(set_maxlen)
show(del_maxlen)
print(d.maxlen)

# a deque matches sequence patterns
for subject in [deque([1, 2]), deque([1, 2, 3, 4]), deque(), deque('a')]:
    match subject:
        case [x, y]:
            print('pair', x, y)
        case [first, *rest]:
            print('first', first, 'rest', rest)
        case _:
            print('other', subject)
