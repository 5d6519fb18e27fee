# zip over list/tuple iterators (stepped directly) and other iterators, of
# unequal lengths, strict=True, iterators that raise or end by raising
# StopIteration; sum() over floats, ints, bools and mixes, which CPython adds
# in a double / a C long while the items allow.


def gen(n, fail_at=None):
    for i in range(n):
        if i == fail_at:
            raise KeyError("gen failed at %d" % i)
        yield i * 10


class StopsByRaising:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration("done")
        self.i += 1
        return -self.i


print(list(zip([1, 2, 3], (4, 5))))
print(list(zip((1, 2), [3, 4, 5], "abcd")))
print(list(zip([1, 2, 3], gen(5), StopsByRaising(2))))
print(list(zip(*[[i, i + 1] for i in range(6)])))
print(list(zip(range(3), [7, 8, 9], (1, 2, 3), "xyz", [0.5, 1.5, 2.5])))
print(list(zip([1])), list(zip()), list(zip([], [1])), list(zip(reversed([1, 2, 3]), [4, 5])))

# The shorter argument ends zip; the longer one has given one more item.
a = iter([1, 2, 3, 4])
b = [10, 20]
print(list(zip(a, b)), list(a))
a = iter([1, 2, 3, 4])
print(list(zip(b, a)), list(a))

for args in (([1, 2], gen(5, fail_at=1)), (gen(5, fail_at=2), (1, 2, 3, 4)),
             ([1], [2], [3], [4], [5], gen(3, fail_at=0))):
    try:
        print(list(zip(*args)))
    except KeyError as e:
        print("KeyError", e)

for args in (([1, 2], [3, 4]), ([1, 2], [3]), ([1], [2, 3]), ([1, 2], (3, 4), "ab", [5]),
             ([1, 2], [3, 4], [5, 6], [7, 8], [9])):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError", e)

# A list that grows and shrinks while zipped.
grow = [1, 2]
out = []
for x, y in zip(grow, range(6)):
    out.append((x, y))
    if y < 3:
        grow.append(y + 100)
    else:
        grow.clear()
print(out)

# zip's tuples are fresh objects with the items in order.
z = zip([[1], [2]], ([3], [4]))
t1 = next(z)
t2 = next(z)
print(t1, t2, t1 is t2, type(t1).__name__, len(t1))

# sum
floats = [0.1] * 10 + [1e16, 1.0, -1e16, 3.5]
print(sum(floats), sum(floats, 0.0), sum(floats, 1), sum(floats[::-1]))
print(sum([1, 2.5, 3, True, 0.25]), sum([True, True, 2.0]), sum([2.0, True, 1]))
print(sum([2**62, 2**62, 0.5]), sum([0.5, 2**62, 2**62]), sum([0.5, 2**63 + 1, 2**64]))
print(sum([2**62 - 1, 1, 1]), sum([-(2**62), -1, -(2**63)]), sum(range(10**5)))
print(sum([1.5, 10**30, 2.5]), sum([10**400, 1]) == 10**400 + 1)
try:
    print(sum([1.0, 10**400]))
except OverflowError as e:
    print("OverflowError", e)
print(sum(x * y for x, y in zip([0.1, 0.2, 0.3], [3, 2.5, 1e-3])))
print(sum([1, 2], 0.5), sum([], 7), sum([], 1.5), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum([complex(1, 2), 1.5, 2]), sum([1.5, complex(0, 1), 2.25]))
from fractions import Fraction
print(sum([0.5, Fraction(1, 3), 0.25]), sum([Fraction(1, 3), 0.5, 1]))


class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"

    def __radd__(self, other):
        return "MyInt.__radd__"


print(sum([1, MyInt(5)]), sum([1.5, MyInt(5)]), sum([MyInt(5)], 0), sum([MyInt(5)], 0.5))
print(sum([float("inf"), 1.0, -float("inf")]), sum([float("nan"), 1]), sum([-0.0, -0.0]),
      sum([-0.0], -0.0), sum([], -0.0))
print(repr(sum([0.1, 0.2, 0.3])), repr(sum([0.3, 0.2, 0.1])))
