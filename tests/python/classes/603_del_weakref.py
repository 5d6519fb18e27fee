# test: skip-asan (ASan keeps the eval loop's temporaries in its native frame, which the
# conservative stack scan reads: there a dropped object is found one collection late)
# Weak references to objects with __del__: inside __del__ they still
# answer (the object is intact, PEP 442); once the object is freed they
# are dead and their callbacks have run (after __del__, as CPython's
# deallocation does). A resurrected object keeps its weak references; they
# die when it is finally freed, without a second __del__.
import gc
import weakref


class _Plain:
    pass


def collect():
    # Another object and two collections: a stale native-stack word may
    # keep an object through one of uopy's collections (see 600).
    _Plain()
    gc.collect()
    gc.collect()


class W:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("W.__del__", self.n, "weakref answers:", ref() is self)


def callback(r):
    print("callback, referent gone:", r() is None)


w = W(1)
ref = weakref.ref(w, callback)
del w
collect()
print("after collect:", ref())

# A weak value dictionary drops the entry once the object is freed.
wd = weakref.WeakValueDictionary()
w2 = W(2)
ref = weakref.ref(w2)
wd["k"] = w2
del w2
collect()
print("entries:", list(wd.keys()), ref())

keep = []


class K:
    def __del__(self):
        keep.append(self)
        print("K resurrected")


k = K()
rk = weakref.ref(k, lambda r: print("K callback"))
del k
collect()
print("still referent:", rk() is keep[0])
keep.clear()
collect()
print("now:", rk())
