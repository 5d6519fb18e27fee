# shifts: negative shift errors, large shifts
print(1 << 0, 1 << 1, 1 << 62, 1 << 63, 1 << 64, 1 << 65, 1 << 200)
print(-1 << 63, -1 << 64, 3 << 62, -3 << 62, 5 << 100)
print(2**63 >> 1, 2**64 >> 1, 2**64 >> 64, 2**64 >> 65, 2**64 >> 1000, -(2**64) >> 64, -(2**64) >> 65)
print(-1 >> 1, -1 >> 100, -2 >> 1, -3 >> 1, -5 >> 2, -8 >> 3, -9 >> 3, 7 >> 3, 0 >> 5, 0 << 1000)
print(-(2**100) >> 99, -(2**100) - 1 >> 99, (2**100 + 12345) >> 50, (-(2**100) + 12345) >> 50)
print(1 << 1000 >> 999, (1 << 1000) == 2**1000, len(bin(1 << 5000)))
print(123 >> 2**70, -123 >> 2**70, 0 << 2**70, 0 >> 2**70)
print(True << 3, True >> 1, 8 >> True, 1 << False)
for a, b in [(1, -1), (-1, -1), (2**70, -1), (1, -(2**70)), (0, -1)]:
    for op in ('<<', '>>'):
        try:
            print(op, a << b if op == '<<' else a >> b)
        except Exception as e:
            print(op, type(e).__name__, e)
for a, b in [(1, 1.0), (1.0, 1), ('1', 1)]:
    try:
        print(a << b)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(a >> b)
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(1 << 2**70)
except Exception as e:
    print(type(e).__name__)
x = 1
x <<= 80
print(x)
x >>= 79
print(x)
x = -7
x >>= 1
print(x)
for k in [30, 31, 32, 33, 62, 63, 64, 65]:
    print(k, (1 << k) - 1, -(1 << k) >> (k - 1), (0xABCDEF << k) >> k)
