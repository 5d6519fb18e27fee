# __iter__ / __next__ classes
class CountUp:
    def __init__(self, lo, hi):
        self.cur, self.hi = lo, hi
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.hi:
            raise StopIteration
        v = self.cur
        self.cur += 1
        return v
c = CountUp(1, 4)
print(list(c), list(c))
c2 = CountUp(0, 3)
print(next(c2), next(c2), next(c2), next(c2, "done"), next(c2, None))
try:
    next(c2)
except StopIteration as e:
    print("StopIteration", e.args)
# iterable returning fresh iterators
class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self): return CountUp(0, self.n)
r = Range2(3)
print(list(r), list(r), [(a, b) for a in r for b in r if a < b])
# StopIteration with value
class WithValue:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("val")
print(list(WithValue()))
try:
    next(WithValue())
except StopIteration as e:
    print("value", e.value, e.args)
# next() on non-iterator
class NotIter:
    def __iter__(self): return self
try:
    next(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
# __next__ raising another error mid-loop
class Boom:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i == 3: raise ValueError("boom at 3")
        return self.i
out = []
try:
    for x in Boom():
        out.append(x)
except ValueError as e:
    print(out, type(e).__name__, e)
# break then resume iteration
it = CountUp(0, 10)
for x in it:
    if x == 3: break
print(next(it), list(it))
# iterator used in builtins
print(sum(CountUp(0, 5)), max(CountUp(3, 7)), sorted(CountUp(0, 3), reverse=True), dict(zip(CountUp(0, 2), "ab")))
print(list(map(lambda x: x * x, CountUp(0, 4))), list(filter(lambda x: x % 2, CountUp(0, 6))))
print(tuple(CountUp(5, 7)), set(CountUp(1, 3)) == {1, 2}, "-".join(map(str, CountUp(0, 3))))
print(list(enumerate(CountUp(10, 12), 1)), any(x > 2 for x in CountUp(0, 5)), all(CountUp(1, 3)))
# unpacking
a, *rest = CountUp(0, 5)
print(a, rest)
try:
    x, y = CountUp(0, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y, z = CountUp(0, 2)
except ValueError as e:
    print(type(e).__name__, e)
# star in call
def f(*args): return args
print(f(*CountUp(0, 3)), [*CountUp(0, 2), *Range2(2)])
# yield from a custom iterator
def gen():
    r = yield from CountUp(0, 2)
    yield ("ret", r)
print(list(gen()))
# __iter__ as generator method
class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t), 3 in t, 5 in t)
# __next__ looked up on type
class Odd:
    def __iter__(self): return self
it = Odd()
it.__next__ = lambda: 1
try:
    next(it)
except TypeError as e:
    print(type(e).__name__, e)
# iterator exhausted stays exhausted? custom can restart
class Restart:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i % 3 == 0:
            raise StopIteration
        return self.i
rs = Restart()
print(list(rs), list(rs), list(rs))
# in-operator on iterator consumes it
ci = CountUp(0, 6)
print(2 in ci, list(ci))
