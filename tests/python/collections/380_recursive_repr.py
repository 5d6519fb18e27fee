# repr of nested and recursive containers
l = [1, 2]
l.append(l)
print(l, repr(l), str(l), len(l))
print(l[2] is l, l[2][2][0])
d = {"k": 1}
d["self"] = d
print(d)
a = [1]
b = [2, a]
a.append(b)
print(a, b)
t = ([],)
t[0].append(t)
print(t)
dd = {1: []}
dd[1].append(dd)
print(dd)
m = {1: {2: {3: [4, (5, {6: "x"})]}}}
print(m, repr(m))
print([[]], [[], [[]]], [(), {}, set(), frozenset()], ([], {}))
print({1: [1, 2], 2: (3,)}, [{1}, {2: 3}], ["a", 'b"', "c'", "\n"])
print(repr("'"), repr('"'), repr("'\""), [1.5, -0.0, 1e20, 1e-5, float("inf")])
print([None, True, False, ...], (None,), {None: None})
class C:
    def __repr__(self):
        return "C!"
    def __str__(self):
        return "strC"
print([C()], (C(),), {C(): C()} and [C(), C()], str([C()]), f"{[C()]}")
print(C(), str(C()), repr(C()))
ll = [l, l]
print(ll)
s = [1]
s.append([s, {"z": s}])
print(s)
x = []
x.append(x)
x.append(x)
print(x)
y = {}
y[1] = y
y[2] = [y]
print(y)
z = [0]
z[0] = z
print(z == z if False else "skip", len(repr(z)))
