// The _socket module: the socket type that Lib/socket.py subclasses (as
// socket.socket), socketpair, name resolution (getaddrinfo, getnameinfo,
// gethostbyname...), address conversions (inet_*), byte-order helpers,
// the default timeout and the AF_*/SOCK_*/SO_*/... constants. Addresses of
// the AF_UNIX (str or bytes paths), AF_INET ((host, port)) and AF_INET6
// ((host, port, flowinfo, scope_id)) families. CPython counterpart:
// Modules/socketmodule.c.
//
// Timeouts work as in CPython: a socket with a timeout is non-blocking at
// the system level, and each operation first waits with poll() for the
// socket to be ready, until a deadline computed on entry (sock_call_ex).
// Interrupted calls (EINTR) run the Python signal handlers and are retried
// (PEP 475). A socket that is garbage collected while open closes its
// descriptor.
//
// Data is sent with MSG_NOSIGNAL: CPython ignores SIGPIPE at start-up, so a
// write to a closed connection fails with EPIPE (BrokenPipeError) rather
// than killing the process.
#include "modules/fd_wait.h"
#include "modules/modules.h"
#include "modules/posix_internal.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/memoryview.h"
#include "objects/misc.h"
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

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace uopy {

namespace {

using fdwait::Nanos;

static Type SocketType;
static Type* g_herror = nullptr;   // socket.herror
static Type* g_gaierror = nullptr; // socket.gaierror
// The timeout new sockets get: -1 (None, blocking) or >= 0 nanoseconds.
static Nanos g_default_timeout = -1;

// Any socket address this module handles.
union SockAddr {
    struct sockaddr sa;
    struct sockaddr_in in4;
    struct sockaddr_in6 in6;
    struct sockaddr_un un;
    struct sockaddr_storage storage;
};

// -- Errors -----------------------------------------------------------------------------------

// OSError (the subclass for the errno) from [err].
static Value raise_os(int err) {
    return posix::raise_errno(err);
}

static Value raise_timeout() {
    return raise(exc::TimeoutError, "timed out");
}

// [type](code, message): gaierror and herror carry the resolver's codes.
static Value raise_code(Type* type, int code, const char* message) {
    Value args[2] = {make_int(code), make_str(message)};
    if (!args[1]) return Value();
    Value e = call(Value(type), args, 2);
    if (!e) return e;
    return raise_instance(e);
}

static Value raise_gaierror(int error) {
    if (error == EAI_SYSTEM) return raise_os(errno);
    return raise_code(g_gaierror, error, gai_strerror(error));
}

static Value raise_herror(int error) {
    return raise_code(g_herror, error, hstrerror(error));
}

// -- Argument helpers -------------------------------------------------------------------------

static bool is_memoryview(Value v) {
    return v.is_ptr() && isinstance_of(v, &MemoryViewType);
}

// A bytes-like argument ("y*"): bytes are viewed in place (they cannot
// change, and the caller's arguments keep them alive); a bytearray's or a
// memoryview's contents are copied into [copy].
static bool buffer_arg(Value v, std::string& copy, std::string_view* out) {
    if (is_bytes(v)) {
        *out = bytes_view(v);
        return true;
    }
    if (is_bytearray(v)) {
        copy.assign(bytes_view(v));
        *out = copy;
        return true;
    }
    if (is_memoryview(v)) {
        Value b = call_method(v, "tobytes", {}); // ValueError once released
        if (!b) return false;
        copy.assign(bytes_view(b));
        *out = copy;
        return true;
    }
    raise(exc::TypeError, "a bytes-like object is required, not '%s'", type_name(v));
    return false;
}

// A writable buffer argument ("w*"): a bytearray, or a writable memoryview
// (of one); its length in bytes.
static bool writable_len(Value v, const char* fname, int64_t* len) {
    if (is_bytearray(v)) {
        *len = static_cast<int64_t>(bytes_view(v).size());
        return true;
    }
    if (is_memoryview(v)) {
        Value readonly = get_attr_cstr(v, "readonly"); // ValueError once released
        if (!readonly) return false;
        if (readonly == False()) {
            Value nbytes = get_attr_cstr(v, "nbytes");
            if (!nbytes || !int_as_int64(nbytes, len)) return false;
            return true;
        }
    }
    raise(exc::TypeError, "%s() argument 1 must be read-write bytes-like object, not %s", fname,
          arg_type_name(v));
    return false;
}

// Copies [data] to the start of the writable buffer [v].
static bool writable_store(Value v, std::string_view data) {
    if (data.empty()) return true;
    if (is_bytearray(v)) {
        auto* ba = static_cast<ByteArrayObject*>(v.as_ptr());
        // A signal handler may have shrunk it meanwhile.
        std::memcpy(ba->data, data.data(), std::min(data.size(), ba->size));
        return true;
    }
    Value bytes = make_bytes(data);
    if (!bytes) return false;
    Value key = make_slice(make_int(0), make_int(static_cast<int64_t>(data.size())), None());
    if (!key) return false;
    return set_item(v, key, bytes) >= 0;
}

// The "I" converter: any integer, masked to 32 bits.
static bool uint_mask_arg(Value v, uint32_t* out) {
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

// A host name given as str as the "idna" codec encodes it: ASCII names
// as they are (with the codec's label checks), others through the codec.
static bool idna_encode(Value s, std::string* out) {
    if (!str_is_ascii(s)) {
        Value b = call_method(s, "encode", {make_str("idna")});
        if (!b) return false;
        if (!is_bytes(b)) {
            raise(exc::TypeError, "encoding of hostname failed");
            return false;
        }
        out->assign(bytes_view(b));
        return true;
    }
    std::string_view v = str_view(s);
    size_t start = 0;
    while (!v.empty()) {
        size_t dot = v.find('.', start);
        size_t len = (dot == std::string_view::npos ? v.size() : dot) - start;
        if (dot == std::string_view::npos) {
            if (len >= 64) {
                raise(exc::UnicodeError,
                      "encoding with 'idna' codec failed (UnicodeError: label too long)");
                return false;
            }
            break;
        }
        if (len == 0 || len >= 64) {
            raise(exc::UnicodeError,
                  "encoding with 'idna' codec failed (UnicodeError: label empty or too long)");
            return false;
        }
        start = dot + 1;
    }
    out->assign(v);
    return true;
}

// The host of an address tuple (CPython's idna_converter): str, bytes or
// bytearray, without NUL characters.
static bool host_arg(Value v, std::string* out) {
    if (is_bytes(v) || is_bytearray(v)) {
        out->assign(bytes_view(v));
    } else if (is_str(v)) {
        if (str_is_ascii(v)) {
            out->assign(str_view(v));
        } else {
            Value b = call_method(v, "encode", {make_str("idna")});
            if (!b || !is_bytes(b)) {
                err_clear();
                raise(exc::TypeError, "encoding of hostname failed");
                return false;
            }
            out->assign(bytes_view(b));
        }
    } else {
        raise(exc::TypeError, "str, bytes or bytearray expected, not %s", type_name(v));
        return false;
    }
    if (out->find('\0') != std::string::npos) {
        raise(exc::TypeError, "host name must not contain null character");
        return false;
    }
    return true;
}

// The "et" converter with the idna encoding (gethostbyname & co).
static bool host_name_arg(Value v, const char* fname, std::string* out) {
    if (is_bytes(v) || is_bytearray(v)) {
        out->assign(bytes_view(v));
        return true;
    }
    if (is_str(v)) return idna_encode(v, out);
    raise(exc::TypeError, "%s() argument 1 must be str, bytes or bytearray, not %s", fname,
          arg_type_name(v));
    return false;
}

// A str argument ("s"), for messages "inet_aton() argument 1 must be str, not bytes".
static bool str_arg(Value v, const char* fname, int pos, std::string* out) {
    if (!is_str(v)) {
        raise(exc::TypeError, "%s() argument %d must be str, not %s", fname, pos, arg_type_name(v));
        return false;
    }
    std::string_view s = str_view(v);
    if (s.find('\0') != std::string_view::npos) {
        raise(exc::ValueError, "embedded null character");
        return false;
    }
    out->assign(s);
    return true;
}

// -- Addresses --------------------------------------------------------------------------------

// Fills [addr] with the address of [name] for family [af] (AF_INET,
// AF_INET6 or AF_UNSPEC): "" is the wildcard address, numeric addresses are
// parsed without a lookup, anything else is resolved. CPython's setipaddr.
static bool set_ip_addr(const std::string& name, SockAddr* addr, int af) {
    std::memset(addr, 0, sizeof *addr);
    struct addrinfo hints;
    struct addrinfo* res = nullptr;
    if (name.empty()) {
        std::memset(&hints, 0, sizeof hints);
        hints.ai_family = af;
        hints.ai_socktype = SOCK_DGRAM;
        hints.ai_flags = AI_PASSIVE;
        int error = ::getaddrinfo(nullptr, "0", &hints, &res);
        if (error) {
            raise_gaierror(error);
            return false;
        }
        if (res->ai_family != AF_INET && res->ai_family != AF_INET6) {
            freeaddrinfo(res);
            raise(exc::OSError, "unsupported address family");
            return false;
        }
        if (res->ai_next) {
            freeaddrinfo(res);
            raise(exc::OSError, "wildcard resolved to multiple address");
            return false;
        }
        std::memcpy(addr, res->ai_addr, std::min<size_t>(res->ai_addrlen, sizeof *addr));
        freeaddrinfo(res);
        return true;
    }
    if (name == "255.255.255.255" || name == "<broadcast>") {
        if (af != AF_INET && af != AF_UNSPEC) {
            raise(exc::OSError, "address family mismatched");
            return false;
        }
        addr->in4.sin_family = AF_INET;
        addr->in4.sin_addr.s_addr = htonl(INADDR_BROADCAST);
        return true;
    }
    if ((af == AF_UNSPEC || af == AF_INET) &&
        inet_pton(AF_INET, name.c_str(), &addr->in4.sin_addr) > 0) {
        addr->in4.sin_family = AF_INET;
        return true;
    }
    if ((af == AF_UNSPEC || af == AF_INET6) && name.find('%') == std::string::npos) {
        std::memset(addr, 0, sizeof *addr);
        if (inet_pton(AF_INET6, name.c_str(), &addr->in6.sin6_addr) > 0) {
            addr->in6.sin6_family = AF_INET6;
            return true;
        }
    }
    std::memset(addr, 0, sizeof *addr);
    std::memset(&hints, 0, sizeof hints);
    hints.ai_family = af;
    int error = ::getaddrinfo(name.c_str(), nullptr, &hints, &res);
    if (error) {
        raise_gaierror(error);
        return false;
    }
    std::memcpy(addr, res->ai_addr, std::min<size_t>(res->ai_addrlen, sizeof *addr));
    freeaddrinfo(res);
    if (addr->sa.sa_family != AF_INET && addr->sa.sa_family != AF_INET6) {
        raise(exc::OSError, "unknown address family");
        return false;
    }
    return true;
}

// The numeric host of an IPv4 or IPv6 address (CPython's makeipaddr).
static Value make_ipaddr(const SockAddr& addr) {
    char buf[NI_MAXHOST];
    socklen_t len =
        addr.sa.sa_family == AF_INET6 ? sizeof(struct sockaddr_in6) : sizeof(struct sockaddr_in);
    int error = getnameinfo(&addr.sa, len, buf, sizeof buf, nullptr, 0, NI_NUMERICHOST);
    if (error) return raise_gaierror(error);
    return make_str(buf);
}

// A socket address as Python sees it (CPython's makesockaddr): None when
// empty, a (host, port) pair for AF_INET, (host, port, flowinfo, scope_id)
// for AF_INET6, a str path (bytes in Linux's abstract namespace) for
// AF_UNIX, else (family, raw bytes).
static Value make_sockaddr(const SockAddr& addr, socklen_t len) {
    if (len == 0) return None();
    switch (addr.sa.sa_family) {
    case AF_INET: {
        Value host = make_ipaddr(addr);
        if (!host) return host;
        return tuple_pack({host, make_int(ntohs(addr.in4.sin_port))});
    }
    case AF_INET6: {
        Value host = make_ipaddr(addr);
        if (!host) return host;
        return tuple_pack({host, make_int(ntohs(addr.in6.sin6_port)),
                           make_uint(ntohl(addr.in6.sin6_flowinfo)),
                           make_uint(addr.in6.sin6_scope_id)});
    }
    case AF_UNIX: {
        size_t base = offsetof(struct sockaddr_un, sun_path);
        size_t plen = len > base ? std::min<size_t>(len - base, sizeof addr.un.sun_path) : 0;
        if (plen > 0 && addr.un.sun_path[0] == 0)
            return make_bytes(std::string_view(addr.un.sun_path, plen));
        return posix::fs_decode(
            std::string_view(addr.un.sun_path, strnlen(addr.un.sun_path, sizeof addr.un.sun_path)));
    }
    default:
        return tuple_pack({make_int(addr.sa.sa_family),
                           make_bytes(std::string_view(addr.sa.sa_data, sizeof addr.sa.sa_data))});
    }
}

// The same from a raw sockaddr (getaddrinfo's results).
static Value make_sockaddr_raw(const struct sockaddr* sa, socklen_t len) {
    SockAddr addr;
    std::memset(&addr, 0, sizeof addr);
    std::memcpy(&addr, sa, std::min<size_t>(len, sizeof addr));
    return make_sockaddr(addr, len);
}

// A port of an address tuple ("i"); out of C int range is an
// OverflowError in [caller]'s words (the 0-65535 check comes later).
static bool port_arg(Value v, const char* caller, int* out) {
    Value i = number_index(v);
    if (!i) return false;
    int64_t x;
    if (!int_fits_int64(i, &x) || x < INT_MIN || x > INT_MAX) {
        raise(exc::OverflowError, "%s(): port must be 0-65535.", caller);
        return false;
    }
    *out = static_cast<int>(x);
    return true;
}

// An address argument for a socket of [family] (CPython's getsockaddrarg);
// [caller] names the method in messages.
static bool sockaddr_arg(int family, Value a, SockAddr* addr, socklen_t* len, const char* caller) {
    std::memset(addr, 0, sizeof *addr);
    switch (family) {
    case AF_UNIX: {
        std::string path;
        if (is_str(a)) {
            if (!posix::fs_encode_str(a, path)) return false;
        } else {
            std::string copy;
            std::string_view data;
            if (!buffer_arg(a, copy, &data)) return false;
            path.assign(data);
        }
        size_t base = offsetof(struct sockaddr_un, sun_path);
        if (path.empty() || path[0] == '\0') {
            // Linux's abstract namespace (or autobind for an empty address).
            if (path.size() > sizeof addr->un.sun_path) {
                raise(exc::OSError, "AF_UNIX path too long");
                return false;
            }
            *len = static_cast<socklen_t>(base + path.size());
        } else {
            if (path.size() >= sizeof addr->un.sun_path) {
                raise(exc::OSError, "AF_UNIX path too long");
                return false;
            }
            *len = static_cast<socklen_t>(base + path.size() + 1);
        }
        addr->un.sun_family = static_cast<sa_family_t>(family);
        std::memcpy(addr->un.sun_path, path.data(), path.size());
        return true;
    }
    case AF_INET: {
        if (!is_tuple(a)) {
            raise(exc::TypeError, "%s(): AF_INET address must be tuple, not %s", caller,
                  type_name(a));
            return false;
        }
        if (tuple_size(a) != 2) {
            raise(exc::TypeError, "AF_INET address must be a pair (host, port)");
            return false;
        }
        std::string host;
        int port;
        if (!host_arg(tuple_get(a, 0), &host) || !port_arg(tuple_get(a, 1), caller, &port))
            return false;
        if (!set_ip_addr(host, addr, AF_INET)) return false;
        if (port < 0 || port > 0xffff) {
            raise(exc::OverflowError, "%s(): port must be 0-65535.", caller);
            return false;
        }
        addr->in4.sin_family = AF_INET;
        addr->in4.sin_port = htons(static_cast<uint16_t>(port));
        *len = sizeof addr->in4;
        return true;
    }
    case AF_INET6: {
        if (!is_tuple(a)) {
            raise(exc::TypeError, "%s(): AF_INET6 address must be tuple, not %s", caller,
                  type_name(a));
            return false;
        }
        size_t n = tuple_size(a);
        if (n < 2 || n > 4) {
            raise(exc::TypeError,
                  "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
            return false;
        }
        std::string host;
        int port;
        uint32_t flowinfo = 0, scope_id = 0;
        if (!host_arg(tuple_get(a, 0), &host) || !port_arg(tuple_get(a, 1), caller, &port) ||
            (n > 2 && !uint_mask_arg(tuple_get(a, 2), &flowinfo)) ||
            (n > 3 && !uint_mask_arg(tuple_get(a, 3), &scope_id)))
            return false;
        if (!set_ip_addr(host, addr, AF_INET6)) return false;
        if (port < 0 || port > 0xffff) {
            raise(exc::OverflowError, "%s(): port must be 0-65535.", caller);
            return false;
        }
        if (flowinfo > 0xfffff) {
            raise(exc::OverflowError, "%s(): flowinfo must be 0-1048575.", caller);
            return false;
        }
        addr->in6.sin6_family = static_cast<sa_family_t>(family);
        addr->in6.sin6_port = htons(static_cast<uint16_t>(port));
        addr->in6.sin6_flowinfo = htonl(flowinfo);
        addr->in6.sin6_scope_id = scope_id;
        *len = sizeof addr->in6;
        return true;
    }
    default: raise(exc::OSError, "%s(): bad family", caller); return false;
    }
}

// -- The socket object ------------------------------------------------------------------------

struct SocketObject : Object {
    int sock_fd; // -1 once closed or detached
    int sock_family;
    int sock_type;
    int sock_proto;
    Nanos sock_timeout; // -1: blocking; 0: non-blocking; > 0: a timeout
};

static SocketObject* S(Value v) {
    return static_cast<SocketObject*>(v.as_ptr());
}

static void sock_finalize(Object* o) {
    auto* s = static_cast<SocketObject*>(o);
    if (s->sock_fd >= 0) {
        int fd = s->sock_fd;
        s->sock_fd = -1;
        int saved = errno;
        ::close(fd);
        errno = saved;
    }
}

// Puts the descriptor in blocking or non-blocking mode.
static bool internal_setblocking(SocketObject* s, bool block) {
    int nonblocking = block ? 0 : 1;
    if (ioctl(s->sock_fd, FIONBIO, &nonblocking) == -1) {
        raise_os(errno);
        return false;
    }
    return true;
}

// Sets up a socket over [fd]: type flags are folded away (socket.type is
// the same on every platform), and the timeout comes from SOCK_NONBLOCK or
// the default timeout.
static bool init_sockobject(SocketObject* s, int fd, int family, int type, int proto) {
    s->sock_fd = fd;
    s->sock_family = family;
    s->sock_type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    s->sock_proto = proto;
    if (type & SOCK_NONBLOCK) {
        s->sock_timeout = 0;
    } else {
        s->sock_timeout = g_default_timeout;
        if (g_default_timeout >= 0 && !internal_setblocking(s, false)) return false;
    }
    return true;
}

static Value sock_new(Type* type, const Value*, size_t, Value) {
    auto* s = gc_new<SocketObject>(type, type->basic_size);
    if (!s) return Value();
    s->sock_fd = -1;
    s->sock_timeout = -1;
    return Value(s);
}

// A new _socket.socket over [fd] (socketpair); the descriptor is closed
// on failure.
static Value new_socket(int fd, int family, int type, int proto) {
    Value v = sock_new(&SocketType, nullptr, 0, Value());
    if (!v) {
        ::close(fd);
        return v;
    }
    if (!init_sockobject(S(v), fd, family, type, proto)) {
        S(v)->sock_fd = -1;
        ::close(fd);
        return Value();
    }
    return v;
}

// socket.__init__(family=-1, type=-1, proto=-1, fileno=None)
static int sock_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("socket", "family=, type=, proto=, fileno=");
    Value a[4];
    if (!sig.bind(args, nargs, kwnames, a)) return -1;
    int family = -1, type = -1, proto = -1;
    if ((a[0] && !posix::arg_int(a[0], &family)) || (a[1] && !posix::arg_int(a[1], &type)) ||
        (a[2] && !posix::arg_int(a[2], &proto)))
        return -1;
    int fd;
    if (a[3] && !is_none(a[3])) {
        Value i = number_index(a[3]);
        if (!i) return -1;
        int64_t x;
        if (!int_fits_int64(i, &x)) {
            raise(exc::OverflowError, "Python int too large to convert to C long");
            return -1;
        }
        if (x < 0) {
            raise(exc::ValueError, "negative file descriptor");
            return -1;
        }
        if (x > INT_MAX) {
            raise(exc::OverflowError, "Python int too large to convert to C int");
            return -1;
        }
        fd = static_cast<int>(x);
        // The descriptor must be a socket; what was not given comes from it.
        SockAddr addr;
        std::memset(&addr, 0, sizeof addr);
        socklen_t len = sizeof addr;
        if (::getsockname(fd, &addr.sa, &len) == 0) {
            if (family == -1) family = addr.sa.sa_family;
        } else {
            int err = errno;
            if (family == -1 || err == EBADF || err == ENOTSOCK) {
                raise_os(err);
                return -1;
            }
        }
        if (type == -1) {
            int tmp;
            socklen_t slen = sizeof tmp;
            if (::getsockopt(fd, SOL_SOCKET, SO_TYPE, &tmp, &slen) != 0) {
                raise_os(errno);
                return -1;
            }
            type = tmp;
        }
        if (proto == -1) {
            int tmp;
            socklen_t slen = sizeof tmp;
            if (::getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &tmp, &slen) != 0) {
                raise_os(errno);
                return -1;
            }
            proto = tmp;
        }
    } else {
        if (family == -1) family = AF_INET;
        if (type == -1) type = SOCK_STREAM;
        if (proto == -1) proto = 0;
        fd = ::socket(family, type | SOCK_CLOEXEC, proto);
        if (fd < 0) {
            raise_os(errno);
            return -1;
        }
    }
    SocketObject* s = S(self);
    if (!init_sockobject(s, fd, family, type, proto)) {
        s->sock_fd = -1;
        ::close(fd);
        return -1;
    }
    return 0;
}

// -- Waiting for the socket (sock_call_ex) ----------------------------------------------------

// Waits until the socket is ready for reading or writing (with [connect],
// also for an error): 0 when ready, 1 when [interval] passed first, -1
// with errno set. A negative interval waits without limit.
static int wait_ready(SocketObject* s, bool writing, Nanos interval, bool connect) {
    if (s->sock_fd < 0) return 0;
    struct pollfd p;
    p.fd = s->sock_fd;
    p.events = static_cast<short>(writing ? POLLOUT : POLLIN);
    if (connect) p.events = static_cast<short>(p.events | POLLERR);
    p.revents = 0;
    int64_t ms = interval < 0 ? -1 : fdwait::ceil_ms(interval);
    if (ms > INT_MAX) ms = INT_MAX;
    int n = ::poll(&p, 1, static_cast<int>(ms));
    if (n < 0) return -1;
    if (n == 0) return 1;
    return 0;
}

// Runs [func] (true on success, false with errno set) once the socket is
// ready, within [timeout]; retries after EINTR and, for a socket with a
// timeout, after a false "ready" (EAGAIN). Returns 0 on success, -1 on
// failure: with the exception set, or when [err] is given, with *err set
// to the errno (no exception) or to -1 (a signal handler's exception).
template <class F>
static int sock_call_ex(SocketObject* s, bool writing, const F& func, bool connect, int* err,
                        Nanos timeout) {
    bool has_timeout = timeout > 0;
    Nanos deadline = 0;
    bool deadline_initialized = false;
    for (;;) {
        if (has_timeout || connect) {
            int res;
            if (has_timeout) {
                Nanos interval;
                if (deadline_initialized) {
                    interval = deadline - fdwait::monotonic_now();
                } else {
                    deadline_initialized = true;
                    deadline = fdwait::monotonic_now() + timeout;
                    interval = timeout;
                }
                res = interval >= 0 ? wait_ready(s, writing, interval, connect) : 1;
            } else {
                res = wait_ready(s, writing, timeout, connect);
            }
            if (res == -1) {
                int e = errno;
                if (err) *err = e;
                if (e == EINTR) {
                    if (!fdwait::check_signals()) {
                        if (err) *err = -1;
                        return -1;
                    }
                    continue;
                }
                raise_os(e);
                return -1;
            }
            if (res == 1) {
                if (err)
                    *err = EWOULDBLOCK;
                else
                    raise_timeout();
                return -1;
            }
        }
        int e = 0;
        for (;;) {
            if (func()) {
                if (err) *err = 0;
                return 0;
            }
            e = errno;
            if (err) *err = e;
            if (e != EINTR) break;
            if (!fdwait::check_signals()) {
                if (err) *err = -1;
                return -1;
            }
        }
        // poll() said ready, but the call would block: wait again.
        static_assert(EWOULDBLOCK == EAGAIN, "one errno for both on Linux");
        if (s->sock_timeout > 0 && e == EAGAIN) continue;
        if (!err) raise_os(e);
        return -1;
    }
}

template <class F> static int sock_call(SocketObject* s, bool writing, const F& func) {
    return sock_call_ex(s, writing, func, false, nullptr, s->sock_timeout);
}

// connect(): 0 once connected; on failure -1 with the exception set when
// [raise_errors], else the errno (or -1 with a signal handler's exception).
static int internal_connect(SocketObject* s, const SockAddr& addr, socklen_t len,
                            bool raise_errors) {
    if (::connect(s->sock_fd, &addr.sa, len) == 0) return 0;
    int err = errno;
    bool wait_connect;
    if (err == EINTR) {
        if (!fdwait::check_signals()) return -1;
        // The connection goes on asynchronously: a socket that waits
        // (blocking or with a timeout) waits for its outcome.
        wait_connect = s->sock_timeout != 0;
    } else {
        wait_connect = s->sock_timeout > 0 && err == EINPROGRESS;
    }
    if (!wait_connect) {
        if (raise_errors) {
            raise_os(err);
            return -1;
        }
        return err;
    }
    auto outcome = [s]() -> bool {
        int e = 0;
        socklen_t size = sizeof e;
        if (::getsockopt(s->sock_fd, SOL_SOCKET, SO_ERROR, &e, &size) != 0) return false;
        if (e == EISCONN || e == 0) return true;
        errno = e;
        return false;
    };
    if (raise_errors) {
        if (sock_call_ex(s, true, outcome, true, nullptr, s->sock_timeout) < 0) return -1;
    } else {
        int e = 0;
        if (sock_call_ex(s, true, outcome, true, &e, s->sock_timeout) < 0) return e;
    }
    return 0;
}

// -- Socket methods ---------------------------------------------------------------------------

// _accept() -> (fd, address): the new descriptor is not inheritable.
static Value sock_accept(Value self, const Value*, size_t, Value) {
    SocketObject* s = S(self);
    SockAddr addr;
    socklen_t addrlen = 0;
    int newfd = -1;
    auto do_accept = [&]() -> bool {
        std::memset(&addr, 0, sizeof addr);
        addrlen = sizeof addr;
        newfd = ::accept4(s->sock_fd, &addr.sa, &addrlen, SOCK_CLOEXEC);
        return newfd >= 0;
    };
    if (sock_call(s, false, do_accept) < 0) return Value();
    Value a = make_sockaddr(addr, addrlen);
    if (!a) {
        ::close(newfd);
        return a;
    }
    Value r = tuple_pack({make_int(newfd), a});
    if (!r) ::close(newfd);
    return r;
}

static Value sock_bind(Value self, const Value* args, size_t, Value) {
    SocketObject* s = S(self);
    SockAddr addr;
    socklen_t len;
    if (!sockaddr_arg(s->sock_family, args[0], &addr, &len, "bind")) return Value();
    if (::bind(s->sock_fd, &addr.sa, len) < 0) return raise_os(errno);
    return None();
}

// close(): ECONNRESET is not an error (the peer went first).
static Value sock_close(Value self, const Value*, size_t, Value) {
    SocketObject* s = S(self);
    int fd = s->sock_fd;
    if (fd != -1) {
        s->sock_fd = -1;
        if (::close(fd) < 0) {
            int err = errno;
            if (err != ECONNRESET) return raise_os(err);
        }
    }
    return None();
}

static Value sock_connect(Value self, const Value* args, size_t, Value) {
    SocketObject* s = S(self);
    SockAddr addr;
    socklen_t len;
    if (!sockaddr_arg(s->sock_family, args[0], &addr, &len, "connect")) return Value();
    if (internal_connect(s, addr, len, true) < 0) return Value();
    return None();
}

// connect_ex(address) -> errno (0 on success).
static Value sock_connect_ex(Value self, const Value* args, size_t, Value) {
    SocketObject* s = S(self);
    SockAddr addr;
    socklen_t len;
    if (!sockaddr_arg(s->sock_family, args[0], &addr, &len, "connect_ex")) return Value();
    int r = internal_connect(s, addr, len, false);
    if (r < 0 || err_occurred()) return Value();
    return make_int(r);
}

static Value sock_detach(Value self, const Value*, size_t, Value) {
    SocketObject* s = S(self);
    int fd = s->sock_fd;
    s->sock_fd = -1;
    return make_int(fd);
}

static Value sock_fileno(Value self, const Value*, size_t, Value) {
    return make_int(S(self)->sock_fd);
}

static Value sock_getblocking(Value self, const Value*, size_t, Value) {
    return Bool(S(self)->sock_timeout != 0);
}

static Value sock_getsockname(Value self, const Value*, size_t, Value) {
    SockAddr addr;
    std::memset(&addr, 0, sizeof addr);
    socklen_t len = sizeof addr;
    if (::getsockname(S(self)->sock_fd, &addr.sa, &len) < 0) return raise_os(errno);
    return make_sockaddr(addr, len);
}

static Value sock_getpeername(Value self, const Value*, size_t, Value) {
    SockAddr addr;
    std::memset(&addr, 0, sizeof addr);
    socklen_t len = sizeof addr;
    if (::getpeername(S(self)->sock_fd, &addr.sa, &len) < 0) return raise_os(errno);
    return make_sockaddr(addr, len);
}

// getsockopt(level, option[, buflen]): an int, or with a buffer length the
// option's bytes.
static Value sock_getsockopt(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs_tuple_style("getsockopt", nargs, 2, 3)) return Value();
    int level, optname, buflen = 0;
    if (!posix::arg_int(args[0], &level) || !posix::arg_int(args[1], &optname) ||
        (nargs > 2 && !posix::arg_int(args[2], &buflen)))
        return Value();
    SocketObject* s = S(self);
    if (buflen == 0) {
        int flag = 0;
        socklen_t size = sizeof flag;
        if (::getsockopt(s->sock_fd, level, optname, &flag, &size) < 0) return raise_os(errno);
        return make_int(flag);
    }
    if (buflen < 0 || buflen > 1024) return raise(exc::OSError, "getsockopt buflen out of range");
    std::string buf(static_cast<size_t>(buflen), '\0');
    socklen_t size = static_cast<socklen_t>(buflen);
    if (::getsockopt(s->sock_fd, level, optname, buf.data(), &size) < 0) return raise_os(errno);
    buf.resize(std::min<size_t>(size, buf.size()));
    return make_bytes(buf);
}

// A timeout as gettimeout() shows it: None, or seconds as a float.
static Value timeout_value(Nanos t) {
    if (t < 0) return None();
    if (t % fdwait::kNanosPerSecond == 0)
        return make_float(static_cast<double>(t / fdwait::kNanosPerSecond));
    return make_float(static_cast<double>(t) / 1e9);
}

static Value sock_gettimeout(Value self, const Value*, size_t, Value) {
    return timeout_value(S(self)->sock_timeout);
}

static Value sock_get_timeout(Value self) {
    return timeout_value(S(self)->sock_timeout);
}

// listen([backlog]): by default min(SOMAXCONN, 128); negative means 0.
static Value sock_listen(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs_tuple_style("listen", nargs, 0, 1)) return Value();
    int backlog = std::min(SOMAXCONN, 128);
    if (nargs > 0 && !posix::arg_int(args[0], &backlog)) return Value();
    if (backlog < 0) backlog = 0;
    if (::listen(S(self)->sock_fd, backlog) < 0) return raise_os(errno);
    return None();
}

