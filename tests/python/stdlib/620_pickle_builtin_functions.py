# Built-in functions and methods pickle: a module function reduces to its
# name (pickle finds it again by __module__), a bound built-in method to
# (getattr, (self, name)), a method descriptor to (getattr, (type, name)).
# That makes array.array pickle at protocols 3 to 5, whose reduction names
# the built-in function array._array_reconstructor.
import array
import copy
import math
import operator
import pickle

print("-- __reduce__")
print(len.__reduce__(), getattr.__reduce__(), math.sqrt.__reduce__())
print(array._array_reconstructor.__reduce__(), operator.add.__reduce__())
r = [].append.__reduce__()
print(r[0] is getattr, r[1])
r = "abc".upper.__reduce__()
print(r[0] is getattr, r[1])
r = dict.fromkeys.__reduce__()
print(r[0] is getattr, r[1])
r = list.append.__reduce__()
print(r[0] is getattr, r[1])
print(len.__reduce_ex__(2), math.floor.__reduce_ex__(4))

print("-- round trips")
funcs = [len, abs, getattr, isinstance, sorted, math.sqrt, math.floor, operator.add,
         array._array_reconstructor]
for f in funcs:
    same = [pickle.loads(pickle.dumps(f, p)) is f for p in range(pickle.HIGHEST_PROTOCOL + 1)]
    print(f.__name__, same, copy.copy(f) is f, copy.deepcopy(f) is f)

lst = [1, 2]
m = pickle.loads(pickle.dumps(lst.append))
m(3)
print(m.__name__, m.__self__)
for p in range(pickle.HIGHEST_PROTOCOL + 1):
    up = pickle.loads(pickle.dumps("hello".upper, p))
    fk = pickle.loads(pickle.dumps(dict.fromkeys, p))
    ap = pickle.loads(pickle.dumps(list.append, p))
    tgt = []
    ap(tgt, p)
    print(p, up(), fk("ab", 0), tgt, ap is list.append)
data = {"f": [len, max], "m": {"k": (1).bit_length}}
out = pickle.loads(pickle.dumps(data))
print(out["f"][0] is len, out["f"][1]([3, 9]), out["m"]["k"]())
c = copy.deepcopy({"g": [10].count})
print(c["g"](10))

print("-- array.array at every protocol")
arrays = [array.array(c, [1, 2, 3]) for c in "bBhHiIlLqQfd"] + [array.array("u", "xyz"), array.array("i")]
for a in arrays:
    ok = []
    for p in range(pickle.HIGHEST_PROTOCOL + 1):
        r = pickle.loads(pickle.dumps(a, p))
        ok.append(r == a and r.typecode == a.typecode and type(r) is array.array)
    print(a.typecode, ok)
print(pickle.loads(pickle.dumps(array.array("i", [1, 2]), 4)))
print(pickle.loads(pickle.dumps(array.array("d", [0.5, -2.0]), 5)))


class Arr(array.array):
    pass


s = Arr("i", [4, 5])
s.tag = "t"
for p in (3, 4, 5):
    r = pickle.loads(pickle.dumps(s, p))
    print(p, type(r).__name__, r, r.tag)
