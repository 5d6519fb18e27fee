# Conway's Game of Life on a torus and on a bounded board, with pattern detection.
def parse(pattern):
    cells = set()
    for r, line in enumerate(pattern.strip("\n").splitlines()):
        for c, ch in enumerate(line):
            if ch in "#O":
                cells.add((r, c))
    return cells


class Board:
    def __init__(self, rows, cols, cells=(), wrap=True):
        self.rows = rows
        self.cols = cols
        self.wrap = wrap
        self.live = set(cells)
        self.generation = 0

    def neighbours(self, r, c):
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    nr, nc = r + dr, c + dc
                    if self.wrap:
                        yield nr % self.rows, nc % self.cols
                    elif 0 <= nr < self.rows and 0 <= nc < self.cols:
                        yield nr, nc

    def step(self):
        counts = {}
        for cell in self.live:
            for n in self.neighbours(*cell):
                counts[n] = counts.get(n, 0) + 1
        self.live = {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in self.live)}
        self.generation += 1

    def render(self):
        return "\n".join("".join("#" if (r, c) in self.live else "." for c in range(self.cols))
                         for r in range(self.rows))

    def key(self):
        if not self.live:
            return ()
        r0 = min(r for r, _ in self.live)
        c0 = min(c for _, c in self.live)
        return tuple(sorted((r - r0, c - c0) for r, c in self.live))

    def bbox(self):
        if not self.live:
            return None
        rs = [r for r, _ in self.live]
        cs = [c for _, c in self.live]
        return min(rs), min(cs), max(rs), max(cs)


GLIDER = """
.#.
..#
###
"""
BLINKER = "###"
R_PENTOMINO = """
.##
##.
.#.
"""

b = Board(8, 10, parse(GLIDER))
for _ in range(3):
    print(f"gen {b.generation} pop {len(b.live)} bbox {b.bbox()}")
    print(b.render())
    for _ in range(2):
        b.step()
start_key = Board(8, 10, parse(GLIDER)).key()
b = Board(8, 10, parse(GLIDER))
for i in range(1, 41):
    b.step()
    if b.key() == start_key:
        print("glider shape repeats at gen", i, "bbox", b.bbox())
        break
b = Board(5, 5, {(2 + r, 1 + c) for r, c in parse(BLINKER)})
history = []
for i in range(4):
    history.append(sorted(b.live))
    b.step()
print("blinker period 2:", history[0] == history[2] and history[0] != history[1], history[1])

b = Board(40, 40, {(r + 18, c + 18) for r, c in parse(R_PENTOMINO)}, wrap=False)
pops = []
for i in range(60):
    pops.append(len(b.live))
    b.step()
print("r-pentomino pops:", pops[::5], "final", len(b.live), b.bbox())

state = 12345
cells = set()
for r in range(16):
    for c in range(16):
        state = (state * 1664525 + 1013904223) % 2 ** 32
        if state >> 30 == 0:
            cells.add((r, c))
b = Board(16, 16, cells)
seen = {}
while b.generation < 300:
    k = frozenset(b.live)
    if k in seen:
        print("cycle: gen", seen[k], "->", b.generation, "pop", len(b.live))
        break
    seen[k] = b.generation
    b.step()
else:
    print("no cycle within 300; pop", len(b.live))
print(b.render())
