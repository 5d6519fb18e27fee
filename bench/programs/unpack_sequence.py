"""unpack_sequence: tight loops that unpack tuples and lists of 2, 3 and 10 elements into local names (a, b = t; a, b, c = l; a, ..., j = t), starred unpacking, unpacking in for-loop targets, and the swap / rotate idioms (a, b = b, a; a, b, c = c, a, b). n is the number of outer iterations; all unpacked values feed an integer checksum so no work can be skipped. Stresses UNPACK_SEQUENCE for tuples and lists, tuple building, local variable stores and small-int arithmetic."""
# bench: tiny=20000 quick=150000 full=1000000
import sys

MASK = 0xFFFFFFFF


def unpack_tuples(n):
    t2 = (3, 5)
    t3 = (7, 11, 13)
    t10 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    acc = 0
    for i in range(n):
        a, b = t2
        c, d, e = t3
        f0, f1, f2, f3, f4, f5, f6, f7, f8, f9 = t10
        # unpack again, so several unpacks run per iteration
        a, b = t2
        c, d, e = t3
        f0, f1, f2, f3, f4, f5, f6, f7, f8, f9 = t10
        acc = (acc + a * b + c - d + e + f0 + f3 + f6 + f9 + i) & MASK
    return acc


def unpack_lists(n):
    l2 = [4, 9]
    l3 = [2, 8, 6]
    l10 = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]
    acc = 0
    for i in range(n):
        a, b = l2
        c, d, e = l3
        g0, g1, g2, g3, g4, g5, g6, g7, g8, g9 = l10
        a, b = l2
        c, d, e = l3
        g0, g1, g2, g3, g4, g5, g6, g7, g8, g9 = l10
        acc = (acc + a + b * c + d - e + g1 + g4 + g8 + i) & MASK
        # mutate the list so the values change over time
        l2[0] = (a + 1) & 1023
    return acc


def swaps(n):
    a, b, c = 1, 2, 3
    x, y = 17, 4
    acc = 0
    for i in range(n):
        a, b = b, a              # two-way swap
        a, b, c = c, a, b        # three-way rotate
        x, y = y, (x + y) & 1023 # Fibonacci-style step
        a, b = b, a
        c, a = a, c
        acc = (acc * 3 + a * 100 + b * 10 + c + x - y) & MASK
    return acc


def unpack_in_loops(n):
    pairs = [(i, i * i & 255) for i in range(16)]
    triples = [[i, i + 1, i * 3] for i in range(16)]
    acc = 0
    for k in range(n // 8 + 1):
        for i, sq in pairs:
            acc = (acc + i * sq + k) & MASK
        for p, q, r in triples:
            acc = (acc ^ (p + q * r)) & MASK
    return acc


def starred(n):
    t = (1, 2, 3, 4, 5, 6)
    acc = 0
    for i in range(n // 4 + 1):
        first, *middle, last = t
        head, *tail = middle
        acc = (acc + first * last + head + len(tail) + i) & MASK
    return acc


def main(n):
    results = (unpack_tuples(n), unpack_lists(n), swaps(n),
               unpack_in_loops(n), starred(n))
    check = 0
    for r in results:
        check = (check * 1000003 + r) % 1000000007
    return " ".join(str(r) for r in results) + " " + str(check)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    print(main(n))
