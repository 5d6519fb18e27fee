# range.index/count/__contains__ with items that are not ints: CPython
# compares them with each element in turn (progen found range.index(3.0)
# crashing uopy).
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return other == self.v
    __hash__ = None


class AlwaysEq:
    def __eq__(self, other):
        return True
    __hash__ = None


class I(int):
    pass


class Boom:
    def __eq__(self, other):
        if other == 2:
            raise RuntimeError("boom at 2")
        return False
    __hash__ = None


ranges = [range(5, 1, -2), range(10), range(0, 10, 3), range(0), range(-3, 3), range(2**70, 2**70 + 5)]
items = [3.0, 3, 4.0, 6.0, True, False, -0.0, 1 + 0j, "a", None, I(3), Eq(6), AlwaysEq(), 2**70 + 1.0, 2**70 + 2]
for r in ranges:
    for x in items:
        out = []
        for f in (lambda: r.index(x), lambda: r.count(x), lambda: x in r):
            try:
                out.append(f())
            except Exception as e:
                out.append(type(e).__name__ + ": " + str(e).replace(repr(x), "<x>"))
        print(r, type(x).__name__, out)
for f in (lambda: range(5).index(Boom()), lambda: range(5).count(Boom()), lambda: Boom() in range(5)):
    try:
        print(f())
    except RuntimeError as e:
        print("RuntimeError", e)
print(range(3).count(AlwaysEq()), range(0).count(AlwaysEq()))
