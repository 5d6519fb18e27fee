# str.translate with mapping objects: __getitem__, LookupError, bad values
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
        return
    print(label, repr(r))

class Rot:
    calls = 0
    def __getitem__(self, k):
        Rot.calls += 1
        if 97 <= k <= 122:
            return (k - 97 + 13) % 26 + 97
        raise LookupError(k)
t("rot13", lambda: "hello, World!".translate(Rot()))
class KeyErr:
    def __getitem__(self, k):
        raise KeyError(k)
class IdxErr:
    def __getitem__(self, k):
        raise IndexError(k)
class ValErr:
    def __getitem__(self, k):
        raise ValueError("boom %d" % k)
t("keyerror passes", lambda: "abc".translate(KeyErr()))
t("indexerror passes", lambda: "abc".translate(IdxErr()))
t("valueerror raises", lambda: "abc".translate(ValErr()))
t("list table", lambda: "abc".translate([None, "x"] * 60))
t("str table", lambda: "abc".translate("ABCDEFGHIJKLMNOPQRSTUVWXYZ" * 4))
t("tuple table", lambda: "\x00\x01\x02".translate(("z", "y")))
t("int table", lambda: "abc".translate(5))
t("None table", lambda: "abc".translate(None))
t("value bytes", lambda: "a".translate({97: b"x"}))
t("value negative", lambda: "a".translate({97: -1}))
t("value max", lambda: "a".translate({97: 0x10ffff}) == "\U0010ffff")
t("value empty", lambda: "banana".translate({97: ""}))
t("key str ignored", lambda: "abc".translate({"a": "x"}))
t("surrogate", lambda: "a".translate({97: 0xd800}) == "\ud800")
t("long result", lambda: len("ab" * 1000).__add__(0) and len(("ab" * 1000).translate({97: "xyz"})))
t("maketrans x only", lambda: str.maketrans("a"))
t("maketrans 2 non str", lambda: str.maketrans(1, 2))
t("maketrans 3rd non str", lambda: str.maketrans("a", "b", 1))
t("maketrans dict bad value", lambda: str.maketrans({"a": 1.5}))
t("maketrans dict int key", lambda: str.maketrans({97: "x"}))
t("maketrans dup", lambda: sorted(str.maketrans("aab", "xyz").items()))
t("maketrans unicode", lambda: sorted(str.maketrans("é😀", "e:").items()))
t("maketrans 3 overlap", lambda: "abc".translate(str.maketrans("ab", "xy", "a")))
t("maketrans too many", lambda: str.maketrans("a", "b", "c", "d"))
t("maketrans no args", lambda: str.maketrans())
t("maketrans via instance", lambda: "".maketrans("a", "b"))
t("translate no args", lambda: "a".translate())
