# format() mini-language on floats: e E f F g G % n, precision, special values
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

vals = [0.0, -0.0, 1.0, -1.5, 3.14159265, 1234567.891, 1e-7, 1.5e16, 0.5, 2.5, 1e100, 123.456]
specs = ["", "f", ".2f", "10.3f", "<10.1f", "+.1f", " .0f", "#.0f", "e", ".2e", "E", "g", ".3g",
         "#g", "G", "%", ".1%", ",.2f", "_.1f", "012.3f", "n", ".1", "15", "F", "=+10.2f", "-^12.2e"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__)
    print(repr(v), "|".join(out))
inf, nan = float("inf"), float("nan")
for v in [inf, -inf, nan]:
    print(v, "|".join(format(v, s) for s in ["", "f", "F", "e", "E", "g", "G", "%", "+", "010", "*^8", ".3"]))
t("repr-like", lambda: [format(x) for x in [0.1, 1e16, 1e-5, 123456789.0, 1.0e22]])
t("empty prec g", lambda: [format(x, ".0g") for x in [0.5, 1.5, 15.0, 0.00015]])
t("prec 0 e", lambda: format(12345.0, ".0e"))
t("big prec", lambda: format(0.1, ".25f"))
t("big prec e", lambda: format(1 / 3, ".20e"))
t("round half even", lambda: [format(x, ".0f") for x in [0.5, 1.5, 2.5, 3.5, -0.5]])
t("round 2", lambda: [format(x, ".2f") for x in [1.005, 2.675, 0.125, 0.375]])
t("int with float types", lambda: [format(7, ".2f"), format(7, "e"), format(7, "%"), format(7, "g")])
t("d on float", lambda: format(1.5, "d"))
t("x on float", lambda: format(1.5, "x"))
t("c on float", lambda: format(1.5, "c"))
t("# on float", lambda: format(1.0, "#"))
t("grouping on e", lambda: format(1234567.0, ",e"))
t("grouping big", lambda: format(1e20, ",f"))
t("underscore f", lambda: format(-1234567.25, "_f"))
t("zero pad neg", lambda: format(-1.5, "010.2f"))
t("zero pad nan", lambda: format(nan, "08.2f"))
t("sign neg zero", lambda: [format(-0.0, "+"), format(-0.0, " f"), format(-1e-10, ".1f")])
t("z option", lambda: format(-0.0, "z.1f"))
t("alt g", lambda: [format(x, "#.3g") for x in [1.0, 100.0, 1e-5]])
t("n type", lambda: [format(x, "n") for x in [1.5, 1e20, 123456.0]])
t("% type", lambda: [format(x, "%") for x in [0.5, 1.0, -0.125]])
t("float __format__", lambda: (2.5).__format__(".3f"))
t("complex", lambda: format(1 + 2j, ".1f"))
