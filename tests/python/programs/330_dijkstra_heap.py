# Dijkstra shortest paths with a hand-written binary min-heap, graph from an LCG.
class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)


class MinHeap:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, item):
        items = self.items
        items.append(item)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if items[i] < items[parent]:
                items[i], items[parent] = items[parent], items[i]
                i = parent
            else:
                break

    def pop(self):
        items = self.items
        if not items:
            raise IndexError("pop from empty heap")
        top = items[0]
        last = items.pop()
        if items:
            items[0] = last
            i = 0
            n = len(items)
            while True:
                l, r = 2 * i + 1, 2 * i + 2
                smallest = i
                if l < n and items[l] < items[smallest]:
                    smallest = l
                if r < n and items[r] < items[smallest]:
                    smallest = r
                if smallest == i:
                    break
                items[i], items[smallest] = items[smallest], items[i]
                i = smallest
        return top


def build_graph(n, edges, rng):
    graph = {v: [] for v in range(n)}
    for _ in range(edges):
        a = rng.randint(0, n - 1)
        b = rng.randint(0, n - 1)
        if a != b:
            w = rng.randint(1, 20)
            graph[a].append((b, w))
            graph[b].append((a, w))
    return graph


def dijkstra(graph, src):
    dist = {src: 0}
    prev = {src: None}
    heap = MinHeap()
    heap.push((0, src))
    visited = set()
    pops = 0
    while heap:
        d, u = heap.pop()
        pops += 1
        if u in visited:
            continue
        visited.add(u)
        for v, w in graph[u]:
            nd = d + w
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                heap.push((nd, v))
    return dist, prev, pops


def path_to(prev, target):
    if target not in prev:
        return None
    path = []
    while target is not None:
        path.append(target)
        target = prev[target]
    return path[::-1]


rng = LCG(2024)
h = MinHeap()
vals = [rng.randint(0, 999) for _ in range(40)]
for v in vals:
    h.push(v)
out = [h.pop() for _ in range(len(vals))]
print("heap sort ok:", out == sorted(vals), out[:8])
try:
    h.pop()
except IndexError as e:
    print("IndexError:", e)

graph = build_graph(60, 110, rng)
dist, prev, pops = dijkstra(graph, 0)
print("reachable:", len(dist), "pops:", pops)
print("max dist:", max(dist.values()), "sum:", sum(dist.values()))
for t in (1, 7, 13, 29, 42, 59):
    p = path_to(prev, t)
    if p is None:
        print(t, "unreachable")
    else:
        cost = 0
        for a, b in zip(p, p[1:]):
            cost += min(w for v, w in graph[a] if v == b)
        print(t, dist[t], cost == dist[t], "->".join(map(str, p)))
far = sorted(dist.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("farthest:", far)
unreach = [v for v in range(60) if v not in dist]
print("unreachable:", unreach)
degrees = sorted(((len(e), v) for v, e in graph.items()), reverse=True)[:5]
print("top degrees:", degrees)
