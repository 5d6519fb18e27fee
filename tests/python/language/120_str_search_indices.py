# find/count/index/startswith/endswith: __index__ bounds, huge and negative bounds, tuples
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
        return
    print(label, repr(r))

s = "mississippi"
for start in [None, -100, -11, -5, -1, 0, 1, 4, 10, 11, 12, 10**30, -10**30]:
    for end in [None, -100, -2, 0, 5, 11, 10**30]:
        print(start, end, s.find("ss", start, end), s.rfind("ss", start, end), s.count("s", start, end),
              s.count("", start, end), s.startswith("ss", start, end), s.endswith("i", start, end))
t("index obj", lambda: s.find("s", I(3), I(-1)))
t("count obj", lambda: s.count("i", I(1)))
t("startswith obj", lambda: s.startswith("iss", I(1)))
t("bool start", lambda: s.find("i", True))
t("index miss range", lambda: s.index("m", 1))
t("rindex miss range", lambda: s.rindex("p", 0, 8))
t("startswith tuple", lambda: s.startswith(("x", "mis", "y")))
t("startswith tuple start", lambda: s.startswith(("ss", "si"), 2))
t("endswith tuple end", lambda: s.endswith(("ss", "si"), 0, 7))
t("startswith empty tuple", lambda: s.startswith(()))
t("startswith empty prefix beyond", lambda: s.startswith("", 11))
t("startswith empty prefix past", lambda: s.startswith("", 12))
t("endswith empty past", lambda: s.endswith("", 12))
t("endswith empty start>end", lambda: s.endswith("", 5, 3))
t("find empty start>len", lambda: s.find("", 12))
t("rfind empty", lambda: s.rfind("", -3))
t("count overlapping", lambda: "aaaaaa".count("aaa"))
t("find long needle", lambda: s.find(s + "x"))
t("find exact", lambda: s.find(s))
t("find obj bad", lambda: s.find("s", object()))
t("count float", lambda: s.count("s", 1.5))
t("startswith float", lambda: s.startswith("m", 0.0))
t("in int", lambda: 1 in s)
t("in None", lambda: None in s)
u = "aé中😀aé中😀"
for sub in ["a", "é", "中", "😀", "é中", "😀a", "x"]:
    print(repr(sub), u.find(sub), u.rfind(sub), u.count(sub), u.find(sub, 2, -1), u.rfind(sub, -5))
