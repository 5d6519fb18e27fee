# tuple methods, operators, comparisons and errors
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
        return
    print(label, repr(r))

T = (1, "a", 2.0, "a", None, 1)
for args in [(1,), (1, 1), ("a", 2), ("a", -3), (2, 0, 2), (2, 0, 3), (None, -100, 100), (1, 10**30), ("z",), ([],)]:
    t("index%r" % (args,), lambda: T.index(*args))
t("count", lambda: (T.count(1), T.count("a"), T.count(2), T.count(True), T.count([])))
t("add list", lambda: (1,) + [2])
t("add str", lambda: (1,) + "a")
t("mul", lambda: ((1, 2) * 2, (1,) * 0, (1,) * -1, 3 * ("x",)))
t("cmp", lambda: ((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,), (1, (2,)) == (1, (2,))))
t("cmp mixed", lambda: (1, "a") < (1, 2))
t("cmp first differs", lambda: (0, "a") < (1, 2))
t("cmp list", lambda: (1,) < [1])
t("eq list", lambda: (1,) == [1])
t("hash", lambda: (hash((1, 2)) == hash((1, 2)), hash(()) == hash(tuple())))
t("hash unhashable", lambda: hash((1, [2])))
t("setitem", lambda: exec("x = (1,); x[0] = 2"))
t("delitem", lambda: exec("x = (1,); del x[0]"))
t("no append", lambda: (1,).append(2))
t("getitem", lambda: ((1, 2, 3)[-1], (1, 2, 3)[::-1], (1, 2, 3)[5:], (1, 2, 3)[1:2]))
t("getitem out", lambda: (1,)[1])
t("getitem str", lambda: (1,)[str(0)])
t("tuple()", lambda: (tuple(), tuple("ab"), tuple({1: 2}), tuple(range(3)), tuple(x * x for x in range(4))))
t("tuple identity", lambda: (lambda x: tuple(x) is x)((1, 2)))
t("tuple int", lambda: tuple(5))
t("tuple kw", lambda: tuple(iterable=[1]))
class T2(tuple):
    pass
t("subclass", lambda: (type(T2((1,)) + (2,)).__name__, type(T2((1,))[:]).__name__, tuple(T2((1,))) == (1,), type(tuple(T2((1,)))).__name__))
t("repr", lambda: (repr(()), repr((1,)), repr((1, 2)), repr(((),)), repr((("a",),)), str((1.5, "x", None))))
t("contains", lambda: (1 in (1.0,), "a" in ("ab",), [] in ([],), float("nan") in (float("nan"),)))
t("unpack", lambda: (lambda a, b, *c: (a, b, c))(*(1, 2, 3, 4)))
t("len", lambda: (len(()), len((1,) * 1000)))
t("index no arg", lambda: ().index())
t("count two args", lambda: ().count(1, 2))
t("min max", lambda: (min((3, 1, 2)), max(("b", "a")), sum((1, 2, 3)), sorted((3, 1))))
