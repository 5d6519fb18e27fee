# object's default reduce protocol (__reduce_ex__, __reduce__, __getstate__)
# as copy, deepcopy and pickle use it for plain instances, slots, list and
# dict subclasses, __getnewargs__(_ex__), and classes with their own hooks.
import copy
import copyreg
import pickle


class Plain:
    def __init__(self):
        self.a = 1
        self.b = [1, 2]


class Slots:
    __slots__ = ("x", "y", "__weakref__")


class Both:
    __slots__ = ("s", "__dict__")


class L(list):
    pass


class D(dict):
    pass


class NewArgs(int):
    def __new__(cls, v, tag):
        self = super().__new__(cls, v)
        self.tag = tag
        return self

    def __getnewargs__(self):
        return (int(self), self.tag)


class NewArgsEx:
    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        self.args = args
        self.kwargs = kwargs
        return self

    def __getnewargs_ex__(self):
        return self.args, self.kwargs


class OwnReduce:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (OwnReduce, (self.v * 10,))


class OwnState:
    def __init__(self):
        self.keep = 1
        self.drop = 2

    def __getstate__(self):
        return {"keep": self.keep}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


p = Plain()
c = copy.copy(p)
print(type(c).__name__, c.__dict__, c.b is p.b)
d = copy.deepcopy(p)
print(d.__dict__, d.b is p.b)
print(pickle.loads(pickle.dumps(p)).__dict__)
for proto in range(1, 6):  # protocol 0 needs raw_unicode_escape: see the codecs tests
    print(proto, pickle.loads(pickle.dumps(p, proto)).__dict__)

s = Slots()
s.x = 5
t = copy.copy(s)
print(t.x, hasattr(t, "y"), s.__getstate__())
s.y = [7]
u = copy.deepcopy(s)
print(u.x, u.y, u.y is s.y, pickle.loads(pickle.dumps(s)).y)

b = Both()
b.s = "slot"
b.extra = "dict"
print(b.__getstate__(), copy.copy(b).__dict__, copy.copy(b).s)

l = L([1, [2]])
l.z = 3
m = copy.deepcopy(l)
print(type(m).__name__, m, m.z, m[1] is l[1])
dd = D(a=1)
dd.attr = "x"
e = copy.copy(dd)
print(type(e).__name__, e, e.attr, pickle.loads(pickle.dumps(dd)))

n = NewArgs(5, "t")
print(copy.copy(n), copy.copy(n).tag, pickle.loads(pickle.dumps(n)).tag)
x = NewArgsEx(1, 2, k=3)
y = copy.copy(x)
print(y.args, y.kwargs, x.__reduce_ex__(2)[0].__name__, x.__reduce_ex__(4)[1][1:])

print(copy.copy(OwnReduce(2)).v, copy.deepcopy(OwnReduce(3)).v)
o = copy.copy(OwnState())
print(sorted(o.__dict__.items()))

print(object().__reduce_ex__(2)[1:], Plain().__reduce_ex__(2)[2])
r = Plain().__reduce_ex__(1)
print(r[0] is copyreg._reconstructor, r[1][0].__name__, r[1][1:], r[2])
print(Plain().__reduce__()[0] is copyreg._reconstructor)
print(Plain().__getstate__(), object().__getstate__(), Slots().__getstate__())


def gen():
    yield 1


for bad in (gen(), (i for i in ())):
    try:
        copy.copy(bad)
    except TypeError as exc:
        print("TypeError", exc)


class BadNewArgs:
    def __getnewargs__(self):
        return [1]


class BadNewArgsEx:
    def __getnewargs_ex__(self):
        return ((), [])


for obj in (BadNewArgs(), BadNewArgsEx()):
    try:
        obj.__reduce_ex__(2)
    except TypeError as exc:
        print("TypeError", exc)
try:
    object().__reduce_ex__("2")
except TypeError as exc:
    print("TypeError", exc)
