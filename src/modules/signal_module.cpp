// The _signal module: Python-level signal handlers and the POSIX signal
// calls around them (what Lib/signal.py wraps into enums). CPython
// counterpart: Modules/signalmodule.c.
//
// Handling a signal happens in two halves, as in CPython:
//  - the C handler (record_signal) runs asynchronously, so it only does
//    async-signal-safe things: it marks the signal in a flag array, sets the
//    interpreter's eval breaker, and writes the signal number to the wakeup
//    fd if one is set;
//  - the Python handler runs later at a safe point (the eval breaker check
//    on back-edges and calls), from run_pending_signal_handlers(), called
//    with (signum, frame).
//
// SIGINT is special: at start-up uopy installs its own handler (on_sigint in
// runtime/startup.cpp) that asks the eval loop to raise KeyboardInterrupt.
// At the Python level that handler is _signal.default_int_handler. Setting
// any other Python handler for SIGINT replaces it with record_signal;
// setting default_int_handler back reinstalls an equivalent of on_sigint
// (sigint_default below).
//
// Handlers are installed with SA_RESTART (siginterrupt(sig, True) removes
// it), so that a signal does not make uopy's blocking I/O fail with EINTR.
#include "modules/signal_module.h"

#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/frame_object.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/interp.h"
#include "runtime/type.h"

#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <pthread.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

