# math functions that may be absent: comb, perm, modf, frexp, ldexp, lcm, expm1, log1p, remainder, cbrt, exp2, ...
import math
def t(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
print(t(lambda: math.comb(5, 2)), t(lambda: math.comb(10, 0)), t(lambda: math.comb(10, 11)), t(lambda: math.comb(100, 50)), t(lambda: math.comb(-1, 2)), t(lambda: math.comb(5, 2.0)))
print(t(lambda: math.perm(5, 2)), t(lambda: math.perm(5)), t(lambda: math.perm(5, 6)), t(lambda: math.perm(30, 15)), t(lambda: math.perm(3, -1)))
print(t(lambda: math.modf(3.5)), t(lambda: math.modf(-3.5)), t(lambda: math.modf(5)), t(lambda: math.modf(math.inf)), t(lambda: math.modf(-0.0)), t(lambda: math.modf(math.nan)))
print(t(lambda: math.frexp(8)), t(lambda: math.frexp(0.0)), t(lambda: math.frexp(-3.5)), t(lambda: math.frexp(5e-324)), t(lambda: math.frexp(math.inf)))
print(t(lambda: math.ldexp(0.5, 4)), t(lambda: math.ldexp(1, -1075)), t(lambda: math.ldexp(1, 1024)), t(lambda: math.ldexp(3, 2**70)), t(lambda: math.ldexp(1.5, 2.0)))
print(t(lambda: math.lcm(4, 6)), t(lambda: math.lcm()), t(lambda: math.lcm(0, 5)), t(lambda: math.lcm(-4, 6, 10)), t(lambda: math.lcm(2**64, 3)))
print(t(lambda: math.expm1(1e-10)), t(lambda: math.log1p(1e-10)), t(lambda: math.log1p(-1)), t(lambda: math.expm1(0)))
print(t(lambda: math.remainder(7, 2)), t(lambda: math.remainder(5, 2)), t(lambda: math.remainder(-7, 3)), t(lambda: math.remainder(1, 0)))
print(t(lambda: math.cbrt(27)), t(lambda: math.cbrt(-8)), t(lambda: math.exp2(10)), t(lambda: math.exp2(-1)))
print(t(lambda: math.nextafter(1.0, 2.0)), t(lambda: math.nextafter(0.0, -1)), t(lambda: math.ulp(1.0)), t(lambda: math.ulp(0.0)), t(lambda: math.ulp(1e300)))
print(t(lambda: math.dist((0, 0), (3, 4))), t(lambda: math.dist([1, 1, 1], [2, 2, 2])), t(lambda: math.dist((1,), (1, 2))))
print(t(lambda: round(math.erf(1), 12)), t(lambda: round(math.erfc(1), 12)), t(lambda: math.gamma(5)), t(lambda: math.gamma(0.5) ** 2), t(lambda: math.lgamma(10)), t(lambda: math.gamma(0)))
print(t(lambda: round(math.asinh(1), 12)), t(lambda: round(math.acosh(2), 12)), t(lambda: round(math.atanh(0.5), 12)), t(lambda: math.acosh(0)), t(lambda: math.atanh(1)))
print(t(lambda: math.isqrt(10**30)), t(lambda: math.prod(range(1, 6))), t(lambda: math.sumprod([1, 2], [3, 4]) if hasattr(math, 'sumprod') else 'n/a'))
