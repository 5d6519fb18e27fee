# test: gc-stress
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"
print(list(countdown(4)))
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def echo():
    received = yield "ready"
    while True:
        received = yield received * 2
e = echo()
print(next(e), e.send(5), e.send(7))
def delegate():
    r = yield from countdown(3)
    yield r
print(list(delegate()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print([x for _, x in zip(range(10), fib())])
