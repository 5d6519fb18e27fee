# dict | and |= (PEP 584), with subclasses, non-dicts and views
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
        return
    print(label, repr(r))

a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
t("or", lambda: a | b)
t("or reverse", lambda: b | a)
t("or empty", lambda: ({} | a, a | {}))
t("or new object", lambda: (a | {}) is a)
c = a
c |= b
t("ior same", lambda: (c is a, a))
a = {"x": 1}
t("ior list pairs", lambda: exec("a |= [('p', 1), ('q', 2)]", {"a": a}) or a)
t("ior dict items", lambda: exec("a |= {'r': 3}.items()", {"a": a}) or a)
t("ior bad", lambda: exec("a |= [1, 2]", {"a": {}}))
t("ior int", lambda: exec("a |= 5", {"a": {}}))
t("or list", lambda: {} | [("a", 1)])
t("or items", lambda: {} | {"a": 1}.items())
t("ror list", lambda: [("a", 1)] | {})
t("or none", lambda: {} | None)
t("or set", lambda: {} | set())
class D(dict):
    pass
class E(dict):
    def __or__(self, other):
        return "E.__or__"
    def __ror__(self, other):
        return "E.__ror__"
t("subclass result", lambda: (type(D(a=1) | {}).__name__, type({} | D(a=1)).__name__, D(a=1) | {"b": 2}))
t("subclass ior", lambda: (lambda d: (d.__ior__({"z": 0}), type(d).__name__, d)[1:])(D(a=1)))
t("override or", lambda: (E() | {}, {} | E()))
t("ror method", lambda: dict.__ror__({"a": 1}, {"a": 2, "b": 3}))
t("or method notimpl", lambda: dict.__or__({}, [1]))
import collections
od = collections.OrderedDict(a=1)
t("ordereddict", lambda: (type(od | {"b": 2}).__name__, type({"b": 2} | od).__name__))
dd = collections.defaultdict(int, a=1)
t("defaultdict", lambda: (type(dd | {"b": 2}).__name__, (dd | {"b": 2}).default_factory))
t("keys view or", lambda: sorted({"a": 1}.keys() | {"b"}))
t("keys view and", lambda: {"a": 1, "b": 2}.keys() & ["b", "c"])
t("keys view sub", lambda: {"a": 1, "b": 2}.keys() - {"a"})
t("keys view xor", lambda: sorted({"a": 1, "b": 2}.keys() ^ {"b", "c"}))
t("items view and", lambda: {"a": 1, "b": 2}.items() & {("a", 1), ("b", 3)})
t("items unhashable", lambda: {"a": [1]}.items() | {("b", 2)})
t("values view or", lambda: {"a": 1}.values() | {1})
t("view type", lambda: type({"a": 1}.keys() | set()).__name__)
t("views disjoint", lambda: ({"a": 1}.keys().isdisjoint({"b"}), {"a": 1}.items().isdisjoint([("a", 1)])))
t("views compare", lambda: ({"a": 1}.keys() == {"a"}, {"a": 1}.keys() < {"a", "b"}, {"a": 1}.items() <= {("a", 1)}))
