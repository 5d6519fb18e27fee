b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:5], b.hex(), bytes(3), bytes([104, 105]), b"%d" if False else b"x")
print(b.decode(), bytearray(b"abc"), list(b"ab"), b"ab" == b"ab", b"a" < b"b", b"lo" in b, 108 in b)
ba = bytearray(b"xy")
ba.append(122)
print(ba, len(ba), bytes(ba))
print("naïve café".encode(), "日本".encode().decode())
