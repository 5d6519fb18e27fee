# inheriting from list and dict and overriding methods
class LoggedList(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.log = []
    def append(self, x):
        self.log.append(("append", x))
        super().append(x)
    def __getitem__(self, i):
        self.log.append(("getitem", i))
        return super().__getitem__(i)
    def __setitem__(self, i, v):
        self.log.append(("setitem", i, v))
        super().__setitem__(i, v)
    def __len__(self):
        return super().__len__() * 10
l = LoggedList([1, 2])
l.append(3)
l[0] = 9
x = l[1]
print(l, l.log, len(l), list.__len__(l))
print(isinstance(l, list), type(l).__name__, l == [9, 2, 3], [9, 2, 3] == l)
# builtin operations bypass overridden methods?
l.log.clear()
l.extend([4])
print(l, l.log)
l.log.clear()
print(list(l), sorted(l), [v for v in l], sum(l), l.log)
l.log.clear()
print(l[1:3], type(l[1:3]).__name__, l.log)
print(type(l + [1]).__name__, type(l * 2).__name__, type(l.copy()).__name__)
l2 = l
l2 += [5]
print(type(l2).__name__, l2 is l, l)
# list subclass with extra attrs and repr
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
    def __repr__(self): return "Stack" + list.__repr__(self)
st = Stack()
st.push(1); st.push(2)
print(st, st.peek(), st.pop(), st, bool(Stack()), len(st))
# dict subclass with __missing__
class DefaultDict(dict):
    def __init__(self, factory, *a, **k):
        super().__init__(*a, **k)
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
dd = DefaultDict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"]
print(sorted(dd.items()), dd.get("zz"), "zz" in dd)
class Counter(dict):
    def __missing__(self, key): return 0
c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print(sorted(c.items()), c["q"], len(c))
try:
    dict()["k"]
except KeyError as e:
    print(type(e).__name__, e)
class BadMissing(dict):
    __missing__ = None
try:
    BadMissing()["k"]
except TypeError as e:
    print(type(e).__name__, e)
# dict subclass overriding __setitem__: update() and constructor bypass it
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper(a=1)
u["b"] = 2
u.update(c=3)
u.setdefault("d", 4)
print(sorted(u.items()))
# dict subclass __getitem__ and get()
class GI(dict):
    def __getitem__(self, k):
        return "override"
g = GI(a=1)
print(g["a"], g.get("a"), list(g.values()), dict(g) == {"a": 1})
# dict subclass repr/eq/hash
class D2(dict):
    pass
d2 = D2(x=1)
print(d2, d2 == {"x": 1}, type(d2.copy()).__name__, type(d2 | {}).__name__ if hasattr(dict, "__or__") else "")
try:
    hash(D2())
except TypeError as e:
    print(type(e).__name__, e)
# keys/values/items on subclass
d2["y"] = 2
print(sorted(d2.keys()), sorted(d2.values()), len(d2))
d2.attr = "ok"
print(d2.attr, vars(d2))
# fromkeys returns subclass
print(type(D2.fromkeys([1, 2])).__name__, D2.fromkeys([1, 2], 0))
# tuple subclass with __new__
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
    def __repr__(self): return "Pair(%r, %r)" % self
p = Pair(1, 2)
print(p, p.first, p[1], len(p), p == (1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple))
a, b = p
print(a, b, type(p + (3,)).__name__, p[:1])
# set subclass
class MySet(set):
    def add(self, x):
        super().add(x * 2)
ms = MySet([1, 2])
ms.add(5)
print(sorted(ms), type(ms | {1}).__name__, type(ms.copy()).__name__)
# list subclass __init__ not calling super
class NoSuper(list):
    def __init__(self, *a):
        pass
print(NoSuper([1, 2, 3]), len(NoSuper("abc")))
# list subclass __eq__ override affects ==
class AlwaysEq(list):
    def __eq__(self, o): return True
    __hash__ = None
print(AlwaysEq([1]) == [2], [2] == AlwaysEq([1]), AlwaysEq() != [])
# __contains__ override
class NoContains(list):
    def __contains__(self, x): return False
print(1 in NoContains([1]), NoContains([1]).count(1), NoContains([1]).index(1))
