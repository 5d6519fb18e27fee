# Every built-in error handler on encoding and decoding with the ASCII,
# Latin-1, UTF-8 and cp1252 codecs (the first three native, cp1252 through
# the codec registry and the charmap codec): replacements, error ranges and
# reasons.


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


encodings = ["ascii", "latin-1", "utf-8", "cp1252"]
handlers = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
            "surrogateescape", "surrogatepass"]
texts = ["abc", "a\xe9b", "x\u20acy\u0100\u0101z", "ab\U0001f600", "a\udc80b",
         "s\udcff\ud800t", "\x80\x81\xff", "q\udc80\u20acr"]

for enc in encodings:
    for h in handlers:
        for t in texts:
            show("%s %s %a" % (enc, h, t), lambda: t.encode(enc, h))

datas = [b"abc", b"a\xe9b", b"\xe2\x82\xac", b"\xe2\x82", b"\xe2\x28\xa1", b"\xed\xa0\x80x",
         b"\xf0\x9f\x98", b"\xff\xfe", b"\x81\x8d\x90", b"\xc0\xaf", b"\xf4\x90\x80\x80",
         b"\xf8!", b"a\x80\x80\x80\x80\x80b"]
dec_handlers = handlers + ["namereplace"]

for enc in encodings:
    for h in dec_handlers:
        for d in datas:
            show("%s %s %r" % (enc, h, d), lambda: d.decode(enc, h))

# namereplace, with characters that have no name (uopy has no name table).
for enc in ["ascii", "latin-1", "cp1252"]:
    show("namereplace " + enc, lambda: "a\x85\ue000\udc80b".encode(enc, "namereplace"))

# The handler is only looked up when an error happens.
show("unknown handler, no error", lambda: "abc".encode("ascii", "no-such-handler"))
show("unknown handler, error", lambda: "\xe9".encode("ascii", "no-such-handler"))
show("unknown handler, decode", lambda: b"\xff".decode("utf-8", "no-such-handler"))
show("str() with errors", lambda: str(b"a\xffb", "utf-8", "replace"))
show("str() strict", lambda: str(b"a\xffb", "ascii"))
