// types.MappingProxyType: a read-only view of a mapping (what C.__dict__
// is). CPython counterpart: the mappingproxy of Objects/descrobject.c.
#include "objects/mappingproxy.h"

#include "objects/dict.h"
#include "objects/function.h"
#include "objects/generic_alias.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <string>

namespace uopy {

Type MappingProxyType;

namespace {

struct ProxyObject : Object {
    Value mapping;
};

Value M(Value v) {
    return static_cast<ProxyObject*>(v.as_ptr())->mapping;
}

void proxy_trace(Object* o, Tracer& t) {
    t.visit(static_cast<ProxyObject*>(o)->mapping);
}

Value proxy_new(Type*, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("mappingproxy", "mapping");
    Value a[1];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    Value m = a[0];
    if (!m.is_ptr() || !type_of(m)->getitem || is_list(m) || is_tuple(m))
        return raise(exc::TypeError, "mappingproxy() argument must be a mapping, not %s",
                     type_name(m));
    return make_mappingproxy(m);
}

Value proxy_getitem(Value self, Value key) {
    return get_item(M(self), key);
}
int64_t proxy_len(Value self) {
    return length(M(self));
}
Value proxy_iter(Value self) {
    return get_iter(M(self));
}
int proxy_contains(Value self, Value key) {
    return contains(M(self), key);
}
Value proxy_repr(Value self) {
    Value r = repr(M(self));
    if (!r) return r;
    return make_str("mappingproxy(" + std::string(str_view(r)) + ")");
}
Value proxy_str(Value self) {
    return str_of(M(self));
}
Value proxy_richcompare(Value a, Value b, CompareOp op) {
    return rich_compare(M(a), b, op);
}

Value forward(Value self, const char* name, const Value* args, size_t nargs) {
    Value f = get_attr(M(self), intern(name));
    return f ? call(f, args, nargs) : f;
}
Value p_keys(Value s, const Value* a, size_t n, Value) {
    return forward(s, "keys", a, n);
}
Value p_values(Value s, const Value* a, size_t n, Value) {
    return forward(s, "values", a, n);
}
Value p_items(Value s, const Value* a, size_t n, Value) {
    return forward(s, "items", a, n);
}
Value p_get(Value s, const Value* a, size_t n, Value) {
    return forward(s, "get", a, n);
}
Value p_copy(Value s, const Value* a, size_t n, Value) {
    return forward(s, "copy", a, n);
}
Value p_or(Value a, Value b) {
    Value l = type_of(a) == &MappingProxyType ? M(a) : a;
    Value r = type_of(b) == &MappingProxyType ? M(b) : b;
    return binary_op(l, r, NB_OR);
}

const NativeMethodDef proxy_methods[] = {
    {"keys", p_keys, 0, nullptr}, {"values", p_values, 0, nullptr}, {"items", p_items, 0, nullptr},
    {"get", p_get, 0, nullptr},   {"copy", p_copy, 0, nullptr},     {nullptr, nullptr, 0, nullptr},
};

} // namespace

Value make_mappingproxy(Value mapping) {
    auto* p = gc_new<ProxyObject>(&MappingProxyType);
    if (!p) return Value();
    p->mapping = mapping;
    return Value(p);
}

void init_mappingproxy_type() {
    MappingProxyType.trace = proxy_trace;
    MappingProxyType.tp_new = proxy_new;
    MappingProxyType.getitem = proxy_getitem;
    MappingProxyType.len = proxy_len;
    MappingProxyType.iter = proxy_iter;
    MappingProxyType.contains = proxy_contains;
    MappingProxyType.repr = proxy_repr;
    MappingProxyType.str = proxy_str;
    MappingProxyType.richcompare = proxy_richcompare;
    MappingProxyType.nb[NB_OR] = p_or;
    init_static_type(&MappingProxyType, "mappingproxy", &ObjectType, sizeof(ProxyObject), 0);
    add_methods(&MappingProxyType, proxy_methods);
    add_class_getitem(&MappingProxyType);
}

} // namespace uopy
