// The posix module's file-descriptor functions: open, close, read, write,
// dup, pipe, lseek and the descriptor flags. CPython counterpart: the
// corresponding part of Modules/posixmodule.c.
#include "modules/posix_internal.h"

#include "modules/posix_internal.h"
#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/memoryview.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"
#include <dirent.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/times.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <sysexits.h>
#include <unistd.h>
#include <cerrno>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace uopy::posix {

namespace {

// -- File descriptors -------------------------------------------------------------------------

// open(path, flags, mode=0o777, *, dir_fd=None): the new fd is not
// inheritable (O_CLOEXEC), as in CPython.
static Value os_open(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("open", "path, flags, mode=, *, dir_fd=");
    Value a[4];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    PathArg p("open", "path");
    int flags, mode = 0777, dir_fd;
    if (!path_convert(a[0], p) || !arg_int(a[1], &flags) || (a[2] && !arg_int(a[2], &mode)) ||
        !arg_dir_fd(a[3], &dir_fd))
        return Value();
    flags |= O_CLOEXEC;
    int fd;
    do {
        fd = dir_fd != AT_FDCWD ? ::openat(dir_fd, p.c_str(), flags, mode)
                                : ::open(p.c_str(), flags, mode);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) return raise_errno(errno, p.object);
    return make_int(fd);
}

// close(fd)
static Value os_close(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("close", "fd");
    Value a[1];
    int fd;
    if (!sig.bind(args, nargs, kwnames, a) || !arg_int(a[0], &fd)) return Value();
    if (::close(fd) != 0) return raise_errno(errno);
    return None();
}

// closerange(fd_low, fd_high, /): errors are ignored.
static Value os_closerange(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_expected("closerange", nargs, 2, 2)) return Value();
    int lo, hi;
    if (!arg_int(args[0], &lo) || !arg_int(args[1], &hi)) return Value();
    long max_fd = ::sysconf(_SC_OPEN_MAX);
    if (max_fd > 0 && hi > max_fd) hi = static_cast<int>(max_fd);
    for (int fd = lo < 0 ? 0 : lo; fd < hi; fd++)
        ::close(fd);
    return None();
}

// dup(fd, /): the copy is not inheritable.
static Value os_dup(Value, const Value* args, size_t, Value) {
    int fd;
    if (!arg_int(args[0], &fd)) return Value();
    int r = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0) return raise_errno(errno);
    return make_int(r);
}

// dup2(fd, fd2, inheritable=True)
static Value os_dup2(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("dup2", "fd, fd2, inheritable=");
    Value a[3];
    int fd, fd2;
    bool inheritable;
    if (!sig.bind(args, nargs, kwnames, a) || !arg_int(a[0], &fd) || !arg_int(a[1], &fd2) ||
        !arg_bool(a[2], true, &inheritable))
        return Value();
    int r = inheritable ? ::dup2(fd, fd2) : ::dup3(fd, fd2, O_CLOEXEC);
    if (r < 0) return raise_errno(errno);
    return make_int(r);
}

// lseek(fd, position, whence, /)
static Value os_lseek(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_expected("lseek", nargs, 3, 3)) return Value();
    int fd, how;
    int64_t pos;
    if (!arg_int(args[0], &fd) || !arg_int64(args[1], &pos) || !arg_int(args[2], &how))
        return Value();
    off_t r = ::lseek(fd, static_cast<off_t>(pos), how);
    if (r < 0) return raise_errno(errno);
    return make_int(r);
}

// read(fd, length, /): bytes; empty at end of file.
static Value os_read(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_expected("read", nargs, 2, 2)) return Value();
    int fd;
    int64_t length;
    if (!arg_int(args[0], &fd) || !arg_int64(args[1], &length)) return Value();
    if (length < 0) return raise_errno(EINVAL);
    std::string buf(static_cast<size_t>(length), '\0');
    ssize_t n;
    do {
        n = ::read(fd, buf.data(), buf.size());
    } while (n < 0 && errno == EINTR);
    if (n < 0) return raise_errno(errno);
    return make_bytes(std::string_view(buf.data(), static_cast<size_t>(n)));
}

// The data of a bytes-like argument (bytes, bytearray, memoryview).
static bool bytes_like(Value v, Value* holder, std::string_view* out) {
    if (is_bytes(v) || is_bytearray(v)) {
        *out = bytes_view(v);
        return true;
    }
    if (isinstance_of(v, &MemoryViewType)) {
        Value b = call1(Value(&BytesType), v);
        if (!b) return false;
        *holder = b;
        *out = bytes_view(b);
        return true;
    }
    raise(exc::TypeError, "a bytes-like object is required, not '%s'", short_type_name(v));
    return false;
}

// write(fd, data, /): the number of bytes written.
static Value os_write(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_expected("write", nargs, 2, 2)) return Value();
    int fd;
    if (!arg_int(args[0], &fd)) return Value();
    Value holder;
    std::string_view data;
    if (!bytes_like(args[1], &holder, &data)) return Value();
    ssize_t n;
    do {
        n = ::write(fd, data.data(), data.size());
    } while (n < 0 && errno == EINTR);
    if (n < 0) return raise_errno(errno);
    return make_int(n);
}

