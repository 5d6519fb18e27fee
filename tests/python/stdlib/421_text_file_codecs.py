# Text files in stateful and registry codecs (utf-16/32 with BOMs, utf-8-sig,
# cp1252) through open(): BOM handling, tell()/seek() cookies and their
# round trips, readline() in each newline mode, errors= handlers, reconfigure
import codecs
import io
import os
import tempfile

TEXT = "first line\nsecond: é ü\r\nthird € line\rfourth 😀\nlast"
ENCODINGS = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig", "cp1252", "utf-8", "latin-1"]

tmp = tempfile.TemporaryDirectory()
path = os.path.join(tmp.name, "text.txt")


def write(enc, text, newline="", errors="strict"):
    with open(path, "w", encoding=enc, newline=newline, errors=errors) as f:
        n = f.write(text)
    with open(path, "rb") as f:
        return n, f.read()


# -- Writing and reading back, BOMs --------------------------------------------------
for enc in ENCODINGS:
    text = TEXT if enc not in ("cp1252", "latin-1") else TEXT.replace("😀", "x").replace("€", "E")
    n, data = write(enc, text)
    with open(path, encoding=enc, newline="") as f:
        back = f.read()
    print(enc, n, len(data), data[:6], back == text)
    with open(path, encoding=enc) as f:
        print("  universal", f.read().split("\n"), f.newlines)

# A BOM only at the start of the stream: appending adds none.
for enc in ["utf-16", "utf-32", "utf-8-sig"]:
    write(enc, "ab")
    with open(path, "a", encoding=enc) as f:
        f.write("cd")
    with open(path, "rb") as f:
        data = f.read()
    with open(path, encoding=enc) as f:
        print(enc, "append", data, repr(f.read()))
    # Several writes in one session: one BOM.
    with open(path, "w", encoding=enc) as f:
        f.write("x")
        f.write("y")
        f.flush()
        f.write("z")
    with open(path, "rb") as f:
        print(enc, "writes", f.read())
    # Back to the start and written again: the BOM again.
    with open(path, "w+", encoding=enc) as f:
        f.write("one")
        f.seek(0)
        f.write("two")
        f.seek(0)
        print(enc, "rewind", repr(f.read()))

# -- tell() and seek() ------------------------------------------------------------------
for enc in ["utf-16", "utf-16-le", "utf-32", "utf-8-sig", "cp1252", "utf-8"]:
    text = "alpha\nbeta é\ngamma\r\ndelta\rend" if enc != "cp1252" else "alpha\nbeta é\ngamma €\nend"
    write(enc, text)
    with open(path, encoding=enc) as f:
        marks = []
        while True:
            pos = f.tell()
            line = f.readline()
            if not line:
                break
            marks.append((pos, line))
        print(enc, "cookies", [m[0] for m in marks], f.tell())
        for pos, line in reversed(marks):
            f.seek(pos)
            assert f.readline() == line, (enc, pos, line)
        f.seek(marks[1][0])
        print(enc, "seek", repr(f.read(3)), repr(f.readline()))
        # Partial reads: a cookie in the middle of a decoded chunk.
        f.seek(0)
        got = [f.read(2)]
        cookies = [f.tell()]
        for _ in range(4):
            got.append(f.read(3))
            cookies.append(f.tell())
        print(enc, "partial", got)
        print(enc, "partial cookies", cookies)
        for c, after in zip(cookies, got[1:] + [None]):
            f.seek(c)
            if after is not None:
                assert f.read(3) == after, (enc, c, after)
        f.seek(0, io.SEEK_END)
        print(enc, "end", f.tell() == os.path.getsize(path), repr(f.read()))
        print(enc, "cur", f.seek(0, io.SEEK_CUR) == f.tell())

# The newline '\r' held back between chunks of a stateful codec.
write("utf-16-le", "a\rb\r")
with open(path, encoding="utf-16-le") as f:
    print("held cr", repr(f.readline()), f.tell(), repr(f.readline()), f.tell(), repr(f.readline()))
    f.seek(0)
    print("read1 by1", [f.read(1) for _ in range(5)])

# Small chunks: snapshots in the middle of the file.
write("utf-16", "0123456789\n" * 5)
with open(path, encoding="utf-16") as f:
    f._CHUNK_SIZE = 7
    lines = []
    while True:
        c = f.tell()
        line = f.readline()
        if not line:
            break
        lines.append((c, line))
    print("small chunks", [c for c, _ in lines])
    for c, line in lines:
        f.seek(c)
        assert f.readline() == line
    f.seek(lines[2][0])
    print("small chunks seek", repr(f.read(4)), f.tell())

