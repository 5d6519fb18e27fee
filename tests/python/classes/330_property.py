# property getter/setter/deleter, subclass overrides
class Temp:
    def __init__(self):
        self._c = 0
        self.log = []
    @property
    def celsius(self):
        "the temperature"
        self.log.append("get")
        return self._c
    @celsius.setter
    def celsius(self, v):
        self.log.append("set")
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        self.log.append("del")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius, t.log)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
print(Temp.celsius.__doc__, type(Temp.celsius).__name__)
print(Temp.celsius.fget.__name__, Temp.celsius.fset.__name__, Temp.celsius.fdel.__name__)
print(Temp.fahrenheit.fset, Temp.fahrenheit.fdel)
# property cannot be shadowed via instance dict
t.__dict__["celsius"] = "dict"
print(t.celsius)
# property() function form
class P:
    def _g(self): return self._v * 2
    def _s(self, v): self._v = v
    v = property(_g, _s, None, "doc v")
    ro = property(lambda self: "ro")
p = P()
p.v = 4
print(p.v, P.v.__doc__, p.ro)
try:
    p.ro = 1
except AttributeError as e:
    print(type(e).__name__, e)
# property on subclass: override getter only
class Base:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
class Sub(Base):
    @Base.x.getter
    def x(self):
        return self._x * 100
s = Sub()
s.x = 3
print(s.x, Base.x is Sub.x, Sub.x.fset is Base.x.fset)
class Sub2(Base):
    @property
    def x(self):
        return "sub2"
s2 = Sub2()
try:
    s2.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(s2.x)
# super() property access
class Sub3(Base):
    @property
    def x(self):
        return ("sub3", super().x)
    @x.setter
    def x(self, v):
        Base.x.fset(self, v + 1)
s3 = Sub3()
s3.x = 10
print(s3.x)
# property raising AttributeError falls to __getattr__
class G:
    @property
    def p(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "getattr:" + name
print(G().p)
# property accessed on class returns property itself
print(isinstance(Temp.celsius, property), Temp.fahrenheit.fget(t) if t._c is not None else None)
# property with no getter
class NG:
    w = property(None, lambda self, v: None)
try:
    NG().w
except AttributeError as e:
    print(type(e).__name__, e)
NG().w = 5
print("set ok")
# property copy methods create new objects
pr = property(lambda s: 1)
pr2 = pr.setter(lambda s, v: None)
print(pr is pr2, pr2.fget is pr.fget, pr.fset is None)
# getter docstring inherited
class D:
    @property
    def a(self):
        "adoc"
        return 1
print(D.a.__doc__)
print(hasattr(D(), "a"), getattr(D(), "a"))
# error in getter propagates
class E:
    @property
    def bad(self):
        return 1 / 0
try:
    E().bad
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(hasattr(E(), "a"))
try:
    hasattr(E(), "bad")
except ZeroDivisionError as e:
    print("hasattr propagates", type(e).__name__)
