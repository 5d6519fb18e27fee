# bytes % args (PEP 461) and bytearray % args.


class Idx:
    def __index__(self):
        return 7


class HasBytes:
    def __bytes__(self):
        return b"<HB>"


class BadBytes:
    def __bytes__(self):
        return "not bytes"


class IntLike:
    def __int__(self):
        return 42


class FloatLike:
    def __float__(self):
        return 2.5


class R:
    def __repr__(self):
        return "R(\xe9)"


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


for T in (bytes, bytearray):
    print("==", T.__name__)
    show("d", lambda: T(b"%d %i %u") % (1, -2, 3))
    show("d width", lambda: T(b"[%5d] [%-5d] [%05d] [%+d] [% d]") % (42, 42, -42, 7, 7))
    show("d prec", lambda: T(b"%.3d|%8.4d") % (5, -12))
    show("d float", lambda: T(b"%d") % 3.99)
    show("d bool", lambda: T(b"%d %d") % (True, False))
    show("d big", lambda: T(b"%d") % (2**100))
    show("d IntLike", lambda: T(b"%d") % IntLike())
    show("d Idx", lambda: T(b"%d") % Idx())
    show("d str", lambda: T(b"%d") % "x")
    show("d bytes", lambda: T(b"%d") % b"x")
    show("x", lambda: T(b"%x %X %#x %#X %o %#o") % (255, 255, 255, 255, 8, 8))
    show("x neg", lambda: T(b"%x %#o") % (-255, -8))
    show("x float", lambda: T(b"%x") % 3.0)
    show("x Idx", lambda: T(b"%x") % Idx())
    show("x str", lambda: T(b"%x") % "a")
    show("f", lambda: T(b"%f %.2f %e %g %G %E %10.3f|%-10.1f|") % (1.5, 2.345, 12345.678, 0.0001, 1e20, 3.0, 3.14159, 2.0))
    show("f int", lambda: T(b"%.1f") % 3)
    show("f FloatLike", lambda: T(b"%.1f") % FloatLike())
    show("f str", lambda: T(b"%f") % "1")
    show("f inf", lambda: T(b"%f %F %e") % (float("inf"), float("-inf"), float("nan")))
    show("s bytes", lambda: T(b"[%s] [%5s] [%-5s] [%.2s]") % (b"abc", b"ab", bytearray(b"ab"), b"xyz"))
    show("s memoryview", lambda: T(b"%s") % memoryview(b"mv"))
    show("s __bytes__", lambda: T(b"%s") % HasBytes())
    show("s bad __bytes__", lambda: T(b"%s") % BadBytes())
    show("s str", lambda: T(b"%s") % "text")
    show("s int", lambda: T(b"%s") % 5)
    show("b", lambda: T(b"%b|%4b") % (b"x", b"y"))
    show("b str", lambda: T(b"%b") % "x")
    show("r", lambda: T(b"%r %r %r") % ("\xe9", b"b", R()))
    show("a", lambda: T(b"%a %5a|%-5a|%.3a") % ("\xe9", 1, 2, "abcdef"))
    show("c int", lambda: T(b"%c%c%c") % (65, 0, 255))
    show("c bytes", lambda: T(b"%c%c") % (b"x", bytearray(b"y")))
    show("c width", lambda: T(b"[%3c] [%-3c]") % (65, b"B"))
    show("c 256", lambda: T(b"%c") % 256)
    show("c -1", lambda: T(b"%c") % -1)
    show("c long bytes", lambda: T(b"%c") % b"xy")
    show("c str", lambda: T(b"%c") % "x")
    show("c float", lambda: T(b"%c") % 1.0)
    show("c Idx", lambda: T(b"%c") % Idx())
    show("percent", lambda: T(b"100%% %d%%") % 5)
    show("percent alone", lambda: T(b"%%") % ())
    show("mapping", lambda: T(b"%(a)s-%(b)d") % {b"a": b"A", b"b": 2})
    show("mapping str key", lambda: T(b"%(a)s") % {"a": b"A"})
    show("mapping not dict", lambda: T(b"%(a)s") % (1,))
    show("mapping incomplete", lambda: T(b"%(a") % {b"a": 1})
    show("star", lambda: T(b"[%*d] [%-*d] [%.*f]") % (5, 1, 4, 2, 2, 3.14159))
    show("star bad", lambda: T(b"%*d") % ("a", 1))
    show("too few", lambda: T(b"%d %d") % (1,))
    show("too many", lambda: T(b"%d") % (1, 2))
    show("single nontuple", lambda: T(b"%s") % b"one")
    show("no conversions, arg", lambda: T(b"abc") % 5)
    show("no conversions, bytes arg", lambda: T(b"abc") % b"x")
    show("no conversions, empty tuple", lambda: T(b"abc") % ())
    show("no conversions, dict", lambda: T(b"abc") % {})
    show("no conversions, list", lambda: T(b"abc") % [])
    show("unsupported", lambda: T(b"%y") % 1)
    show("incomplete", lambda: T(b"abc %") % 1)
    show("incomplete 2", lambda: T(b"%5") % 1)
    show("length mod", lambda: T(b"%ld %hd %Ld") % (1, 2, 3))
    show("tuple arg", lambda: T(b"%s") % ((1, 2),))
    show("nontext rest", lambda: T(b"\x00\xff%d\x80") % 1)
    show("width digits overflow", lambda: T(b"%99999999999999999999d") % 1)
    show("prec digits overflow", lambda: T(b"%.3000000000d") % 1)
    show("star width huge", lambda: T(b"%*d") % (2**70, 1))
    show("star prec huge", lambda: T(b"%.*d") % (2**40, 1))
    show("star prec negative", lambda: T(b"%.*d|") % (-3, 1))
    show("star width negative", lambda: T(b"%*d|") % (-3, 1))
    show("star float", lambda: T(b"%*s") % (1.0, b"a"))
    show("percent after width", lambda: T(b"%5%") % (1,))
    show("percent after width no args", lambda: T(b"%5%") % ())
    show("key then positional", lambda: T(b"%(a)s %s") % {b"a": b"1"})
    show("positional then key", lambda: T(b"%s %(a)s") % {b"a": b"1"})
    show("nested key parens", lambda: T(b"%((a))s") % {b"(a)": b"n"})
    show("unclosed nested key", lambda: T(b"%((a)s") % {b"(a": 1})
    show("key bad value", lambda: T(b"%(a)d") % {b"a": "x"})
    show("key no conversion", lambda: T(b"%(x)") % {b"x": 1})
    show("flags", lambda: T(b"%-05d|%#5x|%#-8o|%+x|% 05d|%+05d|%0*d") % (3, 10, 8, 255, 3, 3, 5, -3))
    show("alt prec", lambda: T(b"%#.3x|%+.2e|% f|%#g|%#.0f|%.0e|%.0g|%g") % (10, 1.5, 1.5, 1.0, 2.0, 12345.0, 0.5, 1e-5))
    show("alt zero neg", lambda: T(b"%#010x|%#-10X|%#010o") % (-255, 255, -8))
    show("float huge int", lambda: T(b"%f") % 2**2000)
    show("d inf", lambda: T(b"%d") % float("inf"))
    show("d nan", lambda: T(b"%i") % float("nan"))
    show("d big float", lambda: T(b"%u") % 1e30)
    show("complex d", lambda: T(b"%d") % 1j)
    show("complex f", lambda: T(b"%f") % 1j)
    show("complex x", lambda: T(b"%x") % 1j)
    show("s None", lambda: T(b"%s") % None)
    show("s list", lambda: T(b"%s") % [])
    show("c True", lambda: T(b"%c") % True)
    show("c empty bytearray", lambda: T(b"%c") % bytearray())
    show("c huge", lambda: T(b"%c") % 2**100)
    show("s prec width", lambda: T(b"%5.1s|%-4.2r|") % (b"abc", "xyz"))
    show("a bytes", lambda: T(b"%a %r") % (b"\xff", bytearray(b"q")))
    show("mv args mapping", lambda: T(b"abc") % memoryview(b""))
    show("two from mv", lambda: T(b"%s %s") % memoryview(b"ab"))
    show("result type", lambda: type(T(b"%d") % 1).__name__)
    show("rmod", lambda: T(b"x").__rmod__(b"%s"))
    show("mod str", lambda: T(b"%s").__mod__(1))
show("str % bytes", lambda: "%s" % b"x")
show("bytes % via str", lambda: b"%s" % "x")
show("int % bytes", lambda: 5 % b"x")
show("bytes subclass", lambda: type(type("B", (bytes,), {})(b"%d") % 1).__name__)
