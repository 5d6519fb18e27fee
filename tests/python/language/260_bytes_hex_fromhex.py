# hex() with separators, fromhex() parsing and errors, for bytes, bytearray, memoryview
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
        return
    print(label, repr(r))

data = bytes(range(0xf0, 0xf7))
for args in [(), (":",), ("-", 1), ("-", 2), ("-", 3), ("-", -2), ("-", -3), (b"|",), (" ", 7), (" ", 8), ("_", -7), ("_", 0), ("x", 100)]:
    print(args, data.hex(*args), bytearray(data).hex(*args), memoryview(data).hex(*args))
print(b"".hex(), b"".hex(":"), b"\x00".hex(":"), b"ab".hex(sep="."), b"abcd".hex(sep=".", bytes_per_sep=-3))
t("sep too long", lambda: data.hex("::"))
t("sep non ascii", lambda: data.hex("é"))
t("sep int", lambda: data.hex(1))
t("sep empty", lambda: data.hex(""))
t("bytes_per_sep str", lambda: data.hex(":", "2"))
for s in ["", "00", "0a0B", " 0a 0b ", "de ad\tbe\nef", "DEADBEEF", "a b", "0", "zz", "0g", "00 0", "  ", "\u00a0 00", "0x00", "1 2"]:
    t("fromhex %r" % s, lambda: bytes.fromhex(s))
t("bytearray fromhex", lambda: bytearray.fromhex("ff 00"))
t("fromhex bytes arg", lambda: bytes.fromhex(b"00"))
t("fromhex int", lambda: bytes.fromhex(0))
t("fromhex via instance", lambda: b"".fromhex("41"))
class B(bytes):
    pass
class BA(bytearray):
    pass
t("subclass fromhex", lambda: (type(B.fromhex("41")).__name__, type(BA.fromhex("41")).__name__))
t("roundtrip", lambda: bytes.fromhex(bytes(range(256)).hex()) == bytes(range(256)))
t("hex upper?", lambda: b"\xab".hex().upper())
