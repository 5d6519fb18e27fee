# re: groups, named groups, backreferences, lookarounds, flags, fullmatch, unicode classes
import re

m = re.search(r"(\d{4})-(\d{2})-(\d{2})", "date: 2024-03-15 end")
print(m.group(), m.group(0, 1, 3), m.groups(), m.span(), m.span(2), m.start(3), m.end(), m.pos, m.endpos)
print(m.re.pattern, m.string, m.lastindex, m.lastgroup, m[1], m.expand(r"\3/\2/\1"))
m = re.match(r"(?P<key>\w+)\s*=\s*(?P<val>[^;]*)(;)?", "color = blue")
print(m.groupdict(), m.group("key"), m["val"], m.groups(), m.groups("none"), m.lastgroup, m.lastindex)
print(m.groupdict("?"), m.span("val"), m.re.groupindex, m.re.groups, m.expand(r"\g<val>:\g<key>:\g<1>"))
print(re.match(r"(a)|(b)", "b").groups(), re.match(r"(a)|(b)", "b").span(1), re.match(r"(a)(x)?", "a").group(2))
print(re.match(r"(?:ab)+(c)", "ababc").groups(), re.match(r"(a|b)*", "abba").group(1))
try:
    m.group(5)
except IndexError as e:
    print("IndexError", e)
try:
    m.group("nope")
except IndexError as e:
    print("IndexError", e)

print(re.findall(r"\b(\w)(\w)?\2\1\b", "abba anna xyyx bob aa"), re.search(r"(\w+) \1", "hello hello world").group())
print(re.findall(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' and \"yo\""), re.sub(r"(?P<w>\w+)", r"<\g<w>>", "a bc"))
print(re.match(r"(a)?(?(1)b|c)", "ab").group(), re.match(r"(a)?(?(1)b|c)", "c").group(), re.match(r"(<)?\w+(?(1)>)", "<x>").group())
print(re.findall(r"\w+(?=!)", "hi! yo? hey!"), re.findall(r"\w+(?!\w|!)", "hi! yo? hey!"))
print(re.findall(r"(?<=\$)\d+", "cost $30 or $45, not 50"), re.findall(r"(?<!\$)\b\d+", "cost $30 or $45, not 50"))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567890"), re.split(r"(?<=[.!?]) ", "A. B! C? D"))
print(re.search(r"^(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$", "passW0rdX") is not None, re.search(r"^(?=.*\d)(?=.*[A-Z]).{8,}$", "password") is None)

print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"\w+$", "one\ntwo", re.MULTILINE), re.findall(r"^\w+", "one\ntwo"))
print(re.match(r"a.b", "a\nb"), re.match(r"a.b", "a\nb", re.S).group(), re.match(r"(?s)a.b", "a\nb").group())
print(re.findall(r"hello", "Hello HELLO hello", re.I), re.findall(r"(?i)straße", "STRASSE straße STRAßE"))
print(re.match(r"""\d+  # digits
                 \.  # a dot
                 \d*  # more""", "3.14", re.X).group(), re.match(r"(?x) a b c # comment", "abc").group())
print(re.findall(r"\w+", "héllo wörld 123", re.A), re.findall(r"\w+", "héllo wörld 123"))
print(re.findall(r"(?i:a)b", "ab Ab aB"), re.findall(r"a(?-i:b)", "ab AB Ab", re.I))
print(re.compile(r"x", re.I | re.M).flags & (re.I | re.M) == re.I | re.M, re.I | re.M, repr(re.I), re.NOFLAG if hasattr(re, "NOFLAG") else 0)
print(re.compile(r"(?i)a").flags, re.compile("a").flags, re.compile(b"a").flags)

print(re.fullmatch(r"\d+", "123") is not None, re.fullmatch(r"\d+", "123a"), re.fullmatch(r"a|ab", "ab").group())
p = re.compile(r"\d+")
print(p.fullmatch("x12y", 1, 3).group(), p.match("ab12", 2).group(), p.search("12ab34", 2).group(), p.search("12ab34", 0, 1).group())
print(re.findall(r"\d", "٣4५"), re.findall(r"[^\W\d_]+", "abc_12 déf ΣΑΣ"), re.findall(r"\s+", "a\u2003b\u00a0c"))
print(re.findall(r"\bé\w*", "école élan"), re.sub(r"\W", "-", "a+b é!"), re.findall(r"[α-ω]+", "αβγ ABC δ"))
print(re.match(r"\w", "ǅ").group(), re.findall(r"(?i)σ", "Σσς"), re.findall(r"(?i)[k]", "kK\u212a"))
print(re.findall(rb"\w+", b"abc d\xe9f"), re.match(rb"(?i)ABC", b"abc").group())
print(re.findall(r"\x41\u0042\N{LATIN SMALL LETTER C}\101", "ABcA"), re.findall(r"[\d\s]+", "1 2\t3x4"))
print(re.search(r"a{2,3}?", "aaaa").group(), re.search(r"a{,2}", "aaa").group(), re.search(r"a{2}", "aaa").span(), re.findall(r"a*?b", "aab b"))
print(re.search(r"(?>a+)b", "aaab").group(), re.match(r"(?>a+)ab", "aaab"), re.match(r"a++a", "aaa"), re.match(r"a*+b", "aab").group())
print(re.match(r"(?>x|xy)z", "xyz"), re.match(r"(?:x|xy)z", "xyz").group(), re.findall(r"\d?+\w", "1a b"))
