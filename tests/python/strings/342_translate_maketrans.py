# str.translate / str.maketrans
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

tbl = {97: 120, 98: 121, 99: 122}
t("maketrans 2", lambda: str.maketrans("abc", "xyz") == tbl)
t("maketrans 2 sorted", lambda: sorted(tbl.items()))
t("translate", lambda: "aabbcc-abc".translate(tbl))
t("maketrans 3", lambda: sorted(str.maketrans("ab", "AB", "xy").items()))
t("translate delete", lambda: "axbyc".translate(str.maketrans("ab", "AB", "xy")))
t("maketrans dict", lambda: sorted(str.maketrans({"a": "1", "b": None, 99: "C"}).items()))
t("translate dict", lambda: "abcd".translate(str.maketrans({"a": "1", "b": None, 99: "CC"})))
t("translate raw dict", lambda: "abc".translate({97: "A", 98: 66, 99: None}))
t("translate multi", lambda: "ab".translate({97: "xyz"}))
t("translate unicode", lambda: "héllo".translate({ord("é"): "e", ord("l"): "L"}))
t("translate emoji", lambda: "a😀".translate({ord("😀"): ":)"}))
t("translate list table", lambda: "abc".translate(["0"] * 98 + ["B"]))
t("translate bad value", lambda: "a".translate({97: 1.5}))
t("translate big int", lambda: "a".translate({97: 0x110000}))
t("maketrans unequal", lambda: str.maketrans("ab", "x"))
t("maketrans 1 not dict", lambda: str.maketrans("ab"))
t("maketrans bad key", lambda: str.maketrans({"ab": "x"}))
t("maketrans int keys", lambda: sorted(str.maketrans({1: 2}).items()))
t("maketrans empty", lambda: str.maketrans("", ""))

