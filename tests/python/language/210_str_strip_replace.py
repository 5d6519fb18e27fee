# strip/lstrip/rstrip with sets of chars and unicode whitespace; replace counts; affixes
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
        return
    print(label, repr(r))

ws = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000"
print([hex(ord(c)) for c in ws if c.strip() == ""])
print([hex(ord(c)) for c in "\u200b\u180e\ufeff\x00" if c.strip() == ""])
t("strip all ws", lambda: (ws + "x" + ws).strip())
t("lstrip ws", lambda: (ws + "x" + ws).lstrip() == "x" + ws)
t("strip chars", lambda: "xyxzyhelloyxzx".strip("xyz"))
t("strip chars order irrelevant", lambda: "abcba".strip("cba"))
t("lstrip chars", lambda: "www.example.com".lstrip("cmowz."))
t("rstrip chars", lambda: "mississippi".rstrip("ipz"))
t("strip None", lambda: "  a  ".strip(None))
t("strip empty", lambda: "  a  ".strip(""))
t("strip unicode set", lambda: "éé中é😀é".strip("é😀"))
t("strip everything", lambda: "aaaa".strip("a"))
t("replace all", lambda: "a.b.c.d".replace(".", "::"))
t("replace count 0", lambda: "aaa".replace("a", "b", 0))
t("replace count -1", lambda: "aaa".replace("a", "b", -1))
t("replace count -5", lambda: "aaa".replace("a", "b", -5))
t("replace count 2", lambda: "aaa".replace("a", "b", 2))
t("replace count big", lambda: "aaa".replace("a", "b", 10**20))
t("replace empty old", lambda: "abc".replace("", "-"))
t("replace empty old count", lambda: "abc".replace("", "-", 2))
t("replace empty in empty", lambda: "".replace("", "x"))
t("replace empty in empty count0", lambda: "".replace("", "x", 0))
t("replace to empty", lambda: "banana".replace("an", ""))
t("replace overlapping", lambda: "aaaa".replace("aa", "b"))
t("replace longer", lambda: "abab".replace("ab", "abab"))
t("replace unicode", lambda: "aé中é".replace("é", "😀"))
t("replace astral", lambda: "😀x😀".replace("😀", "e"))
t("replace missing", lambda: "abc".replace("z", "y"))
t("removeprefix", lambda: ["prefix-x".removeprefix("prefix-"), "x".removeprefix("xx"), "abc".removeprefix(""), "".removeprefix("a")])
t("removesuffix", lambda: ["x.py".removesuffix(".py"), "py".removesuffix("x.py"), "abc".removesuffix(""), "aa".removesuffix("a")])
class S(str):
    pass
t("subclass results", lambda: [type(x).__name__ for x in (S("ab").strip(), S("ab").replace("x", "y"), S("ab").removeprefix("z"), S("ab")[:], S("ab") + "")])
t("removeprefix tuple", lambda: "abc".removeprefix(("a",)))
t("strip list", lambda: "abc".strip(["a"]))
t("replace None", lambda: "abc".replace("a", None))
t("replace 2 args only", lambda: "abc".replace("a"))
