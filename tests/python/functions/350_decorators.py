# Decorators: with args, stacked, order of application, preserving metadata manually
log = []
def trace(fn):
    def wrapper(*a, **k):
        log.append("call " + fn.__name__)
        return fn(*a, **k)
    wrapper.__name__ = fn.__name__
    wrapper.__qualname__ = fn.__qualname__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper

@trace
def add(a, b):
    "Adds two things."
    return a + b
print(add(2, 3), add.__name__, add.__qualname__, add.__doc__)
print(add.__wrapped__(1, 1), log)

def plain(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper
@plain
def named():
    "doc"
print(named.__name__, named.__qualname__, named.__doc__)

def repeat(times):
    print("repeat factory", times)
    def deco(fn):
        print("decorating", fn.__name__)
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def hello(x):
    return "hi " + x
print(hello("bob"))

def tag(name):
    def deco(fn):
        def wrapper():
            return "<%s>%s</%s>" % (name, fn(), name)
        return wrapper
    return deco

def announce(label):
    print("evaluating decorator expression", label)
    return tag(label)

@announce("b")
@announce("i")
@announce("u")
def text():
    return "t"
print(text())

# decorators applied bottom-up
order = []
def mark(n):
    def deco(fn):
        order.append(n)
        return fn
    return deco
@mark(1)
@mark(2)
@mark(3)
def f():
    pass
print(order)

# decorator returning non-function
def to_value(fn):
    return fn()
@to_value
def computed():
    return 42
print(computed)

# class as decorator
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@CountCalls
def sq(x):
    return x * x
print(sq(3), sq(4), sq.calls)

# decorator on methods
def method_deco(fn):
    def wrapper(self, *a):
        return "M:" + str(fn(self, *a))
    return wrapper
class K:
    @method_deco
    def m(self, v):
        return v + 1
    @staticmethod
    @trace
    def s():
        return "static"
print(K().m(1), K.s())

# arbitrary expressions as decorators (PEP 614)
decos = {"t": tag("x")}
@decos["t"]
def y():
    return "y"
print(y())
@(lambda fn: lambda: fn().upper())
def z():
    return "zz"
print(z())

# memoizing decorator with cache attribute
def memo(fn):
    cache = {}
    def wrapper(n):
        if n in cache:
            return cache[n]
        r = cache[n] = fn(n)
        return r
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