namespace uopy {

// -- State --------------------------------------------------------------------------------------

// Written by the C handler, read and cleared at safe points.
static volatile sig_atomic_t g_tripped[NSIG];
static volatile sig_atomic_t g_any_tripped;
// set_wakeup_fd(): the C handler writes the signal number here (-1: none).
static volatile int g_wakeup_fd = -1;

// The Python-level handler of each signal: SIG_DFL (0), SIG_IGN (1), a
// callable, or null when the signal's handler was not set from Python and
// is neither (getsignal() then returns None). Roots, see trace_state.
static Value g_handlers[NSIG];
static Value g_default_int_handler; // the _signal.default_int_handler function
static Type* g_itimer_error;        // signal.itimer_error (ItimerError), an OSError
static bool g_initialized = false;

static void trace_state(Tracer& t) {
    for (int i = 0; i < NSIG; i++)
        t.visit(g_handlers[i]);
    t.visit(g_default_int_handler);
}

// The values of signal.SIG_DFL and signal.SIG_IGN (ints, as in CPython).
static Value sig_dfl_value() {
    return Value::small_int(0);
}
static Value sig_ign_value() {
    return Value::small_int(1);
}

// -- C-level handlers -----------------------------------------------------------------------------

// The handler for signals with a Python handler: record and return.
static void record_signal(int signum) {
    int saved_errno = errno;
    g_tripped[signum] = 1;
    g_any_tripped = 1;
    g_interp->eval_breaker = 1;
    int fd = g_wakeup_fd;
    if (fd >= 0) {
        unsigned char byte = static_cast<unsigned char>(signum);
        ssize_t r = write(fd, &byte, 1);
        (void)r; // a full pipe loses the byte, as in CPython (no warning here)
    }
    errno = saved_errno;
}

// SIGINT under default_int_handler: what runtime/startup.cpp's on_sigint
// does, the eval loop then raises KeyboardInterrupt.
static void sigint_default(int) {
    g_interp->pending_sigint = 1;
    g_interp->eval_breaker = 1;
}

// Installs [fn] (a function or SIG_DFL/SIG_IGN) for [signum]; false with
// errno set on failure. Keeps the signal's SA_RESTART choice when it has one
// (siginterrupt), else restarts.
static bool install_c_handler(int signum, void (*fn)(int)) {
    struct sigaction old;
    bool restart = true;
    if (sigaction(signum, nullptr, &old) == 0 && old.sa_handler != SIG_DFL &&
        old.sa_handler != SIG_IGN)
        restart = (old.sa_flags & SA_RESTART) != 0;
    struct sigaction act;
    std::memset(&act, 0, sizeof act);
    act.sa_handler = fn;
    sigemptyset(&act.sa_mask);
    act.sa_flags = SA_ONSTACK | (restart ? SA_RESTART : 0);
    return sigaction(signum, &act, nullptr) == 0;
}

// -- Helpers ------------------------------------------------------------------------------------

// Argument Clinic's `int` converter: an index that fits a C int.
static bool as_c_int(Value v, int* out) {
    Value i = number_index(v);
    if (!i) return false;
    int64_t x;
    if (!int_fits_int64(i, &x) || x < INT32_MIN || x > INT32_MAX) {
        raise(exc::OverflowError, "Python int too large to convert to C int");
        return false;
    }
    *out = static_cast<int>(x);
    return true;
}

// A signal number argument in [1, NSIG).
static bool signal_number(Value v, int* out) {
    if (!as_c_int(v, out)) return false;
    if (*out < 1 || *out >= NSIG) {
        raise(exc::ValueError, "signal number out of range");
        return false;
    }
    return true;
}

// Raises [type](errno, strerror(errno)) — OSError picks its subclass.
static Value raise_errno_as(Type* type, int err) {
    Value args[2] = {make_int(err), make_str(std::strerror(err))};
    Value e = call(Value(type), args, 2);
    if (!e) return e;
    return raise_instance(e);
}
static Value raise_errno(int err) {
    return raise_errno_as(exc::OSError, err);
}

// PyErr_CheckSignals after a call that may have let a signal in
// (raise_signal, pause, pthread_kill, pthread_sigmask): runs the Python
// handlers now, and raises KeyboardInterrupt for a SIGINT under the default
// handler. False with the exception set.
static bool check_signals() {
    if (!run_pending_signal_handlers()) return false;
    if (g_interp->pending_sigint) {
        g_interp->pending_sigint = 0;
        raise_empty(exc::KeyboardInterrupt);
        return false;
    }
    return true;
}

// A set of ints from a sigset_t.
static Value sigset_to_set(const sigset_t* mask) {
    Value s = make_set();
    if (!s) return s;
    for (int sig = 1; sig < NSIG; sig++) {
        if (sigismember(mask, sig) == 1 && !set_add(s, make_int(sig))) return Value();
    }
    return s;
}

// A sigset_t from an iterable of signal numbers.
static bool iterable_to_sigset(Value iterable, sigset_t* mask) {
    sigemptyset(mask);
    Value it = get_iter(iterable);
    if (!it) return false;
    while (Value item = iter_next(it)) {
        int64_t sig = 0;
        Value i = number_index(item);
        if (!i) return false;
        if (!int_fits_int64(i, &sig) || sig <= 0 || sig >= NSIG) {
            raise(exc::ValueError, "signal number %lld out of range [1; %d]",
                  static_cast<long long>(sig), NSIG - 1);
            return false;
        }
        // sigaddset fails for the signals glibc reserves: skip those, as CPython does.
        sigaddset(mask, static_cast<int>(sig));
    }
    return !err_occurred();
}

static double timeval_to_double(const timeval& tv) {
    return static_cast<double>(tv.tv_sec) + static_cast<double>(tv.tv_usec) * 1e-6;
}
static Value itimer_tuple(const itimerval& v) {
    return tuple_pack(
        {make_float(timeval_to_double(v.it_value)), make_float(timeval_to_double(v.it_interval))});
}
// Seconds (int or float) as a timeval, rounded up to the microsecond as
// CPython's _PyTime_ROUND_CEILING does.
static bool seconds_to_timeval(Value v, timeval* tv) {
    double d;
    if (!number_to_double(v, &d)) return false;
    if (std::isnan(d)) {
        raise(exc::ValueError, "Invalid value NaN (not a number)");
        return false;
    }
    double us = std::ceil(d * 1e6);
    if (us > 9.2e18 || us < -9.2e18) {
        raise(exc::OverflowError, "timestamp too large to convert to C _PyTime_t");
        return false;
    }
    int64_t total = static_cast<int64_t>(us);
    int64_t sec = total / 1000000, usec = total % 1000000;
    if (usec < 0) {
        usec += 1000000;
        sec -= 1;
    }
    tv->tv_sec = static_cast<time_t>(sec);
    tv->tv_usec = static_cast<suseconds_t>(usec);
    return true;
}

// -- Running the Python handlers --------------------------------------------------------------

bool run_pending_signal_handlers() {
    if (!g_any_tripped) return true;
    // Cleared before the scan: a signal arriving meanwhile sets it again.
    g_any_tripped = 0;
    for (int sig = 1; sig < NSIG; sig++) {
        if (!g_tripped[sig]) continue;
        g_tripped[sig] = 0;
        Value handler = g_handlers[sig];
        // SIG_DFL/SIG_IGN set since the signal came: nothing to run.
        if (!handler || is_int(handler)) continue;
        Value frame = None();
        if (g_ts && g_ts->current_frame) {
            frame = make_frame_object(g_ts->current_frame);
            if (!frame) {
                g_any_tripped = 1;
                g_interp->eval_breaker = 1;
                return false;
            }
        }
        Value r = call2(handler, make_int(sig), frame);
        if (!r) {
            // The rest run at the next safe point.
            g_any_tripped = 1;
            g_interp->eval_breaker = 1;
            return false;
        }
    }
    return true;
}

// -- Module functions -----------------------------------------------------------------------------

// default_int_handler(signalnum, frame, /): raises KeyboardInterrupt.
static Value m_default_int_handler(Value, const Value*, size_t nargs, Value) {
    if (!check_nargs_expected("default_int_handler", nargs, 2, 2)) return Value();
    return raise_empty(exc::KeyboardInterrupt);
}
static const NativeMethodDef default_int_handler_def = {
    "default_int_handler", m_default_int_handler, 0,
    "The default handler for SIGINT installed by Python.\n\n"
    "It raises KeyboardInterrupt."};

// signal(signalnum, handler, /): sets the handler, returns the previous one.
static Value m_signal(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_expected("signal", nargs, 2, 2)) return Value();
    int sig;
    if (!signal_number(args[0], &sig)) return Value();
    Value handler = args[1];
    void (*fn)(int) = nullptr;
    bool matched = false;
    if (is_int(handler)) {
        int eq = equals(handler, sig_ign_value());
        if (eq < 0) return Value();
        if (eq) {
            fn = SIG_IGN;
            handler = sig_ign_value();
            matched = true;
        } else {
            eq = equals(handler, sig_dfl_value());
            if (eq < 0) return Value();
            if (eq) {
                fn = SIG_DFL;
                handler = sig_dfl_value();
                matched = true;
            }
        }
    }
    if (!matched) {
        if (!callable(handler))
            return raise(exc::TypeError, "signal handler must be signal.SIG_IGN, "
                                         "signal.SIG_DFL, or a callable object");
        // SIGINT back to default_int_handler: uopy's own KeyboardInterrupt path.
        fn = sig == SIGINT && handler == g_default_int_handler ? sigint_default : record_signal;
    }
    // Signals that came in before the change are handled first (CPython
    // checks signals here too).
    if (!check_signals()) return Value();
    if (!install_c_handler(sig, fn)) return raise_errno(errno);
    Value old = g_handlers[sig];
    g_handlers[sig] = handler;
    return old ? old : None();
}

