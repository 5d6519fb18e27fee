def make_gen(n):
    def gen():
        for i in range(n):
            yield i * n
    return gen
print(list(make_gen(3)()))
def memo(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper
@memo
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(80))
def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def kwonly(a, *, b=2, **rest):
    return a, b, sorted(rest.items())
print(kwonly(1, c=3, b=4, d=5))
def defaults(x=[]):
    x.append(1)
    return len(x)
print(defaults(), defaults(), defaults([]))
print((lambda *a, **k: (a, k))(1, 2, z=3))
