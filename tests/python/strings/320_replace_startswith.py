# replace with count, startswith / endswith with tuples and ranges
s = "one two one two one"
print(repr(s.replace("one", "1")))
print(repr(s.replace("one", "1", 0)))
print(repr(s.replace("one", "1", 1)))
print(repr(s.replace("one", "1", 2)))
print(repr(s.replace("one", "1", -1)))
print(repr(s.replace("one", "1", 100)))
print(repr(s.replace("zzz", "1")))
print(repr(s.replace(" ", "")))
print(repr("abc".replace("", "-")))
print(repr("abc".replace("", "-", 2)))
print(repr("".replace("", "x")))
print(repr("".replace("a", "x")))
print(repr("aaa".replace("a", "aa")))
print(repr("aaaa".replace("aa", "b")))
print(repr("héllo".replace("é", "e")))
print(repr("中文中文".replace("中", "zh", 1)))
print(repr("a😀b😀".replace("😀", "!")))
print(repr("abc".replace("abc", "")))
print(repr(s.replace("one", "1", count=1)) if False else "skip kw")
for args in [(1, "x"), ("a", 2), ("a", "b", "c"), ("a",), ("a", "b", 1.0)]:
    try:
        print(getattr("abc", "replace")(*args))
    except Exception as e:
        print(type(e).__name__, e)

f = "filename.tar.gz"
print(f.startswith("file"), f.startswith("name"), f.startswith(""), f.endswith(".gz"), f.endswith(""))
print(f.startswith(("x", "fi")), f.startswith(("x", "y")), f.startswith(()), f.endswith((".zip", ".gz")))
print(f.startswith("name", 4), f.startswith("name", 4, 7), f.startswith("name", 4, 8))
print(f.endswith("file", 0, 4), f.endswith("tar", 0, -3), f.endswith("tar", 0, 12), f.endswith(".gz", -3))
print(f.startswith("", 15), f.startswith("", 16), f.endswith("", 16), f.startswith("", 5, 3))
print(f.startswith("g", -2), f.endswith(("a", "z"), -100, 100), f.startswith("f", None), f.endswith("z", None, None))
print("".startswith(""), "".endswith(""), "".startswith("a"), "a".startswith("ab"))
print("héllo".startswith("hé"), "中文".endswith("文"), "😀x".startswith("😀"), "😀x".endswith(("x", "y")))
for args in [(1,), (["a"],), (("a", 1),), ()]:
    for fn in ("startswith", "endswith"):
        try:
            print(getattr("abc", fn)(*args))
        except Exception as e:
            print(fn, type(e).__name__, e)
try:
    print("abc".startswith(("a",), 0, 1, 2))
except Exception as e:
    print(type(e).__name__, e)
