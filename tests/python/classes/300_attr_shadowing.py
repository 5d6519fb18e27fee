# instance vs class attributes, shadowing, deletion
class A:
    x = 1
    items = []
    def get(self):
        return self.x

a = A()
b = A()
print(a.x, b.x, A.x)
a.x = 10
print(a.x, b.x, A.x)
A.x = 2
print(a.x, b.x, A.x)
del a.x
print(a.x, b.x, A.x)
try:
    del a.x
except AttributeError as e:
    print(type(e).__name__, e)
a.items.append(1)
print(b.items, A.items, a.items is b.items)
a.items = a.items + [2]
print(a.items, b.items, A.items)
print(sorted(k for k in vars(a)))
print(sorted(k for k in A.__dict__ if not k.startswith('__')))
# instance attr shadows method
a.get = lambda: "shadow"
print(a.get(), b.get(), A.get(a))
del a.get
print(a.get())
# attribute error messages
try:
    a.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    A.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del A.nope
except AttributeError as e:
    print(type(e).__name__, e)
# class attribute set via instance __class__
a.__class__.y = 5
print(b.y, A.y)
# inherited class attrs
class B(A):
    pass
print(B.x, B().x)
B.x = 100
print(A.x, B.x)
del B.x
print(B.x)
try:
    del B.x
except AttributeError as e:
    print(type(e).__name__, e)
# getattr/setattr/hasattr/delattr
setattr(a, "z", 3)
print(getattr(a, "z"), hasattr(a, "z"), hasattr(a, "zz"), getattr(a, "zz", "dflt"))
delattr(a, "z")
print(hasattr(a, "z"))
try:
    getattr(a, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(a, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
# non-identifier attribute names via setattr
setattr(a, "has space", 7)
print(getattr(a, "has space"), a.__dict__["has space"])
# __dict__ assignment
a.__dict__ = {"q": 9}
print(a.q, sorted(vars(a)))
try:
    a.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
# attributes on builtins
try:
    (1).foo = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().foo = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.foo = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".nope
except AttributeError as e:
    print(type(e).__name__, e)
# function attributes
def f(): pass
f.tag = "t"
print(f.tag, sorted(vars(f)))
