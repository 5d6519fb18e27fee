# Text files through io.open / io.TextIOWrapper: encodings, errors, newline
# translation, readline limits, tell/seek, iteration, reconfigure, detach.
# (io.open throughout: the builtin open is still uopy's own file object.)
import io

try:
    import os
except Exception:
    os = None
if os is not None:
    BASE = "/tmp/uopy_io_330_%d" % os.getpid()
    os.mkdir(BASE)
    BASE += "/"
else:
    BASE = "/tmp/uopy_io_330_"
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


def raw(name):
    with io.open(path(name), "rb") as f:
        return f.read()


p = path("text.txt")
with io.open(p, "w", encoding="utf-8") as f:
    print(type(f).__name__, f.mode, f.encoding, f.errors, f.line_buffering, f.write_through)
    print(f.name == p, f.buffer.name == p, type(f.buffer).__name__, f.writable(), f.readable())
    print(f.write("héllo\n"), f.write("wörld ✓\nlast"), f.newlines)
    f.writelines(["\n", "x\n"])
print(f.closed, f.buffer.closed, raw("text.txt"))

with io.open(p, encoding="utf-8") as f:
    print(f.mode, repr(f.read(3)), f.tell(), repr(f.readline()), f.tell())
    print(repr(f.read(4)), f.tell(), repr(f.readline(3)), repr(f.readline()), f.tell())
    print(repr(f.read()), f.tell(), repr(f.read()), repr(f.readline()))
    print(f.seek(0), f.readlines(), f.seek(7), repr(f.readline()))
    f.seek(0)
    print(f.readlines(8))

# tell() positions can be handed back to seek(), whatever was read
with io.open(p, encoding="utf-8") as f:
    marks = []
    while True:
        pos = f.tell()
        ch = f.read(1)
        if not ch:
            break
        marks.append((pos, ch))
    print(len(marks), marks[:8])
    for pos, ch in marks[::3]:
        f.seek(pos)
        assert f.read(1) == ch, (pos, ch)
    print("seek back ok", f.seek(0, 2), repr(f.read()))
    print(f.seek(3), f.seek(0, 1), repr(f.read(2)), f.seek(0, 1))

# iteration turns tell() off until the end
with io.open(p, encoding="utf-8") as f:
    print(next(f), end="")
    attempt("tell in loop", f.tell)
    print(list(f))
    print(f.tell())

# newline handling on write and read
for nl in [None, "", "\n", "\r", "\r\n"]:
    with io.open(path("nl.txt"), "w", encoding="utf-8", newline=nl) as f:
        f.write("a\nb\r\nc\rd\r")
    data = raw("nl.txt")
    with io.open(path("nl.txt"), encoding="utf-8", newline=nl) as f:
        lines = f.readlines()
        print(repr(nl), data, lines, f.newlines)
    with io.open(path("nl.txt"), encoding="utf-8", newline=nl) as f:
        print("  ", repr(f.read()), repr(f.newlines))
with io.open(path("cr.txt"), "wb") as f:
    f.write(b"one\r\ntwo\rthree\n\r\n")
with io.open(path("cr.txt"), encoding="ascii") as f:
    print(repr(f.read(4)), f.tell(), repr(f.read(3)), f.tell(), repr(f.read()), repr(f.newlines))
with io.open(path("cr.txt"), encoding="ascii", newline="") as f:
    print(list(f))
with io.open(path("cr.txt"), encoding="ascii", newline="\r") as f:
    print(list(f))

# a '\r' at the end of a chunk waits for the next one
with io.open(path("chunks.txt"), "wb") as f:
    f.write(b"ab\r\ncd\r\n" * 3 + b"\r")
with io.open(path("chunks.txt"), encoding="ascii") as f:
    f._CHUNK_SIZE = 3
    print(f._CHUNK_SIZE, list(f))
with io.open(path("chunks.txt"), encoding="ascii", newline="") as f:
    f._CHUNK_SIZE = 3
    print(repr(f.read(3)), list(f))
with io.open(path("chunks.txt"), encoding="ascii", newline="\r\n") as f:
    f._CHUNK_SIZE = 3
    print(list(f))

# encodings and error handlers
with io.open(path("enc.txt"), "w", encoding="latin-1") as f:
    print(f.encoding, f.write("café ÿ\n"))
print(raw("enc.txt"))
with io.open(path("enc.txt"), encoding="latin-1") as f:
    print(repr(f.read()))
with io.open(path("enc.txt"), encoding="utf-8", errors="replace") as f:
    print(repr(f.read()), f.errors)
with io.open(path("enc.txt"), encoding="ascii", errors="ignore") as f:
    print(repr(f.read()))
with io.open(path("enc.txt"), encoding="utf-8", errors="surrogateescape") as f:
    print(repr(f.read()))
with io.open(path("enc.txt"), encoding="utf-8") as f:
    attempt("strict decode", f.read)
