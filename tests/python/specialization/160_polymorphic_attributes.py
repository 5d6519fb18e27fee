# Attribute and method loads at sites that see instances of several classes
# (LOAD_ATTR_INSTANCE_VALUE_POLY, LOAD_ATTR_METHOD_WITH_VALUES_POLY in
# uopy): every change a class or an instance can make afterwards must show.
class Base:
    def __init__(self, n):
        self.n = n
        self.tag = type(self).__name__
    def kind(self):
        return "base"
    def total(self):
        return "%s-%s" % (self.n, self.tag)

class A(Base):
    def kind(self):
        return "A"
class B(Base):
    pass
class C(Base):
    def kind(self):
        return "C"
class D(Base):
    pass
class E(Base):
    def kind(self):
        return "E"
class F(Base):
    pass

def read(objs):
    out = []
    for o in objs:
        out.append((o.n, o.tag, o.kind(), o.total()))
    return out

objs = [A(1), B(2), C(3), D(4)]
for _ in range(300):
    r = read(objs)
print(r)

# More classes than the site keeps.
many = [A(1), B(2), C(3), D(4), E(5), F(6)]
for _ in range(300):
    r = read(many)
print(r)

# A property on one class now shadows the instance attribute.
B.n = property(lambda self: "B.n property")
print(read(objs))
del B.n
print(read(objs))

# A method overridden later, and one deleted.
D.kind = lambda self: "D late"
print(read(objs))
del C.kind
print(read(objs))

# An instance attribute shadowing the method; then removed again.
a = objs[0]
a.kind = lambda: "instance kind"
print(read(objs))
del a.kind
print(read(objs))

# Deleting an instance attribute: the class attribute shows, then an error.
Base.tag = "class tag"
del objs[2].tag
print(read(objs))
del Base.tag
try:
    read(objs)
except AttributeError as e:
    print("AttributeError", e)
objs[2].tag = "back"

# __class__ assignment between the classes, and a __dict__ made.
objs[1].__class__ = A
print(read(objs))
vars(objs[3])["n"] = 40
print(read(objs))

# A class with __getattr__ joins the site; a missing attribute goes to it.
class G(Base):
    def __getattr__(self, name):
        return "G.__getattr__(%s)" % name
g = G(7)
del g.n
for _ in range(100):
    r = read(objs + [g])
print(r)

# Stores at a polymorphic site.
def bump(objs):
    for o in objs:
        o.n = o.n + 1 if isinstance(o.n, int) else 0
        o.extra = o.tag
    return [(o.n, o.extra) for o in objs]

fresh = [A(1), B(2), C(3), D(4)]
for _ in range(200):
    r = bump(fresh)
print(r)
# A property with a setter on one class: the store goes through it.
log = []
def set_n(self, v):
    log.append(v)
B.n = property(lambda self: 7, set_n)
print(bump(fresh), log[-3:])
del B.n
# __setattr__ on another class.
def setattr_hook(self, name, value):
    object.__setattr__(self, name, ("hooked", value) if name == "extra" else value)
C.__setattr__ = setattr_hook
print(bump(fresh))
del C.__setattr__
# An instance whose attributes moved to a dict, and __class__ changes.
vars(fresh[3])
fresh[0].__class__ = D
for _ in range(50):
    r = bump(fresh)
print(r)
