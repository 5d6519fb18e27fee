# strip / lstrip / rstrip with and without chars
def show(label, v):
    print(label, repr(v))

s = "  \t\n hello world \r\n\x0b\x0c "
show("strip", s.strip())
show("lstrip", s.lstrip())
show("rstrip", s.rstrip())
show("strip None", s.strip(None))
show("lstrip None", s.lstrip(None))
show("rstrip None", s.rstrip(None))
x = "xxyhelloyxyx"
show("strip xy", x.strip("xy"))
show("lstrip xy", x.lstrip("xy"))
show("rstrip xy", x.rstrip("xy"))
show("strip yx", x.strip("yx"))
show("strip empty chars", x.strip(""))
show("strip all", "aaaa".strip("a"))
show("lstrip all", "aaaa".lstrip("a"))
show("rstrip all", "aaaa".rstrip("a"))
show("strip empty", "".strip())
show("strip empty chars2", "".strip("abc"))
show("strip only ws", " \t\n ".strip())
show("strip unicode ws", "\u3000\u00a0abc\u2003\u2029".strip())
show("strip \\x1c", "\x1c\x1dabc\x1e\x1f".strip())
show("strip \\x85", "\x85abc\x85".strip())
show("strip zero width", "\u200babc\u200b".strip())
show("strip non-ascii chars", "ééabcéé".strip("é"))
show("strip cjk", "中中文中".strip("中"))
show("strip emoji", "😀😀hi😀".strip("😀"))
show("strip mixed set", "<<[hi]>>".strip("<>[]"))
show("rstrip digits", "abc123".rstrip("0123456789"))
show("lstrip zeros", "000120".lstrip("0"))
show("strip dots", "...a.b...".strip("."))
show("kw not allowed?", "x")
for fn in ("strip", "lstrip", "rstrip"):
    for arg in [1, b"x", ["a"]]:
        try:
            getattr("abc", fn)(arg)
        except Exception as e:
            print(fn, type(e).__name__, e)
try:
    "abc".strip("a", "b")
except Exception as e:
    print(type(e).__name__, e)
try:
    "abc".strip(chars="a")
except Exception as e:
    print(type(e).__name__, e)
# identity-insensitive behaviour: stripping nothing gives equal string
s2 = "abc"
print(s2.strip() == s2, s2.strip("z") == s2)
