# try/finally and context managers in generators when closed / exhausted / broken
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return False

def with_cm():
    with CM("a"):
        yield 1
        with CM("b"):
            yield 2
        yield 3
g = with_cm()
print(next(g), next(g))
g.close()
print("--")
print(list(with_cm()))
print("--")

# break from for loop and explicit close
def counter():
    i = 0
    try:
        while True:
            yield i
            i += 1
    finally:
        print("counter finally at", i)
g = counter()
for v in g:
    if v == 2:
        break
print("after break")
g.close()

# finally with return value on close
def fin_return():
    try:
        yield 1
    finally:
        print("cleanup")
g = fin_return()
next(g)
print(g.close())

# except GeneratorExit + finally ordering
def order():
    try:
        try:
            yield 1
        except GeneratorExit:
            print("except GeneratorExit")
            raise
        finally:
            print("inner finally")
    finally:
        print("outer finally")
g = order()
next(g)
g.close()

# except Exception does NOT catch GeneratorExit
def not_caught():
    try:
        yield 1
    except Exception:
        print("wrongly caught")
    finally:
        print("not_caught finally")
g = not_caught()
next(g)
g.close()
print("closed ok")

# closing a generator that is paused inside a loop with try in loop
def loop_try():
    for i in range(3):
        try:
            yield i
        finally:
            print("iteration finally", i)
g = loop_try()
next(g); next(g)
g.close()
print(list(loop_try()))

# close() of exhausted generator is a no-op
def short():
    try:
        yield 1
    finally:
        print("short finally")
g = short()
print(list(g))
g.close()
print("no second finally")

# yield inside finally while closing -> RuntimeError but finally code before yield ran
def yield_in_finally():
    try:
        yield "body"
    finally:
        print("finally starts")
        yield "bad"
g = yield_in_finally()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# throw GeneratorExit directly
def ge():
    try:
        yield 1
    finally:
        print("ge finally")
g = ge()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit as e:
    print("GeneratorExit re-raised", repr(e))
print(next(g, "done"))
