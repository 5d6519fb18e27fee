# test: skip-asan (ASan keeps the eval loop's temporaries in its native frame, which the
# conservative stack scan reads: there a dropped object is found one collection late)
# __del__ that stores self somewhere: the object lives on, intact, and its
# __del__ is never called again (CPython's rule, PEP 442), not when it dies
# later nor at exit. gc.is_finalized tells. Every point where CPython frees
# an object is followed by gc.collect(), where uopy's collector finds it.
import gc


class _Plain:
    pass


def collect():
    # Another object and two collections: a stale native-stack word may
    # keep an object through one of uopy's collections (see 600).
    _Plain()
    gc.collect()
    gc.collect()


saved = []


class R:
    calls = 0

    def __init__(self, n):
        self.n = n
        self.data = list(range(n))

    def __del__(self):
        R.calls += 1
        print("R.__del__", self.n, self.data)
        saved.append(self)


r = R(3)
print("finalized before:", gc.is_finalized(r))
del r
collect()
print("saved", len(saved), saved[0].n, saved[0].data, "finalized:", gc.is_finalized(saved[0]))
# Dropped again: freed without a second call.
saved.clear()
collect()
print("calls", R.calls)


class G:
    def __init__(self):
        self.payload = {"x": [1, 2]}

    def __del__(self):
        global ghost
        ghost = self
        print("G resurrected into a global")


g = G()
del g
collect()
print(type(ghost).__name__, ghost.payload, gc.is_finalized(ghost))
# Still alive and used: the object works as before.
ghost.payload["y"] = 3
print(sorted(ghost.payload))
del ghost
collect()
print("ghost gone")

# Resurrected, then kept to the end: no call at exit either.
class Keep:
    def __del__(self):
        global kept
        kept = self
        print("Keep.__del__ (once)")


k = Keep()
del k
collect()
print("kept", type(kept).__name__, gc.is_finalized(kept))
print("end of program")
