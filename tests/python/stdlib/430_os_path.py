# os.path (posixpath) with fixed strings, os.sep & co, os.environ get/set/del, fspath
import os, os.path as op, posixpath

paths = ["/usr/local/lib/python3.11/os.py", "relative/dir/", "file.tar.gz", ".bashrc", "/", "", "a//b///c", "/a/./b/../c", "..", "~/x", "dir/.hidden.txt"]
for p in paths:
    print(repr(p), op.split(p), op.basename(p), op.dirname(p), op.splitext(p), op.isabs(p), op.normpath(p) if p else "")
print(op.join("a", "b", "c"), op.join("/a", "/b", "c"), op.join("a/", "b"), op.join("", "x"), op.join("a", ""), op.join("/"), op.join(b"a", b"b"))
print(op.normpath("//a//b"), op.normpath("///a"), op.normpath("a/b/../../.."), op.normpath("./"), op.normpath("/../x"), op.normpath(b"/a/../b"))
print(op.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]), op.commonpath(["/usr/lib/x", "/usr/local/y"]), op.commonpath(["a/b", "a/c"]), op.commonprefix([]))
try:
    op.commonpath(["/abs", "rel"])
except ValueError as e:
    print("ValueError", e)
try:
    op.commonpath([])
except ValueError as e:
    print("ValueError", e)
print(op.relpath("/a/b/c", "/a/x"), op.relpath("/a", "/a"), op.relpath("/a/b", "/"), op.relpath("x/y", "x"))
print(op.splitdrive("/a/b"), op.splitext(".a.b"), op.splitext("a.b/c"), op.splitext("a..."), op.splitext("/x/.y.z"), op.expanduser("/no/tilde"))
print(op.abspath("/a/b/../c"), op.isabs("a"), op.realpath("/") == "/", op.normcase("AbC"), op.expandvars("$NOPE_NOT_SET/x"), op.expandvars("${X_UOPY_TEST}"))
print(os.sep, os.altsep, os.extsep, os.pathsep, os.curdir, os.pardir, repr(os.linesep), os.devnull, os.name, op is posixpath)
class PL:
    def __fspath__(self):
        return "/from/fspath"
print(os.fspath("s"), os.fspath(b"b"), os.fspath(PL()), op.basename(PL()), op.join(PL(), "z"))
try:
    os.fspath(3)
except TypeError as e:
    print("TypeError", e)
try:
    op.join("a", b"b")
except TypeError as e:
    print("TypeError", e)
print(os.fsencode("é"), os.fsdecode(b"\xc3\xa9"), os.fsdecode(b"\xff") == "\udcff")

key = "UOPY_STDLIB_TEST_VAR"
print(os.environ.get(key), os.getenv(key, "default"), key in os.environ)
os.environ[key] = "value1"
print(os.environ[key], os.getenv(key), key in os.environ, os.environ.get(key))
os.environ[key] += "+more"
print(os.environ[key], os.environb[key.encode()] if hasattr(os, "environb") else "")
print(op.expandvars("$" + key + "/x"), op.expandvars("${%s}" % key), op.expandvars("$$" + key))
os.environ.setdefault(key, "ignored")
os.environ.setdefault(key + "_2", "set")
print(os.environ[key + "_2"], os.environ.pop(key + "_2"), (key + "_2") in os.environ)
del os.environ[key]
print(os.environ.get(key), key in os.environ, os.getenv(key))
try:
    os.environ[key]
except KeyError as e:
    print("KeyError", e)
try:
    os.environ[key] = 5
except TypeError as e:
    print("TypeError", e)
os.putenv(key, "p")
print(key in os.environ, isinstance(os.environ, os._Environ), type(dict(os.environ)).__name__, "PATH" in os.environ)
env_copy = os.environ.copy()
env_copy[key] = "1"
print(type(env_copy).__name__, key in os.environ, key in env_copy)
print(os.get_exec_path(env={"PATH": "/bin:/usr/bin"}), os.path.supports_unicode_filenames)
