# json.loads/load: types, hooks, parse_float/int/constant, decoder, errors with positions
import json, io
from decimal import Decimal
from collections import OrderedDict

s = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\u00e9\\n\\ud83d\\ude00"}, "e": ""}'
v = json.loads(s)
print(v, type(v["a"][2]).__name__, v["b"]["c"])
print(json.loads("  [1 , 2 ]\n "), json.loads('"x"'), json.loads("3"), json.loads("-0"), json.loads("-0.0"), json.loads("null"))
print(json.loads("123456789012345678901234567890"), json.loads("1E400"), json.loads("-1e-400"), json.loads("0.1"))
print(json.loads("[NaN, Infinity, -Infinity]"), json.loads(b'{"bytes": 1}'), json.loads('"\\/\\b\\f\\r\\t"'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"a": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
def hook(d):
    if "__complex__" in d:
        return complex(d["re"], d["im"])
    return {k.upper(): val for k, val in d.items()}
print(json.loads('[{"__complex__": true, "re": 1, "im": -2}, {"x": {"y": 1}}]', object_hook=hook))
print(json.loads("[1.10, 2, 3.0]", parse_float=Decimal), json.loads("[1, 2]", parse_int=float), json.loads("[1.5]", parse_int=str))
print(json.loads("[NaN, -Infinity]", parse_constant=lambda c: "const:" + c))
print(json.loads('"\\ud800x"') == "\ud800x", json.loads('"\\uD834\\uDD1E"'))
dec = json.JSONDecoder()
print(dec.decode('{"k": 1}'), dec.raw_decode('[1, 2] trailing'), dec.raw_decode('{"a":1}{"b":2}'))
print(json.load(io.StringIO('{"file": [true]}')), json.loads(bytearray(b"[1]")), json.loads('"\u00e9"'.encode("utf-16")))
print(json.loads('{"a":\n1}'), json.loads(b'\xef\xbb\xbf[1]'))
bad = ['', '[1, 2', '{"a" 1}', '{"a": 1,}', '[1,]', "{'a': 1}", '"unterminated', 'tru', '[1] x', '01', '"\\x"',
       '{"a": 1 "b": 2}', '\n\n  [1,\n  ?]', '"a\nb"', '-', '1.', '[1e]', '{1: 2}', '"\\ud83d\\u"', "nul", "[", "]"]
for b in bad:
    try:
        json.loads(b)
        print("parsed", repr(b))
    except json.JSONDecodeError as e:
        print(repr(b), "->", e.msg, "| pos", e.pos, "line", e.lineno, "col", e.colno, "|", e)
try:
    json.loads('\ufeff[1]')
except json.JSONDecodeError as e:
    print(e)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)
try:
    json.loads('"x\ty"')
except ValueError as e:
    print("ValueError", type(e).__name__, e.doc == '"x\ty"')
print(json.loads('"x\ty"', strict=False), issubclass(json.JSONDecodeError, ValueError))
roundtrip = {"list": [1, "two", 3.0, None, {"deep": [[], {}]}], "uni": "ø∆", "big": 2 ** 70}
print(json.loads(json.dumps(roundtrip)) == roundtrip, json.loads(json.dumps(roundtrip, indent=3)) == roundtrip)
print(len(json.dumps(json.loads("[" * 50 + "]" * 50))))
