# UTF-16 and UTF-32: BOMs (written in little-endian order, consumed and
# obeyed when decoding), explicit byte orders, surrogate pairs, the errors
# of odd-length and malformed input, and incremental decoding.
import codecs


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


text = "a\xe9\u20ac\U0001f600z"
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "UTF16",
            "utf_32"]:
    data = text.encode(enc)
    print(enc, data, data.decode(enc) == text, len(data))
print(codecs.utf_16_encode("ab"), codecs.utf_16_encode("ab", None, 1),
      codecs.utf_16_encode("ab", "strict", -1), codecs.utf_16_encode(""))
print(codecs.utf_32_encode("a"), codecs.utf_32_encode("a", None, 1), codecs.utf_32_be_encode("a"),
      codecs.utf_32_le_encode(""))
print(codecs.utf_16_le_encode("\U0010ffff"), codecs.utf_16_be_encode("\U00010000"))

# BOM detection.
for data in [b"\xff\xfea\x00", b"\xfe\xff\x00a", b"a\x00", b"\xff\xfe", b"", b"\xff",
             b"\xff\xfe\xff\xfe", b"\x00a"]:
    show("utf-16 %r" % data, lambda: data.decode("utf-16"))
    show("  ex final", lambda: codecs.utf_16_ex_decode(data, "strict", 0, True))
    show("  ex partial", lambda: codecs.utf_16_ex_decode(data, "strict", 0, False))
    show("  ex big", lambda: codecs.utf_16_ex_decode(data, "strict", 1, True))
    show("  le", lambda: codecs.utf_16_le_decode(data, "strict", True))
for data in [b"\xff\xfe\x00\x00a\x00\x00\x00", b"\x00\x00\xfe\xff\x00\x00\x00a", b"a\x00\x00\x00",
             b"\xff\xfe\x00", b"\xff\xfe\x00\x00", b""]:
    show("utf-32 %r" % data, lambda: data.decode("utf-32"))
    show("  ex final", lambda: codecs.utf_32_ex_decode(data, "strict", 0, True))
    show("  ex partial", lambda: codecs.utf_32_ex_decode(data, "strict", 0, False))

# Malformed input.
bad16 = [b"a\x00b", b"\x00\xd8", b"\x00\xd8a", b"\x00\xdca\x00", b"\x00\xd8a\x00",
         b"=\xd8\x00\xde", b"=\xd8", b"a\x00\x00\xd8\x00\xd8\x00\xdc"]
for data in bad16:
    for final in (True, False):
        show("utf_16_le_decode %r final=%s" % (data, final),
             lambda: codecs.utf_16_le_decode(data, "strict", final))
    for h in ["replace", "ignore", "backslashreplace", "surrogatepass", "surrogateescape"]:
        show("  " + h, lambda: data.decode("utf-16-le", h))
show("utf-16-be surrogatepass", lambda: b"\xd8\x00\x00a".decode("utf-16-be", "surrogatepass"))
bad32 = [b"a\x00\x00", b"\x00\xd8\x00\x00", b"\x00\x00\x11\x00", b"\xff\xff\xff\xff",
         b"a\x00\x00\x00b\x00"]
for data in bad32:
    for final in (True, False):
        show("utf_32_le_decode %r final=%s" % (data, final),
             lambda: codecs.utf_32_le_decode(data, "strict", final))
    for h in ["replace", "ignore", "backslashreplace", "surrogatepass"]:
        show("  " + h, lambda: data.decode("utf-32-le", h))
show("utf-32-be surrogatepass", lambda: b"\x00\x00\xdc\x01".decode("utf-32-be", "surrogatepass"))

# Lone surrogates when encoding.
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
    for h in ["strict", "replace", "ignore", "surrogatepass", "backslashreplace",
              "xmlcharrefreplace", "surrogateescape"]:
        show("%s %s" % (enc, h), lambda: "a\ud800\udc00b".encode(enc, h))
print("\ud83d\ude00".encode("utf-16-le", "surrogatepass").decode("utf-16-le"))

# Incremental decoding, a byte at a time.
for enc, extra in [("utf-16", ""), ("utf-16-le", ""), ("utf-16-be", ""), ("utf-32", ""),
                   ("utf-32-be", "")]:
    data = text.encode(enc)
    dec = codecs.getincrementaldecoder(enc)()
    parts = [dec.decode(data[i:i + 1]) for i in range(len(data))]
    parts.append(dec.decode(b"", final=True))
    print(enc, parts)
    dec = codecs.getincrementaldecoder(enc)()
    show("  truncated", lambda: (dec.decode(data[:-1]), dec.decode(b"", final=True)))
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"), enc.encode("", final=True))
enc = codecs.getincrementalencoder("utf-32")()
print(enc.encode("a"), enc.encode("b"))
dec = codecs.getincrementaldecoder("utf-16")()
show("no BOM", lambda: dec.decode(b"a\x00b\x00"))
dec = codecs.getincrementaldecoder("utf-16")()
print(dec.decode(b"\xfe"), dec.decode(b"\xff\x00"), dec.decode(b"a"))

# Argument checks.
show("utf_16_decode()", lambda: codecs.utf_16_decode())
show("utf_16_decode(str)", lambda: codecs.utf_16_decode("ab"))
show("utf_16_decode(4 args)", lambda: codecs.utf_16_decode(b"", None, True, 1))
show("utf_16_ex_decode(byteorder str)", lambda: codecs.utf_16_ex_decode(b"", None, "x"))
show("utf_16_encode(bytes)", lambda: codecs.utf_16_encode(b"x"))
show("utf_16_encode(huge byteorder)", lambda: codecs.utf_16_encode("x", None, 2**40))
show("utf_16_le_decode(errors=1)", lambda: codecs.utf_16_le_decode(b"", 1))
show("utf_16_le_decode(bytearray)", lambda: codecs.utf_16_le_decode(bytearray(b"a\x00b")))
show("utf_16_le_decode(memoryview)", lambda: codecs.utf_16_le_decode(memoryview(b"a\x00b\x00")))
