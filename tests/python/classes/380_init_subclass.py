# __init_subclass__ and class_getitem
registry = []
class Plugin:
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        registry.append((cls.__name__, name))
        cls.plugin_name = name or cls.__name__.lower()

class Alpha(Plugin, name="alpha"):
    pass
class Beta(Plugin):
    pass
class Gamma(Beta, name="g"):
    pass
print(registry)
print(Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)
print(hasattr(Plugin, "plugin_name"))
try:
    class Bad(Plugin, nonsense=1): pass
except TypeError as e:
    print(type(e).__name__, e)
# implicitly classmethod
class Base:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__, type(cls).__name__)
print(type(Base.__dict__["__init_subclass__"]).__name__)
class Child(Base): pass
class GrandChild(Child): pass
# __init_subclass__ overriding in subclass chain
class A:
    def __init_subclass__(cls, **kw):
        print("A hook", cls.__name__, sorted(kw))
        super().__init_subclass__()
class B(A):
    def __init_subclass__(cls, **kw):
        print("B hook", cls.__name__)
        super().__init_subclass__(**kw)
class C(B, x=1, y=2): pass
# called after class body and __set_name__
order = []
class Desc:
    def __set_name__(self, owner, name):
        order.append("set_name " + name)
class Hooked:
    def __init_subclass__(cls):
        order.append("init_subclass " + cls.__name__)
class HC(Hooked):
    d = Desc()
    order.append("body")
print(order)
# __class_getitem__
class Gen:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(Gen[int], Gen[1, 2], Gen["x"])
class SubGen(Gen): pass
print(SubGen[3])
try:
    Gen()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Plugin[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(list[int], dict[str, int])
except Exception as e:
    print(type(e).__name__, e)
# __init_subclass__ with metaclass kwargs together
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("M.__new__ kw", sorted(kw))
        return super().__new__(mcls, name, bases, ns, **kw)
class K(metaclass=M):
    def __init_subclass__(cls, **kw):
        print("K hook", cls.__name__, kw)
class K2(K, flag=True): pass
# raising in __init_subclass__ prevents class creation
class Strict:
    def __init_subclass__(cls):
        if not hasattr(cls, "required"):
            raise TypeError(cls.__name__ + " lacks 'required'")
class Good(Strict):
    required = 1
try:
    class NotGood(Strict): pass
except TypeError as e:
    print(type(e).__name__, e)
print(Good.required)
