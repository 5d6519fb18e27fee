# collections.OrderedDict: order operations, equality, views, reversed
from collections import OrderedDict

od = OrderedDict()
for k in "bdace":
    od[k] = ord(k)
print(od)
print(list(od), list(od.keys()), list(od.values())[:2], list(od.items())[-1])
od.move_to_end("b")
print(list(od))
od.move_to_end("e", last=False)
print(list(od))
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
print(od.popitem(), od.popitem(last=False), list(od))
print(list(reversed(od)), list(reversed(od.items())), list(reversed(od.values())))
od["d"] = 0  # updating keeps the position
print(list(od.items()))
del od["d"]
od["d"] = 1  # re-inserting goes to the end
print(list(od.items()))

a = OrderedDict([(1, "x"), (2, "y")])
b = OrderedDict([(2, "y"), (1, "x")])
print(a == b, dict(a) == dict(b), a == dict(b), dict(b) == a)
print(a != b, a.keys() == b.keys())
c = a.copy()
print(c == a, c is a, type(c).__name__)
print(OrderedDict.fromkeys("abc", 0))
print(a | {3: "z"}, {0: "w"} | a)
a |= {0: "q"}
print(a)
print(a.setdefault(9, "nine"), a.setdefault(1, "other"), list(a))
print(a.pop(9), a.pop(99, "dflt"))
try:
    a.pop(99)
except KeyError as e:
    print("KeyError", e)
e = OrderedDict()
try:
    e.popitem()
except KeyError as ex:
    print("KeyError", ex)
print(repr(OrderedDict()), repr(OrderedDict(a=1)))
r = OrderedDict(x=1)
r["self"] = r
print(r)
od2 = OrderedDict(zip("abcde", range(5)))
for k in list(od2):
    if od2[k] % 2:
        od2.move_to_end(k)
print(od2)
try:
    for k in od2:
        od2["new"] = 1
except RuntimeError as ex:
    print("RuntimeError", ex)
od2.clear()
print(od2, len(od2))
import copy, pickle
x = OrderedDict([("a", [1]), ("b", [2])])
y = copy.deepcopy(x)
y["a"].append(3)
print(x, y)
print(pickle.loads(pickle.dumps(x)) == x)
class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap
    def __getitem__(self, k):
        v = super().__getitem__(k)
        self.move_to_end(k)
        return v
    def __setitem__(self, k, v):
        if k in self:
            self.move_to_end(k)
        super().__setitem__(k, v)
        if len(self) > self.cap:
            del self[next(iter(self))]
lru = LRU(2)
lru["a"] = 1; lru["b"] = 2; lru["a"]; lru["c"] = 3
print(lru, list(lru))
