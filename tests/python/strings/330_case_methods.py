# upper / lower / title / capitalize / swapcase / casefold
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

words = ["hello world", "HELLO WORLD", "hElLo WoRlD", "they're bill's friends",
         "hello-world_foo bar2baz 3rd", "", "123", "  leading space", "ÉCOLE été",
         "straße", "ǅemal ǈubljana", "ﬁne ﬂow", "ΣΊΣΥΦΟΣ", "中文 text", "i̇stanbul", "ŉ"]
for w in words:
    print(repr(w))
    print("  upper", repr(w.upper()), "lower", repr(w.lower()))
    print("  title", repr(w.title()), "capitalize", repr(w.capitalize()))
    print("  swapcase", repr(w.swapcase()), "casefold", repr(w.casefold()))
print("ß".upper(), len("ß".upper()), "ﬃ".upper(), "ß".casefold(), "ẞ".lower())
print("Σ".lower(), "ΑΣ".lower(), "ΑΣ Β".lower(), "ΣΑ".lower())
print("ǅ".upper(), "ǅ".lower(), "ǅ".title(), "ǆ".title(), "ǆ".capitalize())
print("ab".upper() == "AB", "Ab".casefold() == "aB".casefold(), "MASSE".casefold() == "maße".casefold())
t("upper arg", lambda: "a".upper(1))
t("title arg", lambda: "a".title("x"))
