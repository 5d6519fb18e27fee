# non-ASCII text: lengths, slicing, ord / chr
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

texts = ["é", "e\u0301", "中文字符", "😀", "👍🏽", "🇫🇷", "a😀b", "ÀÉÎÕÜ", "\U0010ffff", "\x00\x7f\x80\xff"]
for s in texts:
    print(ascii(s), len(s), [ord(c) for c in s], ascii(s[::-1]), ascii(s[1:]), len(s.encode()))
u = "Grüße, 世界! 😀🎉"
print(len(u), u[0], u[2], u[7], u[8], u[-1], u[-2], u[7:9], u[-2:], u[::2])
print(u.upper(), u.find("世"), u.index("😀"), u.count("ü"), u[2:5] * 2)
print(ord("A"), ord("é"), ord("中"), ord("😀"), ord("\n"), ord("\x00"), ord("\U0010ffff"))
print(chr(65), chr(233), chr(20013), chr(128512), repr(chr(10)), repr(chr(0)), ascii(chr(0x10ffff)))
print([chr(i) for i in range(945, 950)], "".join(chr(ord(c) + 1) for c in "HAL"))
t("ord empty", lambda: ord(""))
t("ord two", lambda: ord("ab"))
t("ord two emoji", lambda: ord("😀😀"))
t("ord int", lambda: ord(65))
t("ord None", lambda: ord(None))
t("ord bytes", lambda: ord(b"a"))
t("ord bytes2", lambda: ord(b"ab"))
t("chr -1", lambda: chr(-1))
t("chr 0x110000", lambda: chr(0x110000))
t("chr float", lambda: chr(65.0))
t("chr str", lambda: chr("A"))
t("chr big", lambda: chr(2**64))
t("chr bool", lambda: chr(True))
t("chr surrogate", lambda: ascii(chr(0xd800)))
t("chr no args", lambda: chr())
t("ord no args", lambda: ord())
t("escape \\N", lambda: "\N{LATIN SMALL LETTER E WITH ACUTE}")
t("escape \\u", lambda: "\u00e9" == "é")
t("escape \\U", lambda: "\U0001F600" == "😀")
t("escape \\x", lambda: "\x41\x42")
t("octal", lambda: "\101\0\12")
print(len("\N{GREEK SMALL LETTER ALPHA}\N{SNOWMAN}"), "\N{SNOWMAN}")
