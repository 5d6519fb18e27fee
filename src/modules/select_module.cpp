// The select module: select(), poll objects (select.poll()) and epoll
// objects (select.epoll), with the POLL* and EPOLL* constants. selectors.py
// builds on them, and asyncio's event loop on selectors. CPython
// counterpart: Modules/selectmodule.c.
//
// Every wait follows PEP 475: a call interrupted by a signal (EINTR) runs
// the Python signal handlers, and when none raised, is retried with the
// time left until the deadline computed on entry.
#include "modules/fd_wait.h"
#include "modules/modules.h"
#include "modules/posix_internal.h"
#include "objects/dict.h"
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
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <gmp.h>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdint>
#include <vector>

namespace uopy {

namespace {

using fdwait::Nanos;

static Type PollType, EpollType;

// A timeval for a non-negative duration, rounded up to the microsecond.
static struct timeval to_timeval(Nanos t) {
    struct timeval tv;
    Nanos us = t / 1000 + (t % 1000 != 0 ? 1 : 0);
    tv.tv_sec = static_cast<time_t>(us / 1000000);
    tv.tv_usec = static_cast<suseconds_t>(us % 1000000);
    return tv;
}

// Replaces a TypeError raised while converting a timeout by [msg] (other
// errors stay).
static void reword_type_error(const char* msg) {
    if (err_matches(exc::TypeError)) {
        err_clear();
        raise_str(exc::TypeError, msg);
    }
}

// -- select() ---------------------------------------------------------------------------------

// One of select()'s three arguments: the objects (kept for the result) and
// their file descriptors, in order.
struct FdList {
    ValueVec objs;
    std::vector<int> fds;
};

// PySequence_Fast + seq2set: any iterable of ints or objects with fileno().
static bool collect_fds(Value seq, FdList& out, int* maxfd) {
    Value items = seq;
    if (!is_list(seq) && !is_tuple(seq)) {
        Value it = get_iter(seq);
        if (!it) {
            reword_type_error("arguments 1-3 must be sequences");
            return false;
        }
        items = sequence_to_list(it);
        if (!items) return false;
    }
    // A fileno() call may change a list argument: read the size each time.
    for (size_t i = 0;; i++) {
        size_t n = is_list(items) ? list_size(items) : tuple_size(items);
        if (i >= n) break;
        Value o = is_list(items) ? list_get(items, i) : tuple_get(items, i);
        out.objs.push_back(o);
        int fd;
        if (!fdwait::object_as_fd(o, &fd)) return false;
        if (fd >= FD_SETSIZE) {
            raise(exc::ValueError, "filedescriptor out of range in select()");
            return false;
        }
        if (out.fds.size() >= static_cast<size_t>(FD_SETSIZE)) {
            raise(exc::ValueError, "too many file descriptors in select()");
            return false;
        }
        out.fds.push_back(fd);
        if (fd > *maxfd) *maxfd = fd;
    }
    return true;
}

static void fill_set(const FdList& l, fd_set* set) {
    FD_ZERO(set);
    for (int fd : l.fds)
        FD_SET(fd, set);
}

// The objects of [l] whose descriptor is in [set] (none when [set] is null).
static Value ready_list(const FdList& l, const fd_set* set) {
    Value list = make_list(0);
    if (!list || !set) return list;
    for (size_t i = 0; i < l.fds.size(); i++)
        if (FD_ISSET(l.fds[i], set) && !list_append(list, l.objs[i])) return Value();
    return list;
}

// select(rlist, wlist, xlist, timeout=None, /)
static Value m_select(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_expected("select", nargs, 3, 4)) return Value();
    Value tout = nargs > 3 ? args[3] : Value();
    bool has_timeout = tout && !is_none(tout);
    Nanos timeout = 0, deadline = 0;
    if (has_timeout) {
        if (!fdwait::timeout_from_object(tout, fdwait::kNanosPerSecond, &timeout)) {
            reword_type_error("timeout must be a float or None");
            return Value();
        }
        if (timeout < 0) return raise(exc::ValueError, "timeout must be non-negative");
        deadline = fdwait::monotonic_now() + timeout;
    }
    FdList lists[3];
    int maxfd = -1;
    for (int k = 0; k < 3; k++)
        if (!collect_fds(args[k], lists[k], &maxfd)) return Value();

