# copy: shallow/deep copies, cycles, memo, __copy__/__deepcopy__, __reduce_ex__ and __getstate__ paths
import copy, copyreg

a = [1, [2, 3], {"k": [4]}]
s, d = copy.copy(a), copy.deepcopy(a)
a[1].append(99); a[2]["k"].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
tl = ([1],)
print(copy.deepcopy(tl) is tl, copy.deepcopy(tl) == tl)
for x in [1, 2.5, "s", b"b", None, True, range(3), len, type, frozenset({1}), 3j, Ellipsis]:
    print(type(x).__name__, copy.copy(x) is x, copy.deepcopy(x) is x)
print(copy.copy({1, 2}) == {1, 2}, copy.copy(bytearray(b"ab")), copy.deepcopy({"a": {1: [2]}}))

cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc, dc[0], repr(dc))
dd = {"name": "root"}
dd["me"] = dd
dd["list"] = [dd, dd]
dcd = copy.deepcopy(dd)
print(dcd["me"] is dcd, dcd["list"][0] is dcd, dcd["list"][1] is dcd, dcd is not dd)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is not shared)
memo = {id(shared): "replaced"}
print(copy.deepcopy([shared, 1], memo))

class Node:
    def __init__(self, val, parent=None):
        self.val = val
        self.parent = parent
        self.children = []
    def add(self, val):
        c = Node(val, self)
        self.children.append(c)
        return c
root = Node("r")
root.add("a").add("aa")
root.add("b")
r2 = copy.deepcopy(root)
print(r2.val, [c.val for c in r2.children], r2.children[0].parent is r2, r2.children[0].children[0].parent is r2.children[0], r2 is not root)
r3 = copy.copy(root)
print(r3.children is root.children, r3.__dict__.keys() == root.__dict__.keys())

class Custom:
    def __init__(self, data):
        self.data = data
        self.log = []
    def __copy__(self):
        c = Custom(self.data)
        c.log = ["copied"]
        return c
    def __deepcopy__(self, memo):
        c = Custom(copy.deepcopy(self.data, memo))
        c.log = ["deepcopied", len(memo) > 0]
        return c
cu = Custom([1, 2])
print(copy.copy(cu).log, copy.copy(cu).data is cu.data, copy.deepcopy(cu).log, copy.deepcopy(cu).data is cu.data)

class WithState:
    def __init__(self):
        self.a = 1
        self.cache = "big"
    def __getstate__(self):
        st = self.__dict__.copy()
        del st["cache"]
        return st
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = "rebuilt"
ws = copy.deepcopy(WithState())
print(ws.a, ws.cache, copy.copy(WithState()).cache)

class Reduced:
    def __init__(self, x, y=0):
        self.x, self.y = x, y
    def __reduce_ex__(self, proto):
        print("reduce_ex with protocol", proto)
        return (Reduced, (self.x, self.y + 1))
rd = copy.copy(Reduced(5))
print(rd.x, rd.y)
rd2 = copy.deepcopy(Reduced([1]))
print(rd2.x, rd2.y)

class Reduce2:
    def __init__(self):
        self.items = [1]
    def __reduce__(self):
        return (Reduce2, (), {"items": [9, 9]}, iter([7]), None)
    def append(self, v):
        self.items.append(v)
    def extend(self, vs):
        self.items.extend(vs)
r2c = copy.deepcopy(Reduce2())
print(r2c.items)
class DictItems(dict):
    pass
di = DictItems(a=[1])
di.extra = "attr"
cd = copy.deepcopy(di)
print(type(cd).__name__, cd, cd.extra, cd["a"] is not di["a"])

class Slots:
    __slots__ = ("p", "q")
    def __init__(self):
        self.p = [1]
sl = copy.deepcopy(Slots())
print(sl.p, hasattr(sl, "q"), copy.copy(Slots()).p)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def reduce_point(p):
    return (Point, (p.x * 10, p.y * 10))
copyreg.pickle(Point, reduce_point)
pc = copy.copy(Point(1, 2))
print(pc.x, pc.y)
class NoCopy:
    def __reduce_ex__(self, proto):
        raise TypeError("cannot copy NoCopy")
try:
    copy.copy(NoCopy())
except TypeError as e:
    print("TypeError", e)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
import types
def f():
    pass
print(copy.deepcopy(f) is f, copy.copy(f) is f, copy.deepcopy(Node) is Node)
try:
    copy.copy(types)
except TypeError as e:
    print("TypeError", e)
class Meth:
    def m(self):
        return self
mo = Meth()
bm = copy.deepcopy([mo.m])[0]
print(bm.__self__ is not mo, type(bm.__self__).__name__)
print(copy.replace if hasattr(copy, "replace") else "no copy.replace in 3.11")
