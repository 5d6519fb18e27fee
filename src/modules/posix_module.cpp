// The `posix` module: the operating-system interface that the host
// stdlib's os.py imports on Linux (`from posix import *`), with CPython
// 3.11's signatures, semantics and error messages. CPython counterpart:
// Modules/posixmodule.c.
//
// What is here: the environment (environ, putenv, unsetenv), the process
// (getpid and friends, umask, kill, system, _exit, times, uname,
// cpu_count, the W* wait-status macros), file descriptors (open, read,
// write, close, lseek, dup, dup2, pipe, isatty, fsync, ftruncate, ...),
// paths (stat, lstat, fstat, listdir, scandir, mkdir, rmdir, unlink,
// rename, access, chmod, chown, readlink, symlink, link, utime, truncate,
// getcwd, chdir), fspath, urandom, strerror, get_terminal_size, the O_*,
// SEEK_*, EX_* ... constants, and _have_functions, which tells os.py which
// functions accept dir_fd, an fd or follow_symlinks.
//
// Paths. A path argument is a str, a bytes, or an os.PathLike whose
// __fspath__ returns one of those; some functions also take an open file
// descriptor. A str is encoded as UTF-8 with surrogateescape (the
// filesystem encoding CPython uses on Linux), and names read back from the
// system are decoded the same way, so undecodable bytes round-trip. A
// bytes path gives bytes results. PathArg below is CPython's path_t.
//
// Errors carry errno, strerror and the filename (two for rename, link and
// symlink); calling OSError(errno, strerror, filename) picks the subclass
// for the errno (FileNotFoundError, PermissionError, ...) as in CPython.
//
// Objects. os.stat_result is a struct sequence of 10 items (indices 7-9 are
// the int times) with 9 more fields reachable only by name (st_atime as a
// float, st_atime_ns, st_blksize, ...); those live in the same allocation,
// after the visible items, and a trace function of our own marks them.
// ScandirIterator owns a DIR* that its finalizer closes; DirEntry caches
// its stat results as CPython's does.
#include "modules/modules.h"
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
#include <sys/statvfs.h>
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