// A malloc'd receive buffer, freed on every path.
struct RecvBuffer {
    char* data = nullptr;
    ~RecvBuffer() { std::free(data); }
    bool allocate(int64_t n) {
        data = static_cast<char*>(std::malloc(n > 0 ? static_cast<size_t>(n) : 1));
        if (!data) raise_memory_error();
        return data != nullptr;
    }
};

// Receives at most [len] bytes into [buf]: the count, or -1 with the
// exception set. Nothing is asked of the system for 0 bytes.
static int64_t recv_guts(SocketObject* s, char* buf, int64_t len, int flags) {
    if (len == 0) return 0;
    ssize_t got = 0;
    auto do_recv = [&]() -> bool {
        got = ::recv(s->sock_fd, buf, static_cast<size_t>(len), flags);
        return got >= 0;
    };
    if (sock_call(s, false, do_recv) < 0) return -1;
    return got;
}

// Receives with the sender's address: the count, or -1 with the exception set.
static int64_t recvfrom_guts(SocketObject* s, char* buf, int64_t len, int flags, Value* addr_out) {
    SockAddr addr;
    socklen_t addrlen = 0;
    ssize_t got = 0;
    auto do_recvfrom = [&]() -> bool {
        std::memset(&addr, 0, sizeof addr);
        addrlen = sizeof addr;
        got = ::recvfrom(s->sock_fd, buf, static_cast<size_t>(len), flags, &addr.sa, &addrlen);
        return got >= 0;
    };
    if (sock_call(s, false, do_recvfrom) < 0) return -1;
    *addr_out = make_sockaddr(addr, addrlen);
    if (!*addr_out) return -1;
    return got;
}

