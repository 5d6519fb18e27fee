# __class__ assignment: CPython's layout rules (same solid base, or sibling
# classes adding the same slots), deletion, immutable types.
class A: pass
class B: pass
class S1:
    __slots__ = ("x",)
class S2:
    __slots__ = ("y",)
class S3:
    __slots__ = ["x"]
class S4:
    __slots__ = "x"
class SD:
    __slots__ = ("x", "__dict__")
class E:
    __slots__ = ()
class L1(list): pass
class L2(list):
    __slots__ = ("z",)
class SubS1(S1): pass
class SubS1b(S1): pass
import types
class Mod(types.ModuleType): pass
cases = [(A, B), (S1, S2), (S1, S3), (S1, S4), (S1, SD), (A, E), (E, A), (L1, L2), (L1, A),
         (SubS1, SubS1b), (SubS1, S1), (S1, SubS1), (A, int), (A, S1)]
for old, new in cases:
    o = old()
    try:
        o.__class__ = new
        print(old.__name__, "->", new.__name__, "ok", type(o).__name__)
    except TypeError as e:
        print(old.__name__, "->", new.__name__, "TypeError", e)
o = A()
try:
    del o.__class__
except TypeError as e:
    print("TypeError", e)
m = types.ModuleType("m")
try:
    m.__class__ = Mod
    print(type(m).__name__)
except TypeError as e:
    print("TypeError", e)
s = S1()
s.x = 5
s.__class__ = S3
print(s.x, type(s).__name__)
