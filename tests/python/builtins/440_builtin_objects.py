def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
# builtin functions as objects
t(lambda: (repr(len), repr(print), len.__name__, type(len).__name__, callable(len)))
t(lambda: (repr(abs), str(max), sorted.__name__, type(sorted) is type(len)))
t(lambda: ([].append.__name__, type([].append).__name__, repr(list.append), repr(dict.get)))
t(lambda: (repr(int), repr(list), repr(object), repr(Exception), repr(type(None))))
f = len
t(lambda: (f("abc"), list(map(len, ["a", "bb"])), sorted(["bb", "a"], key=len)))
# builtins module access
import sys
t(lambda: (type(__builtins__).__name__ in ("module", "dict")))
b = __builtins__ if isinstance(__builtins__, dict) else vars(__builtins__)
t(lambda: (b["len"] is len, b["True"], "print" in b, b["None"] is None))
# shadowing a builtin
len = lambda x: "shadowed"
t(lambda: len([1, 2]))
del len
t(lambda: len([1, 2]))
def uses_max():
    max = min
    return max(3, 1)
t(lambda: uses_max())
# bool / int / float / str constructors
t(lambda: (bool(), bool(0), bool(0.0), bool(""), bool([]), bool(None), bool("0"), bool([0]), bool(-1)))
t(lambda: (int(), int(3.9), int(-3.9), int("  -12 "), int("0x1f", 16), int("1f", 16), int("0b101", 0), int("1_000"), int(True)))
t(lambda: (int("z", 36), int("077", 8), int("0o77", 0), int(" 1 "), int("-0")))
t(lambda: int("0x1f"))
t(lambda: int("1__0"))
t(lambda: int(float("inf")))
t(lambda: int(float("nan")))
t(lambda: (float(), float("  2.5  "), float("-inf"), float("1e3"), float(3), float("1_0.5"), float("+.5")))
t(lambda: (str(), str(1), str(1.25), str([1, "a"]), str(None), str(b"x"), str(b"x", "ascii")))
class Tr:
    def __bool__(self):
        return False
class TL:
    def __len__(self):
        return 0
class BadBool:
    def __bool__(self):
        return 1
t(lambda: (bool(Tr()), bool(TL()), not Tr(), "yes" if TL() else "no"))
t(lambda: bool(BadBool()))
class I:
    def __int__(self):
        return 7
    def __index__(self):
        return 8
class Fl:
    def __float__(self):
        return 2.5
t(lambda: (int(I()), [1, 2, 3, 4, 5, 6, 7, 8, 9][I()], float(Fl()), hex(I())))
t(lambda: int(Fl()))
