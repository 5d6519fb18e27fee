def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
    return [i for i, f in enumerate(flags) if f]
primes = sieve(10000)
print(len(primes), primes[:10], primes[-3:])
def queens(n):
    count = 0
    cols, d1, d2 = set(), set(), set()
    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2:
                continue
            cols.add(c); d1.add(row - c); d2.add(row + c)
            place(row + 1)
            cols.remove(c); d1.remove(row - c); d2.remove(row + c)
    place(0)
    return count
print([queens(n) for n in range(1, 8)])
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
m = [[1, 2], [3, 4]]
print(matmul(m, m), matmul(matmul(m, m), m))
