print(0x1F, 0o17, 0b101, 1_000_000, 0.5e3, 1j, 3.14j, .5, 5., 1e-3)
print('single', "double", '''triple
quoted''', r'raw\n', b'bytes', rb'\d', 'a' 'b' "c", u'unicode')
print("\x41\u00e9\U0001F600", "\N{BULLET}", "tab\tend", "\101", len("\n"))
print(True, False, None, ..., [], {}, (), set())
