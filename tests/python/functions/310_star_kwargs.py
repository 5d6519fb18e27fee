# *args / **kwargs and call-site unpacking
def show(*args, **kwargs):
    return args, sorted(kwargs.items())

print(show())
print(show(*[]))
print(show(**{}))
print(show(*[1, 2], *(3,), *"ab"))
print(show(0, *[1], 2, *[3, 4], 5))
print(show(**{"a": 1}, **{"b": 2}, c=3))
print(show(*range(3), **{"x": 1}, y=2, **{"z": 3}))
print(show(*{7: 0}, **dict(k=1)))
print(show(*(i * i for i in range(4))))
print(show(*b"hi"))

def f(a, b, c):
    return a * 100 + b * 10 + c
print(f(*[1, 2, 3]), f(1, *[2, 3]), f(*[1], *[2], *[3]))
print(f(**{"c": 3, "a": 1, "b": 2}), f(1, **{"c": 3}, b=2))
print(f(*[1, 2], c=9), f(*(1,), **{"b": 2, "c": 3}))

class Mapping:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()
print(show(**Mapping()))

class It:
    def __iter__(self):
        return iter([10, 20])
print(show(*It()))

def errs():
    yield lambda: f(*[1, 2])
    yield lambda: f(*[1, 2, 3, 4])
    yield lambda: f(**{"a": 1, "b": 2, "c": 3, "d": 4})
    yield lambda: f(1, **{"a": 1, "b": 2})
    yield lambda: show(**{"a": 1}, **{"a": 2})
    yield lambda: show(a=1, **{"a": 2})
    yield lambda: show(*1)
    yield lambda: show(**[1])
    yield lambda: show(**{1: 2})
    yield lambda: f(*None)
    yield lambda: f(**None)
for i, c in enumerate(errs()):
    try:
        print(i, c())
    except TypeError as e:
        print(i, "TypeError:", e)

# kwargs dict is a fresh dict each call
def mod(**kw):
    kw["added"] = True
    return len(kw)
d = {"x": 1}
print(mod(**d), d)
# args is always a tuple
def typ(*a):
    return type(a).__name__, a
print(typ(*[1, 2]), typ())
# nested forwarding
def outer(*a, **k):
    return show(*a, **k)
print(outer(1, 2, k=3))
def kw_name_collision(self, **kw):
    return self, sorted(kw)
print(kw_name_collision(1, other=2))
try:
    kw_name_collision(1, self=2)
except TypeError as e:
    print("TypeError:", e)
