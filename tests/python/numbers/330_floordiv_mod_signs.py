# floor division and modulo, all sign combinations
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (6, -3), (0, -3), (1, 10), (-1, 10), (1, -10), (-1, -10)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a // b * b + a % b == a)
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 2.5), (-7, 2.5), (0.0, 3), (-0.0, 3), (0.0, -3), (1e-300, -1), (-1e-300, 1), (5.0, 0.1)]
for a, b in fpairs:
    print(a, b, a // b, a % b, divmod(a, b))
big = [(2**70 + 5, 3), (-(2**70) - 5, 3), (2**70 + 5, -3), (-(2**70) - 5, -3), (10, 2**70), (-10, 2**70), (10, -(2**70)), (-10, -(2**70))]
for a, b in big:
    print(a // b, a % b, divmod(a, b))
inf = float('inf')
for a, b in [(5.0, inf), (-5.0, inf), (5.0, -inf), (-5.0, -inf), (inf, 2.0)]:
    try:
        print(a, b, a // b, a % b)
    except Exception as e:
        print(type(e).__name__, e)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0), (2**100, 0), (-1.5, 0.0)]:
    for op in ('//', '%', 'divmod', '/'):
        try:
            if op == '//':
                r = a // b
            elif op == '%':
                r = a % b
            elif op == '/':
                r = a / b
            else:
                r = divmod(a, b)
            print(op, r)
        except Exception as e:
            print(op, type(e).__name__, e)
print(True // 2, True % 2, -True // 2, divmod(True, -2), 7 // True, 7.0 % True)
