# printf-style % formatting of str: every conversion with flags, width, precision, *
def f(fmt, args):
    try:
        return fmt % args
    except Exception as e:
        return "%s(%s)" % (type(e).__name__, e)

values = [0, 42, -42, 255, 3.75, -0.5, 1e20, True]
for conv in "sradiuoxXeEfFgGc":
    for flags in ["", "-", "+", " ", "#", "0", "-0", "+0", "#0", "5", "-6", "08", "+#010", ".2", "8.3", "-8.3", "#.0", "*", ".*"]:
        fmt = "%" + flags + conv
        row = []
        for v in values:
            args = (6, v) if "*" in flags else (v,)
            row.append(f("[" + fmt + "]", args))
        print(fmt, row)
print(f("%s|%r|%a", ("é", "é", "é")), f("%c%c", ("é", 0x1f600)), f("%c", (1.5,)), f("%c", ("ab",)), f("%c", (0x110000,)))
print(f("%5%|%-5%|%%", ()), f("%.3s|%.0s|%-6.2s|", ("abcdef", "x", "xyz")), f("%*.*f", (10, 3, 3.14159)), f("%-*d|", (-6, 5)))
print(f("%d", ("5",)), f("%x", (1.5,)), f("%f", ("x",)), f("%d %d", (1,)), f("%d", (1, 2)), f("%y", (1,)), f("%", ()))
print(f("%s %s", "ab"), f("%s", [1, 2]), f("%s", ((1, 2),)), f("%s", {}), f("%d", {}), f("%i", (2.999,)), f("% d", (-0.0,)))
print(f("%.2e", (0.0,)), f("%g", (1e-5,)), f("%g", (123456789,)), f("%#g", (1.0,)), f("%#x", (0,)), f("%#o", (0,)), f("%+s", ("s",)))
print(f("%ld %hd %Ld", (1, 2, 3)), f("%(x", {"x": 1}), f("%*d", ("a", 1)), f("%.*d", (2.0, 1)), f("%o", (-8,)), f("%X", (-255,)))
print(f("%d", (10 ** 25,)), f("%x", (2 ** 70,)), f("%,d", (1,)), f("%.100f", (1.0,))[:10], f("%20.10e|", (12345.6789,)), f("%r", (None,)))
