# isinstance/issubclass, __instancecheck__/__subclasscheck__ on metaclass
class Meta(type):
    def __instancecheck__(cls, inst):
        print("  instancecheck", cls.__name__, type(inst).__name__)
        return hasattr(inst, "quack")
    def __subclasscheck__(cls, sub):
        print("  subclasscheck", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")
class Duck(metaclass=Meta): pass
class Mallard:
    def quack(self): pass
class Dog: pass
print(isinstance(Mallard(), Duck))
print(isinstance(Dog(), Duck))
print(issubclass(Mallard, Duck))
print(issubclass(Dog, Duck))
# exact type match shortcut: isinstance(x, type(x)) doesn't call hook
d = Duck()
print(isinstance(d, Duck))
# tuple of classes
print(isinstance(Mallard(), (int, Duck)))
print(isinstance(5, (int, Duck)))
print(issubclass(bool, (str, (int,))))
# return value coerced to bool
class M2(type):
    def __instancecheck__(cls, inst): return "yes"
    def __subclasscheck__(cls, sub): return 0
class Any(metaclass=M2): pass
print(isinstance(1, Any), issubclass(int, Any), issubclass(Any, Any))
# hook raising
class M3(type):
    def __instancecheck__(cls, inst): raise RuntimeError("nope")
class R(metaclass=M3): pass
try:
    isinstance(1, R)
except RuntimeError as e:
    print(type(e).__name__, e)
# except clause uses subclass check? (uses PyErr_GivenExceptionMatches -> no hook)
# basic isinstance/issubclass semantics
class A: pass
class B(A): pass
class C(B): pass
print(isinstance(C(), A), isinstance(A(), C), issubclass(C, A), issubclass(A, C), issubclass(A, A))
print(issubclass(C, (int, B)), isinstance(True, int), isinstance(1, bool), issubclass(bool, object))
print(isinstance(A, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
try:
    issubclass(C(), A)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, [int])
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(1, (int, 5)))
try:
    isinstance(1, (str, 5))
except TypeError as e:
    print(type(e).__name__, e)
# __class__ property affects isinstance
class Liar:
    @property
    def __class__(self): return int
l = Liar()
print(isinstance(l, int), type(l).__name__, l.__class__.__name__, isinstance(l, Liar))
# __bases__ attribute on fake class for issubclass
class FakeCls:
    __bases__ = (A,)
try:
    print(issubclass(FakeCls(), A))
except TypeError as e:
    print(type(e).__name__, e)
# abstract-ish: registering virtual subclasses by hand
class Registry(type):
    def __init__(cls, *a):
        super().__init__(*a)
        cls._registered = []
    def register(cls, sub):
        cls._registered.append(sub)
        return sub
    def __subclasscheck__(cls, sub):
        return sub in cls._registered or type.__subclasscheck__(cls, sub)
    def __instancecheck__(cls, inst):
        return cls.__subclasscheck__(type(inst))
class Iface(metaclass=Registry): pass
class Impl(Iface): pass
class Virtual: pass
Iface.register(Virtual)
print(issubclass(Virtual, Iface), isinstance(Virtual(), Iface), issubclass(Impl, Iface), issubclass(int, Iface))
print(isinstance(Impl(), Iface), Iface in Virtual.__mro__)
# type.__instancecheck__ direct
print(type.__instancecheck__(int, 3), type.__subclasscheck__(int, bool), type.__subclasscheck__(int, str))
# subclass hook on metaclass used for except clauses?
class ErrMeta(type):
    def __subclasscheck__(cls, sub):
        return True
class Catchall(Exception, metaclass=ErrMeta): pass
try:
    raise KeyError("k")
except Catchall:
    print("caught by Catchall")
except KeyError:
    print("caught by KeyError")
# __subclasses__
class Root: pass
class L1a(Root): pass
class L1b(Root): pass
class L2(L1a): pass
print([c.__name__ for c in Root.__subclasses__()], [c.__name__ for c in L1a.__subclasses__()])
