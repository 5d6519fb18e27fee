# format() mini-language on ints: fill/align, sign, #, 0, width, grouping, types
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

vals = [0, 7, -7, 255, -255, 1234567, -1234567, 2**40]
specs = ["", "d", "5", "<6", ">6", "^7", "*^9", "0>5", "+", "-", " ", "+08", "08", "=+8", "x<8",
         "b", "#b", "o", "#o", "x", "#x", "X", "#X", "#010x", ",", "_", "_b", "_x", "#_o", ",d",
         "+,", "015,", "c", "n", "e", ".2e", "f", ".1f", "g", "%", ".1%", "E", "G", "F"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__)
    print(v, "|".join(out))
t("bool", lambda: [format(True, ""), format(True, "d"), format(False, "5"), format(True, "x")])
t("width big", lambda: len(format(1, "300")))
t("fill unicode", lambda: format(5, "中^5"))
t("fill brace", lambda: format(5, "{<4"))
t("fill zero align", lambda: format(-5, "0<6"))
t("fill zero =", lambda: format(-5, "0=6"))
t("= on str", lambda: format("a", "=5"))
t("grouping 0 width", lambda: format(1234567, "012,"))
t("grouping underscore 0", lambda: format(-1234567, "012_"))
t("x grouping", lambda: format(0xdeadbeef, "#_X"))
t("b grouping", lambda: format(255, "_b"))
t("comma on x", lambda: format(255, ",x"))
t("comma and underscore", lambda: format(1, ",_"))
t("underscore and comma", lambda: format(1, "_,"))
t("precision on int", lambda: format(1, ".2"))
t("precision on d", lambda: format(1, ".2d"))
t("bad type", lambda: format(1, "z"))
t("bad type q", lambda: format(1, "q"))
t("s on int", lambda: format(1, "s"))
t("sign on c", lambda: format(65, "+c"))
t("alt on c", lambda: format(65, "#c"))
t("c range", lambda: format(0x110000, "c"))
t("c neg", lambda: format(-1, "c"))
t("c comma", lambda: format(65, ",c"))
t("n grouping", lambda: format(1234, ",n"))
t("huge", lambda: format(10**30, ","))
t("huge x", lambda: format(-(2**100), "#x"))
t("spec not str", lambda: format(1, 5))
t("format no spec", lambda: format(12))
t("int __format__", lambda: (5).__format__("03"))
t("trailing junk", lambda: format(5, "5d5"))
t("two aligns", lambda: format(5, "<<<"))
