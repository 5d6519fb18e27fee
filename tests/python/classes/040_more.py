class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Base.registry.append(cls.__name__)
class One(Base): pass
class Two(Base): pass
print(Base.registry)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slotted()
print(s.a, hasattr(s, "b"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", e)
Dyn = type("Dyn", (object,), {"x": 5, "get": lambda self: self.x})
print(Dyn().get(), Dyn.__name__)
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        self._c = max(0, v)
t = Temp()
t.c = -5
print(t.c)
t.c = 7
print(t.c)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
class Money:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __hash__(self): return hash(self.v)
    def __str__(self): return f"${self.v}"
print(len({Money(1), Money(1), Money(2)}), str(Money(3)), f"{Money(4)}")
class Private:
    def __init__(self):
        self.__secret = 1
    def get(self):
        return self.__secret
p = Private()
print(p.get(), p._Private__secret)
