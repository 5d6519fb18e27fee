# LOAD_SUPER_ATTR specializations: super().attr and super().method(...)
# behave as the generic form, including when classes change or super is
# shadowed.
class A:
    greeting = "hello from A"
    def hi(self, x):
        return "A.hi %s" % x
    @property
    def prop(self):
        return "A.prop"
    @classmethod
    def cm(cls):
        return "A.cm " + cls.__name__
    @staticmethod
    def sm():
        return "A.sm"

class B(A):
    def hi(self, x):
        return "B+" + super().hi(x)
    def attrs(self):
        return super().greeting, super().prop, super().cm(), super().sm(), super().__class__.__name__
    @classmethod
    def cm(cls):
        return "B+" + super().cm()

b = B()
for i in range(100):
    b.hi(i)
    b.attrs()
    B.cm()
print(b.hi(1), b.attrs(), B.cm())

A.hi = lambda self, x: "patched A.hi %s" % x
A.greeting = "changed"
print(b.hi(2), b.attrs())

class C(B):
    def hi(self, x):
        return "C+" + super().hi(x)
c = C()
for i in range(60):
    c.hi(i)
print(c.hi(3))

# The attribute is missing: AttributeError from super.
class D(A):
    def missing(self):
        return super().nothing_here
d = D()
for i in range(3):
    try:
        d.missing()
    except AttributeError as e:
        print("AttributeError", e)

# super shadowed by a global.
def shadow():
    class E(A):
        def hi(self, x):
            return super().hi(x)
    return E()
e = shadow()
for i in range(60):
    e.hi(i)
import builtins
real_super = builtins.super
builtins.super = lambda *args: real_super(*args) if args else A()
try:
    print(e.hi(4))
except Exception as ex:
    print(type(ex).__name__, ex)
builtins.super = real_super
print(e.hi(5))

# Two-argument super and an instance of a different class.
class F(A):
    def hi(self, x):
        return super(F, self).hi(x) + "!"
f = F()
for i in range(60):
    f.hi(i)
print(f.hi(6))
try:
    F.hi(A(), 7)
except TypeError as ex:
    print("TypeError", ex)
