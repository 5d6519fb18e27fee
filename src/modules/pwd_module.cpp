// The pwd module: the password database (getpwuid, getpwnam, getpwall) as
// pwd.struct_passwd records, which pathlib's Path.owner() and
// os.path.expanduser read. CPython counterpart: Modules/pwdmodule.c.
#include "modules/modules.h"

#include "modules/posix_internal.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"

#include <pwd.h>
#include <sys/types.h>

#include <cstring>
#include <string>

namespace uopy {

namespace {

Type* PasswdType = nullptr;

// A struct_passwd from the C record; the text fields are decoded as the
// file system's names are (surrogateescape), as CPython does.
Value passwd_record(const struct passwd* p) {
    auto text = [](const char* s) { return posix::fs_decode(s ? s : ""); };
    Value name = text(p->pw_name), passwd = text(p->pw_passwd), gecos = text(p->pw_gecos),
          dir = text(p->pw_dir), shell = text(p->pw_shell);
    if (!name || !passwd || !gecos || !dir || !shell) return Value();
    return make_struct_seq(PasswdType,
                           {name, passwd, make_int(static_cast<int64_t>(p->pw_uid)),
                            make_int(static_cast<int64_t>(p->pw_gid)), gecos, dir, shell});
}

// getpwuid(uid, /)
Value pwd_getpwuid(Value, const Value* args, size_t, Value) {
    uint32_t uid;
    if (!posix::arg_id(args[0], "uid", &uid)) {
        // An id no uid_t can hold is simply not in the database.
        if (!err_matches(exc::OverflowError)) return Value();
        err_clear();
        return raise(exc::KeyError, "getpwuid(): uid not found");
    }
    errno = 0;
    struct passwd* p = ::getpwuid(static_cast<uid_t>(uid));
    if (!p) {
        Value n = number_index(args[0]);
        if (!n) return n;
        Value text = str_of(n);
        if (!text) return text;
        Value msg = make_str("getpwuid(): uid not found: " + std::string(str_view(text)));
        return msg ? raise_with_arg(exc::KeyError, msg) : msg;
    }
    return passwd_record(p);
}

// getpwnam(name, /)
Value pwd_getpwnam(Value, const Value* args, size_t, Value) {
    if (!is_str(args[0]))
        return raise(exc::TypeError, "getpwnam() argument must be str, not %s",
                     arg_type_name(args[0]));
    std::string name;
    if (!posix::fs_encode_str(args[0], name)) return Value();
    if (name.find('\0') != std::string::npos) return raise(exc::ValueError, "embedded null byte");
    struct passwd* p = ::getpwnam(name.c_str());
    if (!p) {
        Value r = repr(args[0]);
        if (!r) return r;
        Value msg = make_str("getpwnam(): name not found: " + std::string(str_view(r)));
        return msg ? raise_with_arg(exc::KeyError, msg) : msg;
    }
    return passwd_record(p);
}

// getpwall(): every entry, in the database's order.
Value pwd_getpwall(Value, const Value*, size_t, Value) {
    Value out = make_list(0);
    if (!out) return out;
    ::setpwent();
    while (struct passwd* p = ::getpwent()) {
        Value rec = passwd_record(p);
        if (!rec || !list_append(out, rec)) {
            ::endpwent();
            return Value();
        }
    }
    ::endpwent();
    return out;
}

const NativeMethodDef pwd_functions[] = {
    {"getpwuid", pwd_getpwuid, NATIVE_O, nullptr},
    {"getpwnam", pwd_getpwnam, NATIVE_O, nullptr},
    {"getpwall", pwd_getpwall, NATIVE_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace

Value init_pwd_module() {
    if (!PasswdType)
        PasswdType = make_struct_seq_type(
            "pwd", "struct_passwd",
            {"pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"});
    if (!PasswdType) return Value();
    ModuleObject* m = make_module("pwd");
    if (!m) return Value();
    Value mod(m);
    add_functions(m->dict, pwd_functions, mod);
    if (!dict_set_cstr(m->dict, "struct_passwd", Value(PasswdType))) return Value();
    return mod;
}

} // namespace uopy
