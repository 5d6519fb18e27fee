# str.format_map: __missing__, custom mappings, lookups inside fields
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
        return
    print(label, repr(r))

class Default(dict):
    def __missing__(self, key):
        return "<%s>" % key
class OnlyGet:
    def __getitem__(self, key):
        if key == "bad":
            raise KeyError(key)
        return key.upper()
class Point:
    x, y = 3, 4
t("missing", lambda: "{name} is {age}".format_map(Default(name="Ann")))
t("format vs map", lambda: "{name}".format(**Default()))
t("custom", lambda: "{a}-{bc}".format_map(OnlyGet()))
t("custom keyerror", lambda: "{bad}".format_map(OnlyGet()))
t("attr", lambda: "{p.x},{p.y}".format_map({"p": Point()}))
t("index", lambda: "{l[0]}{l[2]}".format_map({"l": "abc"}))
t("dict key", lambda: "{d[k]}".format_map({"d": {"k": "v"}}))
t("dict int key", lambda: "{d[0]}".format_map({"d": {0: "zero", "0": "str"}}))
t("spec", lambda: "{v:>8.3f}|{w:^7}".format_map({"v": 3.14159, "w": "mid"}))
t("nested spec", lambda: "{v:{width}}".format_map({"v": 1, "width": 5}))
t("conversion", lambda: "{v!r}".format_map({"v": "s"}))
t("positional", lambda: "{0}".format_map({0: "x"}))
t("positional str key", lambda: "{0}".format_map({"0": "x"}))
t("empty field", lambda: "{}".format_map({}))
t("missing attr", lambda: "{p.z}".format_map({"p": Point()}))
t("braces", lambda: "{{{a}}}".format_map({"a": 1}))
t("unmatched", lambda: "{a".format_map({"a": 1}))
t("single close", lambda: "a}".format_map({}))
t("missing called", lambda: "{x}{y}{x}".format_map(Default(y=2)))
class Counting(dict):
    n = 0
    def __getitem__(self, k):
        Counting.n += 1
        return super().__getitem__(k)
t("lookups", lambda: ("{a}{a}{b}".format_map(Counting(a=1, b=2)), Counting.n))
t("not mapping", lambda: "{a}".format_map(5))
