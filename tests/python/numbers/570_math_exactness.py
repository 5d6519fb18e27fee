# math functions must give bit-identical results and the same errors as CPython:
# gamma/lgamma (CPython's own Lanczos algorithm), fsum, logs of huge ints,
# hypot/dist, pow, and the libm wrappers' domain/range checks.
import math


def show(f, *args):
    try:
        return repr(f(*args))
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)


inf, nan = math.inf, math.nan
specials = [0.0, -0.0, inf, -inf, nan, 5e-324, -5e-324, 1e-300, 1e308, -1e308, 1e-20, 1e-21]
ordinary = [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.1, 3.7, -3.7, 10.25, 33.3, -33.3, 140.5, 171.6,
            171.7, -171.5, 180.25, -180.25, 200.5, -200.5, 1e5, -1e5 - 0.5, 5.524680040776729,
            1, 2, 3, 23, 24, 30, -1, -2, -30, 1e-8, -1e-8, 0.99999999, 1.0000001]
for name in ['gamma', 'lgamma']:
    f = getattr(math, name)
    print(name, [show(f, x) for x in specials])
    print(name, [show(f, x) for x in ordinary])
    print(name, [show(f, k / 7) for k in range(-60, 61)])

one_arg = ['erf', 'erfc', 'expm1', 'log1p', 'atanh', 'acosh', 'asinh', 'sqrt', 'exp', 'log', 'log2',
           'log10', 'sinh', 'cosh', 'tanh', 'fabs']
values = specials + [1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 0.75, 1e-10, -1e-10, 710.0, -710.0, 30.0, -30.0,
                     0.9999999999999999, -0.9999999999999999, 1 / 3, 123456.789]
for name in one_arg:
    f = getattr(math, name)
    print(name, [show(f, x) for x in values])

huge = [2 ** 1023, 2 ** 1024, 2 ** 1024 - 1, 10 ** 308, 10 ** 309, 10 ** 400, 3 ** 2000, 2 ** 10000 + 1,
        (1 << 2000) - 1, (1 << 2000) + (1 << 1947), (1 << 2000) + (3 << 1946), -(10 ** 400), 0, 1, 7]
for name in ['log', 'log2', 'log10', 'sqrt', 'exp', 'atanh', 'erf', 'gamma']:
    f = getattr(math, name)
    print(name, [show(f, n) for n in huge])
print([show(math.log, n, b) for n in huge[:6] for b in [2, 10, 10 ** 400, 1, 0.5]])
for bad in ['1', None, 1j, [1.0]]:
    print([show(getattr(math, name), bad) for name in ['gamma', 'lgamma', 'log', 'log2', 'log10', 'erf', 'fsum']])

sums = [[], [0.0], [-0.0], [-0.0, -0.0], [1e100, 1.0, -1e100, 1e-100], [0.1] * 10, [1e308, 1e308],
        [1e308, 1e308, -1e308], [inf, -inf], [inf, inf], [-inf, 1.0], [nan, 1.0], [inf, nan],
        [1e308, 1e308, inf], [inf, 1e308, 1e308], [1.0, 1e-16, 1e16], [1e16, 1.0, 1e-16],
        [2.0 ** 53, 1.0, 2.0 ** -60], [2.0 ** 53, -1.0, -(2.0 ** -60)], [1 / k for k in range(1, 200)],
        [(-1) ** k / k for k in range(1, 300)], [1e-320, 1e-320, -5e-324], [1.7976931348623157e308, -1e292],
        [10 ** 300, 1.0], [True, 2, 0.5]]
for s in sums:
    print(show(math.fsum, s))
print(show(math.fsum, [10 ** 400]), show(math.fsum, ['x']), show(math.fsum, 5))

points = [(), (0.0,), (-3.0,), (3, 4), (1e200, 1e200), (1e-200, 1e-200), (5e-324, 5e-324), (inf, nan),
          (nan, 1.0), (-inf, 2.0), (1.0, 1.0, 1.0), (0.1, 0.2, 0.3), (1e308, 1e308), (3.0, 4.0, 12.0),
          (1.5, 2.5, 3.5, 4.5), tuple(0.1 * k for k in range(20))]
for p in points:
    print(show(math.hypot, *p))
print(show(math.dist, (1.0, 2.0), (4.0, 6.0)), show(math.dist, (1e308,), (-1e308,)),
      show(math.dist, (0.1, 0.2, 0.3), (0.3, 0.2, 0.1)), show(math.dist, (inf,), (inf,)),
      show(math.dist, [1, 2], (3, 4)), show(math.dist, (1,), (1, 2)), show(math.dist, 1, 2))

pow_args = [(0.0, -1.0), (-0.0, -1.0), (0.0, -inf), (-0.0, -3.0), (0.0, 0.0), (nan, 0.0), (1.0, nan),
            (-1.0, inf), (-1.0, -inf), (2.0, inf), (0.5, inf), (0.5, -inf), (inf, -2.0), (-inf, 3.0),
            (-inf, -3.0), (-inf, 2.5), (-8.0, 1 / 3), (10.0, 400.0), (-10.0, 401.0), (2.0, -1075.0),
            (1.0000001, 1e10), (-2.0, 0.5), (2, 0.5), (10 ** 400, 1)]
print([show(math.pow, x, y) for x, y in pow_args])
print([show(math.fmod, x, y) for x, y in [(inf, 1.0), (1.0, inf), (1.0, 0.0), (nan, 0.0), (-0.0, 2.0), (5.5, -2.0)]])
print([show(math.atan2, y, x) for y, x in [(0.0, -0.0), (-0.0, -0.0), (inf, -inf), (nan, 1.0), (1.0, 0.0)]])
print([show(math.remainder, x, y) for x, y in [(inf, 1.0), (1.0, inf), (1.0, 0.0), (nan, 0.0), (-4.5, 3.0), (3.5, 1.0)]])
