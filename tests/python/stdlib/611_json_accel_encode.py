# json encoding through the _json accelerator: c_make_encoder, the
# basestring encoders, int/float subclasses and enums, keys, sort_keys,
# skipkeys, allow_nan, default, circular references
import json, _json, enum
from json import encoder
from collections import OrderedDict, namedtuple

print(encoder.c_make_encoder is _json.make_encoder, encoder.encode_basestring_ascii is _json.encode_basestring_ascii)

eba, eb = _json.encode_basestring_ascii, _json.encode_basestring
samples = ["", "plain", 'q"b\\s/', "\b\f\n\r\t\x00\x01\x1f\x7f", "é日\U0001f600\u2028\ufeff", "\ud800x\udfff",
           "\ud83d\ude00", "a" * 5 + "\x80"]
for s in samples:
    print(eba(s), eb(s) == json.dumps(s, ensure_ascii=False), ascii(eb(s)))
class S(str):
    pass
print(eba(S("sub\n")), eb(S("é")))
for bad in [1, None, b"x"]:
    try:
        eba(bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        eb(bad)
    except TypeError as e:
        print("TypeError", e)

# the encoder object
enc = _json.make_encoder(None, None, eba, None, ": ", ", ", False, False, True)
print(type(enc).__name__, enc.markers, enc.default, enc.encoder is eba, enc.indent, repr(enc.key_separator),
      repr(enc.item_separator), enc.sort_keys, enc.skipkeys)
r = enc({"a": [1, 2.5, None, True, "é"]}, 0)
print(type(r).__name__, "".join(r))
print("".join(enc("x", 0)), "".join(enc(3, 5)), "".join(enc((1, (2,)), 0)))
enc2 = _json.make_encoder({}, lambda o: repr(o), lambda s: "<" + s + ">", 4, "=", ";", False, True, False)
print("".join(enc2({"b": [1, {1.5: "x", 2: None}], "a": object.__name__, (1,): 2, None: 0, True: 1}, 0)))
for args in [(), ([], None, eba, None, ":", ",", False, False, True), ({}, None, eba, None, 1, ",", False, False, True),
             ({}, None, eba, None, ":", None, False, False, True)]:
    try:
        _json.make_encoder(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    enc()
except TypeError as e:
    print("TypeError", e)
bad_enc = _json.make_encoder(None, None, lambda s: 5, None, ":", ",", False, False, True)
try:
    bad_enc("x", 0)
except TypeError as e:
    print("TypeError", e)

# dumps: compact and default separators, nested structures
data = {"name": "Zoë", "tags": ["a", "b"], "n": 1, "f": 2.5, "ok": True, "nil": None,
        "nested": {"z": [], "a": {}, "t": (1, 2)}, "big": 10 ** 30, "neg": -7, "e": 1e100}
print(json.dumps(data))
print(json.dumps(data, separators=(",", ":"), ensure_ascii=False))
print(json.dumps(data, sort_keys=True, separators=(" , ", " : ")))
print(json.dumps([[[]], [{}], [[1], [2, [3, [4]]]]]), json.dumps([]), json.dumps({}), json.dumps(()))

# floats
floats = [0.0, -0.0, 1.0, 0.1, 1 / 3, 1e16, 1e-5, 123456789.125, 5e-324, 1.7976931348623157e308, 2.5e-7, 1e22]
print(json.dumps(floats))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
for v in [float("nan"), [1, float("inf")], {"k": float("-inf")}, {float("nan"): 1}]:
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print("ValueError", e)
print(json.dumps({float("inf"): 1, 2.5: 2, -0.0: 3, 1e20: 4}))

# int/float subclasses, enums, bools
class MyInt(int):
    def __repr__(self):
        return "MyInt!"
    def __str__(self):
        return "str!"
class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"
class Color(enum.IntEnum):
    RED = 1
    BLUE = 2
class Ratio(float, enum.Enum):
    HALF = 0.5
    INF = float("inf")
class Flag(enum.IntFlag):
    A = 1
    B = 2
print(json.dumps([MyInt(5), MyFloat(1.5), Color.RED, Ratio.HALF, Flag.A | Flag.B, True, False, MyInt(2 ** 70)]))
print(json.dumps({Color.BLUE: "blue", MyInt(3): "my", MyFloat(0.25): "f", True: "t", False: "f", None: "n"}))
print(json.dumps({Color.RED: 1, "1": 2}), json.dumps([Ratio.INF]))
try:
    json.dumps(Ratio.INF, allow_nan=False)
except ValueError as e:
    print("ValueError", e)

# keys: types, skipkeys, sort_keys
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", "s": "e", -3: "f"}))
for bad in [{(1, 2): 3}, {b"k": 1}, {frozenset(): 1}, {1j: 2}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError", e)
print(json.dumps({(1, 2): 3, "a": 1, b"x": 2, "b": 4}, skipkeys=True), json.dumps({(1,): 1}, skipkeys=True))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True), json.dumps({2.5: 1, 1.5: 2}, sort_keys=True))
try:
    json.dumps({"a": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)

# dict and list subclasses, OrderedDict, namedtuple
class MyDict(dict):
    def items(self):
        return [("overridden", 1)]
class MyList(list):
    def __iter__(self):
        return iter(["overridden"])
Pt = namedtuple("Pt", "x y")
print(json.dumps([MyDict(a=1), MyList([1, 2]), OrderedDict([("z", 1), ("a", 2)]), Pt(1, 2)]))
class BadItems(dict):
    def items(self):
        return [("a", 1, 2)]
try:
    json.dumps(BadItems(a=1))
except ValueError as e:
    print("ValueError", e)

# default, circular references
def default(o):
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, complex):
        return {"re": o.real, "im": o.imag}
    raise TypeError(f"cannot serialize {type(o).__name__}")
print(json.dumps({"s": {3, 1, 2}, "c": 1 + 2j, "n": [{5, 4}]}, default=default))
try:
    json.dumps({"x": bytes(2)}, default=default)
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError", e)
lst = []
lst.append(lst)
d = {}
d["self"] = d
for obj in [lst, d, [1, [2, lst]], {"a": [d]}]:
    try:
        json.dumps(obj)
    except ValueError as e:
        print("ValueError", e)
class Loop:
    pass
try:
    json.dumps(Loop(), default=lambda o: o)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps(lst, check_circular=False)
except RecursionError:
    print("RecursionError")
shared = [1, 2]
print(json.dumps([shared, shared, {"a": shared}]))
markers = {}
e3 = _json.make_encoder(markers, None, eba, None, ":", ",", False, False, True)
print("".join(e3([[1], {"a": [2]}], 0)), markers)

# deep nesting and big structures
deep = []
cur = deep
for i in range(150):
    cur.append([])
    cur = cur[0]
print(len(json.dumps(deep)))
x = []
for i in range(100000):
    x = [x]
try:
    json.dumps(x)
except RecursionError:
    print("RecursionError deep")
big = {"k%d" % i: [i, str(i), i / 4, None, {"é": i % 2 == 0}] for i in range(3000)}
s = json.dumps(big)
print(len(s), json.loads(s) == big, len(json.dumps(big, ensure_ascii=False)))
print(json.JSONEncoder().encode({"a": "é"}), json.JSONEncoder(ensure_ascii=False).encode(["é"]))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, range):
            return list(o)
        return super().default(o)
print(Enc(separators=(",", ":")).encode({"r": range(3), "t": (range(1),)}))
