# with statement: __exit__ return values, arguments, nested with, ordering
class CM:
    def __init__(self, name, ret=None, enter_raises=False, exit_raises=False):
        self.name, self.ret = name, ret
        self.enter_raises, self.exit_raises = enter_raises, exit_raises
    def __enter__(self):
        print("enter", self.name)
        if self.enter_raises:
            raise RuntimeError("enter failed: " + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, repr(ev) if ev else None, tb is not None)
        if self.exit_raises:
            raise KeyError("exit failed: " + self.name)
        return self.ret

with CM("plain") as v:
    print("body", v)

with CM("true", ret=True):
    raise ValueError("suppressed")
print("after suppressed")

try:
    with CM("false", ret=False):
        raise ValueError("propagates")
except ValueError as e:
    print("propagated", e)

# truthy non-bool return values also suppress
for r in (1, "yes", [0], 0, "", None):
    try:
        with CM("ret=%r" % (r,), ret=r):
            raise IndexError("i")
        print("suppressed by", repr(r))
    except IndexError:
        print("not suppressed by", repr(r))

# enter raising: exit not called, body not run
try:
    with CM("bad-enter", enter_raises=True):
        print("never")
except RuntimeError as e:
    print("RuntimeError:", e)

# exit raising replaces the body exception
try:
    with CM("bad-exit", exit_raises=True):
        raise ValueError("body")
except KeyError as e:
    print("KeyError:", e, "| context:", repr(e.__context__))

# nested with: inner suppresses, outer sees nothing
with CM("outer"):
    with CM("inner", ret=True):
        raise TypeError("t")
    print("between")

# multiple managers in one statement: exit in reverse order, second enter failing
try:
    with CM("m1") as a, CM("m2", enter_raises=True) as b:
        print("never")
except RuntimeError as e:
    print("caught", e)

with CM("x") as a, CM("y") as b, CM("z") as c:
    print("body", a, b, c)

# parenthesized multi-item with
with (CM("p1") as p, CM("p2")):
    print("paren body", p)

# middle manager suppresses
with CM("o"), CM("mid", ret=True), CM("in"):
    raise OSError("os")
print("after middle suppress")

# with + return / break / continue
def ret():
    with CM("ret"):
        return "returned value"
print(ret())
for i in range(3):
    with CM("loop%d" % i):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done at", i)

# __enter__ return value used as target, including tuple unpacking
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return False
with Pair() as (x, y):
    print(x, y)
with Pair() as lst_holder:
    print(lst_holder)

# missing protocol methods
class NoExit:
    def __enter__(self):
        return self
class NoEnter:
    def __exit__(self, *a):
        pass
for obj in (NoExit(), NoEnter(), 5):
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

# exit receives exception instance identity
class Capture:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.seen = ev
        return True
c = Capture()
err = ValueError("identity")
with c:
    raise err
print(c.seen is err)
