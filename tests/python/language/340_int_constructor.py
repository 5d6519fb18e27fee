# int(): bases, prefixes, underscores, whitespace, and conversion fallbacks
def t(f):
    try:
        return repr(f())
    except Exception as e:
        return "%s(%s)" % (type(e).__name__, e)

for s in ["0", "-0", "+7", " 12 ", "\t-3\n", "1_000", "1__0", "_1", "1_", "0x1f", "0X1F", "0o17", "0b101", "0b", "00", "007",
          "1e3", "1.0", "", " ", "٣", "１２", "0_0", "-_1", "+-1", "99999999999999999999999"]:
    print(repr(s), t(lambda: int(s)), t(lambda: int(s, 0)), t(lambda: int(s, 16)))
for base in [2, 8, 10, 16, 36, 0]:
    print(base, [t(lambda: int(s, base)) for s in ["101", "z", "Z9", "0b11", "0o7", "0x_f", "-0x10", "1_0"]])
print(t(lambda: int("10", 1)), t(lambda: int("10", 37)), t(lambda: int("10", -1)), t(lambda: int(10, 2)), t(lambda: int("10", base=3)))
print(t(lambda: int(b"42")), t(lambda: int(bytearray(b" 7 "))), t(lambda: int(b"0x10", 0)), t(lambda: int(b"\xff")))
print(t(lambda: int(3.99)), t(lambda: int(-3.99)), t(lambda: int(1e20)), t(lambda: int(float("inf"))), t(lambda: int(float("nan"))))
print(t(lambda: int(True)), t(lambda: int()), t(lambda: int(None)), t(lambda: int([1])), t(lambda: int(1j)), t(lambda: int(x=1)))
class WithInt:
    def __int__(self):
        return 42
class WithIndex:
    def __index__(self):
        return 7
class BadInt:
    def __int__(self):
        return "x"
class IntSub(int):
    pass
class ReturnsSub:
    def __int__(self):
        return IntSub(5)
print(t(lambda: int(WithInt())), t(lambda: int(WithIndex())), t(lambda: int(BadInt())), t(lambda: type(int(ReturnsSub())).__name__))
print(t(lambda: int(IntSub(9))), t(lambda: type(int(IntSub(9))).__name__), t(lambda: IntSub("12", 8)), t(lambda: type(IntSub(3) + 1).__name__))
class S(str):
    pass
print(t(lambda: int(S("15"))), t(lambda: int(S("f"), 16)), t(lambda: int("1" * 50)), t(lambda: int("-" + "9" * 30, 36)))
print(t(lambda: int("0x", 16)), t(lambda: int("0x1", 10)), t(lambda: int("1 2")), t(lambda: int("1\x00")))
