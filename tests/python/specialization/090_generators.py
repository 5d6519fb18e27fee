# test: gc-stress
# FOR_ITER_GEN and SEND_GEN run generators in the caller's loop: yields,
# returns, exceptions, exception state, throw/close, re-entrancy and
# recursion must behave exactly as before.
import sys

def count(n):
    for i in range(n):
        yield i
    return "done"

def total(g):
    s = 0
    for x in g:
        s += x
    return s

for i in range(60):
    total(count(10))
print(total(count(100)), total(iter([1, 2])), total(x * 2 for x in range(5)))

def delegate(n):
    result = yield from count(n)
    yield result

for i in range(60):
    list(delegate(3))
print(list(delegate(4)))

def tree(depth):
    if depth == 0:
        yield 1
        return
    yield from tree(depth - 1)
    yield depth
    yield from tree(depth - 1)
print(sum(tree(10)), list(tree(2)))

# An exception inside the generator propagates through the for loop.
def failing(n):
    for i in range(n):
        if i == 3:
            raise ValueError("at 3")
        yield i
def use_failing():
    seen = []
    try:
        for x in failing(10):
            seen.append(x)
    except ValueError as e:
        seen.append(str(e))
    return seen
for i in range(60):
    use_failing()
print(use_failing())

# StopIteration raised inside a generator becomes RuntimeError.
def bad_stop():
    yield 1
    raise StopIteration("oops")
try:
    for x in bad_stop():
        pass
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

# sys.exc_info() inside and outside the generator.
def exc_gen():
    try:
        raise KeyError("inner")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
def exc_states():
    out = []
    try:
        raise IndexError("outer")
    except IndexError:
        for v in exc_gen():
            out.append((v, sys.exc_info()[0].__name__))
    out.append(sys.exc_info()[0])
    return out
for i in range(60):
    exc_states()
print(exc_states())

# A generator already running cannot be resumed.
def reentrant():
    yield next(me)
me = reentrant()
try:
    for x in me:
        pass
except ValueError as e:
    print("ValueError", e)

# Deep recursion through generators ends in RecursionError.
def deep(n):
    yield from deep(n + 1)
try:
    for x in deep(0):
        pass
except RecursionError:
    print("RecursionError")

# send/throw/close still work on generators also driven by for loops.
def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    except GeneratorExit:
        pass
    finally:
        print("echo closing", received)
e = echo()
next(e)
for i in range(3):
    e.send(i)
e.close()

def relay():
    try:
        yield from echo()
    except ZeroDivisionError:
        yield "caught in relay"
r = relay()
next(r)
r.send("a")
print(r.throw(ZeroDivisionError))

# A generator resumed partly by next() and partly by a for loop.
g = count(6)
print(next(g), next(g))
for x in g:
    print("loop", x)
    if x == 3:
        break
print(list(g))

# Return value visible through yield from, and in StopIteration.
def ret():
    yield 1
    return 42
def outer():
    v = yield from ret()
    return v * 2
for i in range(60):
    list(outer())
o = outer()
next(o)
try:
    next(o)
except StopIteration as e:
    print("StopIteration", e.value)
