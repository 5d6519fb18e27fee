# decimal: construction, arithmetic, str/repr, quantize, rounding modes, special values, methods
from decimal import Decimal as D, getcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_05UP
import decimal

print(D("1.10"), D(3), D(-0), D("-0"), D(0.1), D("1e3"), D("1E+3"), D("  12.500 "), D((0, (1, 4, 1, 4), -3)), D((1, (5,), 2)))
print(repr(D("3.14")), repr(D("-inf")), repr(D("nan")), repr(D("sNaN")), str(D("1e-7")), str(D("0.0000001")), str(D("123e5")), str(D("1.23E+10")))
print(D("1.1") + D("2.2"), D("1.30") + D("1.20"), D("5") - D("7.25"), D("1.5") * D("4"), D("1") / D("7"), D("10") / D("4"), D(7) // D(2), D(-7) // D(2), D(-7) % D(2))
print(D(2) ** 10, D("1.1") ** 2, D(2) ** D("0.5"), D(10) ** -2, divmod(D(17), D(5)), D(2).sqrt(), D(-3).copy_abs())
print(D("0.1") + D("0.2") == D("0.3"), D("1.0") == D(1), D("1.0") == 1.0, D("0.1") == 0.1, D(1) < 2, D("2.5") > 2.4, D(3) == 3, hash(D("1.0")) == hash(1))
print(sum([D("0.1")] * 10), D("1.00") * 3, D(1) + 1, 2 * D("1.5"), D("9.99").to_integral_value(), int(D("-3.99")), float(D("0.1")), round(D("2.675"), 2))
print(round(D("2.5")), round(D("3.5")), round(D("-2.5")), round(D("1234.5678"), -2), round(D("1.005"), 2), __import__("math").floor(D("-7.3")), __import__("math").ceil(D("-7.3")))
x = D("3.14159")
print(x.quantize(D("0.01")), x.quantize(D("1")), x.quantize(D("1e1")), D("2.5").quantize(D("1"), ROUND_HALF_UP), D("2.5").quantize(D("1")), D("1.23456").quantize(D(".001"), rounding=ROUND_DOWN))
for mode in [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]:
    vals = [D(s).quantize(D("0.1"), rounding=mode) for s in ["1.25", "1.35", "-1.25", "1.21", "-1.29", "1.05", "1.01"]]
    print(mode, " ".join(map(str, vals)))
print(D("1.5e3").as_tuple(), D("-0.00").as_tuple(), D("inf").as_tuple(), D("123.45").as_integer_ratio(), D("1.20").normalize(), D("100").normalize(), D("0.00").normalize())
print(D("12.3400").adjusted(), D("0.001").adjusted(), D("12.5").as_tuple().exponent, D("5").is_signed(), D("-5").is_signed(), D("nan").is_nan(), D("inf").is_infinite(), D("1").is_finite())
print(D("-inf") < 0, D("inf") + 1, D("inf") * -1, D("1").is_zero(), D("0e5").is_zero(), D("nan") == D("nan"), D("snan").is_snan(), D("nan").is_qnan())
print(D(10).ln(), D(100).log10(), D(1).exp(), D("2.25").sqrt(), D(3).fma(2, 1), D("7").max(D("3")), D("7").min(D("nan")), D(-2).copy_sign(D(1)), D("1.5").compare(D("2")))
print(D("123.456").to_eng_string(), D("1e5").to_eng_string(), D("12e-7").to_eng_string(), D("0.5").logb(), D(1000).scaleb(-2), D(5).next_plus(), D(5).next_minus(), D("1.2").remainder_near(D("0.5")))
print(D("1.20").same_quantum(D("3.40")), D(7).number_class(), D("-0").number_class(), D("inf").number_class(), D("0.1").canonical(), D("1.23").shift(1), D("12345").rotate(2), D(6).compare_total(D("6.0")))
print(f"{D('1234.5678'):,.2f}", f"{D('0.5'):.0%}", f"{D('1e-10'):e}", f"{D('-12.5'):+012.3f}", f"{D('3.0'):g}", f"{D('1234.5'):.3e}", f"{D('12'):>8}", "%.3f" % D("2.0005"))
print(D(1).__class__.__module__, type(decimal.getcontext()).__name__, D.from_float(0.5), D.from_float(0.1).quantize(D("1e-20")))
for bad in ["abc", "1.2.3", "", "1e", "--1"]:
    try:
        D(bad)
    except decimal.InvalidOperation as e:
        print("InvalidOperation", repr(bad), type(e).__name__, issubclass(decimal.InvalidOperation, ArithmeticError))
try:
    D(1) / D(0)
except decimal.DivisionByZero as e:
    print("DivisionByZero", isinstance(e, ZeroDivisionError))
try:
    D("inf") - D("inf")
except decimal.InvalidOperation as e:
    print("InvalidOperation inf-inf")
try:
    D(1) + 1.5
except TypeError as e:
    print("TypeError (Decimal + float)")
try:
    D("sNaN") + 1
except decimal.InvalidOperation:
    print("InvalidOperation sNaN")
print(sorted([D("1.5"), D("-2"), D("1.50"), D("0.3")]), max(D("1"), D("1.0")), D("0.30") in {D("0.3")}, -D("0"), +D("-0"), abs(D("-0.0")))
total = D(0)
for price, qty in [("19.99", 3), ("5.01", 7), ("0.10", 12)]:
    total += D(price) * qty
print(total, total.quantize(D("0.01")), (total * D("0.0825")).quantize(D("0.01"), ROUND_HALF_UP))
