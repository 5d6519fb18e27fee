# re: sub/subn with functions and templates, split, finditer, escape, errors, Pattern/Match objects
import re

print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.subn(r"(\w+)@(\w+)", r"\2 at \1", "x@y, p@q"), re.sub(r"a", "b", "aaaa", count=2), re.sub("x*", "-", "abxd"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "John Smith"), re.sub(r"(a)", r"\g<1>0", "a"))
print(re.sub(r"\s+", " ", "  many   spaces\t\there "), re.sub(r"(?m)^", "> ", "l1\nl2"), re.sub("", "|", "abc"))
print(re.sub(r"\\", "/", r"C:\dir\file"), re.sub(r"x", r"\n", "axb"), re.sub(r"x", lambda m: r"\n", "axb"))
print(re.sub(r"[aeiou]", lambda m: m.group().upper(), "programming language", flags=re.I))
counter = iter(range(100))
print(re.sub(r"\?", lambda m: str(next(counter)), "? + ? = ?"))
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words, words."), re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.split(r"[a-f]+", "0a3B9", flags=re.I), re.split(r"x*", "axbc"), re.split(r"(a)|b", "1a2b3"), re.split(r"\d", ""))
print(re.split(r"(?=[A-Z])", "splitCamelCaseWords"), re.split(r"\b", "a b"), re.split(",", "a,,b,"))
for m in re.finditer(r"(?P<num>\d+)(?P<unit>[a-z]+)", "10kg 5m 300ms"):
    print(m.group("num"), m.group("unit"), m.span(), m.start("unit"))
print([m.group() for m in re.finditer(r"\w+", "a bb ccc", )], [m.span() for m in re.finditer(r"", "ab")])
p = re.compile(r"(\w)(\d)")
print(p.findall("a1 b2 cc d"), p.sub(r"\2\1", "a1 b2"), p.split("xa1yb2z"), list(p.finditer("a1b2", 1)))
print(p.pattern, p.groups, p.groupindex, repr(p), str(p) == repr(p), p == re.compile(r"(\w)(\d)"), hash(p) == hash(re.compile(r"(\w)(\d)")))
print(repr(re.compile("a", re.I | re.S)), repr(re.compile(b"x+")), repr(re.compile("b+").match("abbbc", 1)))
print(re.escape("a.b*c?d[e]f{1}|g\\h i-j#k&~"), re.escape(b"a.b"), re.escape("été_1"), re.escape("\t\n"))
print(re.match(re.escape("1+1=2?"), "1+1=2?").group(), re.findall("[" + re.escape("]^-") + "]", "a]b^c-d"))
errors = [r"(", r")", r"[a-", r"a**", r"(?P<1>x)", r"(?P<a>x)(?P<a>y)", r"\1", r"(?<=a+)b", r"x{2,1}", r"[z-a]", r"(?P=nope)",
          r"\p", r"(?z)", "a\\", r"(?i", r"*a"]
for pat in errors:
    try:
        re.compile(pat)
        print("compiled", pat)
    except re.error as e:
        print("error:", repr(pat), "|", e.msg, "| pos", e.pos, "| lineno", e.lineno, e.colno)
try:
    re.compile("abc\n(de")
except re.error as e:
    print(str(e), e.lineno, e.colno, e.pattern == "abc\n(de")
for args in [(r"\g<2>", "a"), (r"\g<x>", "a"), (r"\3", "a"), (r"\g<", "a")]:
    try:
        re.sub(r"(a)", args[0], args[1])
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub("a", 1, "a")
except TypeError as e:
    print("TypeError", e)
try:
    re.search("a", b"a")
except TypeError as e:
    print("TypeError", e)
try:
    re.compile("a", re.I).__class__("a")
except TypeError as e:
    print("TypeError", e)
print(re.error.__name__, re.error is re.PatternError if hasattr(re, "PatternError") else issubclass(re.error, Exception))
m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m[0], m[2], m.__getitem__(1), len(m.regs), m.regs, bool(m), type(m).__name__, type(p).__name__)
print(re.compile("a") is re.compile("a"), re.purge())
import copy
print(copy.copy(m) is m, copy.deepcopy(p) is p)
print(re.Scanner([(r"\d+", lambda s, t: ("N", int(t))), (r"[a-z]+", lambda s, t: ("W", t)), (r"\s+", None)]).scan("ab 12 cd 3 !"))
