# Set lookups where the probe meets an equal hash on another object: -1 and
# -2 (both hash -2), ints at and past the hash modulus 2**61 - 1, floats and
# ints that are equal, strs built at run time (equal, not identical),
# objects with their own __eq__/__hash__, and an __eq__ that mutates the set.
import sys

s = {-1, -2, -3, 2**61 - 2, 2**61 - 1, 2**61, -(2**61 - 1), 2**62, -(2**62), 2**63}
print(sorted(s))
for k in (-1, -2, -3, 0, 2**61 - 1, 2**61, 2**61 + 1, 2**62, -(2**62), 2**63, -2.0, 2.0**61):
    print(k, k in s, hash(k))
print(hash(-1), hash(-2), hash(2**61 - 1), hash(-(2**61 - 1)), hash(2**61), hash(-(2**61)))
print(hash(2**62), hash(-(2**62)), hash(2**62 - 1), hash(-(2**62) - 1), hash(2**64 + 5))

t = set()
t.add(-1)
t.add(-2)
t.add(-1.0)
t.add(-2.0)
print(len(t), -1 in t, -2 in t, -1.0 in t, -3 in t)
t.remove(-1)
print(-1 in t, -2 in t, -1.0 in t, len(t))
t.add(-1.0)
print(sorted(t), [type(x).__name__ for x in sorted(t)])

# Equal strs that are different objects.
words = ["".join(["ab", "c" * i]) for i in range(12)]
ws = set(words)
again = ["ab" + "c" * i for i in range(12)]
print(all(w in ws for w in again), "abd" in ws, len(ws))
for w in again[::2]:
    ws.discard(w)
print(sorted(ws), all((w in ws) == (i % 2 == 1) for i, w in enumerate(words)))
ws.add("".join(["a", "b"]))
print(len(ws), "ab" in ws)


class Key:
    def __init__(self, v, h):
        self.v, self.h = v, h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return "Key(%r)" % (self.v,)


ks = {Key(i, i % 3) for i in range(10)}
print(len(ks), Key(4, 1) in ks, Key(4, 2) in ks, Key(11, 2) in ks)
ks.remove(Key(4, 1))
ks.add(Key(4, 1))
ks.add(Key(5, 2))
print(len(ks), sorted(k.v for k in ks))
print(Key(0, 0) in {0}, 0 in {Key(0, 0)})


class Boom(Key):
    __hash__ = Key.__hash__

    def __eq__(self, other):
        raise ValueError("no comparing %r" % (self.v,))


b = {Boom(1, 7)}
for op in ("in", "add", "remove", "discard"):
    try:
        k = Boom(2, 7)
        if op == "in":
            k in b
        else:
            getattr(b, op)(k)
        print(op, "no error")
    except ValueError as e:
        print(op, "ValueError", e)
print(1 in b, next(iter(b)) in b)


class Mutator:
    # __eq__ empties the set it is compared in: the probe starts over.
    victim = None

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 5

    def __eq__(self, other):
        if Mutator.victim is not None:
            v, Mutator.victim = Mutator.victim, None
            v.clear()
        return isinstance(other, Mutator) and self.v == other.v


m = {Mutator(1), 13}
Mutator.victim = m
print(Mutator(1) in m, len(m))
m = {Mutator(1), 13}
Mutator.victim = m
m.add(Mutator(2))
print(len(m), sorted(x.v if isinstance(x, Mutator) else x for x in m))

# Unhashable keys; a set key is looked up as the equal frozenset.
fs = {frozenset({1, 2}), 3}
print({1, 2} in fs, {1} in fs)
fs.discard({1, 2})
print(fs)
for bad in ([1], {}):
    try:
        bad in fs
    except TypeError as e:
        print("TypeError", e)

# Iteration order of sets of ints built in one direction (no removals).
print({i * 7 - 50 for i in range(30)})
print(set(range(-20, 20, 3)))
u = set()
for i in range(100):
    u.add((i * 37) % 101 - 50)
print(u)
sys.stdout.flush()
