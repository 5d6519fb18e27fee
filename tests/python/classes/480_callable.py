# __call__ and callable()
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x) * scale, rest, sorted(kw.items())
add5 = Adder(5)
print(add5(1), add5(1, 2, 3, scale=2, z=0), callable(add5), callable(Adder), callable(5))
print(list(map(Adder(10), [1, 2])))
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1)()
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc"()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None()
except TypeError as e:
    print(type(e).__name__, e)
# __call__ looked up on type, not instance
nc = NotCallable()
nc.__call__ = lambda: "inst"
print(callable(nc))
try:
    nc()
except TypeError as e:
    print(type(e).__name__, e)
# __call__ assigned on class after creation
NotCallable.__call__ = lambda self: "now callable"
print(nc(), callable(nc))
del NotCallable.__call__
print(callable(nc))
# __call__ = None
class NoneCall:
    __call__ = None
print(callable(NoneCall()))
try:
    NoneCall()()
except TypeError as e:
    print(type(e).__name__, e)
# callable objects as methods are not bound
class Holder:
    adder = Adder(100)
print(Holder().adder(1)[0])
# nested callables
class Curry:
    def __init__(self, f, *args): self.f, self.args = f, args
    def __call__(self, *more):
        args = self.args + more
        if len(args) >= 3:
            return self.f(*args)
        return Curry(self.f, *args)
tri = Curry(lambda a, b, c: a * 100 + b * 10 + c)
print(tri(1)(2)(3), tri(1, 2)(3), tri(1)(2, 3), tri(1, 2, 3))
# __call__ that is a staticmethod / classmethod
class SC:
    @staticmethod
    def __call__(*a): return ("static", a)
class CC:
    @classmethod
    def __call__(cls, *a): return ("cls", cls.__name__, a)
print(SC()(1), CC()(2))
# class with metaclass __call__ vs instance __call__
class Meta(type):
    def __call__(cls, *a):
        return "meta call " + str(a)
class WithBoth(metaclass=Meta):
    def __call__(self): return "instance call"
print(WithBoth(1, 2))
# callable via __getattr__ is not enough
class GA:
    def __getattr__(self, name):
        return lambda *a: "got " + name
print(callable(GA()))
try:
    GA()()
except TypeError as e:
    print(type(e).__name__, e)
# recursion via __call__
class Fact:
    def __call__(self, n):
        return 1 if n <= 1 else n * self(n - 1)
print(Fact()(10))
# keyword-only and defaults through __call__
class KW:
    def __call__(self, a, /, b=2, *, c):
        return a, b, c
k = KW()
print(k(1, c=3), k(1, 5, c=3))
for call in (lambda: k(c=1), lambda: k(1, 2, 3), lambda: k(a=1, c=2), lambda: k(1)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
# sorted key with callable object
class KeyFn:
    def __call__(self, s): return s[-1]
print(sorted(["ab", "ca", "bc"], key=KeyFn()))
# types that are callable
print(callable(len), callable(print), callable(int), callable(lambda: 0), callable([].append), callable(type))
