def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f = fact(200)
print(len(str(f)), f % 1000000007, sum(int(c) for c in str(f)))
a, b = 0, 1
for _ in range(500):
    a, b = b, a + b
print(a % 10 ** 12, len(str(a)), a.bit_length())
print(pow(2, 4423, 10 ** 20), (3 ** 300) // (7 ** 100) % 1000)
