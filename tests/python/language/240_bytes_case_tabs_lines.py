# bytes/bytearray: expandtabs, title, capitalize, swapcase, case on non-ASCII, splitlines
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
        return
    print(label, repr(r))

for B in (bytes, bytearray):
    s = B(b"a\tbc\tdef\r\tx\ny\t")
    print(B.__name__, [s.expandtabs(n) for n in (0, 1, 4, 8)], s.expandtabs(tabsize=3), s.expandtabs(-2))
    w = B(b"hello wORLD 3rd they're \xe9t\xe9 ab_cd")
    print(B.__name__, w.title(), w.capitalize(), w.swapcase(), w.upper(), w.lower())
    print(B.__name__, w.title().istitle(), w.istitle(), B(b"").title(), B(b"\xc3\xa9").upper())
    lines = B(b"a\nb\r\nc\rd\x0be\x0cf\x1cg\x85h\n\n")
    print(B.__name__, lines.splitlines(), lines.splitlines(True), lines.splitlines(keepends=False))
    print(B.__name__, type(lines.splitlines()[0]).__name__, type(w.title()).__name__, type(s.expandtabs()).__name__)
t("expandtabs float", lambda: b"a\tb".expandtabs(2.0))
t("expandtabs two", lambda: b"a\tb".expandtabs(2, 3))
t("title arg", lambda: b"a".title(1))
t("splitlines str", lambda: b"a".splitlines("x"))
ba = bytearray(b"abc")
r = ba.upper()
r[0] = 0
print(ba, r, ba.lower() is ba, ba.upper() == b"ABC")
print(b"ABC".lower(), b"aBc".swapcase(), bytes(range(250, 256)).upper(), bytes(range(65, 70)).swapcase())
