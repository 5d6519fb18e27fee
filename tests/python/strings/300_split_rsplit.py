# str.split / str.rsplit with sep, maxsplit, None separator
def show(label, v):
    print(label, repr(v))

s = "a,b,,c,"
show("split ,", s.split(","))
show("split , 0", s.split(",", 0))
show("split , 1", s.split(",", 1))
show("split , 2", s.split(",", 2))
show("split , -1", s.split(",", -1))
show("split , 99", s.split(",", 99))
show("rsplit , 1", s.rsplit(",", 1))
show("rsplit , 2", s.rsplit(",", 2))
show("rsplit , 0", s.rsplit(",", 0))
show("split ,,", "a,,b,,,c".split(",,"))
show("rsplit ,,", "a,,b,,,c".rsplit(",,"))
show("rsplit ,, 1", "a,,b,,,c".rsplit(",,", 1))
w = "  hello   world \t\n foo  "
show("split()", w.split())
show("split(None)", w.split(None))
show("split(None,1)", w.split(None, 1))
show("split(None,0)", w.split(None, 0))
show("rsplit()", w.rsplit())
show("rsplit(None,1)", w.rsplit(None, 1))
show("rsplit(None,0)", w.rsplit(None, 0))
show("rsplit(None,2)", w.rsplit(None, 2))
show("empty split()", "".split())
show("empty split(,)", "".split(","))
show("spaces split()", "   ".split())
show("spaces split( )", "   ".split(" "))
show("no sep", "abc".split(","))
show("sep at ends", ",abc,".split(","))
show("kw maxsplit", "a b c d".split(maxsplit=2))
show("kw sep", "a-b-c".split(sep="-"))
show("kw both", "a-b-c".rsplit(sep="-", maxsplit=1))
show("unicode ws", "a\u3000b\u00a0c\u2003d".split())
show("\\x1c ws", "a\x1cb\x1dc\x1ed\x1fe".split())
show("\\x85 ws", "a\x85b".split())
show("multichar", "one<>two<>three".split("<>"))
show("unicode sep", "中,文,字".split(","))
show("emoji sep", "a😀b😀c".split("😀"))
show("same as whole", "abc".split("abc"))
show("longer sep", "ab".split("abc"))
for bad in [("",), (1,), (",", "1"), (",", 1.5)]:
    try:
        print(getattr("a,b", "split")(*bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print("a,b".rsplit(""))
except Exception as e:
    print(type(e).__name__, e)
try:
    print("a,b".split(",", 1, 2))
except Exception as e:
    print(type(e).__name__, e)
try:
    print("a,b".split(bogus=1))
except Exception as e:
    print(type(e).__name__, e)
# results are new lists
r = "x y".split()
r.append("z")
print(r, len(r))
# maxsplit with trailing whitespace
show("trail", "a b  ".split(None, 1))
show("rtrail", "  a b".rsplit(None, 1))
show("lead", "  a b c".split(None, 1))
