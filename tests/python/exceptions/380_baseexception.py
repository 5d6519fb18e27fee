# BaseException vs Exception: KeyboardInterrupt, SystemExit, GeneratorExit not caught by except Exception
import sys
for exc in (KeyboardInterrupt, SystemExit, GeneratorExit):
    try:
        try:
            raise exc
        except Exception:
            print("WRONG: caught by except Exception")
    except BaseException as e:
        print(type(e).__name__, "caught by BaseException only")

# bare except catches everything
try:
    raise KeyboardInterrupt("ctrl-c")
except:
    print("bare except caught", sys.exc_info()[0].__name__)

# SystemExit attributes
for args in ((), (0,), (3,), ("message",), (1, 2), (None,)):
    e = SystemExit(*args)
    print("SystemExit", args, "code=", repr(e.code), "args=", e.args)
try:
    sys.exit(7)
except SystemExit as e:
    print("sys.exit(7):", e.code)
try:
    sys.exit("bye")
except SystemExit as e:
    print("sys.exit('bye'):", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("sys.exit():", e.code)
try:
    exit_code = None
    raise SystemExit
except SystemExit as e:
    print("raise SystemExit:", e.code)

# finally still runs for BaseException subclasses
def f():
    try:
        raise KeyboardInterrupt
    finally:
        print("finally ran")
try:
    f()
except KeyboardInterrupt:
    print("KeyboardInterrupt propagated")

# custom BaseException subclass
class Abort(BaseException):
    pass
def protected():
    try:
        raise Abort("stop")
    except Exception:
        return "swallowed"
try:
    protected()
except Abort as e:
    print("Abort escaped except Exception:", e)

# with statement receives BaseException too
class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit got", t.__name__)
        return issubclass(t, KeyboardInterrupt)
with CM():
    raise KeyboardInterrupt
print("suppressed KeyboardInterrupt")
try:
    with CM():
        raise SystemExit(2)
except SystemExit as e:
    print("SystemExit passed through with:", e.code)

# BaseException basics
b = BaseException("a", 1)
print(repr(b), str(b), b.args)
print(isinstance(KeyboardInterrupt(), Exception), isinstance(KeyboardInterrupt(), BaseException))
print(KeyboardInterrupt.__bases__, SystemExit.__bases__, GeneratorExit.__bases__)
print(sorted(c.__name__ for c in BaseException.__subclasses__()
             if c.__name__ in ("Exception", "KeyboardInterrupt", "SystemExit", "GeneratorExit")))
# generator close uses GeneratorExit; except Exception inside generator doesn't swallow it
def gen():
    try:
        yield 1
    except Exception:
        print("WRONG")
g = gen()
next(g)
g.close()
print("generator closed cleanly")
# raising BaseException class itself
try:
    raise BaseException
except BaseException as e:
    print(repr(e))
