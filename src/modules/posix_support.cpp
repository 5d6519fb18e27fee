// The posix module's shared helpers (see posix_internal.h). CPython
// counterpart: the converters of Modules/posixmodule.c.
#include "modules/posix_internal.h"
#include "modules/fd_wait.h"

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

// -- Errors -----------------------------------------------------------------------------------

// Raises OSError(e, strerror(e)[, filename]) — the subclass for the errno —
// with filename2 set when given (rename, link, symlink). Returns null.
Value raise_errno(int e, Value filename, Value filename2) {
    Value argv[3] = {make_int(e), make_str(std::strerror(e)), filename};
    if (!argv[1]) return Value();
    Value ex = call(Value(exc::OSError), argv, filename ? 3 : 2);
    if (!ex) return ex;
    if (filename2 && set_attr_cstr(ex, "filename2", filename2) < 0) return Value();
    return raise_instance(ex);
}

// A type's __name__ without its module ("DirEntry", not "posix.DirEntry"),
// as CPython's messages print it.
const char* short_type_name(Value v) {
    const char* n = type_name(v);
    const char* dot = std::strrchr(n, '.');
    return dot ? dot + 1 : n;
}

// -- Argument conversion ----------------------------------------------------------------------

// Argument Clinic's `int`: anything with __index__, within C int range.
bool arg_int(Value v, int* out) {
    Value i = number_index(v);
    if (!i) return false;
    int64_t x;
    if (!int_fits_int64(i, &x) || x < INT_MIN || x > INT_MAX) {
        raise(exc::OverflowError, "Python int too large to convert to C int");
        return false;
    }
    *out = static_cast<int>(x);
    return true;
}

// Py_ssize_t / off_t / pid_t arguments: anything with __index__, within int64.
bool arg_int64(Value v, int64_t* out) {
    return int_as_int64(v, out);
}

// A `bool` argument (PyObject_IsTrue), [dflt] when not given.
bool arg_bool(Value v, bool dflt, bool* out) {
    if (!v) {
        *out = dflt;
        return true;
    }
    int t = truthy(v);
    if (t < 0) return false;
    *out = t != 0;
    return true;
}

// A file descriptor given as an integer (CPython's _fd_converter).
bool fd_from_index(Value v, int* out) {
    Value i = number_index(v);
    if (!i) return false;
    int64_t x;
    if (!int_fits_int64(i, &x)) x = int_sign(i) > 0 ? INT64_MAX : INT64_MIN;
    if (x > INT_MAX) {
        raise(exc::OverflowError, "fd is greater than maximum");
        return false;
    }
    if (x < INT_MIN) {
        raise(exc::OverflowError, "fd is less than minimum");
        return false;
    }
    *out = static_cast<int>(x);
    return true;
}

// dir_fd=: None (or not given) means the current directory.
bool arg_dir_fd(Value v, int* out) {
    if (!v || is_none(v)) {
        *out = AT_FDCWD;
        return true;
    }
    if (!is_index_like(v)) {
        raise(exc::TypeError, "argument should be integer or None, not %s", short_type_name(v));
        return false;
    }
    return fd_from_index(v, out);
}

// The `fildes` converter (fsync, fchdir): an int, or an object with
// fileno() (CPython's PyObject_AsFileDescriptor, shared with select/socket).
bool arg_fildes(Value v, int* out) {
    return fdwait::object_as_fd(v, out);
}

// uid_t / gid_t arguments: -1 means "unchanged" (CPython's _Py_Uid_Converter).
bool arg_id(Value v, const char* what, uint32_t* out) {
    if (!is_index_like(v)) {
        raise(exc::TypeError, "%s should be integer, not %s", what, short_type_name(v));
        return false;
    }
    Value i = number_index(v);
    if (!i) return false;
    int64_t x;
    bool fits = int_fits_int64(i, &x);
    if (fits && x == -1) {
        *out = static_cast<uint32_t>(-1);
        return true;
    }
    if (!fits || x < 0 || x >= static_cast<int64_t>(UINT32_MAX)) {
        raise(exc::OverflowError, "%s is %s", what,
              (fits ? x < 0 : int_sign(i) < 0) ? "less than minimum" : "greater than maximum");
        return false;
    }
    *out = static_cast<uint32_t>(x);
    return true;
}

// -- Paths ------------------------------------------------------------------------------------

