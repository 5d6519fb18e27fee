// The posix module's process functions: fork and the at-fork hooks, exec,
// waiting for children, process groups and sessions. CPython counterpart:
// the corresponding part of Modules/posixmodule.c.
//
// fork() runs the os.register_at_fork hooks as CPython does: the `before`
// ones last registered first, then after_in_child (in the child) or
// after_in_parent (in the parent) in registration order. A hook that raises
// is reported on stderr ("Exception ignored in: ...") and the others still
// run. uopy runs a single thread, so the child goes on running Python code
// as the parent would.
//
// waitpid() and wait() retry a call interrupted by a signal after running
// the Python signal handlers (PEP 475); an exception a handler raises (a
// KeyboardInterrupt) ends the wait.
#include "modules/posix_internal.h"

#include "modules/io_stdio.h"
#include "modules/signal_module.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/interp.h"
#include "runtime/traceback.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <string>
#include <vector>

namespace uopy::posix {

namespace {

// -- The at-fork hooks ------------------------------------------------------------------------

struct ForkHooks {
    std::vector<Value> before;
    std::vector<Value> after_in_child;
    std::vector<Value> after_in_parent;
};

static ForkHooks& fork_hooks() {
    static ForkHooks hooks;
    return hooks;
}

static void trace_fork_hooks(Tracer& t) {
    ForkHooks& h = fork_hooks();
    for (Value v : h.before)
        t.visit(v);
    for (Value v : h.after_in_child)
        t.visit(v);
    for (Value v : h.after_in_parent)
        t.visit(v);
}

// What CPython's PyErr_WriteUnraisable(func) prints for a hook that raised.
static void report_hook_error(Value func) {
    write_unraisable("Exception ignored in", func);
}

// Calls each hook of [list] (a copy: a hook may register more), the last
// registered first when [reverse].
static void run_hooks(const std::vector<Value>& list, bool reverse) {
    if (list.empty()) return;
    std::vector<Value> copy = list; // the registry, a root, keeps them alive
    if (reverse) std::reverse(copy.begin(), copy.end());
    for (Value f : copy) {
        Value r = call0(f);
        if (!r) report_hook_error(f);
    }
}

// register_at_fork(*, before=, after_in_child=, after_in_parent=)
static Value os_register_at_fork(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("register_at_fork",
                                     "*, before=, after_in_child=, after_in_parent=");
    Value a[3];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    if (!a[0] && !a[1] && !a[2]) return raise(exc::TypeError, "At least one argument is required.");
    static const char* const names[3] = {"before", "after_in_child", "after_in_parent"};
    for (size_t i = 0; i < 3; i++)
        if (a[i] && !callable(a[i]))
            return raise(exc::TypeError, "'%s' must be callable, not %s", names[i],
                         short_type_name(a[i]));
    static bool rooted = false;
    if (!rooted) {
        gc_add_root_fn(trace_fork_hooks);
        rooted = true;
    }
    ForkHooks& h = fork_hooks();
    if (a[0]) h.before.push_back(a[0]);
    if (a[1]) h.after_in_child.push_back(a[1]);
    if (a[2]) h.after_in_parent.push_back(a[2]);
    return None();
}

// fork(): 0 in the child, the child's pid in the parent.
static Value os_fork(Value, const Value*, size_t, Value) {
    run_before_fork_hooks();
    pid_t pid = ::fork();
    int saved_errno = errno;
    run_after_fork_hooks(pid == 0);
    if (pid < 0) return raise_errno(saved_errno);
    return make_int(pid);
}

// -- exec -------------------------------------------------------------------------------------

// Pointers to the strings of [strs], then a null (an argv or envp array).
// [strs] must not change while the array is in use.
static std::vector<char*> c_array(std::vector<std::string>& strs) {
    std::vector<char*> out;
    out.reserve(strs.size() + 1);
    for (std::string& s : strs)
        out.push_back(s.data());
    out.push_back(nullptr);
    return out;
}

// The items of the tuple [items] as bytes for exec (each a path-like object).
static bool exec_arglist(Value items, std::vector<std::string>& out) {
    size_t n = tuple_size(items);
    out.reserve(n);
    for (size_t i = 0; i < n; i++) {
        std::string s;
        if (!fs_convert(tuple_get(items, i), s)) return false;
        out.push_back(std::move(s));
    }
    return true;
}

// The "name=value" strings of the mapping [env] (CPython's parse_envlist).
static bool exec_envlist(Value env, std::vector<std::string>& out) {
    Value keys = call_method(env, "keys", {});
    if (!keys) return false;
    keys = sequence_to_list(keys);
    if (!keys) return false;
    Value vals = call_method(env, "values", {});
    if (!vals) return false;
    vals = sequence_to_list(vals);
    if (!vals) return false;
    size_t n = list_size(keys);
    if (list_size(vals) < n) n = list_size(vals);
    out.reserve(n);
    for (size_t i = 0; i < n; i++) {
        std::string k, v;
        if (!fs_convert(list_get(keys, i), k) || !fs_convert(list_get(vals, i), v)) return false;
        // From index 1: a leading '=' is allowed (hidden variables on Windows).
        if (k.empty() || k.find('=', 1) != std::string::npos) {
            raise(exc::ValueError, "illegal environment variable name");
            return false;
        }
        out.push_back(k + "=" + v);
    }
    return true;
}

// The argv of execv/execve as a tuple, checked as CPython does; [what] is
// the message prefix ("execv() arg 2" or "execve: argv").
static Value exec_argv_tuple(Value argv, const char* what) {
    if (!is_list(argv) && !is_tuple(argv))
        return raise(exc::TypeError, "%s must be a tuple or list", what);
    Value items = is_list(argv) ? list_as_tuple(argv) : argv;
    if (!items) return items;
    if (tuple_size(items) < 1) return raise(exc::ValueError, "%s must not be empty", what);
    return items;
}

// execv(path, argv, /): replaces the process; returns only by raising.
static Value os_execv(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_expected("execv", nargs, 2, 2)) return Value();
    PathArg p("execv", "path");
    if (!path_convert(args[0], p)) return Value();
    Value items = exec_argv_tuple(args[1], "execv() arg 2");
    if (!items) return items;
    std::vector<std::string> strs;
    if (!exec_arglist(items, strs)) return Value();
    if (strs[0].empty())
        return raise(exc::ValueError, "execv() arg 2 first element cannot be empty");
    std::vector<char*> argv = c_array(strs);
    ::execv(p.c_str(), argv.data());
    // Only reached on failure; CPython's message names no file here.
    return raise_errno(errno);
}

// execve(path, argv, env): path may be an open file descriptor (fexecve).
static Value os_execve(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("execve", "path, argv, env");
    Value a[3];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    PathArg p("execve", "path", false, true);
    if (!path_convert(a[0], p)) return Value();
    Value items = exec_argv_tuple(a[1], "execve: argv");
    if (!items) return items;
    if (!lookup_special(a[2], intern("__getitem__")))
        return raise(exc::TypeError, "execve: environment must be a mapping object");
    std::vector<std::string> strs, env_strs;
    if (!exec_arglist(items, strs)) return Value();
    if (strs[0].empty())
        return raise(exc::ValueError, "execve: argv first element cannot be empty");
    if (!exec_envlist(a[2], env_strs)) return Value();
    std::vector<char*> argv = c_array(strs);
    std::vector<char*> envp = c_array(env_strs);
    if (p.is_fd)
        ::fexecve(p.fd, argv.data(), envp.data());
    else
        ::execve(p.c_str(), argv.data(), envp.data());
    return raise_errno(errno, p.object);
}

// -- Waiting for children ---------------------------------------------------------------------

// After a call failed with EINTR: runs the Python signal handlers (and
// raises KeyboardInterrupt for a SIGINT under the default handler). False
// with the exception set.
static bool check_signals() {
    if (g_interp->pending_sigint) {
        g_interp->pending_sigint = 0;
        raise_empty(exc::KeyboardInterrupt);
        return false;
    }
    return run_pending_signal_handlers();
}

// waitpid(pid, options, /): (pid, status); (0, 0) with WNOHANG when no child
// has changed state.
static Value os_waitpid(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_expected("waitpid", nargs, 2, 2)) return Value();
    int pid, options;
    if (!arg_int(args[0], &pid) || !arg_int(args[1], &options)) return Value();
    int status = 0;
    pid_t r;
    for (;;) {
        r = ::waitpid(static_cast<pid_t>(pid), &status, options);
        if (r >= 0 || errno != EINTR) break;
        if (!check_signals()) return Value();
    }
    if (r < 0) return raise_errno(errno);
    return tuple_pack({make_int(r), make_int(status)});
}

