# Exceptions propagating out of generators; generator state after failures
def fails_at(n):
    for i in range(5):
        if i == n:
            raise ValueError("fail at %d" % i)
        yield i

out = []
try:
    for x in fails_at(3):
        out.append(x)
except ValueError as e:
    print(out, e)

g = fails_at(1)
print(next(g))
try:
    next(g)
except ValueError as e:
    print("raised:", e)
print("after failure:", list(g))

# finally blocks run as the exception passes through
def layered():
    try:
        try:
            yield 1
            1 / 0
        finally:
            print("inner finally")
    finally:
        print("outer finally")
try:
    for x in layered():
        print("got", x)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# exception in consumer doesn't affect generator until closed
def watched():
    try:
        yield 1
        yield 2
    finally:
        print("watched finally")
g = watched()
try:
    for x in g:
        raise KeyError(x)
except KeyError as e:
    print("consumer KeyError", e)
print("generator still suspended; closing")
g.close()

# exception context inside generator
def ctx():
    try:
        raise TypeError("first")
    except TypeError:
        yield "in handler"
        raise ValueError("second")
try:
    list(ctx())
except ValueError as e:
    print(e, "| context:", type(e.__context__).__name__, e.__context__)

# exception raised during yield in except block of caller doesn't leak
def gen_ok():
    yield 1
try:
    raise IndexError("caller")
except IndexError:
    g = gen_ok()
    print(next(g))

# generator catching exceptions from its own loop body
def robust(items):
    for it in items:
        try:
            yield 10 // it
        except ZeroDivisionError:
            pass  # never reached: exceptions in 10 // it happen before yield
def robust2(items):
    for it in items:
        try:
            v = 10 // it
        except ZeroDivisionError:
            v = "div0"
        yield v
try:
    print(list(robust([1, 0, 2])))
except ZeroDivisionError as e:
    print("robust:", e)
print(list(robust2([1, 0, 2])))

# exceptions in genexpr propagate
try:
    sum(int(s) for s in ["1", "2", "x"])
except ValueError as e:
    print("ValueError:", e)

# generator raising exception subclass, caught by base
class AppError(Exception):
    pass
class DbError(AppError):
    pass
def db():
    yield "row"
    raise DbError("conn lost")
try:
    for r in db():
        print(r)
except AppError as e:
    print(type(e).__name__, e)

# exception inside nested generators unwinds all
def level(n):
    try:
        if n == 0:
            yield "bottom"
            raise LookupError("deep")
        yield from level(n - 1)
    finally:
        print("unwind level", n)
try:
    for v in level(3):
        print(v)
except LookupError as e:
    print("LookupError:", e)
