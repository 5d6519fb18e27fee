# json decoding through the _json accelerator: scanner, scanstring, hooks,
# unicode and escapes, surrogates, numbers, nesting, raw_decode positions
import json, _json
from json import decoder, scanner
from collections import OrderedDict
from decimal import Decimal

print(scanner.make_scanner is _json.make_scanner, decoder.scanstring is _json.scanstring)
print(sorted(n for n in dir(_json) if not n.startswith("__")))

# scanstring directly
ss = _json.scanstring
print(ss('"abc"', 1), ss('x"\\n\\t\\"\\\\\\/"', 2), ss('"é\\u00e9ü"z', 1), ss('""', 1))
print(ascii(ss('"\\ud83d\\ude00\\ud800\\u0041\\udc00"', 1)), ascii(ss('"\\uD834\\uDD1E"', 1)))
print(ascii(ss('"\\ud800\\ud800"', 1)), ascii(ss('"a\\u0000b"', 1)), ss('"a\tb"', 1, False), ss('"a\tb"', 1, 0))
print(ascii(ss('ééé"ü\\u20ac"x', 4)), ascii(ss('"\U0001f600\\n"', 1)))
for args in [("abc", 0), ("abc", 3), ('"ab\\u12', 1), ('"\\ud800\\udc0', 1), ('é"\\x', 2),
             ('"\\ud800\\u00é"', 1), ('"\\ud800\\udc00', 1), ('"\\u00', 1), ('"\\u00G0"', 1),
             ('"\\ud800\\uZZZZ"', 1), ('"a\x01"', 1), ('"é\x1f"', 1), ('"ab\\', 1), ('"abc', 10),
             ('"abc', -1), (b'"abc"', 1), ('"\\u', 1), ('"\\uabcd', 1)]:
    try:
        print(ascii(args), "->", ascii(ss(*args)))
    except json.JSONDecodeError as e:
        print(ascii(args), "-> JSONDecodeError", e.msg, e.pos, e.lineno, e.colno)
    except (ValueError, TypeError) as e:
        print(ascii(args), "->", type(e).__name__, e)
for bad in [("x",), ("x", 0, 1, 2), ("x", "0"), ("x", 0.5)]:
    try:
        ss(*bad)
    except TypeError as e:
        print("TypeError", e)

# the scanner object
dec = json.JSONDecoder()
sc = dec.scan_once
print(type(sc).__name__, sc.strict, sc.object_hook, sc.object_pairs_hook, sc.parse_float is float,
      sc.parse_int is int)
print(sc('[1, 2] tail', 0), sc('xx"s"', 2), sc('  null', 2), sc('true', 0), sc('false!', 0))
for args in [("", 0), ("abc", 5), ("[1,", 0), ("nul", 0), ("-", 0), ("-Infinity", 0), ("-Inf", 0)]:
    try:
        print(ascii(args), sc(*args))
    except StopIteration as e:
        print(ascii(args), "StopIteration", e.value)
try:
    sc("abc", -1)
except ValueError as e:
    print("ValueError", e)
try:
    sc(b"[]", 0)
except TypeError as e:
    print("TypeError", e)

# numbers
print(json.loads("[0, -0, 1, -1, 123456789012345678, 1234567890123456789, -98765432109876543210]"))
print(json.loads("[0.0, -0.0, 1.5, -2.25e3, 1E2, 1e-2, 6.02e+23, 1.7976931348623157e308, 5e-324]"))
print(json.loads("[1e400, -1e400, 1e-400, 2.5E-3]"), json.loads("10000000000000000000000.5"))
print(json.loads("[1.0e5, 0.000001, 12345678.9]"), [type(x).__name__ for x in json.loads("[1, 1.0, 1e0, -0]")])
for text in ["1.", "1.e5", ".5", "+1", "01", "-01", "1e", "1e+", "1E-", "0x10", "1_000", "--1", "- 1", "1ee5"]:
    try:
        print(repr(text), "->", repr(dec.raw_decode(text)))
    except json.JSONDecodeError as e:
        print(repr(text), "->", e.msg, e.pos)

# hooks
calls = []
def pf(s):
    calls.append(("float", s))
    return Decimal(s)
def pi(s):
    calls.append(("int", s))
    return int(s) * 10
