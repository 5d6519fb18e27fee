# itertools.islice, tee and zip_longest.
import gc
from itertools import islice, tee, zip_longest, count, repeat


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


# islice: stop only, start/stop, start/stop/step, None arguments
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)))
print(list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
print(list(islice(range(10), None)), list(islice(range(10), None, None, None)))
print(list(islice(range(10), 2, None, 3)), list(islice(range(10), 3, 1)))
print(list(islice(range(10), 0)), list(islice([], 5)), list(islice(range(3), 5, 10)))
print(list(islice(range(10), True)), list(islice(range(10), 1, 9, 2 ** 62)))
print(list(islice(count(), 100, 103)), list(islice(repeat('z'), 3)))


class Idx:
    def __index__(self):
        return 3


print(list(islice(range(10), Idx())), list(islice(range(10), 1, Idx(), Idx())))
# islice consumes no more of the source than it needs
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 3)), next(it))
it = iter(range(20))
print(list(islice(it, 0, 10, 3)), next(it))
it = iter(range(20))
print(list(islice(it, 5, 10, 3)), next(it))
s = islice(iter(range(3)), 5, 10)
print(list(s), list(s))
s = islice(range(10), 4)
print(next(s), next(s), list(s), iter(s) is s)
show(lambda: islice())
show(lambda: islice([1]))
show(lambda: islice([1], 1, 2, 3, 4))
show(lambda: islice([1], x=1))
show(lambda: islice(1, 2))
for args in [(-1,), (-2,), ('a',), (1.5,), (2 ** 70,), (-1, 2), (-5, 3), ('a', 2),
             (1, -1), (1, -2), (1, 'x'), (-1, -1), ('a', 'b'), (2 ** 70, 3),
             (1, 2, 0), (1, 2, -1), (1, 2, 'a'), (1, 2, 2 ** 70), ('a', 'b', 0),
             (-3, 2, 0), (0, None, 0), (None, None, -1)]:
    show(lambda: islice([1], *args))
show(lambda: islice(1, -1))
show(lambda: islice(1, 1, 2, 0))

# tee
a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee(iter('xyz'), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0), len(tee([1], 1)), len(tee('ab', 5)), tee(1, 0))
print(type(tee([])[0]).__name__, [list(t) for t in tee([], 3)])
# independence: advancing one does not disturb another
src = iter(range(100))
x, y = tee(src)
first = [next(x) for _ in range(60)]
print(first[:3], first[-1], next(y), list(islice(y, 3)), next(x))
gc.collect()
print(sum(x), sum(y))
# copies and tee of a tee
a, b = tee(range(5))
next(a)
c = a.__copy__()
print(list(c), list(a), list(b))
a, b = tee(range(4))
next(a)
d, e = tee(a)
print(d is a, list(d), list(e), list(b))
(only,) = tee(b, 1)
print(only is b)
# a long-lived lagging tee over many chunks of buffered values
p, q = tee(count())
for _ in range(1000):
    next(p)
gc.collect()
print(next(p), next(q), list(islice(q, 998))[-1], next(q), next(q))


class Copyable:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n

    def __copy__(self):
        print("copy called")
        return Copyable(self.n)


cp = Copyable(0)
ts = tee(cp, 3)
print(ts[0] is cp, [type(t).__name__ for t in ts], [list(t) for t in ts])
show(lambda: tee())
show(lambda: tee(1))
show(lambda: tee([1], -1))
show(lambda: tee(1, -1))
show(lambda: tee([1], 'a'))
show(lambda: tee([1], None))
show(lambda: tee([1], 2, 3))
show(lambda: tee([1], n=2))
show(lambda: tee([1], 2 ** 70))
# a tee that re-enters itself while reading its source
def reenter():
    yield 1
    yield next(t0)
t0, t1 = tee(reenter())
print(next(t0))
show(lambda: next(t0))

# zip_longest
print(list(zip_longest('ABCD', 'xy')))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest('AB', range(4), [None], fillvalue=0)))
print(list(zip_longest()), list(zip_longest(fillvalue=3)), list(zip_longest([], [])))
print(list(zip_longest([1, 2])), list(zip_longest('ab', 'cd')))
z = zip_longest(iter([1]), iter([2, 3]))
print(next(z), next(z), list(z), list(z))
print(list(islice(zip_longest(count(), 'ab'), 4)))
show(lambda: zip_longest(1))
show(lambda: zip_longest([1], 2))
show(lambda: zip_longest([1], x=1))
show(lambda: zip_longest([1], fillvalue=1, x=2))


def boom():
    yield 1
    raise ValueError("boom")


z = zip_longest(boom(), 'abc')
print(next(z))
show(lambda: next(z))
print(list(z))
