# set.difference_update removes in place: the elements left keep their
# order, any iterable is accepted, unhashable elements are a TypeError.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


s = set(range(40))
s.difference_update(range(0, 40, 3), {5: 1, 7: 2}, "ab", [11, 11])
print(list(s))

# Collisions and wrap-around: the order after removal is the table's order.
s = {1 << 40, 7, (1 << 40) + 8, 3, 1 << 20, 64, 128, -5, 2 ** 61 - 1}
t = set(s)
t.difference_update([7, 64])
print(list(t))
print([x for x in s if x not in (7, 64)] == list(t))

s = {1, 2, 3}
s.difference_update(s)
print(s)
s = {1, 2, 3}
print(s.difference_update(), s)
s = {1, 2, 3}
s.difference_update({2}, s)
print(s)

s = {frozenset({1}), 2}
show("unhashable", lambda: s.difference_update([{1}]))
print(s)
s = {frozenset({1}), 2}
s.discard({1})
print(s)
show("not iterable", lambda: {1}.difference_update(5))
show("frozenset", lambda: frozenset({1}).difference_update)


def gen():
    yield 1
    raise ValueError("midway")


s = {1, 2, 3}
show("gen error", lambda: s.difference_update(gen()))
print(s)


class Sub(set):
    pass


u = Sub([1, 2, 3, 4])
u.difference_update([2])
print(type(u).__name__, sorted(u))
u -= {3}
print(type(u).__name__, sorted(u))

# Strings keep their insertion-dependent order as in CPython.
words = set("the quick brown fox jumps over the lazy dog".split())
before = [w for w in words]
words.difference_update({"fox", "dog"})
print([w for w in before if w not in ("fox", "dog")] == list(words))
