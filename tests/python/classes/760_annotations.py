# Annotations: functions, classes, modules, and what is (not) evaluated
x: int = 5
y: "str"
print(__annotations__)
def f(a: int, b: "float" = 1.0, *args: str, c: bool, **kw: dict) -> list:
    v: undefined_name_is_fine_here = 3
    return [a, b, c, v]
print(f.__annotations__, f(1, c=True))
def g(a, b=2):
    pass
print(g.__annotations__)
class C:
    a: int
    b: str = "x"
    __private: float = 1.0
    if True:
        c: list
    def m(self, q: "C") -> None:
        pass
print(C.__annotations__, C.b, C.m.__annotations__)
class D(C):
    d: bytes
print(D.__annotations__)
class E:
    pass
print(getattr(E, "__annotations__", "none") in ({}, "none"))
lam = lambda z: z
print(lam.__annotations__)
def outer():
    T = int
    def inner(p: T) -> T:
        return p
    return inner.__annotations__
print(outer())
import typing
class P(typing.NamedTuple):
    x: int
    y: float = 0.5
print(P(1), P._fields, P.__annotations__)
import dataclasses
@dataclasses.dataclass
class Q:
    a: int
    b: list = dataclasses.field(default_factory=list)
print(Q(3), [f.name for f in dataclasses.fields(Q)])
