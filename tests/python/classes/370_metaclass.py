# metaclasses: __new__, __init__, __call__, class keyword args, __prepare__
log = []
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        log.append(("new", mcls.__name__, name, [b.__name__ for b in bases],
                    sorted(k for k in ns if not k.startswith("__")), sorted(kw.items())))
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name))
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        log.append(("call", cls.__name__, args))
        inst = super().__call__(*args, **kw)
        inst.made_by_meta = True
        return inst

class A(metaclass=Meta, tag="hello"):
    x = 1
    def m(self): pass
    def __init__(self, v=0):
        self.v = v

for entry in log:
    print(entry)
log.clear()
a = A(5)
print(log, a.v, a.made_by_meta, A.tag, type(A).__name__, type(a).__name__)
class B(A):
    y = 2
print(log[-2:], B.tag, type(B).__name__)
print(isinstance(A, Meta), isinstance(B, type), isinstance(a, A))
# __prepare__
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        d = {"injected": 42}
        return d
    def __new__(mcls, name, bases, ns, **kw):
        ns["names"] = [k for k in ns if not k.startswith("__")]
        return super().__new__(mcls, name, bases, ns)
class C(metaclass=OrderedMeta):
    z = 1
    a = 2
    def f(self): pass
print(C.injected, C.names)
# metaclass __call__ returning something else
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class S(metaclass=Singleton):
    def __init__(self, n):
        self.n = n
s1 = S(1); s2 = S(2)
print(s1 is s2, s1.n)
class Weird(type):
    def __call__(cls, *a):
        return ("not an instance", a)
class W(metaclass=Weird):
    pass
print(W(1, 2))
# metaclass methods visible on class, not instances
class MM(type):
    def meta_method(cls):
        return "meta_method on " + cls.__name__
    @property
    def meta_prop(cls):
        return "prop:" + cls.__name__
class D(metaclass=MM):
    pass
print(D.meta_method(), D.meta_prop)
try:
    D().meta_method
except AttributeError as e:
    print(type(e).__name__, e)
# metaclass conflict
class M1(type): pass
class M2(type): pass
class E1(metaclass=M1): pass
class E2(metaclass=M2): pass
try:
    class E3(E1, E2): pass
except TypeError as e:
    print(type(e).__name__, e)
# derived metaclass is chosen
class M3(M1): pass
class F1(metaclass=M3): pass
class F2(E1, F1): pass
print(type(F2).__name__)
# function as metaclass
def fmeta(name, bases, ns, **kw):
    return ("fmeta", name, sorted(k for k in ns if not k.startswith("__")), kw)
class G(metaclass=fmeta, opt=1):
    q = 1
print(G)
# keyword args without metaclass go to __init_subclass__ -> error on object
try:
    class H(foo=1): pass
except TypeError as e:
    print(type(e).__name__, e)
# type(name, bases, dict) with metaclass inheritance
T = Meta("T", (), {"k": 3}, tag="dyn")
print(T.k, T.tag, type(T).__name__)
# __new__ modifying namespace
class Upper(type):
    def __new__(mcls, name, bases, ns):
        new_ns = {}
        for k, v in ns.items():
            new_ns[k if k.startswith("__") else k.upper()] = v
        return super().__new__(mcls, name, bases, new_ns)
class U(metaclass=Upper):
    abc = 1
    def hello(self): return "hi"
print(U.ABC, U().HELLO(), hasattr(U, "abc"))
# metaclass __repr__ and __len__ etc work on classes
class RM(type):
    def __repr__(cls): return "<class " + cls.__name__ + " via RM>"
    def __len__(cls): return 7
    def __getitem__(cls, k): return (cls.__name__, k)
    def __iter__(cls): return iter([1, 2, 3])
class V(metaclass=RM): pass
print(repr(V), len(V), V[5], list(V), str(V))
# type(x) with one arg
print(type(V).__name__, type(type).__name__, type(3).__name__)
try:
    type("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
