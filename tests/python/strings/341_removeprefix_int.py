# removeprefix / removesuffix with non-str arguments
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t("removeprefix int", lambda: "abc".removeprefix(1))
t("removesuffix int", lambda: "abc".removesuffix(2))
t("removeprefix float", lambda: "abc".removeprefix(1.5))
t("removesuffix list", lambda: "abc".removesuffix(["c"]))
