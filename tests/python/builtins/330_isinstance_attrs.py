def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
class Base:
    cls_attr = "base"
class Child(Base):
    pass
class Other:
    pass
c = Child()
t(lambda: (isinstance(c, Child), isinstance(c, Base), isinstance(c, object), isinstance(c, Other)))
t(lambda: (isinstance(c, (Other, Base)), isinstance(c, (Other, (int, Child))), isinstance(c, ())))
t(lambda: (isinstance(1, (str, float)), isinstance(True, int), isinstance(1, bool), isinstance(None, type(None))))
t(lambda: (isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type)))
t(lambda: isinstance(1, 1))
t(lambda: isinstance(1, (int, 1)))
t(lambda: isinstance(1, (str, 1)))
t(lambda: (issubclass(Child, Base), issubclass(Base, Child), issubclass(Child, Child), issubclass(Child, object)))
t(lambda: (issubclass(bool, (str, int)), issubclass(int, ()), issubclass(KeyError, LookupError), issubclass(KeyError, Exception)))
t(lambda: issubclass(c, Base))
t(lambda: issubclass(Child, c))
# hasattr / getattr / setattr / delattr
t(lambda: (hasattr(c, "cls_attr"), hasattr(c, "nope"), hasattr(Child, "cls_attr"), hasattr(1, "real")))
t(lambda: (getattr(c, "cls_attr"), getattr(c, "nope", "default"), getattr(c, "nope", None), getattr(1, "imag")))
t(lambda: getattr(c, "nope"))
t(lambda: getattr(Child, "nope"))
t(lambda: getattr(c, 5))
t(lambda: getattr(c))
setattr(c, "x", 10)
setattr(c, "cls_attr", "inst")
print(c.x, c.cls_attr, Child.cls_attr, Base.cls_attr, sorted(vars(c).items()))
delattr(c, "cls_attr")
print(c.cls_attr)
t(lambda: delattr(c, "cls_attr"))
t(lambda: delattr(c, "zzz"))
t(lambda: setattr(1, "x", 2))
t(lambda: setattr([], "append", 2))
t(lambda: delattr(c, 3))
setattr(Child, "new_cls", 42)
print(c.new_cls, hasattr(Base, "new_cls"))
class Prop:
    @property
    def p(self):
        raise ValueError("prop fails")
    @property
    def q(self):
        raise AttributeError("q missing")
t(lambda: hasattr(Prop(), "p"))
t(lambda: hasattr(Prop(), "q"))
t(lambda: getattr(Prop(), "q", "dflt"))
class Dyn:
    def __getattr__(self, name):
        if name.startswith("d_"):
            return name.upper()
        raise AttributeError(name)
d = Dyn()
t(lambda: (d.d_x, getattr(d, "d_y"), hasattr(d, "d_z"), hasattr(d, "other"), getattr(d, "other", 0)))
t(lambda: d.other)
# callable
def fn():
    pass
class WithCall:
    def __call__(self):
        return "called"
t(lambda: (callable(fn), callable(len), callable(Child), callable(c), callable(WithCall()), callable(None)))
t(lambda: (callable(lambda: 0), callable([].append), callable(str.upper), callable("s"), callable(type)))
t(lambda: WithCall()())
t(lambda: c())
t(lambda: 5())
t(lambda: "abc"())
