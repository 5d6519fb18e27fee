def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
# map with several iterables
t(lambda: list(map(lambda x: x * 2, [1, 2, 3])))
t(lambda: list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
t(lambda: list(map(lambda a, b, c: (a, b, c), "ab", range(5), [None] * 3)))
t(lambda: list(map(pow, [2, 3, 4], [2, 2, 2], [5, 5, 5])))
t(lambda: list(map(max, [1, 5], [4, 2], [3, 3])))
t(lambda: list(map(str.upper, ["a", "b"])))
t(lambda: list(map(len, ["", "ab", [1]])))
t(lambda: list(map(int, "1 2 3".split())))
t(lambda: map(abs))
t(lambda: map())
t(lambda: list(map(None, [1])))
t(lambda: list(map(abs, 5)))
t(lambda: list(map(lambda x: x, [])))
t(lambda: type(map(abs, [])).__name__)
m = map(lambda x: 1 / x, [1, 0, 2])
print(next(m))
t(lambda: next(m))
print(list(m))
# filter
t(lambda: list(filter(None, [0, 1, "", "a", [], [0], None, 0.0, 2.5, False, True])))
t(lambda: list(filter(lambda x: x % 2, range(10))))
t(lambda: list(filter(str.isdigit, "a1b2c3")))
t(lambda: list(filter(bool, ())))
t(lambda: list(filter(None, 5)))
t(lambda: filter(None))
t(lambda: type(filter(None, [])).__name__)
# any / all
t(lambda: (any([]), all([]), any([0, 0]), all([1, 1]), any([0, 1]), all([1, 0]), any("a"), all("")))
t(lambda: (any(x > 3 for x in range(5)), all(x < 3 for x in range(5)), any([[]]), all([[0]])))
seen = []
def chk(x):
    seen.append(x)
    return x
print(any(chk(x) for x in [0, 0, 5, 6, 7]), seen)
seen.clear()
print(all(chk(x) for x in [1, 2, 0, 3]), seen)
t(lambda: any(5))
t(lambda: all())
# iter with sentinel callable
vals = [5, 4, 3, 2, 1]
def nxt():
    return vals.pop()
t(lambda: list(iter(nxt, 4)))
print(vals)
counter = [0]
def inc():
    counter[0] += 1
    return counter[0]
t(lambda: list(iter(inc, 5)))
t(lambda: iter(5, 1))
t(lambda: iter(5))
t(lambda: list(iter(iter([1, 2]))))
it = iter([1])
t(lambda: iter(it) is it)
class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
t(lambda: list(Counter()))
class OldSeq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return chr(97 + i)
t(lambda: list(iter(OldSeq())))
t(lambda: "b" in OldSeq())
# next with default
it = iter([1, 2])
print(next(it), next(it, "d"), next(it, "d"), next(it, None))
t(lambda: next(it))
t(lambda: next([1, 2]))
t(lambda: next(iter([]), ...))
g = (x for x in range(2))
print(next(g), next(g), next(g, "gen-done"))
t(lambda: next())
