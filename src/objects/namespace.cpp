// types.SimpleNamespace: an object whose attributes are just its __dict__,
// made from keyword arguments (sys.implementation is one). CPython
// counterpart: Objects/namespaceobject.c.
#include "objects/namespace.h"

#include "objects/dict.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <cstddef>
#include <string>

namespace uopy {

Type SimpleNamespaceType;

struct NamespaceObject : Object {
    Dict* dict;
};

static void namespace_trace(Object* o, Tracer& t) {
    t.visit(static_cast<NamespaceObject*>(o)->dict);
}

static Value namespace_new(Type* type, const Value*, size_t, Value) {
    auto* ns = gc_new<NamespaceObject>(type, type->basic_size);
    if (!ns) return Value();
    ns->dict = make_dict();
    if (!ns->dict) return Value();
    return Value(ns);
}

// The keyword arguments become the attributes.
static int namespace_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (nargs) {
        raise(exc::TypeError, "no positional arguments expected");
        return -1;
    }
    Dict* d = static_cast<NamespaceObject*>(self.as_ptr())->dict;
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++)
        if (!dict_set(d, tuple_get(kwnames, i), args[nargs + i])) return -1;
    return 0;
}

Value make_simple_namespace(Dict* attrs) {
    Value ns = namespace_new(&SimpleNamespaceType, nullptr, 0, Value());
    if (!ns) return ns;
    static_cast<NamespaceObject*>(ns.as_ptr())->dict = attrs;
    return ns;
}

static Value namespace_repr(Value self) {
    const char* name = type_of(self) == &SimpleNamespaceType ? "namespace" : type_of(self)->name;
    std::string out = std::string(name) + "(";
    if (repr_enter(self)) return make_str(out + "...)");
    Dict* d = static_cast<NamespaceObject*>(self.as_ptr())->dict;
    size_t pos = 0;
    Value k, v;
    bool first = true;
    while (dict_next(d, &pos, &k, &v)) {
        if (!is_str(k)) continue;
        Value r = repr(v);
        if (!r) {
            repr_leave(self);
            return r;
        }
        if (!first) out += ", ";
        first = false;
        out += str_view(k);
        out += "=";
        out += str_view(r);
    }
    repr_leave(self);
    return make_str(out + ")");
}

static Value namespace_richcompare(Value a, Value b, CompareOp op) {
    if ((op != CMP_EQ && op != CMP_NE) || !isinstance_of(b, &SimpleNamespaceType))
        return NotImplemented();
    return rich_compare(Value(static_cast<NamespaceObject*>(a.as_ptr())->dict),
                        Value(static_cast<NamespaceObject*>(b.as_ptr())->dict), op);
}

static Value namespace_get_dict(Value self) {
    return Value(static_cast<NamespaceObject*>(self.as_ptr())->dict);
}

static const GetSetDef namespace_getsets[] = {
    {"__dict__", namespace_get_dict, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

void init_namespace_type() {
    SimpleNamespaceType.trace = namespace_trace;
    SimpleNamespaceType.tp_new = namespace_new;
    SimpleNamespaceType.repr = namespace_repr;
    SimpleNamespaceType.richcompare = namespace_richcompare;
    SimpleNamespaceType.init = namespace_init;
    init_static_type(&SimpleNamespaceType, "types.SimpleNamespace", &ObjectType,
                     sizeof(NamespaceObject), TYPE_BASETYPE);
    SimpleNamespaceType.dict_offset = offsetof(NamespaceObject, dict);
    add_getsets(&SimpleNamespaceType, namespace_getsets);
}

} // namespace uopy
