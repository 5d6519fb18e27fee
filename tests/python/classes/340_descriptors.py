# descriptor protocol: data vs non-data, __set_name__
log = []
class Data:
    def __set_name__(self, owner, name):
        log.append(("set_name", owner.__name__, name))
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return ("class-access", objtype.__name__)
        return ("data", getattr(obj, self.name, None))
    def __set__(self, obj, value):
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        log.append(("delete", self.name))
        delattr(obj, self.name)

class NonData:
    def __get__(self, obj, objtype=None):
        return ("nondata", obj is None, objtype.__name__)

class A:
    d = Data()
    n = NonData()
    other = Data()

print(log)
a = A()
print(a.d, A.d, a.n, A.n)
a.d = 5
print(a.d, sorted(vars(a)))
a.__dict__["d"] = "shadow?"
print(a.d)  # data descriptor wins
a.n = "inst"
print(a.n)  # instance dict wins over non-data
del a.n
print(a.n)
del a.d
print(a.d, log[-1])
try:
    del a.d
except AttributeError as e:
    print(type(e).__name__, e)
# descriptor with only __set__ is still data descriptor
class OnlySet:
    def __set__(self, obj, v):
        obj.__dict__["seen"] = v
class B:
    s = OnlySet()
b = B()
b.s = 3
print(b.seen, b.s is B.__dict__["s"])
b.__dict__["s"] = "x"
print(type(b.s).__name__)
# descriptor with __delete__ only
class OnlyDel:
    def __delete__(self, obj):
        print("deleting")
class C:
    x = OnlyDel()
c = C()
del c.x
try:
    c.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
# __set_name__ called for later class creation, not for setattr after
class D:
    pass
D.late = Data()
try:
    D().late
except AttributeError as e:
    print(type(e).__name__, e)
# __set_name__ via type()
log.clear()
E = type("E", (), {"q": Data()})
print(log)
e = E()
e.q = 1
print(e.q)
# descriptor on metaclass: class attribute access
class MetaDesc:
    def __get__(self, obj, objtype=None):
        return ("meta", obj.__name__ if obj is not None else None)
class M(type):
    md = MetaDesc()
class F(metaclass=M):
    pass
print(F.md)
try:
    F().md
except AttributeError as e:
    print(type(e).__name__, e)
# functions are non-data descriptors
def fn(self):
    return "fn"
bound = fn.__get__(a, A)
print(bound(), fn.__get__(None, A) is fn)
# typed descriptor with validation
class Typed:
    def __init__(self, t):
        self.t = t
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__[self.name]
    def __set__(self, obj, v):
        if not isinstance(v, self.t):
            raise TypeError("%s must be %s" % (self.name, self.t.__name__))
        obj.__dict__[self.name] = v
class Rec:
    x = Typed(int)
    y = Typed(str)
    def __init__(self, x, y):
        self.x = x
        self.y = y
r = Rec(1, "a")
print(r.x, r.y, type(Rec.x).__name__, Rec.x.name)
try:
    Rec("1", "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    r.y = 5
except TypeError as e:
    print(type(e).__name__, e)
# __set_name__ error wrapped? (3.11: original error propagates)
class BadSN:
    def __set_name__(self, owner, name):
        raise ValueError("bad set_name " + name)
try:
    class G:
        z = BadSN()
except Exception as e:
    print(type(e).__name__, e)
# inheritance of descriptors
class H(A):
    pass
h = H()
h.d = 9
print(h.d, H.d)
# descriptor __get__ returning self when obj is None
print(Rec.__dict__["x"] is Rec.x)
# slot-less class: __get__ receives correct owner for subclass
class Owner:
    n = NonData()
class SubOwner(Owner):
    pass
print(SubOwner.n, SubOwner().n)
