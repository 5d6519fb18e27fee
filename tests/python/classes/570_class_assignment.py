# __class__ assignment
class A:
    def who(self): return "A"
    def __repr__(self): return "<%s obj>" % type(self).__name__
class B:
    def who(self): return "B"
a = A()
a.data = 1
print(a.who(), type(a).__name__)
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, A), isinstance(a, B), a.data)
a.__class__ = A
print(a.who(), a)
# class with different slots layout -> error
class S1:
    __slots__ = ("x",)
class S2:
    __slots__ = ("y",)
class S3:
    __slots__ = ("x",)
s = S1()
try:
    s.__class__ = S2
except TypeError as e:
    print(type(e).__name__, e)
s.__class__ = S3
print(type(s).__name__)
try:
    s.__class__ = A
except TypeError as e:
    print(type(e).__name__, e)
# assigning non-class
try:
    a.__class__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
# builtin instances can't change class
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].__class__ = tuple
except TypeError as e:
    print(type(e).__name__, e)
class MyList(list): pass
class MyList2(list): pass
ml = MyList([1, 2])
ml.__class__ = MyList2
print(type(ml).__name__, ml)
try:
    ml.__class__ = list
except TypeError as e:
    print(type(e).__name__, e)
try:
    ml.__class__ = MyList2.__mro__[1]
except TypeError as e:
    print(type(e).__name__, e)
# state machine via __class__ switching
class Off:
    def press(self):
        self.__class__ = On
        return "turning on"
class On:
    def press(self):
        self.__class__ = Off
        return "turning off"
sw = Off()
print([sw.press() for _ in range(3)], type(sw).__name__)
# subclass/superclass switching
class Base:
    def f(self): return "base"
class Derived(Base):
    def f(self): return "derived+" + super().f()
o = Base()
o.__class__ = Derived
print(o.f())
o.__class__ = Base
print(o.f())
# __class__ in method (cell) unaffected by assignment
class Cell:
    def cls(self): return __class__.__name__
class Other(Cell): pass
c = Cell()
c.__class__ = Other
print(c.cls(), type(c).__name__, c.__class__.__name__)
# delete __class__
try:
    del a.__class__
except TypeError as e:
    print(type(e).__name__, e)
# __class__ of classes (metaclass) change
class M1(type): pass
class M2(type): pass
class K(metaclass=M1): pass
try:
    K.__class__ = M2
    print(type(K).__name__)
except TypeError as e:
    print(type(e).__name__, e)
# setattr __class__
setattr(a, "__class__", B)
print(a.who())
# module objects
import math
try:
    math.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
