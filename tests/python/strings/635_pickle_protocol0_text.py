# Pickle protocol 0 writes str as raw-unicode-escape text (after escaping
# backslashes, NULs, newlines, CRs and \x1a itself) and reads it back
# through the raw_unicode_escape codec.
import pickle


class Record:
    def __init__(self):
        self.name = "caf\xe9 \u20ac \U0001f600"
        self.path = "C:\\temp\\new\nline\r\x00\x1a end"
        self.items = ["\xfc", ("\xdf", "\u65e5\u672c"), {"k\xe9y": "v\u0101l"}]


strings = ["", "plain", "caf\xe9", "\u20ac100", "\U0001f600", "back\\slash", "\\u0041",
           "new\nline", "cr\rlf", "nul\x00", "eof\x1a", "\ud800", "mix \xff\u0100\U00010000"]
for s in strings:
    data = pickle.dumps(s, 0)
    back = pickle.loads(data)
    print(repr(s), data, back == s)

data = pickle.dumps(strings, 0)
print(data)
print(pickle.loads(data) == strings)

r = Record()
for proto in range(3):
    data = pickle.dumps(r, proto)
    if proto == 0:
        for line in data.split(b"\n"):
            if line.startswith(b"V"):
                print(line)
    back = pickle.loads(data)
    print(proto, type(back).__name__, back.name == r.name, back.path == r.path,
          back.items == r.items)

# The codec underneath.
text = "a\\b\n\u20ac"
enc = text.replace("\\", "\\u005c").replace("\n", "\\u000a").encode("raw-unicode-escape")
print(enc, str(enc, "raw-unicode-escape") == text)
