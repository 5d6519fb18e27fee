# CPython 3.11's limit on int <-> decimal string conversions
# (sys.set_int_max_str_digits): str/repr/format/%-formatting of huge ints,
# int() of long digit strings in bases that are not powers of two, and long
# decimal literals in source.
import sys


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r if not isinstance(r, str) or len(r) < 20 else len(r))
    except (ValueError, SyntaxError) as e:
        print(label, type(e).__name__, e)


print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits,
      sys.int_info.str_digits_check_threshold, sys.flags.int_max_str_digits)
big = 10 ** 4300            # 4301 digits
edge = 10 ** 4299           # 4300 digits: allowed
attempt("str edge", lambda: str(edge))
attempt("str -edge", lambda: str(-edge))
attempt("str big", lambda: str(big))
attempt("repr big", lambda: repr(-big))
attempt("f-string", lambda: f"{big}")
attempt("format d", lambda: format(big, "d"))
attempt("format ,", lambda: format(big, ","))
attempt("format >10", lambda: format(big, ">10"))
attempt("format n", lambda: format(big, "n"))
attempt("format x", lambda: format(big, "x"))
attempt("format b", lambda: format(big, "b")[:5])
attempt("hex", lambda: hex(big))
attempt("percent d", lambda: "%d" % big)
attempt("percent i", lambda: "%i" % -big)
attempt("percent x", lambda: "%x" % big)
attempt("bytes d", lambda: b"%d" % big)
attempt("huge shift", lambda: str(-42 << 8920925))
attempt("int edge", lambda: int("7" * 4300))
attempt("int big", lambda: int("7" * 4301))
attempt("int signed", lambda: int("-" + "7" * 4301))
attempt("int spaces", lambda: int("  " + "7" * 4301 + "\n"))
attempt("int trailing", lambda: int("7" * 4301 + "z"))
attempt("int base 7", lambda: int("6" * 5000, 7))
attempt("int base 36", lambda: int("z" * 5000, 36))
attempt("int base 16", lambda: int("f" * 5000, 16) > 0)
attempt("int base 2", lambda: int("1" * 20000, 2) > 0)
attempt("int base 0 hex", lambda: int("0x" + "f" * 5000, 0) > 0)
attempt("int bytes", lambda: int(b"9" * 4301))
attempt("float str", lambda: float("9" * 5000) > 0)
attempt("literal", lambda: eval("1" * 4301))
attempt("literal edge", lambda: eval("1" * 4300) > 0)
attempt("literal hex", lambda: eval("0x" + "1" * 5000) > 0)
attempt("set 100", lambda: sys.set_int_max_str_digits(100))
attempt("set -1", lambda: sys.set_int_max_str_digits(-1))
attempt("set kw", lambda: sys.set_int_max_str_digits(maxdigits=640))
print(sys.get_int_max_str_digits())
attempt("str 641", lambda: str(10 ** 640))
attempt("str 640", lambda: str(10 ** 639))
attempt("int 641", lambda: int("1" * 641))
attempt("literal 641", lambda: eval("1" * 641))
attempt("set 0", lambda: sys.set_int_max_str_digits(0))
attempt("unlimited", lambda: str(10 ** 10000))
attempt("unlimited int", lambda: int("8" * 10000) % 1000)
sys.set_int_max_str_digits(4300)
attempt("restored", lambda: str(big))
# int() of a long invalid string shows 200 characters of its repr.
for bad in ["x" * 300, "\u00e9" * 300, "1" * 250 + "x", b"y" * 300, "'" * 300, "7" * 5000 + "."]:
    try:
        int(bad)
    except ValueError as e:
        print(len(str(e)), str(e)[:60], str(e)[-20:])
# Long invalid strings: the 200 characters shown are those of the whole repr.
for bad in ["x" * 5000 + "'", "'" * 5000, "y" * 5000 + "\"'", "\u00e9" * 5000, "\"" * 5000, "z\n" * 3000]:
    try:
        int(bad)
    except ValueError as e:
        print(len(str(e)), repr(str(e)[:60]), repr(str(e)[-20:]))
