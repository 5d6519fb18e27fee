# case mappings scanned over code-point ranges: checksums and the length-changing mappings
def digest(seq):
    h = 0
    for s in seq:
        for ch in s:
            h = (h * 31 + ord(ch)) % 1000000007
    return h
for lo, hi in [(0, 0x250), (0x250, 0x600), (0x1e00, 0x2000), (0x2c00, 0x2d30), (0xa640, 0xa800),
               (0xfb00, 0xfb50), (0x10400, 0x10500), (0x1e900, 0x1e950)]:
    chars = [chr(i) for i in range(lo, hi)]
    print("%05x" % lo, [digest(getattr(c, m)() for c in chars)
                        for m in ("upper", "lower", "title", "capitalize", "swapcase", "casefold")])
changing = []
for i in range(0x10000):
    c = chr(i)
    for m in ("upper", "lower", "casefold", "title"):
        r = getattr(c, m)()
        if len(r) != 1:
            changing.append((i, m, len(r)))
print(len(changing))
print(changing[:40])
print(changing[-20:])
words = ["HELLO wORLD", "straße STRASSE", "Ǆemal ǆ", "İstanbul ISTANBUL", "ΌΣΟΣ όσος"]
for w in words:
    print(w.casefold() == w.upper().casefold(), w.lower() == w.upper().lower(), repr(w.upper().lower()))
