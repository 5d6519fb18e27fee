class Meta(type):
    def __new__(mcls, name, bases, ns, *, flag=None, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.flag = flag
        return cls
class A(metaclass=Meta, flag=1):
    pass
print(A.flag)
class B(A, flag=2):
    pass
print(B.flag)
# type(...) with a base whose metaclass has its own __new__: that __new__ runs
class M2(type):
    def __new__(mcls, name, bases, ns, *, tag=None):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = tag
        return cls
class Base(metaclass=M2):
    pass
X = type("X", (Base,), {}, tag="t")
print(type(X).__name__, X.tag)
class M3(type): pass
class O(metaclass=M3): pass
try:
    class Bad(Base, O): pass
except TypeError as e:
    print(e)
