# hex/oct/bin of negatives and big ints
for v in [0, 1, -1, 7, -7, 255, -255, 2**31, -2**31, 2**63, -2**63, 2**64 - 1, -2**64, 2**100, -2**100 - 1]:
    print(v, hex(v), oct(v), bin(v))
print(hex(12345678901234567890123456789))
print(oct(-98765432109876543210))
print(bin(3**40))
print(format(-255, 'x'), format(-255, '#x'), format(-255, 'X'), format(-255, '#o'), format(-5, 'b'), format(-5, '#b'))
print(format(2**70, 'x'), format(-2**70, '#X'), format(2**70, 'o'), format(2**70, 'b'))
print(format(255, '#010x'), format(-255, '#010x'), format(-255, '010x'), format(5, '08b'), format(-5, '08b'))
print('%x %X %o %#x %#o' % (-255, -255, -8, 2**64, 2**64))
print(f'{-2**65:x} {2**65:#b}')
print(int(hex(-2**100), 16) == -2**100, int(oct(2**99), 8) == 2**99, int(bin(-3**50), 2) == -3**50)
print(int(hex(2**200), 0) == 2**200)
class I:
    def __index__(self):
        return -42
print(hex(I()), oct(I()), bin(I()))
for bad in [1.5, '10', None]:
    try:
        print(hex(bad))
    except Exception as e:
        print(type(e).__name__, e)
