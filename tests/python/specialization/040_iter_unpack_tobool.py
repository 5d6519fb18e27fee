# FOR_ITER, UNPACK_SEQUENCE, TO_BOOL, STORE_SUBSCR and CONTAINS_OP
# specializations must behave exactly like the generic forms.
def total(it):
    s = 0
    for x in it:
        s += x
    return s

for i in range(30):
    total([1, 2, 3])
print(total([1, 2, 3]), total((4, 5)), total(range(5)), total(range(2**64, 2**64 + 3)),
      total({7: 1, 8: 2}), total(iter([9])), total(x for x in range(4)))

# A list that grows while it is iterated, and one that shrinks.
def grow():
    out = []
    lst = [1, 2, 3]
    for x in lst:
        out.append(x)
        if x < 6:
            lst.append(x + 3)
    return out
def shrink():
    out = []
    lst = list(range(10))
    for x in lst:
        out.append(x)
        del lst[0]
    return out
for i in range(20):
    grow()
    shrink()
print(grow(), shrink())
print(total(range(10, 0, -3)), total(range(-5, 5, 2)), total(range(0)), list(range(2**62 - 2, 2**62 + 2)))

def pairs(items):
    out = []
    for a, b in items:
        out.append(a * 10 + b)
    return out
for i in range(30):
    pairs([(1, 2), (3, 4)])
print(pairs([(1, 2), [3, 4], (5, 6), "78"]) if False else pairs([(1, 2), [3, 4], (5, 6)]))
for bad in ([(1, 2, 3)], [(1,)], [5], ["abc"]):
    try:
        print(pairs(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

def triple(t):
    a, b, c = t
    return c, b, a
for i in range(30):
    triple((1, 2, 3))
    triple([1, 2, 3])
print(triple((1, 2, 3)), triple([4, 5, 6]), triple("xyz"), triple(range(3)))
try:
    triple([1, 2])
except ValueError as e:
    print("ValueError", e)

def truth(v):
    return "yes" if v else "no"
for v in [True, 1, [1], None, "s"] * 20:
    truth(v)
print([truth(v) for v in [True, False, 0, 5, 2**80, [], [0], None, "", "a", 0.0, (), {}, b"", -1]])
class Weird:
    def __bool__(self):
        return False
class Sized:
    def __len__(self):
        return 0
print(truth(Weird()), truth(Sized()), truth(object()))

def store(c, k, v):
    c[k] = v
lst = [0] * 5
d = {}
for i in range(40):
    store(lst, i % 5, i)
    store(d, i % 3, i)
print(lst, d)
store(lst, -1, "neg")
store(d, (1, 2), "tuple key")
print(lst, d)
for bad in [(lst, 5, 0), (lst, "x", 0), (d, [], 0)]:
    try:
        store(*bad)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

def has(c, x):
    return x in c, x not in c
s = {1, 2, 3}
fs = frozenset({"a"})
for i in range(40):
    has(s, i)
    has(d, i)
    has(fs, "a")
print(has(s, 2), has(s, 9), has(fs, "a"), has(d, 1), has(d, 99), has([1, 2], 2), has("abc", "bc"))
print(has({frozenset({1})}, {1}))
try:
    has(d, [1])
except TypeError as e:
    print("TypeError", e)
