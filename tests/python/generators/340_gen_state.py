# Generator state and attributes, StopIteration value, re-entrancy
def gen():
    yield 1
    yield 2
    return "ret"

g = gen()
print(type(g).__name__, g.__name__, g.__qualname__)
print(g.gi_running)
print(next(g), g.gi_running)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("again", repr(e.value), e.args)

# gi_running inside the generator
def self_aware():
    yield me.gi_running
me = self_aware()
print(next(me))

# re-entrancy: generator already executing
def reenter():
    yield next(r)
r = reenter()
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)

def reenter_send():
    yield rs.send(None)
rs = reenter_send()
try:
    next(rs)
except ValueError as e:
    print("ValueError:", e)

# StopIteration from return with various values
def r0():
    return
    yield
def r1():
    return 0
    yield
def r2():
    return (1, 2)
    yield
def r3():
    return None
    yield
for fn in (r0, r1, r2, r3):
    try:
        next(fn())
    except StopIteration as e:
        print(fn.__name__, repr(e.value), e.args, repr(str(e)))

# StopIteration constructed manually
e = StopIteration()
print(repr(e.value), e.args)
e = StopIteration(5, 6)
print(e.value, e.args)

# generator function vs generator object
print(type(gen).__name__, gen.__code__.co_name)
class Holder:
    def method(self):
        yield self
h = Holder()
hg = h.method()
print(hg.__qualname__, next(hg) is h)
g = gen()
try:
    g.__name__ = "renamed"
    print(g.__name__)
except AttributeError as e:
    print("AttributeError:", e)

# generator is its own iterator
g = gen()
print(iter(g) is g, hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"))
# generators aren't reusable
g = gen()
print(list(g), list(g))
# each call makes independent state
a, b = gen(), gen()
print(next(a), next(a), next(b))
# yield as expression value
def yv():
    x = yield
    y = yield x
    print("x, y =", x, y)
g = yv()
print(next(g), g.send("X"))
try:
    g.send("Y")
except StopIteration:
    print("stopped")
# yield inside expressions
def expr_yield():
    total = (yield 1) + (yield 2)
    yield total
g = expr_yield()
print(next(g), g.send(10), g.send(20))
# bool of a generator is always True
print(bool(gen()), bool(x for x in []))
