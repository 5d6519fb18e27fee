# The charmap codec: decoding through a str table or a mapping, encoding
# through a dict or an encoding map from charmap_build, and the errors of
# both (the built-in handlers' replacements go through the map too).
import codecs


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


# A table: ASCII, except that 'A' decodes to the euro sign and 'B' is undefined.
table = "".join(chr(c) for c in range(128)).replace("A", "\u20ac").replace("B", "\ufffe")
emap = codecs.charmap_build(table)
for text in ["abc", "\u20acC", "A", "B", "\ufffe", "x\xe9y\u0100z", "\udc80"]:
    for h in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
              "surrogateescape"]:
        show("encode %a %s" % (text, h), lambda: codecs.charmap_encode(text, h, emap))
# namereplace, with characters that have no name (uopy has no name table).
show("encode namereplace", lambda: codecs.charmap_encode("a\ufffe\udc80b", "namereplace", emap))
for data in [b"abc", b"A", b"B", b"\x80", b"aBc\xff"]:
    for h in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
        show("decode %r %s" % (data, h), lambda: codecs.charmap_decode(data, h, table))

# Tables with no NUL at 0 or with characters beyond the BMP.
for t in ["abc", "\x00\U0001f600b", "\x00ab\x00", "xyzxyz"]:
    m = codecs.charmap_build(t)
    show("build %a encode" % t, lambda: codecs.charmap_encode(t + "\x00", "replace" if "?" in t else "ignore", m))
show("build 300 chars", lambda: codecs.charmap_encode("\u0120", "strict", codecs.charmap_build("".join(chr(c) for c in range(300)))))
show("build ''", lambda: codecs.charmap_build(""))
show("build 1", lambda: codecs.charmap_build(1))

# Mappings (dicts and other subscriptable objects).
enc_map = {ord("a"): ord("A"), ord("b"): b"BB", ord("c"): None, ord("d"): b"", ord("?"): ord("?")}
for text in ["abd", "abcd", "xyz", "a\u20ac"]:
    for h in ["strict", "ignore", "replace", "backslashreplace"]:
        show("dict encode %a %s" % (text, h), lambda: codecs.charmap_encode(text, h, enc_map))
show("encode value 256", lambda: codecs.charmap_encode("a", "strict", {97: 256}))
show("encode value -1", lambda: codecs.charmap_encode("a", "strict", {97: -1}))
show("encode value str", lambda: codecs.charmap_encode("a", "strict", {97: "x"}))
show("encode mapping int", lambda: codecs.charmap_encode("a", "strict", 5))
show("encode no mapping", lambda: codecs.charmap_encode("a\xe9\u20ac", "replace"))
show("encode None mapping", lambda: codecs.charmap_encode("a\u20ac", "strict", None))

dec_map = {ord("a"): "A", ord("b"): "bee", ord("c"): None, ord("d"): 0x20ac, ord("e"): "",
           ord("f"): 0xfffe, ord("g"): "\ufffe"}
for data in [b"ab", b"abde", b"c", b"f", b"g", b"z"]:
    for h in ["strict", "ignore", "replace", "backslashreplace"]:
        show("dict decode %r %s" % (data, h), lambda: codecs.charmap_decode(data, h, dec_map))
show("decode value 0x110000", lambda: codecs.charmap_decode(b"a", "strict", {97: 0x110000}))
show("decode value -1", lambda: codecs.charmap_decode(b"a", "strict", {97: -1}))
show("decode value bytes", lambda: codecs.charmap_decode(b"a", "strict", {97: b"x"}))
show("decode list mapping", lambda: codecs.charmap_decode(b"\x00\x01\x02", "replace", ["x", "y"]))
show("decode no mapping", lambda: codecs.charmap_decode(b"a\xe9"))
show("decode str subclass", lambda: codecs.charmap_decode(b"\x01", "strict", type("S", (str,), {})("xy")))
show("decode bytearray", lambda: codecs.charmap_decode(bytearray(b"ab"), "strict", "xyzab"[3:] * 60))


class Mapping:
    def __getitem__(self, key):
        if key == ord("k"):
            raise KeyError(key)
        if key == ord("x"):
            raise ValueError("bad key")
        return chr(key).upper()


show("custom mapping", lambda: codecs.charmap_decode(b"abk", "replace", Mapping()))
show("custom mapping error", lambda: codecs.charmap_decode(b"axb", "replace", Mapping()))

# Codecs of the standard library built on charmap.
for enc in ["cp1252", "cp437", "iso8859_15", "koi8_r", "mac_roman"]:
    s = "caf\xe9 \u20ac"
    show(enc, lambda: (s.encode(enc, "replace"), s.encode(enc, "replace").decode(enc)))
show("cp1252 undefined", lambda: b"\x81\x8d".decode("cp1252"))
show("cp437 box", lambda: "\u2500\u2502".encode("cp437"))
