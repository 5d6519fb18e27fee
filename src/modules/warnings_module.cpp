// The _warnings module, reduced to what the import machinery calls: warn()
// hands over to the host stdlib's pure-Python warnings module, which keeps
// the filters (it uses its own implementation because this module does not
// export `filters`). CPython counterpart: Python/_warnings.c.
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/abstract.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/import.h"

namespace uopy {

namespace {

Value forward(const char* fn, const Value* args, size_t nargs, Value kwnames) {
    Value w = import_module("warnings");
    if (!w) return w;
    Value f = get_attr(w, intern(fn));
    return f ? call(f, args, nargs, kwnames) : f;
}

Value m_warn(Value, const Value* args, size_t nargs, Value kwnames) {
    return forward("warn", args, nargs, kwnames);
}
Value m_warn_explicit(Value, const Value* args, size_t nargs, Value kwnames) {
    return forward("warn_explicit", args, nargs, kwnames);
}

const NativeMethodDef warnings_functions[] = {
    {"warn", m_warn, NATIVE_KEYWORDS, nullptr},
    {"warn_explicit", m_warn_explicit, NATIVE_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace

Value init_warnings_module() {
    ModuleObject* m = make_module("_warnings");
    if (!m) return Value();
    add_functions(m->dict, warnings_functions, Value(m));
    return Value(m);
}

} // namespace uopy
