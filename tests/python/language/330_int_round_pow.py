# round() of ints with negative ndigits, three-argument pow, modular inverses
def t(f):
    try:
        return f()
    except Exception as e:
        return "%s(%s)" % (type(e).__name__, e)

for v in [0, 5, 15, 25, 35, 45, -5, -15, -25, 149, 150, 151, 250, 350, -250, 12345, 99999, 10**20 + 5 * 10**18, 2**70]:
    print(v, [round(v, n) for n in (-1, -2, -3, -20, 0, 2)], type(round(v, -1)).__name__, round(v))
print(t(lambda: round(15, 1.0)), t(lambda: round(15, None)), t(lambda: round(15, "1")), t(lambda: (15).__round__(-1)), t(lambda: round(True, -1)))
for b, e, m in [(2, 10, 1000), (3, 200, 7), (-3, 3, 7), (3, 3, -7), (-3, 3, -7), (2, 0, 1), (2, 0, -1), (0, 0, 5),
                (3, -1, 7), (3, -2, 7), (-3, -1, 7), (3, -1, -7), (10, -1, 17), (2, -1, 4), (2**100, -1, 2**61 - 1),
                (5, 3, 0), (5, -1, 1), (7, -3, 13), (12345678901234567890, 98765, 10**9 + 7), (3, 2**100, 10**9 + 9)]:
    print((b, e, m), t(lambda: pow(b, e, m)))
print(t(lambda: pow(2.0, 3, 5)), t(lambda: pow(2, 3.0, 5)), t(lambda: pow(2, 3, 5.0)), t(lambda: pow(2, 3, None)), t(lambda: pow(2, -1)))
print(t(lambda: pow(0, -1)), t(lambda: pow(0.0, -1)), t(lambda: pow(-8, 1/3)), t(lambda: pow(2, 3, mod=5)), t(lambda: pow(base=2, exp=3)))
print(t(lambda: (2).__pow__(3, 5)), t(lambda: (2).__pow__(-1, 5)), t(lambda: (2).__rpow__(3)), t(lambda: 0 ** 0), t(lambda: (-2) ** -2))
print(t(lambda: 2 ** -1), t(lambda: (-8) ** (1/3)), t(lambda: 10 ** -300), t(lambda: 10 ** 400 > 0), t(lambda: 1.0 ** float("nan")))
print(t(lambda: pow(True, 2, 3)), t(lambda: pow(3, True, 2)), t(lambda: 2 ** 3 ** 2), t(lambda: (-2) ** 0.5))
