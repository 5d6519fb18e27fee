// The marshal module: present so that importlib's bootstrap imports, but
// uopy's code objects are not CPython's and it neither writes nor reads
// .pyc files, so dumps() and loads() refuse. CPython counterpart:
// Python/marshal.c.
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/module.h"
#include "runtime/errors.h"

namespace uopy {

namespace {

Value m_unsupported(Value, const Value*, size_t, Value) {
    return raise(exc::ValueError, "uopy's marshal cannot serialize: it has no .pyc format");
}

const NativeMethodDef marshal_functions[] = {
    {"dumps", m_unsupported, 0, nullptr}, {"loads", m_unsupported, 0, nullptr},
    {"dump", m_unsupported, 0, nullptr},  {"load", m_unsupported, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace

Value init_marshal_module() {
    ModuleObject* m = make_module("marshal");
    if (!m) return Value();
    add_functions(m->dict, marshal_functions, Value(m));
    dict_set_cstr(m->dict, "version", Value::small_int(4));
    return Value(m);
}

} // namespace uopy
