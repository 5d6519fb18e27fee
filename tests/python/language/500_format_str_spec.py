# format mini-language on str and other objects: fill/align/precision, error messages
def f(v, spec):
    try:
        return format(v, spec)
    except Exception as e:
        return "%s(%s)" % (type(e).__name__, e)

for spec in ["", "s", "10", "<10", ">10", "^10", "^9", "*^9", "-^9", ".2", "10.2", "^10.3s", ".0", "0>5", "05", "010s",
             "=10", "+", "+10", " ", "#", ",", "_", "d", "x", "r", "10.2f", "z", ">{}", "é^7", "😀>4", "\n<4", "{<4"]:
    print(repr(spec), [f(v, spec) for v in ["abc", "", "héllo", "😀x"]])
class Plain:
    pass
class WithStr:
    def __str__(self):
        return "WS"
class WithFormat:
    def __format__(self, spec):
        return "F[%s]" % spec
class BadFormat:
    def __format__(self, spec):
        return 42
print(f(None, ""), f(None, "10"), f([1, 2], ""), f((1,), ">8"), f(WithStr(), ""), f(WithStr(), "5"), f(Plain(), "")[:7])
print(f(WithFormat(), ""), f(WithFormat(), "xyz"), f(BadFormat(), ""), f(True, ""), f(True, "d"), f(True, ">6"), f(False, "5"))
print(f(True, "x"), f(True, ".1f"), f(True, "s"), f(b"ab", ""), f(b"ab", "5"), f(1j, ""), f(range(2), ""), f(type, ""))
print(format("x"), format(5), format(1.5), f("x", None), f("x", 5), f(5, b"d"))
print("{:>6}|{:^6}|{:<6}|{:*^6}".format("a", "b", "c", "d"), "{0:.{1}}".format("abcdef", 3), "{:{}{}{}}".format("x", "-", "^", 5))
print(f"{'abc':.1}", f"{'abc':>{5}}", f"{'abc'!r:>8}", f"{'é'!a:^8}", f"{None!s:>6}")
