# test: skip-asan (ASan keeps the eval loop's temporaries in its native frame, which the
# conservative stack scan reads: there a dropped object is found one collection late)
# collections.OrderedDict: which operations of a subclass call its
# overridden methods (as CPython's C version), dict's own methods used on an
# OrderedDict, pickling, copy and deepcopy, weak references.
from collections import OrderedDict
import copy
import gc
import pickle
import weakref

calls = []


class Logged(OrderedDict):
    def __getitem__(self, k):
        calls.append(("get", k))
        return super().__getitem__(k)

    def __setitem__(self, k, v):
        calls.append(("set", k))
        super().__setitem__(k, v)

    def __delitem__(self, k):
        calls.append(("del", k))
        super().__delitem__(k)

    def __contains__(self, k):
        calls.append(("in", k))
        return super().__contains__(k)


def run(tag, f):
    calls.clear()
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(tag, r, calls)


d = Logged()
run("init", lambda: Logged([("a", 1)], b=2))
run("setitem", lambda: d.__setitem__("a", 1) or d.update({"b": 2}, c=3))
run("setdefault new", lambda: d.setdefault("z", 26))
run("setdefault old", lambda: d.setdefault("a", 0))
run("pop", lambda: d.pop("z"))
run("pop missing", lambda: d.pop("zz", None))
run("popitem", lambda: d.popitem())
run("popitem first", lambda: d.popitem(last=False))
run("copy", lambda: (d.copy(), type(d.copy()).__name__))
run("repr", lambda: repr(d))
run("iter", lambda: (list(d), list(d.values()), list(d.items()), list(reversed(d))))
run("eq", lambda: d == Logged(b=2))
run("move", lambda: d.move_to_end("b", last=False))
run("or", lambda: (d | {"q": 1}, {"q": 1} | d))
run("ior", lambda: d.__ior__({"r": 2}))
run("fromkeys", lambda: Logged.fromkeys("xy", 0))
run("reduce", lambda: Logged(k=1).__reduce__()[:4])
run("clear", lambda: d.clear())
run("get/in", lambda: (Logged(a=1).get("a"), "a" in Logged(a=1)))


# An LRU cache in the style of the docs: repr does not go through __getitem__.
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


lru = LRU(3)
for k in "abcd":
    lru[k] = ord(k)
lru["b"]
lru["e"] = 0
print(lru, list(lru), lru.cap, lru.__dict__)


# Subclass overriding keys/items: repr and __reduce__ call items().
class Items(OrderedDict):
    def items(self):
        return [("fake", 0)]


print(Items(a=1), Items(a=1).__reduce__()[4].__class__.__name__, list(Items(a=1)))


# Subclass with its own __init__ signature and attributes
class Tagged(OrderedDict):
    def __init__(self, tag, *args, **kw):
        super().__init__(*args, **kw)
        self.tag = tag

    def __reduce__(self):
        return (type(self), (self.tag,), None, None, iter(self.items()))


t = Tagged("T", [("x", 1), ("y", 2)])
t.move_to_end("x")
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    u = pickle.loads(pickle.dumps(t, proto))
    print(proto, type(u).__name__, u, u.tag, u == t)

# dict's own methods on an OrderedDict change the table, not the order
od = OrderedDict(a=1, b=2)
dict.__setitem__(od, "c", 3)
print(len(od), list(od), od, "c" in od, od["c"], dict(od), sorted(od.keys() | {"c"}))
od["c"] = 30  # now it gets a place in the order
print(list(od.items()))
od = OrderedDict(a=1, b=2)
dict.__delitem__(od, "a")
for f in (lambda: len(od), lambda: list(od), lambda: list(od.values()), lambda: repr(od),
          lambda: od.copy(), lambda: od.popitem(last=False), lambda: od.pop("a", "d"),
          lambda: od.pop("a"), lambda: od.popitem(), lambda: list(reversed(od)),
          lambda: od.move_to_end("a"), lambda: od == OrderedDict(a=1, b=2)):
    try:
        print(f())
    except KeyError as e:
        print("KeyError", e)
od = OrderedDict(a=1, b=2)
dict.__setitem__(od, "c", 3)
for f in (lambda: od.pop("c"), lambda: od.pop("c", "d"), lambda: od.popitem(), lambda: len(od),
          lambda: od.move_to_end("c")):
    try:
        print(f())
    except KeyError as e:
        print("KeyError", e)
od = OrderedDict(a=1, b=2)
print(dict.popitem(od), len(od))
od.clear()
od["n"] = 5
print(od, list(od), len(od))
dict.clear(od)
print(od, len(od), bool(od))
od.clear()
od["m"] = 6
print(od, list(od), len(od))
od = OrderedDict(a=1, b=2)
print(dict.copy(od), type(dict.copy(od)).__name__, dict.get(od, "a"), dict.__contains__(od, "b"))
print(dict.pop(od, "b"), dict.setdefault(od, "s", 0), dict.update(od, u=1))
print(len(od), dict.__repr__(od), sorted(dict.keys(od)), dict.__len__(od))
for f in (lambda: list(od), lambda: dict.copy(od), lambda: dict(od)):
    try:
        print(f())
    except KeyError as e:
        print("KeyError", e)
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(list(dict.__iter__(od)), list(dict.keys(od)), dict(od), {**od}, sorted(set(od)), dict.copy(od))

# pickling at every protocol, copy, deepcopy, with instance attributes
x = OrderedDict([("a", [1]), ("b", {"n": (2, 3)})])
x.move_to_end("a")
x.attr = "kept"
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    y = pickle.loads(pickle.dumps(x, proto))
    print(proto, y, y == x, list(y) == list(x), y.attr)
s = copy.copy(x)
dc = copy.deepcopy(x)
dc["a"].append(9)
print(s, s["a"] is x["a"], s.attr, dc, x["a"], dc.attr, dc == x)
nested = OrderedDict(inner=OrderedDict(k=[1]))
nested["me"] = nested
n2 = copy.deepcopy(nested)
print(n2["me"] is n2, n2["inner"], n2["inner"] is not nested["inner"])
lc = copy.deepcopy(Logged(a=[1], b=[2]))
print(type(lc).__name__, lc, lc.__dict__)
try:
    copy.deepcopy(lru)
except TypeError as e:
    print("TypeError", e)
e = pickle.loads(pickle.dumps(OrderedDict()))
print(e, type(e).__name__)
print(pickle.loads(pickle.dumps(iter(OrderedDict(a=1, b=2).items()))).__class__.__name__)
it = iter(OrderedDict(a=1, b=2, c=3))
next(it)
print(it.__reduce__()[1], list(it))

# weak references, and collection of cyclic OrderedDicts
w = weakref.ref(x)
print(w() is x)
holder = OrderedDict()
holder["self"] = holder
wr = weakref.ref(holder)
del holder
gc.collect()
print(wr() is None)
