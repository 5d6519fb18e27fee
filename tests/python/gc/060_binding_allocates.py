# test: gc-stress timeout=60
# Binding *args and **kwargs allocates a tuple and a dict while the callee's
# frame is not yet on the chain; a collection at that moment must keep both.
def f(*args, **kw):
    return len(args), sum(args), sorted(kw.items())

def g(a, *rest, k=1, **extra):
    return a, rest, k, extra

total = 0
for i in range(20000):
    n, s, items = f(1, i, x=5, y=i)
    total += n + s + len(items)
print(total)
print(f(1, 2, 3, a=1), g(1, 2, 3, k=4, z=5), g(*range(5), **{"q": 1}))
