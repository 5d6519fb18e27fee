# __init_subclass__ with keyword arguments, and __class_getitem__
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        print("init_subclass", cls.__name__, name, kwargs)
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class Alpha(Plugin, name="alpha-x"):
    pass
class Beta(Plugin):
    pass
class Gamma(Beta, name="g"):
    pass
print(Plugin.registry, Gamma.plugin_name, hasattr(Plugin, "plugin_name"))
try:
    class Bad(Plugin, name="b", unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Bad2(object, extra=1):
        pass
except TypeError as e:
    print("TypeError", e)
class Mixin:
    def __init_subclass__(cls, **kw):
        print("Mixin.__init_subclass__", cls.__name__, kw)
        super().__init_subclass__(**kw)
class Combined(Mixin, Plugin, name="combined"):
    pass
print(Plugin.registry)
class Implicit:
    def __init_subclass__(cls):
        cls.marked = True
print(type(Implicit.__dict__["__init_subclass__"]).__name__)
class Sub(Implicit):
    pass
print(Sub.marked, hasattr(Implicit, "marked"))
class SetNameOrder:
    def __set_name__(self, owner, name):
        print("set_name", name, "owner has marker:", hasattr(owner, "marker"))
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass sees attr:", "attr" in cls.__dict__)
        cls.marker = 1
class Order(Base):
    attr = SetNameOrder()
class Box:
    def __class_getitem__(cls, item):
        return "%s[%r]" % (cls.__name__, item)
print(Box[int], Box[1, 2], Box["x"], Box[()], type(Box.__dict__["__class_getitem__"]).__name__)
class SubBox(Box):
    pass
print(SubBox[str])
try:
    Box()[0]
except TypeError as e:
    print("TypeError", e)
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print("TypeError", e)
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__, list[int]([1, 2]))
print(list[int].__origin__, list[int].__args__, set[str] == set[str], frozenset[int])
class WithBoth:
    def __getitem__(self, k):
        return "instance " + str(k)
    def __class_getitem__(cls, k):
        return "class " + str(k)
print(WithBoth[1], WithBoth()[1])
class Meta(type):
    def __getitem__(cls, k):
        return "meta " + str(k)
class UsesMeta(metaclass=Meta):
    def __class_getitem__(cls, k):
        return "cgi " + str(k)
print(UsesMeta[5])
