# Floats at the edges of every internal representation: values whose bits
# round-trip through arithmetic, repr, hashing, struct and containers must be
# exactly CPython's, whichever way an implementation stores them.
import math
import struct

edges = [
    0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 3.0, 1e-300, -1e-300, 5e-324, -5e-324,
    2.0 ** -255, -(2.0 ** -255), 2.0 ** -254, 2.0 ** -256, 2.0 ** 255, 2.0 ** 256,
    2.0 ** 257, -(2.0 ** 256), 1.7e-77, 1.8e-77, 1.1e77, 1.2e77, 2.3e77, 1e308,
    math.inf, -math.inf, math.nan, 1.5, 0.1, 1e16, 123456789.125, -7.25e-10,
]


def bits(x):
    return struct.pack(">d", x).hex()


for x in edges:
    y = x * 1.0
    print(repr(x), bits(x), bits(y), bits(-x), bits(abs(x)), math.copysign(1.0, x))
    print("  ", x == y, x != y, x < 1.0, hash(x) == hash(y) if x == x else "nan",
          x.is_integer() if math.isfinite(x) else None, float(repr(x)) == x or x != x)
    if math.isfinite(x) and x != 0.0:
        print("  ", x.hex(), float.fromhex(x.hex()) == x, x.as_integer_ratio()[1] > 0)

# Crossing the boundaries by arithmetic, in both directions.
v = 1.0
for i in range(300):
    v *= 2.0
print(repr(v), bits(v))
for i in range(600):
    v /= 2.0
print(repr(v), bits(v))
w = 1.0
trail = []
for i in range(270):
    w = w / 2.0
    if i % 30 == 0 or 250 <= i <= 258:
        trail.append((i, bits(w)))
print(trail)

# Signed zeros survive every path.
z = -0.0
print(repr(z), repr(z + 0.0), repr(0.0 + z), repr(z * 1), repr(-z), repr(z * -1.0))
print(repr(math.copysign(0.0, -1.0)), repr(-0.0 - 0.0), repr(0.0 * -5.0), repr(round(-0.4)))
print(repr(float("-0")), repr(float("0")), str(-0.0), format(-0.0, ".3f"), "%.2f" % -0.0)
d = {0.0: "zero"}
d[-0.0] = "negzero"
print(d, len(d), {0.0, -0.0, 0, False})
print(sorted([2.0 ** 256, -0.0, 1.0, 0.0, -(2.0 ** -255), 2.0 ** -256, 5e-324]))

# Containers and identity-independent equality.
lst = [x for x in edges if x == x]
print(len(lst), sum(1 for a in lst for b in lst if a == b))
print([edges.index(x) for x in edges if x == x][:10])
print(2.0 ** -255 in edges, math.nan in edges, (math.nan,) == (math.nan,))
print(max(edges[:10]), min(edges[:10]), sum(edges[:8]))

# Float subclasses keep their type and value.
class F(float):
    def __repr__(self):
        return "F(%s)" % float.__repr__(self)


for x in (0.0, -0.0, 1.5, 2.0 ** -255, 1e300):
    f = F(x)
    print(repr(f), type(f).__name__, f == x, type(f + 1.0).__name__, bits(f))

# Conversions.
for x in (0.0, -0.0, 1.5, -2.5, 1e20, 2.0 ** 256):
    print(int(x), round(x), math.floor(x), math.trunc(x), x // 1.0, x % 3.0 if x else x % 1.0)
print(float(2 ** 256) == 2.0 ** 256, float(2 ** 255), int(2.0 ** -255 * 2 ** 300))
print(struct.unpack(">d", bytes.fromhex("3000000000000000")), struct.unpack(">d", bytes.fromhex("8000000000000000")))
print([repr(struct.unpack(">d", bytes.fromhex(h))[0]) for h in ("3010000000000000", "2fffffffffffffff", "4fffffffffffffff", "5000000000000000")])
