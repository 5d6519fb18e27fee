# traceback: format_exception/format_exc/print_exc/extract_tb/TracebackException/chaining; paths shown
# relative. Every statement that raises spans its whole line, so no column carets appear (see 485).
import re, sys, traceback

def clean(text):
    return re.sub(r'File "[^"]*/', 'File "', text)

def level3(x):
    raise ValueError("bad value %d" % x)

def level2(x):
    level3(x + 1)

def level1():
    level2(1)

try:
    level1()
except ValueError:
    print(clean(traceback.format_exc()), end="")
    etype, value, tb = sys.exc_info()
    summary = traceback.extract_tb(tb)
    print([(f.name, f.lineno, f.line) for f in summary])
    print(len(summary), summary[-1].name, summary[-1].lineno, type(summary).__name__, type(summary[0]).__name__)
    print([clean(line) for line in traceback.format_tb(tb)][-1], end="")
    print(traceback.format_exception_only(etype, value))
    print([fr.f_code.co_name for fr, lineno in traceback.walk_tb(tb)], [lineno for fs, lineno in traceback.walk_tb(tb)])
    print(clean("".join(traceback.format_exception(etype, value, tb, limit=2))), end="")
    print(clean("".join(traceback.format_exception(value, limit=-1))), end="")
    import io
    sio = io.StringIO()
    traceback.print_exc(file=sio, limit=1)
    print(clean(sio.getvalue()), end="")

def failing():
    {}.pop("missing")
try:
    failing()
except KeyError:
    sys.stderr.flush()
    out = []
    class Collect:
        def write(self, s):
            out.append(s)
    traceback.print_exc(file=Collect())
    print(clean("".join(out)), end="")

try:
    try:
        level3(10)
    except ValueError as e:
        raise RuntimeError("while handling") from e
except RuntimeError as e:
    print(clean("".join(traceback.format_exception(e))), end="")
    print(clean("".join(traceback.format_exception(e, chain=False))), end="")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("implicit context")
except TypeError as e:
    lines = traceback.format_exception(e)
    print([l for l in lines if not l.startswith("  ")])
try:
    try:
        raise OSError("first")
    except OSError:
        raise KeyError("suppressed") from None
except KeyError as e:
    print(clean("".join(traceback.format_exception(e))), end="")

te = None
try:
    level2(5)
except Exception as e:
    te = traceback.TracebackException.from_exception(e)
print(te.exc_type.__name__, str(te), [f.name for f in te.stack], te.stack[-1].lineno)
print(list(te.format_exception_only()), clean("".join(te.format())).count("\n"))
print(traceback.format_exception_only(SyntaxError, SyntaxError("invalid thing", ("file.py", 3, 5, "x = = 1\n"))))
try:
    compile("def f(:\n    pass", "snippet.py", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(type(e), e)), end="")
print(traceback.format_exception_only(KeyboardInterrupt, KeyboardInterrupt()))
class CustomErr(Exception):
    def __str__(self):
        return "custom text"
print(traceback.format_exception_only(CustomErr, CustomErr()))
class BadStr(Exception):
    def __str__(self):
        raise RuntimeError
print(traceback.format_exception_only(BadStr, BadStr()))
e = ValueError("with notes")
e.add_note("note one")
e.add_note("note two")
print(traceback.format_exception_only(ValueError, e))

def show_stack():
    return [clean(s) for s in traceback.format_stack(limit=2)]
def caller():
    return show_stack()
print("".join(caller()), end="")
stack = traceback.extract_stack()
print(stack[-1].name, stack[-1].lineno, stack[-1].line)
fs = traceback.FrameSummary("f.py", 12, "func", line="x = 1")
print(fs, fs.filename, fs.lineno, fs.name, fs.line, list(fs), fs == ("f.py", 12, "func", "x = 1"))
ss = traceback.StackSummary.from_list([("a.py", 1, "fa", "pass"), ("b.py", 2, "fb", "return")])
print(ss.format())
def recurse(n):
    if n >= 30:
        raise ZeroDivisionError("deep")
    recurse(n + 1)
try:
    recurse(0)
except ZeroDivisionError as e:
    formatted = clean("".join(traceback.format_exception(e)))
    print(formatted.count("\n"), "[Previous line repeated" in formatted)
    print([l for l in formatted.splitlines() if "repeated" in l])
print(traceback.format_exc() if sys.exc_info()[0] else "NoneType: None")
try:
    raise ExceptionGroup("group", [ValueError("a"), TypeError("b")])
except ExceptionGroup as eg:
    text = clean("".join(traceback.format_exception(eg)))
    print([l.strip() for l in text.splitlines() if "Error" in l or "group" in l or "+-" in l])
