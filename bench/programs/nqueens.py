"""nqueens: count every placement of n non-attacking queens on an n x n board. Rows are filled one at a time by a recursive generator that yields complete placements (column permutations); sets track the occupied columns and both diagonal directions. Stresses generator creation, `yield from` delegation, set add/remove/membership and tuple building."""
# bench: tiny=7 quick=11 full=12
import sys


def place(n, row, cols, diag1, diag2, partial):
    # Yield every completion of `partial` (a tuple of columns, one per
    # already-placed row).  diag1 holds row+col, diag2 holds row-col.
    if row == n:
        yield partial
        return
    for col in range(n):
        if col in cols or (row + col) in diag1 or (row - col) in diag2:
            continue
        cols.add(col)
        diag1.add(row + col)
        diag2.add(row - col)
        yield from place(n, row + 1, cols, diag1, diag2, partial + (col,))
        cols.remove(col)
        diag1.remove(row + col)
        diag2.remove(row - col)


def solutions(n):
    return place(n, 0, set(), set(), set(), ())


def is_valid(sol):
    # Independent check of a solution: all columns and diagonals distinct.
    n = len(sol)
    return (len(set(sol)) == n
            and len({r + c for r, c in enumerate(sol)}) == n
            and len({r - c for r, c in enumerate(sol)}) == n)


def main(n):
    count = 0
    checksum = 0
    for sol in solutions(n):
        if not is_valid(sol):
            raise AssertionError("invalid solution %r" % (sol,))
        count += 1
        # Order-dependent hash of all solutions, as base-n digits.
        code = 0
        for c in sol:
            code = code * n + c
        checksum = (checksum * 31 + code) % 1000000007
    return "%d %d" % (count, checksum)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    print(main(n))
