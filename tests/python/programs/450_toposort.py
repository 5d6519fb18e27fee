# Topological sorting (Kahn and DFS), cycle detection, build ordering with levels.
class CycleError(Exception):
    def __init__(self, cycle):
        super().__init__("cycle: " + " -> ".join(cycle))
        self.cycle = cycle


def kahn(graph):
    indeg = {n: 0 for n in graph}
    for n, deps in graph.items():
        for d in deps:
            indeg.setdefault(d, 0)
            indeg[d] += 1
    ready = sorted(n for n, k in indeg.items() if k == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for d in sorted(graph.get(n, ())):
            indeg[d] -= 1
            if indeg[d] == 0:
                ready.append(d)
                ready.sort()
    if len(order) != len(indeg):
        left = sorted(n for n in indeg if n not in order)
        raise CycleError(left)
    return order


def dfs_order(graph):
    WHITE, GREY, BLACK = 0, 1, 2
    color = {}
    order = []
    stack_path = []

    def visit(n):
        c = color.get(n, WHITE)
        if c == BLACK:
            return
        if c == GREY:
            i = stack_path.index(n)
            raise CycleError(stack_path[i:] + [n])
        color[n] = GREY
        stack_path.append(n)
        for d in sorted(graph.get(n, ())):
            visit(d)
        stack_path.pop()
        color[n] = BLACK
        order.append(n)

    for n in sorted(graph):
        visit(n)
    return order[::-1]


def levels(graph):
    # graph maps task -> tasks that depend on it; compute longest-path level
    order = kahn(graph)
    level = {n: 0 for n in order}
    for n in order:
        for d in graph.get(n, ()):
            level[d] = max(level[d], level[n] + 1)
    groups = {}
    for n, l in level.items():
        groups.setdefault(l, []).append(n)
    return [sorted(groups[l]) for l in sorted(groups)]


def check(graph, order):
    pos = {n: i for i, n in enumerate(order)}
    return all(pos[a] < pos[b] for a, bs in graph.items() for b in bs)


build = {
    "fetch": ["configure"],
    "configure": ["compile_core", "compile_ui", "docs"],
    "compile_core": ["link", "unit_tests"],
    "compile_ui": ["link"],
    "link": ["package", "integration_tests"],
    "unit_tests": ["package"],
    "integration_tests": ["package"],
    "docs": ["package"],
    "package": ["upload"],
    "lint": ["package"],
}
k = kahn(build)
d = dfs_order(build)
print("kahn:", k, check(build, k))
print("dfs: ", d, check(build, d))
for i, grp in enumerate(levels(build)):
    print(f"  stage {i}: {', '.join(grp)}")

courses = {c: [] for c in range(8)}
for a, b in [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (5, 4), (6, 7), (5, 6)]:
    courses[a].append(b)
print("courses:", kahn(courses), dfs_order(courses))

cyclic = {"a": ["b"], "b": ["c"], "c": ["d", "a"], "d": [], "e": ["a"]}
for fn in (kahn, dfs_order):
    try:
        fn(cyclic)
    except CycleError as e:
        print(fn.__name__, "->", e, e.cycle)
try:
    dfs_order({"x": ["x"]})
except CycleError as e:
    print("self loop:", e)
print("empty:", kahn({}), dfs_order({}), levels({}))


def all_orders(graph):
    indeg = {n: 0 for n in graph}
    for deps in graph.values():
        for d in deps:
            indeg[d] += 1
    result = []
    path = []

    def rec():
        if len(path) == len(graph):
            result.append("".join(path))
            return
        for n in sorted(graph):
            if indeg[n] == 0 and n not in path:
                path.append(n)
                for d in graph[n]:
                    indeg[d] -= 1
                rec()
                for d in graph[n]:
                    indeg[d] += 1
                path.pop()

    rec()
    return result


small = {"a": ["c"], "b": ["c", "d"], "c": ["e"], "d": ["e"], "e": []}
orders = all_orders(small)
print(len(orders), orders)
print(all(check(small, list(o)) for o in orders))
