# decorators: stacking order, arguments, classes, methods, relaxed grammar, functools.wraps
import functools
order = []
def deco(name):
    order.append("make " + name)
    def wrap(f):
        order.append("apply " + name)
        @functools.wraps(f)
        def inner(*a, **k):
            return "%s(%s)" % (name, f(*a, **k))
        return inner
    return wrap
@deco("outer")
@deco("middle")
@deco("inner")
def base(x):
    """doc of base"""
    return x
print(order)
print(base(5), base.__name__, base.__doc__, base.__wrapped__.__name__, base.__wrapped__(1))
def plain(f):
    f.tagged = True
    return f
@plain
def tagged():
    pass
print(tagged.tagged)
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    cls.registered = True
    return cls
def add_method(name):
    def d(cls):
        setattr(cls, name, lambda self: name + " on " + type(self).__name__)
        return cls
    return d
@register
@add_method("hello")
class Thing:
    pass
print(sorted(registry), Thing.registered, Thing().hello())
def replace_with_instance(cls):
    return cls()
@replace_with_instance
class Singleton:
    value = 3
print(type(Singleton).__name__, Singleton.value)
class Methods:
    @staticmethod
    @deco("st")
    def s(x):
        return x
    @classmethod
    def c(cls):
        return cls.__name__
    @property
    def p(self):
        return "prop"
    @p.setter
    def p(self, v):
        print("set", v)
    @functools.lru_cache(maxsize=None)
    def cached(self, n):
        return n * 2
    def trace(f):
        def w(self, *a):
            return "traced " + str(f(self, *a))
        return w
    @trace
    def m(self, v):
        return v
print(Methods.s(1), Methods().s(2), Methods.c(), Methods().p, Methods().m(4), Methods().cached(21))
obj = Methods()
obj.p = 10
buttons = [lambda f: ("button0", f.__name__)]
@buttons[0]
def clicked():
    pass
print(clicked)
@(lambda f: f.__name__.upper())
def shout():
    pass
print(shout)
class Counter:
    def __init__(self, f):
        functools.update_wrapper(self, f)
        self.f = f
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.f(*a)
@Counter
def square(x):
    return x * x
print(square(3), square(4), square.calls, square.__name__)
def with_args(*dargs, **dkw):
    def d(f):
        def w(*a):
            return (dargs, sorted(dkw.items()), f(*a))
        return w
    return d
@with_args(1, 2, key="v")
def target(x):
    return x
print(target("x"))
print(order[-2:])
