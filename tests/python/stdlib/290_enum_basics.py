# enum: Enum/IntEnum/StrEnum/auto, iteration, aliases, _missing_, unique, members and errors
import enum
from enum import Enum, IntEnum, StrEnum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), list(Color.__members__), Color.__members__["CRIMSON"])
print(Color.RED in Color, Color(1).name, isinstance(Color.RED, Color), type(Color.RED))
print(Color.RED == 1, Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED is Color(1), hash(Color.RED) == hash(Color.RED))
print(sorted(Color, key=lambda c: -c.value), {Color.RED: "r"}[Color.CRIMSON], f"{Color.GREEN}", format(Color.BLUE), str(Color.BLUE))
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    Color.RED = 9
except AttributeError as e:
    print("AttributeError", e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError", e)
try:
    class MoreColor(Color):
        PINK = 4
except TypeError as e:
    print("TypeError", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3), Planet((3.303e+23, 2.4397e6)))

class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    LINE = 10
    TRI = auto()
print([(s.name, s.value) for s in Shape])
class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    A = auto()
    B = auto()
print([m.value for m in Lower])

class Status(Enum):
    OK = "ok"
    ERR = "error"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(Status("OK"), Status("Error"))
try:
    Status("nope")
except ValueError as e:
    print("ValueError", e)

class Prio(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
print(Prio.MID, repr(Prio.MID), Prio.LOW < Prio.HIGH, Prio.MID + 1, Prio.HIGH == 10, sorted([Prio.HIGH, 3, Prio.LOW]))
print(int(Prio.MID), f"{Prio.HIGH:>4}", f"{Prio.HIGH}", str(Prio.LOW), Prio(5), [p.name for p in Prio], isinstance(Prio.LOW, int))
print(Prio.MID * 2, list(range(Prio.LOW, Prio.MID)), "%d" % Prio.HIGH, hex(Prio.HIGH))

class Method(StrEnum):
    GET = auto()
    POST = auto()
    CUSTOM = "X-Custom"
print(Method.GET, repr(Method.GET), Method.CUSTOM, Method.GET == "get", Method.POST.upper(), "/" + Method.GET, f"{Method.POST}")
try:
    class BadStr(StrEnum):
        A = 1
except TypeError as e:
    print("TypeError", e)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal.__name__)
Ordinal = Enum("Ordinal", [("FIRST", 10), ("SECOND", 20)])
print(Ordinal.SECOND, Ordinal(10), IntEnum("Num", {"ONE": 1, "TWO": 2}).TWO + 0)

class Mood(Enum):
    HAPPY = 3
    SAD = 1
    def describe(self):
        return "%s is %d" % (self.name, self.value)
    @classmethod
    def favorite(cls):
        return cls.HAPPY
    _ignore_ = ["tmp"]
    tmp = 5
    ZEN = None
print(Mood.HAPPY.describe(), Mood.favorite(), list(Mood), Mood(None))
print(dir(Color) == sorted(dir(Color)), sorted(n for n in dir(Color.RED) if not n.startswith("__")))
print(Color.RED.__class__.__name__, Color.__class__.__name__, enum.EnumMeta is enum.EnumType)
import pickle, copy
print(pickle.loads(pickle.dumps(Color.GREEN)) is Color.GREEN, copy.deepcopy(Prio.MID) is Prio.MID)
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
class Const(Enum):
    PI = 3.14
    _private = 1
    def method(self): pass
    name_attr = property(lambda self: "prop")
print([c.name for c in Const], Const._private if not isinstance(Const._private, Const) else "member")
print(enum.unique(Shape) is Shape, Color._member_map_.keys() == Color.__members__.keys(), Color._value2member_map_[3])
