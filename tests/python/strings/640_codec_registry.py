# The codec registry: search functions and the names they get, the lookup
# cache, codecs.encode / codecs.decode, the text-encoding check of
# str.encode and bytes.decode, the checks on what codecs return, and
# codec errors wrapped with the codec's name.
import codecs
import warnings


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        if e.__cause__ is not None:
            print("   cause:", type(e.__cause__).__name__, e.__cause__)
    else:
        print(label, "->", repr(r))


# Non-text codecs of the standard library.
show("rot13 encode", lambda: "x".encode("rot13"))
show("rot13 decode", lambda: b"x".decode("rot13"))
show("ROT-13 encode", lambda: "x".encode("ROT-13"))
show("hex decode", lambda: b"78".decode("hex"))
show("base64 encode", lambda: "x".encode("base64"))
show("codecs.encode rot13", lambda: codecs.encode("Hello", "rot13"))
show("codecs.decode hex", lambda: codecs.decode(b"616263", "hex"))
show("codecs.encode base64", lambda: codecs.encode(b"abc", "base64"))
show("codecs.decode bad hex", lambda: codecs.decode(b"zz", "hex"))
show("unknown encode", lambda: "x".encode("no-such-codec"))
show("unknown decode", lambda: b"x".decode("no-such-codec"))
show("codecs.encode unknown", lambda: codecs.encode("x", "no-such-codec"))
show("codecs.encode bad errors", lambda: codecs.encode("\xe9", "ascii", "no-such-handler"))
show("codecs.encode non-str", lambda: codecs.encode(1, "ascii"))
show("codecs.encode default", lambda: codecs.encode("\xe9"))
show("codecs.decode default", lambda: codecs.decode(b"\xc3\xa9"))
show("codecs.encode keywords", lambda: codecs.encode(obj="\xe9", encoding="latin-1", errors="strict"))
show("codecs.encode int encoding", lambda: codecs.encode("x", 1))
show("codecs.decode int errors", lambda: codecs.decode(b"x", "utf-8", 1))
show("cp1252 bad handler", lambda: b"\x81".decode("cp1252", "no-such-handler"))
for name in ["UTF-8", "utf8", "latin_1", "Latin-1", "ascii", "US-ASCII", "cp1252", "utf_16_le",
             "UTF-32", "rot13", "unicode-escape", "raw_unicode_escape", "utf-7"]:
    print(name, codecs.lookup(name).name)
show("lookup(1)", lambda: codecs.lookup(1))
show("lookup()", lambda: codecs.lookup())
show("register(1)", lambda: codecs.register(1))

seen = []


class Boom(Exception):
    pass


def search(name):
    seen.append(name)
    if name == "test_bad":
        def enc(s, errors="strict"):
            raise Boom("encoder failed")

        def dec(b, errors="strict"):
            e = Boom("decoder failed")
            e.detail = 1  # an attribute: not wrapped
            raise e
        return codecs.CodecInfo(enc, dec, name="test-bad")
    if name == "test_notuple":
        return codecs.CodecInfo(lambda s, errors="strict": "x", lambda b, errors="strict": ("x",),
                                name="test-notuple")
    if name == "test_types":
        return codecs.CodecInfo(lambda s, errors="strict": (42, 1),
                                lambda b, errors="strict": (b"no", 1), name="test-types")
    if name == "test_bytearray":
        return codecs.CodecInfo(lambda s, errors="strict": (bytearray(b"ba"), 1),
                                lambda b, errors="strict": (bytes(b).decode("latin-1"), 1),
                                name="test-bytearray")
    if name == "test_binary":
        return codecs.CodecInfo(lambda s, errors="strict": (b"B", 1),
                                lambda b, errors="strict": ("S", 1), name="test-binary",
                                _is_text_encoding=False)
    if name == "test_args":
        def enc(*args):
            return (repr(args).encode(), 1)

        def dec(*args):
            return (repr(args[1:]), 1)
        return codecs.CodecInfo(enc, dec, name="test-args")
    if name == "test_tuple":
        return (lambda s, errors="strict": (b"T", 1), lambda b, errors="strict": ("t", 1), None,
                None)
    if name == "test_short":
        return (1, 2)
    return None


codecs.register(search)
for name in ["Test-Names", "test names", "  TEST..names--", "test\tnames", "t\xe9st"]:
    seen.clear()
    show("lookup %r" % name, lambda: codecs.lookup(name))
    print("   search got:", seen)
seen.clear()
codecs.lookup("test-types")
codecs.lookup("TEST_TYPES")
print("cached:", seen)

show("bad encode", lambda: "x".encode("test_bad"))
show("bad decode", lambda: b"x".decode("test_bad"))
show("codecs.encode bad", lambda: codecs.encode("x", "test_bad"))
show("no tuple encode", lambda: "x".encode("test_notuple"))
show("no tuple decode", lambda: b"x".decode("test_notuple"))
show("codecs.decode no tuple", lambda: codecs.decode(b"x", "test_notuple"))
show("types encode", lambda: "x".encode("test_types"))
show("types decode", lambda: b"x".decode("test_types"))
show("codecs.encode types", lambda: codecs.encode("x", "test_types"))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    show("bytearray encode", lambda: "x".encode("test_bytearray"))
    for w in caught:
        print("   ", w.category.__name__, w.message)
show("bytearray decode", lambda: bytearray(b"xy").decode("test_bytearray"))
show("binary encode", lambda: "x".encode("test_binary"))
show("binary decode", lambda: b"x".decode("test_binary"))
show("codecs.encode binary", lambda: codecs.encode("x", "test_binary"))
show("codecs.decode binary", lambda: codecs.decode(b"x", "test_binary"))
show("args encode", lambda: "x".encode("test_args"))
show("args encode errors", lambda: "x".encode("test_args", "ignore"))
show("codecs.encode args", lambda: codecs.encode("x", "test_args"))
show("codecs.encode args strict", lambda: codecs.encode("x", "test_args", "strict"))
show("args decode", lambda: b"x".decode("test_args", errors="replace"))
show("plain tuple codec", lambda: ("x".encode("test_tuple"), b"x".decode("test_tuple")))
show("short tuple", lambda: codecs.lookup("test_short"))

codecs.unregister(search)
show("after unregister", lambda: codecs.lookup("test_types"))
codecs.unregister(search)
print("unregistered twice")
