// The helpers the posix module's files share: OSError from errno, argument
// converters in CPython's words, and path arguments (str, bytes, os.PathLike
// or a file descriptor) turned into what the system calls take.
#pragma once

#include "objects/function.h"
#include "objects/object.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace uopy::posix {

// A converted path argument (CPython's path_t).
struct PathArg {
    const char* func;    // the function, for messages ("stat")
    const char* argname; // the parameter ("path", "src", "dst")
    bool nullable;       // None (or absent) means "."
    bool allow_fd;       // an int is an open file descriptor
    Value object;        // the str/bytes path, or the int fd; null for None
    std::string narrow;  // the encoded path, NUL-free ("." for None)
    int fd = -1;
    bool is_fd = false;
    bool bytes_path = false; // given as bytes: results are bytes too

    PathArg(const char* f, const char* a, bool null_ok = false, bool fd_ok = false)
        : func(f), argname(a), nullable(null_ok), allow_fd(fd_ok) {}
    const char* c_str() const { return narrow.c_str(); }
};

Value raise_errno(int e, Value filename = Value(), Value filename2 = Value());
const char* short_type_name(Value v);
bool arg_int(Value v, int* out);
bool arg_int64(Value v, int64_t* out);
bool arg_bool(Value v, bool dflt, bool* out);
bool fd_from_index(Value v, int* out);
bool arg_dir_fd(Value v, int* out);
bool arg_fildes(Value v, int* out);
bool arg_id(Value v, const char* what, uint32_t* out);
bool fs_encode_str(Value s, std::string& out);
Value fs_decode(std::string_view b);
Value fspath_of(Value v);
bool fs_convert(Value v, std::string& out);
bool path_type_error(Value v, const PathArg& p);
bool path_convert(Value v, PathArg& p);
bool check_fd_combinations(const PathArg& p, int dir_fd, bool follow_symlinks);
Value name_value(std::string_view name, bool as_bytes);

// The file-descriptor functions (posix_fds.cpp), added to the module.
extern const NativeMethodDef fd_functions[];

// statvfs and fstatvfs (posix_statvfs.cpp), and their result type.
extern const NativeMethodDef statvfs_functions[];
Type* statvfs_result_type();

// The process functions (posix_process.cpp): fork, exec, wait, process
// groups and sessions, added to the module.
extern const NativeMethodDef process_functions[];
// The os.register_at_fork hooks, run around a fork() (posix_process.cpp;
// _posixsubprocess runs them too when it calls a preexec_fn): the `before`
// ones last registered first, the others in registration order. A hook
// that raises is reported on stderr and the rest still run.
void run_before_fork_hooks();
void run_after_fork_hooks(bool in_child);

} // namespace uopy::posix
