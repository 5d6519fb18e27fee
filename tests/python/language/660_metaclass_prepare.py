# metaclasses: __prepare__ namespaces, keyword routing, __call__, resolution and conflicts
class RecordingNS(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            self.order.append(k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, [b.__name__ for b in bases], kw)
        ns = RecordingNS()
        ns["injected"] = "from prepare"
        return ns
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, type(ns).__name__, ns.order, sorted(k for k in ns if k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)
class Ordered(metaclass=Meta, flag=True):
    z = 1
    a = 2
    def m(self):
        pass
    z = 3
print(Ordered.order, Ordered.injected, Ordered.z, type(Ordered).__name__)
class Child(Ordered):
    b = 1
print(Child.order, type(Child).__name__)
class Singleton(type):
    instances = {}
    def __call__(cls, *a, **k):
        if cls not in Singleton.instances:
            print("creating", cls.__name__, a, k)
            Singleton.instances[cls] = super().__call__(*a, **k)
        return Singleton.instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v=0):
        self.v = v
c1, c2 = Config(1), Config(2)
print(c1 is c2, c1.v)
class M1(type):
    pass
class M2(type):
    pass
class M3(M1):
    pass
class A(metaclass=M1):
    pass
class B(metaclass=M3):
    pass
class AB(A, B):
    pass
print(type(AB).__name__)
class X(metaclass=M2):
    pass
try:
    class Bad(A, X):
        pass
except TypeError as e:
    print("TypeError", e)
def func_meta(name, bases, ns, **kw):
    print("func meta", name, sorted(k for k in ns if not k.startswith("__")), kw)
    return "not a class"
class FromFunc(metaclass=func_meta, extra=1):
    q = 1
print(FromFunc)
class NSMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {"pre": 1}
class N(metaclass=NSMeta):
    val = pre + 1
print(N.val, N.__qualname__, N.__module__)
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class Z(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError", e)
T = type("T", (object,), {"x": 1, "m": lambda self: self.x * 2})
print(T().m(), T.__name__, T.__bases__, type(T).__name__)
try:
    type("T", (1,), {})
except TypeError as e:
    print("TypeError", e)
try:
    type("T", (), {}, extra=1)
except TypeError as e:
    print("TypeError", e)
try:
    type("T")
except TypeError as e:
    print("TypeError", e)
print(type(5).__name__, type(type).__name__, isinstance(Meta, type), issubclass(Meta, type))
class KwMeta(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
try:
    class K(metaclass=KwMeta, unexpected=1):
        pass
except TypeError as e:
    print("TypeError", e)
class Plain:
    pass
view = Plain.__dict__
Plain.late = 1
setattr(Ordered, "later", 2)
print(type(view).__name__, "late" in view, Ordered.__dict__.get("later"))
