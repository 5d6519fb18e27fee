# objects with __index__ used as start/end of str search methods and slices
s = "abracadabra"

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t("s[Idx(1)]", lambda: s[Idx(1)])
t("s[Idx(-1)]", lambda: s[Idx(-1)])
t("s[Idx(1):Idx(4)]", lambda: s[Idx(1):Idx(4)])
t("s[::Idx(3)]", lambda: s[::Idx(3)])
t("x * Idx(3)", lambda: "x" * Idx(3))
t("Idx(2) * x", lambda: Idx(2) * "xy")
t("split maxsplit", lambda: s.split("a", Idx(2)))
t("replace count", lambda: s.replace("a", "A", Idx(2)))
t("center", lambda: s.center(Idx(15), "*"))
t("zfill", lambda: "42".zfill(Idx(5)))
t("expandtabs", lambda: "a\tb".expandtabs(Idx(4)))
t("chr", lambda: chr(Idx(65)))
t("%c", lambda: "%c" % Idx(66))
t("%d", lambda: "%d" % Idx(7))
t("%x", lambda: "%x" % Idx(255))
