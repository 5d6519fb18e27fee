"""list_comp: evaluates many list, dict and set comprehensions (with `if` filters, nested `for` clauses and a nested comprehension inside a comprehension) and generator expressions fed to sum(). Stresses comprehension frames or inlined comprehensions, LIST_APPEND / MAP_ADD / SET_ADD, range iteration and small int arithmetic."""
# bench: tiny=20 quick=3000 full=12000
import sys


def round_work(m, base):
    # m pseudo-data values in [0, 1000), shifted per round by `base`
    xs = [(base + i * 7) % 1000 for i in range(m)]

    # list comprehensions with filters
    evens = [x for x in xs if x % 2 == 0]
    squares = [x * x for x in evens if x > 100]

    # two `for` clauses plus a filter: O((m/20)^2) pairs
    k = m // 20 + 1
    pairs = [(a, b) for a in range(k) for b in range(a, k) if (a + b) % 3 == 0]

    # a comprehension nested inside a comprehension, then flattened
    grid = [[r * c for c in range(8)] for r in range(m // 10 + 1)]
    flat = [v for row in grid for v in row if v]
    row_sums = [sum(row) for row in grid]

    # dict comprehensions, one over items() of another
    d = {x: x % 17 for x in xs}
    inv = {v: k for k, v in d.items() if k > 500}

    # set comprehensions, one unpacking tuples
    s = {x % 97 for x in xs}
    s2 = {a * b % 101 for a, b in pairs}

    # generator expressions consumed by sum()
    total = sum(x for x in xs if x % 3 == 0)
    total += sum([x // 3 for x in squares])
    total += len(pairs) + sum(flat) + sum(d.values()) + sum(inv)
    total += len(s) * 1000 + len(s2)
    total += sum(len(row) for row in grid) + max(row_sums)
    total += sum(1 for a, b in pairs if a == b)
    return total


def main(n):
    h = 0
    for r in range(50):
        h = (h * 1000003 + round_work(n, r)) % 1000000007
    return h


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12000
    print(main(n))
