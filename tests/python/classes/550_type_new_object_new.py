# type() with 3 args, class attributes, object.__new__/__init__ errors
def init(self, v): self.v = v
T = type("T", (), {"x": 1, "__init__": init, "get": lambda self: self.v, "__doc__": "T doc"})
t = T(5)
print(T.__name__, T.__qualname__, T.__module__, T.__doc__, t.get(), T.x, type(T).__name__)
print(sorted(k for k in T.__dict__ if not k.startswith("__")), T.__bases__, [c.__name__ for c in T.__mro__])
S = type("S", (T,), {"y": 2})
s = S(7)
print(s.get(), s.x, S.y, S.__bases__[0] is T, S.__doc__, isinstance(s, T))
E = type("E", (), {})
print(E.__name__, E.__doc__, sorted(k for k in E.__dict__ if not k.startswith("__")))
# errors
for args in [("X", [], {}), ("X", (), []), (1, (), {}), ("X", (1,), {}), ("X", (bool,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    type("X", (), {}, extra=1)
except TypeError as e:
    print(type(e).__name__, e)
# class statement attributes
class Doc:
    """Docstring here."""
    a = 1
    def m(self): pass
class NoDoc:
    a = 1
print(Doc.__doc__, NoDoc.__doc__, Doc().__doc__, Doc.__module__, Doc().__module__)
print(sorted(k for k in Doc.__dict__ if not k.startswith("__")))
print(type(Doc.__dict__).__name__, Doc.__dict__["a"])
try:
    Doc.__dict__["a"] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    Doc.__doc__ = "changed"
    print(Doc.__doc__)
except Exception as e:
    print(type(e).__name__, e)
# docstring only if first statement is a string literal
class NotDoc:
    x = 1
    "not a docstring"
print(NotDoc.__doc__)
class FDoc:
    f"not doc {1}"
print(FDoc.__doc__)
# object.__new__ / __init__ excess args
class Plain: pass
for fn in (lambda: Plain(1), lambda: Plain(a=1), lambda: object(1), lambda: object.__new__(Plain, 1)):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
print(type(object.__new__(Plain)).__name__)
class OnlyInit:
    def __init__(self, a): self.a = a
print(OnlyInit(1).a, type(object.__new__(OnlyInit, 1)).__name__)
class OnlyNew:
    def __new__(cls, a):
        inst = super().__new__(cls)
        inst.a = a
        return inst
print(OnlyNew(2).a)
class NewPassesArgs:
    def __new__(cls, *a):
        return super().__new__(cls, *a)
try:
    NewPassesArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__()
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__new__(Plain)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__init__(Plain(), 1)
except TypeError as e:
    print(type(e).__name__, e)
# __new__ returning other type skips __init__
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Other())
class Sub(OnlyInit): pass
class Factory:
    def __new__(cls, a):
        return object.__new__(Sub)
    def __init__(self, a):
        print("Factory init not called")
print(type(Factory(1)).__name__)
class SubOfSelf:
    def __new__(cls, *a):
        return object.__new__(Child)
    def __init__(self, *a):
        print("init called with", a)
class Child(SubOfSelf): pass
SubOfSelf(1, 2)
# __init__ returning non-None
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
# cannot instantiate some builtins
for t in (type(None), type(len)):
    try:
        t()
        print(t.__name__, "ok")
    except TypeError as e:
        print(type(e).__name__, e)
