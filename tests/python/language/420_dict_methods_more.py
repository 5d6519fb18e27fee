# dict methods: fromkeys, setdefault, popitem order, pop, update forms, get, and errors
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
        return
    print(label, repr(r))

t("fromkeys", lambda: dict.fromkeys("abca"))
t("fromkeys value", lambda: dict.fromkeys(range(3), []))
t("fromkeys shared", lambda: (lambda d: (d[0].append(1), d)[1])(dict.fromkeys(range(2), [])))
t("fromkeys dict", lambda: dict.fromkeys({"x": 1, "y": 2}, 0))
t("fromkeys set", lambda: sorted(dict.fromkeys({3, 1, 2}).items()))
t("fromkeys unhashable", lambda: dict.fromkeys([[1]]))
t("fromkeys none", lambda: dict.fromkeys(None))
class D(dict):
    pass
t("fromkeys subclass", lambda: type(D.fromkeys("ab")).__name__)
t("fromkeys instance", lambda: {1: 2}.fromkeys("a"))
d = {"a": 1}
t("setdefault existing", lambda: (d.setdefault("a", 5), d))
t("setdefault new", lambda: (d.setdefault("b", 5), d))
t("setdefault none", lambda: (d.setdefault("c"), d))
t("setdefault unhashable", lambda: d.setdefault([], 1))
t("setdefault no args", lambda: d.setdefault())
d = dict(zip("abcde", range(5)))
d["b"] = 10
del d["c"]
d["c"] = 20
t("popitem order", lambda: [d.popitem() for _ in range(4)])
t("popitem last", lambda: (d.popitem(), d))
t("popitem empty", lambda: d.popitem())
t("pop", lambda: ({"k": 1}.pop("k"), {"k": 1}.pop("x", None), {}.pop("x", 0)))
t("pop missing", lambda: {}.pop("missing"))
t("pop missing tuple", lambda: {}.pop((1, 2)))
t("getitem missing", lambda: {}[("a",)])
t("getitem missing none", lambda: {}[None])
t("pop no args", lambda: {}.pop())
t("get", lambda: ({}.get("a"), {}.get("a", 1), {"a": 0}.get("a", 1)))
t("get unhashable", lambda: {}.get([]))
t("get kw", lambda: {}.get("a", default=1))
t("update forms", lambda: (lambda x: (x.update({"a": 1}), x.update([("b", 2)]), x.update(c=3), x.update({"a": 0}, d=4), x.update(), x)[5])({}))
t("update zip", lambda: (lambda x: (x.update(zip("xy", [1, 2])), x)[1])({}))
t("update bad elem", lambda: {}.update([(1, 2, 3)]))
t("update bad elem 2", lambda: {}.update([(1, 2), "abc"]))
t("update str elem", lambda: {}.update(["ab", "cd"]))
t("update int", lambda: {}.update(1))
t("update two", lambda: {}.update({}, {}))
class KV:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper()
t("update keys protocol", lambda: (lambda x: (x.update(KV()), x)[1])({}))
t("dict keys protocol", lambda: dict(KV(), z=0))
t("dict bad", lambda: dict([1]))
t("dict seq", lambda: dict([[1, 2], "ab", (3, 4)]))
t("copy", lambda: (lambda x: (x.copy() == x, x.copy() is x, type(D(a=1).copy()).__name__))({1: 2}))
t("reversed", lambda: (list(reversed({1: 2, 3: 4})), list(reversed({1: 2}.items())), list(reversed({1: 2}.values()))))
t("eq order", lambda: ({1: 2, 3: 4} == {3: 4, 1: 2}, list({1: 2, 3: 4}) == list({3: 4, 1: 2})))
t("cmp", lambda: {1: 2} < {1: 2})
t("keys same across types", lambda: {1: "int", 1.0: "float", True: "bool"})
t("clear", lambda: (lambda x: (x.clear(), x)[1])({1: 2}))
t("values eq", lambda: {1: 2}.values() == {1: 2}.values())
