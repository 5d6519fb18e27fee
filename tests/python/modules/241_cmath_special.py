# cmath on infinities and NaNs (C99 Annex G's special values), printed via
# repr and cmath.isnan; the domain errors
import cmath

INF = float("inf")
NAN = float("nan")
FUNCS = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]
PARTS = [-INF, -2.0, -0.0, 0.0, 2.0, INF, NAN]

for name in FUNCS:
    f = getattr(cmath, name)
    for re in PARTS:
        for im in PARTS:
            z = complex(re, im)
            try:
                r = f(z)
                print(name, repr(z), repr(r), cmath.isnan(r), cmath.isinf(r))
            except ValueError as e:
                print(name, repr(z), "ValueError", e)
            except OverflowError as e:
                print(name, repr(z), "OverflowError", e)