// recv(bufsize[, flags]) -> bytes
static Value sock_recv(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs_tuple_style("recv", nargs, 1, 2)) return Value();
    int64_t n;
    int flags = 0;
    if (!posix::arg_int64(args[0], &n) || (nargs > 1 && !posix::arg_int(args[1], &flags)))
        return Value();
    if (n < 0) return raise(exc::ValueError, "negative buffersize in recv");
    RecvBuffer buf;
    if (!buf.allocate(n)) return Value();
    int64_t got = recv_guts(S(self), buf.data, n, flags);
    if (got < 0) return Value();
    return make_bytes(std::string_view(buf.data, static_cast<size_t>(got)));
}

// recv_into(buffer, nbytes=0, flags=0) -> the number of bytes received
static Value sock_recv_into(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("recv_into", "buffer, nbytes=, flags=");
    Value a[3];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    int64_t buflen, n = 0;
    int flags = 0;
    if (!writable_len(a[0], "recv_into", &buflen) || (a[1] && !posix::arg_int64(a[1], &n)) ||
        (a[2] && !posix::arg_int(a[2], &flags)))
        return Value();
    if (n < 0) return raise(exc::ValueError, "negative buffersize in recv_into");
    if (n == 0) n = buflen;
    if (buflen < n) return raise(exc::ValueError, "buffer too small for requested bytes");
    RecvBuffer buf;
    if (!buf.allocate(n)) return Value();
    int64_t got = recv_guts(S(self), buf.data, n, flags);
    if (got < 0) return Value();
    if (!writable_store(a[0], std::string_view(buf.data, static_cast<size_t>(got)))) return Value();
    return make_int(got);
}

