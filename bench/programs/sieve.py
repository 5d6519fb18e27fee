"""sieve: sieve of Eratosthenes up to n, done twice: once into a bytearray using slice assignment to strike out multiples, and once into a plain list of bools with an explicit inner while loop. Both sieves must agree; the program then counts primes and twin primes (p, p+2), sums the primes, and finds the largest prime gap. Stresses bytearray slice assignment and indexing, list-of-bool stores, while loops, range steps and integer comparisons."""
# bench: tiny=100000 quick=1000000 full=8000000
import sys


def sieve_bytearray(n):
    """flags[i] == 1 iff i is prime, for 0 <= i <= n."""
    flags = bytearray([1]) * (n + 1)
    flags[0] = 0
    if n >= 1:
        flags[1] = 0
    p = 2
    while p * p <= n:
        if flags[p]:
            # strike out p*p, p*p+p, ... in one slice assignment
            start = p * p
            count = (n - start) // p + 1
            flags[start::p] = bytes(count)
        p += 1
    return flags


def sieve_list(n):
    """Same sieve on a list of bools, inner loop written out."""
    flags = [True] * (n + 1)
    flags[0] = False
    if n >= 1:
        flags[1] = False
    for p in range(2, n + 1):
        if p * p > n:
            break
        if flags[p]:
            m = p * p
            while m <= n:
                flags[m] = False
                m += p
    return flags


def main(n):
    a = sieve_bytearray(n)
    b = sieve_list(n)
    mismatches = 0
    count = 0
    total = 0
    twins = 0
    last = -1
    gap = 0
    for i in range(n + 1):
        if a[i] != b[i]:
            mismatches += 1
        if b[i]:
            count += 1
            total += i
            if last >= 0:
                if i - last == 2:
                    twins += 1
                if i - last > gap:
                    gap = i - last
            last = i
    # the bytearray also yields the count directly
    direct = sum(a)
    return f"{count} {direct} {twins} {total} {gap} {last} {mismatches}"


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 8000000
    print(main(n))
