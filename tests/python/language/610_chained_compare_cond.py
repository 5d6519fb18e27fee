# chained comparisons (evaluation count, short-circuit), conditional expressions, and/or/not
log = []
def v(x):
    log.append(x)
    return x
print(v(1) < v(2) < v(3), log); log.clear()
print(v(1) < v(3) < v(2), log); log.clear()
print(v(3) < v(2) < v(1), log); log.clear()
print(v(1) == v(1) != v(2) is not None, log); log.clear()
print(v(1) in v([1, 2]) not in v([[1]]), log); log.clear()
print(1 < 2 > 0 == 0 <= 0 >= -1 != 5, 1 < 2 < 2, 0 < 0.5 < 1 < 1.5, "a" < "b" < "c", [] == [] is not None)
class R:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print("  lt", self.n, o.n)
        return "truthy-%d-%d" % (self.n, o.n)
    def __bool__(self):
        return True
print(R(1) < R(2))
print(R(1) < R(2) < R(3))
class Falsy:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print("  lt", self.n, o.n)
        return 0
print(Falsy(1) < Falsy(2) < Falsy(3))
class NoBool:
    def __lt__(self, o):
        return self
    def __bool__(self):
        raise ValueError("no bool")
try:
    print(NoBool() < NoBool() < NoBool())
except ValueError as e:
    print("ValueError", e)
x = 5
print("big" if x > 3 else "small", "a" if 0 else "b" if 0 else "c", (lambda: 1)() if x else None)
print([("even" if i % 2 == 0 else "odd") for i in range(4)], 1 if x else 2 if x else 3)
print(0 or "" or [] or "last", 1 and "two" and [3], 0 and 1/0, 1 or 1/0, not 0, not [1], not not "x")
print(None or 0, [] and 5, (0 or None) is None, "" or 0.0, not 1 == 2, (not 1) == 2)
print(1 < 2 and 2 < 3 or 1/0, not 1 < 2, -1 < -(-1) > 0, 2 ** -1 < 1)
a = [1, 2]
b = a
print(a is b is a, a == b == [1, 2], a is not [1, 2], x is not None is not False)
print(float("nan") == float("nan") == float("nan"), 1 == 1.0 == True, 0 == -0.0 == False == 0j)
