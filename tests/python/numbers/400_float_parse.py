# float() parsing
good = ['inf', '-inf', '+inf', 'INF', 'Infinity', '-iNfInItY', 'nan', '-nan', '+NaN', '1_000.5', ' 3.5 ', '\t\n-2.5\r ',
        '1e3', '1E-3', '-1.5e+10', '.5', '5.', '-.5e1', '0x1p3' if False else '1.0', '1_0e1_0', '00012.50', '1e400',
        '-1e400', '1e-400', '4.9e-324', '2.4e-324', '2.5e-324', '0.1', '123456789012345678901234567890', '+0.0', '-0',
        '9007199254740993', '1.7976931348623157e308', '1.7976931348623159e308', '\u0663.\u0661\u0664']
for s in good:
    try:
        print(repr(s), repr(float(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
bad = ['', ' ', 'abc', '1.2.3', '1e', 'e5', '1_', '_1', '1__0', '1._5', '1_.5', '--1', '+-1', 'in f', 'nana', 'infinit',
       '0x10', '1,5', '1 5', '.', 'e', '- 1', '1e1.5', '0b1', 'None', '1j', '1.5f']
for s in bad:
    try:
        print(repr(s), repr(float(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
print(float(), float(3), float(-2**70), float(True))
for x in [b'1.5', bytearray(b' 2e3 '), b'inf', b'x', None, [1.0], 2**1024, -(2**2000), 10**308, 10**309, '1' * 400]:
    try:
        print(float(x))
    except Exception as e:
        print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
class G:
    def __index__(self):
        return 7
class H:
    def __float__(self):
        return 'x'
print(float(F()), float(G()))
try:
    print(float(H()))
except Exception as e:
    print(type(e).__name__, e)
