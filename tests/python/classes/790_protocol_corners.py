# Protocol corners: object.__setattr__ on types (CPython's hackcheck),
# `__contains__ = None`, reversed() of sequences without __len__,
# readonly members, range indexing with __index__, dict view .mapping.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class C:
    pass


class M(type):
    pass


class D(metaclass=M):
    pass


show("object.__setattr__(class)", lambda: object.__setattr__(C, "x", 1))
show("object.__delattr__(class)", lambda: object.__delattr__(C, "x"))
show("object.__setattr__(metaclass instance)", lambda: object.__setattr__(D, "y", 1))
show("type.__setattr__(D)", lambda: type.__setattr__(D, "y", 1))
print(D.y)
show("object.__setattr__(int)", lambda: object.__setattr__(1, "x", 1))
c = C()
object.__setattr__(c, "z", 3)
print(c.z)
object.__delattr__(c, "z")
print(hasattr(c, "z"))


class NoContains:
    __contains__ = None

    def __iter__(self):
        return iter([1, 2])


show("in NoContains", lambda: 1 in NoContains())
show("not in NoContains", lambda: 1 not in NoContains())


class GetItemOnly:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError(i)


class LenOnly:
    def __len__(self):
        return 2


class Both(GetItemOnly):
    def __len__(self):
        return 3


show("reversed(getitem only)", lambda: reversed(GetItemOnly()))
show("reversed(len only)", lambda: reversed(LenOnly()))
show("reversed(both)", lambda: list(reversed(Both())))
show("reversed(set)", lambda: reversed(set()))
show("reversed(dict)", lambda: list(reversed({1: 2, 3: 4})))
show("reversed(5)", lambda: reversed(5))

s = slice(1, 2, 3)
r = range(1, 10, 2)
for obj, name in [(s, "start"), (s, "stop"), (s, "step"), (r, "start"), (r, "step"),
                  (1j, "real"), (1j, "imag")]:
    show("set %s.%s" % (type(obj).__name__, name), lambda: setattr(obj, name, 5))
    show("del %s.%s" % (type(obj).__name__, name), lambda: delattr(obj, name))
show("set int.real", lambda: setattr(5, "real", 1))
show("set float.imag", lambda: setattr(5.0, "imag", 1))


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


show("range[Idx]", lambda: range(10, 20)[Idx(2)])
show("range[Idx neg]", lambda: range(10, 20)[Idx(-1)])
show("range[Idx out]", lambda: range(10, 20)[Idx(10)])
show("range[big Idx]", lambda: range(10, 20)[Idx(2**70)])
show("range[float]", lambda: range(10, 20)[1.0])
show("range[bool]", lambda: range(10, 20)[True])

d = {"a": 1, "b": 2}
for view in (d.keys(), d.values(), d.items()):
    m = view.mapping
    print(type(m).__name__, m, m["a"], view.mapping == d)
    show("mapping readonly", lambda: m.__setitem__("c", 3))
    show("set mapping", lambda: setattr(view, "mapping", {}))
d["c"] = 3
print(d.keys().mapping)
print(sorted(type(d.keys()).__dict__.keys() & {"mapping", "isdisjoint"}))
print((1).__eq__(1.0), (1).__ne__(1.5), (1).__lt__(2.0), 1 == 1.0, 2 > 1.5, (1.0).__eq__(1))
print(True.__eq__(1.0), 10**20 == 1e20, (10**20).__eq__(1e20))
