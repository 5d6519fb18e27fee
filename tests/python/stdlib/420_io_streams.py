# io: StringIO/BytesIO methods, TextIOWrapper over BytesIO with encodings/newline modes/errors, BufferedReader
import io

s = io.StringIO("line1\nline2\r\nline3")
print(s.read(3), repr(s.readline()), repr(s.readline()), s.tell(), s.readlines(), s.read(), repr(s.read()))
s.seek(0)
print([l for l in s], s.seekable(), s.readable(), s.writable(), s.closed, s.line_buffering, s.encoding, s.errors)
s = io.StringIO()
print(s.write("hello"), s.write(" world"), s.getvalue(), s.tell())
s.seek(6); s.write("WORLD!!"); print(s.getvalue())
s.seek(0, io.SEEK_END); s.write("\nend"); print(repr(s.getvalue()))
s.truncate(5); print(repr(s.getvalue()), s.tell())
s.seek(10); s.write("x"); print(repr(s.getvalue()))
s.writelines(["a", "b", "c"]); print(repr(s.getvalue()))
try:
    s.seek(3, io.SEEK_CUR)
except OSError as e:
    print(type(e).__name__, e)
s.close()
try:
    s.getvalue()
except ValueError as e:
    print("ValueError", e)
print(repr(io.StringIO("a\r\nb\rc\n", newline=None).read()), repr(io.StringIO("a\r\nb\rc\n", newline="").read()), repr(io.StringIO("a\nb", newline="\r\n").getvalue()))
print(io.StringIO("a\r\nb\rc\n", newline="").readlines(), io.StringIO("a\r\nb\rc\n", newline="\r").readlines())
with io.StringIO("ctx") as sc:
    print(sc.read(), sc.closed)
print(sc.closed)

b = io.BytesIO(b"abc\ndef\nghi")
print(b.read(2), b.readline(), b.read1(2), b.readlines(), b.tell(), b.getvalue(), bytes(b.getbuffer()[:3]))
b = io.BytesIO()
b.write(b"0123456789")
b.seek(-3, io.SEEK_END)
print(b.read(), b.seek(2), b.read(3), b.tell())
b.seek(4); b.write(b"XY"); print(b.getvalue())
buf = bytearray(4)
b.seek(0); print(b.readinto(buf), buf, b.readinto(memoryview(buf)[1:]), buf)
b.seek(20); b.write(b"!"); print(b.getvalue())
b.truncate(3); print(b.getvalue(), b.tell(), b.isatty(), b.readable(), b.writable(), b.seekable())
try:
    b.fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e, isinstance(e, OSError), isinstance(e, ValueError))
view = b.getbuffer()
try:
    b.write(b"grow")
except BufferError as e:
    print("BufferError", e)
view.release()
b.write(b"grow"); print(b.getvalue())

raw = io.BytesIO("héllo\nwörld\r\nend".encode("utf-8"))
t = io.TextIOWrapper(raw, encoding="utf-8")
print(t.read(), t.encoding, t.errors, t.newlines)
raw = io.BytesIO("héllo\nwörld\r\nend\r".encode("utf-8"))
t = io.TextIOWrapper(raw, encoding="utf-8", newline="")
print(t.readlines(), repr(t.newlines))
raw = io.BytesIO("a\r\nb\rc\n".encode())
t = io.TextIOWrapper(raw, encoding="ascii", newline="\r")
print(t.readlines())
for enc in ["utf-8", "utf-16", "utf-16-le", "latin-1", "cp1252", "utf-8-sig", "ascii"]:
    out = io.BytesIO()
    w = io.TextIOWrapper(out, encoding=enc, errors="replace", newline="\r\n")
    w.write("Aé€\nB")
    w.flush()
    data = out.getvalue()
    w2 = io.TextIOWrapper(io.BytesIO(data), encoding=enc, errors="replace")
    print(enc, data, repr(w2.read()))
w = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
try:
    w.write("é"); w.flush()
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.reason, e.start, e.end)
r = io.TextIOWrapper(io.BytesIO(b"ok\xffbad"), encoding="utf-8")
try:
    r.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason, e.start)
print(io.TextIOWrapper(io.BytesIO(b"ok\xffbad"), encoding="utf-8", errors="ignore").read(), io.TextIOWrapper(io.BytesIO(b"ok\xff"), encoding="utf-8", errors="backslashreplace").read())
print(io.TextIOWrapper(io.BytesIO(b"ok\xff"), encoding="utf-8", errors="surrogateescape").read() == "ok\udcff")
t = io.TextIOWrapper(io.BytesIO(b"one\ntwo\nthree\n"), encoding="utf-8")
print(t.readline(), end=""); pos = t.tell(); print(t.readline(), end=""); t.seek(pos); print(t.readline(), end="")
print(t.buffer.__class__.__name__, t.name if hasattr(t, "name") else "noname", t.line_buffering, t.detach().getvalue())
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True)
t.write("x"); print(t.buffer.getvalue())
t.reconfigure(line_buffering=True)
print(t.line_buffering)
br = io.BufferedReader(io.BytesIO(b"buffered data here"), buffer_size=4)
print(br.peek(1)[:1], br.read(8), br.read1(3), br.read(), br.raw.__class__.__name__)
bw_target = io.BytesIO()
bw = io.BufferedWriter(bw_target, buffer_size=8)
bw.write(b"abc"); print(bw_target.getvalue()); bw.flush(); print(bw_target.getvalue())
brw = io.BufferedRandom(io.BytesIO(b"0123456789"))
brw.seek(5); brw.write(b"--"); brw.seek(0); print(brw.read())
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase), isinstance(io.BytesIO(), io.IOBase), io.DEFAULT_BUFFER_SIZE)
