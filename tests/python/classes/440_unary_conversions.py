# __neg__, __pos__, __abs__, __invert__, __index__, __int__, __float__, __complex__, __round__
class U:
    def __init__(self, v): self.v = v
    def __neg__(self): return "neg%d" % self.v
    def __pos__(self): return "pos%d" % self.v
    def __abs__(self): return "abs%d" % self.v
    def __invert__(self): return "inv%d" % self.v
u = U(3)
print(-u, +u, abs(u), ~u, -(-u.v))
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
i = Idx(2)
data = [10, 20, 30, 40, 50]
def check(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)
check("list[i]", lambda: data[i])
check("list[-1]", lambda: data[Idx(-1)])
check("list slice", lambda: data[Idx(1):Idx(3)])
check("str[i]", lambda: "abcdef"[i])
check("tuple[i]", lambda: (1, 2, 3)[i])
check("range[i]", lambda: range(10, 20)[i])
check("bin", lambda: bin(i))
check("hex", lambda: hex(Idx(255)))
check("oct", lambda: oct(Idx(8)))
check("range", lambda: range(Idx(4)))
check("range3", lambda: list(range(Idx(1), Idx(7), Idx(2))))
check("list*", lambda: [0] * Idx(3))
check("str*", lambda: "ab" * Idx(2))
check("int()", lambda: int(Idx(7)))
check("bytes", lambda: bytes(Idx(3)))
check("round nd", lambda: round(3.14159, Idx(2)))
check("slice setitem", lambda: data.__setitem__(slice(Idx(0), Idx(1)), [11]) or data[:2])
check("del idx", lambda: (data.__delitem__(Idx(0)), data)[1])
check("insert", lambda: (data.insert(Idx(0), 10), data)[1])
check("pop", lambda: data.copy().pop(Idx(1)))
check("bad index", lambda: data[Idx("x")])
class NotIdx:
    def __int__(self): return 5
check("list[NotIdx]", lambda: data[NotIdx()])
check("range(NotIdx)", lambda: range(NotIdx()))
check("int(NotIdx)", lambda: int(NotIdx()))
# __int__ returning non-int
class BadInt:
    def __int__(self): return "x"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BadIndex:
    def __index__(self): return 1.5
check("BadIndex", lambda: [1, 2][BadIndex()])
# __float__
class F:
    def __float__(self): return 2.5
check("float(F)", lambda: float(F()))
check("F.__float__", lambda: F.__float__(F()))
try:
    int(F())
except TypeError as e:
    print(type(e).__name__, e)
class BadF:
    def __float__(self): return 1
try:
    float(BadF())
except TypeError as e:
    print(type(e).__name__, e)
# float() falls back to __index__
check("float(Idx)", lambda: float(Idx(4)))
# int() falls back to __index__ (3.11: __trunc__ deprecated but present)
check("int(Idx)", lambda: int(Idx(9)))
# math functions use __float__ / __index__
import math
check("sqrt", lambda: math.sqrt(F()))
check("floor F", lambda: math.floor(F()))
check("factorial", lambda: math.factorial(Idx(5)))
class Fl:
    def __floor__(self): return "floor!"
    def __ceil__(self): return "ceil!"
    def __trunc__(self): return 42
check("floor", lambda: math.floor(Fl()))
check("ceil", lambda: math.ceil(Fl()))
check("trunc", lambda: math.trunc(Fl()))
# __round__
class R:
    def __round__(self, nd=None): return ("round", nd)
check("round", lambda: round(R()))
check("round2", lambda: round(R(), 2))
try:
    round(U(1))
except TypeError as e:
    print(type(e).__name__, e)
# __complex__
class C:
    def __complex__(self): return 1 + 2j
check("complex", lambda: complex(C()))
# unary on missing
class Empty: pass
for expr in ("-Empty()", "+Empty()", "abs(Empty())", "~Empty()", "int(Empty())", "float(Empty())"):
    try:
        eval(expr)
    except TypeError as e:
        print(type(e).__name__, e)
# int subclass with __index__ preserved
class MyInt(int):
    def __neg__(self): return "myneg"
check("myint", lambda: (-MyInt(3), abs(MyInt(-3)), ~MyInt(0), type(abs(MyInt(-3))).__name__))
# bool is int; __index__ of bool
check("bool", lambda: ([1, 2, 3][True], ~True, -True, +False))
# hex/bin on object with __index__ returning int subclass
class IdxBool:
    def __index__(self): return True
check("hex IdxBool", lambda: hex(IdxBool()))
check("list[IdxBool]", lambda: [5, 6][IdxBool()])
# operator-like conversions in format
check("%d%x%o", lambda: "%d %x %o" % (Idx(10), Idx(255), Idx(8)))
check("%d F", lambda: "%d" % F())
check("%.1f", lambda: "%.1f" % F())
