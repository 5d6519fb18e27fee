def cmp_to_key(mycmp):
    class K(object):
        __slots__ = ['obj']
        def __init__(self, obj):
            self.obj = obj
        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0
    return K
K = cmp_to_key(lambda a, b: a - b)
print(sorted([3, 1, 2], key=K))
def f(x):
    class C:
        y = x
        def g(self):
            return x
    return C
print(f(5).y, f(6)().g())
def h():
    x = 1
    class C:
        x = 2
        def g(self):
            return x
        z = x
    return C
C = h()
print(C.x, C().g(), C.z)
def outer():
    v = "outer"
    class A:
        class B:
            def m(self):
                return v
        def n(self):
            return v
    return A
A = outer()
print(A.B().m(), A().n())
def counter():
    n = 0
    class Cnt:
        def inc(self):
            nonlocal n
            n += 1
            return n
    return Cnt()
c = counter()
c.inc(); print(c.inc())
def sup():
    tag = "T"
    class Base:
        def who(self): return "base"
    class D(Base):
        def who(self): return tag + super().who()
    return D()
print(sup().who())
def cls_uses_free_in_lambda(k):
    class Q:
        f = lambda self: k * 2
        items = [k + i for i in range(3)]
    return Q
Q = cls_uses_free_in_lambda(10)
print(Q().f(), Q.items)
