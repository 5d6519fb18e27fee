# super() in multi-level and diamond inheritance, C3 MRO
def mro(c):
    return [k.__name__ for k in c.__mro__]

class A:
    def who(self):
        return ["A"]
    def __init__(self):
        self.trace = getattr(self, "trace", []) + ["A.init"]
class B(A):
    def who(self):
        return ["B"] + super().who()
    def __init__(self):
        super().__init__()
        self.trace.append("B.init")
class C(A):
    def who(self):
        return ["C"] + super().who()
    def __init__(self):
        super().__init__()
        self.trace.append("C.init")
class D(B, C):
    def who(self):
        return ["D"] + super().who()
    def __init__(self):
        super().__init__()
        self.trace.append("D.init")

print(mro(D))
print(D().who(), D().trace)
print(super(B, D()).who(), super(C, D()).who(), super(D, D()).who())
print(B().who(), C().who())
# multi-level
class L1:
    def f(self, x): return x + 1
class L2(L1):
    def f(self, x): return super().f(x) * 2
class L3(L2):
    def f(self, x): return super().f(x) - 3
class L4(L3):
    pass
print(L4().f(5), mro(L4))
print(super(L3, L4()).f(5), super(L2, L4()).f(5))
# classic example from C3 paper
class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class Cc(Dd, F): pass
class Bb(Dd, E): pass
class Aa(Bb, Cc): pass
print(mro(Aa))
print(mro(Bb), mro(Cc))
# bigger diamond
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class Q(K1, K2, K3): pass
print(mro(Q))
print(Q.mro() == list(Q.__mro__), type(Q.mro()).__name__)
# super with explicit args and classmethods
class P:
    @classmethod
    def cm(cls): return "P.cm:" + cls.__name__
class R(P):
    @classmethod
    def cm(cls): return "R>" + super().cm()
class S(R): pass
print(S.cm(), super(R, S).cm())
# super object attributes
sup = super(B, D())
try:
    print(sup.__thisclass__.__name__, type(sup.__self__).__name__, sup.__self_class__.__name__)
except Exception as e:
    print(type(e).__name__, e)
# unbound super
try:
    super(B, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(1, D())
except TypeError as e:
    print(type(e).__name__, e)
# attribute missing through super
try:
    super(D, D()).nope
except AttributeError as e:
    print(type(e).__name__, e)
# super() in nested function fails
class T:
    def m(self):
        def inner():
            return super().m()
        return inner()
try:
    T().m()
except RuntimeError as e:
    print(type(e).__name__, e)
# super() skipping class attributes (data)
class U:
    val = "U"
class V(U):
    val = "V"
    def get(self): return super().val, self.val
print(V().get())
# __class__ cell
class W:
    def cls(self): return __class__
class W2(W): pass
print(W2().cls().__name__)
# super in __init__ with kwargs cooperative
class Base:
    def __init__(self, **kw):
        self.rest = kw
class M1(Base):
    def __init__(self, a=None, **kw):
        self.a = a
        super().__init__(**kw)
class M2(Base):
    def __init__(self, b=None, **kw):
        self.b = b
        super().__init__(**kw)
class MM(M1, M2):
    pass
mm = MM(a=1, b=2, c=3)
print(mm.a, mm.b, mm.rest, mro(MM))
# object mro
print(mro(object), mro(int), mro(bool), mro(type))
# super().__setattr__ from subclass
class SA:
    def __setattr__(self, k, v):
        super().__setattr__(k, str(v))
sa = SA()
sa.q = 5
print(repr(sa.q))
