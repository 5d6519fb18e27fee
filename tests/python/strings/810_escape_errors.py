# Malformed \x/\u/\U escapes in literals: CPython's SyntaxError texts (found by fuzz_parser: \u with non-hex digits aborted).
cases = [r"'\u12zz'", r"'\uzzzz'", r"'ab\U0011zzzz'", r"'\U00110000'", r"'\u12'", r"'\x1'", r"'\xzz'", r"b'\x1z'", r"'\U0001F600'", r"'\U1234567'", r"'x\u0041y'"]
for c in cases:
    try:
        print(c, ascii(eval(c)))
    except SyntaxError as e:
        print(c, e.msg)
