# yield from: delegation, return values, send/throw/close forwarding
def sub(n):
    total = 0
    for i in range(n):
        v = yield i
        if v is not None:
            total += v
    return total

def deleg():
    r1 = yield from sub(2)
    print("r1", r1)
    r2 = yield from sub(3)
    print("r2", r2)
    return r1 + r2

g = deleg()
print(next(g))
print(g.send(100))
print(g.send(200))
print(g.send(None))
print(g.send(5))
try:
    g.send(6)
except StopIteration as e:
    print("final", e.value)

# yield from a plain iterable
def from_iter():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    r = yield from []
    print("result of yield from list:", r)
    yield from (x * 10 for x in range(2))
print(list(from_iter()))

# close is forwarded
def inner2():
    try:
        yield 1
        yield 2
    finally:
        print("inner2 finally")
def outer2():
    try:
        yield from inner2()
    finally:
        print("outer2 finally")
g = outer2()
next(g)
g.close()

# subgenerator raising propagates through delegator
def bad():
    yield 1
    raise ValueError("bad sub")
def wrap():
    try:
        yield from bad()
    except ValueError as e:
        yield "wrapped: " + str(e)
print(list(wrap()))

# return value of generator with explicit StopIteration-like values
def ret_tuple():
    return (1, 2)
    yield
def ret_none():
    yield 1
def get_ret():
    a = yield from ret_tuple()
    b = yield from ret_none()
    return a, b
g = get_ret()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(e.value)

# recursive yield from
def tree(n, depth):
    if depth == 0:
        yield n
        return
    yield from tree(n * 2, depth - 1)
    yield from tree(n * 2 + 1, depth - 1)
print(list(tree(1, 3)))

# yield from with send to non-generator iterator fails
def send_to_list():
    yield from [1, 2]
g = send_to_list()
next(g)
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError:", e)

# return values with StopIteration having args
def ret_stop():
    return StopIteration("x")
    yield
def take():
    v = yield from ret_stop()
    yield type(v).__name__
print(list(take()))
