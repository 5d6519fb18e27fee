# collections.namedtuple: fields, defaults, _make, _replace, _asdict, errors
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, repr(p), p.x, p.y, p[0], p[-1])
print(Point._fields, Point.__name__, Point.__doc__)
print(p._asdict(), type(p._asdict()).__name__)
print(p._replace(y=5), p)
print(Point._make([3, 4]), Point._make(iter((5, 6))))
x, y = p
print(x + y, p == (1, 2), p < (1, 3), hash(p) == hash((1, 2)))
print(isinstance(p, tuple), len(p), list(p), p.count(1), p.index(2))

P3 = namedtuple("P3", ["a", "b", "c"], defaults=[10, 20])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults)
print(P3.__new__.__defaults__)
try:
    P3()
except TypeError as e:
    print("TypeError", e)

R = namedtuple("R", "def class ok", rename=True)
print(R._fields)
R2 = namedtuple("R2", "a a b", rename=True)
print(R2._fields)

for bad in [("Bad", "a a"), ("Bad", "a _b"), ("Bad", "a def"), ("1Bad", "a"), ("Bad", "a 1b")]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print("ValueError", e)

try:
    p._replace(z=3)
except ValueError as e:
    print("ValueError", e)
try:
    Point._make([1, 2, 3])
except TypeError as e:
    print("TypeError", e)
try:
    p.x = 3
except AttributeError as e:
    print("AttributeError", e)

class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

v = Vec(3, 4) + Vec(1, 1)
print(v, v.norm2, type(v).__name__, Vec._fields)
print(Point.x, Point.x.__doc__)
M = namedtuple("M", "a, b,c", module="mymod")
print(M.__module__, M(1, 2, 3))
import pickle, copy
print(copy.copy(p), copy.deepcopy(P3(1)))
print(p.__getnewargs__())
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(dict(zip(Point._fields, p)))
