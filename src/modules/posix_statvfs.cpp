// os.statvfs and os.fstatvfs: file-system statistics as os.statvfs_result
// (shutil.disk_usage reads them). CPython counterpart: the statvfs part of
// Modules/posixmodule.c. Its hidden f_fsid field is left out.
#include "modules/posix_internal.h"

#include "objects/int.h"
#include "objects/structseq.h"
#include "runtime/args.h"
#include "runtime/errors.h"

#include <sys/statvfs.h>

#include <cerrno>

namespace uopy::posix {

namespace {

Type* StatvfsResultType = nullptr;

Value statvfs_record(const struct statvfs& s) {
    auto u = [](unsigned long long v) { return make_int(static_cast<int64_t>(v)); };
    return make_struct_seq(StatvfsResultType,
                           {u(s.f_bsize), u(s.f_frsize), u(s.f_blocks), u(s.f_bfree), u(s.f_bavail),
                            u(s.f_files), u(s.f_ffree), u(s.f_favail), u(s.f_flag),
                            u(s.f_namemax)});
}

// statvfs(path): path may be an open file descriptor.
Value os_statvfs(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("statvfs", "path");
    Value a[1];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    PathArg p("statvfs", "path", false, true);
    if (!path_convert(a[0], p)) return Value();
    struct statvfs s;
    int r = p.is_fd ? ::fstatvfs(p.fd, &s) : ::statvfs(p.c_str(), &s);
    if (r != 0) return p.is_fd ? raise_errno(errno) : raise_errno(errno, p.object);
    return statvfs_record(s);
}

// fstatvfs(fd, /)
Value os_fstatvfs(Value, const Value* args, size_t, Value) {
    int fd;
    if (!arg_int(args[0], &fd)) return Value();
    struct statvfs s;
    if (::fstatvfs(fd, &s) != 0) return raise_errno(errno);
    return statvfs_record(s);
}

} // namespace

const NativeMethodDef statvfs_functions[] = {
    {"statvfs", os_statvfs, NATIVE_KEYWORDS, nullptr},
    {"fstatvfs", os_fstatvfs, NATIVE_O, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Type* statvfs_result_type() {
    if (!StatvfsResultType)
        StatvfsResultType =
            make_struct_seq_type("os", "statvfs_result",
                                 {"f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail",
                                  "f_files", "f_ffree", "f_favail", "f_flag", "f_namemax"});
    return StatvfsResultType;
}

} // namespace uopy::posix
