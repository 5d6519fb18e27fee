"""spectral_norm: approximate the spectral norm (largest singular value) of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2 + i + 1), truncated to n x n, with 10 rounds of the power method on A^T A. Stresses integer arithmetic for the matrix entries, float division and accumulation in tight nested loops, function calls and list building with comprehensions."""
# bench: tiny=20 quick=180 full=550
import sys


def a_entry(i, j):
    # Entry (i, j) of the matrix, 0-based.
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def mul_a(v):
    # Returns A v.
    n = len(v)
    out = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += a_entry(i, j) * v[j]
        out.append(acc)
    return out


def mul_at(v):
    # Returns A^T v (note the swapped indices).
    n = len(v)
    out = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += a_entry(j, i) * v[j]
        out.append(acc)
    return out


def mul_ata(v):
    return mul_at(mul_a(v))


def dot(x, y):
    total = 0.0
    for a, b in zip(x, y):
        total += a * b
    return total


def main(n):
    u = [1.0] * n
    v = u
    # Power iteration: u converges to the dominant eigenvector of A^T A.
    for _ in range(10):
        v = mul_ata(u)
        u = mul_ata(v)
    vbv = dot(u, v)
    vv = dot(v, v)
    norm = (vbv / vv) ** 0.5
    # Also fold in a few vector components so the result depends on
    # every element, not just the two reductions above.
    tail = sum([x * (k % 7 + 1) for k, x in enumerate(v)]) / n
    return "%.9f %.9f" % (norm, tail)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 550
    print(main(n))
