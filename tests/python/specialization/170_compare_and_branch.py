# Comparisons that only decide a branch (uopy fuses them with the jump after
# them in tier 1): both directions, both jump kinds (if / if not / while /
# and / or), operands whose types change at a warmed site, and results that
# are used as values rather than branched on.
def classify(a, b):
    out = []
    if a < b:
        out.append("lt")
    if not a <= b:
        out.append("gt")
    if a == b or a > b:
        out.append("ge")
    if a != b and not a > b:
        out.append("lt2")
    return out

def count_below(xs, limit):
    n = 0
    i = 0
    while i < len(xs):
        if xs[i] < limit:
            n += 1
        i += 1
    return n

def value_of(a, b):
    return [a < b, a == b, a >= b, (a != b) + 1]

pairs = [(1, 2), (2, 1), (3, 3), (1.5, 2.5), (2.5, 1.5), (0.0, -0.0), ("a", "b"), ("b", "b"),
         (2**70, 2**70 + 1), (True, 1), (1, 1.0), (float("nan"), 1.0), (float("nan"), float("nan")),
         ("x", "y"), (3, 2.5), ([1], [1, 2])]
for _ in range(100):
    for a, b in pairs[:3]:
        classify(a, b)
for a, b in pairs:
    print(repr(a), repr(b), classify(a, b), value_of(a, b))

for _ in range(50):
    r = count_below(list(range(100)), 37)
print(r, count_below([0.5 * i for i in range(100)], 10), count_below(["b", "a", "c"], "b"))

def strs(words):
    hits = 0
    for w in words:
        if w == "spam":
            hits += 1
        elif w != "eggs":
            hits += 10
    return hits
for _ in range(100):
    strs(["spam", "eggs", "ham"])
print(strs(["spam", "eggs", "ham", "spam"]), strs(["spam", 1, None, b"spam"]))

# A branch far enough away that its jump needs EXTENDED_ARG.
def far(a, b):
    if a < b:
        x = 0
        x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1
        x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1
        x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1
        x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1
        x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1
        x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1
        x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1; x += 1
        return x
    return -1
for i in range(100):
    far(i, 50)
print(far(1, 2), far(2, 1))

# A comparison raising at a warmed site.
def cmp_any(a, b):
    try:
        if a < b:
            return "lt"
        return "not lt"
    except TypeError as e:
        return "TypeError: " + str(e)
for i in range(100):
    cmp_any(i, 50)
print(cmp_any(1, 2), cmp_any(1, "x"), cmp_any(None, 1), cmp_any(2.5, 1))

# Truth tests and membership tests deciding a branch.
class Plain:
    pass
class Sized:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
def truthy(xs):
    out = []
    for x in xs:
        if x:
            out.append(1)
        else:
            out.append(0)
        if not x:
            out.append("n")
    return out
warm = [True, False]
for _ in range(60):
    truthy(warm); truthy([0, 5]); truthy([[], [1]]); truthy([None]); truthy(["", "a"])
    truthy([Plain()])
print(truthy([True, False, 0, 7, -1, 2**80, 0.0, 0.5, "", "x", [], [0], None, Plain(),
              Sized(0), Sized(2), (), (1,), {}, {1: 2}, set(), b"", b"a"]))
def member(keys, s, d):
    hits = []
    for k in keys:
        if k in s:
            hits.append("s")
        if k not in d:
            hits.append("!d")
    return hits
for _ in range(60):
    member([1, 2], {1}, {2: 0})
print(member([1, 2, 3, "a", (1,)], {1, "a", (1,)}, {2: 0, "a": 1}),
      member([1, 2], frozenset([2]), {1: 1}), member([1], [1], {}))
try:
    member([[1]], {1}, {})
except TypeError as e:
    print("TypeError", e)
