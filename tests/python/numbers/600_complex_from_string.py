# complex() from a string: Unicode digits and spaces, underscores between
# digits, and the two error messages CPython uses.
cases = ['1_0+2_0j', '1__0j', '_1j', '1_j', '1e1_0', '(1_0)', '\u0661\u0662j',
         ' \u2003 1+2j \u2003', '1+2j_', '\u0661_\u0662j', '1+_2j', '0x1j', '1+2J',
         '(1+2j', 'j', '-j', '+1.5e-3-2_5.0_1j', 'inf+nanj', '\u00bd', '1 + 2j', '']
for s in cases:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
