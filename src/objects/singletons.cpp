// None, NotImplemented and Ellipsis: immortal singletons and their types.
// CPython counterpart: Objects/object.c (None, NotImplemented),
// Objects/sliceobject.c (Ellipsis).
#include "objects/object.h"

#include "objects/function.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

namespace uopy {

Type NoneType, NotImplementedType, EllipsisType;
Object NoneObject, NotImplementedObject, EllipsisObject;

static Value none_repr(Value) {
    return intern("None");
}
static int none_bool(Value) {
    return 0;
}
static int64_t none_hash(Value) {
    return 0xFCA86420;
}
static Value notimpl_repr(Value) {
    return intern("NotImplemented");
}
static Value ellipsis_repr(Value) {
    return intern("Ellipsis");
}

static Value singleton_new(Type* type, const Value*, size_t nargs, Value) {
    if (nargs) return raise(exc::TypeError, "%s takes no arguments", type->name);
    if (type == &NoneType) return None();
    if (type == &NotImplementedType) return NotImplemented();
    return Ellipsis();
}

// Ellipsis.__reduce__() and NotImplemented.__reduce__(): the name, which
// pickle and copy read as "the global of that name" (a singleton).
static Value singleton_reduce(Value self, const Value*, size_t, Value) {
    return self == NotImplemented() ? intern("NotImplemented") : intern("Ellipsis");
}
static const NativeMethodDef singleton_methods[] = {
    {"__reduce__", singleton_reduce, NATIVE_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

static void init_singleton(Object* o, Type* t) {
    o->type = t;
    o->gc_flags = GC_IMMORTAL;
}

void init_singletons() {
    NoneType.repr = none_repr;
    NoneType.nb_bool = none_bool;
    NoneType.hash = none_hash;
    NoneType.tp_new = singleton_new;
    init_static_type(&NoneType, "NoneType", &ObjectType, sizeof(Object), 0);
    NotImplementedType.repr = notimpl_repr;
    NotImplementedType.tp_new = singleton_new;
    init_static_type(&NotImplementedType, "NotImplementedType", &ObjectType, sizeof(Object), 0);
    EllipsisType.repr = ellipsis_repr;
    EllipsisType.tp_new = singleton_new;
    init_static_type(&EllipsisType, "ellipsis", &ObjectType, sizeof(Object), 0);
    init_singleton(&NoneObject, &NoneType);
    init_singleton(&NotImplementedObject, &NotImplementedType);
    init_singleton(&EllipsisObject, &EllipsisType);
    add_methods(&NotImplementedType, singleton_methods);
    add_methods(&EllipsisType, singleton_methods);
}

} // namespace uopy
