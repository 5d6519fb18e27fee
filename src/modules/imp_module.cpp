// The _imp module: what the host stdlib's importlib needs from the import
// system underneath it. uopy's own importer (runtime/import.cpp) loads
// modules; importlib, when a program imports it, sees the native modules
// as built-in ones and nothing as frozen. CPython counterpart:
// Python/import.c (the _imp functions).
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/import.h"

#include <cstring>

namespace uopy {

namespace {

bool is_native_module(std::string_view name) {
    for (const BuiltinModuleDef* m = builtin_module_table; m->name; m++)
        if (name == m->name) return true;
    return name == "sys" || name == "builtins";
}

Value m_is_builtin(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("is_builtin", n, 1, 1)) return Value();
    if (!is_str(a[0])) return raise(exc::TypeError, "is_builtin() argument must be str");
    return Value::small_int(is_native_module(str_view(a[0])) ? 1 : 0);
}

// create_builtin(spec): the module, made (or found) by uopy's importer.
Value m_create_builtin(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("create_builtin", n, 1, 1)) return Value();
    Value name = get_attr(a[0], intern("name"));
    if (!name) return name;
    if (!is_str(name)) return raise(exc::TypeError, "spec name must be str");
    if (!is_native_module(str_view(name)))
        return raise(exc::ImportError, "no built-in module named %s", str_view(name).data());
    return import_module(std::string(str_view(name)));
}

Value m_exec_builtin(Value, const Value*, size_t, Value) {
    return Value::small_int(0);
}
Value m_false(Value, const Value*, size_t, Value) {
    return False();
}
Value m_none(Value, const Value*, size_t, Value) {
    return None();
}
Value m_empty_list(Value, const Value*, size_t, Value) {
    return make_list(0);
}
Value m_not_frozen(Value, const Value* a, size_t n, Value) {
    if (n < 1 || !is_str(a[0])) return raise(exc::TypeError, "expected a module name");
    return raise(exc::ImportError, "No such frozen object named '%s'", str_view(a[0]).data());
}
Value m_no_extensions(Value, const Value*, size_t, Value) {
    return raise(exc::ImportError, "uopy cannot load extension modules");
}
Value m_source_hash(Value, const Value*, size_t, Value) {
    return raise(exc::NotImplementedError, "uopy does not write or check hash-based .pyc files");
}

const NativeMethodDef imp_functions[] = {
    {"is_builtin", m_is_builtin, 0, nullptr},
    {"create_builtin", m_create_builtin, 0, nullptr},
    {"exec_builtin", m_exec_builtin, 0, nullptr},
    {"is_frozen", m_false, 0, nullptr},
    {"is_frozen_package", m_false, 0, nullptr},
    {"find_frozen", m_none, NATIVE_KEYWORDS, nullptr},
    {"get_frozen_object", m_not_frozen, 0, nullptr},
    {"init_frozen", m_not_frozen, 0, nullptr},
    {"_frozen_module_names", m_empty_list, 0, nullptr},
    {"_override_frozen_modules_for_tests", m_none, 0, nullptr},
    {"_override_multi_interp_extensions_check", m_none, 0, nullptr},
    {"lock_held", m_false, 0, nullptr},
    {"acquire_lock", m_none, 0, nullptr},
    {"release_lock", m_none, 0, nullptr},
    {"extension_suffixes", m_empty_list, 0, nullptr},
    {"create_dynamic", m_no_extensions, 0, nullptr},
    {"exec_dynamic", m_no_extensions, 0, nullptr},
    {"_fix_co_filename", m_none, 0, nullptr},
    {"source_hash", m_source_hash, NATIVE_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace

Value init_imp_module() {
    ModuleObject* m = make_module("_imp");
    if (!m) return Value();
    add_functions(m->dict, imp_functions, Value(m));
    dict_set_cstr(m->dict, "check_hash_based_pycs", make_str("never"));
    return Value(m);
}

} // namespace uopy
