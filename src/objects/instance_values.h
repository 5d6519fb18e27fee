// Inline attribute values: how instances of ordinary classes store their
// attributes without a dict of their own. CPython counterpart: the shared
// keys and inline values of Objects/dictobject.c (PEP 412, and 3.13's
// values stored inside the object).
//
// A class whose instances carry a __dict__ and whose layout is plain object's
// (flag TYPE_INLINE_VALUES) owns a SharedKeys: an append-only list of at most
// kSharedKeysMax attribute names, in the order the first instances add
// them. Each instance holds one Value per name right after its fixed fields
// (at Type::basic_size), sized when it is allocated for the names known
// then, or expected from __init__ if more. The instance's dict slot says
// which storage is live:
//
//  - null: the attributes are the inline values. The object's `aux` word
//    holds the values' capacity (bits 8..15) and count (bits 0..7): 1 + the
//    highest index holding a value; every index past it is null.
//  - a Dict: the attributes are in that dict (after `__dict__` was asked for,
//    or when the inline values could not describe the instance any more).
//    The inline values are then all null and never used again.
//
// The names' order is the shared keys' order, so an instance's attributes
// are in insertion order exactly when each one it adds has a higher index
// than those it has: adding one with a lower index (a delete and re-add, an
// unusual order) turns the instance's storage into a dict. So do a name
// that does not fit (the keys are full, or the instance's capacity is too
// small), a name that is not an exact str, and `__class__` assignment.
//
// Tier-1 specialization relies on this: a name's index in a class's keys
// never changes, so LOAD_ATTR_INSTANCE_VALUE checks the type version and the
// dict slot, then reads the value at the cached index.
#pragma once

#include "objects/object.h"

namespace uopy {

constexpr uint32_t kSharedKeysMax = 30;
constexpr uint32_t kSharedKeysIndexSize = 64; // a power of two, over twice kSharedKeysMax

struct SharedKeys : Object {
    uint32_t size;    // names[0..size) are in use
    uint32_t version; // unique, nonzero; changes whenever a name is added
    // How many names instances are expected to have (from the class's and
    // its bases' __init__): what the first instances are allocated for.
    uint32_t expected;
    Value names[kSharedKeysMax]; // interned str
    // A hash index over names, by address (they are interned): slot h holds
    // 1 + the index of a name hashing to h, or 0 for empty; collisions probe
    // forward. A lookup is then a probe or two, found or not: a method
    // lookup on an instance (LOAD_ATTR when its specialization misses)
    // looks for the method name among the instance's names first.
    uint8_t index[kSharedKeysIndexSize];
};

extern Type SharedKeysType;

// Bits of an inline-values instance's Object::aux.
inline uint32_t inline_values_count(const Object* o) {
    return o->aux & 0xffu;
}
inline uint32_t inline_values_capacity(const Object* o) {
    return (o->aux >> 8) & 0xffu;
}
inline void set_inline_values_count(Object* o, uint32_t n) {
    o->aux = (o->aux & ~0xffu) | n;
}
inline Value* inline_values(Object* o) {
    return reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + o->type->basic_size);
}
// The dict slot of an instance of a TYPE_INLINE_VALUES type.
inline Object** inline_values_dict_slot(Object* o) {
    return reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + o->type->dict_offset);
}

// The class's keys, created empty when the class is made, with room
// expected for the names its __init__ (and its bases') assign on self.
SharedKeys* make_shared_keys(Type* t);
// The index of [name] (any str), or -1.
int shared_keys_index(SharedKeys* k, Value name);
// The index of [name], adding it if there is room; -1 if there is none.
int shared_keys_insert(SharedKeys* k, Value name);

// Allocates an instance of a TYPE_INLINE_VALUES type with room for the
// names its class has now. Null with MemoryError set.
Object* alloc_inline_values_instance(Type* t);

// The value of [name] in the inline values of [o] (values live), or null.
Value inline_values_get(Object* o, Value name);

enum class InlineStore {
    DONE,
    MISSING,    // deleting a name the instance does not have
    NEEDS_DICT, // the values cannot describe the result: use a dict
};
// Sets ([value] non-null) or deletes [name] in the inline values of [o].
InlineStore inline_values_store(Object* o, Value name, Value value);

// Drops [o]'s inline values (its dict slot is about to hold a dict).
void clear_inline_values(Object* o);

// Moves [o]'s inline values into a new dict, installed in its dict slot.
// Null with MemoryError set.
Dict* materialize_inline_values(Object* o);

void init_instance_values_types();

} // namespace uopy
