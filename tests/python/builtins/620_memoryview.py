m = memoryview(b"hello world")
print(len(m), m[0], m[-1], m[1:4].tobytes(), m[::2].tolist(), m.readonly, m.nbytes, m.format, m.itemsize)
print(bytes(m[6:]), m == b"hello world", m[:5] == memoryview(b"hello"), m.hex())
ba = bytearray(b"abcdef")
v = memoryview(ba)
v[0] = 65
v[2:4] = b"XY"
print(ba, v.readonly, v.obj is ba)
try:
    m[0] = 1
except TypeError as e:
    print(e)
try:
    v[0] = 300
except ValueError as e:
    print(e)
with memoryview(b"ab") as w:
    print(w.tolist())
try:
    w.tobytes()
except ValueError as e:
    print(e)
print(list(memoryview(b"xyz")), hash(memoryview(b"ab")) == hash(b"ab"))
print(memoryview(b"abcdef")[1::2][1], m.shape, m.strides, m.ndim)
