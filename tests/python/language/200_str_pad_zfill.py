# zfill with signs, center parity with fillchar, ljust/rjust fillchar rules
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
        return
    print(label, repr(r))

for s in ["", "+", "-", "7", "+7", "-7", "++7", "-+7", "+-", "abc", "-abc", " -7", "1.5", "-0.5e3", "٣", "-٣", "−5"]:
    print(repr(s), [s.zfill(w) for w in (0, 1, 2, 3, 5)])
for s in ["", "a", "ab", "abc", "abcd"]:
    print(repr(s), [s.center(w, "*") for w in range(0, 8)])
for s in ["x", "xy"]:
    print([s.center(w, "é") for w in (3, 4, 5)], [s.ljust(w, "😀") for w in (2, 4)], [s.rjust(w, "中") for w in (3,)])
class S(str):
    pass
for m in ("center", "ljust", "rjust", "zfill"):
    r = getattr(S("ab"), m)(2)
    r2 = getattr(S("ab"), m)(4)
    print(m, type(r).__name__, type(r2).__name__, repr(r2))
t("center fill 2", lambda: "a".center(5, "xy"))
t("center fill int", lambda: "a".center(5, 1))
t("center fill bytes", lambda: "a".center(5, b"x"))
t("ljust float", lambda: "a".ljust(5.0))
t("rjust neg", lambda: "a".rjust(-5))
t("zfill neg", lambda: "-5".zfill(-3))
t("zfill float", lambda: "5".zfill(3.0))
t("zfill two", lambda: "5".zfill(3, 4))
t("zfill none", lambda: "5".zfill())
t("center index obj", lambda: "a".center(True + True + True, "_"))
t("big width", lambda: len("a".ljust(10000)))
t("huge width", lambda: "a".ljust(2**63))
t("format zfill parity", lambda: ["%05d" % -3, format(-3, "05"), "-3".zfill(5), format("-3", "0>5")])
