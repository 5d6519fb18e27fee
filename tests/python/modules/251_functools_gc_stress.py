# test: gc-stress
# partials, lru caches, KeyWrappers and heaps whose contents nothing else
# holds, built and changed while collections run (under --gc-stress, at
# every allocation): the trace functions must reach a partial's function,
# arguments, keywords and __dict__, a cache's function, dict, links (their
# keys, results and neighbours, also after evictions and clears) and
# __dict__, and a KeyWrapper's function and object. (Only the native
# modules are imported: functools.py's imports are slow under --gc-stress.)
import gc
import _bisect as bisect
import _functools as functools
import _heapq as heapq


def cache_info(*values):
    return 'CacheInfo%r' % (values,)


def lru_cache(maxsize, typed=False):
    return lambda fn: functools._lru_cache_wrapper(fn, maxsize, typed, cache_info)


def s(i):
    return 'v%d' % i


def mk(tag):
    return lambda *a, **k: (tag, a, sorted(k.items()))


# partials: nested ones flattened, keywords merged, state replaced
p = functools.partial(mk(s(1)), s(2), k=[s(3)])
q = functools.partial(p, s(4), j=(s(5),))
gc.collect()
print(q(s(6)), q.args, q.keywords)
r = functools.partial(q, k=s(7))
r.attr = [s(8)]
del p, q
gc.collect()
print(r(), r.attr, r.__reduce__()[2][1:3])
r.__setstate__((mk(s(9)), (s(10), [s(11)]), {s(12): s(13)}, {'a': s(14)}))
gc.collect()
print(r(s(15)), r.a, repr(r)[:18])


class P(functools.partial):
    pass


ps = [P(mk(s(i)), s(i + 1), key=s(i + 2)) for i in range(6)]
ps[2].extra = {s(40): [s(41)]}
gc.collect()
print([x()[1] for x in ps], ps[2].extra, functools.partial(ps[3], s(50))())

# lru caches: bounded with evictions, unbounded, typed with keywords
calls = []


@lru_cache(maxsize=3)
def f(x, y=None):
    calls.append(x)
    return [x, s(len(calls))]


for i in [1, 2, 1, 3, 4, 1, 5, 2, 3]:
    f(s(i % 4), y=(s(i),) if i % 2 else None)
    if i % 3 == 0:
        gc.collect()
gc.collect()
f.__dict__['tag'] = [s(99)]
gc.collect()
print(len(calls), f.cache_info(), f(s(1), y=(s(5),)), f.tag)


@lru_cache(maxsize=None, typed=True)
def g(*args, **kwargs):
    return (args, sorted(kwargs.items()))


for i in range(8):
    g(s(i), [s(i)][0], k=s(i * 2))
gc.collect()
print(g(s(3), s(3), k=s(6)), g.cache_info())
g.cache_clear()
gc.collect()
print(g(s(1)), g.cache_info())


class Holder:
    @lru_cache(maxsize=2)
    def method(self, n):
        return [s(n)] * 2


hs = [Holder() for _ in range(3)]
out = [hs[i % 3].method(i % 4) for i in range(10)]
gc.collect()
print(out[-1], Holder.method.cache_info())
Holder.method.cache_clear()
gc.collect()
print(hs[0].method(7), Holder.method.cache_info())

# KeyWrappers sorting fresh strings, bisect and heaps of fresh items
words = [s(i * 7 % 11) for i in range(11)]
key = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
gc.collect()
print(sorted(words, key=key)[:4], key(s(1)).obj)
h = []
for i in range(12):
    heapq.heappush(h, (s(i * 5 % 7), [s(i)]))
gc.collect()
print([heapq.heappop(h)[0] for _ in range(4)], len(h))
b = []
for i in range(10):
    bisect.insort_right(b, s(i * 3 % 10), key=lambda v: v[::-1])
gc.collect()
print(b, functools.reduce(lambda a, c: a + c[-1], b, s(0)))
