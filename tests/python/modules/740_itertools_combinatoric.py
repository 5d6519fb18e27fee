# itertools.product, permutations, combinations, combinations_with_replacement.
from itertools import (product, permutations, combinations,
                       combinations_with_replacement as cwr, islice, count)
from math import comb, factorial, perm


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


# product
print(list(product('AB', 'xy')))
print(list(product(range(2), repeat=3)))
print(list(product('ab', [1, 2], repeat=2))[:6], len(list(product('ab', [1, 2], repeat=2))))
print(list(product()), list(product(repeat=3)), list(product([1], repeat=0)))
print(list(product([1, 2], [], [3])), list(product([])), list(product('a')))
print(list(product(iter([1, 2]), (x for x in 'ab'))))
print(list(product(1, repeat=0)), list(product([0, 1], repeat=True)))
p = product('ab', repeat=2)
print(next(p), next(p), list(p), list(p), iter(p) is p)


class Idx:
    def __index__(self):
        return 2


print(len(list(product(range(3), repeat=Idx()))))
show(lambda: product(1))
show(lambda: product([1], repeat=-1))
show(lambda: product(1, repeat=-1))
show(lambda: product([1], repeat='a'))
show(lambda: product([1], repeat=2 ** 70))
show(lambda: product([1], x=1))
show(lambda: product([1], repeat=1, x=1))
show(lambda: product([1], repeat=2 ** 62))

# permutations
print(list(permutations('ABC')))
print(list(permutations('ABCD', 2)))
print(list(permutations(range(3), 3)) == list(permutations(range(3))))
print(list(permutations([1, 2], 3)), list(permutations([], 0)), list(permutations([1, 2], 0)))
print(list(permutations([])), list(permutations([1], None)), list(permutations([7], True)))
print(list(permutations([1, 1, 2])))
for n in range(6):
    for r in range(n + 2):
        ps = list(permutations(range(n), r))
        assert len(ps) == (perm(n, r) if r <= n else 0), (n, r)
        assert ps == sorted(ps) and len(set(ps)) == len(ps), (n, r)
print("permutations counts ok")
show(lambda: permutations())
show(lambda: permutations(1))
show(lambda: permutations([1], -1))
show(lambda: permutations(1, -1))
show(lambda: permutations([1], 'a'))
show(lambda: permutations([1], 2.0))
show(lambda: permutations(range(4), Idx()))
show(lambda: permutations([1], 2 ** 70))
show(lambda: permutations([1], 2, 3))
show(lambda: permutations([1], x=2))
show(lambda: permutations([1], 2, r=4))
show(lambda: permutations(r=4))
print(list(permutations(iterable='ab', r=1)))

# combinations
print(list(combinations('ABCD', 2)))
print(list(combinations(range(4), 3)))
print(list(combinations([1], 2)), list(combinations([], 0)), list(combinations('ab', 0)))
print(list(combinations('abc', 3)), list(combinations(range(4), Idx())))
print(list(combinations(iterable=[1, 2], r=1)))
for n in range(7):
    for r in range(n + 2):
        cs = list(combinations(range(n), r))
        assert len(cs) == comb(n, r), (n, r)
        assert cs == sorted(cs) and all(list(c) == sorted(set(c)) for c in cs), (n, r)
print("combinations counts ok")
c = combinations('abc', 2)
print(next(c), list(c), list(c))
show(lambda: combinations())
show(lambda: combinations([1]))
show(lambda: combinations(1, 2))
show(lambda: combinations([1], -1))
show(lambda: combinations(1, -1))
show(lambda: combinations([1], None))
show(lambda: combinations([1], 1.0))
show(lambda: combinations([1], 2 ** 70))
show(lambda: combinations([1], 1, 2))
show(lambda: combinations([1], 1, r=2))

# combinations_with_replacement
print(list(cwr('ABC', 2)))
print(list(cwr([1, 2], 3)), list(cwr([], 1)), list(cwr([], 0)), list(cwr('ab', 0)))
print(list(cwr('x', 4)), list(cwr(range(3), 1)))
for n in range(5):
    for r in range(5):
        cs = list(cwr(range(n), r))
        assert len(cs) == (comb(n + r - 1, r) if n else (1 if r == 0 else 0)), (n, r)
        assert cs == sorted(cs) and all(list(c) == sorted(c) for c in cs), (n, r)
print("cwr counts ok")
show(lambda: cwr([1]))
show(lambda: cwr([1], -1))
show(lambda: cwr(1, 1))
show(lambda: cwr([1], 'a'))
show(lambda: cwr([1], 1, 2))

# the results are fresh tuples: keeping them is safe
kept = list(product('ab', repeat=2))
print(kept, [type(t).__name__ for t in kept][:1])
print(sum(1 for _ in product(range(10), repeat=4)), factorial(7) == len(list(permutations(range(7)))))
