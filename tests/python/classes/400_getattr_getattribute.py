# __getattr__ vs __getattribute__
class G:
    cls_attr = "class"
    def __init__(self):
        self.real = "real"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError("no %s here" % name)
g = G()
print(g.real, g.cls_attr, g.dyn_abc)
try:
    g.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(g, "missing", "default"), hasattr(g, "dyn_x"), hasattr(g, "zzz"))
# __getattr__ not used for dunder lookups by operators
class D:
    def __getattr__(self, name):
        return lambda *a: "via getattr " + name
d = D()
print(d.__len__())
try:
    len(d)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d + 1
except TypeError as e:
    print(type(e).__name__, e)
# __getattribute__ intercepts everything
class GA:
    x = 1
    def __init__(self):
        self.y = 2
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        if name == "boom":
            raise AttributeError("boom missing")
        return object.__getattribute__(self, name) if name != "x" else ("wrapped", object.__getattribute__(self, name))
    def __getattr__(self, name):
        return "fallback:" + name
ga = GA()
print(ga.secret, ga.x, ga.y, ga.boom, ga.nope)
# __getattribute__ raising non-AttributeError propagates
class GE:
    def __getattribute__(self, name):
        raise KeyError(name)
    def __getattr__(self, name):
        return "never"
try:
    GE().foo
except KeyError as e:
    print(type(e).__name__, e)
# counting lookups
class Count:
    def __init__(self):
        object.__setattr__(self, "n", 0)
    def __getattribute__(self, name):
        if name != "n":
            object.__setattr__(self, "n", object.__getattribute__(self, "n") + 1)
        return object.__getattribute__(self, name)
    def m(self):
        return "m"
c = Count()
c.m(); c.m(); c.__class__
print(c.n)
# __getattr__ invoked when property raises AttributeError
class PG:
    @property
    def p(self):
        return self.undefined_attr
    def __getattr__(self, name):
        return "getattr(" + name + ")"
print(PG().p)
# __getattr__ with recursion guard
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class Tgt:
    a = 1
t = Tgt()
pr = Proxy(t)
pr.b = 5
print(pr.a, pr.b, t.b, sorted(vars(pr)))
try:
    pr.zz
except AttributeError as e:
    print(type(e).__name__, e)
# __getattr__ on class level (via metaclass)
class MG(type):
    def __getattr__(cls, name):
        return "meta-getattr " + name
class WithMeta(metaclass=MG):
    exists = 1
print(WithMeta.exists, WithMeta.anything)
try:
    WithMeta().anything
except AttributeError as e:
    print(type(e).__name__, e)
# object.__getattribute__ directly
class O:
    def __init__(self):
        self.v = 3
o = O()
print(object.__getattribute__(o, "v"))
try:
    object.__getattribute__(o, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
# __getattr__ returning None vs missing
class N:
    def __getattr__(self, name):
        return None
print(N().anything, hasattr(N(), "xyz"))
# __getattr__ receives name as str; name attribute of AttributeError
class AE:
    def __getattr__(self, name):
        raise AttributeError(name)
try:
    AE().foo
except AttributeError as e:
    print(type(e).__name__, e, e.args)
try:
    object().foo
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
