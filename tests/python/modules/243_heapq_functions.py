# _heapq: every function and the max-heap variants, checked against the
# exact heap layouts and comparison counts CPython's C code produces (the
# small heapify and the cache-friendly one used above 2500 items), items
# compared with `<` only, list subclasses (whose methods are not called),
# and heapq.py's merge/nlargest/nsmallest built on top of them.
import heapq
import _heapq

print(heapq.heappush is _heapq.heappush, heapq.heapify is _heapq.heapify,
      heapq._heappop_max is _heapq._heappop_max)
print(sorted(n for n in dir(_heapq) if not n.startswith('__')))

seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % (1 << 31)
    return seed % n


def is_heap(h):
    return all(not h[(i - 1) // 2] > h[i] for i in range(1, len(h)))


def is_max_heap(h):
    return all(not h[(i - 1) // 2] < h[i] for i in range(1, len(h)))


# heapify, then popping everything sorts
data = [rnd(100) for _ in range(30)]
h = list(data)
print(heapq.heapify(h), h)
print(is_heap(h), [heapq.heappop(h) for _ in range(len(h))] == sorted(data), h)

# heappush builds the same layout as CPython's siftdown
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 0, 6]:
    heapq.heappush(h, x)
print(h)
print(heapq.heappop(h), heapq.heappop(h), h)
print(heapq.heapreplace(h, 4), h)
print(heapq.heappushpop(h, 0), h)  # smaller than the top: comes straight back
print(heapq.heappushpop(h, 10), h)
print(heapq.heappushpop([], 3))
one = [7]
print(heapq.heappop(one), one)

# max-heap variants
m = [rnd(50) for _ in range(15)]
heapq._heapify_max(m)
print(m, is_max_heap(m))
print(heapq._heappop_max(m), heapq._heapreplace_max(m, 13), m, is_max_heap(m))
print([heapq._heappop_max(m) for _ in range(len(m))])

# the cache-friendly heapify (more than 2500 items) gives the same heap
big = [rnd(100000) for _ in range(3001)]
hb = list(big)
heapq.heapify(hb)
print(is_heap(hb), sum(i * v for i, v in enumerate(hb)) % 1000003, hb[:8])
mb = list(big)
heapq._heapify_max(mb)
print(is_max_heap(mb), sum(i * v for i, v in enumerate(mb)) % 1000003, mb[:8])
out = [heapq.heappop(hb) for _ in range(3001)]
print(out == sorted(big), hb)


# only `<` is used, and as many times as CPython compares
class Lt:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Lt.calls += 1
        return self.v < other.v

    def __repr__(self):
        return 'Lt(%d)' % self.v


items = [Lt(rnd(40)) for _ in range(25)]
Lt.calls = 0
heapq.heapify(items)
print('heapify', Lt.calls)
Lt.calls = 0
for k in range(10):
    heapq.heappush(items, Lt(rnd(40)))
print('push', Lt.calls)
Lt.calls = 0
popped = [heapq.heappop(items).v for _ in range(12)]
print('pop', Lt.calls, popped)
Lt.calls = 0
print(heapq.heapreplace(items, Lt(3)), heapq.heappushpop(items, Lt(1)),
      heapq.heappushpop(items, Lt(30)), 'replace/pushpop', Lt.calls)

# tuples as (priority, task) entries
pq = []
for prio, task in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'a2'), (5, 'e')]:
    heapq.heappush(pq, (prio, task))
print([heapq.heappop(pq) for _ in range(len(pq))])


# a list subclass: its own methods are never called
class L(list):
    def append(self, x):
        raise AssertionError('append called')

    def __getitem__(self, i):
        raise AssertionError('getitem called')

    def __len__(self):
        raise AssertionError('len called')


s = L([9, 4, 7, 1])
heapq.heapify(s)
heapq.heappush(s, 0)
print(type(s).__name__, list.copy(s), heapq.heappop(s), heapq.heapreplace(s, 8), list.copy(s))

# heapq.py's functions on top of _heapq
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11])))
print(list(heapq.merge(['ccc', 'a'], ['dd', 'b'], key=len, reverse=True)))
print(heapq.nlargest(3, data), heapq.nsmallest(3, data))
print(heapq.nlargest(2, ['aaa', 'b', 'cc', 'dddd'], key=len),
      heapq.nsmallest(2, ['aaa', 'b', 'cc', 'dddd'], key=len))
print(heapq.nlargest(1, [4, 9, 2]), heapq.nsmallest(1, [4, 9, 2]), heapq.nlargest(0, [1]))
print(heapq.nsmallest(10, range(5)), heapq.nlargest(4, iter([5, 1, 8, 8, 3, 9])))
