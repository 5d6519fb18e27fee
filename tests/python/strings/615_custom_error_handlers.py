# test: gc-stress
# Error handlers registered with codecs.register_error, called by the
# codecs as CPython calls them: the exception they get (one per call,
# updated between errors), str and bytes replacements, resume positions
# (negative ones count from the end; out of range is IndexError),
# replacements the codec cannot encode, bad return values, and handlers
# that raise.
import codecs


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


seen = []


def mark(e):
    seen.append(e)
    return ("<%s %d:%d %s>" % (type(e).__name__[7:9], e.start, e.end, e.reason), e.end)


codecs.register_error("test.mark", mark)

enc_cases = [("ascii", "ab\u20ac\u20acc\xe9"), ("latin-1", "ab\u20ac\u20acc\xe9"),
             ("utf-8", "ab\udc80\udc81c\ud800"), ("utf-16-le", "a\ud800b\udfff"),
             ("utf-16", "a\ud800b"), ("utf-32-be", "a\ud800b"), ("utf-32", "\udc00"),
             ("cp1252", "ab\u0100\u0101c\u20ac\U0001f600")]
for enc, text in enc_cases:
    seen.clear()
    show("encode " + enc, lambda: text.encode(enc, "test.mark"))
    print("  calls:", len(seen), "same exception:", all(x is seen[0] for x in seen),
          "object is the input:", all(x.object is text for x in seen))
    if seen:
        print("  exception:", type(seen[0]).__name__, seen[0].encoding, seen[0].args)

dec_cases = [("ascii", b"ab\xff\xfec\x80"), ("utf-8", b"a\xff\xe2\x82b\xed\xa0\x80"),
             ("utf-16-le", b"a\x00\x00\xdcb\x00\x00\xd8c"), ("utf-16", b"\xff\xfe\x00\xd8"),
             ("utf-16-be", b"\x00a\xdc\x00\x00"), ("utf-32-le", b"\x00\xd8\x00\x00a\x00\x00\x00\x00\x00\x11\x00z"),
             ("cp1252", b"a\x81b\x8d\x8f"), ("utf-7", b"a+\xff-b+AB-c\x80"),
             ("unicode_escape", b"a\\xz\\u12\\N{X}\\"), ("raw_unicode_escape", b"a\\u12z\\U00110000")]
for enc, data in dec_cases:
    seen.clear()
    show("decode " + enc, lambda: data.decode(enc, "test.mark"))
    print("  calls:", len(seen), "same exception:", all(x is seen[0] for x in seen))
    if seen:
        print("  exception:", type(seen[0]).__name__, seen[0].encoding, seen[0].object == data)


def returning(value):
    def handler(e):
        return value(e) if callable(value) else value
    return handler


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


results = [
    ("bytes", lambda e: (b"[B]", e.end)),
    ("odd bytes", lambda e: (b"[B", e.end)),
    ("empty str", lambda e: ("", e.end)),
    ("non-ASCII str", lambda e: ("\xe9", e.end)),
    ("euro", lambda e: ("\u20ac", e.end)),
    ("surrogate str", lambda e: ("\ud800", e.end)),
    ("skip to end", lambda e: ("!", -1)),
    ("far negative", lambda e: ("!", -100)),
    ("too far", lambda e: ("!", 100)),
    ("to the end", lambda e: ("!", len(e.object))),
    ("not a tuple", lambda e: "x"),
    ("1-tuple", lambda e: ("x",)),
    ("3-tuple", lambda e: ("x", e.end, 0)),
    ("list", lambda e: ["x", e.end]),
    ("int replacement", lambda e: (1, e.end)),
    ("str position", lambda e: ("x", "1")),
    ("float position", lambda e: ("x", 1.0)),
    ("huge position", lambda e: ("x", 2**70)),
    ("__index__ position", lambda e: ("x", Index(e.end))),
]


class Boom(Exception):
    pass


def raising(e):
    raise Boom("handler failed at %d" % e.start)


for label, fn in results + [("raises", raising)]:
    codecs.register_error("test.h", fn if label == "raises" else returning(fn))
    show(label + ": ascii encode", lambda: "ab\xe9c".encode("ascii", "test.h"))
    show(label + ": latin-1 encode", lambda: "ab\u20acc".encode("latin-1", "test.h"))
    show(label + ": utf-8 encode", lambda: "ab\udc80c".encode("utf-8", "test.h"))
    show(label + ": utf-16-le encode", lambda: "ab\udc80c".encode("utf-16-le", "test.h"))
    show(label + ": utf-32-le encode", lambda: "ab\udc80c".encode("utf-32-le", "test.h"))
    show(label + ": cp1252 encode", lambda: "ab\u0100c".encode("cp1252", "test.h"))
    show(label + ": ascii decode", lambda: b"ab\xffc".decode("ascii", "test.h"))
    show(label + ": utf-8 decode", lambda: b"ab\xffc".decode("utf-8", "test.h"))
    show(label + ": cp1252 decode", lambda: b"ab\x81c".decode("cp1252", "test.h"))

# A handler may resume before the error: the codec encodes that part again.
calls = []


def back_once(e):
    calls.append(e.start)
    return ("[%d]" % len(calls), 0 if len(calls) == 1 else e.end)


codecs.register_error("test.back", back_once)
show("back once, ascii", lambda: "ab\xe9c".encode("ascii", "test.back"))
calls.clear()
show("back once, utf-8 decode", lambda: b"ab\xffc".decode("utf-8", "test.back"))


# A decoding handler may replace the input: the codec goes on with the new one.
def swap(e):
    e.object = b"XYZW"
    return ("!", 1)


codecs.register_error("test.swap", swap)
for enc in ["ascii", "utf-8"]:
    show("swap input " + enc, lambda: b"ab\xffcdef".decode(enc, "test.swap"))


def swap_bad(e):
    e.object = "not bytes"
    return ("!", 1)


codecs.register_error("test.swapbad", swap_bad)
show("swap to str", lambda: b"ab\xffc".decode("utf-8", "test.swapbad"))

# Handlers through the codec functions of _codecs.
codecs.register_error("test.mark", mark)
show("utf_8_decode", lambda: codecs.utf_8_decode(b"a\xffb", "test.mark", True))
show("ascii_encode", lambda: codecs.ascii_encode("a\xffb", "test.mark"))
show("charmap_encode", lambda: codecs.charmap_encode("a\xffb", "test.mark", {97: 65, 98: 66, 60: 60, 62: 62, 32: 32, 58: 58, 69: 69, 110: 110, 49: 49, 50: 50, 99: 99, 104: 104, 114: 114, 116: 116, 115: 115, 97: 97, 112: 112, 109: 109, 111: 111, 100: 100, 101: 101, 102: 102, 105: 105, 103: 103, 40: 40, 41: 41, 117: 117, 108: 108, 85: 85}))
