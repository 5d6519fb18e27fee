"""go: random Go playouts on a 9x9 board. A Board class keeps stones in a flat list with a one-point border; each move places a stone, removes adjacent enemy groups left without liberties (found by flood fill with an explicit stack), and rejects suicide and simple ko. Moves are drawn from a seeded LCG, skipping moves that would fill a player's own single-point eye, until both players pass; the final position is area-scored. n playouts are run and the checksum combines every score and the move counts. Stresses method calls, list indexing, small-int arithmetic, while loops, list append/pop and attribute access."""
# bench: tiny=3 quick=15 full=150
import sys

SIZE = 9
W = SIZE + 2            # width including the border
EMPTY, BLACK, WHITE, EDGE = 0, 1, 2, 3
DIRS = (1, -1, W, -W)
KOMI = 7


class Rng:
    def __init__(self, seed):
        self.seed = seed

    def below(self, k):
        self.seed = (self.seed * 1103515245 + 12345) & 0x7fffffff
        return (self.seed >> 8) % k


class Board:
    def __init__(self):
        self.cells = [EDGE] * (W * W)
        self.points = []
        for r in range(1, SIZE + 1):
            for c in range(1, SIZE + 1):
                p = r * W + c
                self.cells[p] = EMPTY
                self.points.append(p)
        self.ko = -1
        self.captured = [0, 0, 0]

    def group(self, p):
        """Flood fill from p: return (stones of p's group, whether it has a liberty)."""
        cells = self.cells
        color = cells[p]
        seen = {p}
        stack = [p]
        has_lib = False
        while stack:
            q = stack.pop()
            for d in DIRS:
                r = q + d
                v = cells[r]
                if v == EMPTY:
                    has_lib = True
                elif v == color and r not in seen:
                    seen.add(r)
                    stack.append(r)
        return seen, has_lib

    def is_eye(self, p, color):
        # a single empty point surrounded only by own stones (or the edge)
        cells = self.cells
        for d in DIRS:
            v = cells[p + d]
            if v != color and v != EDGE:
                return False
        return True

    def play(self, p, color):
        """Try to play color at p; return True if legal (and then the move is made)."""
        cells = self.cells
        if cells[p] != EMPTY or p == self.ko:
            return False
        enemy = 3 - color
        cells[p] = color
        removed = []
        for d in DIRS:
            q = p + d
            if cells[q] == enemy:
                stones, alive = self.group(q)
                if not alive:
                    for s in stones:
                        cells[s] = EMPTY
                    removed.extend(stones)
        stones, alive = self.group(p)
        if not alive:
            # suicide: undo (nothing can have been captured, else there would be a liberty)
            cells[p] = EMPTY
            return False
        self.captured[color] += len(removed)
        # simple ko: a lone stone that captured exactly one stone
        if len(removed) == 1 and len(stones) == 1:
            self.ko = removed[0]
        else:
            self.ko = -1
        return True

    def score(self):
        """Area score: stones plus empty regions bordered by one colour only. Black minus white."""
        cells = self.cells
        total = [0, 0, 0, 0]
        seen = set()
        for p in self.points:
            v = cells[p]
            if v != EMPTY:
                total[v] += 1
            elif p not in seen:
                region = [p]
                seen.add(p)
                borders = 0
                i = 0
                while i < len(region):
                    q = region[i]
                    i += 1
                    for d in DIRS:
                        r = q + d
                        w = cells[r]
                        if w == EMPTY:
                            if r not in seen:
                                seen.add(r)
                                region.append(r)
                        elif w != EDGE:
                            borders |= w
                if borders == BLACK or borders == WHITE:
                    total[borders] += len(region)
        return total[BLACK] - total[WHITE] - KOMI


def playout(rng, max_moves):
    board = Board()
    color = BLACK
    passes = 0
    moves = 0
    while passes < 2 and moves < max_moves:
        empties = [p for p in board.points if board.cells[p] == EMPTY]
        played = False
        # try random empty points, removing each failed candidate
        while empties:
            i = rng.below(len(empties))
            p = empties[i]
            empties[i] = empties[-1]
            empties.pop()
            if board.is_eye(p, color):
                continue
            if board.play(p, color):
                played = True
                break
        if played:
            passes = 0
            moves += 1
        else:
            passes += 1
        color = 3 - color
    return board.score(), moves, board.captured[BLACK] + board.captured[WHITE]


def main(n):
    rng = Rng(20240611)
    check = 0
    black_wins = 0
    total_moves = 0
    for game in range(n):
        s, moves, caps = playout(rng, 3 * SIZE * SIZE)
        if s > 0:
            black_wins += 1
        total_moves += moves
        check = (check * 31 + (s + 1000) * 7 + caps) % 1000000007
    return f"{black_wins} {total_moves} {check}"


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    print(main(n))
