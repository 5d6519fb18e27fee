# math numerics printed with repr (bit-identical to CPython): fsum, isqrt, comb/perm, gcd/lcm, prod, dist, hypot, nextafter, ulp, logs, trig
import math

print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum([1, 2.5, 3]), math.fsum(x / 7 for x in range(50)))
print(math.fsum([2.0 ** 53, 1.0, 1.0]), math.fsum([float("inf"), 1.0]))
try:
    math.fsum([float("inf"), float("-inf")])
except ValueError as e:
    print("ValueError", e)
try:
    math.fsum([1e308, 1e308])
except OverflowError as e:
    print("OverflowError", e)
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 10 ** 20, 10 ** 40 + 1, 2 ** 200 - 1]])
try:
    math.isqrt(-1)
except ValueError as e:
    print("ValueError", e)
print(math.comb(10, 3), math.comb(52, 5), math.comb(5, 7), math.comb(100, 50), math.comb(0, 0), math.perm(5), math.perm(10, 3), math.perm(3, 5), math.perm(20, 0))
for f, args in [(math.comb, (-1, 2)), (math.perm, (3, -1)), (math.comb, (3.0, 1))]:
    try:
        f(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.gcd(), math.gcd(12), math.gcd(12, 18), math.gcd(12, 18, 27), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(), math.lcm(4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(*range(1, 21)))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 6), start=10), math.prod([0.5, 4]), math.prod([2] * 70), math.factorial(20))
print(math.dist((0, 0), (3, 4)), math.dist((1, 2, 3), (4, 6, 8)), math.dist([1.5], [-2.5]), math.dist((), ()))
try:
    math.dist((1, 2), (1,))
except ValueError as e:
    print("ValueError", e)
print(math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200), math.hypot(float("inf"), float("nan")), math.hypot(-3, -4, -12))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0), math.nextafter(5.0, 5.0), math.nextafter(math.inf, 0.0))
print(math.ulp(1.0), math.ulp(2.0 ** 52), math.ulp(0.0), math.ulp(-1e300), math.ulp(math.inf), math.ulp(5e-324), math.ulp(1e-310))
print(math.log(100, 10), math.log(8, 2), math.log(2 ** 1000, 2), math.log(10 ** 400), math.log(1 / 3, 3), math.log(math.e), math.log(7), math.log(0.5, 4))
print(math.log2(8), math.log2(3), math.log2(2 ** 1023), math.log10(1000), math.log10(2), math.log10(10 ** 500), math.log1p(1e-10), math.expm1(1e-10))
for f, x in [(math.log, 0), (math.log, -1), (math.log2, 0), (math.log10, -0.5), (math.sqrt, -1)]:
    try:
        f(x)
    except ValueError as e:
        print(f.__name__, "ValueError", e)
print(math.exp(1), math.exp(-745), math.exp(0.5), math.pow(2, 0.5), math.sqrt(2), 2 ** 0.5, math.cbrt(27), math.cbrt(-8), math.exp2(10), math.exp2(0.5))
angles = [0.0, math.pi / 6, math.pi / 4, math.pi / 3, math.pi / 2, math.pi, 2.5, -1.0, 1e-8]
for a in angles:
    print(repr(a), math.sin(a), math.cos(a), math.tan(a), math.sin(a) ** 2 + math.cos(a) ** 2)
for v in [0.0, 0.5, -0.5, 1.0, 0.99]:
    print(v, math.asin(v), math.acos(v), math.atan(v), math.atan2(v, 1 - v), math.sinh(v), math.cosh(v), math.tanh(v), math.asinh(v))
print(math.acosh(1.5), math.atanh(0.5), math.atan2(-0.0, -1.0), math.atan2(0.0, -1.0), math.atan2(1, 0), math.degrees(math.pi), math.radians(180), math.degrees(1))
print(math.copysign(3, -0.0), math.fabs(-2), math.fmod(7, -3), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3), math.remainder(5, 2), math.remainder(-5, 2))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.frexp(0.1), math.ldexp(0.5, 4), math.ldexp(1, -1074), math.trunc(-3.9), math.floor(-3.1), math.ceil(-3.9))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(1e10, 1e10 + 1, rel_tol=1e-12), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, math.erf(0.5), math.erfc(0.5), math.erf(3))
print(sum(1 / math.factorial(k) for k in range(20)), math.floor(1e300) == int(1e300), math.floor(2 ** 60 + 0.5), math.ceil(10 ** 20 / 3))
print(math.fsum(1 / (k * k) for k in range(1, 10001)), math.sqrt(6 * math.fsum(1 / (k * k) for k in range(1, 10001))))
print([round(math.sin(k * math.pi / 8), 12) for k in range(9)])
print(math.hypot(*[0.1] * 100), math.dist([0.1] * 50, [0.2] * 50), sum(x * y for x, y in zip([1.5, 2], [3, 4.25])))
