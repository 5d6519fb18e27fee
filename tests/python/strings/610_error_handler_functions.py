# The built-in error handlers as functions (codecs.lookup_error,
# codecs.strict_errors, ...): what they return for each kind of Unicode
# error, how they clamp out-of-range positions, and their type checks.
import codecs


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


names = ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace",
         "surrogateescape", "surrogatepass"]
for n in names:
    h = codecs.lookup_error(n)
    print(n, h.__name__, h, h is codecs.lookup_error(n))
print(codecs.strict_errors is codecs.lookup_error("strict"),
      codecs.ignore_errors is codecs.lookup_error("ignore"),
      codecs.replace_errors is codecs.lookup_error("replace"),
      codecs.xmlcharrefreplace_errors is codecs.lookup_error("xmlcharrefreplace"),
      codecs.backslashreplace_errors is codecs.lookup_error("backslashreplace"),
      codecs.namereplace_errors is codecs.lookup_error("namereplace"))
show("lookup_error('nope')", lambda: codecs.lookup_error("nope"))
show("lookup_error(1)", lambda: codecs.lookup_error(1))
show("register_error(1, f)", lambda: codecs.register_error(1, print))
show("register_error('x', 1)", lambda: codecs.register_error("x", 1))
show("register_error('x')", lambda: codecs.register_error("x"))
show("strict_errors()", lambda: codecs.strict_errors())

E, D, T = UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError
cases = [
    ("encode", E("ascii", "a\u20ac\udc80\U0001f600b", 1, 4, "r")),
    ("encode nameless", E("ascii", "a\x85\ue000\udc80b", 1, 4, "r")),
    ("encode escapes", E("ascii", "a\udc80\udcffb", 1, 3, "r")),
    ("encode utf-16-be", E("utf-16-be", "x\ud800\udfff", 1, 3, "r")),
    ("encode utf8", E("utf8", "x\ud800", 1, 2, "r")),
    ("encode UTF_32LE", E("UTF_32LE", "x\udfff", 1, 2, "r")),
    ("encode utf-32", E("utf-32", "x\udfff", 1, 2, "r")),
    ("encode CP_UTF8", E("CP_UTF8", "x\udfff", 1, 2, "r")),
    ("encode latin1", E("latin1", "x\udfff", 1, 2, "r")),
    ("decode", D("utf-8", b"a\xff\xfe\x41", 1, 4, "r")),
    ("decode long", D("utf-8", b"\x80\x81\x82\x83\x84\x85", 0, 6, "r")),
    ("decode ascii byte", D("utf-8", b"A\x80", 0, 2, "r")),
    ("decode surrogate utf-8", D("utf-8", b"\xed\xb0\x80z", 0, 1, "r")),
    ("decode surrogate utf-16-le", D("utf-16-le", b"\x00\xd8\x00\xdc", 0, 2, "r")),
    ("decode surrogate utf-16-be", D("utf-16-be", b"\xd8\x00", 0, 2, "r")),
    ("decode surrogate utf-32-le", D("utf-32-le", b"\x00\xd8\x00\x00", 0, 4, "r")),
    ("decode surrogate utf-32-be", D("utf-32-be", b"\x00\x00\xdc\x00", 0, 4, "r")),
    ("decode short utf-16-le", D("utf-16-le", b"\x00", 0, 1, "r")),
    ("decode not a surrogate", D("utf-16-le", b"a\x00", 0, 2, "r")),
    ("decode unknown encoding", D("ascii", b"\xed\xb0\x80", 0, 1, "r")),
    ("translate", T("a\u20ac\U0001f600b", 1, 3, "r")),
    ("value error", ValueError("x")),
    ("not an exception", "text"),
]
for n in names:
    h = codecs.lookup_error(n)
    for label, exc in cases:
        if n == "namereplace" and label in ("encode", "encode utf-16-be", "translate"):
            continue  # characters with names (uopy has no name table)
        show("%s %s" % (n, label), lambda: h(exc))

# Positions are clamped to the object as CPython's Get{Start,End} do.
for start, end in [(5, 9), (-5, 0), (0, 100), (-1, -1)]:
    show("replace E %d %d" % (start, end), lambda: codecs.replace_errors(E("a", "abc", start, end, "r")))
    show("ignore D %d %d" % (start, end), lambda: codecs.ignore_errors(D("a", b"abc", start, end, "r")))
    show("backslash T %d %d" % (start, end),
         lambda: codecs.backslashreplace_errors(T("abc", start, end, "r")))
show("replace empty", lambda: codecs.replace_errors(E("a", "", 0, 0, "r")))
show("ignore empty", lambda: codecs.ignore_errors(E("a", "", 3, 5, "r")))

# Bad objects.
e = E("ascii", "abc", 0, 1, "r")
e.object = b"abc"
show("encode error with bytes object", lambda: codecs.replace_errors(e))
del e.object
show("encode error without object", lambda: codecs.replace_errors(e))
d = D("ascii", b"abc", 0, 1, "r")
d.object = "abc"
show("decode error with str object", lambda: codecs.backslashreplace_errors(d))
p = E("utf-8", "\ud800", 0, 1, "r")
p.encoding = 5
show("surrogatepass, int encoding", lambda: codecs.lookup_error("surrogatepass")(p))
del p.encoding
show("surrogatepass, no encoding", lambda: codecs.lookup_error("surrogatepass")(p))

# A raising handler raises the very exception it was given.
x = E("ascii", "\xe9", 0, 1, "r")
try:
    codecs.strict_errors(x)
except UnicodeEncodeError as caught:
    print("strict raised the same object:", caught is x)
try:
    codecs.lookup_error("surrogateescape")(x)
except UnicodeEncodeError as caught:
    print("surrogateescape raised the same object:", caught is x)
