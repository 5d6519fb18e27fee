# LOAD_ATTR / STORE_ATTR specializations under change: class attributes
# and methods reassigned, instance attributes added and deleted, __class__
# assignment, __getattr__ / __getattribute__ appearing later, properties,
# __slots__, modules and classes as owners.
class P:
    kind = "P"
    def __init__(self, x):
        self.x = x
        self.y = x * 2
    def total(self):
        return self.x + self.y
    @property
    def double(self):
        return self.x * 2

def read(o):
    return o.x, o.y, o.kind, o.total(), o.double

objs = [P(i) for i in range(5)]
for i in range(100):
    read(objs[i % 5])
print(read(P(7)))

P.kind = "changed"
P.total = lambda self: "new total"
print(read(P(1)))
P.double = property(lambda self: "new property")
print(read(P(2)))

o = P(3)
o.kind = "instance shadows class"
o.total = lambda: "instance shadows method"
print(read(o))
del o.kind
print(read(o))

q = P(4)
del q.y
try:
    read(q)
except AttributeError as e:
    print("AttributeError", e)

class Q(P):
    kind = "Q"
q = P(5)
q.__class__ = Q
print(read(q))

def write(o, v):
    o.x = v
    o.y = v + 1
    return o.x + o.y
for i in range(100):
    write(objs[i % 5], i)
print([read(p)[:2] for p in objs])
fresh = P(0)
print(write(fresh, 10), vars(fresh))

class WithGetattr(P):
    pass
w = WithGetattr(1)
for i in range(60):
    read(w)
WithGetattr.__getattr__ = lambda self, name: "fallback " + name
print(w.missing, read(w))
WithGetattr.__getattribute__ = lambda self, name: "everything is " + name
print(w.x, w.total)
del WithGetattr.__getattribute__
print(w.x)

class Base:
    def who(self):
        return "base"
class Child(Base):
    pass
def who(o):
    return o.who()
c = Child()
for i in range(60):
    who(c)
Base.who = lambda self: "base changed"
print(who(c))
Child.who = lambda self: "child now"
print(who(c))

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
def slots(s):
    s.b = s.a + 1
    return s.a, s.b
s = Slotted()
for i in range(60):
    slots(s)
print(slots(s))
t = Slotted()
del t.a
try:
    slots(t)
except AttributeError as e:
    print("AttributeError", e)

import math
def mod():
    return math.pi, math.floor(2.5)
for i in range(60):
    mod()
math.pi = 3
print(mod())
del math.pi
try:
    mod()
except AttributeError as e:
    print("AttributeError", e)

class K:
    const = 10
    def method(self):
        return "method"
    @classmethod
    def cm(cls):
        return "cm of " + cls.__name__
    @staticmethod
    def sm():
        return "sm"
def cls_attrs(k):
    return k.const, k.method(K()), k.cm(), k.sm(), k.__name__
for i in range(60):
    cls_attrs(K)
K.const = 11
print(cls_attrs(K))
vars(K)["const"] if False else None
K.__dict__  # reading is fine
class Meta(type):
    const = "meta"
class M(metaclass=Meta):
    pass
def meta_attr(c):
    return c.const
for i in range(60):
    meta_attr(M)
M.const = "class"
print(meta_attr(M))

# Properties with getters that are not plain functions, and errors inside.
class Props:
    @property
    def ok(self):
        return 1
    @property
    def boom(self):
        raise ValueError("getter failed")
def get_ok(p):
    return p.ok
pp = Props()
for i in range(60):
    get_ok(pp)
Props.ok = property(lambda self, extra=5: extra)
print(get_ok(pp))
def get_boom(p):
    return p.boom
for i in range(3):
    try:
        get_boom(pp)
    except ValueError as e:
        print("ValueError", e)
