# repr/str of floats: shortest round-trip, exponent thresholds, computed values
vals = [1e16, 1e15, 9999999999999998.0, 1e-5, 1e-4, 0.0001, 0.00001234, 0.1 + 0.2, 0.3, 1 / 3, 2 / 3, 1e22, 1e23, 5e-324,
        1.7976931348623157e308, 2.2250738585072014e-308, -0.0, 123456789012345678.0, 1234567890123456.7, 0.1 * 3, 1.1 * 1.1,
        100.0, 1e100, 1.5e-7, 4.35, 0.000001, 1e-7, 12345.678e10, float("inf"), -float("inf"), float("nan"), 2.0 ** 0.5,
        9007199254740993.0, 4.9406564584124654e-324, 0.1 ** 10, 1e21 + 1, 10.0 ** 15, 10.0 ** 16, 10.0 ** -4, 10.0 ** -5]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v or v != v)
acc = 0.0
for i in range(20):
    acc += 0.1
print(repr(acc), acc == 2.0, round(acc, 10), sum([0.1] * 20), 0.1 * 20)
x = 1.0
for i in range(12):
    x /= 7
    print(repr(x), end=" ")
print()
print([repr(float(s)) for s in ["1e500", "-1e500", "1e-500", "  .5", "5.", "-.0e3", "1_2.3_4", "InFiNiTy", "-nan", "+1"]])
for bad in ["1e", "e1", ".", "1..2", "1_", "_1", "1.2.3", "0x10", "inf1", "--1", "1 2", "١.٥x"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
print(str(1e16), str(-1e-5), "%r %s" % (1e16, 1e-5), f"{1e16!r} {0.1+0.2}", [1e16, 1e-5], (0.5,), {1.5: 2.5})
