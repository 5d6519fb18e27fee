# str.format replacement fields: indexing, attributes, nesting, conversions, numbering errors
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
        return
    print(label, repr(r))

class P:
    x = 1
    name = "pt"
    items = [10, 20]
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
t("auto", lambda: "{} {} {}".format(1, 2, 3))
t("manual", lambda: "{2} {0} {1} {0}".format("a", "b", "c"))
t("kw", lambda: "{x}-{y}".format(x=1, y=2))
t("attr", lambda: "{0.x} {0.name} {0.items[1]}".format(P()))
t("index", lambda: "{0[0]} {0[-1]}".format({0: "zero", "-1": "minus"}))
t("index list", lambda: "{0[1]}".format([5, 6]))
t("index list neg", lambda: "{0[-1]}".format([5, 6]))
t("index str key", lambda: "{d[key]} {d[1]}".format(d={"key": "v", 1: "int"}))
t("chained", lambda: "{0.items[0]:>5}".format(P()))
t("conversions", lambda: "{0!s} {0!r} {1!a} {1!s:>6}".format(P(), "é"))
t("nested spec", lambda: "{0:{1}{2}{3}}".format(3.14159, "^", 12, ".3f"))
t("nested kw", lambda: "{v:{fill}{align}{w}.{p}f}".format(v=2.5, fill="*", align=">", w=10, p=2))
t("nested auto", lambda: "{:{}.{}f}".format(3.14159, 8, 2))
t("escaped", lambda: "{{}} {{{0}}} }}{{".format(1))
t("empty format", lambda: "".format(1, 2, x=3))
t("extra args ok", lambda: "{0}".format(1, 2, 3))
t("auto to manual", lambda: "{} {0}".format(1))
t("manual to auto", lambda: "{0} {}".format(1))
t("index out", lambda: "{5}".format(1))
t("auto out", lambda: "{} {}".format(1))
t("missing kw", lambda: "{name}".format(x=1))
t("missing attr", lambda: "{0.nope}".format(P()))
t("bad conversion", lambda: "{0!x}".format(1))
t("conversion no field end", lambda: "{0!}".format(1))
t("unclosed", lambda: "{0".format(1))
t("single }", lambda: "}".format())
t("single {", lambda: "{".format())
t("empty attr", lambda: "{0.}".format(1))
t("missing ]", lambda: "{0[0}".format([1]))
t("index on int", lambda: "{0[0]}".format(5))
t("too deep", lambda: "{:{:{}}}".format(1, 2, 3))
t("field with space", lambda: "{ 0}".format(1))
t("kw with space", lambda: "{a b}".format(**{"a b": 1}))
t("numeric kw", lambda: "{0}".format(**{"0": "kw"}))
t("huge index", lambda: "{99999999999999999999}".format(1))
t("format of format", lambda: "{:{}}".format("{}", 4))
t("spec after conv", lambda: "{!r:^9}".format("ab"))
t("colon in index", lambda: "{0[a:b]}".format({"a:b": 1}))
t("brackets in spec", lambda: "{0:[}".format(1))
t("str.format unbound", lambda: str.format("{}-{}", 1, 2))
t("format no self", lambda: str.format())
