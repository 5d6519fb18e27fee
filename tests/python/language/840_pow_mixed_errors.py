# pow() with three arguments over mixed types: which operand's method gets
# a turn (base, exponent, then modulus), and CPython's messages.
vals = ['2', '2.0', '1j', "'x'", 'None', 'True', '0', '-1', '-2.5']
for a in vals:
    for b in vals:
        for c in vals:
            s = 'pow(%s, %s, %s)' % (a, b, c)
            try:
                print(s, '->', repr(eval(s)))
            except Exception as e:
                print(s, '!!', type(e).__name__, e)

class P:
    def __pow__(self, o, m=None): return ('P.__pow__', type(o).__name__, type(m).__name__)
    def __rpow__(self, o, m=None): return ('P.__rpow__', type(o).__name__, m)
class Q:
    pass
class I(int):
    def __pow__(self, o, m=None): return ('I.__pow__', type(o).__name__, m)
class J(int):
    pass
class F(float):
    pass
class C(complex):
    pass
for s in ['pow(Q(), P(), 3)', 'pow(2, P(), 3)', 'pow(P(), 2, 3)', 'pow(2, 3, P())',
          'pow(Q(), 3, P())', 'pow(P(), P(), P())', 'pow(2, I(3), 5)', 'pow(I(2), 3, 5)',
          'pow(2, 3, I(5))', 'pow(J(2), 3, 5)', 'pow(2, J(3), J(5))', 'pow(F(2), 3, 5)',
          'pow(2, F(3), 5)', 'pow(C(2), 3, 5)', 'pow(2, 3, C(5))', 'pow(True, 3, 5)',
          'pow(2, True, 5)', 'pow(2.0, P(), 3)', 'pow(1j, P(), 3)', 'pow(P(), 1j, 3)',
          "pow(1j, 'x', 5)", "pow(1j, 2, 'x')", "pow('x', 2, 1j)", 'pow(2, 2.0, 1j)',
          'pow(2, 2, None)', 'pow(None, 2, None)', 'pow(2.0, 2, None)', 'pow(2, -1, 5)',
          'pow(2, -1, 4)', 'pow(0, -1, 5)', 'pow(2, 3, 0)', 'pow(2, 3, -5)', 'pow(2, -3, -5)',
          'pow(2, 3, mod=5)', 'pow(base=2, exp=3)', 'pow(2)', 'pow(2, 3, 4, 5)',
          '2 ** P()', 'P() ** 2', "2 ** 'x'", "1j ** 'x'", "'x' ** 2", 'None ** None',
          'int.__pow__(2, 3, 5)', 'int.__pow__(2, 3, 5.0)', 'float.__pow__(2.0, 3, 5)',
          'complex.__pow__(1j, 2, 5)', "complex.__pow__(1j, 'x', 5)", 'int.__rpow__(3, 2)']:
    try:
        print(s, '->', repr(eval(s)))
    except Exception as e:
        print(s, '!!', type(e).__name__, e)

def aug(x, y):
    x **= y
    return x
for x, y in [(2, 'x'), ('x', 2), (2.0, None), (1j, []), (2, 3)]:
    try:
        print('**=', repr(x), repr(y), '->', aug(x, y))
    except Exception as e:
        print('**=', repr(x), repr(y), '!!', type(e).__name__, e)
