# UTF-7: which characters are written directly, the base64 runs, '+-',
# surrogate pairs, and the decoder's errors and partial (non-final) input.
import codecs


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


print("".join(chr(c) for c in range(128)).encode("utf-7"))
for s in ["", "a+b", "+", "++", "\u20ac", "a\u20acb", "\U0001f600", "~\\", "A\u20ac-",
          "A\u20ac.", "\u20acA", "\u20ac/", "\u20ac+", "\ud800", "\ud800a", "\udc00\ud800",
          "\x00", "hi mom -\u263a-!", "\u65e5\u672c\u8a9e", "a\r\n\tb"]:
    b = s.encode("utf-7")
    print(repr(s), b, b.decode("utf-7") == s, codecs.utf_7_encode(s))

cases = [b"+AB", b"+2D3", b"+2D3-", b"a+AGE", b"+AGE-", b"+AGEA", b"+AGEA-x", b"+2D3YAA",
         b"+2D3YAA-", b"+2D3cAA", b"+\xff", b"\xff", b"+", b"a+", b"+-", b"+AB-", b"+AGEAYQ-",
         b"x+ZeVnLIqe-", b"+AGE\x00", b"+AA-", b"+AAA-", b"+AAE-", b"+2D3dgA-", b"+AGE.",
         b"+2D3eAA", b"~\\"]
for data in cases:
    for final in (True, False):
        show("%r final=%s" % (data, final), lambda: codecs.utf_7_decode(data, "strict", final))
    for h in ["replace", "ignore", "backslashreplace"]:
        show("  " + h, lambda: data.decode("utf-7", h))

# Incremental decoding a byte at a time.
for s in ["a\u20acb", "\U0001f600!", "x+y", "\u65e5\u672c-\u8a9e"]:
    data = s.encode("utf-7")
    dec = codecs.getincrementaldecoder("utf-7")()
    parts = [dec.decode(data[i:i + 1]) for i in range(len(data))]
    parts.append(dec.decode(b"", final=True))
    print(repr(s), parts, "".join(parts) == s)
