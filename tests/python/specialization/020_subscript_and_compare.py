# Specialized subscripts and comparisons fall back for anything unusual.
def get(c, i):
    return c[i]

lst = list(range(10))
tup = tuple(range(10))
d = {i: i * i for i in range(10)}
for i in range(60):
    get(lst, i % 10)
    get(tup, i % 10)
    get(d, i % 10)
print(get(lst, -1), get(tup, -2), get(lst, True))
for bad in [(lst, 10), (tup, 99), (d, 42), (lst, "x"), (d, [1])]:
    try:
        print(get(*bad))
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(get(lst, slice(2, 5)), get(tup, slice(None, None, -3)), get("hello", 1))

class D(dict):
    def __missing__(self, key):
        return "missing " + repr(key)
print(get(D(a=1), "a"), get(D(), "zz"))
print(get(lst, 2**70 // 2**70), get([1, 2, 3], -3))
try:
    get(lst, 2**70)
except IndexError as e:
    print("IndexError", e)

def cmp(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b

for i in range(60):
    cmp(i, 30)
    cmp(i * 0.5, 15.0)
    cmp("a" * (i % 3), "aa")
print(cmp(1, 2), cmp(2**80, 2**80 + 1), cmp(1.0, 1), cmp(float("nan"), float("nan")))
print(cmp(True, 1), cmp(2**62, -2**62), cmp("b", "a"), cmp((1, 2), (1, 3)))
try:
    cmp("a", 1)
except TypeError as e:
    print("TypeError", e)

def eq(a, b):
    return a == b
for i in range(60):
    eq("x", "y")
class E(str):
    def __eq__(self, other):
        return "E.__eq__"
print(eq(E("x"), "x"), eq("x", E("x")), eq("x", "x"), eq("x", 1))
