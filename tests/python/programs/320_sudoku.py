# Backtracking sudoku solver with candidate sets and most-constrained-cell heuristic.
PUZZLES = [
    "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
    "..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759..",
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
]


def parse(s):
    return [[0 if c == "." else int(c) for c in s[r * 9:(r + 1) * 9]] for r in range(9)]


def candidates(grid, r, c):
    used = set(grid[r])
    used.update(grid[i][c] for i in range(9))
    br, bc = 3 * (r // 3), 3 * (c // 3)
    for i in range(br, br + 3):
        for j in range(bc, bc + 3):
            used.add(grid[i][j])
    return [d for d in range(1, 10) if d not in used]


class Solver:
    def __init__(self, grid):
        self.grid = [row[:] for row in grid]
        self.nodes = 0

    def pick(self):
        best = None
        for r in range(9):
            for c in range(9):
                if self.grid[r][c] == 0:
                    cands = candidates(self.grid, r, c)
                    if best is None or len(cands) < len(best[2]):
                        best = (r, c, cands)
                        if len(cands) <= 1:
                            return best
        return best

    def solve(self):
        self.nodes += 1
        cell = self.pick()
        if cell is None:
            return True
        r, c, cands = cell
        for d in cands:
            self.grid[r][c] = d
            if self.solve():
                return True
        self.grid[r][c] = 0
        return False


def valid(grid):
    groups = []
    groups.extend(grid)
    groups.extend([[grid[r][c] for r in range(9)] for c in range(9)])
    for br in range(0, 9, 3):
        for bc in range(0, 9, 3):
            groups.append([grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)])
    return all(sorted(g) == list(range(1, 10)) for g in groups)


def fmt(grid):
    lines = []
    for r, row in enumerate(grid):
        if r and r % 3 == 0:
            lines.append("------+-------+------")
        parts = [" ".join(str(v) if v else "." for v in row[i:i + 3]) for i in (0, 3, 6)]
        lines.append(" | ".join(parts))
    return "\n".join(lines)


for idx, p in enumerate(PUZZLES):
    g = parse(p)
    s = Solver(g)
    ok = s.solve()
    print(f"puzzle {idx}: solved={ok} nodes={s.nodes} valid={valid(s.grid)}")
    print(fmt(s.grid))
    print("checksum", sum(s.grid[i][i] * (i + 1) for i in range(9)), "".join(map(str, s.grid[4])))

bad = parse("12345678." + "........9" + "." * 63)
s = Solver(bad)
print("contradiction:", s.solve(), s.nodes)
print("candidates", candidates(parse(PUZZLES[0]), 0, 2), candidates(parse(PUZZLES[0]), 4, 4))
