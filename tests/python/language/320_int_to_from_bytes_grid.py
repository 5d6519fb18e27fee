# int.to_bytes / int.from_bytes over every signed/byteorder combination and size
def t(f):
    try:
        return f().hex() if isinstance(f(), bytes) else f()
    except Exception as e:
        return "%s(%s)" % (type(e).__name__, e)

values = [0, 1, -1, 127, 128, -128, -129, 255, 256, -256, 32767, -32768, 65535, 65536, 2**31 - 1, -2**31, 2**63 - 1, -2**63, 2**64 - 1, 2**64, -2**64]
for v in values:
    row = []
    for length in (1, 2, 4, 8, 9):
        for order in ("big", "little"):
            for signed in (False, True):
                row.append(t(lambda: v.to_bytes(length, order, signed=signed)))
    print(v, row)
datas = [b"", b"\x00", b"\x7f", b"\x80", b"\xff", b"\x00\x80", b"\x80\x00", b"\xff\xfe", b"\x01\x00\x00\x00\x00\x00\x00\x00\x00",
         b"\xff" * 9, b"\x80" + b"\x00" * 8, bytes(range(1, 17))]
for d in datas:
    print(d.hex(), [int.from_bytes(d, o, signed=s) for o in ("big", "little") for s in (False, True)])
print(t(lambda: (1).to_bytes()), t(lambda: (255).to_bytes()), t(lambda: (256).to_bytes()), t(lambda: int.from_bytes(b"\x01\x02")))
print(t(lambda: (-1).to_bytes(signed=True)), t(lambda: (1).to_bytes(2, byteorder="little")), t(lambda: (1).to_bytes(length=2)))
print(t(lambda: (1).to_bytes(2, "BIG")), t(lambda: (1).to_bytes(2, None)), t(lambda: (1).to_bytes("2")), t(lambda: (1).to_bytes(2.0)))
print(t(lambda: int.from_bytes("ab", "big")), t(lambda: int.from_bytes(5, "big")), t(lambda: int.from_bytes([256], "big")), t(lambda: int.from_bytes([1, 2], "little")))
print(t(lambda: int.from_bytes(memoryview(b"\x01\x02"), "big")), t(lambda: int.from_bytes(iter([1, 2]), "big")), t(lambda: int.from_bytes(b"\x01", "big", True)))
class MyInt(int):
    pass
r = MyInt.from_bytes(b"\x05", "big")
print(type(r).__name__, r, type(bool.from_bytes(b"\x01", "big")).__name__, bool.from_bytes(b"\x00", "big"))
print(t(lambda: (1).to_bytes(-1, "big")), t(lambda: (0).to_bytes(0, "big")), t(lambda: (1).to_bytes(0, "big")), t(lambda: (-1).to_bytes(0, "big", signed=True)))
