# Big-integer computations: pi via Machin and spigot, e, sqrt(2), big fibonacci and factorials.
def pi_spigot(ndigits):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < ndigits:
        if 4 * q + r - t < n * t:
            out.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
    return "".join(map(str, out))


def arctan_inv(x, unity):
    total = term = unity // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        n += 2
        total += sign * (term // n)
        sign = -sign
    return total


def pi_machin(digits):
    unity = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return str(pi // 10 ** 10)


def e_digits(digits):
    unity = 10 ** (digits + 10)
    total, term, k = 0, unity, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 10)


def isqrt(n):
    if n < 0:
        raise ValueError("square root of negative number")
    if n == 0:
        return 0
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def fib(n):
    def fd(n):
        if n == 0:
            return 0, 1
        a, b = fd(n >> 1)
        c = a * (2 * b - a)
        d = a * a + b * b
        return (d, c + d) if n & 1 else (c, d)
    return fd(n)[0]


p1 = pi_spigot(120)
p2 = pi_machin(300)
print(p1[:60])
print(p1 == p2[:120], p2[-20:], sum(map(int, p2)))
e = e_digits(200)
print(e[:50], e[-10:])
s2 = str(isqrt(2 * 10 ** 200))
print(s2[:50], s2[-10:], len(s2))
print([isqrt(n) for n in (0, 1, 2, 3, 4, 15, 16, 17, 10 ** 40, 10 ** 41)])
try:
    isqrt(-1)
except ValueError as e:
    print("ValueError", e)
f1000 = fib(1000)
print(len(str(f1000)), sum(int(d) for d in str(f1000)), str(f1000)[:20], f1000 % 1000000007)
a, b = 0, 1
for _ in range(1000):
    a, b = b, a + b
print("iterative matches:", a == f1000, fib(1001) - fib(999) == f1000)
fact = 1
for i in range(1, 301):
    fact *= i
s = str(fact)
print(len(s), len(s) - len(s.rstrip("0")), s[:15], fact.bit_length())
n = 2 ** 521 - 1
print(len(str(n)), n % 9, pow(3, n - 1, n) == 1, hex(n)[:12], oct(n)[-6:])
print(divmod(-10 ** 30, 7), divmod(10 ** 30, -7), (-10 ** 30) % 7, -(10 ** 30) // 7)
big = 123456789 ** 9
print(big, big.bit_length(), big >> 100, big & 0xFFFF, ~big % 1000, -big >> 200)
print(int("9" * 50) + 1 == 10 ** 50, int("-0x" + "f" * 30, 16), int("1" * 70, 2), format(10 ** 25, ","))
print(f"{2 ** 100:_}", f"{-(3 ** 50):>40}", f"{7 ** 30:e}", str(10 ** 60 // 3)[-5:], round(2 ** 70, -20))
