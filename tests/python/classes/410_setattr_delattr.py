# __setattr__ and __delattr__
log = []
class Logged:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        log.append(("set", name, value))
        super().__setattr__(name, value)
    def __delattr__(self, name):
        log.append(("del", name))
        super().__delattr__(name)
l = Logged()
l.b = 2
l.a += 10
del l.b
print(log, sorted(vars(l)), l.a)
try:
    del l.zzz
except AttributeError as e:
    print(type(e).__name__, e)
print(log[-1])
# frozen object
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError("frozen: cannot set " + name)
    def __delattr__(self, name):
        raise AttributeError("frozen: cannot delete " + name)
f = Frozen(5)
print(f.x)
try:
    f.x = 6
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del f.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    f.y = 1
except AttributeError as e:
    print(type(e).__name__, e)
# setattr() builtin goes through __setattr__
try:
    setattr(f, "z", 1)
except AttributeError as e:
    print(type(e).__name__, e)
# __setattr__ bypassed through __dict__
f.__dict__["x"] = 99
print(f.x)
# __setattr__ interacts with property: object.__setattr__ triggers property setter
class WithProp:
    def __init__(self):
        self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val):
        self._v = val * 10
    def __setattr__(self, name, value):
        if name == "blocked":
            raise AttributeError("blocked")
        object.__setattr__(self, name, value)
w = WithProp()
w.v = 3
print(w.v)
try:
    w.blocked = 1
except AttributeError as e:
    print(type(e).__name__, e)
# augmented assignment calls getattr then setattr
class Aug:
    def __init__(self):
        object.__setattr__(self, "ops", [])
        object.__setattr__(self, "val", 1)
    def __getattribute__(self, name):
        if name not in ("ops", "__dict__"):
            object.__getattribute__(self, "ops").append("get " + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.ops.append("set %s=%r" % (name, value))
        object.__setattr__(self, name, value)
a = Aug()
a.val += 5
a.val *= 2
print(a.ops, a.__dict__["val"])
# __delattr__ with slots
class SD:
    __slots__ = ("q",)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
sd = SD()
sd.q = 1
del sd.q
try:
    del sd.q
except AttributeError as e:
    print(type(e).__name__, e)
# setting class attributes via metaclass __setattr__
class MS(type):
    def __setattr__(cls, name, value):
        print("meta set", cls.__name__, name, value)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print("meta del", cls.__name__, name)
        super().__delattr__(name)
class K(metaclass=MS):
    pass
K.x = 1
print(K.x)
del K.x
print(hasattr(K, "x"))
# object.__setattr__ on builtin type fails
try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(int, "x", 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    object.__delattr__(Frozen(1), "nope")
except AttributeError as e:
    print(type(e).__name__, e)
# setattr with non-str
try:
    setattr(l, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
# tuple unpacking into attributes calls __setattr__ in order
log.clear()
l.p, l.q = 7, 8
print(log)
# chained assignment order
log.clear()
l.r = l.s = 9
print(log)