namespace uopy {

// Everything but the module's init function is private to this file.
namespace {

static Type DirEntryType, ScandirIteratorType;
static Type *StatResultType, *TerminalSizeType, *TimesResultType, *UnameResultType;

using namespace posix;

// -- stat_result ------------------------------------------------------------------------------

constexpr size_t kStatVisible = 10; // st_mode .. st_size, then the int times
constexpr size_t kStatFields = 19;  // with st_atime (float) .. st_rdev
// Marks (in the object header's aux word) a stat_result that has the hidden
// fields after its items; stat_result(seq) builds them too, but a tuple
// made any other way for a subclass would not.
constexpr uint32_t kStatHasHidden = 0x53544154u; // "STAT"

static const char* const kStatHiddenNames[kStatFields - kStatVisible] = {
    "st_atime",    "st_mtime",   "st_ctime",  "st_atime_ns", "st_mtime_ns",
    "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"};

static TraceFn g_tuple_trace; // TupleType's trace, called for the visible items

static void stat_result_trace(Object* o, Tracer& t) {
    g_tuple_trace(o, t);
    if (o->aux == kStatHasHidden)
        t.visit_values(static_cast<TupleObject*>(o)->items + kStatVisible,
                       kStatFields - kStatVisible);
}

// A stat_result (of [type], or a subclass) holding all kStatFields [items].
static Value new_stat_result(Type* type, const Value* items) {
    auto* t = gc_new<TupleObject>(type, sizeof(TupleObject) + kStatFields * sizeof(Value) +
                                            var_instance_extra(type));
    if (!t) return Value();
    t->size = kStatVisible;
    t->hash = -1;
    t->aux = kStatHasHidden;
    for (size_t i = 0; i < kStatFields; i++)
        t->items[i] = items[i];
    return Value(t);
}

// The hidden field K (0: st_atime) of a stat_result; None if it has none.
template <size_t K> static Value stat_hidden_get(Value self) {
    Object* o = self.as_ptr();
    if (o->aux != kStatHasHidden) return None();
    return static_cast<TupleObject*>(o)->items[kStatVisible + K];
}
static const GetSetDef stat_hidden_getsets[] = {
    {"st_atime", stat_hidden_get<0>, nullptr, "time of last access"},
    {"st_mtime", stat_hidden_get<1>, nullptr, "time of last modification"},
    {"st_ctime", stat_hidden_get<2>, nullptr, "time of last change"},
    {"st_atime_ns", stat_hidden_get<3>, nullptr, "time of last access in nanoseconds"},
    {"st_mtime_ns", stat_hidden_get<4>, nullptr, "time of last modification in nanoseconds"},
    {"st_ctime_ns", stat_hidden_get<5>, nullptr, "time of last change in nanoseconds"},
    {"st_blksize", stat_hidden_get<6>, nullptr, "blocksize for filesystem I/O"},
    {"st_blocks", stat_hidden_get<7>, nullptr, "number of blocks allocated"},
    {"st_rdev", stat_hidden_get<8>, nullptr, "device type (if inode device)"},
    {nullptr, nullptr, nullptr, nullptr},
};

// os.stat_result(sequence, dict=None): 10 to 19 items; the hidden fields
// not given come from [dict] or are None, and st_atime/st_mtime/st_ctime
// default to the int times.
static Value stat_result_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("stat_result", "sequence, dict=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    Value seq = sequence_to_tuple(a[0]);
    if (!seq) return seq;
    size_t n = tuple_size(seq);
    if (n < kStatVisible)
        return raise(exc::TypeError,
                     "os.stat_result() takes an at least %zu-sequence (%zu-sequence given)",
                     kStatVisible, n);
    if (n > kStatFields)
        return raise(exc::TypeError,
                     "os.stat_result() takes an at most %zu-sequence (%zu-sequence given)",
                     kStatFields, n);
    Dict* d = nullptr;
    if (a[1] && !is_none(a[1])) {
        if (!is_dict(a[1]))
            return raise(exc::TypeError, "os.stat_result() takes a dict as second arg, if any");
        d = as_dict(a[1]);
    }
    Value items[kStatFields];
    for (size_t i = 0; i < kStatFields; i++) {
        if (i < n) {
            items[i] = tuple_get(seq, i);
        } else {
            Value v = d ? dict_get_cstr(d, kStatHiddenNames[i - kStatVisible]) : Value();
            items[i] = v ? v : None();
        }
    }
    for (size_t k = 0; k < 3; k++)
        if (is_none(items[kStatVisible + k])) items[kStatVisible + k] = items[7 + k];
    return new_stat_result(type, items);
}

// Seconds and nanoseconds as an int of nanoseconds (big when it must be).
static Value make_ns(int64_t sec, int64_t nsec) {
    int64_t prod, total;
    if (!__builtin_mul_overflow(sec, int64_t(1000000000), &prod) &&
        !__builtin_add_overflow(prod, nsec, &total))
        return make_int(total);
    mpz_t z;
    mpz_init_set_si(z, sec);
    mpz_mul_ui(z, z, 1000000000u);
    if (nsec >= 0)
        mpz_add_ui(z, z, static_cast<unsigned long>(nsec));
    else
        mpz_sub_ui(z, z, static_cast<unsigned long>(-nsec));
    return make_int_steal_mpz(z);
}

// uid_t/gid_t as Python sees them: (uid_t)-1 is -1.
static Value make_id(uint32_t id) {
    return id == static_cast<uint32_t>(-1) ? make_int(-1) : make_uint(id);
}

static Value make_stat_result(const struct stat& st) {
    Value v[kStatFields];
    v[0] = make_int(st.st_mode);
    v[1] = make_uint(st.st_ino);
    v[2] = make_uint(st.st_dev);
    v[3] = make_uint(st.st_nlink);
    v[4] = make_id(st.st_uid);
    v[5] = make_id(st.st_gid);
    v[6] = make_int(st.st_size);
    const struct timespec* times[3] = {&st.st_atim, &st.st_mtim, &st.st_ctim};
    for (size_t i = 0; i < 3; i++) {
        int64_t sec = times[i]->tv_sec, nsec = times[i]->tv_nsec;
        v[7 + i] = make_int(sec);
        // CPython's expression, for the same rounding: sec + nsec * 1e-9.
        v[kStatVisible + i] =
            make_float(static_cast<double>(sec) + static_cast<double>(nsec) * 1e-9);
        v[kStatVisible + 3 + i] = make_ns(sec, nsec);
    }
    v[16] = make_int(st.st_blksize);
    v[17] = make_int(st.st_blocks);
    v[18] = make_uint(st.st_rdev);
    for (Value x : v)
        if (!x) return Value();
    return new_stat_result(StatResultType, v);
}

// stat, lstat and the fd form, for [p] as converted.
static Value do_stat(const PathArg& p, int dir_fd, bool follow_symlinks) {
    struct stat st;
    int r;
    if (p.is_fd)
        r = ::fstat(p.fd, &st);
    else if (dir_fd != AT_FDCWD || !follow_symlinks)
        r = ::fstatat(dir_fd, p.c_str(), &st, follow_symlinks ? 0 : AT_SYMLINK_NOFOLLOW);
    else
        r = ::stat(p.c_str(), &st);
    if (r != 0) return raise_errno(errno, p.object);
    return make_stat_result(st);
}

// stat(path, *, dir_fd=None, follow_symlinks=True)
static Value os_stat(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("stat", "path, *, dir_fd=, follow_symlinks=");
    Value a[3];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    PathArg p("stat", "path", false, true);
    int dir_fd;
    bool follow;
    if (!path_convert(a[0], p) || !arg_dir_fd(a[1], &dir_fd) || !arg_bool(a[2], true, &follow) ||
        !check_fd_combinations(p, dir_fd, follow))
        return Value();
    return do_stat(p, dir_fd, follow);
}

// lstat(path, *, dir_fd=None)
static Value os_lstat(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("lstat", "path, *, dir_fd=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    PathArg p("lstat", "path");
    int dir_fd;
    if (!path_convert(a[0], p) || !arg_dir_fd(a[1], &dir_fd)) return Value();
    return do_stat(p, dir_fd, false);
}

// fstat(fd)
static Value os_fstat(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("fstat", "fd");
    Value a[1];
    int fd;
    if (!sig.bind(args, nargs, kwnames, a) || !arg_int(a[0], &fd)) return Value();
    struct stat st;
    if (::fstat(fd, &st) != 0) return raise_errno(errno);
    return make_stat_result(st);
}

// -- Directories: listdir, scandir, DirEntry --------------------------------------------------

// Opens the directory [p] names (a path, or a duplicate of its fd, so that
// closing the DIR* leaves the caller's fd open). Null with OSError set.
static DIR* open_dir(const PathArg& p) {
    if (p.is_fd) {
        int fd = ::fcntl(p.fd, F_DUPFD_CLOEXEC, 0);
        if (fd < 0) {
            raise_errno(errno);
            return nullptr;
        }
        DIR* d = ::fdopendir(fd);
        if (!d) {
            int e = errno;
            ::close(fd);
            raise_errno(e);
        }
        return d;
    }
    DIR* d = ::opendir(p.c_str());
    if (!d) raise_errno(errno, p.object);
    return d;
}

// Closes a directory; one read through an fd is rewound first, so that the
// caller's fd can list it again (as CPython does).
static void close_dir(DIR* d, bool from_fd) {
    if (from_fd) ::rewinddir(d);
    ::closedir(d);
}

static bool is_dot_or_dotdot(const char* n) {
    return n[0] == '.' && (n[1] == '\0' || (n[1] == '.' && n[2] == '\0'));
}

// listdir(path=None)
static Value os_listdir(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("listdir", "path=");
    Value a[1];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    PathArg p("listdir", "path", true, true);
    if (!path_convert(a[0], p)) return Value();
    DIR* d = open_dir(p);
    if (!d) return Value();
    Value list = make_list(0);
    if (!list) {
        close_dir(d, p.is_fd);
        return list;
    }
    for (;;) {
        errno = 0;
        struct dirent* ent = ::readdir(d);
        if (!ent) {
            int e = errno;
            close_dir(d, p.is_fd);
            if (e) return raise_errno(e, p.object);
            return list;
        }
        if (is_dot_or_dotdot(ent->d_name)) continue;
        Value name = name_value(ent->d_name, p.bytes_path);
        if (!name || !list_append(list, name)) {
            close_dir(d, p.is_fd);
            return Value();
        }
    }
}

struct DirEntryObject : Object {
    Value name;  // str or bytes
    Value path;  // the directory joined with the name (the name alone under scandir(fd))
    Value stat;  // stat_result cache (following symlinks), null until asked
    Value lstat; // stat_result cache (not following), null until asked
    uint64_t ino;
    int dir_fd; // the fd given to scandir(), or -1
    unsigned char d_type;
};
static void direntry_trace(Object* o, Tracer& t) {
    auto* e = static_cast<DirEntryObject*>(o);
    t.visit(e->name);
    t.visit(e->path);
    t.visit(e->stat);
    t.visit(e->lstat);
}
static DirEntryObject* DE(Value v) {
    return static_cast<DirEntryObject*>(v.as_ptr());
}

struct ScandirIteratorObject : Object {
    DIR* dir;          // null once exhausted or closed
    Value path_object; // the str/bytes path or the int fd, for errors; null for None
    Value narrow;      // bytes: the encoded directory path, to join names to
    int fd;            // the fd given, or -1
    bool from_fd;
    bool bytes_path;
};
static void scandir_trace(Object* o, Tracer& t) {
    auto* s = static_cast<ScandirIteratorObject*>(o);
    t.visit(s->path_object);
    t.visit(s->narrow);
}
static void scandir_close(ScandirIteratorObject* s) {
    if (!s->dir) return;
    DIR* d = s->dir;
    s->dir = nullptr;
    close_dir(d, s->from_fd);
}
// An iterator dropped without being closed or exhausted closes its directory.
static void scandir_finalize(Object* o) {
    scandir_close(static_cast<ScandirIteratorObject*>(o));
}
static ScandirIteratorObject* SI(Value v) {
    return static_cast<ScandirIteratorObject*>(v.as_ptr());
}

// scandir(path=None)
static Value os_scandir(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("scandir", "path=");
    Value a[1];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    PathArg p("scandir", "path", true, true);
    if (!path_convert(a[0], p)) return Value();
    Value narrow = make_bytes(p.narrow);
    if (!narrow) return narrow;
    auto* s = gc_new<ScandirIteratorObject>(&ScandirIteratorType);
    if (!s) return Value();
    s->path_object = p.object;
    s->narrow = narrow;
    s->fd = p.is_fd ? p.fd : -1;
    s->from_fd = p.is_fd;
    s->bytes_path = p.bytes_path;
    Value it(s);
    s->dir = open_dir(p);
    if (!s->dir) return Value();
    return it;
}

static Value make_dir_entry(ScandirIteratorObject* s, const struct dirent* ent) {
    std::string_view nm(ent->d_name);
    Value name = name_value(nm, s->bytes_path);
    if (!name) return name;
    Value path = name;
    if (!s->from_fd) {
        // The directory as given, a '/' unless it ends with one, the name.
        std::string joined(bytes_view(s->narrow));
        if (!joined.empty() && joined.back() != '/') joined += '/';
        joined += nm;
        path = name_value(joined, s->bytes_path);
        if (!path) return path;
    }
    auto* e = gc_new<DirEntryObject>(&DirEntryType);
    if (!e) return Value();
    e->name = name;
    e->path = path;
    e->ino = ent->d_ino;
    e->d_type = ent->d_type;
    e->dir_fd = s->from_fd ? s->fd : -1;
    return Value(e);
}

static Value scandir_next(Value self) {
    ScandirIteratorObject* s = SI(self);
    while (s->dir) {
        errno = 0;
        struct dirent* ent = ::readdir(s->dir);
        if (!ent) {
            int e = errno;
            scandir_close(s);
            if (e) return raise_errno(e, s->path_object);
            return Value();
        }
        if (is_dot_or_dotdot(ent->d_name)) continue;
        return make_dir_entry(s, ent);
    }
    return Value();
}
static Value scandir_iter(Value self) {
    return self;
}
static Value scandir_close_method(Value self, const Value*, size_t, Value) {
    scandir_close(SI(self));
    return None();
}
static Value scandir_enter(Value self, const Value*, size_t, Value) {
    return self;
}
static Value scandir_exit(Value self, const Value*, size_t, Value) {
    scandir_close(SI(self));
    return False();
}
static const NativeMethodDef scandir_methods[] = {
    {"close", scandir_close_method, NATIVE_NOARGS, nullptr},
    {"__enter__", scandir_enter, NATIVE_NOARGS, nullptr},
    {"__exit__", scandir_exit, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// The bytes of a DirEntry's name or path, for a system call.
static bool entry_narrow(Value v, std::string& out) {
    if (is_bytes(v)) {
        out.assign(bytes_view(v));
        return true;
    }
    return fs_encode_str(v, out);
}

// A fresh stat of the entry (relative to the scandir fd when there is one).
static Value direntry_fetch_stat(DirEntryObject* e, bool follow_symlinks) {
    struct stat st;
    int r;
    std::string p;
    if (e->dir_fd != -1) {
        if (!entry_narrow(e->name, p)) return Value();
        r = ::fstatat(e->dir_fd, p.c_str(), &st, follow_symlinks ? 0 : AT_SYMLINK_NOFOLLOW);
    } else {
        if (!entry_narrow(e->path, p)) return Value();
        r = follow_symlinks ? ::stat(p.c_str(), &st) : ::lstat(p.c_str(), &st);
    }
    if (r != 0) return raise_errno(errno, e->path);
    return make_stat_result(st);
}

static Value direntry_get_lstat(DirEntryObject* e) {
    if (!e->lstat) {
        Value st = direntry_fetch_stat(e, false);
        if (!st) return st;
        e->lstat = st;
    }
    return e->lstat;
}

static int direntry_test_mode(DirEntryObject* e, bool follow_symlinks, unsigned mode_bits);

// 1, 0, or -1 with an exception set.
static int direntry_is_symlink(DirEntryObject* e) {
    if (e->d_type != DT_UNKNOWN) return e->d_type == DT_LNK;
    return direntry_test_mode(e, false, S_IFLNK);
}

static Value direntry_get_stat(DirEntryObject* e, bool follow_symlinks) {
    if (!follow_symlinks) return direntry_get_lstat(e);
    if (!e->stat) {
        int link = direntry_is_symlink(e);
        if (link < 0) return Value();
        Value st = link ? direntry_fetch_stat(e, true) : direntry_get_lstat(e);
        if (!st) return st;
        e->stat = st;
    }
    return e->stat;
}

// Whether the entry's file type is [mode_bits] (S_IFDIR, S_IFREG,
// S_IFLNK), from d_type when the system gave one and following a symlink
// is not needed, else from a stat; a file that has disappeared is none of
// them. 1, 0, or -1 with an exception set.
static int direntry_test_mode(DirEntryObject* e, bool follow_symlinks, unsigned mode_bits) {
    bool is_link = e->d_type == DT_LNK;
    bool need_stat = e->d_type == DT_UNKNOWN || (follow_symlinks && is_link);
    if (need_stat) {
        Value st = direntry_get_stat(e, follow_symlinks);
        if (!st) {
            if (err_matches(exc::FileNotFoundError)) {
                err_clear();
                return 0;
            }
            return -1;
        }
        int64_t mode;
        if (!int_fits_int64(tuple_get(st, 0), &mode)) return 0;
        return (static_cast<unsigned>(mode) & S_IFMT) == mode_bits;
    }
    if (is_link) return 0;
    return mode_bits == S_IFDIR ? e->d_type == DT_DIR : e->d_type == DT_REG;
}

// is_dir(*, follow_symlinks=True), is_file(*, follow_symlinks=True)
static Value direntry_is_kind(const NativeSignature& sig, Value self, const Value* args,
                              size_t nargs, Value kwnames, unsigned mode_bits) {
    Value a[1];
    bool follow;
    if (!sig.bind(args, nargs, kwnames, a) || !arg_bool(a[0], true, &follow)) return Value();
    int r = direntry_test_mode(DE(self), follow, mode_bits);
    if (r < 0) return Value();
    return Bool(r != 0);
}
static Value direntry_is_dir(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("is_dir", "*, follow_symlinks=");
    return direntry_is_kind(sig, self, args, nargs, kwnames, S_IFDIR);
}
static Value direntry_is_file(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("is_file", "*, follow_symlinks=");
    return direntry_is_kind(sig, self, args, nargs, kwnames, S_IFREG);
}
static Value direntry_is_symlink_method(Value self, const Value*, size_t, Value) {
    int r = direntry_is_symlink(DE(self));
    if (r < 0) return Value();
    return Bool(r != 0);
}
// stat(*, follow_symlinks=True)
static Value direntry_stat(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("stat", "*, follow_symlinks=");
    Value a[1];
    bool follow;
    if (!sig.bind(args, nargs, kwnames, a) || !arg_bool(a[0], true, &follow)) return Value();
    return direntry_get_stat(DE(self), follow);
}
static Value direntry_inode(Value self, const Value*, size_t, Value) {
    return make_uint(DE(self)->ino);
}
static Value direntry_fspath(Value self, const Value*, size_t, Value) {
    return DE(self)->path;
}
static Value direntry_repr(Value self) {
    Value r = repr(DE(self)->name);
    if (!r) return r;
    return make_str("<DirEntry " + std::string(str_view(r)) + ">");
}
static Value direntry_get_name(Value self) {
    return DE(self)->name;
}
static Value direntry_get_path(Value self) {
    return DE(self)->path;
}
static const NativeMethodDef direntry_methods[] = {
    {"is_dir", direntry_is_dir, NATIVE_KEYWORDS, nullptr},
    {"is_file", direntry_is_file, NATIVE_KEYWORDS, nullptr},
    {"is_symlink", direntry_is_symlink_method, NATIVE_NOARGS, nullptr},
    {"stat", direntry_stat, NATIVE_KEYWORDS, nullptr},
    {"inode", direntry_inode, NATIVE_NOARGS, nullptr},
    {"__fspath__", direntry_fspath, NATIVE_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static const GetSetDef direntry_getsets[] = {
    {"name", direntry_get_name, nullptr, "the entry's base filename"},
    {"path", direntry_get_path, nullptr, "the entry's full path name"},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- Other path functions ---------------------------------------------------------------------

// getcwd() as bytes; false with OSError set.
static bool current_dir(std::string& out) {
    std::vector<char> buf(1024);
    for (;;) {
        if (::getcwd(buf.data(), buf.size())) {
            out.assign(buf.data());
            return true;
        }
        if (errno != ERANGE) {
            raise_errno(errno);
            return false;
        }
        buf.resize(buf.size() * 2);
    }
}
static Value os_getcwd(Value, const Value*, size_t, Value) {
    std::string cwd;
    if (!current_dir(cwd)) return Value();
    return fs_decode(cwd);
}
static Value os_getcwdb(Value, const Value*, size_t, Value) {
    std::string cwd;
    if (!current_dir(cwd)) return Value();
    return make_bytes(cwd);
}

// chdir(path)
static Value os_chdir(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("chdir", "path");
    Value a[1];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    PathArg p("chdir", "path", false, true);
    if (!path_convert(a[0], p)) return Value();
    int r = p.is_fd ? ::fchdir(p.fd) : ::chdir(p.c_str());
    if (r != 0) return raise_errno(errno, p.object);
    return None();
}

// fchdir(fd)
static Value os_fchdir(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("fchdir", "fd");
    Value a[1];
    int fd;
    if (!sig.bind(args, nargs, kwnames, a) || !arg_fildes(a[0], &fd)) return Value();
    if (::fchdir(fd) != 0) return raise_errno(errno);
    return None();
}

// mkdir(path, mode=0o777, *, dir_fd=None)
static Value os_mkdir(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("mkdir", "path, mode=, *, dir_fd=");
    Value a[3];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    PathArg p("mkdir", "path");
    int mode = 0777, dir_fd;
    if (!path_convert(a[0], p) || (a[1] && !arg_int(a[1], &mode)) || !arg_dir_fd(a[2], &dir_fd))
        return Value();
    int r = dir_fd != AT_FDCWD ? ::mkdirat(dir_fd, p.c_str(), static_cast<mode_t>(mode))
                               : ::mkdir(p.c_str(), static_cast<mode_t>(mode));
    if (r != 0) return raise_errno(errno, p.object);
    return None();
}

// rmdir(path, *, dir_fd=None)
static Value os_rmdir(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("rmdir", "path, *, dir_fd=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    PathArg p("rmdir", "path");
    int dir_fd;
    if (!path_convert(a[0], p) || !arg_dir_fd(a[1], &dir_fd)) return Value();
    int r = dir_fd != AT_FDCWD ? ::unlinkat(dir_fd, p.c_str(), AT_REMOVEDIR) : ::rmdir(p.c_str());
    if (r != 0) return raise_errno(errno, p.object);
    return None();
}

// unlink(path, *, dir_fd=None) and remove(), the same under another name.
static Value do_unlink(const NativeSignature& sig, const char* func, const Value* args,
                       size_t nargs, Value kwnames) {
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    PathArg p(func, "path");
    int dir_fd;
    if (!path_convert(a[0], p) || !arg_dir_fd(a[1], &dir_fd)) return Value();
    int r = dir_fd != AT_FDCWD ? ::unlinkat(dir_fd, p.c_str(), 0) : ::unlink(p.c_str());
    if (r != 0) return raise_errno(errno, p.object);
    return None();
}
static Value os_unlink(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("unlink", "path, *, dir_fd=");
    return do_unlink(sig, "unlink", args, nargs, kwnames);
}
static Value os_remove(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("remove", "path, *, dir_fd=");
    return do_unlink(sig, "remove", args, nargs, kwnames);
}

// rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None) and replace():
// rename(2) replaces an existing destination on POSIX, so they are one.
static Value do_rename(const NativeSignature& sig, const char* func, const Value* args,
                       size_t nargs, Value kwnames) {
    Value a[4];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    PathArg src(func, "src"), dst(func, "dst");
    int src_dir_fd, dst_dir_fd;
    if (!path_convert(a[0], src) || !path_convert(a[1], dst) || !arg_dir_fd(a[2], &src_dir_fd) ||
        !arg_dir_fd(a[3], &dst_dir_fd))
        return Value();
    int r = src_dir_fd != AT_FDCWD || dst_dir_fd != AT_FDCWD
                ? ::renameat(src_dir_fd, src.c_str(), dst_dir_fd, dst.c_str())
                : ::rename(src.c_str(), dst.c_str());
    if (r != 0) return raise_errno(errno, src.object, dst.object);
    return None();
}
static Value os_rename(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("rename", "src, dst, *, src_dir_fd=, dst_dir_fd=");
    return do_rename(sig, "rename", args, nargs, kwnames);
}
static Value os_replace(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("replace", "src, dst, *, src_dir_fd=, dst_dir_fd=");
    return do_rename(sig, "replace", args, nargs, kwnames);
}

// access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
// True when allowed; a failure is False, never an exception.
static Value os_access(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("access",
                                     "path, mode, *, dir_fd=, effective_ids=, follow_symlinks=");
    Value a[5];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    PathArg p("access", "path");
    int mode, dir_fd;
    bool effective, follow;
    if (!path_convert(a[0], p) || !arg_int(a[1], &mode) || !arg_dir_fd(a[2], &dir_fd) ||
        !arg_bool(a[3], false, &effective) || !arg_bool(a[4], true, &follow))
        return Value();
    int r;
    if (dir_fd != AT_FDCWD || effective || !follow) {
        int flags = (effective ? AT_EACCESS : 0) | (follow ? 0 : AT_SYMLINK_NOFOLLOW);
        r = ::faccessat(dir_fd, p.c_str(), mode, flags);
    } else {
        r = ::access(p.c_str(), mode);
    }
    return Bool(r == 0);
}

// chmod(path, mode, *, dir_fd=None, follow_symlinks=True)
static Value os_chmod(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("chmod", "path, mode, *, dir_fd=, follow_symlinks=");
    Value a[4];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    PathArg p("chmod", "path", false, true);
    int mode, dir_fd;
    bool follow;
    if (!path_convert(a[0], p) || !arg_int(a[1], &mode) || !arg_dir_fd(a[2], &dir_fd) ||
        !arg_bool(a[3], true, &follow) || !check_fd_combinations(p, dir_fd, follow))
        return Value();
    mode_t m = static_cast<mode_t>(mode);
    int r;
    if (p.is_fd) {
        r = ::fchmod(p.fd, m);
    } else if (dir_fd != AT_FDCWD || !follow) {
        r = ::fchmodat(dir_fd, p.c_str(), m, follow ? 0 : AT_SYMLINK_NOFOLLOW);
        // Linux cannot change a symlink's own mode.
        if (r != 0 && !follow && (errno == ENOTSUP || errno == EOPNOTSUPP))
            return raise(exc::NotImplementedError,
                         "chmod: follow_symlinks unavailable on this platform");
    } else {
        r = ::chmod(p.c_str(), m);
    }
    if (r != 0) return raise_errno(errno, p.object);
    return None();
}

// fchmod(fd, mode)
static Value os_fchmod(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("fchmod", "fd, mode");
    Value a[2];
    int fd, mode;
    if (!sig.bind(args, nargs, kwnames, a) || !arg_int(a[0], &fd) || !arg_int(a[1], &mode))
        return Value();
    if (::fchmod(fd, static_cast<mode_t>(mode)) != 0) return raise_errno(errno);
    return None();
}

// chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True)
static Value os_chown(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("chown", "path, uid, gid, *, dir_fd=, follow_symlinks=");
    Value a[5];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    PathArg p("chown", "path", false, true);
    uint32_t uid, gid;
    int dir_fd;
    bool follow;
    if (!path_convert(a[0], p) || !arg_id(a[1], "uid", &uid) || !arg_id(a[2], "gid", &gid) ||
        !arg_dir_fd(a[3], &dir_fd) || !arg_bool(a[4], true, &follow) ||
        !check_fd_combinations(p, dir_fd, follow))
        return Value();
    int r;
    if (p.is_fd)
        r = ::fchown(p.fd, uid, gid);
    else if (dir_fd != AT_FDCWD || !follow)
        r = ::fchownat(dir_fd, p.c_str(), uid, gid, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    else
        r = ::chown(p.c_str(), uid, gid);
    if (r != 0) return raise_errno(errno, p.object);
    return None();
}

// lchown(path, uid, gid)
static Value os_lchown(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("lchown", "path, uid, gid");
    Value a[3];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    PathArg p("lchown", "path");
    uint32_t uid, gid;
    if (!path_convert(a[0], p) || !arg_id(a[1], "uid", &uid) || !arg_id(a[2], "gid", &gid))
        return Value();
    if (::lchown(p.c_str(), uid, gid) != 0) return raise_errno(errno, p.object);
    return None();
}

// readlink(path, *, dir_fd=None): str or bytes like the path.
static Value os_readlink(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("readlink", "path, *, dir_fd=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    PathArg p("readlink", "path");
    int dir_fd;
    if (!path_convert(a[0], p) || !arg_dir_fd(a[1], &dir_fd)) return Value();
    std::vector<char> buf(256);
    for (;;) {
        ssize_t n = dir_fd != AT_FDCWD ? ::readlinkat(dir_fd, p.c_str(), buf.data(), buf.size())
                                       : ::readlink(p.c_str(), buf.data(), buf.size());
        if (n < 0) return raise_errno(errno, p.object);
        if (static_cast<size_t>(n) < buf.size())
            return name_value(std::string_view(buf.data(), static_cast<size_t>(n)), p.bytes_path);
        buf.resize(buf.size() * 2); // possibly truncated: read again with more room
    }
}

// symlink(src, dst, target_is_directory=False, *, dir_fd=None)
static Value os_symlink(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("symlink", "src, dst, target_is_directory=, *, dir_fd=");
    Value a[4];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    PathArg src("symlink", "src"), dst("symlink", "dst");
    bool is_dir; // only meaningful on Windows
    int dir_fd;
    if (!path_convert(a[0], src) || !path_convert(a[1], dst) || !arg_bool(a[2], false, &is_dir) ||
        !arg_dir_fd(a[3], &dir_fd))
        return Value();
    int r = dir_fd != AT_FDCWD ? ::symlinkat(src.c_str(), dir_fd, dst.c_str())
                               : ::symlink(src.c_str(), dst.c_str());
    if (r != 0) return raise_errno(errno, src.object, dst.object);
    return None();
}

// link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True).
// As in CPython, the plain case calls link(2), which on Linux does not
// follow a symlink src; linkat is used when any option is given.
static Value os_link(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("link",
                                     "src, dst, *, src_dir_fd=, dst_dir_fd=, follow_symlinks=");
    Value a[5];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    PathArg src("link", "src"), dst("link", "dst");
    int src_dir_fd, dst_dir_fd;
    bool follow;
    if (!path_convert(a[0], src) || !path_convert(a[1], dst) || !arg_dir_fd(a[2], &src_dir_fd) ||
        !arg_dir_fd(a[3], &dst_dir_fd) || !arg_bool(a[4], true, &follow))
        return Value();
    int r;
    if (src_dir_fd != AT_FDCWD || dst_dir_fd != AT_FDCWD || !follow)
        r = ::linkat(src_dir_fd, src.c_str(), dst_dir_fd, dst.c_str(),
                     follow ? AT_SYMLINK_FOLLOW : 0);
    else
        r = ::link(src.c_str(), dst.c_str());
    if (r != 0) return raise_errno(errno, src.object, dst.object);
    return None();
}

// A timestamp (int or float seconds) as a timespec, rounding towards
// minus infinity as CPython's utime() does.
static bool object_to_timespec(Value v, struct timespec* ts) {
    if (is_float(v)) {
        double d = float_value(v);
        if (std::isnan(d)) {
            raise(exc::ValueError, "Invalid value NaN (not a number)");
            return false;
        }
        double intpart;
        double frac = std::modf(d, &intpart);
        frac = std::floor(frac * 1e9);
        if (frac >= 1e9) {
            frac -= 1e9;
            intpart += 1.0;
        } else if (frac < 0) {
            frac += 1e9;
            intpart -= 1.0;
        }
        if (!(intpart >= -9.2e18 && intpart <= 9.2e18)) {
            raise(exc::OverflowError, "timestamp out of range for platform time_t");
            return false;
        }
        ts->tv_sec = static_cast<time_t>(intpart);
        ts->tv_nsec = static_cast<long>(frac);
        return true;
    }
    Value i = number_index(v);
    if (!i) return false;
    int64_t sec;
    if (!int_fits_int64(i, &sec)) {
        raise(exc::OverflowError, "timestamp out of range for platform time_t");
        return false;
    }
    ts->tv_sec = static_cast<time_t>(sec);
    ts->tv_nsec = 0;
    return true;
}

// An int of nanoseconds as a timespec (floor division by 10**9).
static bool ns_to_timespec(Value v, struct timespec* ts) {
    Value i = number_index(v);
    if (!i) return false;
    int64_t ns;
    if (!int_fits_int64(i, &ns)) {
        raise(exc::OverflowError, "timestamp out of range for platform time_t");
        return false;
    }
    int64_t sec = ns / 1000000000, rem = ns % 1000000000;
    if (rem < 0) {
        rem += 1000000000;
        sec -= 1;
    }
    ts->tv_sec = static_cast<time_t>(sec);
    ts->tv_nsec = static_cast<long>(rem);
    return true;
}

// utime(path, times=None, *, ns=<unset>, dir_fd=None, follow_symlinks=True)
static Value os_utime(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("utime", "path, times=, *, ns=, dir_fd=, follow_symlinks=");
    Value a[5];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    PathArg p("utime", "path", false, true);
    if (!path_convert(a[0], p)) return Value();
    Value times = a[1] && !is_none(a[1]) ? a[1] : Value();
    Value ns = a[2];
    int dir_fd;
    bool follow;
    if (!arg_dir_fd(a[3], &dir_fd) || !arg_bool(a[4], true, &follow)) return Value();
    if (times && ns)
        return raise(exc::ValueError, "utime: you may specify either 'times' or 'ns' but not both");
    struct timespec ts[2];
    if (times) {
        if (!is_tuple(times) || tuple_size(times) != 2)
            return raise(exc::TypeError,
                         "utime: 'times' must be either a tuple of two ints or None");
        if (!object_to_timespec(tuple_get(times, 0), &ts[0]) ||
            !object_to_timespec(tuple_get(times, 1), &ts[1]))
            return Value();
    } else if (ns) {
        if (!is_tuple(ns) || tuple_size(ns) != 2)
            return raise(exc::TypeError, "utime: 'ns' must be a tuple of two ints");
        if (!ns_to_timespec(tuple_get(ns, 0), &ts[0]) || !ns_to_timespec(tuple_get(ns, 1), &ts[1]))
            return Value();
    } else {
        ts[0].tv_sec = ts[1].tv_sec = 0;
        ts[0].tv_nsec = ts[1].tv_nsec = UTIME_NOW;
    }
    if (!check_fd_combinations(p, dir_fd, follow)) return Value();
    int r = p.is_fd ? ::futimens(p.fd, ts)
                    : ::utimensat(dir_fd, p.c_str(), ts, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    if (r != 0) return raise_errno(errno, p.object);
    return None();
}

// truncate(path, length)
static Value os_truncate(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("truncate", "path, length");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    PathArg p("truncate", "path", false, true);
    int64_t length;
    if (!path_convert(a[0], p) || !arg_int64(a[1], &length)) return Value();
    int r = p.is_fd ? ::ftruncate(p.fd, static_cast<off_t>(length))
                    : ::truncate(p.c_str(), static_cast<off_t>(length));
    if (r != 0) return raise_errno(errno, p.object);
    return None();
}

// fspath(path)
static Value os_fspath(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("fspath", "path");
    Value a[1];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    return fspath_of(a[0]);
}

// get_terminal_size(fd=STDOUT_FILENO, /)
static Value os_get_terminal_size(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_expected("get_terminal_size", nargs, 0, 1)) return Value();
    int fd = STDOUT_FILENO;
    if (nargs == 1 && !arg_int(args[0], &fd)) return Value();
    struct winsize w;
    if (::ioctl(fd, TIOCGWINSZ, &w) != 0) return raise_errno(errno);
    return make_struct_seq(TerminalSizeType, {make_int(w.ws_col), make_int(w.ws_row)});
}

// -- The process ------------------------------------------------------------------------------

static Value os_getpid(Value, const Value*, size_t, Value) {
    return make_int(::getpid());
}
static Value os_getppid(Value, const Value*, size_t, Value) {
    return make_int(::getppid());
}
static Value os_getuid(Value, const Value*, size_t, Value) {
    return make_id(::getuid());
}
static Value os_geteuid(Value, const Value*, size_t, Value) {
    return make_id(::geteuid());
}
static Value os_getgid(Value, const Value*, size_t, Value) {
    return make_id(::getgid());
}
static Value os_getegid(Value, const Value*, size_t, Value) {
    return make_id(::getegid());
}
static Value os_getpgrp(Value, const Value*, size_t, Value) {
    return make_int(::getpgrp());
}

// umask(mask, /): the previous mask.
static Value os_umask(Value, const Value* args, size_t, Value) {
    int mask;
    if (!arg_int(args[0], &mask)) return Value();
    return make_int(::umask(static_cast<mode_t>(mask)));
}

// strerror(code, /)
static Value os_strerror(Value, const Value* args, size_t, Value) {
    int code;
    if (!arg_int(args[0], &code)) return Value();
    return fs_decode(std::strerror(code));
}

// Fills [n] bytes from the kernel's generator (getrandom, or /dev/urandom).
static bool fill_random(char* buf, size_t n) {
    size_t got = 0;
    while (got < n) {
        ssize_t r = ::getrandom(buf + got, n - got, 0);
        if (r < 0) {
            if (errno == EINTR) continue;
            if (errno != ENOSYS) return false;
            int fd = ::open("/dev/urandom", O_RDONLY | O_CLOEXEC);
            if (fd < 0) return false;
            while (got < n) {
                ssize_t k = ::read(fd, buf + got, n - got);
                if (k < 0 && errno == EINTR) continue;
                if (k <= 0) {
                    int e = k < 0 ? errno : EIO;
                    ::close(fd);
                    errno = e;
                    return false;
                }
                got += static_cast<size_t>(k);
            }
            ::close(fd);
            return true;
        }
        got += static_cast<size_t>(r);
    }
    return true;
}

// urandom(size, /)
static Value os_urandom(Value, const Value* args, size_t, Value) {
    int64_t size;
    if (!arg_int64(args[0], &size)) return Value();
    if (size < 0) return raise(exc::ValueError, "negative argument not allowed");
    std::string buf(static_cast<size_t>(size), '\0');
    if (!fill_random(buf.data(), buf.size())) return raise_errno(errno);
    return make_bytes(buf);
}

// system(command): the wait status of `sh -c command`.
static Value os_system(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("system", "command");
    Value a[1];
    std::string cmd;
    if (!sig.bind(args, nargs, kwnames, a) || !fs_convert(a[0], cmd)) return Value();
    return make_int(::system(cmd.c_str()));
}

// _exit(status): ends the process at once, without cleanup or flushing.
static Value os__exit(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("_exit", "status");
    Value a[1];
    int status;
    if (!sig.bind(args, nargs, kwnames, a) || !arg_int(a[0], &status)) return Value();
    ::_exit(status);
}

// abort()
static Value os_abort(Value, const Value*, size_t, Value) {
    ::abort();
}

// kill(pid, signal, /)
static Value os_kill(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_expected("kill", nargs, 2, 2)) return Value();
    int64_t pid;
    int sig;
    if (!arg_int64(args[0], &pid) || !arg_int(args[1], &sig)) return Value();
    if (::kill(static_cast<pid_t>(pid), sig) != 0) return raise_errno(errno);
    return None();
}

// uname(): (sysname, nodename, release, version, machine)
static Value os_uname(Value, const Value*, size_t, Value) {
    struct utsname u;
    if (::uname(&u) != 0) return raise_errno(errno);
    Value f[5] = {fs_decode(u.sysname), fs_decode(u.nodename), fs_decode(u.release),
                  fs_decode(u.version), fs_decode(u.machine)};
    for (Value v : f)
        if (!v) return Value();
    return make_struct_seq(UnameResultType, {f[0], f[1], f[2], f[3], f[4]});
}

// times(): (user, system, children_user, children_system, elapsed) in seconds.
static Value os_times(Value, const Value*, size_t, Value) {
    struct tms t;
    clock_t c = ::times(&t);
    if (c == static_cast<clock_t>(-1)) return raise_errno(errno);
    double ticks = static_cast<double>(::sysconf(_SC_CLK_TCK));
    Value f[5] = {make_float(static_cast<double>(t.tms_utime) / ticks),
                  make_float(static_cast<double>(t.tms_stime) / ticks),
                  make_float(static_cast<double>(t.tms_cutime) / ticks),
                  make_float(static_cast<double>(t.tms_cstime) / ticks),
                  make_float(static_cast<double>(c) / ticks)};
    for (Value v : f)
        if (!v) return Value();
    return make_struct_seq(TimesResultType, {f[0], f[1], f[2], f[3], f[4]});
}

// cpu_count(): the number of online processors, or None.
static Value os_cpu_count(Value, const Value*, size_t, Value) {
    long n = ::sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1) return None();
    return make_int(n);
}

// putenv(name, value, /): changes the process environment only (os.environ
// keeps its own copy up to date).
static Value os_putenv(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_expected("putenv", nargs, 2, 2)) return Value();
    std::string name, value;
    if (!fs_convert(args[0], name) || !fs_convert(args[1], value)) return Value();
    if (name.find('=') != std::string::npos)
        return raise(exc::ValueError, "illegal environment variable name");
    if (::setenv(name.c_str(), value.c_str(), 1) != 0) return raise_errno(errno);
    return None();
}

// unsetenv(name, /)
static Value os_unsetenv(Value, const Value* args, size_t, Value) {
    std::string name;
    if (!fs_convert(args[0], name)) return Value();
    if (::unsetenv(name.c_str()) != 0) return raise_errno(errno);
    return None();
}

// The wait-status macros: WIFEXITED(status) and the rest.
#define UOPY_WAIT_STATUS_FN(NAME, RESULT)                                                          \
    static Value os_##NAME(Value, const Value* args, size_t nargs, Value kwnames) {                \
        static const NativeSignature sig(#NAME, "status");                                         \
        Value a[1];                                                                                \
        int status;                                                                                \
        if (!sig.bind(args, nargs, kwnames, a) || !arg_int(a[0], &status)) return Value();         \
        return RESULT;                                                                             \
    }
UOPY_WAIT_STATUS_FN(WIFEXITED, Bool(WIFEXITED(status)))
UOPY_WAIT_STATUS_FN(WEXITSTATUS, make_int(WEXITSTATUS(status)))
UOPY_WAIT_STATUS_FN(WIFSIGNALED, Bool(WIFSIGNALED(status)))
UOPY_WAIT_STATUS_FN(WTERMSIG, make_int(WTERMSIG(status)))
UOPY_WAIT_STATUS_FN(WIFSTOPPED, Bool(WIFSTOPPED(status)))
UOPY_WAIT_STATUS_FN(WSTOPSIG, make_int(WSTOPSIG(status)))
UOPY_WAIT_STATUS_FN(WIFCONTINUED, Bool(WIFCONTINUED(status)))
UOPY_WAIT_STATUS_FN(WCOREDUMP, Bool(WCOREDUMP(status)))
#undef UOPY_WAIT_STATUS_FN

// waitstatus_to_exitcode(status): the exit code, or -signal when killed.
static Value os_waitstatus_to_exitcode(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("waitstatus_to_exitcode", "status");
    Value a[1];
    int status;
    if (!sig.bind(args, nargs, kwnames, a) || !arg_int(a[0], &status)) return Value();
    if (WIFEXITED(status)) return make_int(WEXITSTATUS(status));
    if (WIFSIGNALED(status)) return make_int(-WTERMSIG(status));
    if (WIFSTOPPED(status))
        return raise(exc::ValueError, "process stopped by delivery of signal %d", WSTOPSIG(status));
    return raise(exc::ValueError, "invalid wait status: %d", status);
}

// -- The module -------------------------------------------------------------------------------

static const NativeMethodDef posix_functions[] = {
    // Paths and directories.
    {"stat", os_stat, NATIVE_KEYWORDS, nullptr},
    {"lstat", os_lstat, NATIVE_KEYWORDS, nullptr},
    {"fstat", os_fstat, NATIVE_KEYWORDS, nullptr},
    {"listdir", os_listdir, NATIVE_KEYWORDS, nullptr},
    {"scandir", os_scandir, NATIVE_KEYWORDS, nullptr},
    {"getcwd", os_getcwd, NATIVE_NOARGS, nullptr},
    {"getcwdb", os_getcwdb, NATIVE_NOARGS, nullptr},
    {"chdir", os_chdir, NATIVE_KEYWORDS, nullptr},
    {"fchdir", os_fchdir, NATIVE_KEYWORDS, nullptr},
    {"mkdir", os_mkdir, NATIVE_KEYWORDS, nullptr},
    {"rmdir", os_rmdir, NATIVE_KEYWORDS, nullptr},
    {"unlink", os_unlink, NATIVE_KEYWORDS, nullptr},
    {"remove", os_remove, NATIVE_KEYWORDS, nullptr},
    {"rename", os_rename, NATIVE_KEYWORDS, nullptr},
    {"replace", os_replace, NATIVE_KEYWORDS, nullptr},
    {"access", os_access, NATIVE_KEYWORDS, nullptr},
    {"chmod", os_chmod, NATIVE_KEYWORDS, nullptr},
    {"fchmod", os_fchmod, NATIVE_KEYWORDS, nullptr},
    {"chown", os_chown, NATIVE_KEYWORDS, nullptr},
    {"lchown", os_lchown, NATIVE_KEYWORDS, nullptr},
    {"readlink", os_readlink, NATIVE_KEYWORDS, nullptr},
    {"symlink", os_symlink, NATIVE_KEYWORDS, nullptr},
    {"link", os_link, NATIVE_KEYWORDS, nullptr},
    {"utime", os_utime, NATIVE_KEYWORDS, nullptr},
    {"truncate", os_truncate, NATIVE_KEYWORDS, nullptr},
    {"fspath", os_fspath, NATIVE_KEYWORDS, nullptr},
    {"get_terminal_size", os_get_terminal_size, 0, nullptr},
    // The process.
    {"getpid", os_getpid, NATIVE_NOARGS, nullptr},
    {"getppid", os_getppid, NATIVE_NOARGS, nullptr},
    {"getuid", os_getuid, NATIVE_NOARGS, nullptr},
    {"geteuid", os_geteuid, NATIVE_NOARGS, nullptr},
    {"getgid", os_getgid, NATIVE_NOARGS, nullptr},
    {"getegid", os_getegid, NATIVE_NOARGS, nullptr},
    {"getpgrp", os_getpgrp, NATIVE_NOARGS, nullptr},
    {"umask", os_umask, NATIVE_O, nullptr},
    {"strerror", os_strerror, NATIVE_O, nullptr},
    {"urandom", os_urandom, NATIVE_O, nullptr},
    {"system", os_system, NATIVE_KEYWORDS, nullptr},
    {"_exit", os__exit, NATIVE_KEYWORDS, nullptr},
    {"abort", os_abort, NATIVE_NOARGS, nullptr},
    {"kill", os_kill, 0, nullptr},
    {"uname", os_uname, NATIVE_NOARGS, nullptr},
    {"times", os_times, NATIVE_NOARGS, nullptr},
    {"cpu_count", os_cpu_count, NATIVE_NOARGS, nullptr},
    {"putenv", os_putenv, 0, nullptr},
    {"unsetenv", os_unsetenv, NATIVE_O, nullptr},
    {"WIFEXITED", os_WIFEXITED, NATIVE_KEYWORDS, nullptr},
    {"WEXITSTATUS", os_WEXITSTATUS, NATIVE_KEYWORDS, nullptr},
    {"WIFSIGNALED", os_WIFSIGNALED, NATIVE_KEYWORDS, nullptr},
    {"WTERMSIG", os_WTERMSIG, NATIVE_KEYWORDS, nullptr},
    {"WIFSTOPPED", os_WIFSTOPPED, NATIVE_KEYWORDS, nullptr},
    {"WSTOPSIG", os_WSTOPSIG, NATIVE_KEYWORDS, nullptr},
    {"WIFCONTINUED", os_WIFCONTINUED, NATIVE_KEYWORDS, nullptr},
    {"WCOREDUMP", os_WCOREDUMP, NATIVE_KEYWORDS, nullptr},
    {"waitstatus_to_exitcode", os_waitstatus_to_exitcode, NATIVE_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// The HAVE_* names os.py checks to build supports_dir_fd, supports_fd,
// supports_effective_ids and supports_follow_symlinks: only those whose
// behaviour the functions above really have.
static const char* const kHaveFunctions[] = {
    "HAVE_FACCESSAT",  // access: dir_fd, effective_ids, follow_symlinks
    "HAVE_FCHDIR",     // chdir(fd)
    "HAVE_FCHMOD",     // chmod(fd)
    "HAVE_FCHMODAT",   // chmod: dir_fd
    "HAVE_FCHOWN",     // chown(fd)
    "HAVE_FCHOWNAT",   // chown: dir_fd, follow_symlinks
    "HAVE_FDOPENDIR",  // listdir(fd), scandir(fd)
    "HAVE_FSTATAT",    // stat: dir_fd, follow_symlinks
    "HAVE_FSTATVFS",   // statvfs(fd)
    "HAVE_FTRUNCATE",  // truncate(fd)
    "HAVE_FUTIMENS",   // utime(fd)
    "HAVE_LCHOWN",     // lchown
    "HAVE_LINKAT",     // link: src_dir_fd, dst_dir_fd, follow_symlinks
    "HAVE_LSTAT",      // lstat
    "HAVE_MKDIRAT",    // mkdir: dir_fd
    "HAVE_OPENAT",     // open: dir_fd
    "HAVE_READLINKAT", // readlink: dir_fd
    "HAVE_RENAMEAT",   // rename, replace: src_dir_fd, dst_dir_fd
    "HAVE_SYMLINKAT",  // symlink: dir_fd
    "HAVE_UNLINKAT",   // unlink, remove, rmdir: dir_fd
    "HAVE_UTIMENSAT",  // utime: dir_fd, follow_symlinks
};

struct IntConstant {
    const char* name;
    long value;
};
static const IntConstant kConstants[] = {
    // access()
    {"F_OK", F_OK},
    {"R_OK", R_OK},
    {"W_OK", W_OK},
    {"X_OK", X_OK},
    // statvfs() f_flag bits
    {"ST_RDONLY", ST_RDONLY},
    {"ST_NOSUID", ST_NOSUID},
    // open() flags
    {"O_RDONLY", O_RDONLY},
    {"O_WRONLY", O_WRONLY},
    {"O_RDWR", O_RDWR},
    {"O_ACCMODE", O_ACCMODE},
    {"O_APPEND", O_APPEND},
    {"O_CREAT", O_CREAT},
    {"O_EXCL", O_EXCL},
    {"O_TRUNC", O_TRUNC},
    {"O_NONBLOCK", O_NONBLOCK},
    {"O_NDELAY", O_NDELAY},
    {"O_SYNC", O_SYNC},
    {"O_DSYNC", O_DSYNC},
    {"O_RSYNC", O_RSYNC},
    {"O_NOCTTY", O_NOCTTY},
    {"O_CLOEXEC", O_CLOEXEC},
    {"O_DIRECTORY", O_DIRECTORY},
    {"O_NOFOLLOW", O_NOFOLLOW},
    {"O_ASYNC", O_ASYNC},
#ifdef O_DIRECT
    {"O_DIRECT", O_DIRECT},
#endif
#ifdef O_LARGEFILE
    {"O_LARGEFILE", O_LARGEFILE},
#endif
#ifdef O_NOATIME
    {"O_NOATIME", O_NOATIME},
#endif
#ifdef O_PATH
    {"O_PATH", O_PATH},
#endif
#ifdef O_TMPFILE
    {"O_TMPFILE", O_TMPFILE},
#endif
    // lseek()
    {"SEEK_SET", SEEK_SET},
    {"SEEK_CUR", SEEK_CUR},
    {"SEEK_END", SEEK_END},
#ifdef SEEK_DATA
    {"SEEK_DATA", SEEK_DATA},
#endif
#ifdef SEEK_HOLE
    {"SEEK_HOLE", SEEK_HOLE},
#endif
    // Exit codes (sysexits.h)
    {"EX_OK", EX_OK},
    {"EX_USAGE", EX_USAGE},
    {"EX_DATAERR", EX_DATAERR},
    {"EX_NOINPUT", EX_NOINPUT},
    {"EX_NOUSER", EX_NOUSER},
    {"EX_NOHOST", EX_NOHOST},
    {"EX_UNAVAILABLE", EX_UNAVAILABLE},
    {"EX_SOFTWARE", EX_SOFTWARE},
    {"EX_OSERR", EX_OSERR},
    {"EX_OSFILE", EX_OSFILE},
    {"EX_CANTCREAT", EX_CANTCREAT},
    {"EX_IOERR", EX_IOERR},
    {"EX_TEMPFAIL", EX_TEMPFAIL},
    {"EX_PROTOCOL", EX_PROTOCOL},
    {"EX_NOPERM", EX_NOPERM},
    {"EX_CONFIG", EX_CONFIG},
    // waitpid() options
    {"WNOHANG", WNOHANG},
    {"WUNTRACED", WUNTRACED},
    {"WCONTINUED", WCONTINUED},
    // dlopen() flags (sys.setdlopenflags)
    {"RTLD_LAZY", RTLD_LAZY},
    {"RTLD_NOW", RTLD_NOW},
    {"RTLD_GLOBAL", RTLD_GLOBAL},
    {"RTLD_LOCAL", RTLD_LOCAL},
#ifdef RTLD_NODELETE
    {"RTLD_NODELETE", RTLD_NODELETE},
#endif
#ifdef RTLD_NOLOAD
    {"RTLD_NOLOAD", RTLD_NOLOAD},
#endif
#ifdef RTLD_DEEPBIND
    {"RTLD_DEEPBIND", RTLD_DEEPBIND},
#endif
};

// Not instantiable from Python.
static Value no_new(Type* type, const Value*, size_t, Value) {
    return raise(exc::TypeError, "cannot create '%s' instances", type->name);
}

static void init_posix_types() {
    static bool ready = false;
    if (ready) return;
    ready = true;
    // A static type's fields become roots only once init_static_type has
    // registered it, so no collection may run while the types are made.
    bool was_enabled = gc_is_enabled();
    gc_set_enabled(false);

    DirEntryType.trace = direntry_trace;
    DirEntryType.repr = direntry_repr;
    DirEntryType.tp_new = no_new;
    init_static_type(&DirEntryType, "posix.DirEntry", &ObjectType, sizeof(DirEntryObject), 0);
    add_methods(&DirEntryType, direntry_methods);
    add_getsets(&DirEntryType, direntry_getsets);
    add_slot_wrappers(&DirEntryType);
    add_class_getitem(&DirEntryType);

    ScandirIteratorType.trace = scandir_trace;
    ScandirIteratorType.finalize = scandir_finalize;
    ScandirIteratorType.iter = scandir_iter;
    ScandirIteratorType.iternext = scandir_next;
    ScandirIteratorType.tp_new = no_new;
    init_static_type(&ScandirIteratorType, "posix.ScandirIterator", &ObjectType,
                     sizeof(ScandirIteratorObject), 0);
    add_methods(&ScandirIteratorType, scandir_methods);
    add_slot_wrappers(&ScandirIteratorType);

    // os.stat_result: the struct sequence of the ten visible fields (whose
    // repr names items 7-9 st_atime.. as CPython's does), then the hidden
    // fields: getsets reading past the items, st_atime etc. replacing the
    // ones that would read the int times.
    g_tuple_trace = TupleType.trace;
    StatResultType =
        make_struct_seq_type("os", "stat_result",
                             {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
                              "st_size", "st_atime", "st_mtime", "st_ctime"});
    StatResultType->trace = stat_result_trace;
    StatResultType->tp_new = stat_result_new;
    add_getsets(StatResultType, stat_hidden_getsets);
    dict_set_cstr(StatResultType->dict, "n_fields", make_int(static_cast<int64_t>(kStatFields)));
    dict_set_cstr(StatResultType->dict, "n_unnamed_fields", make_int(3));
    type_modified(StatResultType);

    TerminalSizeType = make_struct_seq_type("os", "terminal_size", {"columns", "lines"});
    TimesResultType = make_struct_seq_type(
        "posix", "times_result", {"user", "system", "children_user", "children_system", "elapsed"});
    UnameResultType = make_struct_seq_type(
        "posix", "uname_result", {"sysname", "nodename", "release", "version", "machine"});
    for (Type* t : {TerminalSizeType, TimesResultType, UnameResultType})
        dict_set_cstr(t->dict, "n_unnamed_fields", make_int(0));

    gc_set_enabled(was_enabled);
}

// posix.environ: the environment at start-up as a dict of bytes to bytes
// (the first of duplicate names wins, as in CPython).
static Dict* make_environ() {
    Dict* d = make_dict();
    if (!d) return d;
    for (char** e = ::environ; e && *e; e++) { // unistd.h (_GNU_SOURCE)
        const char* eq = std::strchr(*e, '=');
        if (!eq) continue;
        Value k = make_bytes(std::string_view(*e, static_cast<size_t>(eq - *e)));
        if (!k) return nullptr;
        Value present = dict_get(d, k);
        if (present) continue;
        if (err_occurred()) return nullptr;
        Value v = make_bytes(eq + 1);
        if (!v || !dict_set(d, k, v)) return nullptr;
    }
    return d;
}

} // namespace

Value init_posix_module() {
    init_posix_types();
    ModuleObject* m = make_module("posix");
    if (!m) return Value();
    Value mod(m);
    Dict* d = m->dict;
    add_functions(d, posix_functions, mod);
    add_functions(d, posix::fd_functions, mod);
    add_functions(d, posix::process_functions, mod);
    add_functions(d, posix::statvfs_functions, mod);
    for (const IntConstant& c : kConstants)
        if (!dict_set_cstr(d, c.name, make_int(c.value))) return Value();
    Dict* env = make_environ();
    if (!env || !dict_set_cstr(d, "environ", Value(env))) return Value();
    Value have = make_list(0);
    if (!have) return have;
    for (const char* name : kHaveFunctions)
        if (!list_append(have, make_str(name))) return Value();
    if (!dict_set_cstr(d, "_have_functions", have)) return Value();
    if (!dict_set_cstr(d, "error", Value(exc::OSError)) ||
        !dict_set_cstr(d, "stat_result", Value(StatResultType)) || !posix::statvfs_result_type() ||
        !dict_set_cstr(d, "statvfs_result", Value(posix::statvfs_result_type())) ||
        !dict_set_cstr(d, "terminal_size", Value(TerminalSizeType)) ||
        !dict_set_cstr(d, "times_result", Value(TimesResultType)) ||
        !dict_set_cstr(d, "uname_result", Value(UnameResultType)) ||
        !dict_set_cstr(d, "DirEntry", Value(&DirEntryType)))
        return Value();
    return mod;
}

} // namespace uopy
