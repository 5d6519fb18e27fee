# BaseException.__reduce__/__setstate__ and the field-carrying subclasses
# (StopIteration, SystemExit, OSError, ImportError, NameError,
# AttributeError, SyntaxError): their attributes are fields, not __dict__
# entries, so __reduce__, pickle and copy behave as CPython's.
import copy
import pickle


def show(e):
    return "%s%r dict=%r" % (type(e).__name__, e.args, e.__dict__)


print("-- __reduce__")
e = ValueError(1, "two")
print(e.__reduce__())
e.__dict__  # makes the (empty) instance dict: it is then part of the reduction
print(e.__reduce__())
print(KeyError("k").__reduce__(), StopIteration(3).__reduce__())
print(SystemExit(2).__reduce__(), SystemExit().__reduce__())
print(OSError(2, "x").__reduce__())
print(OSError(2, "x", "f").__reduce__())
print(OSError(2, "x", "f", None, "g").__reduce__())
print(OSError(2, "x", None).__reduce__(), OSError(1).__reduce__(), OSError().__reduce__())
e = OSError(2, "x")
e.filename = "later"
print(e.__reduce__())
e = OSError(2, "x")
e.filename2 = "only2"
print(e.__reduce__())
print(ImportError("x").__reduce__())
print(ImportError("x", name="n").__reduce__())
print(ImportError("x", name=None, path="p").__reduce__())
e = ImportError("x", name="n")
e.extra = 1
print(e.__reduce__())
print(AttributeError("x", name="n", obj=1).__reduce__(), NameError("x", name="n").__reduce__())
print(SyntaxError("m", ("f.py", 1, 2, "t")).__reduce__())
print(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad").__reduce__())

print("-- __dict__ holds only what was set")
for e in [StopIteration(3), SystemExit(1), OSError(2, "x", "f"), ImportError("m", name="n"),
          NameError("n", name="n"), AttributeError("a", name="a", obj=None),
          SyntaxError("m", ("f", 1, 2, "t")), KeyError("k")]:
    print(type(e).__name__, e.__dict__, sorted(vars(e)))
e = ValueError(1)
e.add_note("note")
print(e.__dict__)

print("-- __setstate__")
e = ValueError()
e.__setstate__({"a": 1, "b": [2]})
print(e.a, e.b, e.__dict__)
e.__setstate__(None)
print(e.__dict__)
try:
    e.__setstate__(5)
except TypeError as x:
    print("TypeError", x)
e = ImportError("m")
e.__setstate__({"name": "mod", "path": "/p", "other": 3})
print(e.name, e.path, e.__dict__)

print("-- fields")
e = StopIteration()
print(e.value)
e.value = 5
print(e.value, e.args)
del e.value
print(e.value)
print(SystemExit().code, SystemExit(1).code, SystemExit(1, 2).code)
e = OSError(2, "No such file", "a.txt")
print(repr(e), "|", e, "|", e.errno, e.strerror, e.filename, e.filename2)
print(OSError(2, "x", "a", None, "b"))
print(OSError(2, "x", "a", None, "b").args)
e = OSError(2, "x")
e.filename = None
print(e, "|", e.__reduce__())
print(OSError("just a message"), OSError(1, 2, 3, 4, 5, 6).errno)
e = BlockingIOError(11, "would block", 5)
print(e.characters_written, e.args, e.filename, e.__reduce__())
try:
    BlockingIOError(11, "x").characters_written
except AttributeError as x:
    print("AttributeError", x)
e = BlockingIOError(11, "x")
e.characters_written = 7
print(e.characters_written)
del e.characters_written
try:
    del e.characters_written
except AttributeError as x:
    print("AttributeError", x)
e = ImportError("a", "b")
print(e.msg, e.name, e.path, str(e))
e = ImportError("plain")
e.msg = "changed"
print(str(e))
try:
    ImportError("x", bogus=1)
except TypeError as x:
    print("TypeError", x)
try:
    NameError("x", path=1)
except TypeError as x:
    print("TypeError", x)
e = SyntaxError("bad", ("dir/f.py", 3, 4, "text\n", 3, 6))
print(e, "|", e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset,
      e.print_file_and_line)
print(SyntaxError("no location"), "|", SyntaxError().msg)
try:
    StopIteration.value.__set__(ValueError(), 1)
except TypeError as x:
    print("TypeError", x)


def gen():
    return (yield 1)


g = gen()
next(g)
try:
    g.send("returned")
except StopIteration as s:
    print("StopIteration.value", s.value)

print("-- pickle and copy round trips")


class AppError(Exception):
    def __init__(self, code, msg="?"):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg


class Plain(Exception):
    pass


p = Plain("a", 1)
p.extra = {"k": [1, 2]}
objects = [ValueError("a"), KeyError("k"), StopIteration(3), SystemExit(4),
           OSError(2, "No such file"), OSError(2, "No such file", "f.txt"),
           OSError(13, "denied", "a", None, "b"), BlockingIOError(11, "x", 3),
           ImportError("m", name="mod", path="/p"), ModuleNotFoundError("nf", name="nf"),
           NameError("n", name="n"), SyntaxError("m", ("f", 1, 2, "t")),
           UnicodeEncodeError("ascii", "\xe9", 0, 1, "bad"), p, AppError(7, "boom")]
for obj in objects:
    results = []
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        r = pickle.loads(pickle.dumps(obj, proto))
        results.append(show(r))
    # Protocols 0-2 name some classes by their Python 2 names
    # (ModuleNotFoundError comes back an ImportError).
    distinct = sorted(set(results), key=results.index)
    c = copy.copy(obj)
    d = copy.deepcopy(obj)
    print(" / ".join(distinct), "|", show(c) == show(obj), show(d) == show(obj))
r = pickle.loads(pickle.dumps(objects[6]))
print(type(r).__name__, r.errno, r.strerror, r.filename, r.filename2)
r = pickle.loads(pickle.dumps(objects[7]))
print(type(r).__name__, r.characters_written)
r = pickle.loads(pickle.dumps(objects[8]))
print(type(r).__name__, r.msg, r.name, r.path)
r = copy.copy(objects[2])
print(r.value, copy.copy(objects[3]).code)
r = pickle.loads(pickle.dumps(objects[11]))
print(r.filename, r.lineno, r.offset, r.text)
r = copy.deepcopy(p)
print(r.extra, r.extra is p.extra)
print("__dict__" in BaseException.__dict__, "__reduce__" in OSError.__dict__,
      "__reduce__" in ImportError.__dict__, "__setstate__" in BaseException.__dict__)
