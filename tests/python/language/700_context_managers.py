# with statements: suppression, exit arguments, multiple items, failures in enter/exit, control flow
class CM:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name, self.suppress, self.fail_enter, self.fail_exit = name, suppress, fail_enter, fail_exit
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed " + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, repr(ev), tb is not None)
        if self.fail_exit:
            raise KeyError("exit failed " + self.name)
        return self.suppress
with CM("a", suppress=True) as v:
    print("body", v)
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM("b") as v:
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)
with CM("outer") as o, CM("inner", suppress=True) as i:
    print("body", o, i)
    raise TypeError("inner eats")
print("after multi")
try:
    with CM("x1"), CM("x2", fail_enter=True), CM("x3"):
        print("not reached")
except RuntimeError as e:
    print("caught", e)
try:
    with CM("e1", fail_exit=True):
        raise ValueError("original")
except KeyError as e:
    print("caught", repr(e), "context:", repr(e.__context__))
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "non-empty string"
with Truthy():
    raise ZeroDivisionError
print("truthy suppressed")
class Zero:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return 0
try:
    with Zero():
        raise IndexError("zero does not suppress")
except IndexError as e:
    print("caught", e)
def ret():
    with CM("r"):
        return "returned"
print(ret())
for i in range(3):
    with CM("loop%d" % i, suppress=True):
        if i == 0:
            continue
        if i == 1:
            raise ValueError("in loop")
        break
print("loop done")
class NoExit:
    def __enter__(self):
        return 1
class NoEnter:
    def __exit__(self, *a):
        pass
for obj in [NoExit(), NoEnter(), 5, None]:
    try:
        with obj:
            pass
    except Exception as e:
        print(type(e).__name__, e)
class Tracker:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.seen = (et, ev)
        return isinstance(ev, StopIteration)
def gen():
    with Tracker() as tr:
        yield 1
        raise StopIteration("inside with")
    yield ("after", type(tr.seen[1]).__name__)
print(list(gen()))
import contextlib
@contextlib.contextmanager
def managed(tag):
    print("setup", tag)
    try:
        yield tag
    except KeyError as e:
        print("handled in generator", e)
    finally:
        print("teardown", tag)
with managed("m1") as m:
    print("using", m)
with managed("m2"):
    raise KeyError("k")
print("after m2")
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppress ok")
with contextlib.ExitStack() as stack:
    for n in ("s1", "s2"):
        stack.enter_context(CM(n))
    print("stack body")
