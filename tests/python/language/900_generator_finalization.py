# test: skip-asan (ASan keeps the eval loop's temporaries in its native frame, which the
# conservative stack scan reads: there a dropped object is found one collection late)
# A generator collected while suspended is closed: its finally blocks and
# with-exits run (CPython's generator finalizer); errors go to
# sys.unraisablehook. Async generators go to sys.set_asyncgen_hooks' finalizer.
import gc
import sys

reports = []
def hook(u):
    reports.append((u.exc_type.__name__, str(u.exc_value), u.err_msg, type(u.object).__name__))
sys.unraisablehook = hook

def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)
def h():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
def bad():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
def keeps_yielding():
    try:
        yield 1
    finally:
        yield 2
def no_handler():
    yield 1
    yield 2

x = g("a"); next(x)
del x
gc.collect()
print("after a")
y = h(); next(y); y = None
gc.collect()
z = bad(); next(z); z = None
gc.collect()
print("after bad", reports)
w = keeps_yielding(); next(w); w = None
gc.collect()
print("after keeps", reports[-1])
never = g("never started"); never = None
gc.collect()
done = g("done"); print(list(done)); done = None
gc.collect()
n = no_handler(); next(n); n = None
gc.collect()

class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
def gen_with():
    with CM():
        yield 1
v = gen_with(); next(v); v = None
gc.collect()

def outer():
    try:
        yield from g("inner")
    finally:
        print("outer finally")
o = outer(); next(o); o = None
gc.collect()

# Generators in a cycle: still closed.
def cyc():
    me = yield
    try:
        yield 1
    finally:
        print("cycle closed")
c = cyc(); next(c); c.send(c); c = None
gc.collect()

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
finalized = []
sys.set_asyncgen_hooks(firstiter=lambda a: None, finalizer=lambda a: finalized.append(type(a).__name__))
a = agen()
step = a.__anext__()
try:
    step.send(None)
except StopIteration as e:
    print("first", e.value)
step = a = None
gc.collect()
print("hook got", finalized)
sys.set_asyncgen_hooks(firstiter=None, finalizer=None)
a = agen()
step = a.__anext__()
try:
    step.send(None)
except StopIteration as e:
    print("first", e.value)
step = a = None
gc.collect()

print("end")
