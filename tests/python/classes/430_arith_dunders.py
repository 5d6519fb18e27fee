# arithmetic, reflected and in-place dunders
trace = []
class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return "N(%r)" % (self.v,)
def binop(name, fn):
    def f(self, o):
        trace.append(name)
        if isinstance(o, N): o = o.v
        elif not isinstance(o, (int, float)): return NotImplemented
        return N(fn(self.v, o))
    f.__name__ = name
    return f
def rbinop(name, fn):
    def f(self, o):
        trace.append(name)
        if not isinstance(o, (int, float)): return NotImplemented
        return N(fn(o, self.v))
    return f
ops = {
    "add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
    "truediv": lambda a, b: a / b, "floordiv": lambda a, b: a // b, "mod": lambda a, b: a % b,
    "pow": lambda a, b: a ** b, "lshift": lambda a, b: a << b, "rshift": lambda a, b: a >> b,
    "and": lambda a, b: a & b, "or": lambda a, b: a | b, "xor": lambda a, b: a ^ b,
    "matmul": lambda a, b: a * 1000 + b,
}
for k, fn in ops.items():
    setattr(N, "__%s__" % k, binop(k, fn))
    setattr(N, "__r%s__" % k, rbinop("r" + k, fn))
N.__divmod__ = lambda self, o: ("divmod", divmod(self.v, o))
N.__rdivmod__ = lambda self, o: ("rdivmod", divmod(o, self.v))
x = N(7)
print(x + 2, x - 2, x * 2, x / 2, x // 2, x % 2, x ** 2, x << 1, x >> 1, x & 3, x | 8, x ^ 1, x @ 3)
print(2 + x, 2 - x, 2 * x, 14 / x, 15 // x, 15 % x, 2 ** x, 1 << x, 256 >> x, 3 & x, 8 | x, 1 ^ x, )
print(divmod(x, 3), divmod(30, x))
print(x + N(1), trace[-1])
try:
    3 @ x
    print(trace[-1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    x + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" + x
except TypeError as e:
    print(type(e).__name__, e)
# pow with 3 args
class P3:
    def __pow__(self, e, mod=None): return ("pow", e, mod)
    def __rpow__(self, b, mod=None): return ("rpow", b, mod)
print(pow(P3(), 2), pow(P3(), 2, 5), 2 ** P3(), pow(2, P3()))
# in-place: __iadd__ used when present, else fallback to __add__
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        return "sub fallback"
a = Acc()
orig = a
a += 1
a += 2
print(a is orig, a.items)
a -= 1
print(a)
b = N(3)
bo = b
b += 4
print(b, b is bo)
# __iadd__ returning something else rebinds
class Odd:
    def __iadd__(self, o): return "replaced"
o = Odd()
o += 1
print(o)
# __iadd__ missing and __add__ missing
class Nothing: pass
z = Nothing()
try:
    z += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    z *= 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    z **= 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    z @= 2
except TypeError as e:
    print(type(e).__name__, e)
# in-place on list element / attribute
class Holder:
    pass
h = Holder()
h.n = N(1)
h.n += 5
lst = [N(1)]
lst[0] *= 10
print(h.n, lst)
# subclass reflected priority
class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
class Sub(Base):
    def __radd__(self, o): return "Sub.radd"
print(Base() + Sub(), Sub() + Base(), Base() + Base())
class Sub2(Base):
    pass
print(Base() + Sub2())
# reflected not called for same type
class SameT:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return "radd"
try:
    SameT() + SameT()
except TypeError as e:
    print(type(e).__name__, e)
print(1 + SameT())
# int subclass arithmetic returns int
class MyInt(int):
    pass
r = MyInt(5) + MyInt(3)
print(r, type(r).__name__)
class MyInt2(int):
    def __radd__(self, o): return "MyInt2.radd"
print(1 + MyInt2(2), MyInt2(2) + 1)
# sum uses __radd__ with 0
class S:
    def __init__(self, v): self.v = v
    def __add__(self, o): return S(self.v + (o.v if isinstance(o, S) else o))
    __radd__ = __add__
print(sum([S(1), S(2), S(3)]).v)
# unsupported operand message for user class
class U: pass
for expr in ("U() - 1", "1 - U()", "U() * U()", "U() % 2", "U() << 1", "divmod(U(), 1)", "-U()", "~U()"):
    try:
        eval(expr)
    except TypeError as e:
        print(type(e).__name__, e)
