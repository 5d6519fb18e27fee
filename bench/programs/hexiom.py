"""hexiom: generate and solve hexiom-style tile puzzles. A hexagonal board of radius 2 (19 cells) must be filled with a given multiset of numbered tiles plus a few holes so that every tile's number equals how many of its six neighbours hold tiles; some cells come pre-filled. Puzzles are generated from a seeded LCG (a random hole pattern defines the tiles, so each puzzle has at least one solution) and solved exhaustively by backtracking over per-cell domain sets with constraint propagation (neighbour-count bounds, forced-empty / forced-full neighbours, tile supply). n is the number of puzzles; the checksum combines the solution counts, search node counts and a hash of the first solution. Stresses set operations, list copies, nested loops, recursion and small-int comparisons."""
# bench: tiny=1 quick=12 full=90
import sys

RADIUS = 2
HOLE = 7            # the "value" of an empty cell; tile numbers are 0..6


def make_board(radius):
    """Cells in axial coordinates, and the neighbour index lists."""
    cells = []
    for q in range(-radius, radius + 1):
        for r in range(-radius, radius + 1):
            if abs(q + r) <= radius:
                cells.append((q, r))
    index = {c: i for i, c in enumerate(cells)}
    nbrs = []
    for q, r in cells:
        around = []
        for dq, dr in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1)):
            j = index.get((q + dq, r + dr))
            if j is not None:
                around.append(j)
        nbrs.append(around)
    return cells, nbrs


class Solver:
    def __init__(self, nbrs, counts, fixed):
        self.nbrs = nbrs
        self.n = len(nbrs)
        self.counts0 = counts          # supply of each value 0..7 (7 = holes)
        self.fixed = fixed             # {cell: value} pre-placed
        self.nodes = 0
        self.solutions = 0
        self.first = None

    def propagate(self, assign, counts):
        """Assign forced cells in place. Return the domains of the open cells, or None on contradiction."""
        nbrs = self.nbrs
        while True:
            doms = {}
            forced = None
            for i in range(self.n):
                # bounds on how many neighbours of i end up holding tiles
                lo = 0
                hi = 0
                for j in nbrs[i]:
                    a = assign[j]
                    if a is None:
                        hi += 1
                    elif a != HOLE:
                        lo += 1
                        hi += 1
                v = assign[i]
                if v is not None:
                    if v != HOLE and not (lo <= v <= hi):
                        return None
                    continue
                dom = {k for k in range(lo, hi + 1) if counts[k] > 0}
                if counts[HOLE] > 0:
                    dom.add(HOLE)
                # an assigned neighbour tile may already be saturated or need every open neighbour
                for j in nbrs[i]:
                    t = assign[j]
                    if t is None or t == HOLE:
                        continue
                    have = 0
                    open_ = 0
                    for k in nbrs[j]:
                        b = assign[k]
                        if b is None:
                            open_ += 1
                        elif b != HOLE:
                            have += 1
                    if have == t:
                        dom &= {HOLE}
                    elif have + open_ == t:
                        dom.discard(HOLE)
                if not dom:
                    return None
                if len(dom) == 1 and forced is None:
                    forced = (i, next(iter(dom)))
                doms[i] = dom
            if forced is None:
                return doms
            i, v = forced
            if counts[v] == 0:
                return None
            assign[i] = v
            counts[v] -= 1

    def search(self, assign, counts):
        self.nodes += 1
        doms = self.propagate(assign, counts)
        if doms is None:
            return
        if not doms:
            self.solutions += 1
            if self.first is None:
                self.first = list(assign)
            return
        # branch on the open cell with the smallest domain (lowest index on ties)
        best = -1
        for i in doms:
            if best < 0 or len(doms[i]) < len(doms[best]):
                best = i
        for v in sorted(doms[best]):
            if counts[v] > 0:
                a2 = assign[:]
                c2 = counts[:]
                a2[best] = v
                c2[v] -= 1
                self.search(a2, c2)

    def solve(self):
        assign = [None] * self.n
        counts = self.counts0[:]
        for i, v in self.fixed.items():
            assign[i] = v
            counts[v] -= 1
        self.search(assign, counts)


def make_puzzle(rng, nbrs):
    """Pick holes at random; tile numbers follow. Returns (counts, fixed)."""
    n = len(nbrs)
    rng[0] = (rng[0] * 1103515245 + 12345) & 0x7fffffff
    holes = 2 + (rng[0] >> 10) % 3
    filled = [True] * n
    while holes > 0:
        rng[0] = (rng[0] * 1103515245 + 12345) & 0x7fffffff
        i = (rng[0] >> 8) % n
        if filled[i]:
            filled[i] = False
            holes -= 1
    value = []
    for i in range(n):
        value.append(sum(1 for j in nbrs[i] if filled[j]) if filled[i] else HOLE)
    counts = [0] * 8
    for v in value:
        counts[v] += 1
    # reveal two cells
    fixed = {}
    while len(fixed) < 2:
        rng[0] = (rng[0] * 1103515245 + 12345) & 0x7fffffff
        i = (rng[0] >> 8) % n
        fixed[i] = value[i]
    return counts, fixed


def main(n):
    cells, nbrs = make_board(RADIUS)
    rng = [12345]
    check = 0
    total_solutions = 0
    total_nodes = 0
    for p in range(n):
        counts, fixed = make_puzzle(rng, nbrs)
        s = Solver(nbrs, counts, fixed)
        s.solve()
        total_solutions += s.solutions
        total_nodes += s.nodes
        h = 0
        for v in s.first:
            h = (h * 8 + v) % 1000000007
        check = (check * 131 + h + s.solutions * 17 + s.nodes) % 1000000007
    return f"{total_solutions} {total_nodes} {check}"


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 90
    print(main(n))