// getsignal(signalnum, /)
static Value m_getsignal(Value, const Value* args, size_t, Value) {
    int sig;
    if (!signal_number(args[0], &sig)) return Value();
    Value h = g_handlers[sig];
    return h ? h : None();
}

// raise_signal(signalnum, /)
static Value m_raise_signal(Value, const Value* args, size_t, Value) {
    int sig;
    if (!signal_number(args[0], &sig)) return Value();
    if (::raise(sig) != 0) return raise_errno(errno);
    if (!check_signals()) return Value();
    return None();
}

// strsignal(signalnum, /): the system's description, None if unknown.
static Value m_strsignal(Value, const Value* args, size_t, Value) {
    int sig;
    if (!signal_number(args[0], &sig)) return Value();
    errno = 0;
    const char* res = ::strsignal(sig);
    if (errno || !res || std::strstr(res, "Unknown signal")) return None();
    return make_str(res);
}

// valid_signals(): the signals this platform accepts, as a set of ints.
static Value m_valid_signals(Value, const Value*, size_t nargs, Value) {
    if (!check_nargs("valid_signals", nargs, 0, 0)) return Value();
    sigset_t mask;
    if (sigemptyset(&mask) < 0 || sigfillset(&mask) < 0) return raise_errno(errno);
    return sigset_to_set(&mask);
}

