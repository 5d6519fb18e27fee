def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
# hash equality invariants
t(lambda: (hash(1) == hash(1.0), hash(1) == hash(True), hash(0) == hash(0.0) == hash(False), hash(-1) == hash(-1.0)))
t(lambda: (hash(5), hash(-5), hash(0), hash(True), hash(2.0), hash(10 ** 5)))
t(lambda: (hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1.0, "a")), hash(frozenset([1, 2])) == hash(frozenset([2, 1]))))
t(lambda: (hash(None) == hash(None), hash(1.5) == hash(1.5), hash(2 ** 100) == hash(2 ** 100)))
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: hash(set()))
class H:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return self.k
    def __eq__(self, o):
        return isinstance(o, H) and o.k == self.k
t(lambda: (hash(H(7)), H(7) in {H(7)}, len({H(1), H(1), H(2)}), {H(3): "v"}[H(3)]))
class EqOnly:
    def __eq__(self, o):
        return True
t(lambda: hash(EqOnly()))
t(lambda: EqOnly.__hash__)
class BadHash:
    def __hash__(self):
        return "x"
t(lambda: hash(BadHash()))
class Plain:
    pass
p = Plain()
t(lambda: hash(p) == hash(p))
# id: identity only
a = [1]
b = a
c = [1]
t(lambda: (id(a) == id(b), id(a) == id(c), a is b, a is c, a == c, type(id(a)).__name__))
# type
t(lambda: (type(1), type("s"), type(1.0), type(None), type([]), type(type), type(Plain), type(p) is Plain))
t(lambda: (type(p).__name__, type(len).__name__, type(t).__name__, type(lambda: 0).__name__, type(print).__name__))
X = type("X", (Plain,), {"attr": 5, "m": lambda self: "m!"})
x = X()
t(lambda: (X.__name__, X.attr, x.m(), isinstance(x, Plain), X.__bases__, X.__mro__[-1]))
t(lambda: type(1, 2))
t(lambda: type("Y", (5,), {}))
t(lambda: (int.__name__, Plain.__name__, Plain.__qualname__, Plain.__module__, type(p).__module__))
# vars
class V:
    cv = 1
    def __init__(self):
        self.a = 1
        self.b = [2]
v = V()
t(lambda: vars(v))
v.c = 3
t(lambda: sorted(vars(v)))
t(lambda: v.__dict__ is vars(v))
t(lambda: "cv" in vars(V) and "__init__" in vars(V))
t(lambda: vars(5))
t(lambda: vars(v, v))
vars(v)["d"] = 4
print(v.d)
# dir of a simple class
class Simple:
    x = 1
    def meth(self):
        pass
s = Simple()
s.inst = 2
names = dir(s)
print([n for n in names if not n.startswith("__")])
print(names == sorted(names), "__init__" in names, "__class__" in names, "meth" in dir(Simple), "inst" in dir(Simple))
print([n for n in dir(Simple) if not n.startswith("_")])
class Sub(Simple):
    y = 2
print([n for n in dir(Sub) if not n.startswith("_")])
class CustomDir:
    def __dir__(self):
        return ["z", "b", "a"]
print(dir(CustomDir()))
def scope():
    q = 1
    r = 2
    return dir()
print(scope())
import math
print("sqrt" in dir(math), "pi" in dir(math), dir(math) == sorted(dir(math)))
