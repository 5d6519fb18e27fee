# float formatting via str, format specs, %-formatting
vals = [0.0, -0.0, 1.0, 0.1, 2.5, -2.5, 1/3, 1234.5678, 1e16, 1e-7, 123456789.123, 5e-324, 1e300, 0.5, 0.125, 2.675, 99.995]
for v in vals:
    print(format(v, '.3f'), format(v, '.3e'), format(v, 'g'), format(v, '.3g'), format(v, '%'), format(v, '.1%'), format(v, ''), format(v, '.0f'))
inf = float('inf')
nan = float('nan')
for v in [inf, -inf, nan]:
    print(format(v, '.3f'), format(v, 'e'), format(v, 'g'), format(v, '%'), format(v, 'F'), format(v, 'E'), format(v, '10.2f') + '|', format(v, '+'))
for spec in ['10.2f', '<10.2f', '^10.2f', '>10.2f', '010.2f', '+.2f', ' .2f', '-.2f', ',.2f', '_.2f', '#.0f', '.0e', '#.0e', 'G', '.10G',
             'E', '.2%', '=+12.3f', '*^12.1f', '.15g', '.17g', '.20f', 'n', '.3n', '#g', '#.3g', '012,.1f', '.1f', 'f', 'e']:
    print(repr(spec), format(1234567.891, spec), format(-0.000123456, spec))
print(format(1e16, ''), format(1e16, 'g'), format(1e15, 'g'), format(123456.0, 'g'), format(1234567.0, 'g'), format(0.0001, 'g'), format(0.00001, 'g'))
print('%f|%.2f|%10.3f|%-10.1f|%+.1f|%e|%.2E|%g|%G|%%' % (3.14159, 3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 31415.9, 1e-5, 1e20))
print('%5.1f%%' % 99.5, '%.0f' % 0.5, '%.0f' % 1.5, '%.0f' % 2.5, '%.1f' % 0.05, '%.1f' % 0.15, '%.1f' % 0.25, '%.2f' % 2.675)
print('%r %s %a' % (0.1, 0.1, 1e100), '%d' % 3.99, '%i' % -3.99, '%x' % 255 if True else '', '%s' % -0.0)
print(f'{3.14159:.2f} {2.5:5} {1e-10} {1e10:,.0f} {0.5:.0%} {-1.5:08.2f} {1.0:g} {100.0:.2g}')
print(str(1.0), str(1e-5), str(0.0001), str(1e16), str(1e15), str(-1.5e-300), str(float(2**60)))
for bad in ['d', 'x', 'c', 's', '.2d', ',_f', 'z.2f' if False else '=s']:
    try:
        print(format(1.5, bad))
    except Exception as e:
        print(type(e).__name__, e)
