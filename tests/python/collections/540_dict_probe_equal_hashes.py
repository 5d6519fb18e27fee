# Dict lookups where the probe meets an equal hash on another object, and
# which __hash__/__eq__ calls happen: keys whose hashes differ only in their
# low bits (no comparison), colliding hashes (-1/-2, the modulus, float/int,
# equal strs built at run time), __eq__ that raises, mutates or clears the
# dict, and the iteration order after deletions and re-insertions.
calls = []


class K:
    def __init__(self, h, tag):
        self.h = h
        self.tag = tag

    def __hash__(self):
        calls.append(("hash", self.tag))
        return self.h

    def __eq__(self, other):
        calls.append(("eq", self.tag, getattr(other, "tag", other)))
        return isinstance(other, K) and self.h == other.h and self.tag[0] == other.tag[0]

    def __repr__(self):
        return "K(%d, %r)" % (self.h, self.tag)


def show(label, value):
    print(label, value, calls)
    calls.clear()


# Hashes 0..7 differ only in their low bits: no __eq__ between them.
d = {}
ks = [K(h, "a%d" % h) for h in range(8)]
for k in ks:
    d[k] = k.h
show("fill", len(d))
show("lookups", [d[K(h, "a?")] for h in range(8)])
show("miss", K(3, "b") in d)

# Equal hashes on different objects.
d = {K(5, "x1"): 1}
d[K(5, "y1")] = 2
d[K(5, "x2")] = 3
show("collide", list(d.values()))
show("get", d.get(K(5, "y9"), "none"))
show("pop", d.pop(K(5, "y2")))
show("pop default", d.pop(K(5, "z"), "dflt"))
show("setdefault hit", d.setdefault(K(5, "x3"), 9))
show("setdefault miss", d.setdefault(K(5, "w"), 9))
show("order", list(d.items()))

# Small ints, floats and big ints with equal hashes.
m = (1 << 61) - 1
n = {-1: "a", -2: "b", m: "c", 0: "d", 1: "e", m + 1: "f", 2 ** 62: "g", -(2 ** 62): "h"}
print([hash(k) for k in n], list(n.values()))
print(n[-1], n[-2], n[m], n[0], n[1], n[m + 1], n.get(-3), n.get(2 ** 63))
n[-1.0] = "A"
n[1.0] = "E"
n[True] = "T"
n[0.0] = "D"
print(list(n.items()))
del n[-2]
print(-2 in n, -1 in n, -2.0 in n, list(n.keys()))

# Equal strs that are different objects.
words = ["".join(["ab", "c" * i]) for i in range(12)]
ws = dict.fromkeys(words, 0)
again = ["ab" + "c" * i for i in range(12)]
for w in again:
    ws[w] += 1
print(all(w in ws for w in again), "abd" in ws, list(ws.values()))


# An __eq__ that raises.
class Bad(K):
    __hash__ = K.__hash__

    def __eq__(self, other):
        calls.append(("eq", self.tag))
        raise ValueError("no eq " + self.tag)


d = {Bad(7, "b1"): 1}
for op in ("get", "in", "set", "del", "pop", "setdefault"):
    try:
        probe = Bad(7, "b2")
        if op == "get":
            d.get(probe)
        elif op == "in":
            probe in d
        elif op == "set":
            d[probe] = 2
        elif op == "del":
            del d[probe]
        elif op == "pop":
            d.pop(probe)
        else:
            d.setdefault(probe, 3)
    except ValueError as e:
        show(op + " raised", e)
print(len(d))


# An __eq__ that changes the dict it is compared in.
class Mut(K):
    __hash__ = K.__hash__
    action = None

    def __eq__(self, other):
        calls.append(("eq", self.tag))
        act, Mut.action = Mut.action, None
        if act:
            act()
        return isinstance(other, K) and self.h == other.h


d = {Mut(9, "m1"): 1, "s": 2}
Mut.action = lambda: d.clear()
show("cleared in", Mut(9, "m2") in d)
print(dict(d))
d = {Mut(9, "m1"): 1, "s": 2}
Mut.action = lambda: d.clear()
d[Mut(9, "m3")] = 5
show("cleared set", list(d.values()))
d = {Mut(9, "m1"): 1, "s": 2}
Mut.action = lambda: d.update({i: i for i in range(20)})
show("grown get", d.get(Mut(9, "m4")))
print(len(d), list(d)[:4])
d = {Mut(9, "m1"): 1, "t": 2}
Mut.action = lambda: d.pop("t")
show("deleted pop", d.pop(Mut(9, "m5"), "gone"))
print(dict(d))
d = {Mut(9, "m1"): 1}
first = next(iter(d))
Mut.action = lambda: (d.pop(first), d.__setitem__(Mut(9, "m6"), 6))
d[Mut(9, "m7")] = 7
show("replaced", list(d.values()))

# Deletions, then re-insertions: order is insertion order.
d = {}
for i in range(40):
    d[i * 7 % 23] = i
for i in range(0, 23, 3):
    del d[i]
for i in range(0, 23, 2):
    d[i] = -i
print(list(d.items()))
for k in list(d)[::2]:
    d.pop(k)
d.update((k, k) for k in range(30, 0, -4))
print(list(d), len(d))
s = {}
for r in range(5):
    for i in range(50):
        s["k%d" % i] = r
    for i in range(0, 50, 3):
        del s["k%d" % i]
print(list(s.items())[:10], len(s))
e = dict.fromkeys(range(100))
for i in range(99):
    del e[i]
e[5] = 1
e[1000] = 2
print(e, e.popitem(), e)


# Merging from a dict uses the stored hashes: no __hash__ calls.
class H:
    hashes = 0

    def __init__(self, h):
        self.h = h

    def __hash__(self):
        H.hashes += 1
        return self.h


src = {H(i % 3): i for i in range(6)}
print("built", H.hashes)
H.hashes = 0
c = src.copy()
e = {}
e.update(src)
f = dict(src)
g = src | c
g |= f
e.update(g)
print("merged", H.hashes, len(c), len(e), len(f), len(g), list(g.values()) == list(src.values()))