// wait(): (pid, status) of any child.
static Value os_wait(Value, const Value*, size_t, Value) {
    int status = 0;
    pid_t r;
    for (;;) {
        r = ::wait(&status);
        if (r >= 0 || errno != EINTR) break;
        if (!check_signals()) return Value();
    }
    if (r < 0) return raise_errno(errno);
    return tuple_pack({make_int(r), make_int(status)});
}

// -- Process groups and sessions --------------------------------------------------------------

// killpg(pgid, signal, /)
static Value os_killpg(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_expected("killpg", nargs, 2, 2)) return Value();
    int pgid, sig;
    if (!arg_int(args[0], &pgid) || !arg_int(args[1], &sig)) return Value();
    if (::killpg(static_cast<pid_t>(pgid), sig) != 0) return raise_errno(errno);
    return None();
}

// getpgid(pid)
static Value os_getpgid(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("getpgid", "pid");
    Value a[1];
    int pid;
    if (!sig.bind(args, nargs, kwnames, a) || !arg_int(a[0], &pid)) return Value();
    pid_t r = ::getpgid(static_cast<pid_t>(pid));
    if (r < 0) return raise_errno(errno);
    return make_int(r);
}

// setpgid(pid, pgrp, /)
static Value os_setpgid(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_expected("setpgid", nargs, 2, 2)) return Value();
    int pid, pgrp;
    if (!arg_int(args[0], &pid) || !arg_int(args[1], &pgrp)) return Value();
    if (::setpgid(static_cast<pid_t>(pid), static_cast<pid_t>(pgrp)) != 0)
        return raise_errno(errno);
    return None();
}

