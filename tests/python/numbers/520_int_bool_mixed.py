# ints meet bools and big ints in arithmetic and comparisons: every pairing
big = 2**70
vals = [True, False, 0, 1, -1, 7, 2**62 - 1, -2**62, 2**62, big, -big, 2**63]
for a in vals:
    row = []
    for b in vals:
        row.append((a + b, a - b, a * b, a < b, a <= b, a == b, a != b, a > b, a >= b))
    print(repr(a), row[:3])
    print(sum(1 for r in row if r[3]), sum(1 for r in row if r[5]))
count = 0
flags = [i % 3 == 0 for i in range(30)]
for i, f in enumerate(flags):
    count += f
    count -= (not f) * 2
    if i != f and f < i:
        count *= 1
print(count)
print(True + True, True * 5, False - True, True * big, big * True, True - big)
print(True < 2, 2 > True, True == 1, False == 0, True != 1.0, True < big, -big < False)
class I(int):
    pass
print(I(5) + True, I(5) < True, True < I(5), I(2**80) > True)
