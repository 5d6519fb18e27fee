# test: gc-stress
print(1 + 2 * 3, (1 + 2) * 3, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 10, 7 / 2)
a = 5
a += 3
a *= 2
a -= 1
a //= 3
print(a, a ** 2, -a, +a, ~a, a & 3, a | 8, a ^ 1, a << 3, a >> 1)
print(1 < 2 < 3, 1 < 2 > 3, 1 == 1.0, 3 != 4, not True, True and 0, 0 or "x", None or [])
