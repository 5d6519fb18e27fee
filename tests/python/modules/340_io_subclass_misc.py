# Classes written in Python on top of io's bases (the _IOBase mixin methods
# work through the subclass's own read/readinto/write), buffered objects over
# them, IncrementalNewlineDecoder, BufferedRWPair, module attributes
import io
import _io


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(io.UnsupportedOperation.__name__, io.UnsupportedOperation.__module__)
print([c.__name__ for c in io.UnsupportedOperation.__mro__])
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.BlockingIOError is BlockingIOError, io.open is _io.open, io.FileIO is _io.FileIO)
print(io.text_encoding(None), io.text_encoding("latin-1"))
print([c.__name__ for c in io.RawIOBase.__mro__])
print([c.__name__ for c in io.BytesIO.__mro__], [c.__name__ for c in io.TextIOWrapper.__mro__])
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.BufferedReader, io.BufferedIOBase))
print(issubclass(io.TextIOWrapper, io.TextIOBase), issubclass(io.StringIO, io.BufferedIOBase))
print(isinstance(io.BytesIO(), io.IOBase), isinstance(io.StringIO(), io.TextIOBase))
try:
    raise io.UnsupportedOperation("nope")
except ValueError as e:
    print("caught as ValueError:", e, isinstance(e, OSError), e.errno)


# A raw stream that only defines readinto(): read, readall, readline,
# readlines and iteration come from _RawIOBase/_IOBase.
class Chunky(io.RawIOBase):
    def __init__(self, data, step=3):
        self.data = data
        self.pos = 0
        self.step = step
        self.reads = 0

    def readable(self):
        return True

    def readinto(self, b):
        self.reads += 1
        n = min(len(b), len(self.data) - self.pos, self.step)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


c = Chunky(b"hello\nworld\nend")
print(c.read(4), c.read(), c.read(), c.closed, c.readable(), c.writable(), c.seekable())
c = Chunky(b"hello\nworld\nend")
print(c.readline(), c.readline(3), c.readlines(), c.readall())
c = Chunky(b"a\nb\n")
print(list(c), c.reads)
with Chunky(b"x") as c:
    print(c.closed, c.isatty())
print(c.closed)
attempt("read closed", c.read)
attempt("iter closed", lambda: iter(c))
attempt("enter closed", c.__enter__)
attempt("fileno", Chunky(b"").fileno)
attempt("seek", lambda: Chunky(b"").seek(0))
attempt("tell", Chunky(b"").tell)
attempt("truncate", Chunky(b"").truncate)
attempt("write", lambda: Chunky(b"").write(b"x"))
attempt("checkWritable", Chunky(b"")._checkWritable)
print(Chunky(b"")._checkReadable(), Chunky(b"")._checkClosed())
attempt("checkSeekable", Chunky(b"")._checkSeekable)

# buffered objects over it
br = io.BufferedReader(Chunky(b"line one\nline two\nthree"), 4)
print(br.peek(), br.read(2), br.read1(10), br.readline(), br.read(6), br.read())
print(repr(br), br.closed, br.raw.reads)
br = io.BufferedReader(Chunky(b"abc\ndef\n", step=2))
print(list(br), br.readable(), br.seekable())
t = io.TextIOWrapper(io.BufferedReader(Chunky("añb\r\nc✓\n".encode(), step=1)), encoding="utf-8")
print(t.readlines(), t.newlines)
attempt("tell unseekable", t.tell)
attempt("seek unseekable", lambda: t.seek(0))
t.close()
print(t.closed)


class Sink(io.RawIOBase):
    def __init__(self):
        self.chunks = []

    def writable(self):
        return True

    def write(self, b):
        self.chunks.append(bytes(b[:5]))
        return min(len(b), 5)


s = Sink()
bw = io.BufferedWriter(s, 4)
print(bw.write(b"ab"), s.chunks, bw.write(b"cdefghijkl"), s.chunks)
bw.flush()
print(s.chunks, bw.closed)
bw.close()
print(s.closed, bw.closed)
s = Sink()
print(s.write(b"123"), s.writelines([b"4", b"56"]), s.chunks)
attempt("read on sink", lambda: s.read(2))


# A buffered stream written in Python: readinto comes from _BufferedIOBase
class Repeat(io.BufferedIOBase):
    def __init__(self, byte, count):
        self.byte = byte
        self.left = count

    def readable(self):
        return True

    def read(self, n=-1):
        if n is None or n < 0:
            n = self.left
        n = min(n, self.left)
        self.left -= n
        return self.byte * n

    def read1(self, n=-1):
        return self.read(min(n, 2) if n >= 0 else 2)


r = Repeat(b"z", 7)
buf = bytearray(3)
print(r.readinto(buf), buf, r.readinto1(buf), buf, r.readline(), r.read())
attempt("write", lambda: r.write(b"x"))
attempt("detach", r.detach)
t = io.TextIOWrapper(Repeat(b"q", 5), encoding="ascii")
print(repr(t.read()), t.encoding)


class Shout(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def writable(self):
        return True

    def write(self, s):
        self.parts.append(s.upper())
        return len(s)


sh = Shout()
print(sh.write("hi "), sh.writelines(["there", "!"]), "".join(sh.parts))
print(sh.encoding, sh.errors, sh.newlines)
attempt("read", sh.read)
attempt("readline", sh.readline)

# IncrementalNewlineDecoder
d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), d.getstate(), repr(d.decode("\nb\r", final=True)), d.newlines)
d = io.IncrementalNewlineDecoder(None, False)
print(repr(d.decode("a\r")), repr(d.decode("b\nc\r\n")), d.newlines, d.getstate())
d.setstate((b"", 1))
print(repr(d.decode("x")), d.getstate())
d.reset()
print(d.newlines, d.getstate(), repr(d.decode("", final=True)))
attempt("bytes input", lambda: io.IncrementalNewlineDecoder(None, True).decode(b"x"))


class Upper:
    def decode(self, data, final=False):
        return data.decode("ascii").upper()

    def getstate(self):
        return (b"", 3)

    def setstate(self, state):
        print("setstate", state)

    def reset(self):
        print("reset")


d = io.IncrementalNewlineDecoder(Upper(), True)
print(repr(d.decode(b"ab\r")), d.getstate(), repr(d.decode(b"\r\ncd", True)), d.newlines)
d.setstate((b"", 5))
d.reset()

# BufferedRWPair
pair = io.BufferedRWPair(io.BytesIO(b"incoming\ndata"), io.BytesIO(), 4)
print(pair.read(3), pair.peek(1)[:1], pair.read1(2), pair.readline(), pair.readable(), pair.writable())
print(pair.write(b"out"), pair.flush(), pair.seekable(), pair.isatty(), pair.closed)
pair.close()
print(pair.closed)
attempt("pair not readable", lambda: io.BufferedRWPair(Sink(), io.BytesIO()))

# misc
attempt("_IOBase read", lambda: _io._IOBase().read)
print(_io._IOBase(1, 2, x=3).closed, _io._IOBase().readable(), _io._IOBase().writable())
b = _io._IOBase()
b.close()
print(b.closed)
attempt("flush closed", b.flush)
attempt("_RawIOBase read", lambda: _io._RawIOBase().read(2))
attempt("_BufferedIOBase read", lambda: _io._BufferedIOBase().read())
attempt("_TextIOBase write", lambda: _io._TextIOBase().write(""))
print(_io._TextIOBase().encoding, io.StringIO.__base__.__name__, io.FileIO.__base__.__name__)
