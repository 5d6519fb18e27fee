# errno: the Linux error codes, the aliases that share a code, and errorcode
import errno

print(errno.__name__, type(errno.errorcode).__name__)
for name in ["EPERM", "ENOENT", "ESRCH", "EINTR", "EIO", "EBADF", "EAGAIN", "ENOMEM",
             "EACCES", "EEXIST", "ENOTDIR", "EISDIR", "EINVAL", "EPIPE", "EDOM", "ERANGE",
             "EDEADLK", "ENAMETOOLONG", "ENOSYS", "ENOTEMPTY", "ELOOP", "ETIMEDOUT",
             "ECONNREFUSED", "EINPROGRESS", "ECANCELED", "EOWNERDEAD", "ENOTRECOVERABLE",
             "ERFKILL"]:
    print(name, getattr(errno, name))

# Aliases: the same code under two names; errorcode keeps one of them.
for a, b in [("EWOULDBLOCK", "EAGAIN"), ("EDEADLOCK", "EDEADLK"), ("ENOTSUP", "EOPNOTSUPP")]:
    va, vb = getattr(errno, a), getattr(errno, b)
    print(a, b, va == vb, errno.errorcode[va])

names = sorted(n for n in dir(errno) if n.startswith("E"))
print(len(names), len(errno.errorcode))
print(names)
# Every entry of errorcode names its code.
print(all(getattr(errno, name) == code for code, name in errno.errorcode.items()))
# Every name's code is in errorcode.
print(all(getattr(errno, n) in errno.errorcode for n in names))
print(list(errno.errorcode.items())[:8])
print(sorted(errno.errorcode)[:5], max(errno.errorcode))
print(errno.errorcode.get(0), errno.errorcode.get(10000))
try:
    errno.errorcode[-1]
except KeyError as e:
    print("KeyError", e)
print(hasattr(errno, "EHWPOISON"))
print(type(errno.ENOENT).__name__)
# OSError subclasses chosen by errno
print(type(OSError(errno.ENOENT, "x")).__name__, type(OSError(errno.EEXIST, "x")).__name__)
