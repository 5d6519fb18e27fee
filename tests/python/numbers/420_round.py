# round() half-even, ndigits negative, floats and ints
def t(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 0.125, 0.375, -0.125, 1e16 + 1, 4.5e15 + 0.5,
          0.0, -0.0, 5e-324, 1e300, 123.456, -123.456]:
    print(repr(x), t(lambda: round(x)), t(lambda: round(x, 0)), t(lambda: round(x, 1)), t(lambda: round(x, 2)),
          t(lambda: round(x, -1)), t(lambda: round(x, -2)), t(lambda: round(x, 400)), t(lambda: round(x, -400)))
for n in [0, 5, 15, 25, 35, 45, 1234, 1250, 1350, -1250, -1350, 1249, 1251, 2**70 + 50, -(2**70) - 50, 999999, 10**20 + 5 * 10**18]:
    print(n, t(lambda: round(n)), t(lambda: round(n, 0)), t(lambda: round(n, 2)), t(lambda: round(n, -1)), t(lambda: round(n, -2)),
          t(lambda: round(n, -19)), t(lambda: round(n, -100)))
inf = float('inf')
nan = float('nan')
for x in [inf, -inf, nan]:
    print(t(lambda: round(x)), t(lambda: round(x, 2)), t(lambda: round(x, 0)), t(lambda: round(x, None)))
print(t(lambda: round(True)), t(lambda: round(True, 2)), t(lambda: round(2.5, None)), t(lambda: round(7, None)))
print(t(lambda: round('1')), t(lambda: round(1.5, 1.0)), t(lambda: round(1.5, '1')), t(lambda: round()), t(lambda: round(1, 2, 3)))
print(t(lambda: round(number=2.5)), t(lambda: round(2.55, ndigits=1)), t(lambda: round(1e22, 2)), t(lambda: round(0.1 + 0.2, 15)))
print(t(lambda: round(12345.6789, -3)), t(lambda: round(-0.4)), t(lambda: round(-0.6)), t(lambda: type(round(2.5, 0)).__name__))
