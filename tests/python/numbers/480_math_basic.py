# math: constants, sqrt, floor/ceil/trunc, classification, copysign, fabs, fmod
import math
def t(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.nan).__name__)
for x in [0, 1, 2, 4.0, 0.25, 1e100, 2**100, 10**400, -0.0, math.inf, -1, -math.inf, math.nan, True]:
    print(repr(x)[:12], t(lambda: math.sqrt(x)))
for x in [2.5, -2.5, 2.0, -0.5, 0.5, 1e20, -1e20, 7, -7, 2**70, True, -0.0, 3.999999999999999]:
    print(repr(x), t(lambda: math.floor(x)), t(lambda: math.ceil(x)), t(lambda: math.trunc(x)), t(lambda: type(math.floor(x)).__name__))
for x in [math.inf, -math.inf, math.nan, 'a', None, 1j]:
    print(t(lambda: math.floor(x)), t(lambda: math.ceil(x)), t(lambda: math.trunc(x)))
class C:
    def __floor__(self):
        return 'floor!'
    def __ceil__(self):
        return 'ceil!'
    def __trunc__(self):
        return 'trunc!'
    def __float__(self):
        return 9.5
print(math.floor(C()), math.ceil(C()), math.trunc(C()), math.sqrt(C()), math.fabs(C()))
for x in [0.0, -0.0, 1.5, math.inf, -math.inf, math.nan, 10**400, 5]:
    print(t(lambda: math.isnan(x)), t(lambda: math.isinf(x)), t(lambda: math.isfinite(x)))
print(math.copysign(1, -0.0), math.copysign(-3, 2), math.copysign(2.5, -math.nan) if False else 0, math.copysign(math.inf, -1), math.copysign(0.0, -1))
print(math.fabs(-3), math.fabs(-0.0), math.fabs(-math.inf), type(math.fabs(-3)).__name__, t(lambda: math.fabs('x')))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-7.5, 2), math.fmod(5, math.inf), math.fmod(-0.0, 1))
print(t(lambda: math.fmod(1, 0)), t(lambda: math.fmod(math.inf, 1)), t(lambda: math.fmod(math.nan, 1)), -7 % 3, -7.5 % 2)
print(t(lambda: math.sqrt()), t(lambda: math.sqrt(1, 2)), t(lambda: math.sqrt('4')), t(lambda: math.floor()), t(lambda: math.isnan('x')))
print(math.sqrt(2) ** 2, math.sqrt(1e-320), math.sqrt(2**1023 * 1.5), math.sqrt(16) == 4, type(math.sqrt(16)).__name__)
