# send / throw / close semantics
def echo():
    print("started")
    try:
        while True:
            try:
                v = yield
                print("got", v)
            except ValueError as e:
                print("handled ValueError", e)
    finally:
        print("echo finally")

g = echo()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
print(g.send(None))
g.send("a")
g.send([1, 2])
print(g.throw(ValueError("boom")))
g.send("after throw")
g.close()
g.close()  # idempotent
try:
    g.send(1)
except StopIteration as e:
    print("StopIteration after close", e.args)

def gen2():
    x = yield 1
    print("x =", x)
    y = yield x * 2
    print("y =", y)
    return x + y
g = gen2()
print(next(g))
print(g.send(10))
try:
    g.send(5)
except StopIteration as e:
    print("returned", e.value, e.args)

# throw into a just-created generator raises immediately
def simple():
    print("never printed")
    yield 1
g = simple()
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
print(list(g))

# throw with type only / type and value
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)
g = catcher()
next(g)
g.throw(IndexError)
g.throw(ValueError("v"))
g.throw(TypeError("a", "b"))
g.close()

# throw an exception the generator doesn't handle
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("fin cleanup")
g = fin()
next(g)
try:
    g.throw(RuntimeError("unhandled"))
except RuntimeError as e:
    print("propagated", e)
print(next(g, "exhausted"))

# close on unstarted generator doesn't run body
g = fin()
g.close()
print(next(g, "closed before start"))

# close when generator yields in finally -> RuntimeError
def stubborn():
    try:
        yield 1
    finally:
        yield 2
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# close when generator catches GeneratorExit and returns
def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        return "ignored"
g = swallow()
next(g)
print(g.close())

# close when the generator raises something else
def raiser():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close")
g = raiser()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError:", e)

print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
# exhausted generator: send/throw
def one():
    yield 1
g = one()
list(g)
try:
    g.throw(ValueError("late"))
except ValueError as e:
    print("late throw propagates", e)
