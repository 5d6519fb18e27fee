# bound and unbound methods
class A:
    def __init__(self, n):
        self.n = n
    def m(self, k=1):
        return self.n * k
    def __repr__(self):
        return "A(%d)" % self.n

a = A(3)
bm = a.m
print(bm(), bm(5), bm.__self__, bm.__func__ is A.m, bm.__name__, bm.__qualname__)
print(A.m(a, 2), A.m(A(7)))
print(type(bm).__name__, type(A.m).__name__)
print(a.m == a.m, a.m is a.m, a.m == A(3).m, a.m != a.m)
print(hash(a.m) == hash(a.m))
try:
    A.m()
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.m(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    A(1).m(k=1, j=2)
except TypeError as e:
    print(type(e).__name__, e)
# unbound call with arbitrary object (allowed in py3)
class Fake:
    n = "ab"
print(A.m(Fake(), 2))
# methods stored and called later
ms = [A(i).m for i in range(4)]
print([f(2) for f in ms])
# method attribute access
try:
    bm.foo = 1
except AttributeError as e:
    print(type(e).__name__, e)
A.m.tag = "tagged"
print(bm.tag, a.m.tag)
# function assigned to class after creation becomes method
def extra(self, x):
    return (self.n, x)
A.extra = extra
print(a.extra(9))
# function assigned to instance is not bound
a.inst = extra
try:
    a.inst(9)
except TypeError as e:
    print(type(e).__name__, e)
print(a.inst(a, 9))
# builtin functions are not bound as methods
A.blen = len
try:
    print(a.blen())
except TypeError as e:
    print(type(e).__name__, e)
A.babs = abs
print(A.babs(-4))
# methods of builtins
lst = [3, 1, 2]
app = lst.append
app(0)
print(lst, app.__self__ is lst, app.__name__)
try:
    print(list.append.__name__, str.upper("abc"), str.join("-", "xyz"))
except Exception as e:
    print(type(e).__name__, e)
try:
    list.append(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
# bound method of a callable class attribute
class Callable:
    def __call__(self, *args):
        return ("called", len(args))
class B:
    c = Callable()
print(B().c(1, 2))
# lambda as method
class C:
    f = lambda self, x: x * 2
    g = staticmethod(lambda x: x + 1)
print(C().f(4), C.g(4), C().g(4))
# method defined with *args takes self in args
class D:
    def m(*args):
        return len(args)
print(D().m(), D().m(1, 2), D.m())
# calling method via super()-less explicit base
class E(A):
    def m(self, k=1):
        return A.m(self, k) + 1000
print(E(2).m(), E(2).m(3))
print(E.m.__qualname__, A.m.__qualname__)
# bound method equality with different instances of equal value
class Eq:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
    def f(self): pass
x, y = Eq(), Eq()
print(x.f == y.f, x.f == x.f)
