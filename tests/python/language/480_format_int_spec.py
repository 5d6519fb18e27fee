# format mini-language on ints: every type code with fill/align/sign/#/0/width/grouping
def f(v, spec):
    try:
        return format(v, spec)
    except Exception as e:
        return "%s(%s)" % (type(e).__name__, e)

values = [0, 7, -7, 255, -255, 123456789, -2**70, True]
specs = ["", "d", "b", "o", "x", "X", "c", "n", "#b", "#o", "#x", "#X", "+d", " d", "-d", "08d", "+08d", "-08d", " 08d",
         "#010x", "#010b", "#o", "=+10d", "*^11d", "0<6d", "0>6", "x^+9", "_>8x", ",d", "_d", "_b", "_x", "_o", "_X", "#_b",
         ",", "010,", "015,d", "015_x", "#015_x", "<8", ">8", "^8", "=8", "+", "12", "e", ".2e", "f", ".3f", "g", "%",
         ".1%", "E", "F", "G", ",.2f", "_.1f", "+.0e", "=^5", "s", ".2", ",x", ",b", "_n", "#c", "+c", "z", "z,d", "#"]
for spec in specs:
    print(repr(spec), [f(v, spec) for v in values])
for v in [0, 1, 65, 0x263a, 0x1f600, 0x10ffff, 0x110000, -1]:
    print(v, f(v, "c"), f(v, ">3c"), f(v, "<3c"))
print(f(10**30, ","), f(10**30, "_"), f(-10**30, "+,"), f(10**30, "_x"), f(2**100, "#_b")[:30], f(10**30, "050,"))
print(f(1234, "0=10,"), f(1234, "*=10,"), f(-1234, "0=10_"), f(1234, "010_"), f(1234, "09,"), f(1234, "08,"), f(-1234, "08,"))
print(f(5, "%-3d"), f(5, "5.3d"), f(5, "-"), f(5, "0"), f(5, "00"), f(5, "+-d"), f(5, ",_d"), f(5, "_,d"))
