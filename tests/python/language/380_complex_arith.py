# complex arithmetic, repr, abs, conjugate, comparisons and errors
def t(f):
    try:
        return repr(f())
    except Exception as e:
        return "%s(%s)" % (type(e).__name__, e)

a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, a + 1, 1 + a, a * 2.5, 2 - a, a / 2, 2 / a)
print(abs(a), abs(-3j), abs(complex(1e308, 1e308)), a.conjugate(), (5j).conjugate(), a.real, a.imag, type(a.real).__name__)
print(a ** 2, a ** 0, a ** -1, a ** 0.5, (1j) ** 2, (1j) ** 1j, 2 ** (1j), (0j) ** 0, (-1) ** 0.5)
print(a == 3 + 4j, a == complex(3, 4), 3 + 0j == 3, 3 + 0j == 3.0, 1j == 1, a != b, hash(3 + 0j) == hash(3), hash(1.5 + 0j) == hash(1.5))
for v in [0j, -0j, complex(0, -0.0), complex(-0.0, 0), complex(-0.0, -0.0), 1j, -1j, 1 + 0j, complex(1, -0.0), 1.5 - 2.25j,
          1e20j, 1e-20 + 1e20j, complex(float("inf"), 1), complex(1, float("nan")), complex(float("-inf"), float("-inf")),
          complex(0.1 + 0.2, 1 / 3), 1e16 + 1e16j, complex(123456789, 1e-5)]:
    print(repr(v), str(v), v.real, v.imag)
print(t(lambda: a < b), t(lambda: a > 1), t(lambda: a // 2), t(lambda: a % 2), t(lambda: divmod(a, 2)), t(lambda: a / 0))
print(t(lambda: a / 0j), t(lambda: 0j ** -1), t(lambda: 0j ** (1j)), t(lambda: int(a)), t(lambda: float(a)), t(lambda: round(a)))
print(t(lambda: complex(1e308, 1e308) * 10), t(lambda: (1e200j) ** 2), t(lambda: pow(a, 2, 3)), t(lambda: a ** 1000), t(lambda: abs(complex(float("inf"), float("nan")))))
print(t(lambda: a.__add__(1)), t(lambda: a.__radd__(b)), t(lambda: a.__add__("x")), t(lambda: a + "x"), t(lambda: bool(0j)), t(lambda: bool(-0j + 1e-300j)))
print(t(lambda: sum([1j, 2, 3.5])), t(lambda: sorted([1j], key=abs)), t(lambda: (1 + 2j).__format__("")), t(lambda: a.__complex__()))
print(t(lambda: format(a, ".2f")), t(lambda: format(a, "^20")), t(lambda: format(1.5 - 0.5j, "+.1e")), t(lambda: format(a, "g")), t(lambda: format(a, "d")))
