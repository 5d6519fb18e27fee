# fractions.Fraction: construction, arithmetic, limit_denominator, from_float/decimal, str/repr, comparisons
from fractions import Fraction as F
from decimal import Decimal
import math

print(F(3, 4), F(-6, 8), F(6, -8), F(0, 5), F(7), F("3/7"), F(" -1.25 "), F("1e-3"), F("2.5e2"), F(1.5), F(Decimal("0.1")))
print(repr(F(1, 3)), str(F(4, 2)), F(10, 4).numerator, F(10, 4).denominator, F(5).as_integer_ratio(), F(F(1, 2), F(3, 4)))
print(F(1, 3) + F(1, 6), F(1, 3) - F(1, 2), F(2, 3) * F(3, 4), F(2, 3) / F(4, 9), F(7, 2) // F(1, 3), F(7, 2) % F(1, 3), divmod(F(7, 2), F(2, 3)))
print(F(1, 2) + 1, 1 - F(1, 2), F(1, 2) * 0.5, 2 / F(3), F(1, 3) + 0.25, F(1, 2) + complex(1, 1))
print(F(2, 3) ** 2, F(4, 9) ** F(1, 2), F(2) ** -2, F(-8, 27) ** 3, 2 ** F(1, 2), F(1, 4) ** 0.5, (-F(3, 2)) ** -3)
print(-F(1, 2), +F(1, 2), abs(F(-3, 4)), math.floor(F(7, 2)), math.ceil(F(7, 2)), round(F(7, 2)), round(F(5, 2)), round(F(-5, 2)), round(F(22, 7), 2), round(F(1234, 1), -2))
print(math.trunc(F(-7, 2)), int(F(-7, 2)), float(F(1, 3)), complex(F(1, 4)), bool(F(0)), bool(F(1, 9)))
print(F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(1, 2) < 0.6, F(1, 2) > 0.4, F(2, 4) == F(1, 2), F(3) == 3, F(1, 2) != F(1, 3), F(1, 2) < F(2, 3))
print(F(1, 3) < float("inf"), F(1, 3) > float("-inf"), F(1, 3) == float("nan"), F(1, 3) < float("nan"), sorted([F(1, 2), 0.3, F(1, 3), 1]))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)) == hash(F(2, 6)), {F(1, 2): "half"}[0.5])
print(F(math.pi).limit_denominator(), F(math.pi).limit_denominator(100), F(math.pi).limit_denominator(1000), F("0.333").limit_denominator(10), F(3, 7).limit_denominator(5))
print(F(1.1), F.from_float(0.1), F.from_float(2), F.from_decimal(Decimal("-1.75")), F(0.1).limit_denominator(1000), (0.1).as_integer_ratio())
print(F(5, 10).as_integer_ratio(), F(123456789, 1000).limit_denominator(7))
print(f"{F(1, 3)}", str(F(22, 7)), "%s" % F(3, 9))
for bad in [lambda: F(1, 0), lambda: F("abc"), lambda: F("1/0"), lambda: F(1.5, 2), lambda: F(float("nan")), lambda: F(float("inf")), lambda: F("1/-2"), lambda: F(1, 2) ** F(1, 2) and F(-1) ** F(1, 2)]:
    try:
        print(bad())
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    F(1, 2) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    F(1, 2) < "a"
except TypeError as e:
    print("TypeError", e)
class MyF(F):
    pass
print(type(MyF(1, 2) + MyF(1, 2)).__name__, MyF(3, 6), repr(MyF(1, 4)))
h = F(0)
for k in range(1, 21):
    h += F(1, k)
print(h, float(h))
x = F(1)
for _ in range(8):
    x = (x + 2 / x) / 2
print(x.limit_denominator(10 ** 6), float(x) == math.sqrt(2), len(str(x.denominator)))
import pickle, copy
print(pickle.loads(pickle.dumps(F(3, 8))), copy.deepcopy(F(1, 7)), copy.copy(F(3, 8)))
print(sum([F(1, 3)] * 3), max(F(1, 2), F(2, 3)), min([F(5, 2), 2.4]), F(10 ** 30, 3 * 10 ** 29), F(2 ** 70 + 1, 2 ** 35))
