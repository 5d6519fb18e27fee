"""mandelbrot: compute the Mandelbrot set on an n x n grid covering [-2.0, 0.6] x [-1.3, 1.3] using separate float real/imaginary parts (no complex numbers), iterating z = z*z + c up to 100 times per point; the checksum combines the per-point iteration counts. Stresses tight float multiply/add loops, float comparisons, while loops with early exit and integer accumulation."""
# bench: tiny=24 quick=240 full=750
import sys

MAX_ITER = 100
X0, X1 = -2.0, 0.6
Y0, Y1 = -1.3, 1.3


def escape_time(cr, ci):
    # Number of iterations before |z| > 2, or MAX_ITER if it never escapes.
    zr = 0.0
    zi = 0.0
    zr2 = 0.0
    zi2 = 0.0
    i = 0
    while i < MAX_ITER and zr2 + zi2 <= 4.0:
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        zr2 = zr * zr
        zi2 = zi * zi
        i += 1
    return i


def mandelbrot(n):
    rows = []
    dx = (X1 - X0) / n
    dy = (Y1 - Y0) / n
    for y in range(n):
        ci = Y0 + (y + 0.5) * dy
        row = []
        for x in range(n):
            row.append(escape_time(X0 + (x + 0.5) * dx, ci))
        rows.append(row)
    return rows


def main(n):
    rows = mandelbrot(n)
    inside = 0
    total = 0
    checksum = 0
    for row in rows:
        for count in row:
            total += count
            if count == MAX_ITER:
                inside += 1
            checksum = (checksum * 257 + count) % 4294967291
    return "%d %d %d" % (inside, total, checksum)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 750
    print(main(n))
