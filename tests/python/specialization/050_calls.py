# CALL specializations: Python functions (exact and general), bound methods,
# native functions and methods, and builtins recognized by identity. Each
# must notice when what it assumed changes.
def f(a, b):
    return a + b

def call_f(x):
    return f(x, 1)

for i in range(60):
    call_f(i)
print(call_f(1))
f.__defaults__ = (100,)
def f2(a, b=5):
    return a * b
print(call_f(2))
f.__code__ = f2.__code__
print(call_f(3))
f = lambda a, b: "replaced"
print(call_f(4))
def g(*args, **kw):
    return args, kw
f = g
print(call_f(5))

def varargs(a, *rest):
    return a, rest
def kwonly(a, *, k=3):
    return a, k
def defaults(a, b=2, c=3):
    return a + b + c
def use_general():
    return varargs(1, 2, 3), kwonly(1), defaults(1), defaults(1, 1)
for i in range(60):
    use_general()
print(use_general())

class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def add(self, x, y=0):
        return self.v + x + y

def call_methods(c):
    m = c.get
    return c.get(), c.add(1), c.add(1, 2), m()
objs = [C(i) for i in range(3)]
for i in range(60):
    call_methods(objs[i % 3])
print(call_methods(C(10)))
C.get = lambda self: "patched"
print(call_methods(C(10)))
c = C(7)
c.get = lambda: "instance attr"
print(call_methods(c))

def natives(xs, s):
    return len(xs), isinstance(xs, list), type(xs), str(len(s)), tuple(xs), abs(-3), max(xs), s.upper(), s.startswith("a"), xs.copy(), divmod(7, 2)

for i in range(60):
    natives([1, 2, 3], "abc")
print(natives([1, 2, 3], "abc"))
print(natives([4, 5], "xyz"))
print(len((4, 5)), tuple((4, 5)), isinstance((4, 5), list))

class Sized:
    def __len__(self):
        return 42
class Meta(type):
    def __instancecheck__(cls, obj):
        return True
class Any(metaclass=Meta):
    pass
class S(str):
    def upper(self):
        return "S.upper"
    def __str__(self):
        return "S.__str__"
class L(list):
    def append(self, x):
        super().append(x * 10)

def misc(a, b):
    return len(a), isinstance(b, Any), isinstance(b, (int, str)), str(b), type(b).__name__

for i in range(60):
    misc([1], 2)
print(misc(Sized(), S("q")), misc("abcd", 3.5))
try:
    len(5)
except TypeError as e:
    print("TypeError", e)

def app(lst, x):
    lst.append(x)
    return lst
for i in range(60):
    app([], i)
print(app([1], 2), app(L([1]), 2))
import builtins
orig_len = builtins.len
builtins.len = lambda x: "fake len"
def use_len(x):
    return len(x)
print(use_len([1, 2]))
builtins.len = orig_len
print(use_len([1, 2]))

def up(s):
    return s.upper()
for i in range(60):
    up("abc")
print(up("x"), up(S("y")), up(b"bytes"))
try:
    up(5)
except AttributeError as e:
    print("AttributeError", e)

# Wrong argument counts still produce CPython's messages after specializing.
def two(a, b):
    return a
def call_two(*args):
    return two(*args)
def call_two_fixed(x):
    return two(x, x)
for i in range(60):
    call_two_fixed(i)
try:
    two(1)
except TypeError as e:
    print("TypeError", e)

# Recursion through a specialized call still ends in RecursionError.
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError", e)

# Closures made anew share their code's version: one call site keeps its
# specialization across them, and still sees per-function defaults.
def make_adder(k, d=1):
    def add(x, y=d):
        return x + y + k
    return add
def call_each(fs):
    return [f(1) for f in fs] + [f(1, 2) for f in fs]
adders = [make_adder(k, k) for k in range(5)]
for i in range(60):
    call_each(adders)
adders[2].__defaults__ = (100,)
print(call_each(adders))
print(call_each([make_adder(k) for k in range(3)]))
