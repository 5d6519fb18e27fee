# UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError:
# construction and its argument checks, the attributes (settable, kept in
# the object rather than its __dict__) and CPython's messages.


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


E, D, T = UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError

e = E("ascii", "a\u20acb", 1, 2, "ordinal not in range(128)")
print(type(e).__name__, e)
print(repr(e))
print(e.args)
print(e.encoding, repr(e.object), e.start, e.end, e.reason)
print(isinstance(e, UnicodeError), isinstance(e, ValueError))
print(E.__mro__)

# The message: one character (\x, \u or \U escape) or a range.
for s, start, end in [("a\u20acb", 1, 2), ("abc", 0, 1), ("\xe9", 0, 1), ("x\U0001f600", 1, 2),
                      ("abcd", 1, 3), ("abc", 0, 3), ("abc", 5, 6), ("abc", 2, 2), ("abc", 3, 1)]:
    print(E("enc", s, start, end, "why"))
    print(T(s, start, end, "why"))
for b, start, end in [(b"a\xffb", 1, 2), (b"\x00", 0, 1), (b"abcd", 1, 3), (b"ab", 5, 6),
                      (b"ab", 0, 0)]:
    print(D("utf-8", b, start, end, "invalid start byte"))

# Attributes are settable; the message follows them.
e.start = 0
print(e)
e.end = 3
print(e)
e.reason = "other"
e.encoding = "latin-1"
print(e, e.args)
e.object = "\u20ac\u20ac\u20ac"
e.start, e.end = 2, 3
print(e)
show("start = 'x'", lambda: setattr(e, "start", "x"))
print("start after a failed assignment:", e.start)
show("end = 1.5", lambda: setattr(e, "end", 1.5))
print("end after a failed assignment:", e.end)
show("start = 2**70", lambda: setattr(e, "start", 2**70))
print("start after a failed assignment:", e.start)
show("del start", lambda: delattr(e, "start"))
e.start, e.end = 0, 1
e.start = True
print(e.start, e)
del e.reason
print(repr(e.reason), e)
e.reason = 42
del e.encoding
print(repr(e.encoding), e)

# Constructor checks (PyArg_ParseTuple's "UUnnU", "UOnnU", "UnnU").
show("E()", lambda: E())
show("E(1 arg)", lambda: E("ascii"))
show("E(6 args)", lambda: E("a", "b", 0, 1, "r", 6))
show("E(int encoding)", lambda: E(1, "a", 0, 1, "r"))
show("E(bytes object)", lambda: E("a", b"a", 0, 1, "r"))
show("E(str start)", lambda: E("a", "a", "0", 1, "r"))
show("E(float end)", lambda: E("a", "a", 0, 1.0, "r"))
show("E(None reason)", lambda: E("a", "a", 0, 1, None))
show("E(huge start)", lambda: E("a", "a", 10**30, 1, "r"))
show("E(keyword)", lambda: E("a", "a", 0, 1, reason="r"))


class Idx:
    def __index__(self):
        return 1


show("E(__index__)", lambda: E("a", "abc", Idx(), 2, "r").start)
show("D(str object)", lambda: D("a", "abc", 0, 1, "r"))
show("D(int object)", lambda: D("a", 5, 0, 1, "r"))
show("D(bytearray)", lambda: D("a", bytearray(b"xy"), 0, 1, "r").object)
show("D(memoryview)", lambda: D("a", memoryview(b"xy"), 0, 1, "r").object)
show("T(4 args)", lambda: T("abc", 0, 1, "r").args)
show("T encoding", lambda: T("abc", 0, 1, "r").encoding)
show("T(bytes)", lambda: T(b"abc", 0, 1, "r"))
show("T(3 args)", lambda: T("abc", 0, 1))
show("T(5 args)", lambda: T("x", "abc", 0, 1, "r"))

# __new__ alone leaves the fields unset.
x = E.__new__(E)
print(repr(str(x)), x.encoding, x.object, x.start, x.end, x.reason, x.args)
x = D.__new__(D, 1, 2)
print(repr(str(x)), x.args)

# __init__ again: a failed one keeps the new args and clears the fields.
y = E("a", "b", 0, 1, "r")
y.__init__("c", "dd", 1, 2, "q")
print(y.args, y.encoding, y.object, y.start, y.end, y.reason)
show("y.__init__(1)", lambda: y.__init__(1))
print(y.args, y.encoding, y.object, y.reason, y.start)


# Subclasses.
class MyError(UnicodeEncodeError):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = "x"


m = MyError("ascii", "\xe9", 0, 1, "nope")
print(type(m).__name__, m, m.extra, m.start)


class Plain(UnicodeDecodeError):
    pass


p = Plain("utf-8", b"\xff", 0, 1, "bad")
print(type(p).__name__, p, p.object)

# Raised by the codecs.
s = "ab\u20ac\u20acc"
try:
    s.encode("ascii")
except UnicodeEncodeError as err:
    print(type(err).__name__, err)
    print(err.encoding, err.object is s, err.start, err.end, err.reason, err.args)
data = b"ab\xff\xfec"
try:
    data.decode("utf-8")
except UnicodeDecodeError as err:
    print(type(err).__name__, err)
    print(err.encoding, err.object, err.object == data, err.start, err.end, err.reason)
try:
    raise T("x\u0100y", 1, 2, "no mapping")
except UnicodeError as err:
    print(type(err).__name__, err, err.args)