    fd_set sets[3];
    bool timed_out = false;
    struct timeval tv = to_timeval(timeout);
    for (;;) {
        for (int k = 0; k < 3; k++)
            fill_set(lists[k], &sets[k]);
        errno = 0;
        int n = ::select(maxfd + 1, lists[0].fds.empty() ? nullptr : &sets[0],
                         lists[1].fds.empty() ? nullptr : &sets[1],
                         lists[2].fds.empty() ? nullptr : &sets[2], has_timeout ? &tv : nullptr);
        if (n >= 0) break;
        int err = errno;
        if (err != EINTR) return posix::raise_errno(err);
        if (!fdwait::check_signals()) return Value();
        if (has_timeout) {
            Nanos left = deadline - fdwait::monotonic_now();
            if (left < 0) {
                timed_out = true;
                break;
            }
            tv = to_timeval(left);
        }
    }
    Value r[3];
    for (int k = 0; k < 3; k++) {
        r[k] = ready_list(lists[k], (timed_out || lists[k].fds.empty()) ? nullptr : &sets[k]);
        if (!r[k]) return Value();
    }
    return tuple_pack({r[0], r[1], r[2]});
}

// -- poll objects -----------------------------------------------------------------------------

struct PollObject : Object {
    Dict* fds;    // fd (int) -> event mask (int), in registration order
    bool running; // inside poll(): a nested call is refused
};

static PollObject* P(Value v) {
    return static_cast<PollObject*>(v.as_ptr());
}

static void poll_trace(Object* o, Tracer& t) {
    t.visit(static_cast<PollObject*>(o)->fds);
}

static Value poll_no_new(Type* type, const Value*, size_t, Value) {
    return raise(exc::TypeError, "cannot create '%s' instances", type->name);
}

// The `unsigned short` converter of poll's event masks.
static bool event_mask_ushort(Value v, int* out) {
    if (!is_int(v)) {
        raise(exc::TypeError, "an integer is required");
        return false;
    }
    if (int_sign(v) < 0) {
        raise(exc::ValueError, "value must be positive");
        return false;
    }
    int64_t x;
    if (!int_fits_int64(v, &x) || x > USHRT_MAX) {
        raise(exc::OverflowError, "Python int too large for C unsigned short");
        return false;
    }
    *out = static_cast<int>(x);
    return true;
}

// register(fd, eventmask=POLLIN|POLLPRI|POLLOUT, /)
static Value poll_register(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs_expected("register", nargs, 1, 2)) return Value();
    int fd, events = POLLIN | POLLPRI | POLLOUT;
    if (!fdwait::object_as_fd(args[0], &fd)) return Value();
    if (nargs > 1 && !event_mask_ushort(args[1], &events)) return Value();
    if (!dict_set(P(self)->fds, make_int(fd), make_int(events))) return Value();
    return None();
}

// modify(fd, eventmask, /): OSError(ENOENT) for a descriptor not registered.
static Value poll_modify(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs_expected("modify", nargs, 2, 2)) return Value();
    int fd, events;
    if (!fdwait::object_as_fd(args[0], &fd) || !event_mask_ushort(args[1], &events)) return Value();
    Value key = make_int(fd);
    Value old = dict_get(P(self)->fds, key);
    if (!old) return err_occurred() ? Value() : posix::raise_errno(ENOENT);
    if (!dict_set(P(self)->fds, key, make_int(events))) return Value();
    return None();
}

// unregister(fd, /): KeyError for a descriptor not registered.
static Value poll_unregister(Value self, const Value* args, size_t, Value) {
    int fd;
    if (!fdwait::object_as_fd(args[0], &fd)) return Value();
    Value key = make_int(fd);
    int r = dict_del(P(self)->fds, key);
    if (r < 0) return Value();
    if (r == 0) return raise_with_arg(exc::KeyError, key);
    return None();
}

