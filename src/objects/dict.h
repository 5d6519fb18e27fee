// dict: insertion-ordered hash table in CPython's compact layout (an index
// table of small ints pointing into a dense entry array). CPython
// counterpart: Objects/dictobject.c.
//
// keys_version is what tier-1 LOAD_GLOBAL specialization and tier-2 guards
// check: it is 0 ("unassigned") after any change to the set of keys and is
// given a fresh nonzero value on request (dict_keys_version()).
#pragma once

#include "objects/object.h"

namespace uopy {

struct DictEntry {
    int64_t hash; // the key's whole hash: probing starts from it, as CPython's
    Value key;    // null when the entry is deleted
    Value value;
};

struct Dict : Object {
    size_t used;        // live entries
    size_t nentries;    // entries[0..nentries) used, some possibly deleted
    size_t capacity;    // length of entries
    size_t index_size;  // power of two; index table length
    int32_t* indices;   // -1 empty, -2 dummy, else entry index; after the entries
    DictEntry* entries; // capacity entries: one gc_alloc_bytes buffer holds both
    uint32_t keys_version;
    uint32_t watched; // bit mask of DICT_WATCHED_* (see dict_watch_notify)
};

enum : uint32_t {
    DICT_WATCHED_BY_TYPE = 1u << 0, // a versioned type's namespace
};
// Called before any change to a watched dict's keys or values.
void dict_watch_notify(Dict* d);

inline bool is_dict(Value v) {
    return v.is_ptr() && (v.as_ptr()->type->flags & TYPE_DICT_SUBCLASS);
}
inline bool is_exact_dict(Value v) {
    return v.is_ptr() && v.as_ptr()->type == &DictType;
}
inline Dict* as_dict(Value v) {
    return static_cast<Dict*>(v.as_ptr());
}

Dict* make_dict();
Dict* make_dict_subclass(Type* type);
// The value for [key], or null: null with no exception means "missing";
// null with an exception set means the key's __hash__/__eq__ failed.
Value dict_get(Dict* d, Value key);
// Same with a precomputed hash.
Value dict_get_hashed(Dict* d, Value key, int64_t hash);
// For str keys (any str): never fails other than by "missing".
Value dict_get_str(Dict* d, Value key);
Value dict_get_cstr(Dict* d, const char* key);
// `key in d`: 1, 0, or -1 when hashing or comparing failed.
int dict_contains(Value d, Value key);
// Index of [key]'s entry, or -1 (missing) / -2 (error set).
int64_t dict_lookup_index(Dict* d, Value key, int64_t hash);
bool dict_set(Dict* d, Value key, Value value);
bool dict_set_hashed(Dict* d, Value key, int64_t hash, Value value);
bool dict_set_cstr(Dict* d, const char* key, Value value);
// 1: deleted, 0: missing, -1: error.
int dict_del(Dict* d, Value key);
int dict_del_hashed(Dict* d, Value key, int64_t hash);
void dict_clear(Dict* d);
Dict* dict_copy(Dict* d);
// Iteration over live entries: start with pos = 0.
bool dict_next(Dict* d, size_t* pos, Value* key, Value* value);
// update(d, other): from a dict or a mapping with keys(), or pairs.
bool dict_update(Dict* d, Value other);
bool dict_merge_from_dict(Dict* d, Dict* other, bool override_existing);
uint32_t dict_keys_version(Dict* d);
// A dict whose iteration is dict's own: its items may be read off the table
// in table order. A subclass with another __iter__ (OrderedDict, or a class
// overriding it) is merged through keys() instead, as CPython's dict_merge.
inline bool dict_iterates_natively(Value v) {
    return is_dict(v) && v.as_ptr()->type->iter == DictType.iter;
}
inline size_t dict_size(Dict* d) {
    return d->used;
}

// The keys/values/items views: [dict] is the dict (or subclass) viewed.
// OrderedDict's views subclass these types.
struct DictViewObject : Object {
    Value dict;
};
extern Type DictKeysType, DictValuesType, DictItemsType;
Value make_dict_view(Type* t, Value dict);

void init_dict_type();

} // namespace uopy
