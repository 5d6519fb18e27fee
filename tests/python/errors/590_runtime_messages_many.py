# Many runtime error messages caught at once, plus exception chaining attributes and SystemExit codes.
import sys
import math

class Box:
    limit = 3
    def __init__(self):
        self.items = [1, 2]

NONE = None
FIVE = 5
ONE_LIST = [1]
ABC = "abc"
S = "s"

def nested_unpack():
    a, b = [1, 2, 3]

cases = [
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: 1.5 // 0.0,
    lambda: 2.5 % 0,
    lambda: divmod(1, 0),
    lambda: divmod(1.0, 0.0),
    lambda: 0 ** -1,
    lambda: 0.0 ** -1,
    lambda: 10.0 ** 400,
    lambda: float(10 ** 400),
    lambda: math.sqrt(-1),
    lambda: int(float("inf")),
    lambda: int(float("nan")),
    lambda: 1 << -1,
    lambda: {"a": 1}["b"],
    lambda: {1: 2}[(1, 2)],
    lambda: {}[None],
    lambda: [1, 2][5],
    lambda: [][-1],
    lambda: (1,)[2],
    lambda: "abc"[10],
    lambda: ONE_LIST["a"],
    lambda: ABC[1.0],
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: [1, 2].remove(3),
    lambda: [1, 2].index(3),
    lambda: "abc".index("z"),
    lambda: Box().missing,
    lambda: Box.missing,
    lambda: math.nope,
    lambda: sys.nope,
    lambda: (5).real.nope,
    lambda: None.x,
    lambda: "s".append,
    lambda: nested_unpack(),
    lambda: [x for x, y in [(1, 2), (3,)]],
    lambda: undefined_global,
    lambda: NONE[0],
    lambda: FIVE[0],
    lambda: Box()[0],
    lambda: NONE(),
    lambda: S(),
    lambda: Box()(),
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: "a" * "b",
    lambda: "a" * 1.5,
    lambda: -"a",
    lambda: ~1.5,
    lambda: 1 < "a",
    lambda: [1] < (1,),
    lambda: None > None,
    lambda: len(Box()),
    lambda: next(iter([])),
    lambda: next(x for x in ()),
    lambda: "a" * (10 ** 12),
    lambda: [0, 0] * (10 ** 12),
    lambda: hash({}),
    lambda: {[]: 1},
    lambda: {[1]},
    lambda: int("0x1f", 16) + int("z", 36) + int("12_", 10),
    lambda: "{} {}".format(1),
    lambda: "{0} {x}".format(1),
    lambda: "%d" % "a",
    lambda: "%s %s" % (1,),
    lambda: "%s" % (1, 2),
]
for i, case in enumerate(cases):
    try:
        r = case()
        print(i, "ok", r)
    except Exception as e:
        print(i, type(e).__name__, e)

for code in ["fatal", 2, None, 0, (1, 2)]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)
try:
    assert 1 > 2, "one is not greater: %d" % 1
except AssertionError as e:
    print("AssertionError", e, e.args)
try:
    assert [], [1, 2]
except AssertionError as e:
    print("AssertionError", e.args)
try:
    try:
        {}["k"]
    except KeyError as inner:
        raise ValueError("outer") from inner
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("second")
except TypeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("third") from None
except TypeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
class MyErr(Exception):
    def __init__(self, code, *rest):
        super().__init__(code, *rest)
        self.code = code
    def __str__(self):
        return "MyErr code=%d" % self.code
try:
    raise MyErr(7, "x")
except MyErr as e:
    print(e, e.args, repr(e), e.code)
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
print(repr(OSError(2, "nf")), str(UnicodeError()), repr(StopIteration(5).value))