# -- readline() in each newline mode ------------------------------------------------------
data = "a\nb\r\nc\rd\r\n\re"
for enc in ["utf-16", "utf-32-be", "cp1252"]:
    write(enc, data)
    for newline in [None, "", "\n", "\r", "\r\n"]:
        with open(path, encoding=enc, newline=newline) as f:
            lines = []
            while True:
                line = f.readline()
                if not line:
                    break
                lines.append(line)
            print(enc, repr(newline), lines, f.newlines)
        with open(path, encoding=enc, newline=newline) as f:
            print(enc, repr(newline), "limit", [f.readline(2) for _ in range(4)], list(f))
    # Writing translates "\n" to the newline argument.
    for newline in ["\r", "\r\n"]:
        _, raw = write(enc, "x\ny\n", newline=newline)
        print(enc, "write", repr(newline), raw)

# -- errors= ------------------------------------------------------------------------------
with open(path, "wb") as f:
    f.write(b"ok \x81\x8d \x80 \xff end")
for errors in ["strict", "replace", "ignore", "surrogateescape", "backslashreplace"]:
    for enc in ["cp1252", "utf-8", "ascii"]:
        try:
            with open(path, encoding=enc, errors=errors) as f:
                print(enc, errors, repr(f.read()), f.errors)
        except UnicodeDecodeError as e:
            print(enc, errors, "UnicodeDecodeError", e.encoding, e.start, e.end, e.reason)
# Odd bytes at the end of UTF-16 data.
with open(path, "wb") as f:
    f.write("hi".encode("utf-16-le") + b"\x00")
for errors in ["strict", "replace", "surrogateescape"]:
    try:
        with open(path, encoding="utf-16-le", errors=errors) as f:
            print("utf-16 tail", errors, repr(f.read()))
    except UnicodeDecodeError as e:
        print("utf-16 tail", errors, "UnicodeDecodeError", e.start, e.end, e.reason)
# Encoding errors.
for errors in ["strict", "replace", "xmlcharrefreplace", "backslashreplace", "surrogateescape"]:
    for enc in ["cp1252", "utf-16-le"]:
        try:
            n, raw = write(enc, "a\u0100b\udc81c", errors=errors)
            print("encode", enc, errors, raw)
        except UnicodeEncodeError as e:
            print("encode", enc, errors, "UnicodeEncodeError", e.encoding, e.start, e.end, e.reason)
# surrogateescape round trip of undecodable bytes.
raw = b"caf\xe9 \xff\xfe"
with open(path, "wb") as f:
    f.write(raw)
with open(path, encoding="utf-8", errors="surrogateescape") as f:
    s = f.read()
with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
    f.write(s)
with open(path, "rb") as f:
    print("surrogateescape round trip", repr(s), f.read() == raw)

# -- Attributes, reconfigure, errors in the set-up ------------------------------------------------
with open(path, "w", encoding="UTF-16", errors="replace") as f:
    print(f.encoding, f.errors, f.line_buffering, f.newlines)
    f.reconfigure(encoding="cp1252")
    print(f.encoding, f.errors)
    f.write("€")
    f.reconfigure(errors="xmlcharrefreplace", line_buffering=True)
    print(f.encoding, f.errors, f.line_buffering)
    f.write("\u0100")
with open(path, "rb") as f:
    print("reconfigured", f.read())
with open(path, encoding="cp1252") as f:
    f.read(1)
    try:
        f.reconfigure(encoding="utf-8")
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
for enc in ["hex", "rot13", "no-such-codec"]:
    try:
        open(path, encoding=enc)
    except LookupError as e:
        print("LookupError", e)
try:
    io.TextIOWrapper(io.BytesIO(), encoding="utf-16", errors=5)
except TypeError as e:
    print("TypeError", e)

# The same over BytesIO: getbuffer() views, and a TextIOWrapper on top.
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-16", newline="")
w.write("héllo\n")
w.flush()
view = b.getbuffer()
print(len(view), bytes(view[:4]), view.readonly, view.format)
view[2] = ord("H")
print(b.getvalue()[:6])
try:
    w.write("more")
    w.flush()
except BufferError as e:
    print("BufferError", e)
view.release()
w.seek(0)
print(repr(w.read()))
print(codecs.lookup("utf_16").name, codecs.getincrementaldecoder("utf-16")().decode(b"\xff\xfea\x00"))
tmp.cleanup()
