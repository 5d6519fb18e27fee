# test: skip-asan (ASan keeps the eval loop's temporaries in its native frame, which the
# conservative stack scan reads: there a dropped object is found one collection late)
# weakref: which objects accept weak references (built-in types, classes with
# and without __slots__ / '__weakref__', subclasses of built-ins), the
# __weakref__ attribute, ref subclasses with extra arguments and state,
# WeakValueDictionary / WeakKeyDictionary / WeakSet / finalize basics
import collections
import functools
import gc
import io
import re
import sys
import types
import weakref


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class Plain:
    pass


class Slots:
    __slots__ = ("a",)


class SlotsWeak:
    __slots__ = ("a", "__weakref__")


class SlotsDict:
    __slots__ = ("a", "__dict__")


class SlotsEmpty:
    __slots__ = ()


class FromSlotsEmpty(SlotsEmpty):
    pass


class MoreSlots(Slots):
    __slots__ = ("b",)


class WeakOnTop(Slots):
    __slots__ = ("__weakref__",)


class BothBases(SlotsEmpty, Plain):
    __slots__ = ()


class IntSub(int):
    pass


class StrSub(str):
    pass


class BytesSub(bytes):
    pass


class TupleSub(tuple):
    pass


class FloatSub(float):
    pass


class ListSub(list):
    pass


class DictSub(dict):
    pass


class Err(Exception):
    pass


class ErrSlots(Exception):
    __slots__ = ()


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


Point = collections.namedtuple("Point", "x y")
co = coro()
candidates = [
    ("int", 5), ("bool", True), ("float", 1.5), ("complex", 2j), ("str", "s"), ("bytes", b"b"),
    ("bytearray", bytearray()), ("tuple", (1,)), ("list", []), ("dict", {}), ("set", set()),
    ("frozenset", frozenset()), ("None", None), ("range", range(2)), ("slice", slice(1)),
    ("object", object()), ("type", int), ("class", Plain), ("function", gen), ("lambda", lambda: 0),
    ("builtin", len), ("bound method", io.StringIO().read),
    ("code", gen.__code__), ("generator", gen()), ("coroutine", co), ("async generator", agen()),
    ("module", sys), ("property", property()), ("staticmethod", staticmethod(len)),
    ("exception", ValueError()), ("memoryview", memoryview(b"m")), ("list iterator", iter([])),
    ("Ellipsis", ...), ("deque", collections.deque()), ("partial", functools.partial(len)),
    ("pattern", re.compile("x")), ("StringIO", io.StringIO()), ("BytesIO", io.BytesIO()),
    ("SimpleNamespace", types.SimpleNamespace()), ("weakref", weakref.ref(Plain)),
    ("namedtuple", Point(1, 2)), ("Plain", Plain()), ("Slots", Slots()), ("SlotsWeak", SlotsWeak()),
    ("SlotsDict", SlotsDict()), ("SlotsEmpty", SlotsEmpty()), ("FromSlotsEmpty", FromSlotsEmpty()),
    ("MoreSlots", MoreSlots()), ("WeakOnTop", WeakOnTop()), ("BothBases", BothBases()),
    ("IntSub", IntSub()), ("StrSub", StrSub()), ("BytesSub", BytesSub()), ("TupleSub", TupleSub()),
    ("FloatSub", FloatSub()), ("ListSub", ListSub()), ("DictSub", DictSub()), ("Err", Err()),
    ("ErrSlots", ErrSlots()), ("WithMeta", WithMeta), ("WithMeta()", WithMeta()),
]
for name, obj in candidates:
    try:
        r = weakref.ref(obj)
        print(name, "ok", r() is obj)
    except TypeError as e:
        print(name, "TypeError", e)
co.close()

# The __weakref__ attribute: on classes that add weak reference support.
for cls in (Plain, Slots, SlotsWeak, SlotsEmpty, FromSlotsEmpty, MoreSlots, WeakOnTop, BothBases,
            IntSub, StrSub, Err, ErrSlots, ListSub):
    print(cls.__name__, hasattr(cls, "__weakref__"), "__weakref__" in cls.__dict__)
p = Plain()
print(p.__weakref__)
r = weakref.ref(p)
print(p.__weakref__ is r, type(Plain.__dict__["__weakref__"]).__name__)
try:
    p.__weakref__ = None
except AttributeError as e:
    print("AttributeError", e)
for slots in [("__weakref__", "__weakref__"), ("a", "__weakref__")]:
    try:
        type("X", (SlotsWeak,) if slots[0] == "a" else (), {"__slots__": slots})
    except TypeError as e:
        print("TypeError", e)


# -- weakref.ref subclasses ------------------------------------------------------------------
class Tagged(weakref.ref):
    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag


class Keyed(weakref.ref):
    __slots__ = ("key",)

    def __new__(cls, ob, callback=None, **kw):
        self = super().__new__(cls, ob, callback)
        self.key = kw.get("key")
        return self

    def __init__(self, ob, callback=None, **kw):
        super().__init__(ob, callback)


o = Plain()
t1 = Tagged(o, None, tag="first")
t2 = Tagged(o, tag="second")
k = Keyed(o, key=42)
print(t1.tag, t2.tag, t1() is o, k.key, k() is o, t1 is not t2, isinstance(k, weakref.ref))
print(weakref.getweakrefcount(o), t1 == t2, t1 == weakref.ref(o), hash(t1) == hash(o))
print(type(t1).__name__, sorted(vars(t1)), hasattr(k, "__dict__"))
for bad in [lambda: weakref.ref(o, None, 3), lambda: weakref.ref(), lambda: weakref.ref(o, x=1),
            lambda: Tagged(o, None, "t", 4), lambda: weakref.ref.__init__(weakref.ref(o), o, None, 1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
fired = []
k2 = Keyed(o, lambda r: fired.append(r.key), key="gone")
del o
gc.collect()
print(t1(), k(), fired)

# -- The weak containers -------------------------------------------------------------------
class Item:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Item(%d)" % self.n


items = [Item(i) for i in range(5)]
wvd = weakref.WeakValueDictionary((i.n, i) for i in items)
wkd = weakref.WeakKeyDictionary((i, i.n * 10) for i in items)
ws = weakref.WeakSet(items)
finalized = []
fin = [weakref.finalize(i, finalized.append, i.n) for i in items[3:]]
print(len(wvd), len(wkd), len(ws), [f.alive for f in fin])
del items[3:]
gc.collect()
print(sorted(wvd), sorted(wkd.values()), sorted(i.n for i in ws), [f.alive for f in fin])
print(sorted(finalized))
print(wvd.get(0), wkd.get(items[1]), items[2] in ws, 4 in wvd)
wvd[9] = items[0]
print(sorted(wvd.items(), key=lambda kv: kv[0])[-1], len(wvd))
print(fin[0].detach(), fin[0].peek())
del items
gc.collect()
print(len(wvd), len(wkd), len(ws))
