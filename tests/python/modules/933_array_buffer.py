# array.array with bytes and files: tobytes/frombytes round trips against
# struct, bytes-like arguments (bytes, bytearray, memoryview, arrays),
# fromfile/tofile on io objects and on anything with read/write.
import io
import struct
from array import array as A


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for tc, fmt in zip('bBhHiIlLqQfd', 'bBhHiIlLqQfd'):
    a = A(tc, [1, 2, 3, 100])
    raw = a.tobytes()
    print(tc, len(raw) == 4 * a.itemsize, struct.unpack('4' + fmt, raw), A(tc, raw) == a)
print(A('u', 'hé').tobytes())
print(A('i', struct.pack('3i', 7, -8, 9)))
print(A('d', struct.pack('<2d', 0.25, -1.5)))
print(struct.pack('2h', *A('h', [5, -5])))

# files
a = A('i', [1, 2, 3])
f = io.BytesIO()
a.tofile(f)
print(f.getvalue())
f.seek(0)
b = A('i')
b.fromfile(f, 2)
print(b)
show(lambda: b.fromfile(f, 5))
print(b)
show(lambda: b.fromfile(io.BytesIO(b'\x05\x00\x00\x00\x06\x00\x00\x00\x07'), 3))
print(b)
show(lambda: b.fromfile(io.BytesIO(b''), -1))
show(lambda: b.fromfile(io.BytesIO(b''), 'x'))
show(lambda: b.fromfile(io.BytesIO(b''), 2**62))
show(lambda: b.fromfile(io.BytesIO(b''), 0))
show(lambda: b.fromfile(5, 1))
show(lambda: b.fromfile(io.StringIO('abcd'), 1))
show(lambda: b.fromfile())
show(lambda: b.fromfile(1))
show(lambda: b.fromfile(1, 2, 3))
show(lambda: a.tofile(5))
show(lambda: a.tofile())
show(lambda: a.tofile(io.StringIO()))
u = A('u', 'ab')
u.fromfile(io.BytesIO(b'c\x00\x00\x00'), 1)
print(u)


class Writer:
    def __init__(self):
        self.sizes = []

    def write(self, b):
        self.sizes.append((type(b).__name__, len(b)))


w = Writer()
A('B', bytes(200000)).tofile(w)
A('B').tofile(w)
print(w.sizes)


class Reader:
    def read(self, n):
        print('read', n)
        return b'\x01\x02' * (n // 2)


r = A('h')
r.fromfile(Reader(), 3)
print(r)


class BadReader:
    def read(self, n):
        return bytearray(n)


show(lambda: A('h').fromfile(BadReader(), 1))

# round trip through a real file
import os
import tempfile
path = os.path.join(tempfile.mkdtemp(), 'arr.bin')
with open(path, 'wb') as fh:
    A('d', [1.5, 2.5]).tofile(fh)
with open(path, 'rb') as fh:
    back = A('d')
    back.fromfile(fh, 2)
print(back, os.path.getsize(path))
os.remove(path)
os.rmdir(os.path.dirname(path))
