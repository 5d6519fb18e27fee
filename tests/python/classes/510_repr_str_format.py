# __repr__, __str__, __format__
class Both:
    def __repr__(self): return "Both<repr>"
    def __str__(self): return "Both<str>"
class OnlyRepr:
    def __repr__(self): return "OnlyRepr()"
class OnlyStr:
    def __str__(self): return "OnlyStr!"
b, r, s = Both(), OnlyRepr(), OnlyStr()
print(b, r, s)
print(repr(b), str(b), repr(r), str(r), str(s))
print([b, r], (b,), {1: b})
print(f"{b} {b!r} {b!s} {r} {r!r}", "%s %r" % (b, b))
print("{} {!r} {!s}".format(b, b, b))
print(str([s]).startswith("[<"), format(b), format(r))
# __repr__ returning non-string
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
# str subclass returned
class MyStr(str): pass
class RetSub:
    def __str__(self): return MyStr("sub")
    def __repr__(self): return MyStr("rsub")
print(str(RetSub()), type(str(RetSub())).__name__, repr(RetSub()))
# __format__
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == "":
            return "$%d" % self.v
        if spec == "cents":
            return "%d cents" % (self.v * 100)
        return format(self.v, spec)
    def __str__(self): return "Money(%d)" % self.v
m = Money(3)
print(format(m), format(m, "cents"), format(m, ">6"), f"{m}", f"{m:cents}", f"{m:05d}", "{:x}".format(Money(255)))
print(f"{m!s}", f"{m!s:>12}", f"{m!r:.7}" if False else "")
w = 8
print(f"{m:>{w}}", "{0:{1}}".format(m, "cents"))
# default __format__ rejects non-empty spec
class NoFmt:
    def __str__(self): return "nofmt"
print(format(NoFmt()), f"{NoFmt()}", "{}".format(NoFmt()))
try:
    format(NoFmt(), "10")
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{NoFmt():>5}"
except TypeError as e:
    print(type(e).__name__, e)
# __format__ returning non-str
class BadFmt:
    def __format__(self, spec): return 1
try:
    format(BadFmt())
except TypeError as e:
    print(type(e).__name__, e)
# format on builtin subclasses
class MyInt(int):
    def __repr__(self): return "MyInt(%d)" % int(self)
print(MyInt(5), repr(MyInt(5)), str(MyInt(5)), f"{MyInt(5)}", f"{MyInt(5):03}", "%d" % MyInt(5))
class MyInt2(int):
    def __str__(self): return "two"
print(MyInt2(2), f"{MyInt2(2)}", "%s" % MyInt2(2), "%d" % MyInt2(2), format(MyInt2(2), "d"))
class MyFloat(float):
    def __repr__(self): return "MF"
print(MyFloat(1.5), f"{MyFloat(1.5)}", [MyFloat(2.0)])
class MyList(list):
    def __repr__(self): return "ML" + super().__repr__()
print(MyList([1, 2]), str(MyList([3])), [MyList()])
# repr of recursive user objects
class Node:
    def __init__(self): self.children = []
    def __repr__(self): return "Node(%r)" % self.children
n = Node()
n.children.append(Node())
print(n)
# str() on class and repr falls back
class K:
    pass
print(repr(K).startswith("<class '__main__.K'"), str(K) == repr(K))
# __repr__ raising
class RaiseRepr:
    def __repr__(self): raise ValueError("no repr")
try:
    print([RaiseRepr()])
except ValueError as e:
    print(type(e).__name__, e)
# __str__ inherited and overridden in subclass
class Base:
    def __str__(self): return "Base:" + self.name()
    def name(self): return "base"
class Derived(Base):
    def name(self): return "derived"
print(Derived(), str(Base()))
# ascii() uses repr
class U:
    def __repr__(self): return "caf\u00e9"
print(ascii(U()), repr(U()))
# __str__ / __repr__ on exceptions subclass
class MyErr(Exception):
    def __str__(self): return "custom str"
print(str(MyErr("a")), repr(MyErr("a")))
