def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
t(lambda: (chr(65), chr(0), chr(127), chr(955), chr(0x1F600), chr(0x10FFFF)))
t(lambda: chr(-1))
t(lambda: chr(0x110000))
t(lambda: chr(65.0))
t(lambda: chr("A"))
t(lambda: (ord("a"), ord("\n"), ord("λ"), ord("😀"), ord(b"A"), ord(bytearray(b"z"))))
t(lambda: ord("ab"))
t(lambda: ord(""))
t(lambda: ord(5))
t(lambda: (hex(0), hex(255), hex(-255), hex(2 ** 64), oct(8), oct(-8), oct(0), bin(0), bin(5), bin(-5), bin(2 ** 40)))
t(lambda: hex(1.5))
t(lambda: bin("1"))
class Idx:
    def __index__(self):
        return 10
t(lambda: (hex(Idx()), oct(Idx()), bin(Idx()), hex(True)))
# format
t(lambda: (format(3.14159, ".2f"), format(42), format(42, "5d"), format(42, "<5"), format(42, "^7"), format(42, "*>6")))
t(lambda: (format(255, "x"), format(255, "#X"), format(8, "o"), format(5, "08b"), format(1234567, ","), format(1234567, "_")))
t(lambda: (format(0.5, "%"), format(1e6, "e"), format(1e6, "g"), format(-1.5, "+.1f"), format(3, "+d"), format(3, " d")))
t(lambda: (format("ab", ">4"), format("ab", "<4") + "|", format("abc", ".2"), format("x", "^5")))
t(lambda: (format(None), format(True), format([1, 2]), format(1.0), format(1e20), format(1e-5)))
t(lambda: format(3, "s"))
t(lambda: format("s", "d"))
t(lambda: format(1.5, "d"))
class F:
    def __format__(self, spec):
        return "F<" + spec + ">"
t(lambda: (format(F(), "xyz"), format(F()), f"{F():abc}", "{:q}".format(F())))
# repr / ascii / str
t(lambda: (repr("a'b"), repr('a"b'), repr("a'\"b"), repr("\t\n\\"), repr("\x00\x7f"), repr("é"), repr("\u200b")))
t(lambda: (ascii("é"), ascii("abc"), ascii("λ😀"), ascii(["é", 1]), ascii("\x7f"), ascii(b"\xff")))
t(lambda: (repr(1.0), repr(0.1), repr(1e16), repr(-0.0), repr(float("nan")), repr(1e-7), repr(123456789.0)))
t(lambda: (repr(None), repr(True), repr(...), repr(NotImplemented), repr(int), repr(str), repr(type)))
class Rp:
    def __repr__(self):
        return "Rp()"
class RpBad:
    def __repr__(self):
        return 5
t(lambda: (repr(Rp()), str(Rp()), ascii(Rp()), [Rp()]))
t(lambda: repr(RpBad()))
t(lambda: str(RpBad()))
class StrOnly:
    def __str__(self):
        return "only-str"
t(lambda: (str(StrOnly()), "%s" % StrOnly(), f"{StrOnly()}", format(StrOnly())))