// setpgrp(): setpgid(0, 0)
static Value os_setpgrp(Value, const Value*, size_t, Value) {
    if (::setpgid(0, 0) != 0) return raise_errno(errno);
    return None();
}

// getsid(pid, /)
static Value os_getsid(Value, const Value* args, size_t, Value) {
    int pid;
    if (!arg_int(args[0], &pid)) return Value();
    pid_t r = ::getsid(static_cast<pid_t>(pid));
    if (r < 0) return raise_errno(errno);
    return make_int(r);
}

// setsid()
static Value os_setsid(Value, const Value*, size_t, Value) {
    if (::setsid() < 0) return raise_errno(errno);
    return None();
}

} // namespace

void run_before_fork_hooks() {
    run_hooks(fork_hooks().before, true);
}

void run_after_fork_hooks(bool in_child) {
    ForkHooks& h = fork_hooks();
    run_hooks(in_child ? h.after_in_child : h.after_in_parent, false);
}

const NativeMethodDef process_functions[] = {
    {"fork", os_fork, NATIVE_NOARGS, nullptr},
    {"register_at_fork", os_register_at_fork, NATIVE_KEYWORDS, nullptr},
    {"execv", os_execv, 0, nullptr},
    {"execve", os_execve, NATIVE_KEYWORDS, nullptr},
    {"waitpid", os_waitpid, 0, nullptr},
    {"wait", os_wait, NATIVE_NOARGS, nullptr},
    {"killpg", os_killpg, 0, nullptr},
    {"getpgid", os_getpgid, NATIVE_KEYWORDS, nullptr},
    {"setpgid", os_setpgid, 0, nullptr},
    {"setpgrp", os_setpgrp, NATIVE_NOARGS, nullptr},
    {"getsid", os_getsid, NATIVE_O, nullptr},
    {"setsid", os_setsid, NATIVE_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace uopy::posix