// poll(timeout=None, /): a list of (fd, events) pairs; the timeout is in
// milliseconds, None or negative waiting without limit.
static Value poll_poll(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs_expected("poll", nargs, 0, 1)) return Value();
    Nanos timeout = -fdwait::kNanosPerSecond;
    if (nargs > 0 && !is_none(args[0])) {
        if (!fdwait::timeout_from_object(args[0], fdwait::kNanosPerMilli, &timeout)) {
            reword_type_error("timeout must be an integer or None");
            return Value();
        }
    }
    // Rounded away from zero, as the timeout itself.
    int64_t ms = timeout >= 0 ? fdwait::ceil_ms(timeout)
                              : timeout / fdwait::kNanosPerMilli -
                                    (timeout % fdwait::kNanosPerMilli != 0 ? 1 : 0);
    if (ms < INT_MIN || ms > INT_MAX) return raise(exc::OverflowError, "timeout is too large");
    Nanos deadline = timeout >= 0 ? fdwait::monotonic_now() + timeout : 0;
    if (ms < 0) ms = -1;
    PollObject* p = P(self);
    if (p->running) return raise(exc::RuntimeError, "concurrent poll() invocation");

    std::vector<struct pollfd> ufds;
    ufds.reserve(dict_size(p->fds));
    size_t pos = 0;
    Value k, v;
    while (dict_next(p->fds, &pos, &k, &v)) {
        int64_t fd = 0, ev = 0;
        int_fits_int64(k, &fd);
        int_fits_int64(v, &ev);
        struct pollfd u;
        u.fd = static_cast<int>(fd);
        u.events = static_cast<short>(ev);
        u.revents = 0;
        ufds.push_back(u);
    }

    p->running = true;
    int n;
    for (;;) {
        errno = 0;
        n = ::poll(ufds.data(), ufds.size(), static_cast<int>(ms));
        if (n >= 0) break;
        int err = errno;
        if (err != EINTR) {
            p->running = false;
            return posix::raise_errno(err);
        }
        if (!fdwait::check_signals()) {
            p->running = false;
            return Value();
        }
        if (timeout >= 0) {
            Nanos left = deadline - fdwait::monotonic_now();
            if (left < 0) {
                n = 0;
                break;
            }
            ms = fdwait::ceil_ms(left);
        }
    }
    p->running = false;

    Value result = make_list(0);
    if (!result) return result;
    if (n == 0) return result;
    for (const struct pollfd& u : ufds) {
        if (!u.revents) continue;
        Value pair = tuple_pack({make_int(u.fd), make_int(u.revents & 0xffff)});
        if (!pair || !list_append(result, pair)) return Value();
    }
    return result;
}

static const NativeMethodDef poll_methods[] = {
    {"register", poll_register, 0,
     "Register a file descriptor with the polling object.\n\n"
     "  fd\n    either an integer, or an object with a fileno() method returning an int\n"
     "  eventmask\n    an optional bitmask describing the type of events to check for"},
    {"modify", poll_modify, 0, "Modify an already registered file descriptor."},
    {"unregister", poll_unregister, NATIVE_O,
     "Remove a file descriptor being tracked by the polling object."},
    {"poll", poll_poll, 0,
     "Polls the set of registered file descriptors.\n\n"
     "Returns a list containing any descriptors that have events or errors to report, "
     "as a list of (fd, event) 2-tuples."},
    {nullptr, nullptr, 0, nullptr},
};

// select.poll(): a new, empty polling object.
static Value m_poll(Value, const Value*, size_t, Value) {
    Dict* d = make_dict();
    if (!d) return Value();
    auto* p = gc_new<PollObject>(&PollType);
    if (!p) return Value();
    p->fds = d;
    return Value(p);
}

// -- epoll objects ----------------------------------------------------------------------------

struct EpollObject : Object {
    int epfd; // -1 once closed
};

static EpollObject* E(Value v) {
    return static_cast<EpollObject*>(v.as_ptr());
}

static void epoll_finalize(Object* o) {
    auto* e = static_cast<EpollObject*>(o);
    if (e->epfd >= 0) {
        int fd = e->epfd;
        e->epfd = -1;
        ::close(fd);
    }
}

static Value epoll_closed_error() {
    return raise(exc::ValueError, "I/O operation on closed epoll object");
}

// A new epoll object of [type] over [fd], or over a new epoll instance
// when [fd] is -1.
static Value new_epoll(Type* type, int fd) {
    if (fd == -1) {
        fd = epoll_create1(EPOLL_CLOEXEC);
        if (fd < 0) return posix::raise_errno(errno);
    }
    auto* e = gc_new<EpollObject>(type, type->basic_size);
    if (!e) {
        ::close(fd);
        return Value();
    }
    e->epfd = fd;
    return Value(e);
}

