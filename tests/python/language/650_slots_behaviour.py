# __slots__: storage, inheritance, __dict__/__weakref__ slots, class attributes, descriptors
import weakref
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
        return
    print(label, repr(r))

class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
t("values", lambda: (p.x, p.y))
t("no dict", lambda: hasattr(p, "__dict__"))
t("slot descr", lambda: (type(P.x).__name__, P.x.__name__, P.__slots__))
t("set other", lambda: setattr(p, "z", 3))
t("weakref", lambda: weakref.ref(p))
t("descriptor get", lambda: P.x.__get__(p, P))
t("descriptor set", lambda: (P.y.__set__(p, 20), p.y)[1])
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
t("subclass without slots", lambda: (q.__dict__, q.x))
class R(P):
    __slots__ = ("z",)
r = R(1, 2)
r.z = 3
t("subclass with slots", lambda: (r.x, r.z, hasattr(r, "__dict__")))
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
t("dict slot", lambda: (w.a, w.__dict__))
class WithWeak:
    __slots__ = ("__weakref__",)
t("weakref slot", lambda: type(weakref.ref(WithWeak())).__name__)
class StrSlot:
    __slots__ = "only"
s = StrSlot()
s.only = "v"
t("string slots", lambda: (s.only, StrSlot.__slots__))
class ListSlot:
    __slots__ = ["a", "b"]
t("list slots", lambda: (type(ListSlot.__slots__).__name__, [n for n in ("a", "b") if n in ListSlot.__dict__]))
class DictSlot:
    __slots__ = {"a": "doc of a", "b": None}
t("dict slots doc", lambda: (DictSlot.a.__doc__, DictSlot.b.__doc__))
class Empty:
    __slots__ = ()
t("empty slots set", lambda: setattr(Empty(), "a", 1))
t("empty slots size", lambda: (hasattr(Empty(), "__dict__"), Empty.__slots__))
class Defaults:
    __slots__ = ("v",)
    def __init__(self):
        pass
    @property
    def doubled(self):
        return self.v * 2
d = Defaults()
t("unset slot", lambda: d.v)
t("unset via prop", lambda: d.doubled)
d.v = 4
t("prop", lambda: d.doubled)
del d.v
t("deleted slot", lambda: d.v)
t("delete again", lambda: exec("del d.v", {"d": d}))
t("class var conflict", lambda: type("C", (), {"__slots__": ("a",), "a": 1}))
t("bad slot name", lambda: type("C", (), {"__slots__": ("1a",)}))
t("dup dict slot", lambda: type("C", (), {"__slots__": ("__dict__", "__dict__")}))
t("slots non-str", lambda: type("C", (), {"__slots__": (1,)}))
class Mangled:
    __slots__ = ("__private",)
    def set(self, v):
        self.__private = v
        return self.__private
t("mangled", lambda: (Mangled().set(5), "_Mangled__private" in Mangled.__dict__))
t("vars", lambda: vars(p))
t("getstate-ish", lambda: sorted(n for n in dir(p) if not n.startswith("__")))
