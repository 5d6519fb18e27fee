# bitwise ops on negatives and big ints
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, -1), (-1, -1), (255, -256)]:
    print(a, b, a & b, a | b, a ^ b, ~a, ~b)
A = 2**100 + 2**64 + 2**63 + 12345
B = -(2**90) - 99
print(A & B, A | B, A ^ B, ~A, ~B)
print(A & -A, -A & A, A & 0xFFFF, A | 0, A ^ A, A & -1, B & -1, B | 0)
print((2**64 - 1) & (2**63), (2**64 - 1) | (2**64), (2**64 - 1) ^ (2**65 - 1))
print(-2**63 & 2**63 - 1, -2**63 | 2**63 - 1, -2**63 ^ -1, ~(-2**63), ~(2**63 - 1))
print(-(2**64) & (2**64 + 5), -(2**64) | 7, -(2**64) ^ (2**64), ~(2**64))
print(-(2**200) & (2**201 - 1), -(3**100) & 0xFFFFFFFFFFFFFFFFFFFF, (3**100) | -(2**10))
print((-1) ^ (2**100), -(2**100) ^ -(2**99), (-5) & (-(2**70)), (-5) | (-(2**70)))
print(True & False, True | False, True ^ True, ~False, type(True & True).__name__, type(True & 1).__name__)
print(5 & True, 6 | True, ~~5, ~~-2**80)
x = 0xF0F0
x &= 0xFF00
print(x)
x |= 0x000F
print(x)
x ^= -1
print(x)
for a, b in [(1, 1.0), (1.5, 1), ('a', 1), (1, None)]:
    for op in '&|^':
        try:
            if op == '&':
                r = a & b
            elif op == '|':
                r = a | b
            else:
                r = a ^ b
            print(r)
        except Exception as e:
            print(type(e).__name__, e)
try:
    print(~1.5)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(~'a')
except Exception as e:
    print(type(e).__name__, e)
# popcount-ish via loops on big negatives masked
v = -(2**130) + 17
m = v & (2**140 - 1)
print(bin(m).count('1'), m.bit_length())
