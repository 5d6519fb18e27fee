# test: skip-asan (ASan keeps the eval loop's temporaries in its native frame, which the
# conservative stack scan reads: there a dropped object is found one collection late)
# test: gc-stress
# Cycles of objects with __del__ (PEP 442): every member is finalized once,
# each seeing the others intact, and then the cycle is freed. The order
# within a cycle is arbitrary (sorted here). A cycle one member resurrects
# survives whole, and nobody's __del__ runs again.
import gc


class _Plain:
    pass


def collect():
    # Another object and two collections: a stale native-stack word may
    # keep an object through one of uopy's collections (see 600).
    _Plain()
    gc.collect()
    gc.collect()


out = []


class N:
    def __init__(self, name):
        self.name = name
        self.other = None
        self.data = [name] * 3

    def __del__(self):
        out.append("%s sees %s %s" % (self.name, self.other.name, self.other.data))


a = N("a")
b = N("b")
a.other = b
b.other = a
del a, b
collect()
print(sorted(out))

# A self-cycle, and a ring of five.
out.clear()
s = N("self")
s.other = s
del s
collect()
ring = [N("r%d" % i) for i in range(5)]
for i in range(5):
    ring[i].other = ring[(i + 1) % 5]
del ring, i
collect()
print(sorted(out))

# One member resurrects itself: the whole cycle lives on.
out.clear()
rescued = []


class Saver(N):
    def __del__(self):
        super().__del__()
        rescued.append(self)


p = Saver("p")
q = N("q")
p.other = q
q.other = p
del p, q
collect()
print(sorted(out))
print(rescued[0].name, rescued[0].other.name, rescued[0].other.other is rescued[0])
print([gc.is_finalized(o) for o in (rescued[0], rescued[0].other)])
out.clear()
rescued.clear()
collect()
print("again:", out)