with io.open(path("enc.txt"), "w", encoding="ascii") as f:
    attempt("strict encode", lambda: f.write("é"))
    print(f.write("ok\n"))
with io.open(path("enc.txt"), "w", encoding="ascii", errors="replace") as f:
    print(f.write("é?\n"))
print(raw("enc.txt"))
with io.open(path("split.txt"), "wb") as f:
    f.write("ab€cd€".encode("utf-8"))
with io.open(path("split.txt"), encoding="utf-8") as f:
    f._CHUNK_SIZE = 2
    out = []
    while True:
        pos = f.tell()
        c = f.read(1)
        if not c:
            break
        out.append((pos, c))
    print(out)
with io.open(path("split.txt"), "wb") as f:
    f.write(b"ab\xe2\x82")
with io.open(path("split.txt"), encoding="utf-8") as f:
    attempt("truncated", f.read)

# read/write mode, truncate, seek errors
with io.open(path("rw.txt"), "w+", encoding="utf-8") as f:
    print(f.mode, f.write("line one\nline two\n"), f.tell(), f.seek(0), repr(f.readline()))
    print(f.seek(0, 2), f.write("three\n"), f.seek(0), repr(f.read()))
    print(f.seek(5), f.truncate(), f.seek(0), repr(f.read()))
    attempt("cur seek", lambda: f.seek(1, 1))
    attempt("end seek", lambda: f.seek(1, 2))
    attempt("whence", lambda: f.seek(0, 5))
    attempt("neg seek", lambda: f.seek(-3))
with io.open(path("rw.txt"), "a", encoding="utf-8") as f:
    print(f.mode, f.tell(), f.write("+"), f.tell())
print(raw("rw.txt"))

# line buffering, reconfigure
f = io.open(path("lb.txt"), "w", encoding="utf-8", buffering=1)
print(f.line_buffering, f.write("partial"), raw("lb.txt"), f.write(" done\n"), raw("lb.txt"))
f.reconfigure(line_buffering=False)
print(f.line_buffering, f.write("more\n"), raw("lb.txt"))
f.reconfigure(encoding="latin-1")
print(f.encoding, f.errors, f.write("é\n"))
f.reconfigure(newline="\r\n", write_through=True)
print(f.write_through, f.write("crlf\n"))
attempt("positional", lambda: f.reconfigure("utf-8"))
f.close()
print(raw("lb.txt"))
with io.open(path("lb.txt"), encoding="latin-1") as f:
    f.read(1)
    attempt("after read", lambda: f.reconfigure(encoding="utf-8"))
    attempt("newline after read", lambda: f.reconfigure(newline=""))
    f.reconfigure(line_buffering=True)
    print(f.line_buffering)

# TextIOWrapper over BytesIO, detach, repr
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8", newline="\r\n")
print(t.write("a\nb"), repr(t), t.encoding, t.seekable())
t.flush()
print(b.getvalue())
d = t.detach()
print(d is b, repr(t), t.encoding)
attempt("detached read", t.read)
attempt("detached buffer", lambda: t.buffer)
attempt("detached closed", lambda: t.closed)
attempt("detached name", lambda: t.name)
t = io.TextIOWrapper(io.BytesIO("x\ny\n".encode()), encoding="utf-8")
print(t.readlines(), t.tell(), t.read(), repr(t))
attempt("bad newline", lambda: io.TextIOWrapper(io.BytesIO(), newline="z"))
attempt("bad encoding", lambda: io.TextIOWrapper(io.BytesIO(), encoding="no-such-codec"))
attempt("encoding type", lambda: io.TextIOWrapper(io.BytesIO(), encoding=5))

# mode and argument errors
attempt("unbuffered text", lambda: io.open(path("u.txt"), "w", buffering=0))
attempt("newline value", lambda: io.open(p, "r", newline="x"))
attempt("newline type", lambda: io.open(p, "r", newline=3))
attempt("encoding", lambda: io.open(p, "r", encoding="nope"))
attempt("encoding type", lambda: io.open(p, "r", encoding=3))
attempt("errors type", lambda: io.open(p, "r", errors=3))
with io.open(p, encoding="utf-8") as f:
    attempt("write to reader", lambda: f.write("x"))
    attempt("bytes size", lambda: f.read(1.0))
with io.open(path("w.txt"), "w", encoding="utf-8") as f:
    attempt("read from writer", f.read)
    attempt("bytes write", lambda: f.write(b"x"))
f = io.open(p, encoding="utf-8")
f.close()
for name in ["read", "readline", "tell", "flush", "fileno", "readable"]:
    attempt(name, getattr(f, name))
attempt("seek", lambda: f.seek(0))
attempt("write", lambda: f.write("x"))
attempt("next", lambda: next(f))
print(f.closed, f.close(), f.encoding, repr(f) == "<_io.TextIOWrapper name=%r mode='r' encoding='utf-8'>" % p)

for q in created:
    if os is not None:
        try:
            os.remove(q)
        except OSError:
            pass
if os is not None:
    os.rmdir(BASE)
