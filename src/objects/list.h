// list: a growable array of Values in a separate heap buffer. CPython
// counterpart: Objects/listobject.c.
#pragma once

#include "objects/object.h"

namespace uopy {

struct ListObject : Object {
    size_t size;
    size_t capacity;
    Value* items; // gc_alloc_values buffer, or null when capacity is 0
};

inline bool is_list(Value v) {
    return v.is_ptr() && (v.as_ptr()->type->flags & TYPE_LIST_SUBCLASS);
}
inline bool is_exact_list(Value v) {
    return v.is_ptr() && v.as_ptr()->type == &ListType;
}
inline ListObject* as_list(Value v) {
    return static_cast<ListObject*>(v.as_ptr());
}
inline size_t list_size(Value v) {
    return as_list(v)->size;
}
inline Value list_get(Value v, size_t i) {
    return as_list(v)->items[i];
}

// A list with [n] null items to fill in, or empty with room for [n].
Value make_list(size_t n);
Value make_list_from(const Value* items, size_t n);
Value make_list_with_capacity(size_t cap);
// Appends; false (MemoryError set) on failure.
bool list_append(Value list, Value item);
bool list_extend(Value list, Value iterable);
// Sorts in place as list.sort(key=key, reverse=reverse); key may be null.
bool list_sort(Value list, Value key, bool reverse);
Value list_as_tuple(Value list);

void init_list_type();

} // namespace uopy
