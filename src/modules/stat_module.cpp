// The `_stat` module: the file-mode constants and predicates that the
// stdlib's stat.py takes over with `from _stat import *`. CPython
// counterpart: Modules/_stat.c.
//
// The constants have the values CPython gives them on Linux: the S_IF*/S_I*
// bits come from <sys/stat.h>; the BSD and macOS flags (UF_*, SF_*) have
// their fixed values; S_IFDOOR, S_IFPORT and S_IFWHT, which Linux lacks, are 0
// (so S_ISDOOR, S_ISPORT and S_ISWHT are always false). As on CPython for
// Linux, there are no FILE_ATTRIBUTE_* constants here: they exist in _stat
// only on Windows, and stat.py defines them itself.
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/errors.h"

#include <gmp.h>
#include <sys/stat.h>

#include <cstdint>
#include <string>

namespace uopy {

namespace {

// The file types Linux lacks (Solaris doors, event ports, BSD whiteouts).
constexpr mode_t kIfDoor = 0, kIfPort = 0, kIfWht = 0;

// A mode argument as CPython's _PyLong_AsMode_t reads it: an int (no
// __index__), not negative, and within both unsigned long and mode_t.
bool mode_arg(Value v, mode_t* out) {
    if (!is_int(v)) {
        raise(exc::TypeError, "an integer is required");
        return false;
    }
    if (int_sign(v) < 0) {
        raise(exc::OverflowError, "can't convert negative value to unsigned int");
        return false;
    }
    int64_t small;
    bool fits_ulong;
    if (int_fits_int64(v, &small)) {
        fits_ulong = true;
    } else {
        mpz_t z;
        mpz_init(z);
        int_to_mpz(v, z);
        fits_ulong = mpz_fits_ulong_p(z) != 0;
        mpz_clear(z);
        small = -1; // above int64's range: certainly not a mode_t
    }
    if (!fits_ulong) {
        raise(exc::OverflowError, "Python int too large to convert to C unsigned long");
        return false;
    }
    if (small < 0 || static_cast<uint64_t>(small) != static_cast<mode_t>(small)) {
        raise(exc::OverflowError, "mode out of range");
        return false;
    }
    *out = static_cast<mode_t>(small);
    return true;
}

// S_ISDIR(mode) and the other type predicates: is the type part of the mode [Kind]?
template <mode_t Kind> Value stat_is(Value, const Value* args, size_t, Value) {
    mode_t mode;
    if (!mode_arg(args[0], &mode)) return Value();
    // A type Linux lacks (value 0) never matches, as in CPython.
    return Bool(Kind != 0 && (mode & S_IFMT) == Kind);
}

// S_IMODE(mode): the permission bits, those chmod() can set.
Value stat_imode(Value, const Value* args, size_t, Value) {
    mode_t mode;
    if (!mode_arg(args[0], &mode)) return Value();
    return make_int(static_cast<int64_t>(mode & 07777));
}

// S_IFMT(mode): the file type bits.
Value stat_ifmt(Value, const Value* args, size_t, Value) {
    mode_t mode;
    if (!mode_arg(args[0], &mode)) return Value();
    return make_int(static_cast<int64_t>(mode & S_IFMT));
}

// The ls-style letter for a mode's file type.
char type_letter(mode_t mode) {
    switch (mode & S_IFMT) {
    case S_IFREG: return '-';
    case S_IFDIR: return 'd';
    case S_IFLNK: return 'l';
    case S_IFBLK: return 'b';
    case S_IFCHR: return 'c';
    case S_IFIFO: return 'p';
    case S_IFSOCK: return 's';
    default: return '?';
    }
}

// One rwx triple; [special] is the set-id or sticky bit shown in the
// execute position: as [set_exec] over x, as [set_noexec] without it.
void perm_triple(std::string& out, mode_t mode, mode_t r, mode_t w, mode_t x, mode_t special,
                 char set_exec, char set_noexec) {
    out.push_back(mode & r ? 'r' : '-');
    out.push_back(mode & w ? 'w' : '-');
    if (mode & special)
        out.push_back(mode & x ? set_exec : set_noexec);
    else
        out.push_back(mode & x ? 'x' : '-');
}

// filemode(mode): "-rwxr-xr-x", as `ls -l` shows it.
Value stat_filemode(Value, const Value* args, size_t, Value) {
    mode_t mode;
    if (!mode_arg(args[0], &mode)) return Value();
    std::string s;
    s.push_back(type_letter(mode));
    perm_triple(s, mode, S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, 's', 'S');
    perm_triple(s, mode, S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, 's', 'S');
    perm_triple(s, mode, S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, 't', 'T');
    return make_str(s);
}

const NativeMethodDef stat_functions[] = {
    {"S_ISDIR", stat_is<S_IFDIR>, NATIVE_O, "S_ISDIR(mode) -> bool: is mode that of a directory?"},
    {"S_ISCHR", stat_is<S_IFCHR>, NATIVE_O,
     "S_ISCHR(mode) -> bool: is mode that of a character device?"},
    {"S_ISBLK", stat_is<S_IFBLK>, NATIVE_O,
     "S_ISBLK(mode) -> bool: is mode that of a block device?"},
    {"S_ISREG", stat_is<S_IFREG>, NATIVE_O,
     "S_ISREG(mode) -> bool: is mode that of a regular file?"},
    {"S_ISFIFO", stat_is<S_IFIFO>, NATIVE_O,
     "S_ISFIFO(mode) -> bool: is mode that of a FIFO (named pipe)?"},
    {"S_ISLNK", stat_is<S_IFLNK>, NATIVE_O,
     "S_ISLNK(mode) -> bool: is mode that of a symbolic link?"},
    {"S_ISSOCK", stat_is<S_IFSOCK>, NATIVE_O, "S_ISSOCK(mode) -> bool: is mode that of a socket?"},
    {"S_ISDOOR", stat_is<kIfDoor>, NATIVE_O,
     "S_ISDOOR(mode) -> bool: is mode that of a door (never, on Linux)?"},
    {"S_ISPORT", stat_is<kIfPort>, NATIVE_O,
     "S_ISPORT(mode) -> bool: is mode that of an event port (never, on Linux)?"},
    {"S_ISWHT", stat_is<kIfWht>, NATIVE_O,
     "S_ISWHT(mode) -> bool: is mode that of a whiteout (never, on Linux)?"},
    {"S_IMODE", stat_imode, NATIVE_O,
     "S_IMODE(mode) -> int: the permission bits, as os.chmod() sets them."},
    {"S_IFMT", stat_ifmt, NATIVE_O, "S_IFMT(mode) -> int: the file type bits."},
    {"filemode", stat_filemode, NATIVE_O,
     "filemode(mode) -> str: the mode as ls -l shows it, e.g. '-rw-r--r--'."},
    {nullptr, nullptr, 0, nullptr},
};

struct StatConstant {
    const char* name;
    int64_t value;
};

const StatConstant stat_constants[] = {
    // File types.
    {"S_IFDIR", S_IFDIR},
    {"S_IFCHR", S_IFCHR},
    {"S_IFBLK", S_IFBLK},
    {"S_IFREG", S_IFREG},
    {"S_IFIFO", S_IFIFO},
    {"S_IFLNK", S_IFLNK},
    {"S_IFSOCK", S_IFSOCK},
    {"S_IFDOOR", kIfDoor},
    {"S_IFPORT", kIfPort},
    {"S_IFWHT", kIfWht},
    // Permission bits.
    {"S_ISUID", S_ISUID},
    {"S_ISGID", S_ISGID},
    {"S_ISVTX", S_ISVTX},
    {"S_ENFMT", S_ISGID}, // mandatory locking: the set-group-ID bit without group execute
    {"S_IREAD", S_IRUSR},
    {"S_IWRITE", S_IWUSR},
    {"S_IEXEC", S_IXUSR},
    {"S_IRWXU", S_IRWXU},
    {"S_IRUSR", S_IRUSR},
    {"S_IWUSR", S_IWUSR},
    {"S_IXUSR", S_IXUSR},
    {"S_IRWXG", S_IRWXG},
    {"S_IRGRP", S_IRGRP},
    {"S_IWGRP", S_IWGRP},
    {"S_IXGRP", S_IXGRP},
    {"S_IRWXO", S_IRWXO},
    {"S_IROTH", S_IROTH},
    {"S_IWOTH", S_IWOTH},
    {"S_IXOTH", S_IXOTH},
    // chflags() flags (BSD, macOS); the same values everywhere.
    {"UF_NODUMP", 0x00000001},
    {"UF_IMMUTABLE", 0x00000002},
    {"UF_APPEND", 0x00000004},
    {"UF_OPAQUE", 0x00000008},
    {"UF_NOUNLINK", 0x00000010},
    {"UF_COMPRESSED", 0x00000020},
    {"UF_HIDDEN", 0x00008000},
    {"SF_ARCHIVED", 0x00010000},
    {"SF_IMMUTABLE", 0x00020000},
    {"SF_APPEND", 0x00040000},
    {"SF_NOUNLINK", 0x00100000},
    {"SF_SNAPSHOT", 0x00200000},
    // Indices into the tuple os.stat() results are.
    {"ST_MODE", 0},
    {"ST_INO", 1},
    {"ST_DEV", 2},
    {"ST_NLINK", 3},
    {"ST_UID", 4},
    {"ST_GID", 5},
    {"ST_SIZE", 6},
    {"ST_ATIME", 7},
    {"ST_MTIME", 8},
    {"ST_CTIME", 9},
};

} // namespace

Value init_stat_module() {
    ModuleObject* m = make_module("_stat");
    if (!m) return Value();
    Value mod(m);
    add_functions(m->dict, stat_functions, mod);
    for (const StatConstant& c : stat_constants) {
        Value v = make_int(c.value);
        if (!v || !dict_set_cstr(m->dict, c.name, v)) return Value();
    }
    return mod;
}

} // namespace uopy
