# classmethod and staticmethod
class A:
    count = 0
    @classmethod
    def make(cls, *args):
        cls.count += 1
        return (cls.__name__, args, cls.count)
    @staticmethod
    def util(x, y=2):
        return x * y
    def inst(self):
        return self.make("i"), self.util(3)

class B(A):
    pass

print(A.make(1), A().make(2))
print(B.make(3), B().make())
print(A.count, B.count)
print(A.util(4), A().util(4, 3), B.util(5))
print(A().inst(), B().inst())
print(type(A.__dict__["make"]).__name__, type(A.__dict__["util"]).__name__)
print(A.__dict__["util"].__func__(6), A.__dict__["make"].__func__(B, 0))
print(A.make.__self__ is A, B.make.__self__ is B, B().make.__self__ is B)
print(callable(A.__dict__["util"]))
print(A.__dict__["util"](7))
# classmethod/staticmethod with wrapped attrs
print(A.util.__name__, A.make.__name__, A.make.__func__.__qualname__)
# manual wrapping
def f(cls, x):
    return cls.__name__ + str(x)
class C:
    g = classmethod(f)
    h = staticmethod(f)
print(C.g(1), C().g(2), C.h(C, 3))
# classmethod on metaclass-less class used as alternate constructor
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @classmethod
    def from_tuple(cls, t):
        return cls(*t)
    def __repr__(self):
        return "%s(%r, %r)" % (type(self).__name__, self.x, self.y)
class P3(Point):
    pass
print(Point.origin(), P3.origin(), P3.from_tuple((1, 2)), Point(5, 6).origin())
# errors
try:
    A.util()
except TypeError as e:
    print(type(e).__name__, e)
try:
    A.make(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    classmethod(1)(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    staticmethod()
except TypeError as e:
    print(type(e).__name__, e)
# stacking: classmethod over a property-like getter via __get__
class D:
    @staticmethod
    def s():
        return "s"
    @classmethod
    def c(cls):
        return cls.s() + "c"
print(D.c(), D().c())
# classmethod called via super
class E(A):
    @classmethod
    def make(cls, *args):
        r = super().make(*args)
        return ("E",) + r
print(E.make(9))
# staticmethod has no binding even through instance
class F:
    @staticmethod
    def who(*a):
        return len(a)
print(F.who(), F().who(), F().who(1))
# __func__ and __wrapped__
sm = staticmethod(len)
print(sm.__func__ is len, sm.__func__("abc"))
cm = classmethod(f)
print(cm.__func__ is f)
print(isinstance(A.__dict__["make"], classmethod), isinstance(A.__dict__["util"], staticmethod))
