# class decorators
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
def add_method(name, value):
    def deco(cls):
        setattr(cls, name, value)
        return cls
    return deco
def add_repr(cls):
    fields = cls.fields
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % (f, getattr(self, f)) for f in fields))
    cls.__repr__ = __repr__
    return cls
def auto_init(cls):
    def __init__(self, *args):
        for f, a in zip(cls.fields, args):
            setattr(self, f, a)
    cls.__init__ = __init__
    return cls

@register
@add_repr
@auto_init
@add_method("hello", lambda self: "hello from " + type(self).__name__)
class Point:
    fields = ("x", "y")

p = Point(1, 2)
print(p, p.hello(), list(registry), registry["Point"] is Point)
# decorator order (bottom-up application)
order = []
def tag(name):
    def deco(cls):
        order.append(name)
        cls.tags = getattr(cls, "tags", ()) + (name,)
        return cls
    return deco
@tag("outer")
@tag("middle")
@tag("inner")
class T: pass
print(order, T.tags)
# decorator replacing the class with something else
def to_instance(cls):
    return cls()
@to_instance
class Singleton:
    value = 42
    def __repr__(self): return "Singleton-instance"
print(Singleton, Singleton.value, type(Singleton).__name__)
def to_string(cls):
    return cls.__name__ + "!"
@to_string
class Gone: pass
print(Gone)
# decorator with arguments evaluated before class body
events = []
def deco_factory(x):
    events.append("factory " + x)
    def deco(cls):
        events.append("apply " + x)
        return cls
    return deco
@deco_factory("a")
class E:
    events.append("body")
print(events)
# decorator wrapping methods of class
def logged(cls):
    for name, val in list(vars(cls).items()):
        if callable(val) and not name.startswith("__"):
            def make(fn, name=name):
                def wrapper(*a, **k):
                    return ("logged " + name, fn(*a, **k))
                return wrapper
            setattr(cls, name, make(val))
    return cls
@logged
class Svc:
    def ping(self): return "pong"
    def add(self, a, b): return a + b
print(Svc().ping(), Svc().add(2, 3))
# class-based decorator
class CountInstances:
    def __init__(self, cls):
        self.cls = cls
        self.count = 0
    def __call__(self, *a, **k):
        self.count += 1
        return self.cls(*a, **k)
@CountInstances
class Widget:
    def __init__(self, n): self.n = n
w1, w2 = Widget(1), Widget(2)
print(Widget.count, w2.n, type(Widget).__name__, Widget.cls.__name__)
# decorator sees finished class incl. __set_name__ and __init_subclass__ effects
class Base:
    def __init_subclass__(cls):
        cls.sub_hooked = True
def check(cls):
    print("decorator sees", cls.sub_hooked, cls.__name__)
    return cls
@check
class Child(Base): pass
# class decorator on nested class, qualname preserved
def ident(cls): return cls
class Outer:
    @ident
    class Inner: pass
print(Outer.Inner.__qualname__)
# decorator expression forms (PEP 614)
decos = [ident, tag("list")]
@decos[1]
class Z: pass
print(Z.tags)
@(lambda c: c)
class Y: pass
print(Y.__name__)
# decorator raising
def bad(cls):
    raise RuntimeError("deco failed for " + cls.__name__)
try:
    @bad
    class Fails: pass
except RuntimeError as e:
    print(type(e).__name__, e)
print("Fails" in globals())
