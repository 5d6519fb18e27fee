# bool arithmetic
def t(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
print(True + True, True - True, True * True, True / 2, True // 2, True % 2, True ** 2, -True, +True, ~True, ~False, -False)
print(True + 1.5, False * 2.5, True / True, False / True, True * 'ab', False * [1], True << 5, True >> 0, 10 - True)
print(type(True + True).__name__, type(True & True).__name__, type(True | 0).__name__, type(-True).__name__, type(True ^ False).__name__)
print(True & True, True | False, True ^ True, False ^ False, True & 3, 2 | True, 6 ^ True)
print(sum([True, True, False, True]), sum([True] * 100), max(True, 0), min(False, -1), abs(True), abs(-True))
print(t(lambda: True / False), t(lambda: True // False), t(lambda: True % False), t(lambda: divmod(True, False)), t(lambda: False ** -1))
print(divmod(True, True), pow(True, 10), pow(2, True), pow(True, -1), round(True), int(True), float(False), complex(True))
print(str(True), repr(False), format(True, 'd'), format(True, ''), format(False, '5') + '|', format(True, '.1f'), '%d %s %r' % (True, True, False))
print(True == 1, True is not 1 if False else True, False == 0.0, True > False, True < 2, sorted([True, 0, 2, False, -1]))
print(bool(0), bool(-1), bool(0.0), bool(float('nan')), bool(0j), bool(2 ** 100), bool(''), bool('0'), bool([]), bool(None))
print(t(lambda: bool.__add__(True, True)), t(lambda: True.__add__(1)), t(lambda: (1).__add__(True)), t(lambda: True.__neg__()))
print(hex(True), bin(True), oct(False), True.bit_length(), False.bit_count(), int('1') == True, [10, 20][True], {True: 'a'}[1])
x = True
x += 1
print(x, type(x).__name__)
x = False
x -= True
print(x, type(x).__name__)
print(t(lambda: bool(1, 2)), t(lambda: bool(x=1)), t(lambda: bool.__new__(bool, 0)), t(lambda: int.__add__(True, False)))
print(True and 5, False or 0.0, not 0.0, not -0.0, not 1j, 3 if True + True == 2 else 4)
