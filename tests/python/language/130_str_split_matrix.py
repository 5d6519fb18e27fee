# split/rsplit across separators, maxsplit values and unicode whitespace
samples = ["", " ", "a", " a ", "a b  c   d", "  a\tb\nc\x0bd\x0ce\rf  ",
           "a,b,,c,", ",a,", ",,", "a\u3000b\xa0c\u2003d", "x\x1cy\x1dz\x1ew\x1fv",
           "x\x85y\u2028z", "abcabcab", "aaaa"]
for s in samples:
    for sep in [None, ",", "ab", "a"]:
        for m in [-1, 0, 1, 2]:
            a = s.split(sep, m)
            b = s.rsplit(sep, m)
            print(repr(s), repr(sep), m, a, b if b != a else "=")
print("aXbXc".split("X", maxsplit=-5), "aXbXc".rsplit("X", -2))
print("a b".split(maxsplit=2**62), "a b c".rsplit(maxsplit=2**62))
for bad in [lambda: "a".split(maxsplit=1.0), lambda: "a".split("", 1), lambda: "a".rsplit(b"a"),
            lambda: "a".split(maxsplit="1"), lambda: "a b".split(maxsplit=10**20), lambda: "a".split(None, 1, 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(" ".join("The  quick\tbrown\n\nfox".split()), "|".join("1  2 3".split(" ")))
print(list(map(len, "one two three".split())), "k=v=w".split("=", 1), "k=v=w".rsplit("=", 1))
