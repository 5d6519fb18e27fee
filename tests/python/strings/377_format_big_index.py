# str.format with a field number too large for a C integer
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t("ok index", lambda: "{1}".format(1, 2))
t("large index", lambda: "{12345}".format(1))
t("big index", lambda: "{99999999999999999999}".format(1))
t("big width", lambda: "{:99999999999999999999}".format(1))
