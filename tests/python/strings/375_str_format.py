# str.format: positional, named, indexing, attributes, conversions, nested specs, braces
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class P:
    def __init__(self):
        self.x = 3
        self.name = "pt"
        self.items = [10, 20]
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "P-str"
    def __format__(self, spec):
        return "P<" + spec + ">"

t("auto", lambda: "{} {} {}".format(1, "a", None))
t("manual", lambda: "{1} {0} {1}".format("a", "b"))
t("named", lambda: "{x}-{y}".format(x=1, y=2))
t("mixed", lambda: "{0} {name} {1}".format("a", "b", name="n"))
t("index list", lambda: "{0[1]} {0[0]}".format(["p", "q"]))
t("index dict", lambda: "{0[key]} {d[k2]}".format({"key": "v"}, d={"k2": 5}))
t("index int key dict", lambda: "{0[1]}".format({1: "one", "1": "str-one"}))
t("index neg", lambda: "{0[-1]}".format([1, 2]))
t("attr", lambda: "{0.x} {p.name} {p.items[1]}".format(P(), p=P()))
t("attr chain", lambda: "{0.real.real}".format(5))
t("conv r s a", lambda: "{0!r} {0!s} {1!a} {2!r}".format("é'", "中", P()))
t("conv with spec", lambda: "[{0!r:>8}] [{0!s:^7}]".format("ab"))
t("format dunder", lambda: "{0} {0:xyz} {0!s}".format(P()))
t("braces", lambda: "{{}} {{{0}}} }}{{".format(7))
t("nested width", lambda: "[{0:{1}}] [{0:>{w}}] [{0:{f}^{w}}]".format("ab", 5, w=6, f="*"))
t("nested prec", lambda: "{0:.{1}f} {0:{2}.{1}e}".format(3.14159, 2, 12))
t("nested auto", lambda: "[{:{}}] [{:>{}}]".format("a", 3, "b", 4))
t("nested type", lambda: "{0:{1}}".format(255, "x"))
t("format_map", lambda: "{a}+{b}".format_map({"a": 1, "b": 2}))
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
t("format_map missing", lambda: "{a} {zz}".format_map(D(a=1)))
t("unused args ok", lambda: "{0}".format(1, 2, x=3))
t("empty", lambda: "".format(1))
t("unicode name", lambda: "{名}".format(名="値"))
t("spec on str", lambda: "[{:10}] [{:<3}] [{:.1}]".format("abc", "abcdef", "xyz"))
t("spec on int", lambda: "[{:5}] [{:<5}] [{:05}]".format(1, 2, -3))
t("missing pos", lambda: "{0} {1}".format("a"))
t("missing auto", lambda: "{} {}".format("a"))
t("missing name", lambda: "{x}".format(y=1))
t("switch auto to manual", lambda: "{} {0}".format(1))
t("switch manual to auto", lambda: "{0} {}".format(1))
t("single open", lambda: "{".format())
t("single close", lambda: "}".format())
t("unclosed", lambda: "{0".format(1))
t("bad conv", lambda: "{0!x}".format(1))
t("conv no end", lambda: "{0!}".format(1))
t("conv extra", lambda: "{0!rr}".format(1))
t("bad attr", lambda: "{0.nope}".format(P()))
t("bad index", lambda: "{0[5]}".format([1]))
t("missing key", lambda: "{0[z]}".format({}))
t("index str on list", lambda: "{0[a]}".format([1]))
t("empty attr", lambda: "{0.}".format(1))
t("empty index", lambda: "{0[]}".format([1]))
t("unclosed index", lambda: "{0[1}".format([1]))
t("too deep nesting", lambda: "{0:{1:{2}}}".format(1, 2, 3))
t("format non-str", lambda: str.format(5))
