# binary operators: NotImplemented fallbacks, reflected priority for subclasses, in-place fallbacks
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
        return
    print(label, repr(r))

class A:
    def __add__(self, o):
        print("  A.__add__")
        return NotImplemented
    def __radd__(self, o):
        print("  A.__radd__")
        return "A.radd"
    def __repr__(self):
        return "A()"
class B:
    def __radd__(self, o):
        print("  B.__radd__")
        return "B.radd"
class C:
    pass
t("A+B", lambda: A() + B())
t("A+C", lambda: A() + C())
t("C+A", lambda: C() + A())
t("1+A", lambda: 1 + A())
t("C+C", lambda: C() + C())
t("C-1", lambda: C() - 1)
t("C*str", lambda: C() * "s")
t("C@C", lambda: C() @ C())
t("C**C", lambda: C() ** C())
t("pow3", lambda: pow(C(), 2, 3))
t("-C", lambda: -C())
t("~C", lambda: ~C())
t("C<C", lambda: C() < C())
t("C<=1", lambda: C() <= 1)
t("C==C", lambda: C() == C())
class Base:
    def __mul__(self, o):
        return "Base.mul"
    def __rmul__(self, o):
        return "Base.rmul"
class Derived(Base):
    def __rmul__(self, o):
        return "Derived.rmul"
class DerivedNoOverride(Base):
    pass
t("Base*Derived", lambda: Base() * Derived())
t("Base*DerivedNoOverride", lambda: Base() * DerivedNoOverride())
t("Derived*Base", lambda: Derived() * Base())
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __repr__(self):
        return "Num(%r)" % self.v
n = Num(1)
m = n
n += 5
t("iadd fallback", lambda: (n, m, n is m))
class INum(Num):
    def __iadd__(self, o):
        self.v += o
        return self
i = INum(1)
j = i
i += 5
t("iadd in place", lambda: (i, i is j))
class NIadd(Num):
    def __iadd__(self, o):
        return NotImplemented
k = NIadd(1)
k += 2
t("iadd NotImplemented", lambda: (k, type(k).__name__))
def iadd_err():
    c = C()
    c += 1
t("iadd unsupported", iadd_err)
def ipow_err():
    c = C()
    c **= 2
t("ipow unsupported", ipow_err)
def imatmul_err():
    x = 1
    x @= 2
t("imatmul int", imatmul_err)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("  Cmp.__lt__")
        return NotImplemented
    def __gt__(self, o):
        print("  Cmp.__gt__", self.v)
        return self.v > o.v
t("reflected lt->gt", lambda: Cmp(1) < Cmp(2))
class SubCmp(Cmp):
    def __gt__(self, o):
        print("  SubCmp.__gt__")
        return "sub wins"
t("subclass reflected first", lambda: Cmp(1) < SubCmp(2))
class Eq:
    def __eq__(self, o):
        print("  Eq.__eq__")
        return NotImplemented
e = Eq()
t("eq identity fallback", lambda: (e == e, e == Eq(), e != e))
class OnlyEq:
    def __eq__(self, o):
        return True
t("ne from eq", lambda: (OnlyEq() != 1, OnlyEq() == 1, 1 != OnlyEq()))
class DM:
    def __divmod__(self, o):
        return ("divmod", o)
    def __rdivmod__(self, o):
        return ("rdivmod", o)
    def __rpow__(self, o):
        return ("rpow", o)
    def __rtruediv__(self, o):
        return ("rtruediv", o)
    def __rlshift__(self, o):
        return ("rlshift", o)
    def __ror__(self, o):
        return ("ror", o)
t("divmod", lambda: (divmod(DM(), 2), divmod(2, DM()), 2 ** DM(), 2 / DM(), 1 << DM(), {1} | DM(), pow(2, DM())))
t("pow3 rpow not used", lambda: pow(2, DM(), 5))
class Str(str):
    def __radd__(self, o):
        return "Str.radd"
t("str subclass radd", lambda: "a" + Str("b"))
class L(list):
    def __radd__(self, o):
        return "L.radd"
t("list subclass radd", lambda: [1] + L([2]))
class IntSub(int):
    def __radd__(self, o):
        return "IntSub.radd"
    def __rsub__(self, o):
        return NotImplemented
t("int subclass radd", lambda: 1 + IntSub(2))
t("int subclass rsub NotImplemented", lambda: 5 - IntSub(2))
