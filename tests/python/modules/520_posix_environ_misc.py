# os.environ over posix.environ, putenv/unsetenv, and the process-level
# functions and constants of the posix module, printing only what does not
# depend on the machine.
import os
import posix

# posix.environ is the raw dict of bytes; os.environ decodes it.
print(type(posix.environ).__name__, all(isinstance(k, bytes) and isinstance(v, bytes)
                                        for k, v in posix.environ.items()))
print(type(os.environ).__name__, len(os.environ) == len(posix.environ))
print(os.environ.get('PATH') == os.fsdecode(posix.environ[b'PATH']))

name = 'UOPY_TEST_VAR_520'
print(name in os.environ, os.environ.get(name), os.getenv(name, 'default'))
os.environ[name] = 'hello wörld'
print(name in os.environ, os.environ[name], os.getenv(name), os.environb[name.encode()])
print(os.environ.setdefault(name, 'other'), os.environ.copy()[name])
del os.environ[name]
print(name in os.environ, os.environ.pop(name, 'gone'))
try:
    os.environ[name]
except KeyError as e:
    print('KeyError', e)
os.putenv(name, 'x')
os.unsetenv(name)
os.putenv(b'UOPY_TEST_BYTES_520', b'y')
for call in (lambda: os.putenv('A=B', 'x'), lambda: os.putenv('', 'x'),
             lambda: os.putenv(1, 'x'), lambda: os.unsetenv('A=B'),
             lambda: os.putenv('A\0', 'x'), lambda: os.environ.__setitem__(name, 1)):
    try:
        call()
    except (ValueError, OSError, TypeError) as e:
        print(type(e).__name__, e)

# The process.
print(os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
print(type(os.getuid()).__name__, os.getuid() == os.geteuid() or 'setuid',
      type(os.getgid()).__name__, os.getgid() == os.getegid() or 'setgid')
old = os.umask(0o027)
print(oct(os.umask(old)))
print(len(os.urandom(16)), type(os.urandom(1)).__name__, os.urandom(0),
      os.urandom(32) != os.urandom(32))
print(os.strerror(2), os.strerror(13), os.strerror(0))
n = os.cpu_count()
print(type(n).__name__, n >= 1)
u = os.uname()
print(type(u).__name__, len(u), u.sysname, u[0] == u.sysname, u.machine == u[4])
print(repr(u).startswith("posix.uname_result(sysname='Linux', nodename="))
t = os.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t), t.user == t[0])
print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).columns,
      os.terminal_size((80, 24)).lines)
for fd in (-1, 99999):
    try:
        os.get_terminal_size(fd)
    except OSError as e:
        print(type(e).__name__, e.errno)
r, w = os.pipe()
try:
    os.get_terminal_size(r)
except OSError as e:
    print(type(e).__name__, e)
print(os.isatty(r), os.get_inheritable(r), os.get_blocking(r), os.device_encoding(r))
os.set_inheritable(r, True)
os.set_blocking(r, False)
print(os.get_inheritable(r), os.get_blocking(r))
os.close(r)
os.close(w)

# Wait statuses.
for status in (0, 256, 3 << 8, 9, 15, 0x137f):
    print(status, os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status),
          os.WTERMSIG(status), os.WIFSTOPPED(status), os.WSTOPSIG(status))
print(os.waitstatus_to_exitcode(256), os.waitstatus_to_exitcode(9),
      os.WIFEXITED(status=0), os.WEXITSTATUS(status=512))
try:
    os.waitstatus_to_exitcode(0x137f)
except ValueError as e:
    print('ValueError', e)

# Constants.
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND,
      os.O_NONBLOCK, os.O_CLOEXEC, os.O_DIRECTORY)
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(os.EX_OK, os.EX_USAGE, os.EX_SOFTWARE, os.EX_CONFIG, os.WNOHANG)

# The sets os.py builds from posix._have_functions.
print(os.stat in os.supports_dir_fd, os.open in os.supports_dir_fd,
      os.mkdir in os.supports_dir_fd, os.unlink in os.supports_dir_fd)
print(os.stat in os.supports_fd, os.listdir in os.supports_fd, os.scandir in os.supports_fd,
      os.chdir in os.supports_fd)
print(os.stat in os.supports_follow_symlinks, os.access in os.supports_effective_ids)
print(not hasattr(os, '_have_functions'), isinstance(posix._have_functions, list))

# Struct sequences made from Python.
s = os.stat_result(range(10))
print(s, s.st_mtime, s.st_atime_ns, s.st_rdev)
s = os.stat_result(range(13))
print(s.st_atime, s.st_mtime, s.st_ctime, s.st_blocks)
for bad in (range(3), range(20)):
    try:
        os.stat_result(bad)
    except TypeError as e:
        print('TypeError', e)
print(os.stat_result.__module__, os.terminal_size.__module__, os.times_result.__module__,
      os.uname_result.__module__, os.DirEntry.__module__)

# Argument errors.
for call in (lambda: os.close(1.5), lambda: os.close(2 ** 40), lambda: os.read(1),
             lambda: os.getpid(1), lambda: os.dup(), lambda: os.urandom(-1),
             lambda: os.stat('.', dir_fd='x'), lambda: os.stat(3, dir_fd=4),
             lambda: os.stat(3, follow_symlinks=False), lambda: os.utime('.', (1,)),
             lambda: os.utime('.', (1, 2), ns=(1, 2)), lambda: os.utime('.', ns=1),
             lambda: os.fsync('x'), lambda: os.write(1, 'str'), lambda: os.DirEntry(),
             lambda: os.get_terminal_size(1, 2), lambda: os.strerror('x'),
             lambda: os.stat(2 ** 70), lambda: os.open('.', 'x')):
    try:
        call()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
