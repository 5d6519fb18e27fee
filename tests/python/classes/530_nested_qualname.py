# nested classes and __qualname__, __name__, __module__
class Outer:
    class Inner:
        class Deepest:
            def method(self): pass
        def m(self): pass
    def method(self):
        class Local:
            def lm(self): pass
        return Local
    x = 1
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.Deepest.method.__qualname__, Outer.Inner.m.__qualname__)
L = Outer().method()
print(L.__name__, L.__qualname__, L.lm.__qualname__)
print(Outer.__module__, Outer.Inner.__module__, L.__module__)
def func():
    class InFunc:
        pass
    def inner():
        class Deeper: pass
        return Deeper
    return InFunc, inner()
a, b = func()
print(a.__qualname__, b.__qualname__)
print((lambda: 0).__qualname__, func.__qualname__)
# nested class cannot see enclosing class scope
class Scope:
    y = 10
    try:
        class In:
            z = y + 1
    except NameError as e:
        err = str(e)
print(Scope.err)
# class body can see enclosing function scope
def make():
    v = 5
    class C:
        w = v * 2
        def get(self): return v
    return C
C = make()
print(C.w, C().get())
# comprehension in class body can't see class vars (except first iterable)
class Comp:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    k = 10
    try:
        bad = [i * k for i in items]
    except NameError as e:
        msg = str(e)
print(Comp.doubled, Comp.msg)
# instance of nested class
oi = Outer.Inner()
print(type(oi).__name__, type(oi).__qualname__)
# __qualname__ assignment
class Q: pass
Q.__qualname__ = "Renamed.Q"
print(Q.__qualname__, Q.__name__)
try:
    Q.__qualname__ = 5
except TypeError as e:
    print(type(e).__name__, e)
Q.__name__ = "NewName"
print(Q.__name__, Q.__qualname__)
try:
    Q.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Q.__name__ = "a\0b"
except ValueError as e:
    print(type(e).__name__, e)
# __qualname__ in class body
class WithQN:
    qn = __qualname__
    mod = __module__
    class Sub:
        qn = __qualname__
print(WithQN.qn, WithQN.mod, WithQN.Sub.qn)
# __qualname__ set in body overrides
class Custom:
    __qualname__ = "Something.Else"
print(Custom.__qualname__, "__qualname__" in Custom.__dict__)
# name mangling in nested classes
class M:
    __hidden = "M hidden"
    class N:
        __hidden = "N hidden"
        def get(self): return self.__hidden
    def get(self): return self.__hidden
print(M().get(), M.N().get(), sorted(k for k in vars(M) if "hidden" in k), sorted(k for k in vars(M.N) if "hidden" in k))
# mangling with leading underscores in class name
class _Under:
    __x = 1
class __Dunder:
    __y = 2
print([k for k in vars(_Under) if "x" in k], [k for k in vars(__Dunder) if k.endswith("y")])
# nested class referencing outer via global name
class Outer2:
    val = "outer2"
    class In:
        def get(self): return Outer2.val
print(Outer2.In().get())
# methods' __qualname__ on generated classes
T = type("T", (), {"f": lambda self: 1})
print(T.__qualname__, T.f.__qualname__, T.__module__)
