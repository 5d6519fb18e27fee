# cmath on finite arguments: every function over a grid that includes signed
# zeros and both sides of each branch cut, plus tiny and huge parts
import cmath

FUNCS = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]
PARTS = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -3.5, 1e-300, -1e-310, 1e300, -1e200]


def show(name, z):
    try:
        r = getattr(cmath, name)(z)
        print(name, repr(z), repr(r))
    except (ValueError, OverflowError) as e:
        print(name, repr(z), type(e).__name__, e)


for name in FUNCS:
    for re in PARTS:
        for im in PARTS:
            show(name, complex(re, im))

# Real and integer arguments, and values near the branch points
for name in FUNCS:
    for x in [0, 1, -1, 2, -2, 0.25, 1.0000001, 0.9999999, -1.0000001, 710, -710, 800, 1e16]:
        show(name, x)
