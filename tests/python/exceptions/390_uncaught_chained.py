# Exception passed through generators and with; ends with an uncaught chained exception
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return False

def gen_with():
    with CM("in-gen"):
        yield 1
        raise ValueError("raised inside generator's with")
try:
    for x in gen_with():
        print("got", x)
except ValueError as e:
    print("caught", e)

def gen_plain():
    yield 1
    raise KeyError("from gen")
try:
    with CM("outside"):
        for x in gen_plain():
            print("got", x)
except KeyError as e:
    print("caught", e)

def suppressing_gen():
    class Sup:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            print("suppress", a[0].__name__)
            return True
    with Sup():
        yield "a"
        raise IndexError("suppressed in gen")
    yield "after suppress"
print(list(suppressing_gen()))

def thrower():
    with CM("thrown-into"):
        yield 1
        yield 2
g = thrower()
next(g)
try:
    g.throw(TypeError("thrown"))
except TypeError as e:
    print("throw propagated", e)

def low():
    raise KeyError("low-level")
def mid():
    try:
        low()
    except KeyError as e:
        raise LookupError("mid-level") from e
def top():
    try:
        mid()
    except LookupError:
        raise RuntimeError("top-level failure")
print("about to fail", flush=True)
top()
