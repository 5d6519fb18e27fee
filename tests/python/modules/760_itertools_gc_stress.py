# test: gc-stress
# Every itertools type, kept alive and advanced while collections run (under
# --gc-stress, at every allocation): their trace functions must reach all of
# their state, including the index buffers and the tee's chunks.
import gc
from itertools import (accumulate, chain, combinations, combinations_with_replacement,
                       compress, count, cycle, dropwhile, filterfalse, groupby, islice,
                       pairwise, permutations, product, repeat, starmap, takewhile, tee,
                       zip_longest)


def s(i):
    return 'v%d' % i


its = [
    count(10 ** 20, 10 ** 19), cycle([s(1), s(2)]), repeat(s(3), 5),
    accumulate([s(i) for i in range(4)], initial=s(9)), chain([s(1)], (s(i) for i in range(3))),
    compress([s(i) for i in range(6)], [1, 0] * 3), dropwhile(lambda x: x < 'v2', map(s, range(5))),
    takewhile(lambda x: x < 'v3', map(s, range(5))), filterfalse(None, [s(0), '', s(1)]),
    islice(map(s, range(20)), 2, 12, 3), starmap(lambda x, y: x + y, [(s(1), s(2)), (s(3), s(4))]),
    zip_longest(map(s, range(3)), [s(9)], fillvalue=s(7)), pairwise(map(s, range(4))),
    product(map(s, range(3)), repeat=2), permutations(map(s, range(4)), 2),
    combinations(map(s, range(5)), 3), combinations_with_replacement(map(s, range(3)), 2),
]
out = [[] for _ in its]
for step in range(4):
    gc.collect()
    for i, it in enumerate(its):
        out[i].append(next(it, None))
for o in out:
    print(o)

a, b, c = tee(map(s, range(80)), 3)
first = [next(a) for _ in range(70)]
gc.collect()
print(first[-1], list(islice(b, 3)), sum(1 for _ in c), len(list(a)), len(list(b)))

g = groupby(map(s, [1, 1, 2, 2, 2, 3]))
k, grp = next(g)
gc.collect()
print(k, next(grp), [(k, list(v)) for k, v in g])
