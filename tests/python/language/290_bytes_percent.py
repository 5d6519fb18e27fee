# %-formatting of bytes and bytearray with every conversion
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
        return
    print(label, repr(r))

class HasBytes:
    def __bytes__(self):
        return b"<HB>"
class HasIndex:
    def __index__(self):
        return 65
t("s bytes", lambda: b"[%s]" % b"abc")
t("s bytearray", lambda: b"[%s]" % bytearray(b"ba"))
t("s memoryview", lambda: b"[%s]" % memoryview(b"mv"))
t("s __bytes__", lambda: b"[%s]" % HasBytes())
t("s str", lambda: b"[%s]" % "str")
t("s int", lambda: b"[%s]" % 5)
t("b", lambda: b"%b|%b" % (b"x", bytearray(b"y")))
t("b width", lambda: b"%5b|%-5b|%.2b" % (b"ab", b"cd", b"efgh"))
t("r", lambda: b"%r" % "é")
t("a", lambda: b"%a|%a" % ("é", b"x"))
t("r list", lambda: b"%r" % ([1, "a"],))
t("d i u", lambda: b"%d %i %u" % (1, -2, 3))
t("d float", lambda: b"%d" % 3.99)
t("d str", lambda: b"%d" % "3")
t("xXo", lambda: b"%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8))
t("x float", lambda: b"%x" % 1.5)
t("x index", lambda: b"%x %c" % (HasIndex(), HasIndex()))
t("efg", lambda: b"%e %E %f %F %g %G" % (1234.5, 1234.5, 1.5, float("inf"), 1e-5, 1e20))
t("precision", lambda: b"%.2f %.0e %.3g %10.4f %-10.1f|" % (3.14159, 31415.9, 0.00012345, 2.5, 2.5))
t("flags", lambda: b"%+d % d %05d %-5d| %+05d %#5x" % (5, 5, 5, 5, -5, 10))
t("star", lambda: b"%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
t("c int", lambda: b"%c%c%c" % (72, 105, 33))
t("c bytes", lambda: b"%c" % b"z")
t("c bytearray", lambda: b"%c" % bytearray(b"q"))
t("c 256", lambda: b"%c" % 256)
t("c str", lambda: b"%c" % "a")
t("c long bytes", lambda: b"%c" % b"ab")
t("percent", lambda: b"100%% %d%%" % 5)
t("dict", lambda: b"%(a)s-%(b)d" % {b"a": b"A", b"b": 2})
t("dict str keys", lambda: b"%(a)s" % {"a": b"A"})
t("too few", lambda: b"%s %s" % b"a")
t("too many", lambda: b"%s" % (b"a", b"b"))
t("bad char", lambda: b"%y" % 1)
t("incomplete", lambda: b"abc%" % ())
t("bytearray fmt", lambda: bytearray(b"%s-%d") % (b"x", 1))
t("bytearray type", lambda: type(bytearray(b"%s") % b"x").__name__)
t("tuple arg", lambda: b"%s" % ((b"a", b"b"),))
t("no args", lambda: b"plain" % ())
t("mapping no fmt", lambda: b"plain" % {})
t("rmod", lambda: b"x".__rmod__(b"%s"))
t("str mod bytes", lambda: "%s" % b"x")
t("mod not bytes", lambda: b"%s" % [b"x"])
