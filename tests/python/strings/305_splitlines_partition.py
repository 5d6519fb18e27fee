# splitlines with keepends, partition / rpartition
def show(label, v):
    print(label, repr(v))

t = "line1\nline2\r\nline3\rline4\n\nlast"
show("splitlines", t.splitlines())
show("keepends", t.splitlines(True))
show("keepends kw", t.splitlines(keepends=True))
show("keepends False", t.splitlines(keepends=False))
show("trailing nl", "a\nb\n".splitlines())
show("trailing nl keep", "a\nb\n".splitlines(True))
show("only nl", "\n".splitlines())
show("only nl keep", "\n".splitlines(True))
show("empty", "".splitlines())
show("no nl", "abc".splitlines())
show("crlf pairs", "\r\n\r\n".splitlines(True))
show("cr cr lf", "a\r\r\nb".splitlines(True))
for ch in ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]:
    show("boundary %r" % ch, ("x" + ch + "y").splitlines(True))
show("not boundary", "a\x1fb\tc".splitlines())
show("split vs splitlines", ("a\nb\n".split("\n"), "a\nb\n".splitlines()))
try:
    "a".splitlines("x")
except Exception as e:
    print(type(e).__name__, e)
show("splitlines int", "a\nb".splitlines(1))

p = "key=value=more"
show("partition", p.partition("="))
show("rpartition", p.rpartition("="))
show("partition miss", p.partition(":"))
show("rpartition miss", p.rpartition(":"))
show("partition multi", p.partition("=v"))
show("partition at start", "=x".partition("="))
show("rpartition at end", "x=".rpartition("="))
show("partition empty str", "".partition("a"))
show("rpartition empty str", "".rpartition("a"))
show("partition whole", "abc".partition("abc"))
show("unicode", "名前:値".partition(":"))
show("emoji", "a😀b😀c".rpartition("😀"))
for fn in ("partition", "rpartition"):
    for arg in ["", None, 5]:
        try:
            getattr("abc", fn)(arg)
        except Exception as e:
            print(fn, type(e).__name__, e)
try:
    "abc".partition()
except Exception as e:
    print(type(e).__name__, e)
r = "a-b".partition("-")
print(type(r).__name__, len(r), r[0] + r[2])
