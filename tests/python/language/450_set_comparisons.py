# set/frozenset comparisons, subset methods with iterables, equality across types
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
        return
    print(label, repr(r))

pairs = [(set(), set()), ({1}, set()), ({1}, {1}), ({1}, {1, 2}), ({1, 2}, {1}), ({1, 2}, {2, 3}), ({1}, frozenset({1})), (frozenset({1}), {1, 2})]
for a, b in pairs:
    print(sorted(a), sorted(b), a == b, a != b, a < b, a <= b, a > b, a >= b, a.issubset(b), a.issuperset(b), a.isdisjoint(b))
t("issubset list", lambda: ({1}.issubset([1, 2]), {1, 3}.issubset(range(3)), frozenset("ab").issuperset("a")))
t("issuperset gen", lambda: {1, 2}.issuperset(x for x in [1]))
t("isdisjoint str", lambda: ({"a"}.isdisjoint("bc"), {"a"}.isdisjoint("abc")))
t("issubset int", lambda: {1}.issubset(1))
t("lt list", lambda: {1} < [1, 2])
t("le frozenset list", lambda: frozenset() <= [])
t("eq list", lambda: ({1} == [1], {1} != [1], set() == frozenset(), frozenset() == set()))
t("eq dict keys", lambda: ({1} == {1: 2}.keys(), {1: 2}.keys() == {1}))
t("gt dict keys", lambda: {1, 2} > {1: 0}.keys())
t("sorted sets", lambda: sorted([{1, 2}, {1}, {3}], key=len))
t("max of sets", lambda: max([{1}, {1, 2}, {3}]))
t("eq nan", lambda: (lambda n: ({n} == {n}, {n} == {float("nan")}))(float("nan")))
t("eq numeric", lambda: ({1, 2.0} == {1.0, 2}, {True} == {1}, {0} == {False, 0.0}))
t("set literal dedupe", lambda: {1, 1.0, True})
t("frozenset eq hash", lambda: {frozenset([1]): "a"}[frozenset([1.0])])
t("cmp via method", lambda: ({1}.__lt__([1, 2]), {1}.__le__({1}), frozenset().__gt__(set()), {1}.__eq__(1)))