// alarm(seconds, /): schedules SIGALRM; returns the seconds left of the previous alarm.
static Value m_alarm(Value, const Value* args, size_t, Value) {
    int secs;
    if (!as_c_int(args[0], &secs)) return Value();
    return make_int(static_cast<int64_t>(::alarm(static_cast<unsigned>(secs))));
}

// pause(): waits for a signal, then runs its handler.
static Value m_pause(Value, const Value*, size_t nargs, Value) {
    if (!check_nargs("pause", nargs, 0, 0)) return Value();
    (void)::pause();
    if (!check_signals()) return Value();
    return None();
}

// set_wakeup_fd(fd, /, *, warn_on_full_buffer=True): returns the previous fd.
static Value m_set_wakeup_fd(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("set_wakeup_fd", "fd, /, *, warn_on_full_buffer=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    int fd;
    if (!as_c_int(a[0], &fd)) return Value();
    if (a[1] && truthy(a[1]) < 0) return Value();
    if (fd != -1) {
        struct stat st;
        if (fstat(fd, &st) != 0) return raise_errno(errno);
        int flags = fcntl(fd, F_GETFL, 0);
        if (flags < 0) return raise_errno(errno);
        if (!(flags & O_NONBLOCK))
            return raise(exc::ValueError, "the fd %d must be in non-blocking mode", fd);
    }
    int old = g_wakeup_fd;
    g_wakeup_fd = fd;
    return make_int(old);
}

// siginterrupt(signalnum, flag, /): whether the signal interrupts system calls.
static Value m_siginterrupt(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_expected("siginterrupt", nargs, 2, 2)) return Value();
    int sig, flag;
    if (!signal_number(args[0], &sig) || !as_c_int(args[1], &flag)) return Value();
    struct sigaction act;
    (void)sigaction(sig, nullptr, &act);
    if (flag)
        act.sa_flags &= ~SA_RESTART;
    else
        act.sa_flags |= SA_RESTART;
    if (sigaction(sig, &act, nullptr) < 0) return raise_errno(errno);
    return None();
}

// setitimer(which, seconds, interval=0.0, /): returns the old (delay, interval).
static Value m_setitimer(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_expected("setitimer", nargs, 2, 3)) return Value();
    int which;
    if (!as_c_int(args[0], &which)) return Value();
    itimerval nv{}, old{};
    if (!seconds_to_timeval(args[1], &nv.it_value)) return Value();
    if (nargs > 2 && !seconds_to_timeval(args[2], &nv.it_interval)) return Value();
    if (::setitimer(static_cast<__itimer_which_t>(which), &nv, &old) != 0)
        return raise_errno_as(g_itimer_error, errno);
    return itimer_tuple(old);
}

// getitimer(which, /): the current (delay, interval).
static Value m_getitimer(Value, const Value* args, size_t, Value) {
    int which;
    if (!as_c_int(args[0], &which)) return Value();
    itimerval cur{};
    if (::getitimer(static_cast<__itimer_which_t>(which), &cur) != 0)
        return raise_errno_as(g_itimer_error, errno);
    return itimer_tuple(cur);
}

// pthread_kill(thread_id, signalnum, /). uopy runs one thread, whose ids
// (threading.get_ident() is the process id here, and pthread_self()) are
// the only ones accepted; any other id is ESRCH rather than a wild pointer
// handed to pthread_kill.
static Value m_pthread_kill(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_expected("pthread_kill", nargs, 2, 2)) return Value();
    Value tid = number_index(args[0]);
    if (!tid) return tid;
    int sig;
    if (!as_c_int(args[1], &sig)) return Value();
    int64_t id;
    bool ok = int_fits_int64(tid, &id);
    uint64_t self = static_cast<uint64_t>(pthread_self());
    if (!ok || !(id == static_cast<int64_t>(getpid()) || static_cast<uint64_t>(id) == self))
        return raise_errno(ESRCH);
    int err = pthread_kill(pthread_self(), sig);
    if (err != 0) return raise_errno(err);
    if (!check_signals()) return Value();
    return None();
}

