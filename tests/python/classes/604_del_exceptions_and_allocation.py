# test: skip-asan (ASan keeps the eval loop's temporaries in its native frame, which the
# conservative stack scan reads: there a dropped object is found one collection late)
# An exception raised by __del__ is printed to stderr ("Exception ignored
# in: <function ...__del__ ...>" and its traceback) and does not propagate:
# the program goes on, exits with status 0, and an exception being handled
# meanwhile is left as it was. A __del__ that allocates a lot (so that
# uopy collects again while finalizers run) and one that calls
# gc.collect() itself.
import gc
import sys


class _Plain:
    pass


def collect():
    # Another object and two collections: a stale native-stack word may
    # keep an object through one of uopy's collections (see 600).
    _Plain()
    gc.collect()
    gc.collect()


class Bad:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("Bad.__del__", self.n)
        raise ValueError("boom in __del__ %d" % self.n)


b = Bad(1)
del b
collect()
print("still running")

try:
    raise KeyError("outer")
except KeyError as e:
    b = Bad(2)
    del b
    collect()
    print("handling", repr(e), repr(sys.exc_info()[1]))
print("after try", sys.exc_info())


class NoneDel:
    __del__ = None


n = NoneDel()
del n
collect()
print("after __del__ = None")


class Heavy:
    def __init__(self, n):
        self.n = n
        self.tag = "heavy %d" % n

    def __del__(self):
        # About 40 MB of short-lived lists: several collections in uopy.
        total = 0
        for i in range(200):
            chunk = [[j] * 8 for j in range(1000)]
            total += len(chunk)
        print("Heavy.__del__", self.n, self.tag, total)


h1 = Heavy(1)
h2 = Heavy(2)
h3 = Heavy(3)
del h1
collect()
del h2, h3
collect()
print("after heavy")


class Nested:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        gc.collect()
        print("Nested.__del__", self.n)


class Inner:
    def __del__(self):
        print("Inner.__del__")


nest = Nested(1)
nest.inner = Inner()
del nest
collect()
print("done")