def pc(s):
    calls.append(("const", s))
    return s.lower()
print(json.loads('[1.5, 2, -3e1, {"k": 4}, NaN, Infinity, -Infinity, 0, -0.0]', parse_float=pf, parse_int=pi,
                 parse_constant=pc))
print(calls)
print(json.loads('{"a": {"b": [1, {"c": 2}]}, "d": []}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": {"b": [1, {"c": 2}]}, "d": {}}', object_pairs_hook=lambda p: ("P", p)))
print(json.loads('{"z": 1, "a": 2, "z": 3}', object_pairs_hook=OrderedDict))
print(json.loads('{"x": 1}', object_hook=lambda d: 1 / 0 if False else len(d), object_pairs_hook=None))
print(json.loads('[{}, {"a": {}}]', object_hook=lambda d: ("H", d)))
try:
    json.loads('[{"a": 1}]', object_hook=lambda d: d["missing"])
except KeyError as e:
    print("KeyError", e)
try:
    json.loads('[1.5]', parse_float=lambda s: int("x"))
except ValueError as e:
    print("ValueError", e)
print(json.loads("[NaN]")[0] != json.loads("[NaN]")[0], json.loads("Infinity"), json.loads("-Infinity"))

# keys share one str (the memo), values do not need to
objs = json.loads('[{"key": 1, "other": 2}, {"key": 3, "other": 4}]')
print(list(objs[0])[0] is list(objs[1])[0], objs)

# strings, unicode, escapes and surrogates
s = '{"ascii": "plain", "é": "ü€\U0001f600", "esc": "\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041\\u00e9\\u20ac", "sur": "\\ud83d\\ude00"}'
v = json.loads(s)
print(ascii(v))
print(ascii(json.loads('"\\ud800"')), ascii(json.loads('"\\udc00\\ud800"')), ascii(json.loads('"\\ud800\\u0041"')))
print(ascii(json.loads('["\\uDBFF\\uDFFF", "\\ud800\\udbff", "x\\ud834\\udd1ey"]')))
print(len(json.loads('"\\ud83d\\ude00"')), len(json.loads('"\\ud83d\\u0020"')), json.loads('"\\u0000"') == "\x00")
print(ascii(json.loads('"\x7f\u2028\u2029\ufeff"')), json.loads('"tab\there"', strict=False))

# round trips
data = {"list": [1, -2, 3.5, None, True, False, "s", [], {}], "nested": {"a": {"b": {"c": [[[]]]}}},
        "uni": "日本語 ∑ é \U0001f600", "esc": "\"\\\n\t\x00\x1f\x7f", "big": 2 ** 100, "neg": -(2 ** 64),
        "floats": [0.1, 1e-7, 1e16, 123.456, -0.0, 5e-324]}
for kw in [{}, {"ensure_ascii": False}, {"sort_keys": True}, {"indent": 2}, {"separators": (",", ":")}]:
    print(kw, json.loads(json.dumps(data, **kw)) == data)

# big nesting and big arrays
deep = json.loads("[" * 200 + "1" + "]" * 200)
d = 0
while isinstance(deep, list):
    deep = deep[0]
    d += 1
print(d, deep)
deep_obj = json.loads('{"a":' * 150 + "null" + "}" * 150)
print(json.dumps(deep_obj).count("{"))
try:
    json.loads("[" * 100000 + "]" * 100000)
except RecursionError:
    print("RecursionError array")
try:
    json.loads('{"a":' * 100000 + "1" + "}" * 100000)
except RecursionError:
    print("RecursionError object")
big = json.loads("[" + ",".join(str(i) for i in range(20000)) + "]")
print(len(big), sum(big))
bigs = json.loads(json.dumps(["é%dü" % i for i in range(3000)]))
print(len(bigs), bigs[-1])

# raw_decode over a non-ASCII stream: positions are code points
stream = '{"é": 1} ["ü", 2]  "€"\t3 '
pos, out = 0, []
while True:
    while pos < len(stream) and stream[pos] in " \t":
        pos += 1
    if pos >= len(stream):
        break
    obj, pos = dec.raw_decode(stream, pos)
    out.append((obj, pos))
print(out)
print(dec.raw_decode('ü"x"', 1), dec.raw_decode('ééé[1, "é"]zz', 3))
