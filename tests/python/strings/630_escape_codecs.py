# unicode_escape and raw_unicode_escape (encode, decode, errors, partial
# input, the DeprecationWarning for invalid escapes) and the bytes escape
# codec (escape_encode / escape_decode).
import codecs
import warnings


def show(label, f):
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))
        for w in caught:
            print("   ", w.category.__name__, w.message)


samples = ["", "abc", "tab\there", "nl\nCR\r", "q'uote\"s", "back\\slash", "\x00\x01\x7f",
           "\x80\xe9\xff", "\u0100\u20ac\uffff", "\U00010000\U0001f600\U0010ffff", "\ud800\udfff"]
for s in samples:
    u = s.encode("unicode_escape")
    r = s.encode("raw_unicode_escape")
    print(repr(s), u, r, u.decode("unicode_escape") == s, r.decode("raw_unicode_escape") == s)
    print("   ", codecs.unicode_escape_encode(s), codecs.raw_unicode_escape_encode(s))

decode_cases = [b"\\n\\t\\r\\a\\b\\f\\v\\\\\\'\\\"", b"line\\\ncont", b"\\x41\\x4a\\x4A",
                b"\\101\\7\\08\\0", b"\\777", b"\\400x", b"\\q", b"\\8\\9", b"\\xe9\\u20ac\\U0001F600",
                b"\xe9\xff", b"\\x4", b"\\x", b"\\", b"a\\", b"\\xzz", b"\\u12", b"\\u123g",
                b"\\U0011ffff", b"\\U0010ffff", b"\\N", b"\\N{", b"\\N{}", b"\\Nx", b"\\N{X",
                b"\\q\\777", b"\\\xe9"]
for data in decode_cases:
    for final in (True, False):
        show("unicode_escape %r final=%s" % (data, final),
             lambda: codecs.unicode_escape_decode(data, "strict", final))
    for h in ["replace", "ignore", "backslashreplace"]:
        show("  " + h, lambda: data.decode("unicode_escape", h))

raw_cases = [b"\\u20ac", b"\\U0001f600", b"\\x41", b"\\\\u0041", b"\\", b"a\\", b"\\u00",
             b"\\u00zz", b"\\U00110000", b"\\U0001F60", b"\xe9\\t", b"\\u004", b"\\\\"]
for data in raw_cases:
    for final in (True, False):
        show("raw_unicode_escape %r final=%s" % (data, final),
             lambda: codecs.raw_unicode_escape_decode(data, "strict", final))
    for h in ["replace", "ignore"]:
        show("  " + h, lambda: data.decode("raw_unicode_escape", h))

# str arguments are taken as their UTF-8.
show("unicode_escape_decode(str)", lambda: codecs.unicode_escape_decode("\\x41\u20ac"))
show("raw_unicode_escape_decode(str)", lambda: codecs.raw_unicode_escape_decode("\\u20ac\xe9"))
show("unicode_escape_decode(surrogate)", lambda: codecs.unicode_escape_decode("\ud800"))
show("unicode_escape_decode(int)", lambda: codecs.unicode_escape_decode(1))
show("unicode_escape_encode(bytes)", lambda: codecs.unicode_escape_encode(b"x"))

# Incremental decoding a byte at a time.
for enc in ["unicode_escape", "raw_unicode_escape"]:
    data = "a\u20acb\\c\U0001f600\n".encode(enc)
    dec = codecs.getincrementaldecoder(enc)()
    parts = [dec.decode(data[i:i + 1]) for i in range(len(data))]
    parts.append(dec.decode(b"", final=True))
    print(enc, parts)

# The bytes escape codec.
for data in [b"", b"abc", b"'\"\\", b"\t\n\r\x00\x1f\x7f\x80\xff", bytes(range(0, 256, 15))]:
    e = codecs.escape_encode(data)
    print(data, e, codecs.escape_decode(e[0]))
for data in [b"\\x41\\101\\n", b"\\777", b"\\q", b"\\x4", b"\\x", b"\\", b"a\\", b"\\x4g",
             b"ab\\xzz", b"\\8", b"line\\\ncont", "\\x41\u20ac"]:
    for errors in ["strict", "replace", "ignore", "bogus"]:
        show("escape_decode %r %s" % (data, errors), lambda: codecs.escape_decode(data, errors))
show("escape_encode(str)", lambda: codecs.escape_encode("x"))
show("escape_encode(bytearray)", lambda: codecs.escape_encode(bytearray(b"x")))
show("escape_decode(bytearray)", lambda: codecs.escape_decode(bytearray(b"\\x41")))
show("readbuffer_encode", lambda: codecs.readbuffer_encode(b"ab"))
show("readbuffer_encode(str)", lambda: codecs.readbuffer_encode("\u20ac"))
show("readbuffer_encode(memoryview)", lambda: codecs.readbuffer_encode(memoryview(b"xyz")))
show("readbuffer_encode(int)", lambda: codecs.readbuffer_encode(1))

# As the warning filter says: an error.
for label, f in [("unicode_escape", lambda: b"\\q".decode("unicode_escape")),
                 ("escape_decode", lambda: codecs.escape_decode(b"\\777"))]:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            print(label, f())
        except DeprecationWarning as e:
            print(label, "warning as error:", type(e).__name__, e)