// pthread_sigmask(how, mask, /): returns the old mask as a set.
static Value m_pthread_sigmask(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_expected("pthread_sigmask", nargs, 2, 2)) return Value();
    int how;
    if (!as_c_int(args[0], &how)) return Value();
    sigset_t mask, old;
    if (!iterable_to_sigset(args[1], &mask)) return Value();
    int err = pthread_sigmask(how, &mask, &old);
    if (err != 0) return raise_errno(err);
    // Unblocked signals may have come in.
    if (!check_signals()) return Value();
    return sigset_to_set(&old);
}

// sigpending(): the blocked signals waiting to be delivered.
static Value m_sigpending(Value, const Value*, size_t nargs, Value) {
    if (!check_nargs("sigpending", nargs, 0, 0)) return Value();
    sigset_t mask;
    if (::sigpending(&mask) != 0) return raise_errno(errno);
    return sigset_to_set(&mask);
}

// sigwait(sigset, /): waits for one of the (blocked) signals; returns its number.
static Value m_sigwait(Value, const Value* args, size_t, Value) {
    sigset_t mask;
    if (!iterable_to_sigset(args[0], &mask)) return Value();
    int sig = 0;
    int err = ::sigwait(&mask, &sig);
    if (err != 0) return raise_errno(err);
    return make_int(sig);
}

static const NativeMethodDef signal_functions[] = {
    {"signal", m_signal, 0,
     "Set the action for the given signal.\n\n"
     "The action can be SIG_DFL, SIG_IGN, or a callable Python object.\n"
     "The previous action is returned."},
    {"getsignal", m_getsignal, NATIVE_O, "Return the current action for the given signal."},
    {"raise_signal", m_raise_signal, NATIVE_O, "Send a signal to the executing process."},
    {"strsignal", m_strsignal, NATIVE_O, "Return the system description of the given signal."},
    {"valid_signals", m_valid_signals, 0, "Return a set of valid signal numbers on this platform."},
    {"alarm", m_alarm, NATIVE_O,
     "Arrange for SIGALRM to arrive after the given number of seconds."},
    {"pause", m_pause, 0, "Wait until a signal arrives."},
    {"set_wakeup_fd", m_set_wakeup_fd, NATIVE_KEYWORDS,
     "Sets the fd to be written to (with the signal number) when a signal comes in."},
    {"siginterrupt", m_siginterrupt, 0, "Change system call restart behaviour."},
    {"setitimer", m_setitimer, 0,
     "Sets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL or "
     "ITIMER_PROF)."},
    {"getitimer", m_getitimer, NATIVE_O, "Returns current value of given itimer."},
    {"pthread_kill", m_pthread_kill, 0, "Send a signal to a thread."},
    {"pthread_sigmask", m_pthread_sigmask, 0,
     "Fetch and/or change the signal mask of the calling "
     "thread."},
    {"sigpending", m_sigpending, 0, "Examine pending signals."},
    {"sigwait", m_sigwait, NATIVE_O, "Wait for a signal."},
    {nullptr, nullptr, 0, nullptr},
};

// -- The module -------------------------------------------------------------------------------

