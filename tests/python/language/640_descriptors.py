# descriptors: data vs non-data precedence, __set_name__, __get__ on class, __delete__, errors
log = []
class Data:
    def __set_name__(self, owner, name):
        log.append(("set_name", owner.__name__, name))
        self.name = "_" + name
    def __get__(self, inst, owner=None):
        if inst is None:
            return "class access via " + owner.__name__
        return getattr(inst, self.name, "unset")
    def __set__(self, inst, value):
        log.append(("set", value))
        setattr(inst, self.name, value)
    def __delete__(self, inst):
        log.append(("delete",))
        delattr(inst, self.name)
class NonData:
    def __get__(self, inst, owner=None):
        return "nondata"
class SetOnly:
    def __set__(self, inst, value):
        inst.__dict__["so_value"] = value * 2
class A:
    d = Data()
    e = Data()
    n = NonData()
    s = SetOnly()
print(log)
a = A()
print(a.d, A.d)
a.d = 5
print(a.d, a.__dict__)
a.__dict__["d"] = "instance dict"
print(a.d)
del a.d
print(a.d, log[-2:])
a.n = "shadow"
print(a.n, A.n)
del a.n
print(a.n)
print(A.s is A.__dict__["s"], type(A.s).__name__)
a.s = 4
print(a.__dict__.get("so_value"))
a.__dict__["s"] = "dict wins?"
print(a.s)
try:
    del a.s
except AttributeError as e:
    print("AttributeError", e)
class Meta(type):
    md = Data()
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.md, log[-1])
WithMeta.md = 7
print(WithMeta.md, WithMeta.__dict__.get("_md"))
class Late:
    pass
dl = Data()
Late.attr = dl
print(getattr(dl, "name", "no set_name"), Late().attr if hasattr(dl, "name") else "skip")
dl.__set_name__(Late, "attr")
print(Late().attr)
class Fails:
    def __get__(self, inst, owner=None):
        raise AttributeError("descriptor says no")
class WithGetattr:
    f = Fails()
    def __getattr__(self, name):
        return "fallback " + name
print(WithGetattr().f)
class Bound:
    def __get__(self, inst, owner):
        return (type(inst).__name__, owner.__name__)
class Base:
    b = Bound()
class Derived(Base):
    pass
print(Derived().b, Derived.b, Base.__dict__["b"].__get__(None, Derived))
class Prop(property):
    def __get__(self, inst, owner=None):
        return "sub:" + str(super().__get__(inst, owner))
class UsesProp:
    @Prop
    def x(self):
        return 1
print(UsesProp().x, type(UsesProp.__dict__["x"]).__name__)
class SetNameError:
    def __set_name__(self, owner, name):
        raise ValueError("bad name " + name)
try:
    class Bad:
        attr = SetNameError()
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__) if e.__cause__ else "")
print(len(log))
