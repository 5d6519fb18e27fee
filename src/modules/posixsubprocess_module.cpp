// The _posixsubprocess module: fork_exec(), the fork-and-exec behind
// subprocess.Popen on POSIX, with CPython 3.11's 23 positional arguments.
// CPython counterpart: Modules/_posixsubprocess.c.
//
// Everything that allocates or can fail with a Python exception (the argv,
// envp and executable arrays, cwd, the groups, the descriptors to keep) is
// prepared in the parent, before fork(). The child then makes only
// async-signal-safe system calls: it closes the parent's pipe ends, puts its
// own ends on 0, 1 and 2, changes directory, umask, session, process group,
// groups and ids, closes the other descriptors (close_fds), and tries
// execve() on each candidate executable in turn. A failure is written to
// errpipe_write as "ExceptionName:hex_errno:description", the format
// subprocess.py's _execute_child parses ("noexec" as the description when
// exec was never tried, so that the parent names cwd in the error), and the
// child exits with status 255.
//
// preexec_fn is called in the child, just before the descriptors are
// closed; uopy runs one thread, so running Python code there is safe. An
// exception it raises is reported as "SubprocessError:0:Exception occurred
// in preexec_fn.". As in CPython, the os.register_at_fork hooks run around
// the fork only when there is a preexec_fn. allow_vfork is accepted and
// ignored: the child always comes from fork().
#include "modules/modules.h"
#include "modules/posix_internal.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"

#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace uopy {

