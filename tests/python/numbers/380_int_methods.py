# int methods and attributes
def t(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
for v in [0, 1, -1, 7, -8, 255, 256, 2**62, 2**63, -2**63, 2**64 - 1, 2**100, -(2**100) + 1]:
    print(t(lambda: v.bit_length()), t(lambda: v.bit_count()), t(lambda: v.as_integer_ratio()), t(lambda: v.conjugate()),
          t(lambda: v.real), t(lambda: v.imag), t(lambda: v.numerator), t(lambda: v.denominator), t(lambda: v.__index__()))
print(t(lambda: (1024).to_bytes(2, 'big')), t(lambda: (1024).to_bytes(2, 'little')), t(lambda: (0).to_bytes(0, 'big')), t(lambda: (255).to_bytes(1, 'big')))
print(t(lambda: (-1).to_bytes(2, 'big', signed=True)), t(lambda: (-129).to_bytes(2, 'little', signed=True)), t(lambda: (127).to_bytes(1, 'big', signed=True)))
print(t(lambda: (2**64 - 1).to_bytes(8, 'big')), t(lambda: (2**63).to_bytes(9, 'big', signed=True)), t(lambda: (-2**63).to_bytes(8, 'big', signed=True)))
print(t(lambda: (2**100).to_bytes(13, 'big')), t(lambda: (5).to_bytes(4, byteorder='little')), t(lambda: (5).to_bytes()))
print(t(lambda: (300).to_bytes(1, 'big')), t(lambda: (256).to_bytes(1, 'big')), t(lambda: (-1).to_bytes(1, 'big')))
print(t(lambda: (128).to_bytes(1, 'big', signed=True)), t(lambda: (-129).to_bytes(1, 'big', signed=True)), t(lambda: (2**64).to_bytes(8, 'big')))
print(t(lambda: (1).to_bytes(1, 'middle')), t(lambda: (1).to_bytes(-1, 'big')))
print(t(lambda: int.from_bytes(b'\x04\x00', 'big')), t(lambda: int.from_bytes(b'\x04\x00', 'little')), t(lambda: int.from_bytes(b'', 'big')))
print(t(lambda: int.from_bytes(b'\xff\xff', 'big', signed=True)), t(lambda: int.from_bytes(b'\xff\xff', 'big')), t(lambda: int.from_bytes(b'\x80' + b'\x00' * 7, 'big', signed=True)))
print(t(lambda: int.from_bytes(bytes(range(20)), 'big')), t(lambda: int.from_bytes([1, 2, 3], 'little')), t(lambda: int.from_bytes(bytearray(b'\x01\x00'), byteorder='big')))
print(t(lambda: int.from_bytes(b'\xff' * 16, 'little', signed=True)), t(lambda: int.from_bytes(b'\x00' * 5 + b'\x01', 'big')), t(lambda: int.from_bytes(b'\x01', 'middle')))
for v in [0, 1, -1, 2**63, -2**63, 2**100 + 7, -(2**100)]:
    n = (v.bit_length() + 8) // 8
    print(t(lambda: int.from_bytes(v.to_bytes(n, 'little', signed=True), 'little', signed=True) == v))
print(t(lambda: True.bit_length()), t(lambda: True.numerator), t(lambda: True.denominator), t(lambda: True.as_integer_ratio()),
      t(lambda: True.real), t(lambda: True.imag), t(lambda: False.conjugate()))
print(t(lambda: type(True.conjugate()).__name__), t(lambda: type(True.real).__name__), t(lambda: type((5).real).__name__))
print(t(lambda: int.bit_length(10)), t(lambda: (10).__abs__()), t(lambda: (10).__neg__()), t(lambda: (10).__add__(5)), t(lambda: (10).__radd__(5)), t(lambda: (10).__add__(1.5)))
print(t(lambda: (7).__floordiv__(2)), t(lambda: (7).__rfloordiv__(2)), t(lambda: (7).__mod__(-2)), t(lambda: (7).__pow__(2)), t(lambda: (7).__pow__(2, 5)), t(lambda: (3).__rpow__(2)))
print(t(lambda: (5).__lt__(6)), t(lambda: (5).__eq__(5.0)), t(lambda: (5).__bool__()), t(lambda: (0).__bool__()), t(lambda: (5).__int__()), t(lambda: (5).__float__()), t(lambda: (5).__trunc__()))
print(t(lambda: (17).__round__()), t(lambda: (17).__round__(-1)), t(lambda: (15).__round__(-1)), t(lambda: (25).__round__(-1)), t(lambda: (5).__floor__()), t(lambda: (5).__ceil__()))
