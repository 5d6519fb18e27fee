# subclasses of list/dict/set/tuple
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = v = [key]
        return v
d = DefaultDict(a=1)
print(d["a"], d["zz"], d, len(d), d.get("nope"), "nope" in d)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in [1, 2, 1, 3, 1]:
    c[ch] += 1
print(c, type(c).__name__, isinstance(c, dict), c == {1: 3, 2: 1, 3: 1})
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), type(ml).__name__, type(ml + [5]).__name__, type(ml[1:]).__name__)
print(ml == [1, 2, 3, 4], isinstance(ml, list), list(ml), MyList(), MyList("ab"))
class ReprList(list):
    def __repr__(self):
        return "RL" + super().__repr__()
print(ReprList([1]), [ReprList([2])], str(ReprList()))
class Pt(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Pt(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4), type(p).__name__, hash(p) == hash((3, 4)), p + (5,))
class FS(frozenset):
    pass
f = FS([1, 2])
print(sorted(f), type(f | {3}).__name__, f == frozenset([1, 2]), isinstance(f, frozenset))
class S(set):
    def add(self, v):
        super().add(v * 10)
s = S()
s.add(1)
s.update([2])
print(sorted(s), type(s).__name__, len(s))
class KeyLower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k * 2, v)
kl = KeyLower()
kl[1] = "a"
kl.update({2: "b"})
print(kl)
class Attr(list):
    pass
al = Attr([1])
al.extra = "meta"
print(al, al.extra, vars(al))
class LenList(list):
    def __len__(self):
        return 99
print(len(LenList([1])), bool(LenList()), list(LenList([1, 2])))
class ContainsAll(list):
    def __contains__(self, x):
        return True
print(5 in ContainsAll(), 5 in list(ContainsAll()))
class GetItem(dict):
    def __getitem__(self, k):
        return "gi:" + str(k)
g = GetItem({1: 2})
print(g[1], g.get(1), dict(g), list(g.items()))
