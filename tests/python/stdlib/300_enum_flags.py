# enum: Flag/IntFlag combinations, reprs, iteration, boundaries, membership, verify
import enum
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(Perm.R, repr(Perm.R), Perm.R | Perm.W, repr(Perm.R | Perm.W), repr(Perm(0)), Perm(0), Perm(6))
print(list(Perm), list(Perm.R | Perm.X), list(Perm.RWX), len(Perm.RWX), len(Perm(0)), Perm.RWX.name, (Perm.R | Perm.W).name)
print(Perm.R in Perm.RWX, Perm.RWX in Perm.R, Perm.W & Perm.RWX, Perm.RWX ^ Perm.W, ~Perm.R, ~Perm.RWX, ~Perm(0))
print(bool(Perm(0)), bool(Perm.X), (Perm.R | Perm.W).value, Perm(7) is Perm.RWX, Perm.R | Perm.W | Perm.X)
try:
    Perm(8)
except ValueError as e:
    print("ValueError", e)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError", e)

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print([c.value for c in Color], Color.WHITE, repr(Color.RED | Color.BLUE), str(Color.GREEN | Color.BLUE), Color(5))
print(format(Color.RED | Color.GREEN), f"{Color.BLUE}", Color.WHITE & ~Color.RED, sorted(m.name for m in Color.__members__.values()))

class Open(IntFlag):
    RDONLY = 0
    WRONLY = 1
    RDWR = 2
    APPEND = 8
    CREAT = 64
mode = Open.WRONLY | Open.CREAT
print(mode, repr(mode), int(mode), mode == 65, mode & 1, isinstance(mode, int), Open.RDONLY, repr(Open(0)))
print(Open(3), repr(Open(3)), repr(Open(128)), repr(Open(64 | 256)), Open.APPEND + 1, Open.APPEND | 1, repr(Open.APPEND | 16))
print(repr(~Open.WRONLY), repr(Open.CREAT ^ 64), Open.CREAT in mode, list(Open(11)), f"{mode}", f"{mode:5d}")

class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2
class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2
class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2
class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2
try:
    Strict(7)
except ValueError as e:
    print("ValueError", e)
print(repr(Conform(7)), repr(Eject(7)), type(Eject(7)).__name__, repr(Keep(7)), repr(Keep(4)), Open._boundary_, Perm._boundary_)

class Weekday(Flag):
    MON = auto(); TUE = auto(); WED = auto(); THU = auto(); FRI = auto(); SAT = auto(); SUN = auto()
    WEEKEND = SAT | SUN
    WEEKDAYS = MON | TUE | WED | THU | FRI
print(Weekday.WEEKEND, repr(Weekday.MON | Weekday.SUN), list(Weekday.WEEKDAYS)[:2], Weekday(96) is Weekday.WEEKEND, len(Weekday))
print([d.name for d in Weekday], list(Weekday.__members__)[-2:], Weekday.MON | Weekday.TUE | Weekday.WED)
print((Weekday.WEEKDAYS | Weekday.WEEKEND).name, repr(~Weekday.WEEKEND), Weekday.SAT in Weekday.WEEKEND)

try:
    @enum.verify(enum.CONTINUOUS)
    class Gaps(enum.IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print("ValueError", e)
try:
    @enum.verify(enum.NAMED_FLAGS)
    class Unnamed(Flag):
        A = 1
        AC = 5
except ValueError as e:
    print("ValueError", e)
print(enum.show_flag_values(13) if hasattr(enum, "show_flag_values") else "", Perm.R._value_, Perm._member_names_, Color._flag_mask_ if hasattr(Color, "_flag_mask_") else "")
class Empty(Flag):
    pass
print(list(Empty), Empty.__members__ == {})
class Mixed(IntFlag):
    A = auto()
    B = auto()
print(Mixed.A | 4, repr(Mixed(7)), Mixed(7).name, [m for m in Mixed(7)])
