# _abc (abc.ABCMeta's C helpers): __abstractmethods__ computation, register
# and virtual subclasses, __subclasshook__, the caches and their
# invalidation, _get_dump, and the helpers' errors.
# test: gc-stress
import abc
import _abc
from abc import ABC, ABCMeta, abstractmethod


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


print(sorted(n for n in dir(_abc) if not n.startswith('__')))
print(_abc.__doc__)
print(abc.get_cache_token is _abc.get_cache_token, type(_abc.get_cache_token()).__name__)
print(_abc._abc_init.__doc__)


# __abstractmethods__: the namespace's abstract values, and the bases'
# abstract names that are still abstract.
class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @abstractmethod
    def perimeter(self): ...

    @classmethod
    @abstractmethod
    def make(cls): ...

    @staticmethod
    @abstractmethod
    def util(): ...

    def describe(self):
        return 'shape'


class Half(Shape):
    def area(self):
        return 1


class Full(Half):
    def perimeter(self):
        return 4

    @classmethod
    def make(cls):
        return cls()

    util = staticmethod(lambda: 'u')


class Again(Full):
    @abstractmethod
    def area(self): ...


print(type(Shape.__abstractmethods__).__name__, sorted(Shape.__abstractmethods__))
print(sorted(Half.__abstractmethods__), sorted(Full.__abstractmethods__),
      sorted(Again.__abstractmethods__))
print(Full.make().area(), Full.util(), Full().describe())
print('__abstractmethods__' in Shape.__dict__, '_abc_impl' in Shape.__dict__)
print(type(Shape._abc_impl).__name__, type(Shape._abc_impl).__module__,
      type(Shape._abc_impl).__qualname__)
print(Shape._abc_impl is not Half._abc_impl)


class Marked:
    def __init__(self, flag):
        self.__isabstractmethod__ = flag


class Mixed(metaclass=ABCMeta):
    yes = Marked(True)
    no = Marked(False)
    one = Marked(1)
    zero = Marked([])
    plain = 5


print(sorted(Mixed.__abstractmethods__))


class Raises:
    @property
    def __isabstractmethod__(self):
        raise ValueError('from __isabstractmethod__')


try:
    class Broken(ABC):
        x = Raises()
except ValueError as e:
    print('ValueError', e)


class NotAbstract(ABC):
    pass


print(NotAbstract.__abstractmethods__, NotAbstract().__class__.__name__)


# Dynamic changes through abc.update_abstractmethods.
class Dyn(ABC):
    def f(self):
        pass


Dyn.g = abstractmethod(lambda self: None)
print(sorted(Dyn.__abstractmethods__), sorted(abc.update_abstractmethods(Dyn).__abstractmethods__))


# register: returns the class, virtual subclasses, cycles, errors.
class Registry(ABC):
    pass


class SubReg(Registry):
    pass


token = abc.get_cache_token()
print(Registry.register(tuple) is tuple, abc.get_cache_token() - token)


@Registry.register
class Later:
    pass


class LaterChild(Later):
    pass


print(Later.__name__, abc.get_cache_token() - token)
print(issubclass(tuple, Registry), isinstance((1,), Registry), issubclass(Later, Registry),
      issubclass(LaterChild, Registry), isinstance(LaterChild(), Registry))
print(issubclass(list, Registry), issubclass(bool, Registry), Registry in tuple.__mro__)
print(issubclass(tuple, SubReg), issubclass(SubReg, Registry), issubclass(Registry, SubReg))
print(Registry.register(SubReg) is SubReg, Registry.register(Registry) is Registry,
      abc.get_cache_token() - token)
show(Registry.register, 3)
show(Registry.register, Registry())
show(SubReg.register, Registry)
show(Registry.register)
show(issubclass, 1, Registry)
show(issubclass, 'x', Registry)
show(isinstance, 1, Registry)
print(isinstance(Registry, ABCMeta), type(Registry).__name__, ABCMeta.__module__)


# Registering an ABC: its subclasses and registered classes follow.
class Outer(ABC):
    pass


class Inner(ABC):
    pass


class InnerKid:
    pass


Inner.register(InnerKid)
print(issubclass(InnerKid, Outer))
Outer.register(Inner)
print(issubclass(InnerKid, Outer), issubclass(Inner, Outer), isinstance(InnerKid(), Outer))


