# find / rfind / index / rindex / count with start and end
s = "abracadabra"
print(s.find("a"), s.rfind("a"), s.find("bra"), s.rfind("bra"))
print(s.find("a", 1), s.find("a", 1, 3), s.find("a", 4, 5), s.find("a", 6, 7))
print(s.rfind("a", 0, 10), s.rfind("a", 0, 1), s.rfind("a", 1, 3))
print(s.find("a", -4), s.rfind("a", -4, -1), s.find("a", -100), s.find("a", 100))
print(s.find("z"), s.rfind("z"), s.find(""), s.rfind(""))
print(s.find("", 5), s.find("", 11), s.find("", 12), s.rfind("", 5), s.rfind("", 3, 7))
print(s.find("a", None), s.find("a", None, None), s.find("a", 2, None), s.rfind("a", None, 5))
print(s.find("abra", 7), s.find("abra", 7, 10), s.find("abra", 7, 11))
print(s.find("a", 5, 2), s.find("", 5, 2), s.rfind("", 5, 2))
print(s.index("c"), s.rindex("a"), s.index("a", 1), s.rindex("a", 0, 5), s.index("", 3))
for args in [("z",), ("a", 1, 3), ("abra", 1, 10)]:
    for fn in ("index", "rindex"):
        try:
            print(getattr(s, fn)(*args))
        except Exception as e:
            print(fn, args, type(e).__name__, e)
for fn in ("find", "rfind", "index", "rindex", "count"):
    try:
        getattr(s, fn)(1)
    except Exception as e:
        print(fn, type(e).__name__, e)
try:
    s.find()
except Exception as e:
    print(type(e).__name__, e)
print(s.count("a"), s.count("bra"), s.count("z"), s.count(""), "".count(""), "".count("a"))
print(s.count("a", 1), s.count("a", 1, 4), s.count("a", -3), s.count("", 2, 5), s.count("", 5, 2))
print("aaaa".count("aa"), "aaaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"))
u = "héllo wörld, héllo 中文 😀 end 😀"
print(u.find("é"), u.rfind("é"), u.find("中文"), u.find("😀"), u.rfind("😀"), u.count("😀"))
print(u.index("ö"), u.rindex("l"), u.count("l"), u.count("héllo"), len(u))
print(u.find("😀", 24), u.find("😀", 24, 28), u.rfind("l", 0, 5))
print("ab" in "xaby", "" in "abc", "" in "", "ba" in "abab", "abc" in "ab")
print(s.find("a", 0, -1), s.rfind("a", 0, -1), s.count("a", 0, -1))
print(s.find("bra", 8), s.rfind("abr", 0, 9), s.rfind("abr", 0, 10))