// The bytes of a str path: its UTF-8, except that lone surrogates
// U+DC80..U+DCFF become the bytes they stand for (surrogateescape). Only a
// str holding some U+D000..U+DFFF character (UTF-8 lead byte 0xED) needs
// the codec.
bool fs_encode_str(Value s, std::string& out) {
    std::string_view v = str_view(s);
    if (v.find('\xED') == std::string_view::npos) {
        out.assign(v);
        return true;
    }
    Value b = codec_encode(s, "utf-8", "surrogateescape");
    if (!b) return false;
    out.assign(bytes_view(b));
    return true;
}

// A name from the system as a str (undecodable bytes become surrogates).
Value fs_decode(std::string_view b) {
    for (char c : b)
        if (static_cast<unsigned char>(c) >= 0x80)
            return codec_decode(b, "utf-8", "surrogateescape");
    return make_str(b);
}

// os.fspath(): str and bytes (and their subclasses) as they are, otherwise
// what type(path).__fspath__ returns, which must be str or bytes.
Value fspath_of(Value v) {
    if (is_str(v) || is_bytes(v)) return v;
    Value name = intern("__fspath__");
    if (!lookup_special(v, name))
        return raise(exc::TypeError, "expected str, bytes or os.PathLike object, not %s",
                     short_type_name(v));
    Value r = call_special(v, name, {});
    if (!r) return r;
    if (!is_str(r) && !is_bytes(r))
        return raise(exc::TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                     short_type_name(v), short_type_name(r));
    return r;
}

// CPython's FSConverter (putenv, system): any path-like object as bytes,
// without NUL bytes.
bool fs_convert(Value v, std::string& out) {
    Value p = fspath_of(v);
    if (!p) return false;
    if (is_str(p)) {
        if (!fs_encode_str(p, out)) return false;
    } else {
        out.assign(bytes_view(p));
    }
    if (out.find('\0') != std::string::npos) {
        raise(exc::ValueError, "embedded null byte");
        return false;
    }
    return true;
}

bool path_type_error(Value v, const PathArg& p) {
    const char* allowed = p.allow_fd && p.nullable ? "string, bytes, os.PathLike, integer or None"
                          : p.allow_fd             ? "string, bytes, os.PathLike or integer"
                          : p.nullable             ? "string, bytes, os.PathLike or None"
                                                   : "string, bytes or os.PathLike";
    raise(exc::TypeError, "%s: %s should be %s, not %s", p.func, p.argname, allowed,
          short_type_name(v));
    return false;
}

// Fills [p] from the argument [v] (null when it was not passed).
bool path_convert(Value v, PathArg& p) {
    if (!v || is_none(v)) {
        if (!p.nullable) return path_type_error(v ? v : None(), p);
        p.narrow.assign(1, '.'); // (not = ".": GCC 12 warns falsely, bug 105329)
        return true;
    }
    if (p.allow_fd && !is_str(v) && !is_bytes(v) && is_index_like(v)) {
        if (!fd_from_index(v, &p.fd)) return false;
        p.is_fd = true;
        p.object = v;
        return true;
    }
    Value o = v;
    if (!is_str(o) && !is_bytes(o)) {
        // os.PathLike: the message names the path argument when there is
        // no __fspath__ at all.
        Value name = intern("__fspath__");
        if (!lookup_special(o, name)) return path_type_error(v, p);
        o = call_special(v, name, {});
        if (!o) return false;
        if (!is_str(o) && !is_bytes(o)) {
            raise(exc::TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                  short_type_name(v), short_type_name(o));
            return false;
        }
    }
    // A NUL is reported as the str encoder and the bytes check word it.
    if (is_str(o)) {
        if (!fs_encode_str(o, p.narrow)) return false;
        if (p.narrow.find('\0') != std::string::npos) {
            raise(exc::ValueError, "embedded null byte");
            return false;
        }
    } else {
        p.narrow.assign(bytes_view(o));
        p.bytes_path = true;
        if (p.narrow.find('\0') != std::string::npos) {
            raise(exc::ValueError, "%s: embedded null character in %s", p.func, p.argname);
            return false;
        }
    }
    p.object = o;
    return true;
}

// The combinations CPython rejects before calling the system.
bool check_fd_combinations(const PathArg& p, int dir_fd, bool follow_symlinks) {
    if (p.is_fd && dir_fd != AT_FDCWD) {
        raise(exc::ValueError, "%s: can't specify dir_fd without matching path", p.func);
        return false;
    }
    if (p.is_fd && !follow_symlinks) {
        raise(exc::ValueError, "%s: cannot use fd and follow_symlinks together", p.func);
        return false;
    }
    return true;
}

// A name read from a directory: bytes when the directory was given as
// bytes, else str.
Value name_value(std::string_view name, bool as_bytes) {
    return as_bytes ? make_bytes(name) : fs_decode(name);
}

} // namespace uopy::posix
