# __missing__, __index__, __bool__/__len__ truthiness, __hash__ = None
import operator, collections.abc
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
        return
    print(label, repr(r))

class Counter(dict):
    def __missing__(self, key):
        print("  missing", key)
        return 0
c = Counter(a=1)
t("missing getitem", lambda: (c["a"], c["b"], "b" in c))
t("missing not for get", lambda: (c.get("z"), c.setdefault("y", 5), c.pop("q", "dflt")))
class Inserting(dict):
    def __missing__(self, key):
        self[key] = v = len(self)
        return v
ins = Inserting()
t("inserting", lambda: (ins["x"], ins["y"], ins["x"], dict(ins)))
class RaisingMissing(dict):
    def __missing__(self, key):
        raise LookupError("custom " + str(key))
t("missing raises", lambda: RaisingMissing()["k"])
class MissingAttr(dict):
    pass
MissingAttr.__missing__ = lambda self, k: "late-" + k
t("late missing", lambda: MissingAttr()["z"])
t("instance missing ignored", lambda: (lambda d: (setattr(d, "__missing__", lambda k: 1) if False else None, d.get("k")))(MissingAttr()))
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
seq = list(range(10))
t("index uses", lambda: (seq[Idx(3)], seq[Idx(1):Idx(8):Idx(3)], "abc"[Idx(-1)], (1, 2)[Idx(0)]))
t("index builtins", lambda: (bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), operator.index(Idx(7)), range(Idx(3))[-1], list(range(Idx(2), Idx(5)))))
t("index mul", lambda: ("ab" * Idx(2), [0] * Idx(3), bytes(Idx(2)), round(2.5, Idx(0))))
t("index int()", lambda: int(Idx(4)))
t("index chr", lambda: chr(Idx(65)))
class BadIdx:
    def __index__(self):
        return "x"
t("bad index", lambda: seq[BadIdx()])
t("no index", lambda: seq[1.5])
t("operator.index float", lambda: operator.index(1.5))
class B:
    def __init__(self, b=None, n=None):
        self.b, self.n = b, n
    def __bool__(self):
        print("  __bool__")
        return self.b
    def __len__(self):
        print("  __len__")
        return self.n
class LenOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
t("bool wins", lambda: bool(B(True, 0)))
t("len only", lambda: (bool(LenOnly(0)), bool(LenOnly(3)), not LenOnly(0)))
t("neither", lambda: bool(object()))
t("bool returns int", lambda: bool(B(1)))
t("bool returns None", lambda: bool(B(None)))
t("len negative", lambda: bool(LenOnly(-1)))
t("len huge", lambda: bool(LenOnly(2**100)))
t("len float", lambda: len(LenOnly(1.5)))
t("len bool", lambda: len(LenOnly(True)))
t("if uses bool", lambda: "yes" if B(False, 5) else "no")
t("and/or", lambda: (LenOnly(0) or "fallback", LenOnly(2) and "second"))
t("while", lambda: [n for n in [LenOnly(0), LenOnly(1)] if n].__len__())
class Unhashable:
    __hash__ = None
t("hash None", lambda: hash(Unhashable()))
t("in set", lambda: {Unhashable()})
t("dict key", lambda: {Unhashable(): 1})
t("isinstance Hashable", lambda: isinstance(Unhashable(), collections.abc.Hashable))
class EqOnly:
    def __eq__(self, o):
        return True
t("eq implies hash None", lambda: (EqOnly.__hash__, isinstance(EqOnly(), collections.abc.Hashable)))
t("hash eqonly", lambda: hash(EqOnly()))
class EqAndHash(EqOnly):
    __hash__ = object.__hash__
t("restored hash", lambda: isinstance(hash(EqAndHash()), int))
class InheritsHashNone(Unhashable):
    def __hash__(self):
        return 42
t("subclass rehash", lambda: hash(InheritsHashNone()))
class HashReturnsFloat:
    def __hash__(self):
        return 1.5
t("hash float", lambda: hash(HashReturnsFloat()))
class HashBig:
    def __hash__(self):
        return 2**100
t("hash big", lambda: hash(HashBig()) == hash(2**100))
class HashSub:
    def __hash__(self):
        return True
t("hash bool", lambda: hash(HashSub()))