// The SIG* numbers Linux has, aliases included (the enum makes them aliases).
struct IntConstant {
    const char* name;
    int value;
};
static const IntConstant signal_constants[] = {
    {"SIGHUP", SIGHUP},           {"SIGINT", SIGINT},           {"SIGQUIT", SIGQUIT},
    {"SIGILL", SIGILL},           {"SIGTRAP", SIGTRAP},         {"SIGIOT", SIGIOT},
    {"SIGABRT", SIGABRT},         {"SIGFPE", SIGFPE},           {"SIGKILL", SIGKILL},
    {"SIGBUS", SIGBUS},           {"SIGSEGV", SIGSEGV},         {"SIGSYS", SIGSYS},
    {"SIGPIPE", SIGPIPE},         {"SIGALRM", SIGALRM},         {"SIGTERM", SIGTERM},
    {"SIGUSR1", SIGUSR1},         {"SIGUSR2", SIGUSR2},         {"SIGCLD", SIGCHLD},
    {"SIGCHLD", SIGCHLD},         {"SIGPWR", SIGPWR},           {"SIGIO", SIGIO},
    {"SIGURG", SIGURG},           {"SIGWINCH", SIGWINCH},       {"SIGPOLL", SIGPOLL},
    {"SIGSTOP", SIGSTOP},         {"SIGTSTP", SIGTSTP},         {"SIGCONT", SIGCONT},
    {"SIGTTIN", SIGTTIN},         {"SIGTTOU", SIGTTOU},         {"SIGVTALRM", SIGVTALRM},
    {"SIGPROF", SIGPROF},         {"SIGXCPU", SIGXCPU},         {"SIGXFSZ", SIGXFSZ},
    {"SIGSTKFLT", SIGSTKFLT},     {"SIG_BLOCK", SIG_BLOCK},     {"SIG_UNBLOCK", SIG_UNBLOCK},
    {"SIG_SETMASK", SIG_SETMASK}, {"ITIMER_REAL", ITIMER_REAL}, {"ITIMER_VIRTUAL", ITIMER_VIRTUAL},
    {"ITIMER_PROF", ITIMER_PROF},
};

// Once per process: the roots, the exception class, and each signal's
// handler as the process has it now.
static void init_signal_state() {
    if (g_initialized) return;
    g_initialized = true;
    bool was = gc_is_enabled();
    gc_set_enabled(false);
    gc_add_root_fn(trace_state);
    g_itimer_error = make_builtin_heap_type("itimer_error", exc::OSError, "signal");
    g_default_int_handler =
        make_builtin_function(&default_int_handler_def, Value(), intern("_signal"));
    for (int sig = 1; sig < NSIG; sig++) {
        struct sigaction cur;
        if (sigaction(sig, nullptr, &cur) != 0) continue;
        if (cur.sa_handler == SIG_DFL)
            g_handlers[sig] = sig_dfl_value();
        else if (cur.sa_handler == SIG_IGN)
            g_handlers[sig] = sig_ign_value();
    }
    // SIGINT: uopy's start-up handler (on_sigint) is default_int_handler;
    // a SIGINT still at SIG_DFL gets it, as CPython installs it at start-up.
    // An ignored SIGINT stays ignored.
    if (!g_handlers[SIGINT] || g_handlers[SIGINT] == sig_dfl_value()) {
        if (g_handlers[SIGINT]) install_c_handler(SIGINT, sigint_default);
        g_handlers[SIGINT] = g_default_int_handler;
    }
    gc_set_enabled(was);
}

Value init_signal_module() {
    init_signal_state();
    ModuleObject* m = make_module("_signal");
    if (!m) return Value();
    Value mod(m);
    add_functions(m->dict, signal_functions, mod);
    Dict* d = m->dict;
    bool ok = dict_set_cstr(d, "default_int_handler", g_default_int_handler) &&
              dict_set_cstr(d, "SIG_DFL", sig_dfl_value()) &&
              dict_set_cstr(d, "SIG_IGN", sig_ign_value()) &&
              dict_set_cstr(d, "NSIG", make_int(NSIG)) &&
              dict_set_cstr(d, "SIGRTMIN", make_int(SIGRTMIN)) &&
              dict_set_cstr(d, "SIGRTMAX", make_int(SIGRTMAX)) &&
              dict_set_cstr(d, "ItimerError", Value(g_itimer_error));
    for (const IntConstant& c : signal_constants)
        ok = ok && dict_set_cstr(d, c.name, make_int(c.value));
    if (!ok) return Value();
    return mod;
}

} // namespace uopy
