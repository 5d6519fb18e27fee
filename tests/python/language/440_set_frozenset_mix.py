# set/frozenset operators mixed: result types, method forms with iterables, in-place identity
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
        return
    print(label, repr(r))

s, f = {1, 2, 3}, frozenset({2, 3, 4})
for op in ["|", "&", "-", "^"]:
    for x, y in [("s", "f"), ("f", "s"), ("f", "f"), ("s", "s")]:
        r = eval("%s %s %s" % (x, op, y))
        print(x, op, y, type(r).__name__, sorted(r))
for m in ["union", "intersection", "difference", "symmetric_difference"]:
    r1 = getattr(s, m)(f)
    r2 = getattr(f, m)(s)
    r3 = getattr(f, m)([3, 9])
    print(m, type(r1).__name__, sorted(r1), type(r2).__name__, sorted(r2), type(r3).__name__, sorted(r3))
t("union many", lambda: sorted(s.union([7], (8,), "9", range(2))))
t("intersection many", lambda: sorted(s.intersection([1, 2, 3, 4], (2, 3), {3, 2})))
t("difference many", lambda: sorted(s.difference([1], {2})))
t("union none", lambda: (s.union(), s.union() is s, s.copy() is s, f.union() == f, type(f.copy()).__name__))
t("or list", lambda: s | [1])
t("and tuple", lambda: f & (1,))
t("ror list", lambda: [1] | s)
t("sub int", lambda: s - 1)
t("union int", lambda: s.union(1))
t("symdiff two", lambda: s.symmetric_difference([1], [2]))
x = frozenset([1])
y = x
x |= {2}
print(x, y, x is y, type(x).__name__)
x = {1}
y = x
x |= frozenset([2]); x &= {1, 2, 3}; x -= {9}; x ^= {5}
print(x, x is y)
t("ior list", lambda: exec("z = {1}; z |= [2]"))
t("update list", lambda: (lambda z: (z.update([2], "a"), sorted(map(str, z)))[1])({1}))
t("iupd methods", lambda: (lambda z: (z.intersection_update([1, 2], [2]), z.difference_update(), z.symmetric_difference_update([5]), z)[3])({1, 2, 3}))
class S(set):
    pass
class F(frozenset):
    pass
t("subclass results", lambda: [type(r).__name__ for r in (S([1]) | {2}, {2} | S([1]), F([1]) | F([2]), F([1]).union([2]), S([1]).copy(), F([1]).copy(), F([1]) & set(), set() - F())])
t("frozenset of frozenset", lambda: (frozenset(f) == f, type(frozenset(F([1]))).__name__))
t("empty frozensets", lambda: (frozenset() == frozenset([]), repr(frozenset()), repr(set()), repr(F()), repr(S([1]))))
t("hash", lambda: (hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(frozenset()) == hash(frozenset([]))))
t("hash set", lambda: hash({1}))
t("set of sets", lambda: {frozenset({1}), frozenset([1])})
t("set in set", lambda: ({1} in {frozenset({1})}, {frozenset({1})}.__contains__({1})))
t("remove set key", lambda: (lambda z: (z.remove({1}), z)[1])({frozenset({1}), 2}))
t("discard set key", lambda: (lambda z: (z.discard({2}), len(z))[1])({frozenset({1})}))
t("list in set", lambda: [1] in {1})
