# os and os.path over the native posix module: the working directory,
# listing a directory, os.path's string functions and the ones that stat,
# os.fspath and the path arguments every posix function accepts.
import os
import posix
import sys

print(os.name, os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, repr(os.altsep))
print(os.devnull, repr(os.linesep), os.path is sys.modules['os.path'], os.path.__name__)
print(posix.error is OSError, os.error is OSError)

# The test runs in its own directory.
cwd = os.getcwd()
print(type(cwd).__name__, os.path.isabs(cwd), os.path.basename(cwd))
print(os.getcwdb() == os.fsencode(cwd), type(os.getcwdb()).__name__)

# listdir: str in, str out; bytes in, bytes out; the default is '.'.
names = sorted(n for n in os.listdir('_support') if n != '__pycache__')
print(names)
print(sorted(n for n in os.listdir(b'_support') if n != b'__pycache__'))
print('_support' in os.listdir(), '_support' in os.listdir('.'), '_support' in os.listdir(None))
print(sorted(os.listdir(os.path.join('_support', 'pkgdemo')))[:1] != [])

# os.path on strings only.
print(os.path.join('a', 'b', 'c.txt'), os.path.join('/a', '/b', 'c'), os.path.join('a/', 'b'))
print(os.path.split('/usr/lib/python3.11/os.py'), os.path.split('file'), os.path.split('/'))
print(os.path.basename('/a/b/c.tar.gz'), os.path.dirname('/a/b/c.tar.gz'))
print(os.path.splitext('archive.tar.gz'), os.path.splitext('.bashrc'), os.path.splitext('a/b'))
print(os.path.normpath('a//b/./c/../d'), os.path.normpath('/../x'), os.path.normpath(''),
      os.path.normpath('//a//b'), os.path.normpath('///a'))
print(os.path.isabs('/x'), os.path.isabs('x'), os.path.commonprefix(['/usr/lib', '/usr/local']))
print(os.path.commonpath(['/usr/lib/x', '/usr/local/y']), os.path.relpath('/a/b/c', '/a'))
print(os.path.abspath('x') == os.path.join(cwd, 'x'), os.path.abspath('/a/../b'))
print(os.path.join(b'a', b'b'), os.path.split(b'/x/y'), os.path.normpath(b'a/../b'))
print(os.path.expanduser('no_tilde'), os.path.expandvars('$NO_SUCH_VARIABLE_XYZ/x'))

# os.path functions that stat.
here = os.path.join('_support', 'helper_mod.py')
print(os.path.exists(here), os.path.isfile(here), os.path.isdir(here), os.path.islink(here))
print(os.path.exists('_support'), os.path.isdir('_support'), os.path.isfile('_support'))
print(os.path.exists('no_such_file'), os.path.isdir('no_such_file'), os.path.lexists('nope'))
print(os.path.getsize(here) == os.stat(here).st_size, os.path.getsize(here) > 0)
print(os.path.exists('bad\0name'), os.path.exists(''))
print(os.path.samefile(here, os.path.join('.', here)))


# os.fspath and os.PathLike.
class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.fspath('s'), os.fspath(b'b'), os.fspath(P('via')), os.fspath(P(b'bytes')))
print(isinstance(P('x'), os.PathLike), isinstance('x', os.PathLike))
print(os.path.join(P('a'), 'b'), os.path.exists(P('_support')), os.listdir(P('_support')) != [])
print(sorted(n for n in os.listdir(P(b'_support')) if n != b'__pycache__'))


class S(str):
    pass


print(type(os.fspath(S('sub'))).__name__)
for bad in (1, None, 1.5, [], P(1), P(None)):
    try:
        os.fspath(bad)
    except TypeError as e:
        print('TypeError:', e)
print(os.fsencode('abc'), os.fsdecode(b'abc'), os.fsencode(P('p')), os.fsdecode(P(b'q')))

# How each function describes the path argument it did not get.
for call in (lambda: os.stat(1.5), lambda: os.listdir(1.5), lambda: os.mkdir(1.5),
             lambda: os.lstat(3), lambda: os.rename('a', 2.5), lambda: os.remove(None),
             lambda: os.stat(P(2)), lambda: os.scandir([]), lambda: os.fspath(),
             lambda: os.stat()):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
for call in (lambda: os.stat('a\0b'), lambda: os.listdir(b'x\0'), lambda: os.open('\0', 0)):
    try:
        call()
    except ValueError as e:
        print('ValueError:', e)
