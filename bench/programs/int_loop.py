"""int_loop: a tight loop of small-integer arithmetic on local variables (add, subtract, multiply, floor division, modulo, comparisons and a few bit operations), mixing the values into a bounded running checksum. Stresses the interpreter's fast paths for small int binary operations, comparisons, local variable load/store and loop overhead."""
# bench: tiny=10000 quick=300000 full=2500000
import sys


def kernel(n):
    # All variables are locals; values stay small (mostly below 2**20)
    # so that every operation hits the small-int fast path.
    acc = 0
    a = 7
    b = 13
    i = 0
    while i < n:
        a = (a * 31 + i) % 65521          # mul, add, mod
        b = (b + a // 7 - i % 11) & 0xFFFF  # floordiv, mod, sub, and
        c = a - b
        if c < 0:
            c = -c
        if a > b:
            acc += c
        elif a == b:
            acc += 1
        else:
            acc -= c // 3
        if i % 3 == 0:
            acc ^= a
        acc = acc % 1000000007
        i += 1
    return acc, a, b


def range_kernel(n):
    # Same flavour, driven by range() and with negative floor div / mod.
    total = 0
    for i in range(n):
        x = i - 500
        total += x // 7 + x % 7
        total += (x * 3) // -5
        if total > 100000:
            total -= 99991
        elif total < -100000:
            total += 99991
    return total


def main(n):
    acc, a, b = kernel(n)
    t = range_kernel(n)
    return (acc * 1000003 + a * 7919 + b * 31 + t) % 1000000007


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2500000
    print(main(n))
