b = b"hello world"
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"w"), b.find(111), b.startswith(b"he"), b.endswith((b"x", b"ld")))
print(b.split(), b.split(b"o"), b.rsplit(None, 1), b"  x  ".strip(), b"xxaxx".strip(b"x"))
print(b.replace(b"l", b"L", 2), b"-".join([b"a", b"b"]), b.upper(), b"AbC".swapcase(), b"abc".isalpha(), b"12".isdigit())
print(b.partition(b" "), b.removeprefix(b"he"), bytes.fromhex("de ad be ef"), bytearray.fromhex("00ff"))
print(b"ab" * 3, 2 * b"x", bytearray(b"ab") * 2, bytearray(b"abc")[0:2], bytearray(b"a") + b"b")
ba = bytearray(b"abc")
ba[0] = 65; ba[1:2] = b"XYZ"; ba.append(33); ba.extend([1, 2]); ba += b"!"
print(ba, ba.pop(), ba.pop(0), ba)
del ba[0]; ba.insert(0, 90); ba.remove(90); ba.reverse(); print(ba, len(ba))
try: bytes.fromhex("zz")
except ValueError as e: print(e)
