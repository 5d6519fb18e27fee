# float.hex() and float.fromhex() over many values
def t(f):
    try:
        return repr(f())
    except Exception as e:
        return "%s(%s)" % (type(e).__name__, e)

vals = [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 1/3, 2.0**-1022, 2.0**-1074, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        float("inf"), float("-inf"), float("nan"), 1e16, 123.456, 2.0**52, 2.0**53 + 2, 3.0, 0.75, 1023.9999]
for v in vals:
    h = v.hex()
    back = float.fromhex(h)
    print(repr(v), h, repr(back), back == v or (v != v and back != back))
for s in ["0x1p0", "0x1P+0", "1p0", "0x.8p1", "0x1.p1", "-0x1.8p1", "  0x1p-2  ", "0xAp0", "0x1.fffffffffffffp1023",
          "0x1.fffffffffffff8p1023", "0x2p1023", "0x1p1024", "0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x0.0000000000001p-1022",
          "inf", "-Infinity", "nan", "NaN", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1", "0x", "", "0x1p", "1.5",
          "0x1.5e", "0x_1p0", "0x1p+", "0x10000000000000000000p-80", "0x.0000000000000000000001p88", "  -0x0p0"]:
    print(repr(s), t(lambda: float.fromhex(s)))
class F(float):
    pass
print(type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"), t(lambda: float.fromhex(1)), t(lambda: (1.5).hex(1)))
