# Binary files through io.open / io.FileIO / io.Buffered*: modes, buffering,
# seek/tell, peek/read1, raw attributes, errors. (io.open throughout: the
# builtin open is still uopy's own file object.)
import io

# A fresh directory named with the process id when `os` is there; otherwise
# fixed file names unique to this test (nothing else is deleted).
try:
    import os
except Exception:
    os = None
if os is not None:
    BASE = "/tmp/uopy_io_320_%d" % os.getpid()
    os.mkdir(BASE)
    BASE += "/"
else:
    BASE = "/tmp/uopy_io_320_"
created = []


def path(name):
    p = BASE + name
    if p not in created:
        created.append(p)
    return p


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


p = path("data.bin")
with io.open(p, "wb") as f:
    print(type(f).__name__, f.mode, f.name == p, f.writable(), f.readable(), f.seekable())
    print(f.write(b"hello\n"), f.write(bytearray(b"binary\x00\xff\n")), f.tell())
    f.writelines([b"third\n", b"end"])
    print(f.tell(), f.closed, type(f.raw).__name__, f.raw.mode)
print(f.closed, f.raw.closed)

with io.open(p, "rb") as f:
    print(type(f).__name__, f.mode, f.read(3), f.tell())
    print(f.peek()[:3], f.read1(4), f.readline(), f.readline(3), f.readline())
    print(f.read(), f.read(), f.tell())
    print(f.seek(0), f.read(5), f.seek(-3, 2), f.read(), f.seek(-4, 1), f.read(2))
    f.seek(0)
    print(f.readlines())
    f.seek(0)
    print([line for line in f])
    buf = bytearray(5)
    f.seek(1)
    print(f.readinto(buf), buf, f.readinto1(buf), f.tell())
    print(f.fileno() == f.raw.fileno(), f.isatty(), f.name == p)

# small buffers exercise refills and direct raw reads
with io.open(p, "rb", buffering=4) as f:
    print(f.read(10), f.peek(1)[:1], f.read1(100), f.read(100))
with io.open(p, "rb", 3) as f:
    print(f.readline(), f.readline(2), list(f))

# unbuffered: FileIO itself
with io.open(p, "rb", buffering=0) as r:
    print(type(r).__name__, r.mode, r.closefd, r.read(4), r.read(0), r.tell())
    print(r.readall(), r.read(), r.seek(2), r.readinto(bytearray(3)), r.seekable())
    print(r.readable(), r.writable(), r.isatty(), r.name == p)
    r.seek(0)
    print(r.readline(), r.readlines(2))
print(r.closed, repr(r) == "<_io.FileIO [closed]>")

w = io.FileIO(path("raw.bin"), "w")
print(w.mode, w.write(b"0123456789"), w.tell(), w.truncate(4), w.tell(), w.seek(0, 2))
w.close()
print(w.closed, io.open(path("raw.bin"), "rb").read())
w = io.FileIO(path("raw.bin"), "r+")
print(w.mode, w.read(2), w.write(b"AB"), w.seek(0), w.readall())
w.close()

# append, exclusive create, read/write random access
with io.open(path("raw.bin"), "ab") as f:
    print(f.mode, f.tell(), f.write(b"++"), f.tell())
with io.open(path("raw.bin"), "rb") as f:
    print(f.read())
try:
    io.open(path("raw.bin"), "xb")
except FileExistsError as e:
    print("x exists", e.errno, e.strerror, e.filename == path("raw.bin"))
with io.open(path("rw.bin"), "w+b") as f:
    print(type(f).__name__, f.mode, f.write(b"abcdefgh"), f.seek(0), f.read(3))
    print(f.write(b"XYZ"), f.tell(), f.read(1), f.seek(0), f.read())
    print(f.seek(2), f.peek(2)[:2], f.write(b"!"), f.tell(), f.truncate(), f.seek(0), f.read())
with io.open(path("rw.bin"), "r+b", buffering=2) as f:
    f.seek(1)
    f.write(b"__")
    print(f.read(2), f.tell())
    f.flush()
    print(f.raw.tell())
