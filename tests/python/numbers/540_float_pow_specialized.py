# float ** float / float ** int in a hot loop (BINARY_OP_EXTEND float pow): results, overflow and complex cases.
import math
vals = [2.0, 0.5, 1e-300, 1e300, 3.0, -2.0, 0.0, -0.0, 1.0]
exps = [0.5, 2, 3, -1, -2, 0, 1e10, 2.5, -0.5, 1000, 10**17, 0.0]
for _ in range(3):
    for x in vals:
        for e in exps:
            try:
                r = x ** e
                print(repr(x), repr(e), repr(r), type(r).__name__)
            except Exception as ex:
                print(repr(x), repr(e), type(ex).__name__, ex)
s = 0.0
for i in range(1, 2000):
    s += (i * 0.5) ** 0.5 + (i * 0.25) ** 2
print(s)
