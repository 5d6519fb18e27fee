# dict methods (int keys to keep order deterministic; insertion order anyway)
d = {1: "a", 2: "b"}
print(d.get(1), d.get(3), d.get(3, "dflt"), d.get(1, "dflt"))
print(d.setdefault(3, "c"), d.setdefault(1, "zz"), d.setdefault(4), d)
print(d.pop(4), d.pop(99, "none"), d.pop(99, None), d)
try:
    d.pop(99)
except KeyError as ex:
    print("KeyError", ex)
try:
    d["missing key"]
except KeyError as ex:
    print("KeyError", ex, repr(ex), ex.args)
try:
    d[(1, 2)]
except KeyError as ex:
    print("KeyError", ex, ex.args)
try:
    {}[None]
except KeyError as ex:
    print("KeyError", ex)
# popitem order (LIFO)
p = {i: i * i for i in range(5)}
print(p.popitem(), p.popitem(), p)
p[10] = 100
print(p.popitem(), p)
try:
    {}.popitem()
except KeyError as ex:
    print("KeyError", ex)
# update variants
u = {}
u.update({1: 1})
u.update([(2, 2), (3, 3)])
u.update(((4, 4),), x=5)
u.update(y=6)
u.update([[7, 7]])
u.update(zip(range(8, 10), "ab"))
print(u)
u.update()
print(len(u))
try:
    u.update([1, 2])
except TypeError as ex:
    print("TypeError", ex)
try:
    u.update([(1, 2, 3)])
except ValueError as ex:
    print("ValueError", ex)
try:
    u.update(5)
except TypeError as ex:
    print("TypeError", ex)
# constructor variants
print(dict(), dict(a=1, b=2), dict([(1, 2)], z=3), dict({1: 2}), dict(zip([1, 2], [3, 4])))
# fromkeys
print(dict.fromkeys([1, 2, 3]), dict.fromkeys(range(3), 0), dict.fromkeys([]), dict.fromkeys((1, 1, 2), "v"))
shared = dict.fromkeys([1, 2], [])
shared[1].append("x")
print(shared)
# copy / clear
orig = {1: [1], 2: [2]}
cp = orig.copy()
cp[3] = [3]
cp[1].append(9)
print(orig, cp, cp == orig)
alias = orig
orig.clear()
print(orig, alias, len(alias))
# equality
print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 2.0}, {1: 2} != {1: 3}, {} == {}, {1: 2} == [(1, 2)])
try:
    {1: 2} < {1: 3}
except TypeError as ex:
    print("TypeError", ex)
# comprehension
sq = {x: x * x for x in range(6) if x % 2}
print(sq)
inv = {v: k for k, v in sq.items()}
print(inv)
print({k: v for k, v in [(1, "a"), (1, "b"), (2, "c")]})
print({(i, j): i * j for i in range(2) for j in range(2)})
# 1 / 1.0 / True merging
m = {1: "int"}
m[1.0] = "float"
m[True] = "bool"
print(m, len(m))
m2 = {True: "t", 1: "one", 1.0: "f"}
print(m2)
m3 = {0: "z", False: "f", 0.0: "zz", -0.0: "nz"}
print(m3)
print(1 in {True: 0}, 1.0 in {1: 0}, 2 in {2.0: 0})
print(len(d), list(d), d.__contains__(1), d.__getitem__(2))
del d[1]
print(d)
try:
    del d[1]
except KeyError as ex:
    print("KeyError", ex)
try:
    d[[1]] = 2
except TypeError as ex:
    print("TypeError", ex)
try:
    {}.get()
except TypeError as ex:
    print("TypeError", ex)
