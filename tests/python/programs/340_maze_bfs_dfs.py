# Generate a maze with iterative DFS (LCG randomness), then solve with BFS and DFS.
class Rand:
    def __init__(self, seed):
        self.s = seed

    def below(self, n):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.s >> 33) % n


def generate(w, h, rng):
    grid = [["#"] * (2 * w + 1) for _ in range(2 * h + 1)]
    stack = [(0, 0)]
    seen = {(0, 0)}
    grid[1][1] = " "
    while stack:
        x, y = stack[-1]
        nbrs = []
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nx, ny = x + dx, y + dy
            if 0 <= nx < w and 0 <= ny < h and (nx, ny) not in seen:
                nbrs.append((nx, ny, dx, dy))
        if not nbrs:
            stack.pop()
            continue
        nx, ny, dx, dy = nbrs[rng.below(len(nbrs))]
        grid[2 * y + 1 + dy][2 * x + 1 + dx] = " "
        grid[2 * ny + 1][2 * nx + 1] = " "
        seen.add((nx, ny))
        stack.append((nx, ny))
    return grid


def neighbours(grid, r, c):
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if grid[nr][nc] != "#":
            yield nr, nc


def bfs(grid, start, goal):
    frontier = [start]
    parent = {start: None}
    head = 0
    while head < len(frontier):
        cur = frontier[head]
        head += 1
        if cur == goal:
            break
        for nxt in neighbours(grid, *cur):
            if nxt not in parent:
                parent[nxt] = cur
                frontier.append(nxt)
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = parent.get(node)
    return path[::-1], head


def dfs(grid, start, goal):
    stack = [(start, [start])]
    visited = set()
    expanded = 0
    while stack:
        node, path = stack.pop()
        if node in visited:
            continue
        visited.add(node)
        expanded += 1
        if node == goal:
            return path, expanded
        for nxt in neighbours(grid, *node):
            if nxt not in visited:
                stack.append((nxt, path + [nxt]))
    return None, expanded


def count_dead_ends(grid):
    n = 0
    for r in range(1, len(grid) - 1, 2):
        for c in range(1, len(grid[0]) - 1, 2):
            if sum(1 for _ in neighbours(grid, r, c)) == 1:
                n += 1
    return n


for seed, (w, h) in ((7, (8, 5)), (99, (12, 6)), (12345, (20, 10))):
    grid = generate(w, h, Rand(seed))
    start, goal = (1, 1), (2 * h - 1, 2 * w - 1)
    bpath, bexp = bfs(grid, start, goal)
    dpath, dexp = dfs(grid, start, goal)
    print(f"maze {w}x{h} seed={seed}: bfs len={len(bpath)} expanded={bexp}; "
          f"dfs len={len(dpath)} expanded={dexp}; same={bpath == dpath}; dead ends={count_dead_ends(grid)}")
    if w <= 12:
        canvas = [row[:] for row in grid]
        for r, c in bpath:
            canvas[r][c] = "."
        canvas[start[0]][start[1]] = "S"
        canvas[goal[0]][goal[1]] = "G"
        print("\n".join("".join(row) for row in canvas))
