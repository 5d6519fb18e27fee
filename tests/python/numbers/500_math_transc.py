# math: log, exp, trig (rounded), atan2, hypot, degrees/radians, isclose, fsum, pow
import math
def t(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
print(math.log(1), math.log(math.e), math.log(8, 2), math.log(100, 10), math.log(1, 10), math.log(2**1000), math.log(10**400, 10))
print(math.log10(1000), math.log10(0.001), math.log2(1024), math.log2(0.5), math.log2(2**200), math.log10(10**50))
for args in [(0,), (-1,), (0.0,), (math.inf,), (math.nan,), (2, 1), (2, 0), (2, -2), (-(2**100),), (0, 2), ('a',), (1, 1)]:
    print(args, t(lambda: math.log(*args)))
print(t(lambda: math.log10(0)), t(lambda: math.log2(-1)), t(lambda: math.log10(-(10**400))))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(-1000), math.exp(math.inf), math.exp(-math.inf), t(lambda: math.exp(1000)), t(lambda: math.exp(710)))
for x in [0, math.pi / 6, math.pi / 4, math.pi / 2, math.pi, 1, -1, 100]:
    print(round(math.sin(x), 12), round(math.cos(x), 12), round(math.tan(x), 6) if abs(math.cos(x)) > 1e-9 else 'big')
print(math.sin(0.0), math.sin(-0.0), math.cos(0), t(lambda: math.sin(math.inf)), t(lambda: math.cos(math.nan)))
print(round(math.asin(1), 12), round(math.acos(0.5), 12), round(math.atan(1), 12), t(lambda: math.asin(2)), t(lambda: math.acos(-1.5)))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, -1), math.atan2(1, 0), math.atan2(math.inf, math.inf))
print(round(math.sinh(1), 12), round(math.cosh(1), 12), round(math.tanh(0.5), 12), math.tanh(1000), t(lambda: math.cosh(1000)))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(), math.hypot(-7), math.hypot(1, 2, 2), math.hypot(1e200, 1e200), math.hypot(math.inf, math.nan))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45) == math.pi / 4)
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.0001), math.isclose(1, 1.0001, rel_tol=1e-3), math.isclose(0, 1e-12), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(-math.inf, math.inf), t(lambda: math.isclose(1, 2, rel_tol=-1)))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1, -1e100]), math.fsum([]), math.fsum([1, 2**60, -2**60]), math.fsum(range(10)))
print(math.fsum([1e308, 1e308, -1e308]), t(lambda: math.fsum([math.inf, -math.inf])), math.fsum([math.inf, 1]), t(lambda: math.fsum([1e308, 1e308])), t(lambda: math.fsum(['a'])))
print(math.pow(2, 10), math.pow(2, -1), math.pow(0, 0), math.pow(1, math.nan), math.pow(-8, 1/3) if False else 0, t(lambda: math.pow(-8, 1/3)), t(lambda: math.pow(0, -1)), t(lambda: math.pow(10, 400)))
print(math.pow(-2, 3), math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(4, 0.5), type(math.pow(2, 2)).__name__)
