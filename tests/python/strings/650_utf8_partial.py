# UTF-8 decoding as CPython does it: the range and reason of each error,
# partial sequences left for the next call when the input is not final,
# and incremental decoders and encoders.
import codecs


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


samples = [b"\x80", b"\xbf", b"\xc0\x80", b"\xc1\xbf", b"\xc2", b"\xc2\x41", b"\xc2\x80",
           b"\xe0\x80\x80", b"\xe0\x9f\xbf", b"\xe0\xa0", b"\xe0\xa0\x80", b"\xed\x9f\xbf",
           b"\xed\xa0", b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xed\x41", b"\xee\x80", b"\xef\xbf\xbf",
           b"\xf0\x80\x80\x80", b"\xf0\x8f", b"\xf0\x90", b"\xf0\x90\x80", b"\xf0\x90\x80\x80",
           b"\xf0\x90\x41", b"\xf4\x8f\xbf\xbf", b"\xf4\x90\x80\x80", b"\xf5\x80\x80\x80",
           b"\xf8\x88\x80\x80\x80", b"\xff", b"a\xe2\x82", b"\xe2\x82\xacz\xe2"]
for data in samples:
    show("%r" % data, lambda: data.decode("utf-8"))
    show("  partial", lambda: codecs.utf_8_decode(data, "strict", False))
    show("  final", lambda: codecs.utf_8_decode(data, "strict", True))
    show("  replace", lambda: codecs.utf_8_decode(data, "replace", False))
    show("  surrogatepass", lambda: codecs.utf_8_decode(data, "surrogatepass", False))

show("default final", lambda: codecs.utf_8_decode(b"a\xe2"))
show("final as int", lambda: codecs.utf_8_decode(b"a\xe2", None, 1))
show("final as str", lambda: codecs.utf_8_decode(b"a\xe2", None, "x"))
show("errors None", lambda: codecs.utf_8_decode(b"a\xff", None, True))
show("utf_8_encode", lambda: codecs.utf_8_encode("a\u20ac\U0001f600"))
show("utf_8_encode surrogate", lambda: codecs.utf_8_encode("a\ud800"))
show("utf_8_encode surrogatepass", lambda: codecs.utf_8_encode("a\ud800\udc00", "surrogatepass"))
show("utf_8_encode bytes", lambda: codecs.utf_8_encode(b"a"))
show("utf_8_encode 3 args", lambda: codecs.utf_8_encode("a", None, 1))
show("ascii_decode", lambda: codecs.ascii_decode(b"ab\xffc", "replace"))
show("ascii_decode final", lambda: codecs.ascii_decode(b"ab", None, True))
show("latin_1_decode", lambda: codecs.latin_1_decode(memoryview(b"\xe9\xff")))
show("latin_1_encode", lambda: codecs.latin_1_encode("\xe9\u20ac", "xmlcharrefreplace"))

# Incremental decoding a byte at a time.
text = "a\xe9\u20ac\U0001f600\ud7ff\ue000z"
data = text.encode("utf-8")
for h in ["strict", "replace"]:
    dec = codecs.getincrementaldecoder("utf-8")(h)
    parts = [dec.decode(data[i:i + 1]) for i in range(len(data))]
    parts.append(dec.decode(b"", final=True))
    print(h, parts, "".join(parts) == text)
dec = codecs.getincrementaldecoder("utf-8")()
show("incomplete at the end", lambda: (dec.decode(b"a\xf0\x9f"), dec.decode(b"", final=True)))
dec = codecs.getincrementaldecoder("utf-8")()
show("invalid in the middle", lambda: (dec.decode(b"a\xf0"), dec.decode(b"\x41")))
dec = codecs.getincrementaldecoder("utf-8")("surrogatepass")
print("surrogatepass", [dec.decode(bytes([b])) for b in b"\xed\xa0\x80\xed\xb0\x80x"])
dec = codecs.getincrementaldecoder("utf-8")("surrogateescape")
print("surrogateescape", [dec.decode(bytes([b])) for b in b"\xe2\x82\xff\xe2\x82\xac"],
      repr(dec.decode(b"\xe2", final=True)))
dec = codecs.getincrementaldecoder("utf-8")()
print(dec.decode(b"\xe2\x82"), dec.getstate(), dec.decode(b"\xac"), dec.getstate())
enc = codecs.getincrementalencoder("utf-8")()
print(enc.encode("a\u20ac"), enc.encode(""), enc.encode("\U0001f600", final=True))
enc = codecs.getincrementalencoder("utf-8")("surrogateescape")
print(enc.encode("\udce2\udc82\udcac"))
