# set / frozenset methods with small ints (deterministic order)
s = {1, 2, 3}
s.add(4)
s.add(2)
s.discard(10)
s.discard(1)
print(s, len(s))
try:
    s.remove(10)
except KeyError as ex:
    print("KeyError", ex)
s.remove(2)
print(s)
e = set()
try:
    e.pop()
except KeyError as ex:
    print("KeyError", ex)
print(e, set([1]).pop(), repr(set()), repr(frozenset()))
a = {1, 2, 3, 4}
b = {3, 4, 5}
c = [4, 5, 6]
print(a.union(b), a.union(b, c), a.union(), a.union([9], (10,), range(11, 13)))
print(a.intersection(b), a.intersection(b, c), a.intersection(), a.intersection([]))
print(a.difference(b), a.difference(b, c), a.difference(), a.difference(range(3)))
print(a.symmetric_difference(b), a.symmetric_difference(c))
try:
    a.symmetric_difference(b, c)
except TypeError as ex:
    print("TypeError", ex)
print(a | b, a & b, a - b, a ^ b, b - a)
try:
    a | c
except TypeError as ex:
    print("TypeError", ex)
try:
    a & [1]
except TypeError as ex:
    print("TypeError", ex)
# in-place
x = {1, 2}
x |= {3}
x &= {1, 3, 5}
x -= {1}
x ^= {3, 4}
print(x)
y = {1, 2, 3}
y.update([4], (5,))
y.intersection_update({1, 2, 3, 4, 5, 6}, range(10))
y.difference_update([1], [2])
y.symmetric_difference_update([3, 9])
print(y)
# comparisons
print({1} < {1, 2}, {1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1, 2, 3} > {1}, {1} >= {1}, {1} > {2})
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset((1,)), {1}.issubset(range(0)), set().issubset(set()))
print({1, 2}.isdisjoint([3, 4]), {1, 2}.isdisjoint({2}), set().isdisjoint(set()))
print({1, 2} == {2, 1}, {1} == frozenset({1}), {1, 2} != {1}, {1} == [1])
# frozenset
f = frozenset([3, 1, 2, 1])
print(f, len(f), 1 in f, f | {5}, type(f | {5}).__name__, type({5} | f).__name__)
print(hash(f) == hash(frozenset({1, 2, 3})), {f: "x"}[frozenset([1, 2, 3])])
print(frozenset() == set(), hash(frozenset()) == hash(frozenset([])))
try:
    f.add(4)
except AttributeError as ex:
    print("AttributeError", ex)
try:
    hash({1})
except TypeError as ex:
    print("TypeError", ex)
try:
    {{1}}
except TypeError as ex:
    print("TypeError", ex)
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested), frozenset({1}) in nested, {1} in nested)
# sets of tuples
pts = {(0, 0), (1, 2), (0, 0), (1, 2.0)}
print(len(pts), sorted(pts), (1, 2) in pts)
print({1, 1.0, True}, {0, False, 0.0}, len({1, 1.0, True, 2}))
print(set("aaa"), set(range(5)), set({1: 2}), sorted(set([3, 1, 2])))
cp = a.copy()
cp.clear()
print(a, cp)
print({x % 3 for x in range(10)}, min({5, 2, 8}), sum({1, 2, 3}))
try:
    set(5)
except TypeError as ex:
    print("TypeError", ex)
try:
    {1}[0]
except TypeError as ex:
    print("TypeError", ex)
