# format() protocol: __format__ dispatch, subclasses, error messages per type
def f(v, spec=""):
    try:
        return repr(format(v, spec))
    except Exception as e:
        return "%s(%s)" % (type(e).__name__, e)

class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1]) + "°F"
        return format(self.c, spec) + "°C"
t = Temp(21.5)
print(f(t), f(t, ".0f"), f(t, ".1F"), "{:>6.1f}".format(t), f"{t:F}", "%s" % "x")
class MyInt(int):
    pass
class MyFloat(float):
    def __format__(self, spec):
        return "MF" + super().__format__(spec)
class MyStr(str):
    def __str__(self):
        return "overridden"
print(f(MyInt(5), "03d"), f(MyFloat(1.5), ".2f"), f(MyStr("abc"), ""), f(MyStr("abc"), ">5"), str(MyStr("abc")), "{}".format(MyStr("q")), f"{MyStr('q')}")
for v in [1, 1.5, "s", 1j, None, [1], True]:
    print(type(v).__name__, [f(v, spec) for spec in ["q", "=5", ",s", ".2d", "#s", "+s", "5.5c", "_c"]])
class NoFormat:
    def __repr__(self):
        return "NF"
print(f(NoFormat()), f(NoFormat(), "x"), f(object(), "5"), f(type("T", (), {})(), "s"))
class RaisesFormat:
    def __format__(self, spec):
        raise KeyError(spec)
print(f(RaisesFormat(), "k"))
try:
    "{}".format(RaisesFormat())
except KeyError as e:
    print("KeyError", e)
class ReturnsSub:
    def __format__(self, spec):
        return MyStr("sub")
r = format(ReturnsSub())
print(type(r).__name__, r)
print(f(1.0, "n"), f(1234567, "n"), f(1234567.0, "n"), f(0.1, ".3n"), f(-0.0, "n"))
print(int.__format__(5, "x"), float.__format__(1.5, ".0f"), str.__format__("a", "^3"), object.__format__(NoFormat(), ""))
print(f(5, 5), f(2 ** 200, "e"), f(2 ** 200, ".3g"), f(2 ** 200, "%")[:10], f(10 ** 400, "e"))
