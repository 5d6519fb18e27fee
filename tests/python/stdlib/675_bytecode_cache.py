# test: timeout=90
# The bytecode cache of imported modules, seen from outside: child
# interpreters (this one, sys.executable) import modules from a temporary
# directory with PYTHONPYCACHEPREFIX pointing into it, first compiling,
# then (in a later process) from the cache, then after the source changed
# on disk. CPython keeps its .pyc files under the prefix, uopy its own
# entries: only behaviour both share is printed, never cache file names.
import os
import shutil
import subprocess
import sys
import tempfile

work = tempfile.mkdtemp()
src = os.path.join(work, "src")
prefix = os.path.join(work, "prefix")
os.mkdir(src)

env = dict(os.environ)
for name in ("PYTHONDONTWRITEBYTECODE", "UOPY_NO_BYTECODE_CACHE", "PYTHONPYCACHEPREFIX"):
    env.pop(name, None)
env["PYTHONPYCACHEPREFIX"] = prefix


def write(name, text):
    path = os.path.join(src, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    return path


def child(label, code, *options, path_entry=None, child_env=None):
    """Runs `code` in a child that finds modules in src; prints its output."""
    setup = "import sys; sys.path.insert(0, %r)\n" % (path_entry or src)
    r = subprocess.run([sys.executable, *options, "-c", setup + code], cwd=work,
                       env=child_env or env, capture_output=True, text=True)
    print("--", label, "exit", r.returncode)
    for line in r.stdout.splitlines():
        print("  ", line)
    if r.returncode:
        errs = [l for l in r.stderr.splitlines() if l.strip()]
        print("   stderr:", errs[-1] if errs else "")


def under_prefix(directory):
    """Whether anything was stored under the prefix for `directory`."""
    mirror = os.path.join(prefix, directory.lstrip("/"))
    return os.path.isdir(mirror) and any(files for _, _, files in os.walk(mirror))


MODULE = '''
BIG = 123456789012345678901234567890 * 3
HEX = 0xDEADBEEF_CAFE
FLOATS = (0.1, 1e400, -0.0, 2.5e-300, 1.0 / 3)
CPLX = (2j, -1j, 1.5 + 0.5j)
DATA = b"\\x00\\xff raw\\n"
TEXT = "caf\\u00e9 \\U0001F600 tab\\t"
NESTED = (1, "a", (2.5, None, (True, False, ...)), b"b")
VERSION = 1


def classify(x):
    if isinstance(x, int) and x in {1, 2, 3}:
        return "small"
    if x in ("a", "b"):
        return "letter"
    match x:
        case [first, *rest]:
            return "list of %d starting %r" % (1 + len(rest), first)
        case {"k": int(v)}:
            return "mapping k=%d" % v
        case _:
            return "other"


def counter(start):
    total = start

    def add(k=1, /, *, times=1):
        nonlocal total
        total += k * times
        return total

    return add


def gen(n):
    for i in range(n):
        if i % 2:
            yield i * i
    yield from "xy"


async def twice(v):
    return v * 2


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y:>{3}})"

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2


def guarded(f):
    try:
        return f()
    except (ZeroDivisionError, KeyError) as e:
        return "caught " + type(e).__name__
    finally:
        pass


def boom():
    raise ValueError("boom in module")


def run(coroutine):
    try:
        coroutine.send(None)
    except StopIteration as e:
        return e.value


def summary():
    add = counter(10)
    add(5)
    return [
        BIG, hex(HEX), FLOATS, CPLX, DATA, TEXT, NESTED, VERSION,
        [classify(v) for v in (2, "a", [7, 8, 9], {"k": 4}, 3.5)],
        add(2, times=3), list(gen(6)), run(twice(21)),
        repr(Point(3, 4)), Point(3, 4).norm2,
        guarded(lambda: 1 / 0), guarded(lambda: {}["k"]),
        sorted({c for c in "hello"}), {k: v for k, v in zip("ab", (1, 2))},
    ]
'''

USE = '''
import traceback
import mod
for item in mod.summary():
    print(ascii(item))
print("co_filename is __file__:", mod.summary.__code__.co_filename == mod.__file__,
      mod.Point.__init__.__code__.co_filename == mod.__file__)
print("__file__:", mod.__file__ == %r)
try:
    mod.boom()
except ValueError as e:
    frame = traceback.extract_tb(e.__traceback__)[-1]
    print("traceback:", frame.name, frame.lineno, frame.line, frame.filename == mod.__file__)
'''

mod_path = write("mod.py", MODULE)
use = USE % mod_path
child("first import (compiles)", use)
print("stored under the prefix:", under_prefix(src))
print("source directory:", sorted(os.listdir(src)))
child("second import (cached)", use)

# A change of size; then one of the same size, with the time moved on 10 s
# (not left to the clock: CPython's .pyc keeps whole seconds).
write("mod.py", MODULE.replace("VERSION = 1", "VERSION = 22"))
st = os.stat(mod_path)
child("after a change of size", "import mod; print(mod.VERSION, mod.summary()[7])")
write("mod.py", MODULE.replace("VERSION = 1", "VERSION = 44"))
os.utime(mod_path, ns=(st.st_atime_ns, st.st_mtime_ns + 10 * 10**9))
child("same size, mtime moved", "import mod; print(mod.VERSION)")
child("again", "import mod; print(mod.VERSION)")

# The same file under another spelling of its directory: code objects are
# named by this import's path, not the one the cache was written for.
child("another spelling", use.replace(repr(mod_path), repr(os.path.join(src, ".", "mod.py"))),
      path_entry=os.path.join(src, "."))

# Packages: __init__.py and a submodule, twice.
write("pkg/__init__.py", "from .sub import helper\nNAME = 'pkg'\n")
write("pkg/sub.py", "def helper(x):\n    return [x] * 2\n")
for label in ("package", "package again"):
    child(label, "import pkg, pkg.sub; print(pkg.NAME, pkg.helper(3), pkg.sub.helper('s'))")

# A syntax error is reported the same way every time, and never cached.
bad = write("bad.py", "x = 1\ny = (2 +\n")
code = ("try:\n    import bad\nexcept SyntaxError as e:\n"
        "    print(type(e).__name__, e.lineno, e.filename == %r)\n" % bad)
child("syntax error", code)
child("syntax error again", code)
write("bad.py", "x = 1\ny = (2 +\n   3)\n")
child("fixed", "import bad; print(bad.x, bad.y)")

# Damaged cache files are passed by (uopy's checksum; CPython's magic number).
for dirpath, _, files in os.walk(prefix):
    for f in files:
        with open(os.path.join(dirpath, f), "wb") as out:
            out.write(b"not a cache file")
child("damaged cache", "import mod, pkg; print(mod.VERSION, pkg.NAME)")
child("rewritten cache", "import mod, pkg; print(mod.VERSION, pkg.NAME)")

# Writing off: -B, PYTHONDONTWRITEBYTECODE, sys.dont_write_bytecode; the
# flags say so. Nothing is stored for a module imported that way.
write("quiet/q1.py", "A = 1\n")
write("quiet/q2.py", "A = 2\n")
write("quiet/q3.py", "A = 3\n")
quiet = os.path.join(src, "quiet")
child("-B", "import q1; print(q1.A, sys.dont_write_bytecode, sys.flags.dont_write_bytecode)",
      "-B", path_entry=quiet)
no_write_env = dict(env, PYTHONDONTWRITEBYTECODE="1")
child("PYTHONDONTWRITEBYTECODE", "import q2; print(q2.A, sys.dont_write_bytecode)",
      path_entry=quiet, child_env=no_write_env)
child("sys.dont_write_bytecode", "sys.dont_write_bytecode = True\nimport q3; print(q3.A)",
      path_entry=quiet)
print("stored for quiet modules:", under_prefix(quiet))
child("default", "print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode, "
      "sys.pycache_prefix == %r)" % prefix)

# A prefix that cannot be created: the import works all the same.
blocked_env = dict(env, PYTHONPYCACHEPREFIX=os.path.join(mod_path, "under-a-file"))
child("unwritable prefix", "import mod; print(mod.VERSION)", child_env=blocked_env)
child("unwritable prefix again", "import mod; print(mod.VERSION)", child_env=blocked_env)

print("source directories:", sorted(os.listdir(src)), sorted(os.listdir(os.path.join(src, "pkg"))),
      sorted(os.listdir(quiet)))
shutil.rmtree(work)
