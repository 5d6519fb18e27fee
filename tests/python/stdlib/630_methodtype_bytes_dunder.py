# types.MethodType(func, obj) builds a bound method (weakref.WeakMethod
# relies on it), and bytes(obj) calls obj.__bytes__ (pathlib's
# bytes(PurePosixPath) does).
import pathlib
import types
import weakref


class A:
    def f(self, x):
        return (type(self).__name__, x)


a = A()
m = types.MethodType(A.f, a)
print(m(1), m.__self__ is a, m.__func__ is A.f, m == a.f, type(m) is type(a.f))
print(types.MethodType(len, [1, 2])(), types.MethodType(lambda self: self * 2, 21)())
for args in [(), (A.f,), (A.f, None), (1, a)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print("TypeError", e)

wm = weakref.WeakMethod(a.f)
print(wm()(2), wm() == a.f)


class B:
    def __bytes__(self):
        return b"xy"


class C:
    def __bytes__(self):
        return 5


class BB(bytes):
    pass


class D:
    def __bytes__(self):
        return BB(b"q")


class S(bytes):
    def __bytes__(self):
        return b"over"


class E:
    def __bytes__(self):
        return b"e"

    def __index__(self):
        return 3


print(bytes(B()), bytes(D()), type(bytes(D())).__name__, bytes(S(b"orig")), bytes(E()))
for make in [lambda: bytes(C()), lambda: bytes(B(), "utf-8")]:
    try:
        make()
    except TypeError as e:
        print("TypeError", e)
print(bytes(pathlib.PurePosixPath("/a/b")), bytes(pathlib.PurePosixPath("rel")))
