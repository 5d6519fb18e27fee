# %-formatting: conversion types
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t("%s", lambda: "%s|%s|%s|%s" % ("str", 42, 3.5, None))
t("%s list", lambda: "%s" % ([1, "a"],))
t("%s tuple arg", lambda: "%s" % ((1, 2),))
t("%r", lambda: "%r %r %r" % ("a'b", 1.0, [None]))
t("%a", lambda: "%a" % "é中")
t("%d", lambda: "%d %d %d %d" % (42, -7, 3.99, True))
t("%i", lambda: "%i %i" % (0, -2.5))
t("%d big", lambda: "%d" % 2**70)
t("%x", lambda: "%x %X %x" % (255, 255, -255))
t("%o", lambda: "%o %o" % (8, -8))
t("%e", lambda: "%e %E %e" % (12345.678, 0.000123, 0))
t("%f", lambda: "%f %F %f" % (3.14159, 2.5, -0.0))
t("%g", lambda: "%g %G %g %g %g" % (0.0001, 1e-5, 123456, 1234567, 1.5))
t("%c", lambda: "%c%c%c" % ("a", 98, 0x1F600))
t("%%", lambda: "100%% %s%%" % 5)
t("%f inf", lambda: "%f %f %e %g" % (float("inf"), float("-inf"), float("nan"), float("inf")))
t("%F inf", lambda: "%F %E" % (float("inf"), float("nan")))
t("single not tuple", lambda: "%s" % "x")
t("single int", lambda: "%d" % 5)
t("no args empty tuple", lambda: "plain" % ())
t("dict unused", lambda: "plain" % {"a": 1})
t("%x float", lambda: "%x" % 3.5)
t("%o float", lambda: "%o" % 8.0)
t("%d str", lambda: "%d" % "5")
t("%f str", lambda: "%f" % "1.5")
t("%c str long", lambda: "%c" % "ab")
t("%c big", lambda: "%c" % 0x110000)
t("%c float", lambda: "%c" % 65.0)
t("too few", lambda: "%s %s" % ("a",))
t("too many", lambda: "%s" % ("a", "b"))
t("not all converted", lambda: "x" % 5)
t("bad char", lambda: "%y" % 5)
t("bad char upper", lambda: "%Q" % 5)
t("incomplete", lambda: "abc %" % ())
t("incomplete2", lambda: "%-" % 5)
t("list arg", lambda: "%s" % [1, 2])
t("%s of class", lambda: "%s|%r" % (C(), C()))
class C:
    def __str__(self):
        return "C-str"
    def __repr__(self):
        return "C-repr"
t("%s of class", lambda: "%s|%r" % (C(), C()))
class I:
    def __index__(self):
        return 10
class F:
    def __float__(self):
        return 2.5
class N:
    def __int__(self):
        return 3
t("%x index", lambda: "%x %o" % (I(), I()))
t("%f float", lambda: "%f" % F())
t("%d int", lambda: "%d" % N())
t("%d float obj", lambda: "%d" % F())
t("%c index", lambda: "%c" % I())
