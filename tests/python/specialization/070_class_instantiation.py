# test: gc-stress
# CALL_ALLOC_AND_ENTER_INIT: class instantiation runs __init__ in the same
# loop under a shim frame. The shim checks __init__'s result, never shows in
# tracebacks, and the specialization notices changes to the class.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def make(n):
    return [P(i, i * 2) for i in range(n)]

print(sum(p.x + p.y for p in make(1000)))

class Bad:
    def __init__(self):
        return 5
for i in range(100):
    try:
        Bad()
    except TypeError as e:
        msg = str(e)
print(msg)

class R:
    def __init__(self, n):
        if n:
            R(n - 1)
        else:
            raise ValueError("deep")
def mk():
    return R(3)
for i in range(60):
    try:
        mk()
    except ValueError:
        pass
try:
    mk()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)

P.__init__ = lambda self, a, b: setattr(self, "x", "patched")
print(make(2)[0].x)

def init_with_default(self, a, b=10):
    self.x = a + b
P.__init__ = init_with_default
print(make(2)[1].x)

class WithNew:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.made_by = "__new__"
        return obj
    def __init__(self, v):
        self.v = v
def mk_new(v):
    return WithNew(v)
for i in range(60):
    mk_new(i)
w = mk_new(5)
print(w.made_by, w.v)

class Sub(P):
    pass
def mk_sub():
    return Sub(1, 2)
for i in range(60):
    mk_sub()
print(mk_sub().x)
Sub.__init__ = lambda self, a, b: setattr(self, "x", "sub init")
print(mk_sub().x)

# Wrong argument counts give __init__'s message.
class Two:
    def __init__(self, a, b):
        pass
def two(*args):
    return Two(*args)
def two_fixed(a):
    return Two(a, a)
for i in range(60):
    two_fixed(i)
try:
    Two(1)
except TypeError as e:
    print(e)

# Deep recursion through __init__ ends in RecursionError.
class Deep:
    def __init__(self):
        Deep()
try:
    Deep()
except RecursionError as e:
    print("RecursionError")

# Metaclass __call__ is honoured.
class Meta(type):
    def __call__(cls, *args):
        return "meta call " + repr(args)
class M(metaclass=Meta):
    def __init__(self, a):
        pass
def mk_m():
    return M(1)
for i in range(60):
    mk_m()
print(mk_m())
