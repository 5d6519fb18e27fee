class Plain:
    pass
p = Plain()
print(type(p).__name__, str(type(p)), repr(Plain), Plain.__module__, Plain.__qualname__)
print(p == p, p != Plain(), hash(p) == hash(p), bool(p))
class OnlyStr:
    def __str__(self):
        return "str!"
o = OnlyStr()
print(str(o), f"{o}", "%s" % o, [str(o)])
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
try:
    hash(Eq(1))
except TypeError as e:
    print("TypeError", e)
print(Eq(1) == Eq(1), Eq(1) != Eq(2), Eq(1) in [Eq(1)])
class Outer:
    class Inner:
        def method(self):
            pass
print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, repr(Outer.Inner).endswith("Outer.Inner'>"))
print(int.__name__, type(int), type(type), isinstance(int, type), object.__name__, type(None))
