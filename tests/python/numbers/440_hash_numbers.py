# hash of equal numeric values
def t(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0) == hash(False))
print(t(lambda: hash(1) == hash(1 + 0j)), t(lambda: hash(0) == hash(0j)))
print(hash(-1), hash(-2), hash(-1.0), hash(0), hash(1), hash(12345), hash(-12345))
print(hash(2**61 - 1), hash(2**61), hash(2**61 - 2), hash(-(2**61 - 1)), hash(-(2**61)), hash(2**62), hash(2**63), hash(-2**63))
print(hash(2**64), hash(2**100), hash(-(2**100)), hash(10**50), hash(3**200))
print(hash(0.5), hash(1.5), hash(-0.5), hash(0.1), hash(1e100), hash(2.0**61), hash(2.0**100), hash(1e-300))
print(hash(float('inf')), hash(float('-inf')), hash(2**100) == hash(2.0**100), hash(2**61 - 1) == hash(0))
print(t(lambda: hash(1.5 + 2j)), t(lambda: hash(3j)), t(lambda: hash(complex(1, -1))), t(lambda: hash(complex(-1, 0))))
for v in [2**53, 2**53 + 1, 2**80, -(2**70), 7 * 2**61, 2**1000]:
    print(v == float(v), hash(v) == hash(float(v)))
d = {1: 'int', 1.0: 'float', True: 'bool'}
print(d, len(d))
d = {2**61 - 1: 'a', 0: 'b'}
print(len(d), d[0], d[2**61 - 1])
s = {0, 0.0, -0.0, False}
print(s, len(s))
s = {1, 2.0, 3, 2**64, 2.0**64, 2**64 + 1}
print(len(s), sorted(s))
print({2**100: 1}[2.0**100], {0.5: 'half'}.get(0.5), {-1: 'm'}[-1.0], {1e16: 'x'}[10**16])
print(hash(True), hash(False), hash(int(2**63 - 1)), hash(-(2**63) + 1), hash(2**61 + 5))
