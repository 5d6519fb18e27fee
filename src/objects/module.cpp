// Module objects. CPython counterpart: Objects/moduleobject.c.
#include "objects/module.h"

#include "objects/dict.h"
#include "objects/str.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <string>

namespace uopy {

Type ModuleType;

static void module_trace(Object* o, Tracer& t) {
    auto* m = static_cast<ModuleObject*>(o);
    t.visit(m->dict);
    t.visit(m->name);
}

ModuleObject* make_module(std::string_view name) {
    auto* m = gc_new<ModuleObject>(&ModuleType);
    if (!m) return nullptr;
    m->dict = make_dict();
    m->name = make_str(name);
    m->made_by_runtime = true;
    dict_set(m->dict, names::__name__, m->name);
    dict_set(m->dict, names::__doc__, None());
    dict_set(m->dict, names::__package__, None());
    dict_set(m->dict, names::__loader__, None());
    dict_set(m->dict, names::__spec__, None());
    return m;
}

static Value module_new(Type* type, const Value*, size_t, Value) {
    Value m = alloc_instance(type);
    if (m) as_module(m)->dict = make_dict();
    return m;
}

static int module_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("module", "name, doc=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return -1;
    ModuleObject* m = as_module(self);
    m->name = a[0];
    dict_set(m->dict, names::__name__, a[0]);
    dict_set(m->dict, names::__doc__, a[1] ? a[1] : None());
    dict_set(m->dict, names::__package__, None());
    dict_set(m->dict, names::__loader__, None());
    dict_set(m->dict, names::__spec__, None());
    return 0;
}

static Value module_getattr(Value self, Value name) {
    Value r = generic_getattr(self, name);
    if (r || !err_matches(exc::AttributeError)) return r;
    ModuleObject* m = as_module(self);
    // A module-level __getattr__ (PEP 562).
    Value hook = dict_get_str(m->dict, names::__getattr__);
    err_clear();
    if (hook) return call1(hook, name);
    Value mn = dict_get_str(m->dict, names::__name__);
    std::string modname = mn && is_str(mn) ? std::string(str_view(mn)) : "?";
    return raise(exc::AttributeError, "module '%s' has no attribute '%s'", modname.c_str(),
                 str_view(name).data());
}

static Value module_repr(Value self) {
    ModuleObject* m = as_module(self);
    Value mn = dict_get_str(m->dict, names::__name__);
    std::string s = "<module " + (mn ? repr_text(mn) : std::string("'?'"));
    Value file = dict_get_str(m->dict, names::__file__);
    if (file && is_str(file)) return make_str(s + " from " + repr_text(file) + ">");
    if (m->made_by_runtime) return make_str(s + " (built-in)>");
    // A module made by calling the module type names its loader, if any.
    Value loader = dict_get_str(m->dict, names::__loader__);
    if (loader && !is_none(loader)) {
        Value lr = repr(loader);
        if (!lr) return Value();
        s += " (" + std::string(str_view(lr)) + ")";
    }
    return make_str(s + ">");
}

static Value module_get_dict(Value self) {
    return Value(as_module(self)->dict);
}
static const GetSetDef module_getsets[] = {
    {"__dict__", module_get_dict, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

void init_module_type() {
    ModuleType.trace = module_trace;
    ModuleType.tp_new = module_new;
    ModuleType.init = module_init;
    ModuleType.getattr = module_getattr;
    ModuleType.repr = module_repr;
    init_static_type(&ModuleType, "module", &ObjectType, sizeof(ModuleObject),
                     TYPE_BASETYPE | TYPE_WEAKREFABLE);
    ModuleType.dict_offset = offsetof(ModuleObject, dict);
    add_getsets(&ModuleType, module_getsets);
}

} // namespace uopy