// recvfrom(bufsize[, flags]) -> (bytes, address)
static Value sock_recvfrom(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs_tuple_style("recvfrom", nargs, 1, 2)) return Value();
    int64_t n;
    int flags = 0;
    if (!posix::arg_int64(args[0], &n) || (nargs > 1 && !posix::arg_int(args[1], &flags)))
        return Value();
    if (n < 0) return raise(exc::ValueError, "negative buffersize in recvfrom");
    RecvBuffer buf;
    if (!buf.allocate(n)) return Value();
    Value addr;
    int64_t got = recvfrom_guts(S(self), buf.data, n, flags, &addr);
    if (got < 0) return Value();
    Value data = make_bytes(std::string_view(buf.data, static_cast<size_t>(got)));
    if (!data) return data;
    return tuple_pack({data, addr});
}

// recvfrom_into(buffer[, nbytes[, flags]]) -> (nbytes, address)
static Value sock_recvfrom_into(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("recvfrom_into", "buffer, nbytes=, flags=");
    Value a[3];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    int64_t buflen, n = 0;
    int flags = 0;
    if (!writable_len(a[0], "recvfrom_into", &buflen) || (a[1] && !posix::arg_int64(a[1], &n)) ||
        (a[2] && !posix::arg_int(a[2], &flags)))
        return Value();
    if (n < 0) return raise(exc::ValueError, "negative buffersize in recvfrom_into");
    if (n == 0) {
        n = buflen;
    } else if (n > buflen) {
        return raise(exc::ValueError, "nbytes is greater than the length of the buffer");
    }
    RecvBuffer buf;
    if (!buf.allocate(n)) return Value();
    Value addr;
    int64_t got = recvfrom_guts(S(self), buf.data, n, flags, &addr);
    if (got < 0) return Value();
    if (!writable_store(a[0], std::string_view(buf.data, static_cast<size_t>(got)))) return Value();
    return tuple_pack({make_int(got), addr});
}

// send(data[, flags]) -> the number of bytes sent
static Value sock_send(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs_tuple_style("send", nargs, 1, 2)) return Value();
    std::string copy;
    std::string_view data;
    int flags = 0;
    if (!buffer_arg(args[0], copy, &data) || (nargs > 1 && !posix::arg_int(args[1], &flags)))
        return Value();
    SocketObject* s = S(self);
    ssize_t sent = 0;
    auto do_send = [&]() -> bool {
        sent = ::send(s->sock_fd, data.data(), data.size(), flags | MSG_NOSIGNAL);
        return sent >= 0;
    };
    if (sock_call(s, true, do_send) < 0) return Value();
    return make_int(sent);
}

// sendall(data[, flags]): sends everything; the timeout covers the whole call.
static Value sock_sendall(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs_tuple_style("sendall", nargs, 1, 2)) return Value();
    std::string copy;
    std::string_view data;
    int flags = 0;
    if (!buffer_arg(args[0], copy, &data) || (nargs > 1 && !posix::arg_int(args[1], &flags)))
        return Value();
    SocketObject* s = S(self);
    Nanos timeout = s->sock_timeout, interval = timeout, deadline = 0;
    bool has_timeout = timeout > 0, deadline_initialized = false;
    size_t off = 0;
    do {
        if (has_timeout) {
            if (deadline_initialized) {
                interval = deadline - fdwait::monotonic_now();
            } else {
                deadline_initialized = true;
                deadline = fdwait::monotonic_now() + timeout;
            }
            if (interval <= 0) return raise_timeout();
        }
        ssize_t sent = 0;
        auto do_send = [&]() -> bool {
            sent = ::send(s->sock_fd, data.data() + off, data.size() - off, flags | MSG_NOSIGNAL);
            return sent >= 0;
        };
        if (sock_call_ex(s, true, do_send, false, nullptr, interval) < 0) return Value();
        off += static_cast<size_t>(sent);
        // A partial send may be a signal's doing: its handler runs now.
        if (!fdwait::check_signals()) return Value();
    } while (off < data.size());
    return None();
}

// sendto(data[, flags], address) -> the number of bytes sent
static Value sock_sendto(Value self, const Value* args, size_t nargs, Value) {
    if (nargs != 2 && nargs != 3)
        return raise(exc::TypeError, "sendto() takes 2 or 3 arguments (%zu given)", nargs);
    std::string copy;
    std::string_view data;
    int flags = 0;
    if (!buffer_arg(args[0], copy, &data) || (nargs == 3 && !posix::arg_int(args[1], &flags)))
        return Value();
    SocketObject* s = S(self);
    SockAddr addr;
    socklen_t len;
    if (!sockaddr_arg(s->sock_family, args[nargs - 1], &addr, &len, "sendto")) return Value();
    ssize_t sent = 0;
    auto do_sendto = [&]() -> bool {
        sent = ::sendto(s->sock_fd, data.data(), data.size(), flags | MSG_NOSIGNAL, &addr.sa, len);
        return sent >= 0;
    };
    if (sock_call(s, true, do_sendto) < 0) return Value();
    return make_int(sent);
}

// setblocking(flag): blocking is a timeout of None, non-blocking of 0.0.
static Value sock_setblocking(Value self, const Value* args, size_t, Value) {
    int block;
    if (!posix::arg_int(args[0], &block)) return Value();
    SocketObject* s = S(self);
    s->sock_timeout = block ? -1 : 0;
    if (!internal_setblocking(s, block != 0)) return Value();
    return None();
}

// A timeout argument: None (-1), or non-negative seconds.
static bool parse_timeout(Value v, Nanos* out) {
    if (is_none(v)) {
        *out = -1;
        return true;
    }
    if (!fdwait::timeout_from_object(v, fdwait::kNanosPerSecond, out)) return false;
    if (*out < 0) {
        raise(exc::ValueError, "Timeout value out of range");
        return false;
    }
    return true;
}

static Value sock_settimeout(Value self, const Value* args, size_t, Value) {
    Nanos t;
    if (!parse_timeout(args[0], &t)) return Value();
    SocketObject* s = S(self);
    s->sock_timeout = t;
    if (!internal_setblocking(s, t < 0)) return Value();
    return None();
}

// setsockopt(level, option, value: int | buffer) or
// setsockopt(level, option, None, optlen: int)
static Value sock_setsockopt(Value self, const Value* args, size_t nargs, Value) {
    if (nargs != 3 && nargs != 4)
        return raise(exc::TypeError, "setsockopt() takes exactly 3 arguments (%zu given)", nargs);
    int level, optname;
    if (!posix::arg_int(args[0], &level) || !posix::arg_int(args[1], &optname)) return Value();
    SocketObject* s = S(self);
    int res;
    if (nargs == 3 && is_index_like(args[2])) {
        int flag;
        if (!posix::arg_int(args[2], &flag)) return Value();
        res = ::setsockopt(s->sock_fd, level, optname, &flag, sizeof flag);
    } else if (nargs == 4) {
        if (!is_none(args[2]))
            return raise(exc::TypeError, "setsockopt() takes exactly 3 arguments (4 given)");
        uint32_t optlen;
        if (!uint_mask_arg(args[3], &optlen)) return Value();
        res = ::setsockopt(s->sock_fd, level, optname, nullptr, static_cast<socklen_t>(optlen));
    } else {
        std::string copy;
        std::string_view data;
        if (!buffer_arg(args[2], copy, &data)) return Value();
        res = ::setsockopt(s->sock_fd, level, optname, data.data(),
                           static_cast<socklen_t>(data.size()));
    }
    if (res < 0) return raise_os(errno);
    return None();
}

static Value sock_shutdown(Value self, const Value* args, size_t, Value) {
    int how;
    if (!posix::arg_int(args[0], &how)) return Value();
    if (::shutdown(S(self)->sock_fd, how) < 0) return raise_os(errno);
    return None();
}

static Value sock_repr(Value self) {
    SocketObject* s = S(self);
    char buf[128];
    std::snprintf(buf, sizeof buf, "<socket object, fd=%d, family=%d, type=%d, proto=%d>",
                  s->sock_fd, s->sock_family, s->sock_type, s->sock_proto);
    return make_str(buf);
}

static Value sock_get_family(Value self) {
    return make_int(S(self)->sock_family);
}
static Value sock_get_type(Value self) {
    return make_int(S(self)->sock_type);
}
static Value sock_get_proto(Value self) {
    return make_int(S(self)->sock_proto);
}

