# binascii: base64 (lenient and strict decoding), uuencode, quoted-printable
import binascii


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[::7],
           b"\x00\xff\xfe"]
for s in samples:
    enc = binascii.b2a_base64(s)
    print(enc, binascii.b2a_base64(s, newline=False), binascii.a2b_base64(enc) == s)
print(binascii.b2a_base64(bytearray(b"ab"), newline=0), binascii.b2a_base64(memoryview(b"abc")))
attempt(binascii.b2a_base64, "str")
attempt(binascii.b2a_base64, b"x", newline=[])
attempt(binascii.b2a_base64)
attempt(binascii.b2a_base64, b"x", True)

for s in ["Zm9vYmFy", "Zm9v\nYmFy\n", "Zm9vYg==", "Zm9vYg=", "Zm9vYg", "Zm9vY", "Zm9vYmE=",
          "Zm 9v!Ym*Fy", "Zg==Zm9v", "Zg=x=", "=Zm9v", "Zm9v=", "Z===", "Zm=9vYg==", "",
          "====", "Zm9vYmFyZ", "ab=c=", b"Zm9v", bytearray(b"Zm9v"), "Zm9\xe9", 42]:
    print(repr(s), end=" ")
    attempt(binascii.a2b_base64, s)
    print("  strict", end=" ")
    attempt(binascii.a2b_base64, s, strict_mode=True)
attempt(binascii.a2b_base64)
attempt(binascii.a2b_base64, "", foo=1)

for s in [b"", b"a", b"hello", b"\x00\x00\x00", bytes(range(45))]:
    line = binascii.b2a_uu(s)
    print(line, binascii.b2a_uu(s, backtick=True), binascii.a2b_uu(line) == s)
attempt(binascii.b2a_uu, b"x" * 46)
for s in [b"#86)C\n", "#86)C", b"#86)C    \n", b"#86)C``", b"#86)CXX", b"#86", b" ", b"!",
          b"#86)\x7f", b"\n", b""]:
    attempt(binascii.a2b_uu, s)

texts = [b"hello world", b"caf\xc3\xa9 = coffee", b"tab\tend\t", b"space at end ",
         b"line one \nline two\t\r\nthree", b"crlf\r\nfirst\nsecond", b".\nalone\n.",
         b"under_score and spaces", b"x" * 80, b"y" * 74 + b"=\xff" * 5, b"\x00\x01\x7f",
         b"a" * 75 + b"\n" + b"b" * 76 + b"\r\n"]
for t in texts:
    print(t)
    for kw in [{}, {"quotetabs": True}, {"istext": False}, {"header": True}]:
        enc = binascii.b2a_qp(t, **kw)
        print("  ", kw, enc, binascii.a2b_qp(enc, header=kw.get("header", False)) == t)
for s in [b"a=3Db", b"soft=\nbreak", b"soft=\r\nbreak", b"=4", b"=", b"==", b"=zz", b"=4a=4A",
          "under_score", b"trail= \n"]:
    print(repr(s), binascii.a2b_qp(s), binascii.a2b_qp(s, header=True))
attempt(binascii.b2a_qp, "str")
attempt(binascii.a2b_qp, "\xe9")
attempt(binascii.b2a_qp)
