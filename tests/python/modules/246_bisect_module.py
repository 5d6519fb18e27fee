# _bisect: bisect_left/right and insort_left/right with lo, hi and key,
# on lists and other sequences (insort calls .insert on anything but a
# list), comparisons with `<` only (and how many), and CPython's argument
# errors and messages (including C's hi=-1 meaning len(a)).
import bisect
import _bisect
from collections import deque


def t(fn, *args, **kwargs):
    try:
        print(repr(fn(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right,
      bisect.bisect_left is _bisect.bisect_left, bisect.insort_left is _bisect.insort_left)
print(sorted(n for n in dir(_bisect) if not n.startswith('__')))

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 2.5, 3, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, lo=4))
print(bisect.bisect_right(a, 2, hi=2), bisect.bisect_left(a, 5, 1, None), bisect.bisect_left([], 1))
print(bisect.bisect_right(a, 100, 5), bisect.bisect_left(a, 0, 10), bisect.bisect_right(a, 2, 3, 1))
print(bisect.bisect_right(a, 3, 0, -1), bisect.bisect_left(a, 3, 0, -5), bisect.bisect(a, 2, True))

# key= is applied to the probed items, not to x (insort applies it to x too)
recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
key = lambda r: r[1]
print(bisect.bisect_left(recs, 3, key=key), bisect.bisect_right(recs, 3, key=key),
      bisect.bisect_right(recs, ('b', 3), key=None), bisect.bisect(recs, ('b', 5)))
bisect.insort(recs, ('e', 3), key=key)
bisect.insort_left(recs, ('f', 3), key=key)
bisect.insort_right(recs, ('g', 0), key=key)
bisect.insort_left(recs, ('h', 9), lo=2, key=key)
print(recs)

# insort on lists: positions, lo/hi, the list's own insert not being needed
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 5, 0, 3)
bisect.insort(b, 7, 20)
print(b)

# other sequences: tuples, strings, ranges and deques
print(bisect.bisect_left((1, 3, 5), 4), bisect.bisect_right('acegi', 'e'),
      bisect.bisect_left(range(0, 100, 5), 42), bisect.bisect_right(range(10), 5, 3))
d = deque([1, 3, 5])
bisect.insort(d, 4)
bisect.insort_left(d, 0)
print(d, bisect.bisect_left(d, 3))


class Seq:
    def __init__(self, items):
        self.items = list(items)
        self.log = []

    def __len__(self):
        self.log.append('len')
        return len(self.items)

    def __getitem__(self, i):
        self.log.append(i)
        return self.items[i]

    def insert(self, i, x):
        self.log.append(('insert', i, x))
        self.items.insert(i, x)


s = Seq([10, 20, 30, 40, 50])
print(bisect.bisect_left(s, 35), s.log)
s.log = []
bisect.insort_right(s, 20)
bisect.insort_left(s, 60, 2, 4)
print(s.items, s.log)


class LL(list):
    def insert(self, i, x):
        print('LL.insert', i, x)
        list.insert(self, i, x)


ll = LL([1, 2, 4])
bisect.insort(ll, 3)
print(ll)


# only `<`, and as many comparisons as CPython makes
class Lt:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Lt.calls += 1
        return self.v < other.v

    def __repr__(self):
        return 'Lt(%d)' % self.v


items = [Lt(i) for i in range(0, 64, 2)]
for x in [Lt(-1), Lt(17), Lt(18), Lt(99)]:
    Lt.calls = 0
    l = bisect.bisect_left(items, x)
    r = bisect.bisect_right(items, x)
    print(x, l, r, Lt.calls)
Lt.calls = 0
bisect.insort(items, Lt(33))
print(items[15:19], Lt.calls)

# errors
t(bisect.bisect_left)
t(bisect.bisect_left, [1])
t(bisect.bisect_left, [1], 1, -1)
t(bisect.insort_left, [1], 1, -1)
t(bisect.bisect_right, [1], 1, lo=-3)
t(bisect.bisect_left, [1], 1, lo='a')
t(bisect.bisect_left, [1], 1, 1.0)
t(bisect.bisect_left, [1], 1, hi='a')
t(bisect.bisect_left, [1], 1, 0, 2.5)
t(bisect.bisect_right, [1], 1, 2 ** 70)
t(bisect.bisect_right, [1], 1, -2 ** 70)
t(bisect.bisect_right, [1], 1, 0, 2 ** 70)
t(bisect.bisect_right, [1], 1, 0, -2 ** 70)
t(bisect.bisect_left, [1], 1, 0, 5)
t(bisect.bisect_right, [], 1, 0, 3)
t(bisect.insort_right, [0, 1, 2], 1, 0, 8)
t(bisect.bisect_left, 1, 1)
t(bisect.bisect_left, None, 1)
t(bisect.bisect_right, {0: 1}, 0)
t(bisect.bisect_right, {0: 1, 1: 2}, 0, 0, 2)
t(bisect.bisect_right, {1, 2}, 0)
t(bisect.bisect_left, [1], 1, 0, 1, None)
t(bisect.insort_left, [1], 1, 0, 1, 2)
t(bisect.bisect_left, [1], 1, 0, 1, key=None, x=1)
t(bisect.bisect_left, [1], 1, foo=1)
t(bisect.bisect_left, [1], foo=1)
t(bisect.bisect_left, x=1, foo=1)
t(bisect.bisect_right, [0, 1, 2], 1, x=1)
t(bisect.bisect_right, a=[0, 1, 2], x=1, lo=1)
t(bisect.bisect_left, [1], 1, key=3)
t(bisect.insort_left, [1], 1, lo=-1, key=3)
t(bisect.insort_left, (1, 2), 1)
t(bisect.bisect_left, [1, 'a'], 2)
t(bisect.insort, [1, 2], 'x')


def bad_key(v):
    raise KeyError(v)


t(bisect.bisect_left, [1, 2], 1, key=bad_key)
t(bisect.insort, [1, 2], 1, key=bad_key)