static const NativeMethodDef socket_methods[] = {
    {"_accept", sock_accept, NATIVE_NOARGS,
     "_accept() -> (integer, address info)\n\n"
     "Wait for an incoming connection.  Return a new socket file descriptor\n"
     "representing the connection, and the address of the client."},
    {"bind", sock_bind, NATIVE_O, "bind(address)\n\nBind the socket to a local address."},
    {"close", sock_close, NATIVE_NOARGS, "close()\n\nClose the socket."},
    {"connect", sock_connect, NATIVE_O,
     "connect(address)\n\nConnect the socket to a remote address."},
    {"connect_ex", sock_connect_ex, NATIVE_O,
     "connect_ex(address) -> errno\n\n"
     "This is like connect(address), but returns an error code (the errno value)\n"
     "instead of raising an exception when an error occurs."},
    {"detach", sock_detach, NATIVE_NOARGS,
     "detach()\n\nClose the socket object without closing the underlying file descriptor.\n"
     "The object cannot be used after this call, but the file descriptor\n"
     "can be reused for other purposes.  The file descriptor is returned."},
    {"fileno", sock_fileno, NATIVE_NOARGS,
     "fileno() -> integer\n\nReturn the integer file descriptor of the socket."},
    {"getblocking", sock_getblocking, NATIVE_NOARGS,
     "getblocking()\n\nReturns True if socket is in blocking mode, or False if it\n"
     "is in non-blocking mode."},
    {"getpeername", sock_getpeername, NATIVE_NOARGS,
     "getpeername() -> address info\n\n"
     "Return the address of the remote endpoint."},
    {"getsockname", sock_getsockname, NATIVE_NOARGS,
     "getsockname() -> address info\n\nReturn the address of the local endpoint."},
    {"getsockopt", sock_getsockopt, 0,
     "getsockopt(level, option[, buffersize]) -> value\n\n"
     "Get a socket option.  See the Unix manual for level and option.\n"
     "If a nonzero buffersize argument is given, the return value is a\n"
     "string of that length; otherwise it is an integer."},
    {"gettimeout", sock_gettimeout, NATIVE_NOARGS,
     "gettimeout() -> timeout\n\n"
     "Returns the timeout in seconds (float) associated with socket\n"
     "operations. A timeout of None indicates that timeouts on socket\n"
     "operations are disabled."},
    {"listen", sock_listen, 0, "listen([backlog])\n\nEnable a server to accept connections."},
    {"recv", sock_recv, 0,
     "recv(buffersize[, flags]) -> data\n\nReceive up to buffersize bytes from the socket."},
    {"recv_into", sock_recv_into, NATIVE_KEYWORDS,
     "recv_into(buffer, [nbytes[, flags]]) -> nbytes_read\n\n"
     "A version of recv() that stores its data into a buffer rather than creating\n"
     "a new string."},
    {"recvfrom", sock_recvfrom, 0,
     "recvfrom(buffersize[, flags]) -> (data, address info)\n\n"
     "Like recv(buffersize, flags) but also return the sender's address info."},
    {"recvfrom_into", sock_recvfrom_into, NATIVE_KEYWORDS,
     "recvfrom_into(buffer[, nbytes[, flags]]) -> (nbytes, address info)\n\n"
     "Like recv_into(buffer[, nbytes[, flags]]) but also return the sender's address info."},
    {"send", sock_send, 0,
     "send(data[, flags]) -> count\n\n"
     "Send a data string to the socket.  Return the number of bytes sent."},
    {"sendall", sock_sendall, 0,
     "sendall(data[, flags])\n\n"
     "Send a data string to the socket.  This calls send() repeatedly\n"
     "until all data is sent.  If an error occurs, it's impossible\n"
     "to tell how much data has been sent."},
    {"sendto", sock_sendto, 0,
     "sendto(data[, flags], address) -> count\n\n"
     "Like send(data, flags) but allows specifying the destination address."},
    {"setblocking", sock_setblocking, NATIVE_O,
     "setblocking(flag)\n\nSet the socket to blocking (flag is true) or non-blocking (false)."},
    {"settimeout", sock_settimeout, NATIVE_O,
     "settimeout(timeout)\n\n"
     "Set a timeout on socket operations.  'timeout' can be a float,\n"
     "giving in seconds, or None.  Setting a timeout of None disables\n"
     "the timeout feature and is equivalent to setblocking(1).\n"
     "Setting a timeout of zero is the same as setblocking(0)."},
    {"setsockopt", sock_setsockopt, 0,
     "setsockopt(level, option, value: int)\n"
     "setsockopt(level, option, value: buffer)\n"
     "setsockopt(level, option, None, optlen: int)\n\n"
     "Set a socket option.  See the Unix manual for level and option."},
    {"shutdown", sock_shutdown, NATIVE_O,
     "shutdown(flag)\n\n"
     "Shut down the reading side of the socket (flag == SHUT_RD), the writing side\n"
     "of the socket (flag == SHUT_WR), or both ends (flag == SHUT_RDWR)."},
    {nullptr, nullptr, 0, nullptr},
};

static const GetSetDef socket_getsets[] = {
    {"family", sock_get_family, nullptr, "the socket family"},
    {"type", sock_get_type, nullptr, "the socket type"},
    {"proto", sock_get_proto, nullptr, "the socket protocol"},
    {"timeout", sock_get_timeout, nullptr, "the socket timeout"},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- Module functions -------------------------------------------------------------------------

// socketpair([family[, type[, proto]]]) -> (socket object, socket object)
static Value m_socketpair(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_tuple_style("socketpair", nargs, 0, 3)) return Value();
    int family = AF_UNIX, type = SOCK_STREAM, proto = 0;
    if ((nargs > 0 && !posix::arg_int(args[0], &family)) ||
        (nargs > 1 && !posix::arg_int(args[1], &type)) ||
        (nargs > 2 && !posix::arg_int(args[2], &proto)))
        return Value();
    int sv[2];
    if (::socketpair(family, type | SOCK_CLOEXEC, proto, sv) < 0) return raise_os(errno);
    Value s0 = new_socket(sv[0], family, type, proto);
    if (!s0) {
        ::close(sv[1]);
        return s0;
    }
    Value s1 = new_socket(sv[1], family, type, proto);
    if (!s1) return s1; // s0 closes its descriptor when collected
    return tuple_pack({s0, s1});
}

// A descriptor argument of dup() and close() (CPython's PyLong_AsSocket_t).
static bool socket_fd_arg(Value v, int* out) {
    Value i = number_index(v);
    if (!i) return false;
    int64_t x;
    if (!int_fits_int64(i, &x) || x < INT_MIN || x > INT_MAX) {
        raise(exc::OverflowError, "Python int too large to convert to C long");
        return false;
    }
    *out = static_cast<int>(x);
    return true;
}

// dup(fd) -> a new, non-inheritable descriptor
static Value m_dup(Value, const Value* args, size_t, Value) {
    int fd;
    if (!socket_fd_arg(args[0], &fd)) return Value();
    int newfd = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (newfd < 0) return raise_os(errno);
    return make_int(newfd);
}

// close(fd): ECONNRESET is not an error.
static Value m_close(Value, const Value* args, size_t, Value) {
    int fd;
    if (!socket_fd_arg(args[0], &fd)) return Value();
    if (::close(fd) < 0) {
        int err = errno;
        if (err != ECONNRESET) return raise_os(err);
    }
    return None();
}

static Value m_getdefaulttimeout(Value, const Value*, size_t, Value) {
    return timeout_value(g_default_timeout);
}

static Value m_setdefaulttimeout(Value, const Value* args, size_t, Value) {
    Nanos t;
    if (!parse_timeout(args[0], &t)) return Value();
    g_default_timeout = t;
    return None();
}

static Value m_gethostname(Value, const Value*, size_t, Value) {
    char buf[1024];
    if (::gethostname(buf, sizeof buf - 1) < 0) return raise_os(errno);
    buf[sizeof buf - 1] = '\0';
    return posix::fs_decode(buf);
}

// gethostbyname(host) -> the IPv4 address as a string
static Value m_gethostbyname(Value, const Value* args, size_t, Value) {
    std::string name;
    if (!host_name_arg(args[0], "gethostbyname", &name)) return Value();
    SockAddr addr;
    if (!set_ip_addr(name, &addr, AF_INET)) return Value();
    return make_ipaddr(addr);
}

// (name, aliases, addresses) from a hostent (CPython's gethost_common).
static Value hostent_tuple(const struct hostent* h, int af) {
    if (h->h_addrtype != af) return raise_os(EAFNOSUPPORT);
    Value names = make_list(0);
    Value addrs = make_list(0);
    if (!names || !addrs) return Value();
    if (h->h_aliases) {
        for (char** p = h->h_aliases; *p; p++)
            if (!list_append(names, make_str(*p))) return Value();
    }
    for (char** p = h->h_addr_list; *p; p++) {
        SockAddr addr;
        std::memset(&addr, 0, sizeof addr);
        if (af == AF_INET) {
            addr.in4.sin_family = AF_INET;
            std::memcpy(&addr.in4.sin_addr, *p, sizeof addr.in4.sin_addr);
        } else {
            addr.in6.sin6_family = AF_INET6;
            std::memcpy(&addr.in6.sin6_addr, *p, sizeof addr.in6.sin6_addr);
        }
        Value a = make_ipaddr(addr);
        if (!a || !list_append(addrs, a)) return Value();
    }
    return tuple_pack({make_str(h->h_name ? h->h_name : ""), names, addrs});
}

// gethostbyname_ex(host) -> (name, aliaslist, addresslist)
static Value m_gethostbyname_ex(Value, const Value* args, size_t, Value) {
    std::string name;
    if (!host_name_arg(args[0], "gethostbyname_ex", &name)) return Value();
    SockAddr addr;
    if (!set_ip_addr(name, &addr, AF_INET)) return Value();
    std::vector<char> buf(16384);
    struct hostent hbuf;
    struct hostent* h = nullptr;
    int herr = 0;
    while (gethostbyname_r(name.c_str(), &hbuf, buf.data(), buf.size(), &h, &herr) == ERANGE &&
           buf.size() < (1u << 22))
        buf.resize(buf.size() * 2);
    if (!h) return raise_herror(herr);
    return hostent_tuple(h, addr.sa.sa_family);
}

// gethostbyaddr(host) -> (name, aliaslist, addresslist)
static Value m_gethostbyaddr(Value, const Value* args, size_t, Value) {
    std::string name;
    if (!host_name_arg(args[0], "gethostbyaddr", &name)) return Value();
    SockAddr addr;
    if (!set_ip_addr(name, &addr, AF_UNSPEC)) return Value();
    int af = addr.sa.sa_family;
    const void* ap;
    socklen_t al;
    if (af == AF_INET) {
        ap = &addr.in4.sin_addr;
        al = sizeof addr.in4.sin_addr;
    } else if (af == AF_INET6) {
        ap = &addr.in6.sin6_addr;
        al = sizeof addr.in6.sin6_addr;
    } else {
        return raise(exc::OSError, "unsupported address family");
    }
    std::vector<char> buf(16384);
    struct hostent hbuf;
    struct hostent* h = nullptr;
    int herr = 0;
    while (gethostbyaddr_r(ap, al, af, &hbuf, buf.data(), buf.size(), &h, &herr) == ERANGE &&
           buf.size() < (1u << 22))
        buf.resize(buf.size() * 2);
    if (!h) return raise_herror(herr);
    return hostent_tuple(h, af);
}

// Frees getaddrinfo()'s list on every path.
struct AddrInfoList {
    struct addrinfo* head = nullptr;
    ~AddrInfoList() {
        if (head) freeaddrinfo(head);
    }
};

// getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)
//     -> [(family, type, proto, canonname, sockaddr), ...]
static Value m_getaddrinfo(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("getaddrinfo", "host, port, family=, type=, proto=, flags=");
    // PyArg_ParseTupleAndKeywords' wording for a keyword it does not know.
    static const char* const known[] = {"host", "port", "family", "type", "proto", "flags"};
    for (size_t k = 0; kwnames && k < tuple_size(kwnames); k++) {
        std::string_view kw = str_view(tuple_get(kwnames, k));
        if (std::find(std::begin(known), std::end(known), kw) == std::end(known))
            return raise(exc::TypeError, "getaddrinfo() got an unexpected keyword argument '%s'",
                         std::string(kw).c_str());
    }
    Value a[6];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    int ints[4] = {0, 0, 0, 0};
    for (int k = 0; k < 4; k++)
        if (a[k + 2] && !posix::arg_int(a[k + 2], &ints[k])) return Value();
    std::string host, port;
    bool has_host = false, has_port = false;
    Value h = a[0], p = a[1];
    if (is_none(h)) {
    } else if (is_str(h)) {
        if (!idna_encode(h, &host)) return Value();
        has_host = true;
    } else if (is_bytes(h)) {
        host.assign(bytes_view(h));
        has_host = true;
    } else {
        return raise(exc::TypeError, "getaddrinfo() argument 1 must be string or None");
    }
    if (is_exact_int(p)) {
        int64_t v;
        if (!int_fits_int64(p, &v))
            return raise(exc::OverflowError, "Python int too large to convert to C long");
        port = std::to_string(v);
        has_port = true;
    } else if (is_str(p)) {
        port.assign(str_view(p));
        has_port = true;
    } else if (is_bytes(p)) {
        port.assign(bytes_view(p));
        has_port = true;
    } else if (!is_none(p)) {
        return raise(exc::OSError, "Int or String expected");
    }
    struct addrinfo hints;
    std::memset(&hints, 0, sizeof hints);
    hints.ai_family = ints[0];
    hints.ai_socktype = ints[1];
    hints.ai_protocol = ints[2];
    hints.ai_flags = ints[3];
    AddrInfoList res;
    int error = ::getaddrinfo(has_host ? host.c_str() : nullptr, has_port ? port.c_str() : nullptr,
                              &hints, &res.head);
    if (error) {
        res.head = nullptr;
        return raise_gaierror(error);
    }
    Value all = make_list(0);
    if (!all) return all;
    for (struct addrinfo* r = res.head; r; r = r->ai_next) {
        Value addr = make_sockaddr_raw(r->ai_addr, r->ai_addrlen);
        if (!addr) return addr;
        Value single =
            tuple_pack({make_int(r->ai_family), make_int(r->ai_socktype), make_int(r->ai_protocol),
                        make_str(r->ai_canonname ? r->ai_canonname : ""), addr});
        if (!single || !list_append(all, single)) return Value();
    }
    return all;
}

