# The itertools types as classes: names, iteration protocol, subclassing,
# and iterators that stay valid across garbage collections.
import gc
import itertools
from itertools import (count, cycle, repeat, chain, islice, product, permutations,
                       combinations, combinations_with_replacement, tee, groupby,
                       zip_longest, accumulate, pairwise, starmap)

names = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
         'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
         'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']
for name in names:
    obj = getattr(itertools, name)
    print(name, isinstance(obj, type), obj.__name__, repr(obj) if isinstance(obj, type) else '')
print(repr(itertools.tee)[:22], itertools.__name__)

# the iteration protocol: __iter__ returns self, __next__ is a method
for it in [count(), cycle('a'), repeat(1), chain(), islice('a', 1), product(),
           permutations(''), combinations('', 0), combinations_with_replacement('', 0),
           tee('a')[0], groupby(''), zip_longest(), accumulate(''), pairwise(''),
           starmap(len, '')]:
    name = type(it).__name__
    assert iter(it) is it, name
    assert type(it).__iter__(it) is it, name
    print(name, type(it).__module__, hasattr(it, '__next__'))
print(type(count()).__next__(count(3)), count(4).__next__())


# subclasses
class MyCount(count):
    pass


m = MyCount(5)
m.tag = 'mine'
print(type(m).__name__, isinstance(m, count), next(m), repr(m), m.tag)


class Twice(repeat):
    def __new__(cls, x):
        return super().__new__(cls, x, 2)


t = Twice('z')
print(type(t).__name__, list(t), repr(Twice('y')))


class Counted(count):
    def __init__(self, start, step):
        self.label = 'from %r by %r' % (start, step)


c = Counted(10, 5)
print(c.label, list(islice(c, 3)))


class MyChain(chain):
    def __next__(self):
        return super().__next__() * 2


mc = MyChain.from_iterable([[1, 2], [3]])
print(type(mc).__name__, list(mc), list(MyChain([4], [5])))
print(type(chain.from_iterable([])) is chain)


class Sub(itertools.permutations):
    pass


print(list(Sub('ab')), isinstance(Sub('ab'), itertools.permutations))
try:
    class T(type(tee([])[0])):
        pass
except TypeError as e:
    print("TypeError", e)

# iterators stay valid across collections while they run
p = product(range(3), 'ab', repeat=2)
first = [next(p) for _ in range(5)]
gc.collect()
rest = list(p)
print(first[:2], len(first) + len(rest), rest[-1])
perm = permutations(range(5), 3)
half = list(islice(perm, 30))
gc.collect()
print(len(half) + len(list(perm)))
cmb = combinations(list(range(8)), 4)
next(cmb)
gc.collect()
print(len(list(cmb)) + 1)
g = groupby([str(i // 3) for i in range(12)])
k, grp = next(g)
gc.collect()
print(k, list(grp), [(k, len(list(v))) for k, v in g])
a, b = tee(str(i) for i in range(200))
la = [next(a) for _ in range(150)]
gc.collect()
print(la[-1], len(list(b)), len(list(a)))
cy = cycle([object() for _ in range(3)])
objs = [next(cy) for _ in range(3)]
gc.collect()
print([next(cy) is o for o in objs])
z = zip_longest([[1]], [], fillvalue=[0])
gc.collect()
print(list(z))
