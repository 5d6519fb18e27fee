# PEP 479: StopIteration raised inside a generator becomes RuntimeError
def explicit():
    yield 1
    raise StopIteration("explicit")
g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
print(next(g, "exhausted"))

def leaked_next():
    it = iter([1])
    while True:
        yield next(it)
try:
    print(list(leaked_next()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause", type(e.__cause__).__name__)

def subclass_stop():
    class MyStop(StopIteration):
        pass
    yield 0
    raise MyStop
try:
    list(subclass_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause", type(e.__cause__).__name__)

# StopIteration caught inside the generator is fine
def handled():
    it = iter([1, 2])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return "clean"
        yield v
print(list(handled()))

# genexpr: StopIteration in the body also becomes RuntimeError? (genexpr are generators)
def boom(x):
    if x == 2:
        raise StopIteration("in genexpr")
    return x
try:
    print(list(boom(x) for x in range(4)))
except RuntimeError as e:
    print("genexpr RuntimeError:", e)
# list comprehension: StopIteration propagates as is
try:
    print([boom(x) for x in range(4)])
except StopIteration as e:
    print("listcomp StopIteration:", e)

# StopIteration thrown in via throw()
def simple():
    yield 1
    yield 2
g = simple()
next(g)
try:
    g.throw(StopIteration("thrown"))
except RuntimeError as e:
    print("throw RuntimeError:", e)
except StopIteration as e:
    print("throw StopIteration:", e)

# other exceptions unaffected
def value_err():
    yield 1
    raise ValueError("plain")
try:
    list(value_err())
except ValueError as e:
    print("ValueError:", e)

# return inside try/finally in generator
def ret_finally():
    try:
        yield 1
        return "from try"
    finally:
        print("finally runs before StopIteration")
g = ret_finally()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)

# user iterator raising StopIteration normally (not a generator)
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration("done")
        return self.i
print(list(It()))
def wrap_it():
    yield from It()
    yield "after"
print(list(wrap_it()))
# next() with default on exhausted
print(next(iter([]), "dflt"), next((x for x in []), None))
print(issubclass(StopIteration, Exception), issubclass(StopAsyncIteration, Exception))