// getnameinfo(sockaddr, flags) -> (host, port)
static Value m_getnameinfo(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_tuple_style("getnameinfo", nargs, 2, 2)) return Value();
    Value sa = args[0];
    int flags;
    if (!posix::arg_int(args[1], &flags)) return Value();
    if (!is_tuple(sa)) return raise(exc::TypeError, "getnameinfo() argument 1 must be a tuple");
    size_t n = tuple_size(sa);
    if (n < 2 || n > 4 || !is_str(tuple_get(sa, 0)))
        return raise(exc::TypeError, "getnameinfo(): illegal sockaddr argument");
    std::string host(str_view(tuple_get(sa, 0)));
    int port;
    uint32_t flowinfo = 0, scope_id = 0;
    if (!posix::arg_int(tuple_get(sa, 1), &port) ||
        (n > 2 && !uint_mask_arg(tuple_get(sa, 2), &flowinfo)) ||
        (n > 3 && !uint_mask_arg(tuple_get(sa, 3), &scope_id)))
        return Value();
    if (flowinfo > 0xfffff)
        return raise(exc::OverflowError, "getnameinfo(): flowinfo must be 0-1048575.");
    std::string pbuf = std::to_string(port);
    struct addrinfo hints;
    std::memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_DGRAM;
    hints.ai_flags = AI_NUMERICHOST;
    AddrInfoList res;
    int error = ::getaddrinfo(host.c_str(), pbuf.c_str(), &hints, &res.head);
    if (error) {
        res.head = nullptr;
        return raise_gaierror(error);
    }
    if (res.head->ai_next) return raise(exc::OSError, "sockaddr resolved to multiple addresses");
    if (res.head->ai_family == AF_INET) {
        if (n != 2) return raise(exc::OSError, "IPv4 sockaddr must be 2 tuple");
    } else if (res.head->ai_family == AF_INET6) {
        auto* sin6 = reinterpret_cast<struct sockaddr_in6*>(res.head->ai_addr);
        sin6->sin6_flowinfo = htonl(flowinfo);
        sin6->sin6_scope_id = scope_id;
    }
    char hbuf[NI_MAXHOST], sbuf[NI_MAXSERV];
    error = getnameinfo(res.head->ai_addr, res.head->ai_addrlen, hbuf, sizeof hbuf, sbuf,
                        sizeof sbuf, flags);
    if (error) return raise_gaierror(error);
    return tuple_pack({make_str(hbuf), make_str(sbuf)});
}

// getservbyname(servicename[, protocolname]) -> port number
static Value m_getservbyname(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_tuple_style("getservbyname", nargs, 1, 2)) return Value();
    std::string name, proto;
    if (!str_arg(args[0], "getservbyname", 1, &name) ||
        (nargs > 1 && !str_arg(args[1], "getservbyname", 2, &proto)))
        return Value();
    struct servent* sp = getservbyname(name.c_str(), nargs > 1 ? proto.c_str() : nullptr);
    if (!sp) return raise(exc::OSError, "service/proto not found");
    return make_int(ntohs(static_cast<uint16_t>(sp->s_port)));
}

// getservbyport(port[, protocolname]) -> service name
static Value m_getservbyport(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_tuple_style("getservbyport", nargs, 1, 2)) return Value();
    int port;
    std::string proto;
    if (!posix::arg_int(args[0], &port) ||
        (nargs > 1 && !str_arg(args[1], "getservbyport", 2, &proto)))
        return Value();
    if (port < 0 || port > 0xffff)
        return raise(exc::OverflowError, "getservbyport: port must be 0-65535.");
    struct servent* sp =
        getservbyport(htons(static_cast<uint16_t>(port)), nargs > 1 ? proto.c_str() : nullptr);
    if (!sp) return raise(exc::OSError, "port/proto not found");
    return make_str(sp->s_name);
}

// getprotobyname(name) -> protocol number
static Value m_getprotobyname(Value, const Value* args, size_t, Value) {
    std::string name;
    if (!str_arg(args[0], "getprotobyname", 1, &name)) return Value();
    struct protoent* p = getprotobyname(name.c_str());
    if (!p) return raise(exc::OSError, "protocol not found");
    return make_int(p->p_proto);
}

// inet_aton(string) -> 4 packed bytes
static Value m_inet_aton(Value, const Value* args, size_t, Value) {
    std::string ip;
    if (!str_arg(args[0], "inet_aton", 1, &ip)) return Value();
    struct in_addr buf;
    if (inet_aton(ip.c_str(), &buf) == 0)
        return raise(exc::OSError, "illegal IP address string passed to inet_aton");
    return make_bytes(std::string_view(reinterpret_cast<const char*>(&buf), sizeof buf));
}

// inet_ntoa(packed_ip) -> dotted string
static Value m_inet_ntoa(Value, const Value* args, size_t, Value) {
    std::string copy;
    std::string_view data;
    if (!buffer_arg(args[0], copy, &data)) return Value();
    if (data.size() != sizeof(struct in_addr))
        return raise(exc::OSError, "packed IP wrong length for inet_ntoa");
    struct in_addr a;
    std::memcpy(&a, data.data(), sizeof a);
    char buf[INET_ADDRSTRLEN];
    if (!inet_ntop(AF_INET, &a, buf, sizeof buf)) return raise_os(errno);
    return make_str(buf);
}

// inet_pton(af, ip) -> packed bytes
static Value m_inet_pton(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_tuple_style("inet_pton", nargs, 2, 2)) return Value();
    int af;
    std::string ip;
    if (!posix::arg_int(args[0], &af) || !str_arg(args[1], "inet_pton", 2, &ip)) return Value();
    unsigned char packed[sizeof(struct in6_addr)];
    int r = inet_pton(af, ip.c_str(), packed);
    if (r < 0) return raise_os(errno);
    if (r == 0) return raise(exc::OSError, "illegal IP address string passed to inet_pton");
    size_t n = af == AF_INET ? sizeof(struct in_addr) : sizeof(struct in6_addr);
    return make_bytes(std::string_view(reinterpret_cast<const char*>(packed), n));
}

// inet_ntop(af, packed_ip) -> string
static Value m_inet_ntop(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_tuple_style("inet_ntop", nargs, 2, 2)) return Value();
    int af;
    std::string copy;
    std::string_view data;
    if (!posix::arg_int(args[0], &af) || !buffer_arg(args[1], copy, &data)) return Value();
    unsigned char packed[sizeof(struct in6_addr)];
    if (af == AF_INET) {
        if (data.size() != sizeof(struct in_addr))
            return raise(exc::ValueError, "invalid length of packed IP address string");
    } else if (af == AF_INET6) {
        if (data.size() != sizeof(struct in6_addr))
            return raise(exc::ValueError, "invalid length of packed IP address string");
    } else {
        return raise(exc::ValueError, "unknown address family %d", af);
    }
    std::memcpy(packed, data.data(), data.size());
    char buf[INET6_ADDRSTRLEN];
    if (!inet_ntop(af, packed, buf, sizeof buf)) return raise_os(errno);
    return make_str(buf);
}

// htons/ntohs: a C int that must fit 16 unsigned bits.
static Value short_swap(Value v, const char* fname) {
    int x;
    if (!posix::arg_int(v, &x)) return Value();
    if (x < 0)
        return raise(exc::OverflowError,
                     "%s: can't convert negative Python int to C 16-bit unsigned integer", fname);
    if (x > 0xffff)
        return raise(exc::OverflowError,
                     "%s: Python int too large to convert to C 16-bit unsigned integer", fname);
    return make_int(htons(static_cast<uint16_t>(x)));
}
static Value m_htons(Value, const Value* args, size_t, Value) {
    return short_swap(args[0], "htons");
}
static Value m_ntohs(Value, const Value* args, size_t, Value) {
    return short_swap(args[0], "ntohs");
}

// htonl/ntohl: an int of at most 32 unsigned bits.
static Value long_swap(Value v) {
    if (!is_int(v)) return raise(exc::TypeError, "expected int, %s found", type_name(v));
    if (int_sign(v) < 0)
        return raise(exc::OverflowError, "can't convert negative value to unsigned int");
    int64_t x;
    if (!int_fits_int64(v, &x))
        return raise(exc::OverflowError, "Python int too large to convert to C unsigned long");
    if (x > 0xffffffffLL) return raise(exc::OverflowError, "int larger than 32 bits");
    return make_uint(htonl(static_cast<uint32_t>(x)));
}
static Value m_htonl(Value, const Value* args, size_t, Value) {
    return long_swap(args[0]);
}
static Value m_ntohl(Value, const Value* args, size_t, Value) {
    return long_swap(args[0]);
}

// CMSG_LEN(length) / CMSG_SPACE(length): ancillary data sizes.
static Value cmsg_size(Value v, const char* fname, bool space) {
    int64_t n;
    if (!posix::arg_int64(v, &n)) return Value();
    int64_t limit = 0x7fffffffLL - static_cast<int64_t>(space ? CMSG_SPACE(1) : CMSG_LEN(0));
    if (n < 0 || n > limit) return raise(exc::OverflowError, "%s() argument out of range", fname);
    size_t len = static_cast<size_t>(n);
    return make_int(static_cast<int64_t>(space ? CMSG_SPACE(len) : CMSG_LEN(len)));
}
static Value m_cmsg_len(Value, const Value* args, size_t, Value) {
    return cmsg_size(args[0], "CMSG_LEN", false);
}
static Value m_cmsg_space(Value, const Value* args, size_t, Value) {
    return cmsg_size(args[0], "CMSG_SPACE", true);
}

