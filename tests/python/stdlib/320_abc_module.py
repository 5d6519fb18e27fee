# abc: ABCMeta, abstractmethod/abstractproperty errors, register, __subclasshook__, collections.abc
import abc
from abc import ABC, ABCMeta, abstractmethod
import collections.abc as cabc

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return "%s area=%s" % (type(self).__name__, self.area())
print(sorted(Shape.__abstractmethods__), type(Shape).__name__, isinstance(Shape, ABCMeta))
try:
    Shape()
except TypeError as e:
    print("TypeError", e)
class Half(Shape):
    def area(self):
        return 1
try:
    Half()
except TypeError as e:
    print("TypeError", e)
class Sq(Half):
    def perimeter(self):
        return 4
print(Sq().describe(), Sq.__abstractmethods__, Half.__abstractmethods__)

class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def util(): ...
print(sorted(Base.__abstractmethods__), Base.name.__isabstractmethod__, getattr(Base.__dict__["make"], "__isabstractmethod__"))
class Impl(Base):
    name = "impl"
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def util():
        return "u"
print(Impl.make().name, Impl.util())

class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            if any("size" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented
class Box:
    def size(self):
        return 3
print(issubclass(Box, Sized), isinstance(Box(), Sized), issubclass(int, Sized), Sized.__subclasshook__(int))

class Registry(ABC):
    pass
Registry.register(tuple)
@Registry.register
class Later:
    pass
print(issubclass(tuple, Registry), isinstance((1,), Registry), issubclass(Later, Registry), issubclass(list, Registry), Later.__name__)
print(Registry in tuple.__mro__, issubclass(bool, Registry))
class SubReg(Registry):
    pass
print(issubclass(tuple, SubReg), issubclass(SubReg, Registry))
try:
    Registry.register(3)
except TypeError as e:
    print("TypeError", e)
try:
    SubReg.register(Registry)
except RuntimeError as e:
    print("RuntimeError", e)
print(abc.get_cache_token() is not None, type(abc.get_cache_token()).__name__)

class Dyn(ABC):
    def f(self):
        pass
Dyn.f = abstractmethod(Dyn.f)
print(Dyn.__abstractmethods__, abc.update_abstractmethods(Dyn).__abstractmethods__)
try:
    Dyn()
except TypeError as e:
    print("TypeError", e)

for tp, checks in [(list, ["Sequence", "MutableSequence", "Iterable", "Hashable", "Reversible"]),
                   (dict, ["Mapping", "MutableMapping", "Sized", "Container"]),
                   (str, ["Sequence", "Hashable", "MutableSequence"]),
                   (frozenset, ["Set", "MutableSet", "Hashable"]),
                   (type(iter([])), ["Iterator", "Iterable", "Generator"]),
                   (type((x for x in [])), ["Generator", "Iterator"]),
                   (bytes, ["ByteString", "Sequence"]), (int, ["Hashable", "Callable"]), (type(len), ["Callable"])]:
    print(tp.__name__, [(c, issubclass(tp, getattr(cabc, c))) for c in checks])
print(isinstance({}.keys(), cabc.KeysView), isinstance({}.items(), cabc.Set), isinstance(range(3), cabc.Sequence), isinstance(memoryview(b""), cabc.Sequence))

class MyMap(cabc.Mapping):
    def __init__(self, d):
        self._d = d
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
mm = MyMap({"a": 1, "b": 2})
print(mm.get("a"), mm.get("z", 0), "b" in mm, list(mm.keys()), list(mm.items()), list(mm.values()), mm == {"a": 1, "b": 2})
class MySeq(cabc.MutableSequence):
    def __init__(self):
        self._l = []
    def __getitem__(self, i): return self._l[i]
    def __setitem__(self, i, v): self._l[i] = v
    def __delitem__(self, i): del self._l[i]
    def __len__(self): return len(self._l)
    def insert(self, i, v): self._l.insert(i, v)
sq = MySeq()
sq.extend([3, 1, 2]); sq.append(5); sq.reverse(); sq += [7]
print(list(sq), sq.index(1), sq.count(2), sq.pop(), 3 in sq, list(reversed(sq)))
sq.remove(1)
print(list(sq))
class MySet(cabc.Set):
    def __init__(self, it): self._s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(self._s)
    def __len__(self): return len(self._s)
a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= MySet([1, 2, 3, 4]), a.isdisjoint([9]), type(a & b).__name__)
try:
    class Incomplete(cabc.Mapping):
        pass
    Incomplete()
except TypeError as e:
    print("TypeError", e)
class AbsProp(ABC):
    @abc.abstractproperty
    def p(self): ...
print(AbsProp.__abstractmethods__)
