"""chaos: play the chaos game for the Barnsley fern. Starting from the origin, apply n affine maps, each picked with fixed probabilities by a seeded linear congruential generator, and count how often each cell of a 2D grid of ints is hit; the checksum is a position-weighted hash of the whole grid. Stresses integer LCG arithmetic, float multiply-add, tuple unpacking, float-to-int conversion and nested-list indexing."""
# bench: tiny=3000 quick=300000 full=3000000
import sys

WIDTH = 96
HEIGHT = 160

# Each map is (weight, a, b, c, d, e, f):
#     x' = a*x + b*y + e,   y' = c*x + d*y + f
# Weights are out of 100 and select the map with that probability.
MAPS = [
    (1, 0.0, 0.0, 0.0, 0.16, 0.0, 0.0),           # stem
    (85, 0.85, 0.04, -0.04, 0.85, 0.0, 1.6),      # ever smaller copies
    (7, 0.2, -0.26, 0.23, 0.22, 0.0, 1.6),        # largest left leaflet
    (7, -0.15, 0.28, 0.26, 0.24, 0.0, 0.44),      # largest right leaflet
]

# The fern lies inside this box.
XMIN, XMAX = -2.2, 2.7
YMIN, YMAX = 0.0, 10.0


class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7fffffff
        return self.state

    def below(self, k):
        # Use the high bits; the low bits of this LCG have short periods.
        return (self.next() >> 16) % k


def build_table():
    # A 100-entry table lets a single random number pick a map by weight.
    table = []
    for weight, a, b, c, d, e, f in MAPS:
        for _ in range(weight):
            table.append((a, b, c, d, e, f))
    return table


def chaos_game(n, seed):
    grid = [[0] * WIDTH for _ in range(HEIGHT)]
    table = build_table()
    rng = LCG(seed)
    sx = (WIDTH - 1) / (XMAX - XMIN)
    sy = (HEIGHT - 1) / (YMAX - YMIN)
    x = 0.0
    y = 0.0
    for step in range(n):
        a, b, c, d, e, f = table[rng.below(100)]
        x, y = a * x + b * y + e, c * x + d * y + f
        if step < 20:
            continue  # let the point settle onto the attractor first
        col = int((x - XMIN) * sx)
        row = int((y - YMIN) * sy)
        if 0 <= col < WIDTH and 0 <= row < HEIGHT:
            grid[HEIGHT - 1 - row][col] += 1
    return grid


def main(n):
    grid = chaos_game(n, 42)
    checksum = 0
    lit = 0
    for r, line in enumerate(grid):
        for c, hits in enumerate(line):
            if hits:
                lit += 1
                checksum = (checksum * 131 + hits * (r + 1) + c) % 2147483647
    return "%d %d" % (lit, checksum)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000000
    print(main(n))
