# math: gcd, factorial, isqrt, prod and their errors
import math
def t(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(12, -18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(7), math.gcd(), math.gcd(12, 18, 27))
print(math.gcd(2**100, 2**80 * 3), math.gcd(-(2**64), 2**63), math.gcd(3**50, 3**40 * 2), math.gcd(True, 4), math.gcd(0, -7))
print(t(lambda: math.gcd(1.5, 2)), t(lambda: math.gcd(2, 4.0)), t(lambda: math.gcd('a', 2)))
for n in [0, 1, 2, 5, 10, 20, 21, 25, 30]:
    print(n, math.factorial(n))
print(len(str(math.factorial(500))), math.factorial(100) % 10**9, math.factorial(True))
for x in [-1, 2.0, 2.5, '3', None, -(2**70)]:
    print(t(lambda: math.factorial(x)))
for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 2**62, 2**63 - 1, 2**64, 10**40, 10**41, 2**200 - 1]:
    print(n, math.isqrt(n), math.isqrt(n) ** 2 <= n < (math.isqrt(n) + 1) ** 2)
for x in [-1, 4.0, '4', -(2**100)]:
    print(t(lambda: math.isqrt(x)))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([], start=5), math.prod([2.5, 2]), math.prod(range(1, 21)), math.prod([2**40, 2**40]))
print(math.prod([1, 2], start=2**64), math.prod([True, True]), math.prod([1j, 1j]) if False else 0, t(lambda: math.prod(['a', 2])), t(lambda: math.prod(5)))
class I:
    def __index__(self):
        return 36
print(math.gcd(I(), 24), math.isqrt(I()), math.factorial(5) == 120)
