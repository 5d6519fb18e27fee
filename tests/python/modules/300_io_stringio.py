# io.StringIO: reading, writing, seeking, newline translation, errors
import io


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


s = io.StringIO("hello\nworld\nlast")
print(s.read(3), repr(s.read(0)), s.tell())
print(repr(s.readline()), repr(s.readline()), repr(s.readline()), repr(s.readline()))
print(s.tell(), s.seek(0), s.readlines())
s.seek(2)
print(repr(s.read()), repr(s.read()), s.tell())
print(s.getvalue() == "hello\nworld\nlast", s.readable(), s.writable(), s.seekable())
print(s.closed, s.line_buffering, s.newlines, s.isatty())

# writing overwrites in place, extends, and pads past the end with NULs
s = io.StringIO("abcdef")
print(s.write("XY"), repr(s.getvalue()), s.tell())
s.seek(4)
print(s.write("1234"), repr(s.getvalue()))
s.seek(12)
s.write("!")
print(repr(s.getvalue()), len(s.getvalue()))
print(s.seek(0, 2), s.seek(0, 1), s.seek(3, 0))
print(s.truncate(), repr(s.getvalue()), s.tell())
print(s.truncate(1), repr(s.getvalue()), s.tell())
print(s.truncate(10), repr(s.getvalue()))
print(s.write(""), s.tell())

# non-ASCII text: positions count characters
u = io.StringIO()
print(u.write("héllo wörld ✓"), u.tell())
u.seek(1)
print(u.read(4), u.tell())
u.seek(12)
print(repr(u.read()))
print(io.StringIO("日本語\nテキスト\n").readlines())

# readline limits
s = io.StringIO("abcdef\nxy\n")
print(repr(s.readline(3)), repr(s.readline(-1)), repr(s.readline(0)), repr(s.readline(None)))
s.seek(0)
print(s.readlines(3), s.readlines())
print(io.StringIO("a\nbb\nccc\ndddd\n").readlines(4))
print(io.StringIO("a\nbb\nccc\n").readlines(0))

# iteration, context manager, writelines
s = io.StringIO()
s.writelines(["one\n", "two\n", "three"])
s.seek(0)
for line in s:
    print(repr(line))
print(list(io.StringIO("x\ny\n")), list(io.StringIO("")))
with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)

# newline argument
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO("a\nb\r\nc\rd", newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
    s = io.StringIO(newline=nl)
    s.write("x\r")
    s.write("\ny\n")
    s.seek(0)
    print(" ", repr(s.getvalue()), repr(s.read()), s.newlines)
s = io.StringIO(newline=None)
print(s.newlines)
s.write("a\n")
print(repr(s.newlines))
s.write("b\r\n")
print(s.newlines)

# constructor arguments
print(repr(io.StringIO().getvalue()), repr(io.StringIO(None).getvalue()))
print(repr(io.StringIO(initial_value="kw").read()), repr(io.StringIO("q", newline="").read()))
s = io.StringIO("start")
print(s.tell(), s.read(2))
attempt("int value", lambda: io.StringIO(5))
attempt("bad newline", lambda: io.StringIO("", newline="x"))
attempt("newline type", lambda: io.StringIO("", newline=5))

# errors
s = io.StringIO("abc")
attempt("neg seek", lambda: s.seek(-1))
attempt("cur seek", lambda: s.seek(1, 1))
attempt("end seek", lambda: s.seek(1, 2))
attempt("whence", lambda: s.seek(0, 3))
attempt("float seek", lambda: s.seek(1.5))
attempt("neg truncate", lambda: s.truncate(-1))
attempt("bytes write", lambda: s.write(b"x"))
attempt("str size", lambda: s.read("x"))
attempt("float size", lambda: s.readline(1.0))
attempt("fileno", lambda: s.fileno())
attempt("detach", lambda: s.detach())
s.close()
s.close()
print(s.closed)
for name in ["read", "getvalue", "tell", "readline", "readable", "seekable", "writable"]:
    attempt(name, getattr(s, name))
attempt("write", lambda: s.write("a"))
attempt("seek", lambda: s.seek(0))
attempt("truncate", lambda: s.truncate())
attempt("iter", lambda: iter(s))
attempt("next", lambda: next(s))
attempt("newlines", lambda: s.newlines)
attempt("enter", lambda: s.__enter__())
attempt("writelines", lambda: s.writelines(["a"]))


# subclasses
class Upper(io.StringIO):
    def __init__(self, text, tag):
        super().__init__(text)
        self.tag = tag

    def readline(self, size=-1):
        return super().readline(size).upper()


u = Upper("ab\ncd\n", "T")
print(u.tag, list(u), isinstance(u, io.StringIO), isinstance(u, io.TextIOBase))
print(type(u).__name__, type(u).__mro__[1].__name__, issubclass(Upper, io.IOBase))


class Counting(io.StringIO):
    writes = 0

    def write(self, s):
        Counting.writes += 1
        return super().write(s)


c = Counting()
print(c.write("a"), c.writelines(["b", "c"]), c.getvalue(), Counting.writes)
print(io.StringIO.__name__, io.StringIO.__module__, io.StringIO is io.StringIO)
print(isinstance(io.StringIO(), io.IOBase), isinstance(io.StringIO(), io.RawIOBase))
