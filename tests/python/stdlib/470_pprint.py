# pprint: width, depth, indent, sort_dicts, compact, underscore_numbers, nested containers, recursion, pformat/saferepr
import pprint, re
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
from dataclasses import dataclass, field
import types

data = {"zeta": [1, 2, 3], "alpha": {"nested": list(range(12)), "tuple": (1, "two", 3.0)}, "mid": "a string " * 5, "beta": None,
        "set": {5, 3, 1}, "fs": frozenset({2, 1}), "bytes": b"\x00\x01" * 20}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, sort_dicts=False, width=100)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, width=60, indent=4)
pprint.pprint(list(range(40)), compact=True, width=50)
pprint.pprint([[1, 2], [3, 4], ["x" * 20, "y" * 20]], width=30)
pprint.pprint(10 ** 12, underscore_numbers=True)
pprint.pprint({"big": [12345678, 1.5]}, underscore_numbers=True)
print(pprint.pformat("a long string that will be wrapped across several lines when the width is small", width=30))
print(pprint.pformat(b"bytes literal that is fairly long and has to wrap somewhere", width=25))
print(pprint.pformat(("single",)), pprint.pformat(()), pprint.pformat([]), pprint.pformat({}), pprint.pformat(set()), pprint.pformat(frozenset()))
od = OrderedDict([("b", 1), ("a", [1] * 20)])
pprint.pprint(od, width=40)
dd = defaultdict(list, {"k": [1, 2], "j": list(range(15))})
pprint.pprint(dd, width=40)
pprint.pprint(Counter("mississippi"), width=30)
pprint.pprint(deque(range(25), maxlen=30), width=40)
pprint.pprint(ChainMap({"a": 1}, {"b": list(range(12))}), width=30)
pprint.pprint(types.SimpleNamespace(alpha=1, beta=list(range(20)), gamma="g"), width=40)
pprint.pprint(types.MappingProxyType({"x": list(range(20))}), width=40)
@dataclass
class Config:
    name: str
    values: list = field(default_factory=list)
    child: object = None
pprint.pprint(Config("root", list(range(18)), Config("leaf", ["a" * 10] * 3)), width=50)
rec = [1, 2]
rec.append(rec)
rd = {"self": None}
rd["self"] = rd
def noid(s):
    return re.sub(r"id=\d+", "id=N", s)
print(noid(pprint.pformat(rec)))
print(noid(pprint.pformat(rd)))
print(noid(pprint.saferepr(rec)), pprint.saferepr({"b": 2, "a": 1}), pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isreadable([1, "x"]), pprint.isreadable(object))
pp = pprint.PrettyPrinter(indent=2, width=30, depth=3, compact=False, sort_dicts=True)
print(pp.pformat({"lvl1": {"lvl2": {"lvl3": {"lvl4": 1}}}, "list": [[[["deep"]]]]}))
print(pp.isrecursive(rd), pp.isreadable({"a": 1}))
import io
buf = io.StringIO()
pprint.pprint({"to": "stream"}, stream=buf)
print(repr(buf.getvalue()))
pprint.pp({"b": 1, "a": 2})
pprint.pp({"b": 1, "a": 2}, sort_dicts=True)
class Custom(pprint.PrettyPrinter):
    def format(self, obj, context, maxlevels, level):
        if isinstance(obj, int):
            return hex(obj), True, False
        return super().format(obj, context, maxlevels, level)
Custom(width=20).pprint([10, 255, {"k": 4096}])
mixed = {3: "int", "2": "str", (1,): "tuple"}
pprint.pprint(mixed)
print(pprint.pformat({"unsortable": [1, "a", None]}, sort_dicts=True))
pprint.pprint(list(range(3)) * 10, width=20, compact=True)