# __subclasshook__: True, False, NotImplemented and anything else.
class HasSize(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasSize:
            if any('size' in B.__dict__ for B in C.__mro__):
                return True
            if any('nosize' in B.__dict__ for B in C.__mro__):
                return False
        return NotImplemented


class Box:
    def size(self):
        return 3


class NoBox:
    nosize = True


class Derived(HasSize):
    pass


HasSize.register(NoBox)
print(issubclass(Box, HasSize), isinstance(Box(), HasSize), issubclass(int, HasSize),
      issubclass(NoBox, HasSize), issubclass(Derived, HasSize))
print(HasSize.__subclasshook__(int), Derived.__subclasshook__(Box), object.__subclasshook__(int))


class BadHook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


show(issubclass, int, BadHook)
show(isinstance, 1, BadHook)


class RaisingHook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        raise KeyError('hook')


show(issubclass, int, RaisingHook)


# The caches: a negative answer is remembered until a register() anywhere.
class Cached(ABC):
    pass


class Plain:
    pass


def dump(cls):
    registry, cache, negative, version = _abc._get_dump(cls)
    return (type(registry).__name__, sorted(r().__name__ for r in registry),
            sorted(r().__name__ for r in cache), sorted(r().__name__ for r in negative),
            type(version).__name__)


print(dump(Cached))
print(issubclass(Plain, Cached), isinstance(Plain(), Cached), dump(Cached))
ref_types = {type(r).__name__ for r in _abc._get_dump(Registry)[0]}
print(ref_types, _abc._get_dump(Cached)[3] == abc.get_cache_token())
Cached.register(Plain)
print(_abc._get_dump(Cached)[3] == abc.get_cache_token(), dump(Cached))
print(issubclass(Plain, Cached), dump(Cached))
print(_abc._get_dump(Cached)[3] == abc.get_cache_token())


class Sub(Cached):
    pass


print(issubclass(Sub, Cached), issubclass(int, Cached), dump(Cached))
Cached._abc_caches_clear()
print(dump(Cached))
Cached._abc_registry_clear()
print(dump(Cached), issubclass(Plain, Cached), issubclass(Sub, Cached))

# A negative cache entry made before a register() elsewhere is dropped.
class Neg(ABC):
    pass


class Later2:
    pass


print(issubclass(Later2, Neg), dump(Neg))
Registry.register(Later2)
print(issubclass(int, Neg), dump(Neg))

# Instances whose __class__ differs from their type.
class Liar:
    @property
    def __class__(self):
        return Box


print(isinstance(Liar(), HasSize), type(Liar()).__name__)


class Mock:
    __class__ = Plain


print(isinstance(Mock(), Cached), isinstance(Mock(), Neg))

# _dump_registry's first lines (the rest shows weak reference addresses).
import io
buf = io.StringIO()
Cached._dump_registry(buf)
lines = buf.getvalue().splitlines()
print(lines[0], len(lines), [ln.split(':')[0] for ln in lines])

# The helpers called directly.
show(_abc._abc_init)
show(_abc._abc_init, 1)
show(_abc._abc_init, Shape, Shape)
show(_abc._get_dump, int)
show(_abc._get_dump)


class Wrong:
    _abc_impl = 5


show(_abc._get_dump, Wrong)
show(_abc._reset_caches, Wrong)
show(_abc._reset_registry, Wrong)
show(_abc._abc_register, Registry)
show(_abc._abc_register, Registry, int, 3)
show(_abc._abc_register, Wrong, int)
show(_abc._abc_subclasscheck, Registry, 1)
show(_abc._abc_subclasscheck, Wrong, int)
show(_abc._abc_instancecheck, Wrong, 1)
show(_abc._abc_instancecheck, Registry, ())
show(_abc._abc_subclasscheck, Registry, tuple)
show(_abc.get_cache_token, 1)
show(_abc.get_cache_token, x=1)
show(_abc._abc_register, Registry, int, x=1)
show(_abc._abc_init, cls=Registry)


class ViaInit:
    def method(self):
        pass

    gone = abstractmethod(lambda self: None)


print(_abc._abc_init(ViaInit), sorted(ViaInit.__abstractmethods__),
      type(ViaInit._abc_impl).__name__)
print(_abc._abc_subclasscheck(ViaInit, ViaInit), _abc._abc_instancecheck(ViaInit, 1))


class NotTuple(ABCMeta):
    pass


# Custom metaclasses built on ABCMeta.
class Meta(ABCMeta):
    def __instancecheck__(cls, inst):
        print('instancecheck', cls.__name__)
        return super().__instancecheck__(inst)


class WithMeta(metaclass=Meta):
    @abstractmethod
    def m(self): ...


WithMeta.register(int)
print(isinstance(3, WithMeta), issubclass(int, WithMeta), sorted(WithMeta.__abstractmethods__))
