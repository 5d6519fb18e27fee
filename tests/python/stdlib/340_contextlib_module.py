# contextlib: contextmanager, ExitStack, suppress, redirect_stdout/stderr, closing, nullcontext, ContextDecorator, chdir
import contextlib, io, sys, os
from contextlib import contextmanager, ExitStack, suppress, redirect_stdout, redirect_stderr, closing, nullcontext, ContextDecorator

@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    except ValueError as e:
        print("handled", e)
    finally:
        print("</%s>" % name)
with tag("a") as t:
    print("body", t)
with tag("b"):
    raise ValueError("inner")
print("after b")
try:
    with tag("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextmanager
def swallow_all():
    try:
        yield
    except Exception:
        pass
with swallow_all():
    1 / 0
print("swallowed")

@tag("deco")
def decorated(x):
    print("in decorated", x)
    return x * 2
print(decorated(21))

with ExitStack() as stack:
    for n in ("x", "y", "z"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback 1")
    @stack.push
    def exit_cb(exc_type, exc, tb):
        print("push saw", exc_type)
        return False
    print("stack body")
print("---")
def cleanup():
    print("closed")
with ExitStack() as stack:
    stack.callback(cleanup)
    saved = stack.pop_all()
print("not yet")
saved.close()
with ExitStack() as stack:
    stack.callback(print, "suppressing")
    stack.push(lambda *exc: True)
    raise ZeroDivisionError
print("suppressed by push")
try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise KeyError("orig")
except ZeroDivisionError as e:
    print("ZeroDivisionError with context", repr(e.__context__))
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print("TypeError", e)

with suppress(KeyError, IndexError):
    {}["x"]
with suppress(KeyError):
    pass
try:
    with suppress(KeyError):
        [][0]
except IndexError:
    print("IndexError not suppressed")
with suppress():
    pass
print("suppress ok")
try:
    with suppress(ValueError):
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    print("remaining", [type(x).__name__ for x in eg.exceptions])

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
    sys.stdout.write("direct\n")
print(repr(buf.getvalue()), sys.stdout is sys.__stdout__ or True)
ebuf = io.StringIO()
with redirect_stderr(ebuf):
    print("to stderr", file=sys.stderr)
print(repr(ebuf.getvalue()))
with redirect_stdout(io.StringIO()) as inner:
    with redirect_stdout(io.StringIO()) as inner2:
        print("deep")
    print("shallow")
print(repr(inner.getvalue()), repr(inner2.getvalue()))

class Resource:
    def close(self):
        print("Resource.close called")
with closing(Resource()) as r:
    print("using", type(r).__name__)
with nullcontext(42) as v:
    print("nullcontext", v)
with nullcontext() as v:
    print("nullcontext", v)

class track(ContextDecorator):
    def __enter__(self):
        print("enter track")
        return self
    def __exit__(self, *exc):
        print("exit track", exc[0].__name__ if exc[0] else None)
        return False
@track()
def work():
    print("working")
work()
with track():
    pass

class Reentrant:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        return self.depth
    def __exit__(self, *a):
        self.depth -= 1
r = Reentrant()
with r as d1, r as d2:
    print("depths", d1, d2)
print(r.depth)
import tempfile
start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    with contextlib.chdir(tmp):
        print(os.path.samefile(os.getcwd(), tmp))
    print(os.getcwd() == start)
class Abstract(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        return None
with Abstract() as ab:
    print(type(ab).__name__)
print(isinstance(nullcontext(), contextlib.AbstractContextManager), issubclass(Reentrant, contextlib.AbstractContextManager))
