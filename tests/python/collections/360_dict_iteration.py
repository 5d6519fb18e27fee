# dict views, set ops, | and |=, iteration errors, order after delete+reinsert
d = {1: "a", 2: "b", 3: "c"}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), len(v), len(it), 2 in k, "b" in v, (3, "c") in it, (3, "x") in it)
d[4] = "d"
print(list(k), list(v), list(it))
print(type(k).__name__, type(v).__name__, type(it).__name__)
for f in (lambda: list(reversed(d)), lambda: list(reversed(d.keys())), lambda: list(reversed(d.values())), lambda: list(reversed(d.items()))):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
print(v == v, d.values() == d.values())
# | and |=
a = {1: 1, 2: 2}
b = {2: 20, 3: 30}
print(a | b, b | a, a)
a |= b
print(a)
a |= [(9, 9)]
print(a)
try:
    a | [(1, 2)]
except TypeError as ex:
    print("TypeError", ex)
# order after delete and reinsert
o = {1: 1, 2: 2, 3: 3}
del o[1]
o[1] = 10
print(o, list(o))
o[2] = 20
print(o)
o.pop(3)
o[3] = 30
print(o)
# modifying during iteration
x = {1: 1, 2: 2, 3: 3}
try:
    for key in x:
        del x[key]
except RuntimeError as ex:
    print("RuntimeError", ex)
print(x)
x = {1: 1, 2: 2}
try:
    for key in x:
        x[key + 10] = 0
except RuntimeError as ex:
    print("RuntimeError", ex)
x = {1: 1, 2: 2}
for key in x:
    x[key] = x[key] * 100
print(x)
try:
    for key in x.keys():
        x.pop(key)
except RuntimeError as ex:
    print("RuntimeError", ex)
try:
    for key, val in x.items():
        x.clear()
except RuntimeError as ex:
    print("RuntimeError", ex)
print(x)
# safe deletion via list copy
y = {i: i for i in range(6)}
for key in list(y):
    if key % 2:
        del y[key]
print(y)
# view iterators
ki = iter({1: 0, 2: 0}.keys())
print(next(ki), next(ki), next(ki, "done"))
ii = iter({1: "x"}.items())
print(next(ii))
print(dict(zip(d.keys(), d.values())) == d, dict(d.items()) == d)
print([kk for kk in d if kk > 2], {kk: vv.upper() for kk, vv in d.items()})
print(sum(d), max(d), min(d.items()), sorted(d.values(), reverse=True))
