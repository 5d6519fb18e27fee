# Number theory toolkit: sieve, trial division, Pollard rho, totient, divisors, CRT, modular inverse.
import math


def sieve(n):
    flags = [True] * (n + 1)
    flags[0:2] = [False, False]
    for i in range(2, math.isqrt(n) + 1):
        if flags[i]:
            flags[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i in range(n + 1) if flags[i]]


def sieve_bytes(n):
    bits = bytearray([1]) * (n + 1)
    bits[0:2] = b"\x00\x00"
    for i in range(2, math.isqrt(n) + 1):
        if bits[i]:
            bits[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i in range(n + 1) if bits[i]]


SMALL = sieve(1000)


def is_prime(n):
    if n < 2:
        return False
    for p in SMALL[:12]:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def pollard_rho(n):
    if n % 2 == 0:
        return 2
    c = 1
    while True:
        x = y = 2
        d = 1
        while d == 1:
            x = (x * x + c) % n
            y = (y * y + c) % n
            y = (y * y + c) % n
            d = math.gcd(abs(x - y), n)
        if d != n:
            return d
        c += 1


def factorize(n):
    if n < 1:
        raise ValueError(f"cannot factorize {n}")
    factors = {}
    for p in SMALL:
        while n % p == 0:
            factors[p] = factors.get(p, 0) + 1
            n //= p
    stack = [n] if n > 1 else []
    while stack:
        m = stack.pop()
        if is_prime(m):
            factors[m] = factors.get(m, 0) + 1
        else:
            d = pollard_rho(m)
            stack += [d, m // d]
    return dict(sorted(factors.items()))


def fmt(factors):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in factors.items()) or "1"


def totient(n):
    result = n
    for p in factorize(n):
        result -= result // p
    return result


def divisors(n):
    divs = [1]
    for p, e in factorize(n).items():
        divs = [d * p ** k for d in divs for k in range(e + 1)]
    return sorted(divs)


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def crt(residues, moduli):
    x, m = 0, 1
    for r, mod in zip(residues, moduli):
        g, p, q = egcd(m, mod)
        if (r - x) % g:
            raise ValueError(f"no solution for x = {r} mod {mod}")
        x += m * ((r - x) // g * p % (mod // g))
        m = m * mod // g
        x %= m
    return x, m


print(len(SMALL), SMALL[-5:], sum(SMALL))
for n in [1, 2, 60, 97, 360, 1001, 65536, 999983 * 1000003, 2 ** 61 - 1, 600851475143, 10 ** 18 + 9, 3 ** 20 * 7 ** 5]:
    f = factorize(n)
    back = 1
    for p, e in f.items():
        back *= p ** e
    print(f"{n} = {fmt(f)}  ok={back == n} prime={is_prime(n)}")
try:
    factorize(0)
except ValueError as e:
    print("ValueError:", e)
print([totient(n) for n in range(1, 21)], totient(10 ** 12))
print(divisors(360), len(divisors(720720)), sum(divisors(28)) - 28)
perfect = [n for n in range(2, 10000) if sum(divisors(n)) == 2 * n]
print("perfect:", perfect)
print(egcd(240, 46), pow(17, -1, 3120), 17 * pow(17, -1, 3120) % 3120)
try:
    pow(6, -1, 9)
except ValueError as e:
    print("ValueError:", e)
print(crt([2, 3, 2], [3, 5, 7]), crt([1, 2, 3, 4], [5, 7, 9, 11]), crt([3, 5], [4, 6]))
try:
    crt([1, 2], [4, 6])
except ValueError as e:
    print("ValueError:", e)
print(math.gcd(0, 0), math.gcd(-12, 18), math.gcd(2 ** 100, 6 ** 50), math.lcm(4, 6, 10) if hasattr(math, "lcm") else None)
twins = [(p, p + 2) for p in SMALL if p + 2 in SMALL[:200]]
print(len(twins), twins[-3:])
goldbach = {n: next(p for p in SMALL if (n - p) in set(SMALL)) for n in range(4, 60, 6)}
print(goldbach)
print([n for n in range(2, 3000) if not is_prime(n) and pow(2, n - 1, n) == 1])
print(sieve_bytes(1000) == SMALL, sum(sieve_bytes(5000)))
