# vars() and dir(), printing only non-dunder names sorted
def nd(names):
    return sorted(n for n in names if not (n.startswith("__") and n.endswith("__")))
class A:
    ca = 1
    def ma(self): pass
    @property
    def pa(self): return 1
class B(A):
    cb = 2
    def __init__(self):
        self.ib = 3
        self._priv = 4
    def mb(self): pass
b = B()
print(nd(dir(b)))
print(nd(dir(B)))
print(nd(dir(A)))
print(nd(vars(b)), vars(b) is b.__dict__)
print(nd(vars(B)), nd(vars(A)))
b.dyn = 5
print(nd(dir(b)), nd(vars(b)))
# vars() errors
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class Slotted:
    __slots__ = ("s",)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
print(nd(dir(Slotted)))
try:
    vars(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
# vars() without args in function is locals
def f(a, b=2):
    c = 3
    return sorted(vars().items())
print(f(1))
# custom __dir__
class CustomDir:
    def __dir__(self):
        return ["zeta", "alpha", "alpha", "mid"]
print(dir(CustomDir()))
class DirTuple:
    def __dir__(self): return ("b", "a")
print(dir(DirTuple()))
class BadDir:
    def __dir__(self): return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)
# dir on module-like and builtin types
print(nd(dir(int))[:6], "append" in dir(list), "keys" in dir(dict))
# dir includes metaclass attrs? (no: dir(cls) doesn't include metaclass methods)
class Meta(type):
    def meta_m(cls): pass
class WithMeta(metaclass=Meta):
    own = 1
print(nd(dir(WithMeta)), "meta_m" in dir(Meta))
# dir includes __getattr__-provided names? no
class GA:
    def __getattr__(self, n): return 1
print(nd(dir(GA())))
# mutating vars() dict affects instance
class M: pass
m = M()
vars(m)["k"] = "v"
print(m.k)
m.__dict__.update(a=1, b=2)
print(nd(vars(m)), m.a + m.b)
# dir on instance whose class defines __slots__ and __dict__
class Mixed:
    __slots__ = ("x", "__dict__")
mx = Mixed()
mx.x = 1
mx.y = 2
print(nd(dir(mx)), vars(mx))
# dir of a function, builtin objects contain expected names
def g(): pass
g.attr = 1
print("attr" in dir(g), nd(vars(g)))
print(nd(dir(object())))
print(nd(dir(None)))
# dir() of class with mangled names
class Mg:
    __secret = 1
    _single = 2
print(nd(dir(Mg)))
