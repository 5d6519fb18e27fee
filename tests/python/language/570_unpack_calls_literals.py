# * and ** unpacking in calls and in list/tuple/set/dict displays, and their errors
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
        return
    print(label, repr(r))

def show(*args, **kwargs):
    return args, kwargs
def fixed(a, b, c=3, *, d=4):
    return a, b, c, d
t("multi star", lambda: show(*[1, 2], 3, *(4,), *"ab", *range(2)))
t("multi dstar", lambda: show(**{"a": 1}, b=2, **{"c": 3}))
t("mixed", lambda: show(0, *[1], x=1, *[2], **{"y": 2}))
t("fixed", lambda: fixed(*[1, 2], **{"d": 5}))
t("fixed kw", lambda: fixed(**{"a": 1, "b": 2, "c": 0}))
t("dup kw", lambda: show(**{"a": 1}, **{"a": 2}))
t("dup kw explicit", lambda: show(a=1, **{"a": 2}))
t("dup positional", lambda: fixed(1, 2, **{"a": 1}))
t("star non-iterable", lambda: show(*5))
t("star none", lambda: show(*None))
t("dstar list", lambda: show(**[1]))
t("dstar none", lambda: show(**None))
t("dstar int keys", lambda: show(**{1: 2}))
t("too many pos", lambda: fixed(*range(4)))
t("missing", lambda: fixed(*[1]))
t("unexpected kw", lambda: fixed(1, 2, **{"z": 0}))
class M:
    def keys(self):
        return ["k"]
    def __getitem__(self, k):
        return k * 2
t("dstar mapping", lambda: show(**M()))
t("star gen", lambda: show(*(i for i in range(3))))
t("star dict", lambda: show(*{"x": 1, "y": 2}))
t("star set", lambda: show(*{5}))
t("list display", lambda: [*range(3), *"ab", 9, *[]])
t("tuple display", lambda: (*[1, 2], *(3,)))
t("set display", lambda: sorted({*[1, 2], *(2, 3), 4}))
t("dict display", lambda: {**{"a": 1, "b": 2}, "b": 20, **{"c": 3, "a": 10}})
t("dict order", lambda: list({"z": 0, **{"a": 1}, "m": 2}))
t("dict dstar mapping", lambda: {**M()})
t("dict dstar list", lambda: {**[1]})
t("list star int", lambda: [*1])
t("set star unhashable", lambda: {*[[1]]})
t("nested", lambda: [*[*[1, 2], 3], *[]])
t("print star", lambda: print(*["p", "q"], sep="-") or "printed")
t("print empty star", lambda: print(*[]) or "empty printed")
t("star str chars", lambda: [*"é😀"])
t("kw names str only", lambda: dict(**{"a": 1}, **{"b": 2}))
t("dict dstar non-str ok", lambda: {**{1: 2}})
t("range unpack", lambda: max(*range(5)))
t("min one star", lambda: min(*[[3, 1]]))
t("lambda star", lambda: (lambda *a, **k: (a, k))(*"ab", **dict(z=1)))
t("order of evaluation", lambda: (lambda log: (show(*log.append(1) or [1], **(log.append(2) or {})), log)[1])([]))
