# cmath: phase, polar, rect, log with a base, the predicates, isclose, the
# constants, and argument conversion
import cmath
import math

INF = float("inf")
NAN = float("nan")


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(type(cmath.pi).__name__, type(cmath.infj).__name__, math.isnan(cmath.nanj.imag), cmath.nanj.real)

values = [0j, -0.0 + 0j, complex(0.0, -0.0), complex(-0.0, -0.0), 1 + 1j, -1 + 0j, complex(-1, -0.0),
          3 - 4j, 1e-320 + 1e-320j, complex(1e308, 1e308), complex(INF, 1), complex(-INF, -INF),
          complex(NAN, 1), complex(1, NAN), complex(INF, NAN), complex(NAN, -INF), complex(110.5, -5e-324)]
for z in values:
    print(repr(z), end=" ")
    attempt(cmath.phase, z)
    print("   polar", end=" ")
    attempt(cmath.polar, z)
    print("   ", cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))

for r, phi in [(1, 0), (2, math.pi / 2), (1, -0.0), (-0.0, 1), (0, INF), (INF, 0), (INF, 1),
               (-INF, 2), (INF, -0.0), (NAN, 0), (1, INF), (0.0, NAN), (-INF, NAN), (3.0, -2.5),
               (1e308, 1.0)]:
    print(r, phi, end=" ")
    attempt(cmath.rect, r, phi)

for z, base in [(8, 2), (100, 10), (1j, 1j), (-1, 2), (0, 2), (2, 1), (2, 0), (0, 0), (INF, 0),
                (INF, 2), (1 + 1j, -1), (1e300, 1e-300), (NAN, 2), (4, 2 + 0j)]:
    print(z, base, end=" ")
    attempt(cmath.log, z, base)
attempt(cmath.log, 0)
attempt(cmath.log10, 0)
attempt(cmath.atanh, 1)
attempt(cmath.exp, 1000)
attempt(cmath.cosh, 1000 + 1j)
attempt(cmath.sin, complex(INF, 0))

for a, b, kw in [(1, 1, {}), (1 + 1j, 1 + 1.0000000001j, {}), (1 + 1j, 1 + 1.001j, {}),
                 (1j, 1.001j, {"rel_tol": 0.01}), (0, 1e-10, {}), (0, 1e-10, {"abs_tol": 1e-9}),
                 (INF, INF, {}), (complex(INF, 1), complex(INF, 2), {}), (NAN, NAN, {}),
                 (1, 2, {"rel_tol": 1, "abs_tol": 0})]:
    print(a, b, kw, end=" ")
    attempt(cmath.isclose, a, b, **kw)
attempt(cmath.isclose, 1, 1, rel_tol=-1)
attempt(cmath.isclose, 1, 1, abs_tol=-1e-9)
attempt(cmath.isclose, a=1, b=1.0)
attempt(cmath.isclose, 1)
attempt(cmath.isclose, 1, 2, 3)
attempt(cmath.isclose, 1, 2, rel_tol="x")


class C:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 2.25


class I:
    def __index__(self):
        return 9


class Bad:
    def __complex__(self):
        return 5


attempt(cmath.sqrt, C())
attempt(cmath.sqrt, F())
attempt(cmath.sqrt, I())
attempt(cmath.sqrt, True)
attempt(cmath.sqrt, 2**60)
attempt(cmath.sqrt, 10**400)
attempt(cmath.sqrt, Bad())
attempt(cmath.sqrt, "4")
attempt(cmath.sqrt, None)
attempt(cmath.phase, "x")
attempt(cmath.rect, "a", 1)
attempt(cmath.rect, 1j, 1)
attempt(cmath.sqrt)
attempt(cmath.sqrt, 1, 2)
attempt(cmath.log)
attempt(cmath.log, 1, 2, 3)
attempt(cmath.rect, 1)
attempt(cmath.polar)
print(cmath.sqrt.__name__, cmath.isclose.__name__)
