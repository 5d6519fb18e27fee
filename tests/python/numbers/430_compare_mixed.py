# int/float comparisons with big ints, inf, nan
inf = float('inf')
nan = float('nan')
ints = [0, 1, -1, 2**53, 2**53 + 1, 2**63, 2**63 - 1, -2**63, 2**64 + 1, 10**400, -10**400, 2**1023 * 2 - 1]
floats = [0.0, -0.0, 1.0, 9007199254740992.0, 9007199254740994.0, 9.223372036854776e18, 1.8446744073709552e19, inf, -inf, nan, 1.7976931348623157e308]
for i in ints:
    row = []
    for f in floats:
        row.append(('<' if i < f else '') + ('=' if i == f else '') + ('>' if i > f else '') or '?')
    print(str(i)[:12], ' '.join(row))
print(2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 2**53 + 1 != float(2**53 + 1), float(2**53 + 1) == 2**53)
print(10**400 < inf, -10**400 > -inf, 10**400 > 1e308, 10**400 == inf, nan == nan, nan != nan, nan < 1, nan > 1, 1 < nan)
print(2**64 == 18446744073709551616.0, 2**64 + 1 == 18446744073709551616.0, 2**64 - 1 < 18446744073709551616.0)
print(0 == -0.0, -0.0 < 0, 0.1 + 0.2 > 0.3, 1 == True, 1.0 == True, True < 1.5, False == -0.0)
print(max(2**64, 1.8446744073709552e19), min(2**64, 1.8446744073709552e19), max(nan, 1), max(1, nan), min(inf, 10**400))
print(sorted([3, 1.5, -2**70, 2**70, 0.0, -inf, inf, True]))
print(1 < 2 < 3.0 < 2**70 < inf, 5 > 3 > 3.0, 3 == 3.0 == 3, 3 is 3 if False else 'skip')
print([x for x in [1, 2.0, 3, 4.5] if 2 <= x < 4], (1, 2.0) == (1.0, 2), [1, 2] < [1, 2.5], (nan,) == (nan,))
l = [nan]
print(nan in l, l == l, l.count(nan), l.index(nan))
for a, b in [(1, 'a'), (1.0, None), (1, [1]), (inf, 'inf')]:
    try:
        print(a < b)
    except Exception as e:
        print(type(e).__name__, e)
print(1 == 'a', 1.0 != None, 1 == 1+0j, 1.5 == 1.5+0j, 2**70 == complex(2**70), 0 == 0j)
