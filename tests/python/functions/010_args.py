def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
def g(x, /, y, *, z):
    return x + y + z
print(g(1, 2, z=3), g(1, y=2, z=3))
def h(*args, **kwargs):
    return args, kwargs
print(h(*[1, 2], **{"k": 3}))
for call in (lambda: f(), lambda: g(1, 2, 3), lambda: f(1, c=1, a=2), lambda: h(**{1: 2}) if False else g(x=1, y=2, z=3)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print((lambda x, y=1: x * y)(3), f.__name__, g.__qualname__)
