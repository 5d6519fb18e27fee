# _heapq's errors, with CPython's messages: argument counts and keywords,
# non-list heaps, empty heaps, items that cannot be compared, comparisons
# that raise, and comparisons that change the heap's length (RuntimeError)
# or only its contents (no error).
import heapq
import _heapq


def t(fn, *args, **kwargs):
    try:
        print(repr(fn(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


# argument counts and keywords
t(_heapq.heappush)
t(_heapq.heappush, [])
t(_heapq.heappush, [], 1, 2)
t(_heapq.heappush, heap=[], item=1)
t(_heapq.heappop)
t(_heapq.heappop, [], 1)
t(_heapq.heappop, heap=[])
t(_heapq.heappop, [], x=1)
t(_heapq.heapify, [], [])
t(_heapq.heapify, x=1)
t(_heapq.heapreplace, [], x=1)
t(_heapq.heappushpop, [], 1, 3)
t(_heapq._heapreplace_max, [])
t(_heapq._heappop_max, [], 1)
t(_heapq._heapify_max)

# the heap must be a list
t(heapq.heappush, (), 1)
t(heapq.heappush, None, 1)
t(heapq.heappop, ())
t(heapq.heapify, 'abc')
t(heapq.heapreplace, (), 1)
t(heapq.heappushpop, {}, 1)
t(heapq._heapify_max, 1)
t(heapq._heappop_max, ())
t(heapq._heapreplace_max, (), 1)

# empty heaps
t(heapq.heappop, [])
t(heapq.heapreplace, [], 1)
t(heapq._heappop_max, [])
t(heapq._heapreplace_max, [], 1)
t(heapq.heappushpop, [], 5)
t(heapq.heapify, [])

# items that cannot be compared: the push has happened
h = [1]
t(heapq.heappush, h, 'a')
print(h)
t(heapq.heappushpop, [1], 'a')
h = [1, 2]
t(heapq.heapreplace, h, 'a')
print(h)
t(heapq.heapify, [1, 'a', 2])
t(heapq.heappush, [{}], {})


class Bad:
    def __lt__(self, other):
        raise ValueError('no order')


t(heapq.heappush, [Bad()], Bad())
t(heapq.heapify, [Bad(), Bad(), Bad()])
t(heapq.heappushpop, [Bad()], Bad())
t(heapq._heapify_max, [Bad(), Bad()])


# a comparison that changes the heap's length
class Grow:
    heap = None
    armed = True

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if Grow.armed and Grow.heap is not None:
            Grow.armed = False
            Grow.heap.append(Grow(-1))
        return self.v < other.v

    def __repr__(self):
        return 'G%d' % self.v


def changing(fn, heap, *args):
    Grow.heap = heap
    Grow.armed = True
    t(fn, heap, *args)
    print(heap)


changing(heapq.heappush, [Grow(1), Grow(2)], Grow(0))
changing(heapq.heappop, [Grow(1), Grow(2), Grow(3), Grow(4)])
changing(heapq.heapify, [Grow(5), Grow(2), Grow(3)])
changing(heapq.heapreplace, [Grow(1), Grow(2), Grow(3)], Grow(9))
changing(heapq._heapify_max, [Grow(1), Grow(2), Grow(3)])
changing(heapq._heappop_max, [Grow(9), Grow(2), Grow(3), Grow(1)])


class Shrink:
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap

    def __lt__(self, other):
        self.heap.clear()
        return self.v < other.v

    def __repr__(self):
        return 'S%d' % self.v


h = []
h.extend([Shrink(1, h), Shrink(2, h)])
t(heapq.heappushpop, h, Shrink(5, h))  # the heap emptied by the comparison
print(h)
h = []
h.extend([Shrink(1, h), Shrink(2, h), Shrink(3, h)])
t(heapq.heappop, h)
print(h)


# a comparison that replaces the items but keeps the length
class Swap:
    heap = None

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if Swap.heap is not None:
            h, Swap.heap = Swap.heap, None
            h[:] = [Swap(10 * x.v) for x in h]
        return self.v < other.v

    def __repr__(self):
        return 'W%d' % self.v


h = [Swap(1), Swap(5), Swap(3)]
Swap.heap = h
t(heapq.heappush, h, Swap(0))
print(h)
h = [Swap(1), Swap(5), Swap(3), Swap(7)]
Swap.heap = h
t(heapq.heappop, h)
print(h)
