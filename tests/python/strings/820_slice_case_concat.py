# Slicing (ASCII and not, every step), concatenation and ASCII case mapping
# build their results in place: lengths, ASCII-ness and contents must match.
texts = ["", "a", "hello world", "héllo wörld", "日本語のテキスト", "a\U0001F600b\u00e9c", "ABC def GHI"]
for t in texts:
    n = len(t)
    out = []
    for start in (None, 0, 1, -1, 3, n):
        for stop in (None, 0, 2, -2, n, n + 5):
            for step in (None, 1, 2, -1, -2, 3):
                s = t[start:stop:step]
                out.append("%d:%s" % (len(s), ascii(s)))
    print(ascii(t), len(out), hash(tuple(out)) == hash(tuple(out)), out[:6], out[-3:])
    print(" ", ascii(t.upper()), ascii(t.lower()), ascii(t.title()), ascii(t.swapcase()),
          ascii(t.capitalize()), ascii(t.casefold()))
    c = t + t[::-1]
    print(" ", len(c), ascii(c), c.isascii(), (t + "é").isascii(), len(t + "日本"))
    print(" ", [ascii(t[i]) for i in range(len(t))][:5], t[1:4] == "".join(t[i] for i in range(1, min(4, n))))
big = "xy" * 5000 + "é"
print(len(big[::3]), len(big[1:-1]), big[-3:], ascii(big[9998:]), big[::-1][:3] == "éyx")
s = ""
for i in range(200):
    s = s + chr(97 + i % 26) + ("é" if i % 50 == 0 else "")
print(len(s), s.isascii(), ascii(s[:60]), ascii(s[-5:]))
