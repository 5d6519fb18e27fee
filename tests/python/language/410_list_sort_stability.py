# list.sort / sorted: key, reverse, stability, errors, mutation during sort
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
        return
    print(label, repr(r))

recs = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1), ("c", 2), ("a", 3)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs, key=lambda r: r[0], reverse=True))
print(sorted(sorted(recs, key=lambda r: r[1]), key=lambda r: r[0]))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Date", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())), sorted(words, key=None), sorted(words, reverse=False))
data = [(i % 4, i) for i in range(40)]
data.sort(key=lambda p: p[0], reverse=True)
print(data[:12])
r = list(range(10)); r.sort(key=lambda x: 0, reverse=True); print(r)
print(sorted([3, 1.5, True, 2, -0.0, 0, 2.0]), sorted([1, 1.0, True], reverse=True), sorted([0.0, -0.0, 0]))
print(sorted([[2, 1], [1, 2], [1], []]), sorted([(1, "b"), (1, "a"), (0, "z")]), sorted("hello"), sorted({3: 1, 1: 2}))
t("mixed types", lambda: sorted([1, "a"]))
t("key error", lambda: sorted([1, 2], key=lambda x: 1 / 0))
t("key not callable", lambda: sorted([1, 2], key=5))
t("positional", lambda: [2, 1].sort(None))
t("positional reverse", lambda: sorted([2, 1], None, True))
t("bad kw", lambda: [].sort(cmp=None))
t("reverse non-bool", lambda: sorted([1, 2, 3], reverse=2))
t("reverse str", lambda: sorted([1, 2], reverse="x"))
t("sort returns", lambda: [3, 1].sort())
def mutate():
    l = [3, 2, 1]
    def key(x):
        l.append(x)
        return x
    l.sort(key=key)
    return l
t("mutation", mutate)
def mutate_clear():
    l = list(range(5))
    def key(x):
        l.clear()
        return x
    l.sort(key=key)
    return l
t("mutation clear", mutate_clear)
class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "C%d" % self.v
print(sorted([C(3), C(1), C(2)]), max([C(3), C(5)]), min([C(3), C(5)]))
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "G%d" % self.v
t("reflected gt", lambda: sorted([OnlyGt(2), OnlyGt(1)]))
nan = float("nan")
print(len(sorted([3, nan, 1, 2])), sorted([nan])[0] is nan)
