# case mapping special cases: length-changing, title-case digraphs, final sigma, apostrophes
def show(s):
    out = []
    for m in ("upper", "lower", "title", "capitalize", "swapcase", "casefold"):
        r = getattr(s, m)()
        out.append("%s=%r(%d)" % (m[:3], r, len(r)))
    print(repr(s), " ".join(out))
for s in ["ß", "ẞ", "ﬀ", "ﬃ", "ﬅ", "ŉ", "ǰ", "ΐ", "ΰ", "և", "ﬓ", "İ", "ı", "K", "Å", "ǅ", "ǈ", "ǋ", "ǲ",
          "Ǆ", "ǆ", "ᾳ", "ᾼ", "ῳ", "µ", "ſ", "ͅ", "ϐ", "ϑ", "ẛ", "ꭰ", "Ꭰ", "𐐀", "𐐨", "ⅰ", "Ⅰ", "ⓐ", "Ⓐ"]:
    show(s)
for s in ["ΣΑΣ", "σας", "ΑΣ", "Σ", "ΑΣ.", "Α.Σ", "ΑΣ1", "ΑΣΑ", "ΑΣ Σ", "Σ Α", "ΑΣ'", "A\u0301Σ", "ΑΣ\u0301"]:
    print(repr(s), repr(s.lower()), repr(s.casefold()), repr(s.title()), repr(s.swapcase()))
for s in ["they're bill's", "hello2world", "3rd place", "x1y2z3", "o'neil-smith", "élan vital",
          "ǆungla ǅ", "ﬁsh ﬁ", "ßa ßb", "a_b c.d", "ΆΈΉ άέή", "İi ıI", "aBC dEF", "123abc", "ⅰv ⅱ"]:
    print(repr(s), repr(s.title()), repr(s.capitalize()), s.istitle(), s.title().istitle())
for s in ["ǅ", "ǅa", "Aǅ", "ǈ ǈ", "A ǈ", "ᾼ", "Ǆ", "ⅰ", "Ⅰ", "ꭰ", "ǅǅ", "a\u02b0", "A\u02b0", "ª"]:
    print(repr(s), s.isupper(), s.islower(), s.istitle())
print("".join(c for c in map(chr, range(0x100)) if c.lower() != c.casefold()))
print(sum(len(chr(i).upper()) for i in range(0x500)), sum(len(chr(i).lower()) for i in range(0x500)))
