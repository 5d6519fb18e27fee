# str.expandtabs
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = "a\tbc\tdef\tghij\tk"
t("default", lambda: s.expandtabs())
for n in [0, 1, 2, 3, 4, 5, -1]:
    t("tabsize %d" % n, lambda: s.expandtabs(n))
t("kw", lambda: s.expandtabs(tabsize=2))
t("newline resets", lambda: "ab\tc\nx\ty".expandtabs(4))
t("cr resets", lambda: "ab\tc\rx\ty".expandtabs(4))
t("leading tab", lambda: "\tx".expandtabs(3))
t("only tabs", lambda: "\t\t".expandtabs(2))
t("no tabs", lambda: "abc".expandtabs(8))
t("unicode", lambda: "中\t文\té".expandtabs(4))
t("empty", lambda: "".expandtabs())
t("float arg", lambda: "a\tb".expandtabs(4.0))
t("str arg", lambda: "a\tb".expandtabs("4"))
t("two args", lambda: "a\tb".expandtabs(4, 4))