namespace {

#ifdef NGROUPS_MAX
constexpr size_t kMaxGroups = NGROUPS_MAX;
#else
constexpr size_t kMaxGroups = 64;
#endif

// What the child does, all of it converted before fork().
struct ChildPlan {
    std::vector<std::string> exec_strs, argv_strs, env_strs;
    std::vector<char*> exec_array, argv, envp; // null-terminated
    bool have_env = false;                     // else execv() with the current environ
    std::string cwd;
    bool have_cwd = false;
    std::vector<int> fds_to_keep; // sorted, distinct
    std::vector<gid_t> groups;
    bool set_groups = false;
    gid_t gid = static_cast<gid_t>(-1);
    uid_t uid = static_cast<uid_t>(-1);
    int p2cread = -1, p2cwrite = -1, c2pread = -1, c2pwrite = -1;
    int errread = -1, errwrite = -1, errpipe_read = -1, errpipe_write = -1;
    bool close_fds = false;
    bool restore_signals = false;
    bool call_setsid = false;
    int pgid_to_set = -1;
    int child_umask = -1;
    Value preexec_fn; // null for None
};

// Pointers to the strings of [strs], then a null.
static std::vector<char*> c_array(std::vector<std::string>& strs) {
    std::vector<char*> out;
    out.reserve(strs.size() + 1);
    for (std::string& s : strs)
        out.push_back(s.data());
    out.push_back(nullptr);
    return out;
}

// A sequence of bytes objects (executable_list, env) as strings, without
// NUL bytes (CPython's _PySequence_BytesToCharpArray).
static bool bytes_sequence(Value seq, std::vector<std::string>& out) {
    if (length(seq) < 0) return false;
    Value items = sequence_to_tuple(seq);
    if (!items) return false;
    size_t n = tuple_size(items);
    out.reserve(n);
    for (size_t i = 0; i < n; i++) {
        Value item = tuple_get(items, i);
        if (!is_bytes(item)) {
            raise(exc::TypeError, "expected bytes, %s found", type_name(item));
            return false;
        }
        std::string_view b = bytes_view(item);
        if (b.find('\0') != std::string_view::npos) {
            raise(exc::ValueError, "embedded null byte");
            return false;
        }
        out.emplace_back(b);
    }
    return true;
}

// The argv: each item a path-like object, encoded (PyUnicode_FSConverter).
static bool argv_strings(Value process_args, std::vector<std::string>& out) {
    Value items = process_args;
    if (is_list(items)) {
        items = list_as_tuple(items);
    } else if (!is_tuple(items)) {
        items = sequence_to_tuple(items);
        if (!items && err_matches(exc::TypeError)) {
            err_clear();
            raise(exc::TypeError, "argv must be a tuple");
        }
    }
    if (!items) return false;
    size_t n = tuple_size(items);
    out.reserve(n);
    for (size_t i = 0; i < n; i++) {
        std::string s;
        if (!posix::fs_convert(tuple_get(items, i), s)) return false;
        out.push_back(std::move(s));
    }
    return true;
}

// extra_groups: a list of group ids.
static bool group_list(Value groups, std::vector<gid_t>& out) {
    if (!is_list(groups)) {
        raise(exc::TypeError, "setgroups argument must be a list");
        return false;
    }
    size_t n = list_size(groups);
    if (n > kMaxGroups) {
        raise(exc::ValueError, "too many groups");
        return false;
    }
    out.reserve(n);
    for (size_t i = 0; i < list_size(groups); i++) {
        Value elem = list_get(groups, i);
        if (!is_int(elem)) {
            raise(exc::TypeError, "groups must be integers");
            return false;
        }
        uint32_t g;
        if (!posix::arg_id(elem, "gid", &g)) {
            err_clear();
            raise(exc::ValueError, "invalid group id");
            return false;
        }
        out.push_back(static_cast<gid_t>(g));
    }
    return true;
}

// -- In the child: async-signal-safe calls only -----------------------------------------------

// Writes [n] bytes to [fd], retrying after EINTR; errors are ignored.
static void write_noraise(int fd, const char* data, size_t n) {
    while (n > 0) {
        ssize_t w = ::write(fd, data, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return;
        }
        data += w;
        n -= static_cast<size_t>(w);
    }
}

// Sets or clears FD_CLOEXEC; false with errno set.
static bool set_inheritable_raw(int fd, bool inheritable) {
    int flags = ::fcntl(fd, F_GETFD);
    if (flags < 0) return false;
    int nf = inheritable ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC;
    if (nf == flags) return true;
    return ::fcntl(fd, F_SETFD, nf) == 0;
}

// Puts [fd] on [target] (0, 1 or 2), inheritable; -1 leaves target alone.
// dup2() onto itself would leave FD_CLOEXEC set, hence the flag change.
static bool dup_onto(int fd, int target) {
    if (fd == target) return set_inheritable_raw(fd, true);
    if (fd != -1 && ::dup2(fd, target) < 0) return false;
    return true;
}

static bool fd_in_sorted(int fd, const std::vector<int>& keep) {
    size_t lo = 0, hi = keep.size();
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (keep[mid] == fd) return true;
        if (keep[mid] < fd)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

// A non-negative decimal number, or -1 (no library call).
static int fd_from_name(const char* name) {
    if (*name == '\0') return -1;
    int n = 0;
    for (; *name; name++) {
        if (*name < '0' || *name > '9' || n > (INT_MAX - 9) / 10) return -1;
        n = n * 10 + (*name - '0');
    }
    return n;
}

// The kernel's record for getdents64 (fixed since Linux 2.6.4).
struct LinuxDirent64 {
    uint64_t d_ino;
    int64_t d_off;
    unsigned short d_reclen;
    unsigned char d_type;
    char d_name[256];
};

// Closes every descriptor from [start] up that is not in [keep].
// close_range() when the kernel has it, else the entries of /proc/self/fd
// read with the raw getdents64 system call (opendir() allocates), else
// every number up to the descriptor limit.
static void close_open_fds(int start, const std::vector<int>& keep) {
#ifdef SYS_close_range
    {
        bool ok = true;
        int lo = start;
        for (int k : keep) {
            if (k < lo) continue;
            if (k > lo)
                ok = ::syscall(SYS_close_range, static_cast<unsigned>(lo),
                               static_cast<unsigned>(k - 1), 0u) == 0;
            if (!ok) break;
            if (k == INT_MAX) return; // nothing above it
            lo = k + 1;
        }
        if (ok && ::syscall(SYS_close_range, static_cast<unsigned>(lo), ~0u, 0u) == 0) return;
    }
#endif
    int dir_fd = ::open("/proc/self/fd", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir_fd >= 0) {
        alignas(LinuxDirent64) char buf[4 * sizeof(LinuxDirent64)];
        for (;;) {
            long n = ::syscall(SYS_getdents64, dir_fd, buf, sizeof buf);
            if (n <= 0) break;
            for (long off = 0; off < n;) {
                const char* rec = buf + off;
                unsigned short reclen;
                std::memcpy(&reclen, rec + offsetof(LinuxDirent64, d_reclen), sizeof reclen);
                if (reclen == 0) break;
                int fd = fd_from_name(rec + offsetof(LinuxDirent64, d_name));
                if (fd >= start && fd != dir_fd && !fd_in_sorted(fd, keep)) ::close(fd);
                off += reclen;
            }
        }
        ::close(dir_fd);
        return;
    }
    long max_fd = ::sysconf(_SC_OPEN_MAX);
    if (max_fd < 0) max_fd = 256;
    if (max_fd > INT_MAX) max_fd = INT_MAX;
    for (int fd = start; fd < max_fd; fd++)
        if (!fd_in_sorted(fd, keep)) ::close(fd);
}

// Everything before preexec_fn; false with errno set.
static bool child_setup(const ChildPlan& c) {
    // The descriptors to keep survive exec (errpipe_write only until then).
    for (int fd : c.fds_to_keep)
        if (fd != c.errpipe_write && !set_inheritable_raw(fd, true)) return false;

    // The parent's ends of the pipes.
    if (c.p2cwrite != -1 && ::close(c.p2cwrite) != 0) return false;
    if (c.c2pread != -1 && ::close(c.c2pread) != 0) return false;
    if (c.errread != -1 && ::close(c.errread) != 0) return false;
    if (::close(c.errpipe_read) != 0) return false;

    // A descriptor that a dup2() below would overwrite before it is used
    // moves out of the way first (stdout on 0; stderr on 0 or 1).
    int c2pwrite = c.c2pwrite, errwrite = c.errwrite;
    if (c2pwrite == 0) {
        c2pwrite = ::dup(c2pwrite);
        if (c2pwrite < 0 || !set_inheritable_raw(c2pwrite, false)) return false;
    }
    while (errwrite == 0 || errwrite == 1) {
        errwrite = ::dup(errwrite);
        if (errwrite < 0 || !set_inheritable_raw(errwrite, false)) return false;
    }
    if (!dup_onto(c.p2cread, 0) || !dup_onto(c2pwrite, 1) || !dup_onto(errwrite, 2)) return false;
    // The originals are non-inheritable (or closed by close_fds).

    if (c.have_cwd && ::chdir(c.cwd.c_str()) != 0) return false;
    if (c.child_umask >= 0) ::umask(static_cast<mode_t>(c.child_umask));
    if (c.restore_signals) {
        // What CPython's _Py_RestoreSignals undoes: its start-up SIG_IGNs.
        struct sigaction dfl;
        std::memset(&dfl, 0, sizeof dfl);
        dfl.sa_handler = SIG_DFL;
        sigemptyset(&dfl.sa_mask);
        ::sigaction(SIGPIPE, &dfl, nullptr);
        ::sigaction(SIGXFSZ, &dfl, nullptr);
    }
    if (c.call_setsid && ::setsid() < 0) return false;
    if (c.pgid_to_set >= 0 && ::setpgid(0, static_cast<pid_t>(c.pgid_to_set)) != 0) return false;
    if (c.set_groups && ::setgroups(c.groups.size(), c.groups.data()) != 0) return false;
    if (c.gid != static_cast<gid_t>(-1) && ::setregid(c.gid, c.gid) != 0) return false;
    if (c.uid != static_cast<uid_t>(-1) && ::setreuid(c.uid, c.uid) != 0) return false;
    return true;
}

// Tries each executable (the PATH search os._execvpe does); returns the
// errno to report: the first that is not ENOENT or ENOTDIR, else the last.
static int exec_each(const ChildPlan& c) {
    int first = 0;
    for (char* const* e = c.exec_array.data(); *e; e++) {
        if (c.have_env)
            ::execve(*e, c.argv.data(), c.envp.data());
        else
            ::execv(*e, c.argv.data());
        if (errno != ENOENT && errno != ENOTDIR && first == 0) first = errno;
    }
    return first ? first : errno;
}

// Tells the parent what failed, in the format subprocess.py reads.
static void report_failure(int fd, int err, bool reached_preexec, const char* msg) {
    if (err != 0) {
        static const char digits[] = "0123456789abcdef";
        char hex[2 * sizeof(int)];
        char* end = hex + sizeof hex;
        char* cur = end;
        unsigned u = static_cast<unsigned>(err);
        while (u != 0 && cur != hex) {
            *--cur = digits[u % 16];
            u /= 16;
        }
        write_noraise(fd, "OSError:", 8);
        write_noraise(fd, cur, static_cast<size_t>(end - cur));
        write_noraise(fd, ":", 1);
        // The error came before exec: the parent then blames cwd.
        if (!reached_preexec) write_noraise(fd, "noexec", 6);
    } else {
        write_noraise(fd, "SubprocessError:0:", 18);
        write_noraise(fd, msg, std::strlen(msg));
    }
}

[[noreturn]] static void run_child(const ChildPlan& c) {
    int err = 0;
    bool reached_preexec = false;
    const char* msg = "";
    if (!child_setup(c)) {
        err = errno;
    } else {
        reached_preexec = true;
        if (c.preexec_fn && !call0(c.preexec_fn)) {
            // Not formatted: that could allocate, and the parent only
            // needs to know it happened.
            msg = "Exception occurred in preexec_fn.";
        } else {
            // After preexec_fn, which may have opened descriptors.
            if (c.close_fds) close_open_fds(3, c.fds_to_keep);
            err = exec_each(c);
        }
    }
    report_failure(c.errpipe_write, err, reached_preexec, msg);
    ::_exit(255);
}

// -- fork_exec --------------------------------------------------------------------------------

// fork_exec(args, executable_list, close_fds, pass_fds, cwd, env,
//           p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
//           errpipe_read, errpipe_write, restore_signals, call_setsid,
//           pgid_to_set, gid, extra_groups, uid, child_umask, preexec_fn,
//           allow_vfork, /): the child's pid.
static Value m_fork_exec(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_tuple_style("fork_exec", nargs, 23, 23)) return Value();
    ChildPlan c;
    Value process_args = args[0], executable_list = args[1];
    if (!posix::arg_bool(args[2], false, &c.close_fds)) return Value();
    Value keep = args[3];
    if (!is_tuple(keep))
        return raise(exc::TypeError, "fork_exec() argument 4 must be tuple, not %s",
                     arg_type_name(keep));
    Value cwd_obj = args[4], env_list = args[5];
    int* const fd_args[8] = {&c.p2cread, &c.p2cwrite, &c.c2pread,      &c.c2pwrite,
                             &c.errread, &c.errwrite, &c.errpipe_read, &c.errpipe_write};
    for (size_t i = 0; i < 8; i++)
        if (!posix::arg_int(args[6 + i], fd_args[i])) return Value();
    int restore_signals, call_setsid;
    if (!posix::arg_int(args[14], &restore_signals) || !posix::arg_int(args[15], &call_setsid) ||
        !posix::arg_int(args[16], &c.pgid_to_set))
        return Value();
    c.restore_signals = restore_signals != 0;
    c.call_setsid = call_setsid != 0;
    Value gid_obj = args[17], groups_obj = args[18], uid_obj = args[19];
    if (!posix::arg_int(args[20], &c.child_umask)) return Value();
    Value preexec_fn = args[21];
    bool allow_vfork; // accepted; the child always comes from fork()
    if (!posix::arg_bool(args[22], true, &allow_vfork)) return Value();
    (void)allow_vfork;

    if (c.close_fds && c.errpipe_write < 3)
        return raise(exc::ValueError, "errpipe_write must be >= 3");
    int64_t prev = -1;
    for (size_t i = 0; i < tuple_size(keep); i++) {
        Value v = tuple_get(keep, i);
        int64_t fd;
        if (!is_int(v) || !int_fits_int64(v, &fd) || fd < 0 || fd <= prev || fd > INT_MAX)
            return raise(exc::ValueError, "bad value(s) in fds_to_keep");
        prev = fd;
        c.fds_to_keep.push_back(static_cast<int>(fd));
    }

    if (!bytes_sequence(executable_list, c.exec_strs)) return Value();
    if (!is_none(process_args) && !argv_strings(process_args, c.argv_strs)) return Value();
    if (!is_none(env_list)) {
        if (!bytes_sequence(env_list, c.env_strs)) return Value();
        c.have_env = true;
    }
    if (!is_none(cwd_obj)) {
        if (!posix::fs_convert(cwd_obj, c.cwd)) return Value();
        c.have_cwd = true;
    }
    if (!is_none(groups_obj)) {
        if (!group_list(groups_obj, c.groups)) return Value();
        c.set_groups = true;
    }
    uint32_t id;
    if (!is_none(gid_obj)) {
        if (!posix::arg_id(gid_obj, "gid", &id)) return Value();
        c.gid = static_cast<gid_t>(id);
    }
    if (!is_none(uid_obj)) {
        if (!posix::arg_id(uid_obj, "uid", &id)) return Value();
        c.uid = static_cast<uid_t>(id);
    }
    if (!is_none(preexec_fn)) c.preexec_fn = preexec_fn;

    // The arrays point into the strings, which no longer change.
    c.exec_array = c_array(c.exec_strs);
    c.argv = c_array(c.argv_strs);
    c.envp = c_array(c.env_strs);

    bool hooks = static_cast<bool>(c.preexec_fn);
    if (hooks) posix::run_before_fork_hooks();
    pid_t pid = ::fork();
    if (pid == 0) {
        if (hooks) posix::run_after_fork_hooks(true);
        run_child(c);
    }
    int saved_errno = errno;
    if (hooks) posix::run_after_fork_hooks(false);
    if (pid < 0) return posix::raise_errno(saved_errno);
    return make_int(pid);
}

static const NativeMethodDef posixsubprocess_functions[] = {
    {"fork_exec", m_fork_exec, 0,
     "Spawn a fresh new child process.\n\n"
     "Fork a child process, close parent file descriptors as appropriate in the\n"
     "child and duplicate the few that are needed before calling exec() in the\n"
     "child process.\n\n"
     "Returns: the child process's PID.\n\n"
     "Raises: Only on an error in the parent process."},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace

Value init_posixsubprocess_module() {
    ModuleObject* m = make_module("_posixsubprocess");
    if (!m) return Value();
    Value mod(m);
    add_functions(m->dict, posixsubprocess_functions, mod);
    if (!dict_set_cstr(m->dict, "__doc__", make_str("A POSIX helper for the subprocess module.")))
        return Value();
    return mod;
}

} // namespace uopy
