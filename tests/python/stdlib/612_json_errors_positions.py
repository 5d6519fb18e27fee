# JSONDecodeError messages and positions (msg, pos, lineno, colno) from the
# _json scanner, in ASCII and non-ASCII documents, and RecursionError text
import json

def show(doc, **kw):
    try:
        r = json.loads(doc, **kw)
        print(ascii(doc), "ok", ascii(r))
    except json.JSONDecodeError as e:
        print(ascii(doc), "|", e.msg, "|", e.pos, e.lineno, e.colno, "|", ascii(str(e)), e.doc == doc)

docs = [
    "", " ", "\n\n", "x", "[", "]", "{", "}", "[1", "[1,", "[1 2]", "[1,]", "[,1]", "[1,,2]",
    "{\"a\"", "{\"a\":", "{\"a\":}", "{\"a\" 1}", "{\"a\":1,}", "{\"a\":1 \"b\":2}", "{,}", "{1:1}",
    "{'a':1}", "{\"a\":1}}", "[1]]", "\"abc", "\"a\\", "\"a\\q\"", "\"\\u12\"", "\"\\u12g4\"",
    "\"\\ud800\\u12\"", "\"a\x00b\"", "\"a\nb\"", "\"a\tb\"", "\"a\x1fb\"", "nul", "tru", "fals", "NaNx",
    "Infinit", "-Infinit", "-", "--1", "-a", "+1", ".5", "1.5.3", "1e5e5", "0123", "[01]",
    "[1]  x", "1 2", "\ufeff1", "[\"\\ud800\\udc00\", \"\\x\"]",
    "[\n  1,\n  2\n  3\n]", "{\n\t\"key\": \"value\",\n\t\"k2\" \"v\"\n}", "\r\n[\r\n1,\r\n]",
    "[\"é\", \"ü\", ?]", "{\"日本\": \"語\", \"x\": }", "\"€\x01\"", "[\"\U0001f600\U0001f600\", 1 2]",
    "\"é\\z\"", "\"ü\\u00zz\"", "é", "[1, \"é\"] é", "\"\U0001f600", "[\"\U0001f600\" \"x\"]",
    "{\"é\": 1, \"é\" 2}", "[" * 5 + "]" * 4, "{\"a\": [1, {\"b\": [2, {\"c\": ]}]}]}",
]
for d in docs:
    show(d)
show("\"a\x00b\"", strict=False)
show("[\"a\nb\", \"\tc\"]", strict=False)
show("{\"a\x01\": 1}", strict=False)

dec = json.JSONDecoder()
for doc, idx in [("xx[1, 2", 2), ("éé[1, ?]", 2), ("ü ü", 2), ("ab", 2), ("ab", 5), ("é\"é", 1)]:
    try:
        print(ascii(doc), idx, ascii(dec.raw_decode(doc, idx)))
    except json.JSONDecodeError as e:
        print(ascii(doc), idx, "|", e.msg, e.pos, e.lineno, e.colno)

# errors from hooks pass through unchanged
def bad_hook(d):
    raise RuntimeError("hook failed")
for kw in [{"object_hook": bad_hook}, {"object_pairs_hook": bad_hook}, {"parse_int": bad_hook},
           {"parse_float": bad_hook}, {"parse_constant": bad_hook}]:
    try:
        json.loads('[{"a": 1.5, "b": 2, "c": NaN}]', **kw)
    except RuntimeError as e:
        print(list(kw), "RuntimeError", e)

# StopIteration from a hook is not "Expecting value"
def stop_hook(s):
    raise StopIteration(42)
try:
    json.loads("[1]", parse_int=stop_hook)
except json.JSONDecodeError as e:
    print("JSONDecodeError", e.msg, e.pos)
except RuntimeError as e:
    print("RuntimeError", e)

# recursion limits carry the accelerator's wording
for doc in ["[" * 50000, "{\"a\":" * 50000]:
    try:
        json.loads(doc)
    except RecursionError as e:
        print("RecursionError", e)
x = []
for i in range(50000):
    x = [x]
try:
    json.dumps(x)
except RecursionError as e:
    print("RecursionError", e)
y = {}
for i in range(50000):
    y = {"k": y}
try:
    json.dumps(y)
except RecursionError as e:
    print("RecursionError", e)