with io.open(path("rw.bin"), "rb") as f:
    print(f.read())

# explicit buffered objects and detach
raw = io.FileIO(path("detach.bin"), "w")
bw = io.BufferedWriter(raw, 8)
print(bw.write(b"12345"), raw.tell(), bw.tell(), bw.write(b"6789"), raw.tell())
print(bw.write(b"x" * 20), raw.tell())
d = bw.detach()
print(d is raw, raw.tell(), repr(bw.raw))
attempt("detached write", lambda: bw.write(b"a"))
attempt("detached closed", lambda: bw.closed)
d.close()
br = io.BufferedReader(io.FileIO(path("detach.bin")), buffer_size=5)
print(br.raw.name == path("detach.bin"), br.read(3), br.raw.tell(), br.tell())
print(len(br.read()), br.read())
br.close()
print(br.closed)

# errors
try:
    io.open(path("nope.bin"), "rb")
except FileNotFoundError as e:
    print("errno", e.errno, e.strerror, e.filename == path("nope.bin"), isinstance(e, OSError))
attempt("dir read", lambda: io.open("/tmp", "rb"))
attempt("mode rw", lambda: io.open(p, "rw"))
attempt("mode rr", lambda: io.open(p, "rr"))
attempt("mode q", lambda: io.open(p, "q"))
attempt("mode bt", lambda: io.open(p, "rbt"))
attempt("mode b", lambda: io.open(p, "b"))
attempt("mode U", lambda: io.open(p, "U"))
attempt("enc", lambda: io.open(p, "rb", encoding="utf-8"))
attempt("errors", lambda: io.open(p, "rb", errors="strict"))
attempt("newline", lambda: io.open(p, "rb", newline=""))
attempt("mode type", lambda: io.open(p, 3))
attempt("file type", lambda: io.open(1.5))
attempt("closefd", lambda: io.open(p, "rb", closefd=False))
attempt("neg fd", lambda: io.FileIO(-3))
attempt("fileio mode", lambda: io.FileIO(p, "rw"))
attempt("fileio t", lambda: io.FileIO(p, "rt"))
attempt("opener", lambda: io.FileIO(p, "r", opener=lambda name, flags: -1))
attempt("reader on writer", lambda: io.BufferedReader(io.FileIO(path("w.bin"), "w")))
attempt("writer on reader", lambda: io.BufferedWriter(io.FileIO(p, "r")))
attempt("zero buffer", lambda: io.BufferedReader(io.FileIO(p, "r"), 0))
with io.open(p, "rb") as f:
    attempt("write on reader", lambda: f.write(b"x"))
    attempt("raw write", lambda: f.raw.write(b"x"))
    attempt("str size", lambda: f.read("x"))
with io.open(path("w.bin"), "wb") as f:
    attempt("read on writer", lambda: f.read())
    attempt("read1 on writer", lambda: f.read1())
    attempt("str write", lambda: f.write("x"))
    attempt("raw read", lambda: f.raw.read())
f = io.open(p, "rb")
f.close()
for name in ["read", "peek", "readline", "tell", "fileno", "readable", "flush"]:
    attempt(name, getattr(f, name))
attempt("seek", lambda: f.seek(0))
attempt("raw read", lambda: f.raw.read())
attempt("raw fileno", lambda: f.raw.fileno())
attempt("raw tell", lambda: f.raw.tell())
attempt("iter", lambda: iter(f))
print(f.closed, f.close())

# closefd=False on a descriptor another FileIO owns
r = io.FileIO(p, "r")
fd = r.fileno()
shared = io.FileIO(fd, "r", closefd=False)
print(shared.read(5), shared.closefd, shared.name == fd, shared.mode)
shared.close()
print(shared.closed, r.closed, r.read(3))
r.close()

for q in created:
    if os is not None:
        try:
            os.remove(q)
        except OSError:
            pass
if os is not None:
    os.rmdir(BASE)
