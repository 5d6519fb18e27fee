# big ints: powers, factorial, str/repr
big = 2**1000
print(big)
print(len(str(big)), str(big)[:20], str(big)[-20:])
f = 1
for i in range(1, 201):
    f *= i
print(f)
print(len(str(f)), f % 1000003, f // 10**370)
n = int('9' * 5000)
s = str(n + 1)
print(len(s), s[:5], s[-5:], s.count('0'))
print((n + 1) == 10**5000, n % 1000, n // 10**4995)
print(repr(2**200), str(-2**200))
print(3**300)
print(-(7**150))
print(10**50 // 3, 10**50 % 3, -10**50 // 3, -10**50 % 3)
print(divmod(10**40 + 7, 10**20 + 3))
print(divmod(-(10**40 + 7), 10**20 + 3))
print(divmod(10**40 + 7, -(10**20 + 3)))
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a * b, a + b, a - b, b // a, b % a)
print(a ** 3)
print(2**1000 - 2**999 == 2**999, 2**1000 // 2**998)
print(str(10**100)[:3], len(str(10**100)), 10**100 == int('1' + '0' * 100))
fib = [0, 1]
for i in range(300):
    fib.append(fib[-1] + fib[-2])
print(fib[300])
print(fib[300] % 10**9, fib[299] * fib[301] - fib[300]**2)
print(int('-' + '1' * 60), int('+' + '2' * 40) * -1)
