"""matmul: multiply two n x n float matrices stored as lists of lists, twice: with the textbook triple loop (indexing a[i][k] * b[k][j] into a running sum) and with a comprehension that zips each row against the columns of the transposed second matrix and sums the products. Entries are small multiples of 1/16 drawn from a seeded LCG, so every product and partial sum is exact and both methods (in any summation order) give bit-identical results; the checksum is the total and a position-weighted sum (printed exactly, as integer multiples of 1/256) and the number of mismatching cells. Stresses float multiply-add, nested list indexing, range loops, zip, generator expressions, sum() and list comprehensions."""
# bench: tiny=30 quick=120 full=250
import sys


def make_matrix(n, seed):
    rows = []
    for i in range(n):
        row = []
        for j in range(n):
            seed = (seed * 1103515245 + 12345) & 0x7fffffff
            # an integer in [-100, 100] divided by 16: exact in binary floating point
            row.append(((seed >> 8) % 201 - 100) / 16.0)
        rows.append(row)
    return rows, seed


def matmul_loops(a, b):
    n = len(a)
    m = len(b[0])
    inner = len(b)
    c = []
    for i in range(n):
        ai = a[i]
        row = [0.0] * m
        for j in range(m):
            s = 0.0
            for k in range(inner):
                s += ai[k] * b[k][j]
            row[j] = s
        c.append(row)
    return c


def transpose(m):
    return [list(col) for col in zip(*m)]


def matmul_zip(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def main(n):
    a, seed = make_matrix(n, 42)
    b, seed = make_matrix(n, seed)
    c1 = matmul_loops(a, b)
    c2 = matmul_zip(a, b)
    total = 0.0
    weighted = 0.0
    mismatches = 0
    for i in range(n):
        r1 = c1[i]
        r2 = c2[i]
        for j in range(n):
            if r1[j] != r2[j]:
                mismatches += 1
            total += r1[j]
            weighted += r1[j] * ((i * 7 + j * 3) % 11 - 5)
    # every cell is a multiple of 1/256, so these scaled sums are exact integers
    return f"{int(total * 256)} {int(weighted * 256)} {mismatches}"


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 250
    print(main(n))
