# int() parsing: bases, prefixes, underscores, whitespace, signs
good = [
    ('0', 10), ('-0', 10), ('+17', 10), ('  42  ', 10), ('\t-7\n', 10), ('1_000_000', 10), ('007', 10),
    ('ff', 16), ('FF', 16), ('0xff', 16), ('0XfF', 16), ('-0x1_f', 16), ('101', 2), ('0b101', 2), ('-0B1_1', 2),
    ('777', 8), ('0o777', 8), ('0O17', 8), ('z', 36), ('Zz', 36), ('-zz', 36), ('10', 36), ('11', 3),
    ('0x10', 0), ('0o10', 0), ('0b10', 0), ('10', 0), ('0', 0), ('000', 0), ('-0x_ff', 0), ('1_2', 0),
    (' +0b1 ', 0), ('0_0', 0), ('9' * 30, 10), ('f' * 30, 16), ('\u0661\u0662', 10),
]
for s, b in good:
    try:
        print(repr(s), b, int(s, b))
    except Exception as e:
        print(repr(s), b, type(e).__name__, e)
bad = [
    ('', 10), ('  ', 10), ('1.5', 10), ('1e3', 10), ('abc', 10), ('12a', 10), ('_1', 10), ('1_', 10), ('1__0', 10),
    ('--1', 10), ('+-1', 10), ('0x', 16), ('0x', 0), ('08', 0), ('010', 0), ('0b2', 0), ('2', 2), ('g', 16),
    ('0b1', 16), ('1 2', 10), ('0o8', 8), ('- 1', 10), ('0x1', 10),
]
for s, b in bad:
    try:
        print(repr(s), b, int(s, b))
    except Exception as e:
        print(repr(s), b, type(e).__name__, e)
for args in [('10', 1), ('10', 37), ('10', -1), (10, 10), (1.5, 10), ('10', 2.0)]:
    try:
        print(int(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(int(), int('12', base=5), int('  0x1f  ', base=0))
for x in [b'42', bytearray(b' -9 '), b'0x1f', b'1_0']:
    try:
        print(int(x), int(x, 0))
    except Exception as e:
        print(type(e).__name__, e)
print(int(True), int(-0.0), int(1e20), int(-2.5), int(2**70 + 0.0) == 2**70)
for x in [float('inf'), float('-inf'), float('nan'), None, [1], 'x' * 3]:
    try:
        print(int(x))
    except Exception as e:
        print(type(e).__name__, e)
