# test: gc-stress
# deques, defaultdicts and _tuplegetters whose contents nothing else holds,
# built and changed while collections run (under --gc-stress, at every
# allocation): the trace functions must reach every item of a deque's ring
# buffer (wrapped around, grown, shrunk), a defaultdict's table and its
# factory, a deque iterator's deque and a _tuplegetter's doc.
import gc
from _collections import deque, defaultdict, _tuplegetter, _count_elements


def s(i):
    return 'v%d' % i


# growing at both ends, then shrinking back
d = deque()
for i in range(40):
    d.append(s(i))
    if i % 3 == 0:
        d.appendleft(s(100 + i))
gc.collect()
print(len(d), d[0], d[-1], list(d)[12:15])
for i in range(47):
    if i % 2:
        d.popleft()
    else:
        d.pop()
gc.collect()
print(list(d))

# a bounded deque whose items wrap around the end of its buffer
r = deque(maxlen=6)
for i in range(20):
    r.append([s(i)])
r.appendleft([s(99)])
gc.collect()
print(r)
r.rotate(2)
r.rotate(-5)
gc.collect()
print(r)
w = deque(s(i) for i in range(12))
for i in range(5):
    w.popleft()
    w.append(s(200 + i))
w.rotate(3)
gc.collect()
print(list(w))

# deques inside deques, and iterators keeping their deque alive
nested = deque(deque([s(i), [s(i + 1)]]) for i in range(6))
gc.collect()
print(nested[3], nested[-1][1])
it = iter(deque([s(1), s(2), s(3)]))
rv = reversed(deque([s(4), s(5)]))
gc.collect()
print(next(it), list(rv), list(it))

# insert, del, remove and reverse in a longer deque
big = deque(s(i) for i in range(70))
big.insert(10, s(500))
big.insert(60, s(501))
del big[5]
del big[-3]
big.remove(s(30))
big.reverse()
gc.collect()
print(len(big), big[0], big[9], big[-1], big.index(s(500)), big.count(s(501)))

# copies, concatenation, repetition and extending by itself
src = deque([s(1), [s(2)]], 9)
cp = src.copy()
cat = src + deque([s(3)])
rep = src * 4
src.extend(src)
src *= 2
del src[0]
gc.collect()
print(cp, cat, rep, src)
inplace = deque([(s(7),)])
inplace *= 5
inplace += [s(8)]
gc.collect()
print(inplace)


# a subclass with instance attributes
class D(deque):
    pass


sub = D(s(i) for i in range(5))
sub.attr = [s(77)]
sub.rotate(2)
gc.collect()
print(sub, sub.attr, sub.copy())

# defaultdicts: the factory is held only by the defaultdict


def make_factory(tag):
    return lambda: [tag + '!']


dd = defaultdict(make_factory(s(9)))
gc.collect()
for k in range(12):
    dd[s(k % 5)].append(s(k + 50))
gc.collect()
print(sorted(dd.items())[:2], dd.default_factory(), len(dd))
dd2 = dd.copy()
dd3 = defaultdict(make_factory(s(10)), {s(1): 1}) | dd
dd.default_factory = make_factory(s(11))
gc.collect()
print(dd2[s(99)], dd3[s(98)], dd[s(97)], len(dd2), len(dd3))


class DD(defaultdict):
    pass


tree = DD(lambda: DD(list))
for i in range(6):
    tree[s(i % 2)][s(i)].append(s(i * 10))
tree.note = s(123)
gc.collect()
print(sorted((k, sorted(v.items())) for k, v in tree.items()), tree.note)

# counting into a dict the fast way, and into a defaultdict
counts = {}
_count_elements(counts, (s(i % 4) for i in range(30)))
dc = defaultdict(int)
_count_elements(dc, [s(i % 3) for i in range(10)])
gc.collect()
print(sorted(counts.items()), sorted(dc.items()))

# a _tuplegetter's doc is only held by the descriptor
tg = _tuplegetter(1, 'doc ' + s(3))
gc.collect()
print(tg.__doc__, tg.__get__((s(0), s(1)), tuple))
tg.__doc__ = ['new ' + s(4)]
gc.collect()
print(tg)
