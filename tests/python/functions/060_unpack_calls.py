def f(a, b, c=3, *rest, key=None, **kw):
    return a, b, c, rest, key, kw
args = [1, 2]
kwargs = {"key": "k", "extra": 1}
print(f(*args))
print(f(*args, 9, 10, **kwargs))
print(f(0, *range(2), **{"c": 5} if False else {}))
print(f(**{"a": 1, "b": 2}))
print(max(*[3, 1, 2]), print is print, dict(**{"a": 1}, b=2))
def g(**kw):
    return sorted(kw)
print(g(**{"z": 1}, **{"y": 2}), g(x=1, **{"w": 2}))
try:
    g(**{"z": 1}, z=2)
except TypeError as e:
    print("TypeError", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError", e)