// epoll(sizehint=-1, flags=0)
static Value epoll_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("epoll", "sizehint=, flags=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    int sizehint = -1, flags = 0;
    if ((a[0] && !posix::arg_int(a[0], &sizehint)) || (a[1] && !posix::arg_int(a[1], &flags)))
        return Value();
    if (sizehint != -1 && sizehint <= 0) return raise(exc::ValueError, "negative sizehint");
    if (flags && flags != EPOLL_CLOEXEC) return raise(exc::OSError, "invalid flags");
    return new_epoll(type, -1);
}

// fromfd(fd, /): an epoll object over an existing epoll descriptor.
static Value epoll_fromfd(Value cls, const Value* args, size_t, Value) {
    int fd;
    if (!posix::arg_int(args[0], &fd)) return Value();
    return new_epoll(static_cast<Type*>(cls.as_ptr()), fd);
}

static Value epoll_close(Value self, const Value*, size_t, Value) {
    EpollObject* e = E(self);
    if (e->epfd >= 0) {
        int fd = e->epfd;
        e->epfd = -1;
        if (::close(fd) < 0) return posix::raise_errno(errno);
    }
    return None();
}

static Value epoll_get_closed(Value self) {
    return Bool(E(self)->epfd < 0);
}

static Value epoll_fileno(Value self, const Value*, size_t, Value) {
    if (E(self)->epfd < 0) return epoll_closed_error();
    return make_int(E(self)->epfd);
}

// The `unsigned int(bitwise=True)` converter: any integer, masked to 32 bits.
static bool event_mask_uint(Value v, uint32_t* out) {
    Value i = number_index(v);
    if (!i) return false;
    int64_t x;
    if (int_fits_int64(i, &x)) {
        *out = static_cast<uint32_t>(static_cast<uint64_t>(x));
        return true;
    }
    mpz_t z, r;
    mpz_init(z);
    mpz_init(r);
    int_to_mpz(i, z);
    mpz_fdiv_r_2exp(r, z, 32);
    *out = static_cast<uint32_t>(mpz_get_ui(r));
    mpz_clear(r);
    mpz_clear(z);
    return true;
}

static Value epoll_ctl_call(Value self, int op, int fd, uint32_t events) {
    EpollObject* e = E(self);
    if (e->epfd < 0) return epoll_closed_error();
    struct epoll_event ev;
    ev.events = events;
    ev.data.u64 = 0;
    ev.data.fd = fd;
    if (epoll_ctl(e->epfd, op, fd, &ev) < 0) return posix::raise_errno(errno);
    return None();
}