// pipe(): (read end, write end), neither inheritable.
static Value os_pipe(Value, const Value*, size_t, Value) {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) return raise_errno(errno);
    return tuple_pack({make_int(fds[0]), make_int(fds[1])});
}

// pipe2(flags, /): pipe() with O_NONBLOCK and/or O_CLOEXEC as [flags] say
// (inheritable unless O_CLOEXEC is given).
static Value os_pipe2(Value, const Value* args, size_t, Value) {
    int flags;
    if (!arg_int(args[0], &flags)) return Value();
    int fds[2];
    if (::pipe2(fds, flags) != 0) return raise_errno(errno);
    return tuple_pack({make_int(fds[0]), make_int(fds[1])});
}

// isatty(fd, /)
static Value os_isatty(Value, const Value* args, size_t, Value) {
    int fd;
    if (!arg_int(args[0], &fd)) return Value();
    return Bool(::isatty(fd) != 0);
}

// fsync(fd), fdatasync(fd): fd may be any object with fileno().
static Value os_fsync(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("fsync", "fd");
    Value a[1];
    int fd;
    if (!sig.bind(args, nargs, kwnames, a) || !arg_fildes(a[0], &fd)) return Value();
    if (::fsync(fd) != 0) return raise_errno(errno);
    return None();
}
static Value os_fdatasync(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("fdatasync", "fd");
    Value a[1];
    int fd;
    if (!sig.bind(args, nargs, kwnames, a) || !arg_fildes(a[0], &fd)) return Value();
    if (::fdatasync(fd) != 0) return raise_errno(errno);
    return None();
}

// ftruncate(fd, length, /)
static Value os_ftruncate(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_expected("ftruncate", nargs, 2, 2)) return Value();
    int fd;
    int64_t length;
    if (!arg_int(args[0], &fd) || !arg_int64(args[1], &length)) return Value();
    if (::ftruncate(fd, static_cast<off_t>(length)) != 0) return raise_errno(errno);
    return None();
}

// get_inheritable(fd, /), set_inheritable(fd, inheritable, /)
static Value os_get_inheritable(Value, const Value* args, size_t, Value) {
    int fd;
    if (!arg_int(args[0], &fd)) return Value();
    int flags = ::fcntl(fd, F_GETFD);
    if (flags < 0) return raise_errno(errno);
    return Bool(!(flags & FD_CLOEXEC));
}
static Value os_set_inheritable(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_expected("set_inheritable", nargs, 2, 2)) return Value();
    int fd, inheritable;
    if (!arg_int(args[0], &fd) || !arg_int(args[1], &inheritable)) return Value();
    int flags = ::fcntl(fd, F_GETFD);
    if (flags < 0) return raise_errno(errno);
    int nf = inheritable ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC;
    if (nf != flags && ::fcntl(fd, F_SETFD, nf) < 0) return raise_errno(errno);
    return None();
}

// get_blocking(fd, /), set_blocking(fd, blocking, /)
static Value os_get_blocking(Value, const Value* args, size_t, Value) {
    int fd;
    if (!arg_int(args[0], &fd)) return Value();
    int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0) return raise_errno(errno);
    return Bool(!(flags & O_NONBLOCK));
}
static Value os_set_blocking(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_expected("set_blocking", nargs, 2, 2)) return Value();
    int fd;
    bool blocking;
    if (!arg_int(args[0], &fd) || !arg_bool(args[1], true, &blocking)) return Value();
    int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0) return raise_errno(errno);
    int nf = blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
    if (nf != flags && ::fcntl(fd, F_SETFL, nf) < 0) return raise_errno(errno);
    return None();
}

// device_encoding(fd): the encoding of a terminal (uopy's is always
// UTF-8), None for anything else.
static Value os_device_encoding(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("device_encoding", "fd");
    Value a[1];
    int fd;
    if (!sig.bind(args, nargs, kwnames, a) || !arg_int(a[0], &fd)) return Value();
    if (!::isatty(fd)) return None();
    return make_str("utf-8");
}

} // namespace

const NativeMethodDef fd_functions[] = {
    {"open", os_open, NATIVE_KEYWORDS, nullptr},
    {"close", os_close, NATIVE_KEYWORDS, nullptr},
    {"closerange", os_closerange, 0, nullptr},
    {"dup", os_dup, NATIVE_O, nullptr},
    {"dup2", os_dup2, NATIVE_KEYWORDS, nullptr},
    {"lseek", os_lseek, 0, nullptr},
    {"read", os_read, 0, nullptr},
    {"write", os_write, 0, nullptr},
    {"pipe", os_pipe, NATIVE_NOARGS, nullptr},
    {"pipe2", os_pipe2, NATIVE_O, nullptr},
    {"isatty", os_isatty, NATIVE_O, nullptr},
    {"fsync", os_fsync, NATIVE_KEYWORDS, nullptr},
    {"fdatasync", os_fdatasync, NATIVE_KEYWORDS, nullptr},
    {"ftruncate", os_ftruncate, 0, nullptr},
    {"get_inheritable", os_get_inheritable, NATIVE_O, nullptr},
    {"set_inheritable", os_set_inheritable, 0, nullptr},
    {"get_blocking", os_get_blocking, NATIVE_O, nullptr},
    {"set_blocking", os_set_blocking, 0, nullptr},
    {"device_encoding", os_device_encoding, NATIVE_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace uopy::posix
