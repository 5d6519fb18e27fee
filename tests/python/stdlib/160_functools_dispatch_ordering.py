# functools: singledispatch(method), total_ordering, cached_property, wraps, cmp_to_key
import functools
from functools import singledispatch, singledispatchmethod, total_ordering, cached_property, wraps, update_wrapper, cmp_to_key
from collections.abc import Sequence, Mapping

@singledispatch
def describe(x):
    return "object:" + type(x).__name__
@describe.register
def _(x: int):
    return "int:%d" % x
@describe.register(float)
def _(x):
    return "float:%r" % x
@describe.register(Sequence)
def _(x):
    return "seq of %d" % len(x)
@describe.register(Mapping)
def _(x):
    return "map:" + ",".join(sorted(x))
@describe.register(list)
@describe.register(tuple)
def _(x):
    return "list-or-tuple"
print(describe(3), describe(True), describe(2.5), describe("abc"), describe([1]), describe((1, 2)))
print(describe({"b": 1, "a": 2}), describe(None), describe(range(4)), describe(b"xy"))
print(describe.dispatch(bool).__name__, describe.dispatch(str) is describe.registry[Sequence])
print(sorted(t.__name__ for t in describe.registry))
class MyInt(int):
    pass
print(describe(MyInt(7)))
try:
    describe()
except TypeError as e:
    print("TypeError", e)
try:
    @describe.register
    def _(x):
        return 0
except TypeError as e:
    print("TypeError", str(e).split(":")[0])

class Fmt:
    @singledispatchmethod
    def fmt(self, arg):
        return "generic"
    @fmt.register
    def _(self, arg: int):
        return "int %d" % arg
    @fmt.register
    def _(self, arg: list):
        return "list " + ",".join(self.fmt(a) for a in arg)
    @singledispatchmethod
    @classmethod
    def cfmt(cls, arg):
        return cls.__name__ + " generic"
    @cfmt.register
    @classmethod
    def _(cls, arg: str):
        return cls.__name__ + " str " + arg
f = Fmt()
print(f.fmt(1), f.fmt("x"), f.fmt([1, "a", [2]]), Fmt.cfmt("s"), Fmt.cfmt(1.0))

@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == Version(1, 2), a != b)
print(sorted([b, a, Version(0, 9)]), max(a, b), min([b, a]))
try:
    a < 3
except TypeError as e:
    print("TypeError", e)
try:
    a >= 3
except TypeError as e:
    print("TypeError", e)
print(Version.__le__.__name__, Version.__gt__.__doc__ is not None)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError", e)

class Circle:
    computed = 0
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        "the area"
        Circle.computed += 1
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, Circle.computed, "area" in c.__dict__)
del c.area
print(c.area, Circle.computed)
c.area = 99
print(c.area, type(Circle.area).__name__, Circle.area.__doc__, Circle.area.attrname)
class NoDict:
    __slots__ = ("x",)
    @cached_property
    def y(self):
        return 1
try:
    NoDict().y
except TypeError as e:
    print("TypeError", e)

def deco(fn):
    @wraps(fn)
    def wrapper(*args, **kw):
        "wrapper doc"
        return fn(*args, **kw) * 2
    return wrapper
@deco
def add(x: int, y: int = 1) -> int:
    "Add things."
    return x + y
add.extra = 5
print(add(2), add.__name__, add.__doc__, add.__qualname__, add.__module__, add.__annotations__)
print(add.__wrapped__(2), add.__wrapped__.__name__, sorted(add.__dict__), add.extra)
def other():
    pass
other.attr = "o"
def shell():
    "shell doc"
shell.attr2 = "s"
res = update_wrapper(shell, other, assigned=("__name__",), updated=("__dict__",))
print(res is shell, shell.__name__, shell.__doc__, sorted(shell.__dict__))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

def cmp(a, b):
    return (a > b) - (a < b)
def by_len_then_rev(a, b):
    return cmp(len(a), len(b)) or cmp(b, a)
words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=cmp_to_key(by_len_then_rev)))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))
try:
    hash(K(1))
except TypeError as e:
    print("TypeError", e)
print(min([5, 3, 8], key=cmp_to_key(lambda a, b: b - a)))
