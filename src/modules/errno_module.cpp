// The `errno` module: the symbolic error codes of the C library, as ints,
// and `errorcode`, which maps each code back to a name. CPython counterpart:
// Modules/errnomodule.c.
//
// The names are those CPython 3.11 exposes on Linux (every code of
// <asm-generic/errno-base.h> and <asm-generic/errno.h>, plus glibc's ENOTSUP;
// EHWPOISON is left out, as 3.11 leaves it out), with the values the host's
// <cerrno> gives them.
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"

#include <cerrno>

namespace uopy {

namespace {

struct ErrnoName {
    const char* name;
    int code;
};

#define E(name)                                                                                    \
    { #name, name }

// In the order CPython fills `errorcode`, so that iterating it gives the same
// sequence. Several names share a code (EWOULDBLOCK and EAGAIN, EDEADLK and
// EDEADLOCK, EOPNOTSUPP and ENOTSUP): `errorcode` keeps the later one, as
// CPython's does.
const ErrnoName errno_names[] = {
    E(ENODEV),
    E(ENOCSI),
    E(EHOSTUNREACH),
    E(ENOMSG),
    E(EUCLEAN),
    E(EL2NSYNC),
    E(EL2HLT),
    E(ENODATA),
    E(ENOTBLK),
    E(ENOSYS),
    E(EPIPE),
    E(EINVAL),
    E(EOVERFLOW),
    E(EADV),
    E(EINTR),
    E(EUSERS),
    E(ENOTEMPTY),
    E(ENOBUFS),
    E(EPROTO),
    E(EREMOTE),
    E(ENAVAIL),
    E(ECHILD),
    E(ELOOP),
    E(EXDEV),
    E(E2BIG),
    E(ESRCH),
    E(EMSGSIZE),
    E(EAFNOSUPPORT),
    E(EBADR),
    E(EHOSTDOWN),
    E(EPFNOSUPPORT),
    E(ENOPROTOOPT),
    E(EBUSY),
    E(EWOULDBLOCK),
    E(EAGAIN),
    E(EBADFD),
    E(EDOTDOT),
    E(EISCONN),
    E(ENOANO),
    E(ESHUTDOWN),
    E(ECHRNG),
    E(ELIBBAD),
    E(ENONET),
    E(EBADE),
    E(EBADF),
    E(EMULTIHOP),
    E(EIO),
    E(EUNATCH),
    E(EPROTOTYPE),
    E(ENOSPC),
    E(ENOEXEC),
    E(EALREADY),
    E(ENETDOWN),
    E(ENOTNAM),
    E(EACCES),
    E(ELNRNG),
    E(EILSEQ),
    E(ENOTDIR),
    E(ENOTUNIQ),
    E(EPERM),
    E(EDOM),
    E(EXFULL),
    E(ECONNREFUSED),
    E(EISDIR),
    E(EPROTONOSUPPORT),
    E(EROFS),
    E(EADDRNOTAVAIL),
    E(EIDRM),
    E(ECOMM),
    E(ESRMNT),
    E(EREMOTEIO),
    E(EL3RST),
    E(EBADMSG),
    E(ENFILE),
    E(ELIBMAX),
    E(ESPIPE),
    E(ENOLINK),
    E(ENETRESET),
    E(ETIMEDOUT),
    E(ENOENT),
    E(EEXIST),
    E(EDQUOT),
    E(ENOSTR),
    E(EBADSLT),
    E(EBADRQC),
    E(ELIBACC),
    E(EFAULT),
    E(EFBIG),
    E(EDEADLK),
    E(EDEADLOCK),
    E(ENOTCONN),
    E(EDESTADDRREQ),
    E(ELIBSCN),
    E(ENOLCK),
    E(EISNAM),
    E(ECONNABORTED),
    E(ENETUNREACH),
    E(ESTALE),
    E(ENOSR),
    E(ENOMEM),
    E(ENOTSOCK),
    E(ESTRPIPE),
    E(EMLINK),
    E(ERANGE),
    E(ELIBEXEC),
    E(EL3HLT),
    E(ECONNRESET),
    E(EADDRINUSE),
    E(EOPNOTSUPP),
    E(ENOTSUP),
    E(EREMCHG),
    E(ENAMETOOLONG),
    E(ENOTTY),
    E(ERESTART),
    E(ESOCKTNOSUPPORT),
    E(ETIME),
    E(EBFONT),
    E(ETOOMANYREFS),
    E(EMFILE),
    E(ETXTBSY),
    E(EINPROGRESS),
    E(ENXIO),
    E(ENOPKG),
    E(ENOMEDIUM),
    E(EMEDIUMTYPE),
    E(ECANCELED),
    E(ENOKEY),
    E(EKEYEXPIRED),
    E(EKEYREVOKED),
    E(EKEYREJECTED),
    E(EOWNERDEAD),
    E(ENOTRECOVERABLE),
    E(ERFKILL),
};

#undef E

} // namespace

Value init_errno_module() {
    ModuleObject* m = make_module("errno");
    if (!m) return Value();
    Value mod(m);
    Dict* errorcode = make_dict();
    if (!errorcode) return Value();
    for (const ErrnoName& e : errno_names) {
        Value code = make_int(e.code);
        Value name = intern(e.name);
        if (!code || !name) return Value();
        if (!dict_set(m->dict, name, code) || !dict_set(errorcode, code, name)) return Value();
    }
    if (!dict_set_cstr(m->dict, "errorcode", Value(errorcode))) return Value();
    return mod;
}

} // namespace uopy
