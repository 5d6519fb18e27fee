# is* predicates, ASCII and non-ASCII
samples = ["", "abc", "ABC", "Abc", "abc123", "123", "12.5", "-1", " ", "\t\n", "\u3000",
           "\u00a0", "é", "É", "中文", "٣", "²", "½", "Ⅻ", "〇", "𝟗", "😀", "a b", "Hello World",
           "Hello world", "HELLO world", "ǅ", "ǅa", "_x1", "1x", "if", "é_ü", "x\x00",
           "tab\t", "\x7f", "ªº", "ß", "ﬁ", "Σσ", "\u200b", "abc\u0301", "\u0660\u0661"]
preds = ["isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric", "isspace", "islower",
         "isupper", "istitle", "isidentifier", "isprintable", "isascii"]
print(" ".join(p[2:6] for p in preds))
def flag(s, p):
    try:
        return "T" if getattr(s, p)() else "."
    except Exception as e:
        return "E"
for s in samples:
    flags = "".join([flag(s, p) for p in preds])
    print(flags, repr(s), ascii(s))
for p in preds:
    try:
        getattr("a", p)(1)
    except Exception as e:
        print(p, type(e).__name__, e)
