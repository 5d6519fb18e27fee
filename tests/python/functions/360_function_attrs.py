# Function attributes
def f(a, b=2, *args, c, d=4, **kw):
    "Docstring of f."
    x = 1
    return a
print(f.__name__, f.__qualname__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__module__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames)
print(f.__code__.co_name)
print(type(f).__name__, callable(f))

def nodoc():
    pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__)
def not_doc():
    x = 1
    "not a docstring"
print(not_doc.__doc__)

def po(a, b, /, c):
    pass
print(po.__code__.co_posonlyargcount, po.__code__.co_argcount)

class Outer:
    def method(self):
        def inner():
            pass
        return inner
    class Nested:
        def m(self):
            pass
print(Outer.method.__qualname__, Outer().method().__qualname__)
print(Outer.Nested.m.__qualname__, Outer.Nested.__qualname__)
def outer_fn():
    def inner_fn():
        pass
    return inner_fn
print(outer_fn().__qualname__, outer_fn().__name__)
print((lambda: 0).__qualname__)

# writable attributes
def g():
    return 1
g.__name__ = "renamed"
g.__qualname__ = "Q.renamed"
g.__doc__ = "new doc"
print(g.__name__, g.__qualname__, g.__doc__)
try:
    g.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
g.custom = [1, 2]
print(g.custom, g.__dict__)
try:
    g.missing
except AttributeError as e:
    print("AttributeError:", e)

# changing defaults at runtime
def h(x=1, *, y=2):
    return x, y
h.__defaults__ = (10,)
h.__kwdefaults__ = {"y": 20}
print(h())
h.__defaults__ = None
try:
    h()
except TypeError as e:
    print("TypeError:", e)

# bound method attributes
class C:
    def m(self):
        "m doc"
        return self
c = C()
print(c.m.__name__, c.m.__qualname__, c.m.__doc__, c.m.__self__ is c, c.m.__func__ is C.m)
print(C.m.__name__)
print(len.__name__, len.__qualname__)
print([].append.__name__, [].append.__qualname__)
print(type(len).__name__, type([].append).__name__, type(c.m).__name__)

# functions are hashable and comparable by identity
print(f == f, f == g, f != g, len({f, f, g}))
