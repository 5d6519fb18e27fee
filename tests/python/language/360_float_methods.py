# float methods: as_integer_ratio, is_integer, __round__, __trunc__, __floor__, __ceil__
import math
def t(f):
    try:
        return repr(f())
    except Exception as e:
        return "%s(%s)" % (type(e).__name__, e)

for v in [0.0, -0.0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.1, 1e-300, 1e300, 2.0**53, 2.0**53 + 1, 1e16, 123.456, -7.25, 5e-324]:
    print(repr(v), t(lambda: v.as_integer_ratio()), t(lambda: v.is_integer()), t(lambda: v.__trunc__()),
          t(lambda: v.__floor__()), t(lambda: v.__ceil__()), t(lambda: v.__round__()), t(lambda: round(v, 1)))
for v in [float("inf"), float("-inf"), float("nan")]:
    print(repr(v), t(lambda: v.as_integer_ratio()), t(lambda: v.is_integer()), t(lambda: v.__trunc__()),
          t(lambda: v.__floor__()), t(lambda: v.__ceil__()), t(lambda: v.__round__()), t(lambda: round(v, 2)))
for v, n in [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (-0.125, 2), (1234.5678, -2), (1250.0, -2), (1350.0, -2),
             (5e-324, 400), (1e300, -300), (1e300, -301), (0.5, 0), (1.5, 0), (-1.5, 0), (1e-20, 30), (123.456, 10**9), (123.456, -10**9)]:
    print(v, n, t(lambda: round(v, n)), t(lambda: v.__round__(n)))
print(t(lambda: round(1.5, None)), t(lambda: type(round(1.5)).__name__), t(lambda: type(round(1.5, 0)).__name__), t(lambda: round(1.5, 1.0)))
print(t(lambda: math.trunc(-3.7)), t(lambda: math.floor(-3.7)), t(lambda: math.ceil(-3.7)), t(lambda: math.floor(1e308)))
print(t(lambda: (3.0).conjugate()), t(lambda: (3.5).real), t(lambda: (3.5).imag), t(lambda: float.__abs__(-2.0)), t(lambda: (2.5).__divmod__(1)))
print(t(lambda: (7.5).__mod__(-2)), t(lambda: (7.5).__floordiv__(-2)), t(lambda: (7.5).__rsub__(1)), t(lambda: (2.0).__pow__(-1)), t(lambda: (1.0).__truediv__(0)))
print(t(lambda: float.__getformat__("double")), t(lambda: (1.0).__int__()), t(lambda: (1.5).__bool__()), t(lambda: (0.0).__bool__()), t(lambda: (1.5).__hash__() == hash(1.5)))
