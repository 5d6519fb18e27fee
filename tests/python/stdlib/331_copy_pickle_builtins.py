# copy.copy, copy.deepcopy and pickle at every protocol on the built-in
# types and subclasses of them (with instance attributes), and what their
# __reduce_ex__/__reduce__/__getnewargs__ return.
import copy
import pickle


class MyInt(int):
    pass


class MyFloat(float):
    pass


class MyStr(str):
    pass


class MyBytes(bytes):
    pass


class MyTuple(tuple):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


class MySet(set):
    pass


class MyFrozenSet(frozenset):
    pass


class MyComplex(complex):
    pass


class MyByteArray(bytearray):
    pass


class Slotted(list):
    __slots__ = ("tag", "__dict__")


def tagged(cls, *args):
    obj = cls(*args)
    obj.note = "n"
    return obj


values = [
    0, -7, 2**100, True, False, None, 1.5, -0.0, float("inf"), 3j, complex(1, -2),
    "", "text", "\u00e9\u4e2d", b"", b"\x00\xff", bytearray(b"ab\x80"), bytearray(),
    (), (1, "a"), [], [1, [2]], {}, {"k": [1]}, set(), {1, 2, 3}, frozenset(), frozenset({4, 5}),
    range(0), range(1, 10, 3), range(-5, 5), slice(3), slice(1, 2, 3), slice(None, "a", []),
    Ellipsis, NotImplemented, len, print, int, type, object,
    tagged(MyInt, 5), tagged(MyFloat, 2.5), tagged(MyStr, "s"), tagged(MyBytes, b"b"),
    tagged(MyTuple, (1, 2)), tagged(MyList, [3]), tagged(MyDict, {"d": 1}), tagged(MySet, {6}),
    tagged(MyFrozenSet, {7}), tagged(MyComplex, 1 + 1j), tagged(MyByteArray, b"ba"),
]


def state(v):
    return None if isinstance(v, type) else getattr(v, "__dict__", None)


def describe(v):
    d = state(v)
    if isinstance(v, (set, frozenset)):
        body = "%s(%s)" % (type(v).__name__, sorted(v))
    else:
        body = repr(v)
    return body + (" %s" % d if d else "")


for v in values:
    out = []
    c = copy.copy(v)
    out.append("copy:%s%s" % ("same" if c is v else "new", "" if c == v else " DIFFERENT"))
    d = copy.deepcopy(v)
    out.append("deep:%s%s" % ("same" if d is v else "new", "" if d == v else " DIFFERENT"))
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        try:
            p = pickle.loads(pickle.dumps(v, proto))
            ok = p == v and type(p) is type(v) and state(p) == state(v)
            out.append("%d:%s" % (proto, "ok" if ok else "MISMATCH " + describe(p)))
        except Exception as e:
            out.append("%d:%s" % (proto, type(e).__name__))
    print(describe(v), type(v).__name__, " ".join(out))

# mutable copies are independent
ba = bytearray(b"xy")
ba2 = copy.deepcopy(ba)
ba2.append(0x7A)
s = {1}
s2 = copy.copy(s)
s2.add(2)
ms = tagged(MySet, {1})
ms2 = copy.copy(ms)
ms2.add(9)
print(ba, ba2, s, s2, sorted(ms), sorted(ms2), ms2.note, type(ms2).__name__)
fz = frozenset({(1, 2), (3, 4)})
print(copy.copy(fz) is fz, copy.deepcopy(fz) is fz, copy.deepcopy(fz) == fz)
nested = frozenset({frozenset({1})})
print(copy.deepcopy(nested) == nested, pickle.loads(pickle.dumps(nested)) == nested)
shared = [1]
t = (shared, shared, frozenset({2}))
t2 = copy.deepcopy(t)
print(t2[0] is t2[1], t2[0] is not shared, t2 == t)
sl = tagged(Slotted, [1, 2])
sl.tag = "T"
for proto in (0, 2, 5):
    try:
        p = pickle.loads(pickle.dumps(sl, proto))
        print(proto, p, p.tag, p.note)
    except Exception as e:
        print(proto, type(e).__name__, e)
sc = copy.deepcopy(sl)
print(sc, sc.tag, sc.note, type(sc).__name__)

# what the protocol methods return
print(frozenset({1}).__reduce__(), {2}.__reduce__(), MySet({3}).__reduce__()[:2])
print(range(1, 5, 2).__reduce__(), slice(1, 2, 3).__reduce__(), slice(5).__reduce__())
print(bytearray(b"ab").__reduce__(), bytearray(b"ab").__reduce_ex__(2),
      bytearray(b"ab").__reduce_ex__(3), bytearray(b"\xff").__reduce_ex__(4))
print((5).__getnewargs__(), (2.5).__getnewargs__(), "s".__getnewargs__(), b"b".__getnewargs__(),
      (1, 2).__getnewargs__(), (1 + 2j).__getnewargs__(), True.__getnewargs__())
print(Ellipsis.__reduce__(), NotImplemented.__reduce__(), len.__reduce__(), print.__reduce_ex__(2))
print([].append.__reduce__()[1], "".join.__reduce__()[1])
for bad in (lambda: pickle.dumps(pickle), lambda: copy.copy(len), lambda: type.__module__):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
for proto in (0, 1):
    try:
        print(proto, (5).__reduce_ex__(proto))
    except TypeError as e:
        print(proto, "TypeError", e)
    print(proto, MyInt(5).__reduce_ex__(proto)[1:])
print(MyInt(5).__reduce_ex__(2)[1:], MyTuple((1,)).__reduce_ex__(2)[1:])
