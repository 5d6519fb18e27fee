# format specs whose width / precision do not fit in a C ssize_t
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t("int huge width", lambda: format(5, "99999999999999999999"))
t("float huge prec", lambda: format(5.0, ".99999999999999999999"))
t("str huge width", lambda: "{:99999999999999999999}".format("a"))
t("f-string huge width", lambda: f"{5:99999999999999999999}")
