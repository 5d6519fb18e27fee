# Comparisons mixing small ints and bools (compared as ints, no call), and
# bytes/bytearray indexing with small ints in hot loops (BINARY_OP_EXTEND):
# results, out-of-range errors, negative indexes, subclasses.
vals = [0, 1, -1, 2, True, False, 2**61, -2**62, 2**100]
for _ in range(3):
    out = []
    for a in vals:
        for b in vals:
            out.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
    print(sum(map(sum, out)), out[:3], out[-2:])
print([type(x == y).__name__ for x, y in [(1, True), (True, 1), (True, False), (0, False)]])
class B(bytes): pass
class BA(bytearray):
    def __getitem__(self, i):
        return "sub"
data = [b"abc", bytearray(b"xyz"), B(b"qr"), BA(b"mn")]
for _ in range(3):
    for d in data:
        res = []
        for i in range(-4, 4):
            try:
                res.append(d[i])
            except IndexError as e:
                res.append(str(e))
        print(type(d).__name__, res)
ba = bytearray(range(10))
total = 0
for i in range(1000):
    total += ba[i % 10] + b"\xff\x00"[i % 2]
    if i == 500:
        ba[3] = 200
print(total, ba[3], ba[-1])
