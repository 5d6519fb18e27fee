# __slots__ behaviour and error messages
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.__dict__
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e)
p.x = 10
print(p.x, type(P.x).__name__, P.__slots__)
q = P.__new__(P)
try:
    q.y
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(q, "x"))
# slots with class attribute conflict
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(type(e).__name__, e)
# subclass without slots gets __dict__
class Q(P):
    pass
qq = Q(1, 2)
qq.z = 5
print(qq.z, sorted(qq.__dict__))
# subclass with slots extends
class R(P):
    __slots__ = ("w",)
r = R(1, 2)
r.w = 3
print(r.x, r.y, r.w)
try:
    r.v = 1
except AttributeError as e:
    print(type(e).__name__, e)
# __dict__ in slots
class S:
    __slots__ = ("a", "__dict__")
s = S()
s.a = 1
s.b = 2
print(s.a, s.b, s.__dict__)
# single string slot
class T:
    __slots__ = "only"
t = T()
t.only = "o"
print(t.only, T.__slots__)
try:
    t.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
# empty slots
class U:
    __slots__ = ()
try:
    U().a = 1
except AttributeError as e:
    print(type(e).__name__, e)
# slot names mangled
class V:
    __slots__ = ("__priv",)
    def set(self, v): self.__priv = v
    def get(self): return self.__priv
v = V()
try:
    v.set(9)
    print(v.get(), V.__slots__, "_V__priv" in dir(V))
except Exception as e:
    print(type(e).__name__, e)
# invalid slot names
try:
    class W:
        __slots__ = ("1abc",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class W2:
        __slots__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)
# slots and properties coexist
class X:
    __slots__ = ("_v",)
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val * 2
x = X()
x.v = 4
print(x.v, x._v)
# getattr default on empty slot
print(getattr(P.__new__(P), "x", "unset"))
# slots listing via dir (non-dunder)
print(sorted(n for n in dir(R) if not n.startswith("__")))
# slot member descriptor __get__ on class
try:
    print(P.x.__name__, P.x.__objclass__.__name__)
except Exception as e:
    print(type(e).__name__, e)
# __weakref__ not present
print(hasattr(p, "__weakref__"))
# slots in multiple inheritance layout conflict
class L1:
    __slots__ = ("a",)
class L2:
    __slots__ = ("b",)
try:
    class L3(L1, L2): pass
except TypeError as e:
    print(type(e).__name__, e)
class E1:
    __slots__ = ()
class L4(L1, E1):
    pass
print([c.__name__ for c in L4.__mro__])
