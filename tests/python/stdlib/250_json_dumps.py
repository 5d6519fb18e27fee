# json.dumps/dump: indent, sort_keys, separators, default, ensure_ascii, special floats, encoder subclass
import json, io, math
from collections import OrderedDict
from decimal import Decimal

data = {"name": "Zoë", "tags": ["a", "b"], "n": 1, "f": 2.5, "ok": True, "nil": None, "nested": {"z": [], "a": {}}}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t"))
print(json.dumps([1, [2, [3]]], indent=0), json.dumps({}, indent=4), json.dumps([], indent=4))
print(json.dumps(data, separators=(",", ":"), ensure_ascii=False))
print(json.dumps([1, 2], indent=2, separators=(", ", ": ")))
print(json.dumps("é\u2603\U0001f600\n\t\"\\/\x00\x1f"), json.dumps("é\u2603\U0001f600", ensure_ascii=False))
print(json.dumps(1e100), json.dumps(0.1), json.dumps(-0.0), json.dumps(1.0), json.dumps(10 ** 30), json.dumps(3.14159265358979))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError", e)
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))
try:
    json.dumps({"a": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps(object)
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError", e)
def default(o):
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, complex):
        return {"re": o.real, "im": o.imag}
    if isinstance(o, Decimal):
        return str(o)
    raise TypeError(f"cannot serialize {type(o).__name__}")
print(json.dumps({"s": {3, 1, 2}, "c": 1 + 2j, "d": Decimal("1.10")}, default=default))
try:
    json.dumps({"x": bytes(2)}, default=default)
except TypeError as e:
    print("TypeError", e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if hasattr(o, "__json__"):
            return o.__json__()
        return super().default(o)
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __json__(self):
        return [self.x, self.y]
print(json.dumps({"p": Pt(1, 2), "l": [Pt(3, 4)]}, cls=Enc), Enc(indent=1).encode([Pt(0, 0)]))
print(list(json.JSONEncoder().iterencode({"a": [1, 2]})), json.JSONEncoder(sort_keys=True).encode({"b": 1, "a": 2}))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])), json.dumps((1, 2)), json.dumps("x"), json.dumps(None))
class MyInt(int):
    def __repr__(self): return "MyInt!"
class MyFloat(float):
    def __repr__(self): return "MyFloat!"
class MyStr(str):
    pass
class MyList(list):
    pass
class MyDict(dict):
    pass
print(json.dumps([MyInt(5), MyFloat(1.5), MyStr("s"), MyList([1]), MyDict(k=1), True, False]))
lst = []
lst.append(lst)
try:
    json.dumps(lst)
except ValueError as e:
    print("ValueError", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError", e)
print(json.dumps([lst[:0]], check_circular=False))
buf = io.StringIO()
json.dump({"k": [1, {"v": None}]}, buf, indent=1)
print(buf.getvalue())
print(json.dumps("\u2028\u2029"), json.dumps({"a": "b"}, indent=2, separators=(",", "=")))
