# An LRU cache built from a dict and a hand-written doubly linked list, used to memoize.
class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head = Node()
        self.tail = Node()
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node):
        node.next = self.head.next
        node.prev = self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def __getitem__(self, key):
        sentinel = object()
        v = self.get(key, sentinel)
        if v is sentinel:
            raise KeyError(key)
        return v

    def __setitem__(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evictions += 1
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)

    def __delitem__(self, key):
        node = self.map.pop(key)
        self._unlink(node)

    def keys(self):
        out = []
        node = self.head.next
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out

    def __iter__(self):
        return iter(self.keys())

    def __repr__(self):
        items = ", ".join(f"{k!r}: {self.map[k].value!r}" for k in self.keys())
        return f"LRUCache({self.capacity}, {{{items}}})"


def memoize(capacity):
    def deco(fn):
        cache = LRUCache(capacity)

        def wrapper(*args):
            if args in cache:
                return cache[args]
            result = fn(*args)
            cache[args] = result
            return result

        wrapper.cache = cache
        wrapper.__name__ = fn.__name__
        return wrapper

    return deco


c = LRUCache(3)
c["a"] = 1
c["b"] = 2
c["c"] = 3
print(c, len(c))
print(c.get("a"), c.keys())
c["d"] = 4
print(c, "b" in c, "a" in c)
c["c"] = 30
print(list(c), c.get("zzz", "missing"))
del c["a"]
print(c, len(c))
try:
    del c["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    c["gone"]
except KeyError as e:
    print("KeyError", repr(e))
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError", e)
print("stats", c.hits, c.misses, c.evictions)


@memoize(64)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths.__name__, paths(16, 16), len(paths.cache), paths.cache.evictions)


@memoize(8)
def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


lens = [collatz_len(n) for n in range(1, 40)]
print(lens)
print("best", max(range(1, 40), key=lambda n: (lens[n - 1], -n)), collatz_len.cache.hits, collatz_len.cache.misses)
print(collatz_len.cache.keys())

state = 17
trace = LRUCache(5)
for i in range(200):
    state = (state * 75 + 74) % 65537
    k = state % 11
    if trace.get(k) is None:
        trace[k] = i
print(trace, trace.hits, trace.misses, trace.evictions)
