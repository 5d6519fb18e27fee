# set mutation methods and error messages
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
        return
    print(label, repr(r))

t("remove missing", lambda: {1}.remove(2))
t("remove missing str", lambda: set().remove("k"))
t("remove missing tuple", lambda: set().remove((1, 2)))
t("remove unhashable", lambda: set().remove([]))
t("discard unhashable", lambda: set().discard({}))
t("discard missing", lambda: set().discard(1))
t("add unhashable", lambda: set().add([1]))
t("add dict", lambda: set().add({}))
t("in unhashable", lambda: [] in {1})
t("pop empty", lambda: set().pop())
t("pop one", lambda: (lambda z: (z.pop(), z))({5}))
t("frozenset add", lambda: frozenset().add(1))
t("frozenset no update", lambda: hasattr(frozenset(), "update"))
t("clear", lambda: (lambda z: (z.clear(), z)[1])({1, 2}))
t("add no args", lambda: set().add())
t("set two args", lambda: set([1], [2]))
t("set kw", lambda: set(iterable=[1]))
t("set int", lambda: set(1))
t("set unhashable item", lambda: set([[1]]))
t("frozenset unhashable item", lambda: frozenset([{}]))
def change_during():
    z = {1, 2, 3}
    for x in z:
        z.add(x + 10)
t("changed size", change_during)
def discard_during():
    z = {1, 2, 3}
    for x in z:
        z.discard(x)
t("discard during", discard_during)
def same_size():
    z = {1, 2, 3}
    n = 0
    for x in z:
        z.remove(x)
        z.add(x + 100)
        n += 1
        if n > 10:
            break
    return n
t("same size change", same_size)
t("update dict", lambda: sorted({0}.update({1: 2, 3: 4}) or {0, 1, 3}))
t("difference_update many", lambda: (lambda z: (z.difference_update([1], {2}, (3,)), z)[1])({1, 2, 3, 4}))
t("intersection_update none", lambda: (lambda z: (z.intersection_update(), z)[1])({1, 2}))
t("symmetric_difference_update self", lambda: (lambda z: (z.symmetric_difference_update(z), z)[1])({1, 2}))
t("ixor self", lambda: exec("z = {1, 2}; z ^= z; print(z)"))
t("isub self", lambda: exec("z = {1, 2}; z -= z; print(z)"))
t("sym_upd two args", lambda: set().symmetric_difference_update([1], [2]))
t("hash collision", lambda: sorted({-1, -2, 2**61 - 1, 2**61, 0, 1}))
t("len big", lambda: len(set(range(1000)) - set(range(0, 1000, 2))))
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
t("collisions", lambda: len({Key(i % 5) for i in range(50)}))
class BadHash:
    def __hash__(self):
        raise RuntimeError("no hash")
t("hash raises", lambda: {BadHash()})
class BadEq:
    def __hash__(self):
        return 0
    def __eq__(self, other):
        raise ValueError("no eq")
t("eq raises", lambda: {BadEq(), BadEq()})
