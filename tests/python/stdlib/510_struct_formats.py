# struct: every format character, byte orders/alignment, calcsize, pack_into/unpack_from, iter_unpack, Struct, errors
import struct

vals = {"x": None, "c": b"z", "b": -128, "B": 255, "?": True, "h": -32768, "H": 65535, "i": -2 ** 31, "I": 2 ** 32 - 1,
        "l": -2 ** 31, "L": 2 ** 32 - 1, "q": -2 ** 63, "Q": 2 ** 64 - 1, "e": 1.5, "f": -2.25, "d": 3.141592653589793,
        "s": b"abc", "p": b"pas", "n": -5, "N": 5, "P": 4096}
for order in "<>!=":
    for ch, v in vals.items():
        if ch in "nNP" and order != "@":
            continue
        fmt = order + ("3" + ch if ch in "sp" else ch)
        data = struct.pack(fmt, v) if v is not None else struct.pack(fmt)
        print(fmt, struct.calcsize(fmt), data.hex(), struct.unpack(fmt, data))
for ch in "nNP":
    fmt = "@" + ch
    print(fmt, struct.unpack(fmt, struct.pack(fmt, vals[ch]))[0], struct.calcsize(fmt) in (4, 8))
print(struct.calcsize("@bi"), struct.calcsize("=bi"), struct.calcsize("@bq"), struct.calcsize("<bq"), struct.calcsize("@ib"), struct.calcsize("@ib0i"), struct.calcsize("@hd"))
print(struct.pack("@bhi", 1, 2, 3).hex(), struct.pack("<bhi", 1, 2, 3).hex(), struct.pack(">bhi", 1, 2, 3).hex())
print(struct.pack("3s", b"abcdef"), struct.pack("5s", b"ab"), struct.pack("0s", b"x"), struct.pack("5p", b"abcdefgh"), struct.unpack("5p", b"\x02abxx"))
print(struct.pack("4x"), struct.pack("2c", b"a", b"b"), struct.pack("3?", 0, 2, []), struct.unpack("3?", b"\x00\x01\x7f"))
print(struct.pack("<2h3B", 1, -1, 1, 2, 3).hex(), struct.unpack("<2h3B", bytes.fromhex("0100ffff010203")), struct.calcsize("10s2h"))
for x in [0.1, -0.0, float("inf"), 1e300, 65504.0, 6e-8, 1 / 3]:
    try:
        print(x, struct.pack("<e", x).hex(), struct.unpack("<e", struct.pack("<e", x))[0], struct.pack(">f", x).hex(), struct.unpack(">f", struct.pack(">f", x))[0], struct.pack("<d", x).hex())
    except (OverflowError, struct.error) as e:
        print(x, type(e).__name__, e)
nan = struct.unpack("<d", struct.pack("<d", float("nan")))[0]
print(nan != nan, struct.pack(">d", float("nan")).hex()[:4])
buf = bytearray(16)
struct.pack_into("<hI", buf, 2, -2, 0xDEADBEEF)
print(buf.hex(), struct.unpack_from("<hI", buf, 2), struct.unpack_from("<I", buf, offset=4), struct.unpack_from("B", memoryview(buf), 2))
print(list(struct.iter_unpack("<hB", bytes(range(9)))), list(struct.iter_unpack(">I", b"\x00\x00\x01\x00" * 2)))
S = struct.Struct("<3sHd")
packed = S.pack(b"key", 513, 2.5)
print(S.format, S.size, packed.hex(), S.unpack(packed), list(S.iter_unpack(packed * 2)), type(S).__name__)
b2 = bytearray(S.size + 1)
S.pack_into(b2, 1, b"k", 1, -1.0)
print(bytes(b2), S.unpack_from(b2, 1))
errors = [lambda: struct.pack("b", 128), lambda: struct.pack("B", -1), lambda: struct.pack("<H", 70000), lambda: struct.pack("i", 1.5),
          lambda: struct.pack("ii", 1), lambda: struct.pack("i", 1, 2), lambda: struct.unpack("i", b"abc"), lambda: struct.calcsize("z"),
          lambda: struct.pack("c", b"ab"), lambda: struct.pack("s", "str"), lambda: struct.unpack_from("i", b"ab", 1),
          lambda: list(struct.iter_unpack("i", b"abcde")), lambda: struct.pack_into("i", bytearray(2), 0, 1), lambda: struct.pack("<Q", -1),
          lambda: struct.pack(">q", 2 ** 63), lambda: struct.iter_unpack("", b""), lambda: struct.pack("?x", 1, 2), lambda: struct.pack("<e", 1e6)]
for fn in errors:
    try:
        print(fn())
    except (struct.error, TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 7
print(struct.pack("<i", Idx()), struct.pack("<q", True), struct.unpack("<?", b"\x05"), struct.pack("@P", 0) == bytes(struct.calcsize("P")))
print(struct.pack(">i", -1) == b"\xff" * 4, struct.pack("<3i", *range(3)), struct.unpack(">hhl", struct.pack(">hhl", 1, 2, 3)))
print(struct.pack("!L", 0x01020304), struct.pack("<h h ", 1, 2), struct.calcsize(""), struct.pack(""), struct.unpack("", b""))