// register(fd, eventmask=EPOLLIN|EPOLLPRI|EPOLLOUT)
static Value epoll_register(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("register", "fd, eventmask=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    int fd;
    uint32_t events = EPOLLIN | EPOLLPRI | EPOLLOUT;
    if (!fdwait::object_as_fd(a[0], &fd) || (a[1] && !event_mask_uint(a[1], &events)))
        return Value();
    return epoll_ctl_call(self, EPOLL_CTL_ADD, fd, events);
}

// modify(fd, eventmask)
static Value epoll_modify(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("modify", "fd, eventmask");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    int fd;
    uint32_t events;
    if (!fdwait::object_as_fd(a[0], &fd) || !event_mask_uint(a[1], &events)) return Value();
    return epoll_ctl_call(self, EPOLL_CTL_MOD, fd, events);
}

// unregister(fd)
static Value epoll_unregister(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("unregister", "fd");
    Value a[1];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    int fd;
    if (!fdwait::object_as_fd(a[0], &fd)) return Value();
    return epoll_ctl_call(self, EPOLL_CTL_DEL, fd, 0);
}

// poll(timeout=None, maxevents=-1): a list of (fd, events) pairs; the
// timeout is in seconds, None or negative waiting without limit.
static Value epoll_poll(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("poll", "timeout=, maxevents=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    int maxevents = -1;
    if (a[1] && !posix::arg_int(a[1], &maxevents)) return Value();
    EpollObject* e = E(self);
    if (e->epfd < 0) return epoll_closed_error();
    Nanos timeout = -1, deadline = 0;
    int64_t ms = -1;
    if (a[0] && !is_none(a[0])) {
        if (!fdwait::timeout_from_object(a[0], fdwait::kNanosPerSecond, &timeout)) {
            reword_type_error("timeout must be an integer or None");
            return Value();
        }
        ms = fdwait::ceil_ms(timeout);
        if (ms < INT_MIN || ms > INT_MAX) return raise(exc::OverflowError, "timeout is too large");
        if (ms < 0) ms = -1;
        if (timeout >= 0) deadline = fdwait::monotonic_now() + timeout;
    }
    if (maxevents == -1)
        maxevents = FD_SETSIZE - 1;
    else if (maxevents < 1)
        return raise(exc::ValueError, "maxevents must be greater than 0, got %d", maxevents);
    // More events than this at once come back from the next poll().
    if (maxevents > 65536) maxevents = 65536;
    std::vector<struct epoll_event> evs(static_cast<size_t>(maxevents));

    int n;
    for (;;) {
        errno = 0;
        n = epoll_wait(e->epfd, evs.data(), maxevents, static_cast<int>(ms));
        if (n >= 0) break;
        int err = errno;
        if (err != EINTR) return posix::raise_errno(err);
        if (!fdwait::check_signals()) return Value();
        if (timeout >= 0) {
            Nanos left = deadline - fdwait::monotonic_now();
            if (left < 0) {
                n = 0;
                break;
            }
            ms = fdwait::ceil_ms(left);
        }
        // A signal handler may have closed the object.
        if (e->epfd < 0) return epoll_closed_error();
    }

    Value result = make_list(0);
    if (!result) return result;
    for (int i = 0; i < n; i++) {
        Value pair = tuple_pack({make_int(evs[static_cast<size_t>(i)].data.fd),
                                 make_uint(evs[static_cast<size_t>(i)].events)});
        if (!pair || !list_append(result, pair)) return Value();
    }
    return result;
}

static Value epoll_enter(Value self, const Value*, size_t, Value) {
    if (E(self)->epfd < 0) return epoll_closed_error();
    return self;
}

static Value epoll_exit(Value self, const Value*, size_t, Value) {
    Value r = call_method(self, "close", {});
    if (!r) return r;
    return None();
}

static const NativeMethodDef epoll_methods[] = {
    {"close", epoll_close, NATIVE_NOARGS,
     "Close the epoll control file descriptor.\n\n"
     "Further operations on the epoll object will raise an exception."},
    {"fileno", epoll_fileno, NATIVE_NOARGS, "Return the epoll control file descriptor."},
    {"fromfd", epoll_fromfd, NATIVE_CLASS | NATIVE_O,
     "Create an epoll object from a given control fd."},
    {"register", epoll_register, NATIVE_KEYWORDS,
     "Registers a new fd or raises an OSError if the fd is already registered."},
    {"modify", epoll_modify, NATIVE_KEYWORDS,
     "Modify event mask for a registered file descriptor."},
    {"unregister", epoll_unregister, NATIVE_KEYWORDS,
     "Remove a registered file descriptor from the epoll object."},
    {"poll", epoll_poll, NATIVE_KEYWORDS,
     "Wait for events on the epoll file descriptor.\n\n"
     "Returns a list containing any descriptors that have events to report, "
     "as a list of (fd, events) 2-tuples."},
    {"__enter__", epoll_enter, NATIVE_NOARGS, nullptr},
    {"__exit__", epoll_exit, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

static const GetSetDef epoll_getsets[] = {
    {"closed", epoll_get_closed, nullptr, "True if the epoll handler is closed"},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- The module -------------------------------------------------------------------------------

static const NativeMethodDef select_functions[] = {
    {"select", m_select, 0,
     "Wait until one or more file descriptors are ready for some kind of I/O.\n\n"
     "The first three arguments are iterables of file descriptors to be waited for:\n"
     "rlist -- wait until ready for reading\n"
     "wlist -- wait until ready for writing\n"
     "xlist -- wait for an \"exceptional condition\"\n"
     "The optional 4th argument specifies a timeout in seconds; None (the default) "
     "waits without limit.\n\n"
     "The return value is a tuple of three lists corresponding to the first three "
     "arguments; each contains the subset of the corresponding file descriptors that "
     "are ready."},
    {"poll", m_poll, NATIVE_NOARGS,
     "Returns a polling object.\n\n"
     "This object supports registering and unregistering file descriptors, and then "
     "polling them for I/O events."},
    {nullptr, nullptr, 0, nullptr},
};

struct IntConstant {
    const char* name;
    int64_t value;
};
static const IntConstant select_constants[] = {
    {"POLLIN", POLLIN},
    {"POLLPRI", POLLPRI},
    {"POLLOUT", POLLOUT},
    {"POLLERR", POLLERR},
    {"POLLHUP", POLLHUP},
    {"POLLNVAL", POLLNVAL},
    {"POLLRDNORM", POLLRDNORM},
    {"POLLRDBAND", POLLRDBAND},
    {"POLLWRNORM", POLLWRNORM},
    {"POLLWRBAND", POLLWRBAND},
    {"POLLMSG", POLLMSG},
    {"POLLRDHUP", POLLRDHUP},
    {"EPOLLIN", EPOLLIN},
    {"EPOLLOUT", EPOLLOUT},
    {"EPOLLPRI", EPOLLPRI},
    {"EPOLLERR", EPOLLERR},
    {"EPOLLHUP", EPOLLHUP},
    {"EPOLLRDHUP", EPOLLRDHUP},
    {"EPOLLET", static_cast<int64_t>(static_cast<uint32_t>(EPOLLET))},
    {"EPOLLONESHOT", EPOLLONESHOT},
    {"EPOLLEXCLUSIVE", EPOLLEXCLUSIVE},
    {"EPOLLRDNORM", EPOLLRDNORM},
    {"EPOLLRDBAND", EPOLLRDBAND},
    {"EPOLLWRNORM", EPOLLWRNORM},
    {"EPOLLWRBAND", EPOLLWRBAND},
    {"EPOLLMSG", EPOLLMSG},
    {"EPOLL_CLOEXEC", EPOLL_CLOEXEC},
    {"PIPE_BUF", PIPE_BUF},
};

static void init_select_types() {
    static bool ready = false;
    if (ready) return;
    ready = true;
    // No collection while the static types are made (their fields become
    // roots only once registered).
    bool was = gc_is_enabled();
    gc_set_enabled(false);

    PollType.trace = poll_trace;
    PollType.tp_new = poll_no_new;
    init_static_type(&PollType, "select.poll", &ObjectType, sizeof(PollObject), 0);
    add_methods(&PollType, poll_methods);
    add_slot_wrappers(&PollType);

    EpollType.finalize = epoll_finalize;
    EpollType.tp_new = epoll_new;
    // Not subclassable, as in CPython.
    init_static_type(&EpollType, "select.epoll", &ObjectType, sizeof(EpollObject), 0);
    add_methods(&EpollType, epoll_methods);
    add_getsets(&EpollType, epoll_getsets);
    dict_set(EpollType.dict, intern("__doc__"),
             make_str("select.epoll(sizehint=-1, flags=0)\n--\n\n"
                      "Returns an epolling object.\n\n"
                      "  sizehint\n    The expected number of events to be registered.  It "
                      "must be positive,\n    or -1 to use the default.  It is only used on "
                      "older systems where\n    epoll_create1() is not available; otherwise "
                      "it has no effect (though its\n    value is still checked).\n"
                      "  flags\n    Deprecated and completely ignored.  However, when "
                      "supplied, its value\n    must be 0 or select.EPOLL_CLOEXEC, otherwise "
                      "OSError is raised."));
    add_slot_wrappers(&EpollType);

    gc_set_enabled(was);
}

} // namespace

Value init_select_module() {
    init_select_types();
    ModuleObject* m = make_module("select");
    if (!m) return Value();
    Value mod(m);
    add_functions(m->dict, select_functions, mod);
    Dict* d = m->dict;
    bool ok = dict_set_cstr(d, "error", Value(exc::OSError)) &&
              dict_set_cstr(d, "epoll", Value(&EpollType));
    for (const IntConstant& c : select_constants)
        ok = ok && dict_set_cstr(d, c.name, make_int(c.value));
    if (!ok) return Value();
    return mod;
}

} // namespace uopy
