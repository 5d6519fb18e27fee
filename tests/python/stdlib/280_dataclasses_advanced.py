# dataclasses: frozen/FrozenInstanceError, InitVar, kw_only/KW_ONLY, slots=True, inheritance, match_args
import dataclasses
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, FrozenInstanceError, replace, asdict

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
try:
    p.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError", e, isinstance(e, AttributeError))
try:
    del p.y
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    p.z = 1
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(p, hash(p) == hash((1, 2)), {p: "ok"}[Point(1, 2)], replace(p, y=7), p)
@dataclass(frozen=True)
class FrozenPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        object.__setattr__(self, "b", self.a * 10)
print(FrozenPost(4))
try:
    @dataclass
    class Thawed(Point):
        z: int = 0
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Base:
        a: int
    @dataclass(frozen=True)
    class Froz(Base):
        b: int
except TypeError as e:
    print("TypeError", e)

@dataclass
class Conn:
    host: str
    password: InitVar[str] = None
    masked: str = field(init=False, default="")
    def __post_init__(self, password):
        self.masked = "*" * len(password or "")
c = Conn("db", "hunter2")
print(c, [f.name for f in fields(c)], hasattr(c, "password"), Conn.password)
print(dataclasses.InitVar[int], Conn.__dataclass_fields__["password"]._field_type)

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int
o = Opts(level=3)
print(o)
try:
    Opts(True, 3)
except TypeError as e:
    print("TypeError", e)
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
    d: int = field(default=4, kw_only=False)
print(Mixed(1, 9, c=3), Mixed.__match_args__, [(f.name, f.kw_only) for f in fields(Mixed)])
try:
    Mixed(1, 2, 3)
except TypeError as e:
    print("TypeError", e)

@dataclass(slots=True)
class Slotted:
    x: int
    y: list = field(default_factory=list)
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.z = 1
except AttributeError as e:
    print("AttributeError", e)
@dataclass(slots=True, frozen=True)
class SF:
    v: int
sf = SF(3)
print(sf, hash(sf) == hash((3,)))
import pickle, copy
print(pickle.loads(pickle.dumps(sf)), copy.deepcopy(s), copy.copy(sf) == sf)
try:
    sf.v = 1
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)

@dataclass
class Animal:
    name: str
    sound: str = "..."
    def speak(self):
        return f"{self.name} says {self.sound}"
@dataclass
class Dog(Animal):
    sound: str = "woof"
    tricks: list = field(default_factory=list)
@dataclass
class Puppy(Dog):
    age: int = 0
    def speak(self):
        return super().speak() + "!"
pup = Puppy("rex", tricks=["sit"], age=1)
print(pup, pup.speak(), [f.name for f in fields(Puppy)], isinstance(pup, Animal))
print(Dog("fido") == Animal("fido", "woof"), Dog("a") == Dog("a"), asdict(pup))
class NotDC(Dog):
    extra = 1
print(NotDC("n"), dataclasses.is_dataclass(NotDC), [f.name for f in fields(NotDC)])
@dataclass
class Override(Animal):
    name: str = "anon"
print(Override(), Override("x", "y"))
@dataclass(init=False)
class Manual:
    a: int
    def __init__(self, text):
        self.a = int(text)
print(Manual("42"))
@dataclass
class Defaults:
    x: int
    def __repr__(self):
        return "custom"
print(Defaults(1), Defaults(1) == Defaults(1))
match Point(0, 5):
    case Point(0, y):
        print("on y axis at", y)
    case _:
        print("elsewhere")
match Mixed(1, c=2):
    case Mixed(a, d=4, c=cv):
        print("Mixed", a, cv)
@dataclass
class Weird:
    x: int = field(default=0, metadata={"unit": "m", "help": "x pos"})
print(fields(Weird)[0].metadata["unit"], type(fields(Weird)[0].metadata).__name__, dict(fields(Weird)[0].metadata))
try:
    fields(Weird)[0].metadata["new"] = 1
except TypeError as e:
    print("TypeError", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError", e)
