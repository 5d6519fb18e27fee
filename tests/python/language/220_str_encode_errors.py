# str.encode / bytes.decode with error handlers and their messages
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
        return
    print(label, repr(r))

s = "aé中😀\x80"
for enc in ["utf-8", "utf8", "UTF-8", "latin-1", "latin1", "iso-8859-1", "ascii", "utf-16-le", "utf-16-be", "utf-32-le", "cp1252"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        t(enc + "/" + errors, lambda: s.encode(enc, errors))
t("surrogate utf8", lambda: "\ud800".encode("utf-8"))
t("surrogate pass", lambda: "\ud800".encode("utf-8", "surrogatepass"))
t("surrogateescape", lambda: "a\udcff".encode("utf-8", "surrogateescape"))
t("namereplace", lambda: "é😀".encode("ascii", "namereplace"))
b = "aé中😀".encode()
for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
    t("decode ascii " + errors, lambda: b.decode("ascii", errors))
    t("decode truncated " + errors, lambda: b[:-1].decode("utf-8", errors))
t("decode latin1", lambda: b.decode("latin-1"))
t("decode utf16 odd", lambda: b"abc".decode("utf-16-le"))
t("decode utf16", lambda: "hi😀".encode("utf-16").decode("utf-16"))
t("decode utf-8-sig", lambda: b"\xef\xbb\xbfabc".decode("utf-8-sig"))
t("decode invalid start", lambda: b"\xff\xfe".decode())
t("decode overlong", lambda: b"\xc0\x80".decode())
t("decode surrogate bytes", lambda: b"\xed\xa0\x80".decode())
t("decode kw", lambda: b"x".decode(encoding="ascii", errors="strict"))
t("bytearray decode", lambda: bytearray(b"\xc3\xa9").decode())
t("str(bytes, enc)", lambda: str(b"\xc3\xa9", "utf-8"))
t("str(bytes, errors)", lambda: str(b"\xff", errors="replace"))
t("str(bytes)", lambda: str(b"ab"))
t("str(str, enc)", lambda: str("ab", "utf-8"))
t("encode int", lambda: "a".encode(1))
t("unknown errors at error", lambda: "é".encode("ascii", "nope"))
t("unknown errors no error", lambda: "e".encode("ascii", "nope"))
t("encode result type", lambda: type("x".encode()).__name__)
