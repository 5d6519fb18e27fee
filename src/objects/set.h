// set and frozenset: open-addressing hash tables with CPython's probing
// (linear probes, then perturbation) and growth policy, so that iteration
// order — what `print({3, 1, 2})` shows — matches CPython for ints.
// CPython counterpart: Objects/setobject.c.
#pragma once

#include "objects/object.h"

namespace uopy {

struct SetEntry {
    Value key; // null: empty; the dummy marker: deleted
    int64_t hash;
};

struct SetObject : Object {
    size_t fill;     // active + dummy
    size_t used;     // active
    size_t mask;     // table size - 1
    SetEntry* table; // gc_alloc_values buffer (2 words per entry)
    int64_t hash;    // frozenset hash, -1 until computed
    size_t finger;   // for pop()
};

inline bool is_anyset(Value v) {
    return v.is_ptr() && (isinstance_of(v, &SetType) || isinstance_of(v, &FrozenSetType));
}
inline bool is_exact_set_or_frozenset(Value v) {
    return v.is_ptr() && (v.as_ptr()->type == &SetType || v.as_ptr()->type == &FrozenSetType);
}
inline SetObject* as_set(Value v) {
    return static_cast<SetObject*>(v.as_ptr());
}

Value make_set(Type* type = &SetType);
bool set_add(Value set, Value key);
// 1 present, 0 absent, -1 error.
int set_contains(Value set, Value key);
// 1 removed, 0 absent, -1 error.
int set_discard(Value set, Value key);
bool set_update(Value set, Value iterable);
bool set_next(Value set, size_t* pos, Value* key);
inline size_t set_size(Value v) {
    return as_set(v)->used;
}

void init_set_type();

} // namespace uopy
