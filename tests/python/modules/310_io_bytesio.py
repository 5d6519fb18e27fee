# io.BytesIO: reading, writing, seeking, readinto, errors, subclasses
import io


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


b = io.BytesIO(b"hello\nworld\nlast")
print(b.read(3), b.read(0), b.tell(), b.read1(2), b.read1())
b.seek(0)
print(b.readline(), b.readline(2), b.readline(), b.readline(), b.readline())
b.seek(0)
print(b.readlines(), b.seek(0), b.readlines(4), b.readlines(6))
b.seek(0)
print(list(b), b.tell(), b.read(), b.read(None))
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush(), b.closed)

# writing: overwrite, extend, pad with zero bytes
b = io.BytesIO(b"abcdef")
print(b.write(b"XY"), b.getvalue(), b.tell())
b.seek(4)
print(b.write(bytearray(b"1234")), b.getvalue())
b.seek(10)
print(b.write(memoryview(b"!?")), b.getvalue())
print(b.write(b""), b.tell())
print(b.seek(-2, 2), b.read(), b.seek(-100, 1), b.seek(3), b.seek(2, 1))
print(b.truncate(), b.getvalue(), b.tell())
print(b.truncate(2), b.getvalue(), b.tell())
print(b.truncate(20), b.getvalue())
b.seek(0, 2)
b.writelines([b"x", bytearray(b"y"), b"z"])
print(b.getvalue())

# readinto
b = io.BytesIO(b"0123456789")
buf = bytearray(4)
print(b.readinto(buf), buf, b.tell())
big = bytearray(10)
print(b.readinto(big), big)
print(b.readinto(bytearray(3)))

# constructor
print(io.BytesIO().getvalue(), io.BytesIO(None).getvalue(), io.BytesIO(initial_bytes=b"k").read())
print(io.BytesIO(bytearray(b"ba")).read(), io.BytesIO(memoryview(b"mv")).read())
src = bytearray(b"copy")
c = io.BytesIO(src)
src[0] = ord("X")
print(c.getvalue(), c.tell())

# iteration and context manager
with io.BytesIO(b"1\n2\n3") as f:
    for line in f:
        print(line)
print(f.closed)
data = io.BytesIO()
for i in range(1000):
    data.write(str(i).encode() + b",")
print(len(data.getvalue()), data.getvalue()[-8:], data.tell())

# errors
b = io.BytesIO(b"abc")
attempt("str write", lambda: b.write("x"))
attempt("str init", lambda: io.BytesIO("x"))
attempt("neg seek", lambda: b.seek(-1))
attempt("whence", lambda: b.seek(0, 3))
attempt("neg truncate", lambda: b.truncate(-1))
attempt("str size", lambda: b.read("x"))
attempt("readinto bytes", lambda: b.readinto(b"xx"))
attempt("fileno", lambda: b.fileno())
attempt("detach", lambda: b.detach())
b.close()
b.close()
print(b.closed)
for name in ["read", "read1", "getvalue", "tell", "readline", "readlines", "readable",
             "seekable", "writable", "isatty", "flush"]:
    attempt(name, getattr(b, name))
attempt("write", lambda: b.write(b"a"))
attempt("seek", lambda: b.seek(0))
attempt("truncate", lambda: b.truncate())
attempt("readinto", lambda: b.readinto(bytearray(1)))
attempt("next", lambda: next(b))
attempt("iter", lambda: iter(b) is b)
attempt("enter", lambda: b.__enter__())


class Recorder(io.BytesIO):
    def __init__(self, *args):
        super().__init__(*args)
        self.log = []

    def write(self, data):
        self.log.append(bytes(data))
        return super().write(data)


r = Recorder(b"init")
r.seek(0, 2)
r.write(b"-more")
r.writelines([b"+a", b"+b"])
print(r.getvalue(), r.log, isinstance(r, io.BufferedIOBase), isinstance(r, io.BytesIO))
print(io.BytesIO.__name__, issubclass(io.BytesIO, io.IOBase), issubclass(io.BytesIO, io.TextIOBase))
