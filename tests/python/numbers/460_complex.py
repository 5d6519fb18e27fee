# complex arithmetic and repr
def t(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
print(t(lambda: 1j), t(lambda: -1j), t(lambda: 0j), t(lambda: -0j), t(lambda: 1 + 0j), t(lambda: 1 - 0j), t(lambda: 2j * 2j), t(lambda: 1j ** 2), t(lambda: (1 + 2j) * (3 - 4j)), t(lambda: (1 + 2j) / (3 - 4j)), t(lambda: (1 + 2j) - (1 + 2j)))
print(t(lambda: repr(1j)), t(lambda: repr(complex(1, 2))), t(lambda: repr(complex(-1.5, -0.0))), t(lambda: repr(complex(0, -0.0))), t(lambda: repr(complex(-0.0, 0))), t(lambda: str(complex(1e20, 1e-20))))
print(t(lambda: complex()), t(lambda: complex(1)), t(lambda: complex(1.5, 2)), t(lambda: complex('1+2j')), t(lambda: complex(' -3.5j ')), t(lambda: complex('(1-1j)')), t(lambda: complex('1e3+1e-3j')), t(lambda: complex('j')), t(lambda: complex('-J')))
print(t(lambda: complex('inf+nanj')), t(lambda: complex('-inf')), t(lambda: complex(float('nan'), float('inf'))), t(lambda: complex(True, False)), t(lambda: complex(1j, 1j)), t(lambda: complex(2j)))
for s in ['1+', '1 + 2j', 'x', '', '1+2i', '((1+2j))', '1+2j+3', 'j1', '1e']:
    print(repr(s), t(lambda: complex(s)))
print(t(lambda: complex('1', 2)), t(lambda: complex(None)), t(lambda: complex(1, '2')), t(lambda: complex([1])))
z = complex(3, 4)
print(t(lambda: abs(z)), t(lambda: z.conjugate()), t(lambda: z.real), t(lambda: z.imag), t(lambda: -z), t(lambda: +z), t(lambda: z == 3 + 4j), t(lambda: z != 3), t(lambda: z * 0), t(lambda: z + 1.5), t(lambda: 2 - z), t(lambda: z ** 2), t(lambda: z ** 0), t(lambda: z ** -1))
print(t(lambda: abs(1j)), t(lambda: abs(-2 + 0j)), t(lambda: abs(complex(float('inf'), 1))), t(lambda: abs(complex(1e200, 1e200))), t(lambda: abs(complex(3e-200, 4e-200))))
print(t(lambda: 1j / 0), t(lambda: 1j / 0j), t(lambda: 1 / 0j), t(lambda: 0j ** -1), t(lambda: 1j // 2), t(lambda: 1j % 2), t(lambda: divmod(1j, 2)))
print(t(lambda: 1j < 2j), t(lambda: 1j > 0), t(lambda: int(1j)), t(lambda: float(1j)), t(lambda: round(1j)), t(lambda: 1j & 1))
print(t(lambda: (1 + 1j) ** 2), t(lambda: 2 ** 1j), t(lambda: 0j ** 0), t(lambda: 0j ** 0j), t(lambda: (-1) ** 0.5), t(lambda: pow(1j, 2, 3)))
print(t(lambda: bool(0j)), t(lambda: bool(1j)), t(lambda: bool(complex(0, -0.0))), t(lambda: (1j).real), t(lambda: type((1j).imag).__name__))
print(t(lambda: 1j == 1j + 0), t(lambda: 1 + 2j == complex(1, 2)), t(lambda: 2 ** 70 * 1j), t(lambda: 1e308j * 10), t(lambda: complex(2 ** 1100)))
print(t(lambda: format(1 + 2j, '.2f')), t(lambda: format(1.5 - 2.25j, '')), t(lambda: format(3j, '10')), t(lambda: format(1 + 1j, 'e')), t(lambda: '%s' % (1 + 1j)))
print(t(lambda: str(complex(1, float('nan')))), t(lambda: repr(complex(-float('inf'), -1))), t(lambda: (1e-5 + 1e16j)), t(lambda: 1.5e300j))
print(t(lambda: [1j, 2 + 0j]), t(lambda: (0.1 + 0.2j) * 3), t(lambda: sum([1j, 2, 3.5])), t(lambda: (1 + 2j).__abs__()), t(lambda: complex.conjugate(5j)))
