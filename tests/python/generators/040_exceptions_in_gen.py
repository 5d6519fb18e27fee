def gen():
    yield 1
    raise ValueError("from generator")
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
print(list(g))
def stopper():
    yield 1
    return
    yield 2
print(list(stopper()))
def inner_stop():
    raise StopIteration("bad")
    yield
try:
    next(inner_stop())
except RuntimeError as e:
    print("RuntimeError", e)
def with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("closing")
wf = with_finally()
for x in wf:
    print(x)
    break
# Closing explicitly: when an abandoned generator is finalized depends on the
# memory manager (CPython: at once by refcount; uopy and PyPy: at a collection).
wf.close()
print("after break")
