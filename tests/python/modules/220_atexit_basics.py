# atexit: functions run at exit, last registered first, with their arguments;
# unregister; an exception in one is printed (to stderr) and the others run
import atexit

n0 = atexit._ncallbacks()


def hello(name, punct="!"):
    print("hello", name + punct)


def fails():
    print("fails runs")
    raise ValueError("boom in atexit")


def goodbye():
    print("goodbye (registered first, runs last)")


print(atexit.register(goodbye) is goodbye)
atexit.register(hello, "world")
atexit.register(hello, "kw", punct="?")
atexit.register(fails)
atexit.register(print, "print", "with", "sep", sep="-")


@atexit.register
def decorated():
    print("decorated ran")


print(decorated.__name__)


def never():
    print("never printed")


atexit.register(never)
atexit.register(never, 1, 2)
print(atexit._ncallbacks() - n0)
print(atexit.unregister(never))
# unregister leaves the count alone (3.11 keeps empty slots)
print(atexit._ncallbacks() - n0)
atexit.unregister(lambda: None)  # not registered: nothing happens

# registering during the run is allowed, but the new function does not run
def registers_more():
    print("registers_more ran")
    atexit.register(never)


atexit.register(registers_more)

for bad in [lambda: atexit.register(), lambda: atexit.register(42),
            lambda: atexit.register(func=print), lambda: atexit.unregister(),
            lambda: atexit._ncallbacks(1), lambda: atexit._clear(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


class Eq:
    # equal to every other Eq: unregister compares with ==
    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        return isinstance(other, Eq)

    __hash__ = None

    def __call__(self):
        print("Eq", self.tag)


atexit.register(Eq("a"))
atexit.register(Eq("b"))
atexit.unregister(Eq("c"))
print("end of main")
