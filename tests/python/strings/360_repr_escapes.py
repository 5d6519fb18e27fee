# repr() and ascii() of strings: quotes, escapes, non-printables
samples = ["", "abc", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there",
           "new\nline", "cr\rret", "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad", "é中😀",
           "\u200b\u200e\u2028\u2029", "\ud800", "\U000e0001", "\ufeff", "\u3000",
           "\x0b\x0c", "\\n", "'", '"', "'\"", "\U0010ffff", "\x1b[0m", "\u0301", "ÿ", "\u00ad"]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(repr(repr("a")), repr(repr("'")))
print(str("a\nb"), "[%s]" % "a\tb", "%r" % "it's", "%a" % "é")
print([["a'b"]], {"k": "v\n"}, ("é",))
print(f"{'x'!r} {'é'!a} {'q'!s}")
class S(str):
    pass
print(repr(S("sub'str")), type(repr(S("x"))).__name__)
print(str(S("abc")), type(str(S("abc"))).__name__)
print(eval(repr("mixed '\" \n\t\\ é 😀")) == "mixed '\" \n\t\\ é 😀")
