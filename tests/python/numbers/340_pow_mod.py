# pow with three args, negative exponent, errors
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(-2, -3), pow(0, 0), pow(2.0, 3), pow(4, 0.5))
print(pow(3, 4, 5), pow(-3, 4, 5), pow(3, 4, -5), pow(-3, 3, 5), pow(-3, 3, -5), pow(0, 0, 5))
print(pow(3, -1, 7), pow(2, -1, 9), pow(5, -2, 13), pow(-3, -1, 7), pow(3, -1, -7), pow(10, -3, 17))
print(pow(2, 1000, 10**9 + 7), pow(7, 10**18, 1000000007), pow(2**100, 2**50, 2**61 - 1))
print(pow(123456789, -1, 1000000007) * 123456789 % 1000000007)
print(pow(2, 3, 1), pow(5, 0, 1), pow(5, 0, 7), pow(0, 5, 7), pow(7, 1, 7))
print(pow(2**64 + 1, 3, 2**64), pow(-(2**70), 3, 1000), pow(3, 2**70, 10**20 + 39))
print(2 ** -2, (-2) ** -2, 0.5 ** -1, 10 ** -5, (-8) ** 3, 2 ** 0.5 == 2 ** 0.5)
cases = [
    (2, 3, 0),
    (2, -1, 4),
    (6, -1, 9),
    (0, -1, 7),
    (2.0, 3, 5),
    (2, 3.0, 5),
    (2, 3, 5.0),
    (2, '3', 5),
]
for a, b, m in cases:
    try:
        print(pow(a, b, m))
    except Exception as e:
        print(type(e).__name__, e)
for a, b in [(0, -1), (0.0, -1), (0, -2.0), (-8, 1/3), (10.0, 400), (2, 10000.0)]:
    try:
        print(pow(a, b))
    except Exception as e:
        print(type(e).__name__, e)
print(pow(base=2, exp=5), pow(base=3, exp=3, mod=5))
print(type(pow(2, 3)).__name__, type(pow(2, -3)).__name__, type(pow(2, 3, 5)).__name__)
print((-1) ** 0.5 == (-1) ** 0.5, abs(((-1) ** 0.5) - 1j) < 1e-15)
print(1 ** 10**10, (-1) ** (10**10 + 1), 0 ** 10**10, 2 ** 0)
