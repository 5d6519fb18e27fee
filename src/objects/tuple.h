// tuple: an immutable array of Values stored inline. CPython counterpart:
// Objects/tupleobject.c.
#pragma once

#include "objects/object.h"

#include <initializer_list>

namespace uopy {

struct TupleObject : Object {
    size_t size;
    int64_t hash; // -1 until computed (tuples of immutables hash stably)
    Value items[];
};

inline bool is_tuple(Value v) {
    return v.is_ptr() && (v.as_ptr()->type->flags & TYPE_TUPLE_SUBCLASS);
}
inline bool is_exact_tuple(Value v) {
    return v.is_ptr() && v.as_ptr()->type == &TupleType;
}
inline TupleObject* as_tuple(Value v) {
    return static_cast<TupleObject*>(v.as_ptr());
}
inline size_t tuple_size(Value v) {
    return as_tuple(v)->size;
}
inline Value tuple_get(Value v, size_t i) {
    return as_tuple(v)->items[i];
}
inline Value* tuple_items(Value v) {
    return as_tuple(v)->items;
}

// A tuple of [n] nulls to fill in (before it is shared). Null on MemoryError.
Value make_tuple(size_t n);
Value make_tuple_from(const Value* items, size_t n);
Value make_tuple_subclass(Type* type, const Value* items, size_t n);
Value empty_tuple();
Value tuple_pack(std::initializer_list<Value> items);

void init_tuple_type();

} // namespace uopy