static const NativeMethodDef socket_functions[] = {
    {"socketpair", m_socketpair, 0,
     "socketpair([family[, type [, proto]]]) -> (socket object, socket object)\n\n"
     "Create a pair of socket objects from the sockets returned by the platform\n"
     "socketpair() function."},
    {"dup", m_dup, NATIVE_O,
     "dup(integer) -> integer\n\n"
     "Duplicate an integer socket file descriptor.  This is like os.dup(), but for\n"
     "sockets; on some platforms os.dup() won't work for socket file descriptors."},
    {"close", m_close, NATIVE_O,
     "close(integer) -> None\n\nClose an integer socket file descriptor."},
    {"getdefaulttimeout", m_getdefaulttimeout, NATIVE_NOARGS,
     "getdefaulttimeout() -> timeout\n\n"
     "Returns the default timeout in seconds (float) for new socket objects.\n"
     "A value of None indicates that new socket objects have no timeout."},
    {"setdefaulttimeout", m_setdefaulttimeout, NATIVE_O,
     "setdefaulttimeout(timeout)\n\n"
     "Set the default timeout in seconds (float) for new socket objects.\n"
     "A value of None indicates that new socket objects have no timeout."},
    {"gethostname", m_gethostname, NATIVE_NOARGS,
     "gethostname() -> string\n\nReturn the current host name."},
    {"gethostbyname", m_gethostbyname, NATIVE_O,
     "gethostbyname(host) -> address\n\n"
     "Return the IP address (a string of the form '255.255.255.255') for a host."},
    {"gethostbyname_ex", m_gethostbyname_ex, NATIVE_O,
     "gethostbyname_ex(host) -> (name, aliaslist, addresslist)\n\n"
     "Return the true host name, a list of aliases, and a list of IP addresses,\n"
     "for a host.  The host argument is a string giving a host name or IP number."},
    {"gethostbyaddr", m_gethostbyaddr, NATIVE_O,
     "gethostbyaddr(host) -> (name, aliaslist, addresslist)\n\n"
     "Return the true host name, a list of aliases, and a list of IP addresses,\n"
     "for a host.  The host argument is a string giving a host name or IP number."},
    {"getaddrinfo", m_getaddrinfo, NATIVE_KEYWORDS,
     "getaddrinfo(host, port [, family, type, proto, flags])\n"
     "    -> list of (family, type, proto, canonname, sockaddr)\n\n"
     "Resolve host and port into addrinfo struct."},
    {"getnameinfo", m_getnameinfo, 0,
     "getnameinfo(sockaddr, flags) --> (host, port)\n\nGet host and port for a sockaddr."},
    {"getservbyname", m_getservbyname, 0,
     "getservbyname(servicename[, protocolname]) -> integer\n\n"
     "Return a port number from a service name and protocol name."},
    {"getservbyport", m_getservbyport, 0,
     "getservbyport(port[, protocolname]) -> string\n\n"
     "Return the service name from a port number and protocol name."},
    {"getprotobyname", m_getprotobyname, NATIVE_O,
     "getprotobyname(name) -> integer\n\nReturn the protocol number for the named protocol."},
    {"inet_aton", m_inet_aton, NATIVE_O,
     "inet_aton(string) -> bytes giving packed 32-bit IP representation\n\n"
     "Convert an IP address in string format (123.45.67.89) to the 32-bit packed\n"
     "binary format used in low-level network functions."},
    {"inet_ntoa", m_inet_ntoa, NATIVE_O,
     "inet_ntoa(packed_ip) -> ip_address_string\n\n"
     "Convert an IP address from 32-bit packed binary format to string format"},
    {"inet_pton", m_inet_pton, 0,
     "inet_pton(af, ip) -> packed IP address string\n\n"
     "Convert an IP address from string format to a packed string suitable\n"
     "for use with low-level network functions."},
    {"inet_ntop", m_inet_ntop, 0,
     "inet_ntop(af, packed_ip) -> string formatted IP address\n\n"
     "Convert a packed IP address of the given family to string format."},
    {"htons", m_htons, NATIVE_O,
     "Convert a 16-bit unsigned integer from host to network byte order."},
    {"ntohs", m_ntohs, NATIVE_O,
     "Convert a 16-bit unsigned integer from network to host byte order."},
    {"htonl", m_htonl, NATIVE_O, "Convert a 32-bit integer from host to network byte order."},
    {"ntohl", m_ntohl, NATIVE_O, "Convert a 32-bit integer from network to host byte order."},
    {"CMSG_LEN", m_cmsg_len, NATIVE_O,
     "CMSG_LEN(length) -> control message length\n\n"
     "Return the total length, without trailing padding, of an ancillary\n"
     "data item with associated data of the given length."},
    {"CMSG_SPACE", m_cmsg_space, NATIVE_O,
     "CMSG_SPACE(length) -> buffer size\n\n"
     "Return the buffer size needed for recvmsg() to receive an ancillary\n"
     "data item with associated data of the given length, along with any\n"
     "trailing padding."},
    {nullptr, nullptr, 0, nullptr},
};

// -- Types and the module ---------------------------------------------------------------------

struct IntConstant {
    const char* name;
    int64_t value;
};

