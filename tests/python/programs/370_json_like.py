# A JSON-like serializer and parser written by hand (no json module).
class SerializeError(Exception):
    pass


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}


def quote(s):
    out = ['"']
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)))
            else:
                out.append("\\u%04x" % code)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def dumps(obj, indent=None, level=0, seen=None):
    if seen is None:
        seen = set()
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, int):
        return str(obj)
    if isinstance(obj, float):
        if obj != obj or obj in (float("inf"), float("-inf")):
            raise SerializeError(f"cannot serialize {obj!r}")
        return repr(obj)
    if isinstance(obj, str):
        return quote(obj)
    if isinstance(obj, (list, tuple, dict)):
        if id(obj) in seen:
            raise SerializeError("circular reference detected")
        seen.add(id(obj))
        if isinstance(obj, dict):
            parts = []
            for k in sorted(obj, key=str):
                if not isinstance(k, (str, int)):
                    raise SerializeError(f"keys must be str or int, not {type(k).__name__}")
                parts.append(quote(str(k)) + ": " + dumps(obj[k], indent, level + 1, seen))
            open_, close = "{", "}"
        else:
            parts = [dumps(x, indent, level + 1, seen) for x in obj]
            open_, close = "[", "]"
        seen.discard(id(obj))
        if not parts:
            return open_ + close
        if indent is None:
            return open_ + ", ".join(parts) + close
        pad = " " * (indent * (level + 1))
        return open_ + "\n" + ",\n".join(pad + p for p in parts) + "\n" + " " * (indent * level) + close
    raise SerializeError(f"object of type {type(obj).__name__} is not serializable")


class Reader:
    def __init__(self, text):
        self.text = text
        self.i = 0

    def error(self, msg):
        raise ValueError(f"{msg} at offset {self.i}")

    def ws(self):
        while self.i < len(self.text) and self.text[self.i] in " \t\n\r":
            self.i += 1

    def value(self):
        self.ws()
        if self.i >= len(self.text):
            self.error("unexpected end")
        ch = self.text[self.i]
        if ch == "{":
            self.i += 1
            result = {}
            self.ws()
            if self.text[self.i] == "}":
                self.i += 1
                return result
            while True:
                self.ws()
                key = self.string()
                self.ws()
                if self.text[self.i] != ":":
                    self.error("expected ':'")
                self.i += 1
                result[key] = self.value()
                self.ws()
                if self.text[self.i] == ",":
                    self.i += 1
                elif self.text[self.i] == "}":
                    self.i += 1
                    return result
                else:
                    self.error("expected ',' or '}'")
        if ch == "[":
            self.i += 1
            result = []
            self.ws()
            if self.text[self.i] == "]":
                self.i += 1
                return result
            while True:
                result.append(self.value())
                self.ws()
                c = self.text[self.i:self.i + 1]
                self.i += 1
                if c == "]":
                    return result
                if c != ",":
                    self.i -= 1
                    self.error("expected ',' or ']'")
        if ch == '"':
            return self.string()
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.i):
                self.i += len(word)
                return val
        start = self.i
        while self.i < len(self.text) and self.text[self.i] in "+-0123456789.eE":
            self.i += 1
        num = self.text[start:self.i]
        if not num:
            self.error(f"unexpected {ch!r}")
        return float(num) if any(c in num for c in ".eE") else int(num)

    def string(self):
        if self.text[self.i] != '"':
            self.error("expected string")
        self.i += 1
        out = []
        rev = {v[1]: k for k, v in ESCAPES.items()}
        while True:
            ch = self.text[self.i]
            if ch == '"':
                self.i += 1
                break
            if ch == "\\":
                nxt = self.text[self.i + 1]
                if nxt == "u":
                    code = int(self.text[self.i + 2:self.i + 6], 16)
                    self.i += 6
                    if 0xD800 <= code < 0xDC00 and self.text.startswith("\\u", self.i):
                        low = int(self.text[self.i + 2:self.i + 6], 16)
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        self.i += 6
                    out.append(chr(code))
                    continue
                out.append(rev[nxt])
                self.i += 2
                continue
            out.append(ch)
            self.i += 1
        return "".join(out)


def loads(text):
    r = Reader(text)
    v = r.value()
    r.ws()
    if r.i != len(text):
        r.error("extra data")
    return v


doc = {
    "name": "widget \"pro\"",
    "tags": ["a", "b\tc", "\u00e9t\u00e9", "\U0001f600"],
    "price": 12.5,
    "count": 10 ** 20,
    "ratio": 1e-7,
    "flags": {"on": True, "off": False, "none": None},
    "nested": [[1, [2, [3, []]]], {}, ()],
    3: "int key",
}
flat = dumps(doc)
print(flat)
print(dumps(doc, indent=2))
back = loads(flat)
print(back == {str(k): v for k, v in doc.items()} or back)
print(back["nested"], back["tags"][3] == "\U0001f600", type(back["ratio"]).__name__)
for bad in [float("nan"), {1.5: 2}, {"s": {1, 2}}, b"bytes"]:
    try:
        dumps(bad)
    except SerializeError as e:
        print("SerializeError:", e)
loop = [1, 2]
loop.append(loop)
try:
    dumps(loop)
except SerializeError as e:
    print("SerializeError:", e)
shared = [1]
print(dumps([shared, shared, {"x": shared}]))
for text in ['{"a": 1,}', "[1 2]", '{"a" 1}', "tru", "[1, 2] x", "", '  [ -1.5e3 , 0 , "\\u0041\\n" ]  ']:
    try:
        print(repr(text), "->", loads(text))
    except ValueError as e:
        print(repr(text), "-> ValueError:", e)
