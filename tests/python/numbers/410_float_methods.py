# float methods
def t(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
vals = [0.0, -0.0, 1.0, -2.5, 0.1, 1e16, 1e300, 5e-324, 0.5, 3.75, 1e-10, 123.0, -1e22]
for v in vals:
    print(repr(v), t(lambda: v.is_integer()), t(lambda: v.as_integer_ratio()), t(lambda: v.hex()), t(lambda: v.conjugate()),
          t(lambda: v.real), t(lambda: v.imag))
inf = float('inf')
nan = float('nan')
for v in [inf, -inf, nan]:
    print(t(lambda: v.is_integer()), t(lambda: v.as_integer_ratio()), t(lambda: v.hex()), t(lambda: v.conjugate()))
for s in ['0x1p0', '0x1.8p1', '-0x1p-1074', '0x1.fffffffffffffp+1023', '0x.8', '0X10', '  0x1.4p+3  ', 'inf', '-nan', '1',
          '0x1p-1075', '0x1p1024', '0xg', '', '0x1.8', 'ff', '0x1_0', '0x1p', '+0x0p0', '-0x0p0']:
    print(repr(s), t(lambda: repr(float.fromhex(s))))
for v in [0.1, 1/3, 1e100, -123.456, 2.0**-1074, 2.0**-1022]:
    print(t(lambda: float.fromhex(v.hex()) == v), t(lambda: v.hex()))
print(t(lambda: (2.5).__trunc__()), t(lambda: (2.5).__floor__()), t(lambda: (-2.5).__ceil__()), t(lambda: (2.5).__round__()),
      t(lambda: (2.567).__round__(2)), t(lambda: (2.5).__int__()), t(lambda: (2.5).__float__()))
print(t(lambda: (2.5).__add__(1)), t(lambda: (2.5).__radd__(1)), t(lambda: (2.5).__add__('x')), t(lambda: (2.5).__eq__(2.5)),
      t(lambda: (2.5).__mod__(2)), t(lambda: (2.5).__rfloordiv__(7)), t(lambda: (2.5).__divmod__(2)), t(lambda: (2.0).__pow__(3)))
print(t(lambda: (1.5).__abs__()), t(lambda: (-1.5).__neg__()), t(lambda: (1.5).__bool__()))
print(type((1.0).real).__name__, type((1.0).conjugate()).__name__, type((1.0).as_integer_ratio()[0]).__name__)