#define UOPY_SOCK_CONST(n)                                                                         \
    { #n, static_cast < int64_t>(n) }

static const IntConstant socket_constants[] = {
    // Address families.
    UOPY_SOCK_CONST(AF_UNSPEC),
    UOPY_SOCK_CONST(AF_UNIX),
    UOPY_SOCK_CONST(AF_INET),
    UOPY_SOCK_CONST(AF_INET6),
    UOPY_SOCK_CONST(AF_APPLETALK),
    UOPY_SOCK_CONST(AF_AX25),
    UOPY_SOCK_CONST(AF_IPX),
    UOPY_SOCK_CONST(AF_NETROM),
    UOPY_SOCK_CONST(AF_BRIDGE),
    UOPY_SOCK_CONST(AF_ATMPVC),
    UOPY_SOCK_CONST(AF_X25),
    UOPY_SOCK_CONST(AF_ROSE),
    UOPY_SOCK_CONST(AF_DECnet),
    UOPY_SOCK_CONST(AF_NETBEUI),
    UOPY_SOCK_CONST(AF_SECURITY),
    UOPY_SOCK_CONST(AF_KEY),
    UOPY_SOCK_CONST(AF_NETLINK),
    UOPY_SOCK_CONST(AF_ROUTE),
    UOPY_SOCK_CONST(AF_PACKET),
    UOPY_SOCK_CONST(AF_ASH),
    UOPY_SOCK_CONST(AF_ECONET),
    UOPY_SOCK_CONST(AF_ATMSVC),
    UOPY_SOCK_CONST(AF_RDS),
    UOPY_SOCK_CONST(AF_SNA),
    UOPY_SOCK_CONST(AF_IRDA),
    UOPY_SOCK_CONST(AF_PPPOX),
    UOPY_SOCK_CONST(AF_WANPIPE),
    UOPY_SOCK_CONST(AF_LLC),
    UOPY_SOCK_CONST(AF_CAN),
    UOPY_SOCK_CONST(AF_TIPC),
    UOPY_SOCK_CONST(AF_ALG),
    UOPY_SOCK_CONST(AF_VSOCK),
#ifdef AF_QIPCRTR
    UOPY_SOCK_CONST(AF_QIPCRTR),
#endif
    UOPY_SOCK_CONST(PF_CAN),
    UOPY_SOCK_CONST(PF_PACKET),
    UOPY_SOCK_CONST(PF_RDS),
    // Socket types.
    UOPY_SOCK_CONST(SOCK_STREAM),
    UOPY_SOCK_CONST(SOCK_DGRAM),
    UOPY_SOCK_CONST(SOCK_RAW),
    UOPY_SOCK_CONST(SOCK_RDM),
    UOPY_SOCK_CONST(SOCK_SEQPACKET),
    UOPY_SOCK_CONST(SOCK_NONBLOCK),
    UOPY_SOCK_CONST(SOCK_CLOEXEC),
    // Socket-level options.
    UOPY_SOCK_CONST(SOL_SOCKET),
    {"SOL_IP", 0},
    {"SOL_TCP", 6},
    {"SOL_UDP", 17},
    UOPY_SOCK_CONST(SOMAXCONN),
    UOPY_SOCK_CONST(SCM_RIGHTS),
    UOPY_SOCK_CONST(SCM_CREDENTIALS),
    UOPY_SOCK_CONST(SO_DEBUG),
    UOPY_SOCK_CONST(SO_ACCEPTCONN),
    UOPY_SOCK_CONST(SO_REUSEADDR),
    UOPY_SOCK_CONST(SO_REUSEPORT),
    UOPY_SOCK_CONST(SO_KEEPALIVE),
    UOPY_SOCK_CONST(SO_DONTROUTE),
    UOPY_SOCK_CONST(SO_BROADCAST),
    UOPY_SOCK_CONST(SO_LINGER),
    UOPY_SOCK_CONST(SO_OOBINLINE),
    UOPY_SOCK_CONST(SO_SNDBUF),
    UOPY_SOCK_CONST(SO_RCVBUF),
    UOPY_SOCK_CONST(SO_SNDLOWAT),
    UOPY_SOCK_CONST(SO_RCVLOWAT),
    UOPY_SOCK_CONST(SO_SNDTIMEO),
    UOPY_SOCK_CONST(SO_RCVTIMEO),
    UOPY_SOCK_CONST(SO_ERROR),
    UOPY_SOCK_CONST(SO_TYPE),
    UOPY_SOCK_CONST(SO_PASSCRED),
    UOPY_SOCK_CONST(SO_PEERCRED),
    UOPY_SOCK_CONST(SO_PASSSEC),
    UOPY_SOCK_CONST(SO_PEERSEC),
    UOPY_SOCK_CONST(SO_BINDTODEVICE),
    UOPY_SOCK_CONST(SO_PRIORITY),
    UOPY_SOCK_CONST(SO_MARK),
    UOPY_SOCK_CONST(SO_DOMAIN),
    UOPY_SOCK_CONST(SO_PROTOCOL),
#ifdef SO_INCOMING_CPU
    UOPY_SOCK_CONST(SO_INCOMING_CPU),
#endif
    // Message flags.
    UOPY_SOCK_CONST(MSG_OOB),
    UOPY_SOCK_CONST(MSG_PEEK),
    UOPY_SOCK_CONST(MSG_DONTROUTE),
    UOPY_SOCK_CONST(MSG_DONTWAIT),
    UOPY_SOCK_CONST(MSG_EOR),
    UOPY_SOCK_CONST(MSG_TRUNC),
    UOPY_SOCK_CONST(MSG_CTRUNC),
    UOPY_SOCK_CONST(MSG_WAITALL),
    UOPY_SOCK_CONST(MSG_NOSIGNAL),
    UOPY_SOCK_CONST(MSG_CMSG_CLOEXEC),
    UOPY_SOCK_CONST(MSG_CONFIRM),
    UOPY_SOCK_CONST(MSG_ERRQUEUE),
    UOPY_SOCK_CONST(MSG_MORE),
    UOPY_SOCK_CONST(MSG_FASTOPEN),
    // Protocols.
    UOPY_SOCK_CONST(IPPROTO_IP),
    UOPY_SOCK_CONST(IPPROTO_HOPOPTS),
    UOPY_SOCK_CONST(IPPROTO_ICMP),
    UOPY_SOCK_CONST(IPPROTO_IGMP),
    UOPY_SOCK_CONST(IPPROTO_IPIP),
    UOPY_SOCK_CONST(IPPROTO_TCP),
    UOPY_SOCK_CONST(IPPROTO_EGP),
    UOPY_SOCK_CONST(IPPROTO_PUP),
    UOPY_SOCK_CONST(IPPROTO_UDP),
    UOPY_SOCK_CONST(IPPROTO_IDP),
    UOPY_SOCK_CONST(IPPROTO_TP),
    UOPY_SOCK_CONST(IPPROTO_IPV6),
    UOPY_SOCK_CONST(IPPROTO_ROUTING),
    UOPY_SOCK_CONST(IPPROTO_FRAGMENT),
    UOPY_SOCK_CONST(IPPROTO_RSVP),
    UOPY_SOCK_CONST(IPPROTO_GRE),
    UOPY_SOCK_CONST(IPPROTO_ESP),
    UOPY_SOCK_CONST(IPPROTO_AH),
    UOPY_SOCK_CONST(IPPROTO_ICMPV6),
    UOPY_SOCK_CONST(IPPROTO_NONE),
    UOPY_SOCK_CONST(IPPROTO_DSTOPTS),
    UOPY_SOCK_CONST(IPPROTO_PIM),
    UOPY_SOCK_CONST(IPPROTO_SCTP),
    UOPY_SOCK_CONST(IPPROTO_UDPLITE),
#ifdef IPPROTO_MPTCP
    UOPY_SOCK_CONST(IPPROTO_MPTCP),
#endif
    UOPY_SOCK_CONST(IPPROTO_RAW),
    UOPY_SOCK_CONST(IPPORT_RESERVED),
    UOPY_SOCK_CONST(IPPORT_USERRESERVED),
    // IPv4 addresses, as host-order integers.
    {"INADDR_ANY", static_cast<int64_t>(static_cast<uint32_t>(INADDR_ANY))},
    {"INADDR_BROADCAST", static_cast<int64_t>(static_cast<uint32_t>(INADDR_BROADCAST))},
    {"INADDR_LOOPBACK", static_cast<int64_t>(static_cast<uint32_t>(INADDR_LOOPBACK))},
    {"INADDR_UNSPEC_GROUP", static_cast<int64_t>(static_cast<uint32_t>(INADDR_UNSPEC_GROUP))},
    {"INADDR_ALLHOSTS_GROUP", static_cast<int64_t>(static_cast<uint32_t>(INADDR_ALLHOSTS_GROUP))},
    {"INADDR_MAX_LOCAL_GROUP", static_cast<int64_t>(static_cast<uint32_t>(INADDR_MAX_LOCAL_GROUP))},
    {"INADDR_NONE", static_cast<int64_t>(static_cast<uint32_t>(INADDR_NONE))},
    // IP options.
    UOPY_SOCK_CONST(IP_TOS),
    UOPY_SOCK_CONST(IP_TTL),
    UOPY_SOCK_CONST(IP_HDRINCL),
    UOPY_SOCK_CONST(IP_OPTIONS),
    UOPY_SOCK_CONST(IP_RECVOPTS),
    UOPY_SOCK_CONST(IP_RECVRETOPTS),
    UOPY_SOCK_CONST(IP_RETOPTS),
    UOPY_SOCK_CONST(IP_MULTICAST_IF),
    UOPY_SOCK_CONST(IP_MULTICAST_TTL),
    UOPY_SOCK_CONST(IP_MULTICAST_LOOP),
    UOPY_SOCK_CONST(IP_ADD_MEMBERSHIP),
    UOPY_SOCK_CONST(IP_DROP_MEMBERSHIP),
    UOPY_SOCK_CONST(IP_DEFAULT_MULTICAST_TTL),
    UOPY_SOCK_CONST(IP_DEFAULT_MULTICAST_LOOP),
    UOPY_SOCK_CONST(IP_MAX_MEMBERSHIPS),
    UOPY_SOCK_CONST(IP_TRANSPARENT),
#ifdef IP_BIND_ADDRESS_NO_PORT
    UOPY_SOCK_CONST(IP_BIND_ADDRESS_NO_PORT),
#endif
    UOPY_SOCK_CONST(IP_RECVTOS),
    // IPv6 options.
    UOPY_SOCK_CONST(IPV6_JOIN_GROUP),
    UOPY_SOCK_CONST(IPV6_LEAVE_GROUP),
    UOPY_SOCK_CONST(IPV6_MULTICAST_HOPS),
    UOPY_SOCK_CONST(IPV6_MULTICAST_IF),
    UOPY_SOCK_CONST(IPV6_MULTICAST_LOOP),
    UOPY_SOCK_CONST(IPV6_UNICAST_HOPS),
    UOPY_SOCK_CONST(IPV6_V6ONLY),
    UOPY_SOCK_CONST(IPV6_CHECKSUM),
#ifdef IPV6_DONTFRAG
    UOPY_SOCK_CONST(IPV6_DONTFRAG),
#endif
    UOPY_SOCK_CONST(IPV6_DSTOPTS),
    UOPY_SOCK_CONST(IPV6_HOPLIMIT),
    UOPY_SOCK_CONST(IPV6_HOPOPTS),
    UOPY_SOCK_CONST(IPV6_NEXTHOP),
#ifdef IPV6_PATHMTU
    UOPY_SOCK_CONST(IPV6_PATHMTU),
#endif
    UOPY_SOCK_CONST(IPV6_PKTINFO),
    UOPY_SOCK_CONST(IPV6_RECVDSTOPTS),
    UOPY_SOCK_CONST(IPV6_RECVHOPLIMIT),
    UOPY_SOCK_CONST(IPV6_RECVHOPOPTS),
    UOPY_SOCK_CONST(IPV6_RECVPKTINFO),
    UOPY_SOCK_CONST(IPV6_RECVRTHDR),
    UOPY_SOCK_CONST(IPV6_RECVTCLASS),
    UOPY_SOCK_CONST(IPV6_RTHDR),
    UOPY_SOCK_CONST(IPV6_RTHDRDSTOPTS),
    UOPY_SOCK_CONST(IPV6_RTHDR_TYPE_0),
#ifdef IPV6_RECVPATHMTU
    UOPY_SOCK_CONST(IPV6_RECVPATHMTU),
#endif
    UOPY_SOCK_CONST(IPV6_TCLASS),
    // TCP options.
    UOPY_SOCK_CONST(TCP_NODELAY),
    UOPY_SOCK_CONST(TCP_MAXSEG),
    UOPY_SOCK_CONST(TCP_CORK),
    UOPY_SOCK_CONST(TCP_KEEPIDLE),
    UOPY_SOCK_CONST(TCP_KEEPINTVL),
    UOPY_SOCK_CONST(TCP_KEEPCNT),
    UOPY_SOCK_CONST(TCP_SYNCNT),
    UOPY_SOCK_CONST(TCP_LINGER2),
    UOPY_SOCK_CONST(TCP_DEFER_ACCEPT),
    UOPY_SOCK_CONST(TCP_WINDOW_CLAMP),
    UOPY_SOCK_CONST(TCP_INFO),
    UOPY_SOCK_CONST(TCP_QUICKACK),
    UOPY_SOCK_CONST(TCP_FASTOPEN),
    UOPY_SOCK_CONST(TCP_CONGESTION),
    UOPY_SOCK_CONST(TCP_USER_TIMEOUT),
#ifdef TCP_NOTSENT_LOWAT
    UOPY_SOCK_CONST(TCP_NOTSENT_LOWAT),
#endif
    // getaddrinfo() / getnameinfo().
    UOPY_SOCK_CONST(EAI_ADDRFAMILY),
    UOPY_SOCK_CONST(EAI_AGAIN),
    UOPY_SOCK_CONST(EAI_BADFLAGS),
    UOPY_SOCK_CONST(EAI_FAIL),
    UOPY_SOCK_CONST(EAI_FAMILY),
    UOPY_SOCK_CONST(EAI_MEMORY),
    UOPY_SOCK_CONST(EAI_NODATA),
    UOPY_SOCK_CONST(EAI_NONAME),
    UOPY_SOCK_CONST(EAI_OVERFLOW),
    UOPY_SOCK_CONST(EAI_SERVICE),
    UOPY_SOCK_CONST(EAI_SOCKTYPE),
    UOPY_SOCK_CONST(EAI_SYSTEM),
    UOPY_SOCK_CONST(AI_PASSIVE),
    UOPY_SOCK_CONST(AI_CANONNAME),
    UOPY_SOCK_CONST(AI_NUMERICHOST),
    UOPY_SOCK_CONST(AI_NUMERICSERV),
    UOPY_SOCK_CONST(AI_V4MAPPED),
    UOPY_SOCK_CONST(AI_ALL),
    UOPY_SOCK_CONST(AI_ADDRCONFIG),
    UOPY_SOCK_CONST(NI_NUMERICHOST),
    UOPY_SOCK_CONST(NI_NUMERICSERV),
    UOPY_SOCK_CONST(NI_NOFQDN),
    UOPY_SOCK_CONST(NI_NAMEREQD),
    UOPY_SOCK_CONST(NI_DGRAM),
    UOPY_SOCK_CONST(NI_MAXHOST),
    UOPY_SOCK_CONST(NI_MAXSERV),
    // shutdown().
    UOPY_SOCK_CONST(SHUT_RD),
    UOPY_SOCK_CONST(SHUT_WR),
    UOPY_SOCK_CONST(SHUT_RDWR),
};

#undef UOPY_SOCK_CONST

static void init_socket_types() {
    static bool ready = false;
    if (ready) return;
    ready = true;
    // No collection while the static types are made (their fields become
    // roots only once registered).
    bool was = gc_is_enabled();
    gc_set_enabled(false);

    SocketType.finalize = sock_finalize;
    SocketType.tp_new = sock_new;
    SocketType.init = sock_init;
    SocketType.repr = sock_repr;
    init_static_type(&SocketType, "_socket.socket", &ObjectType, sizeof(SocketObject),
                     TYPE_BASETYPE);
    add_methods(&SocketType, socket_methods);
    add_getsets(&SocketType, socket_getsets);
    dict_set(SocketType.dict, intern("__doc__"),
             make_str("socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object\n"
                      "socket(family=-1, type=-1, proto=-1, fileno=None) -> socket object\n\n"
                      "Open a socket of the given type.  The family argument specifies the\n"
                      "address family; it defaults to AF_INET.  The type argument specifies\n"
                      "whether this is a stream (SOCK_STREAM, this is the default)\n"
                      "or datagram (SOCK_DGRAM) socket.  The protocol argument defaults to 0,\n"
                      "specifying the default protocol.  Keyword arguments are accepted.\n"
                      "The socket is created as non-inheritable.\n\n"
                      "When a fileno is passed in, family, type and proto are auto-detected,\n"
                      "unless they are explicitly set."));
    add_slot_wrappers(&SocketType);
    add_builtin_new_wrapper(&SocketType);

    g_herror = make_builtin_heap_type("herror", exc::OSError, "socket");
    g_gaierror = make_builtin_heap_type("gaierror", exc::OSError, "socket");

    gc_set_enabled(was);
}

} // namespace

Value init_socket_module() {
    init_socket_types();
    ModuleObject* m = make_module("_socket");
    if (!m) return Value();
    Value mod(m);
    add_functions(m->dict, socket_functions, mod);
    Dict* d = m->dict;
    bool ok = dict_set_cstr(d, "socket", Value(&SocketType)) &&
              dict_set_cstr(d, "SocketType", Value(&SocketType)) &&
              dict_set_cstr(d, "error", Value(exc::OSError)) &&
              dict_set_cstr(d, "timeout", Value(exc::TimeoutError)) &&
              dict_set_cstr(d, "herror", Value(g_herror)) &&
              dict_set_cstr(d, "gaierror", Value(g_gaierror)) &&
              dict_set_cstr(d, "has_ipv6", True());
    for (const IntConstant& c : socket_constants)
        ok = ok && dict_set_cstr(d, c.name, make_int(c.value));
    if (!ok) return Value();
    return mod;
}

} // namespace uopy
