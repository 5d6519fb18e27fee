# UNARY_NEGATIVE without a call for small ints and inline floats: edge values keep their types and signs.
import sys
for _ in range(3):
    for v in [5, -5, 0, 2**62-1, -2**62, -2**62-1, 2**100, 1.5, -0.0, 0.0, 1e300, 5e-324, True, False, float('inf'), float('nan'), 1e-80, 3j]:
        r = -v; print(repr(r), type(r).__name__)
class F(float): pass
class I(int):
    def __neg__(self): return "neg"
print(-F(2.5), type(-F(2.5)).__name__, -I(3))
