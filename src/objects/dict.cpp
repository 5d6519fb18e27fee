// dict: CPython's compact, insertion-ordered layout (an index table over a
// dense entry array), keys versions for specialization, the methods, and
// the keys/values/items views. CPython counterpart: Objects/dictobject.c.
#include "objects/dict.h"
#include "optimizer/executor.h"

#include "objects/set.h"

#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/mappingproxy.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

namespace uopy {

Type DictType, DictKeysType, DictValuesType, DictItemsType;
// dict_keyiterator, dict_valueiterator, dict_itemiterator (by DictIterObject::kind).
static Type DictIterTypes[3];

static constexpr int32_t kEmpty = -1;
static constexpr int32_t kDummy = -2;
static uint32_t g_next_keys_version = 1;

// The set of keys changed: a version handed out is void, and so are the
// tier-2 executors that assumed it (LOAD_GLOBAL and module attribute
// guards).
[[gnu::noinline]] static void keys_version_dropped(Dict* d) {
    uint32_t old = d->keys_version;
    d->keys_version = 0;
    invalidate_dependency(dependency_key(DependencyKind::DictKeysVersion, old));
}

static inline void keys_changed(Dict* d) {
    if (__builtin_expect(d->keys_version != 0, 0)) keys_version_dropped(d);
}

static void dict_trace(Object* o, Tracer& t) {
    Dict* d = static_cast<Dict*>(o);
    t.visit_buffer(d->entries); // the index table lives in the same buffer
    for (size_t i = 0; i < d->nentries; i++) {
        t.visit(d->entries[i].key);
        t.visit(d->entries[i].value);
    }
}

static bool dict_resize(Dict* d, size_t min_used) {
    size_t size = 8;
    while (size * 2 < min_used * 3)
        size <<= 1;
    // One allocation for both tables: the entries, then the index table
    // (a raw buffer: dict_trace visits the entries' values itself). Every
    // dict that holds anything used to cost two buffers.
    size_t cap = size * 2 / 3;
    size_t entry_bytes = cap * sizeof(DictEntry);
    char* mem = gc_alloc_bytes(entry_bytes + size * sizeof(int32_t));
    if (!mem) return false;
    auto* entries = reinterpret_cast<DictEntry*>(mem);
    auto* indices = reinterpret_cast<int32_t*>(mem + entry_bytes);
    static_assert(sizeof(DictEntry) % alignof(int32_t) == 0);
    // gc_alloc_bytes clears the buffer: the entries start null as they are.
    static_assert(kEmpty == -1, "an all-ones word is an empty slot");
    // The smallest table (every new dict's first) with a constant size: a
    // couple of stores instead of a call to memset.
    if (size == 8)
        std::memset(indices, 0xFF, 8 * sizeof(int32_t));
    else
        std::memset(indices, 0xFF, size * sizeof(int32_t));
    size_t n = 0;
    for (size_t i = 0; i < d->nentries; i++) {
        DictEntry& e = d->entries[i];
        if (!e.key) continue;
        entries[n] = e;
        uint64_t h = static_cast<uint64_t>(e.hash);
        size_t mask = size - 1, j = h & mask;
        uint64_t perturb = h;
        while (indices[j] != kEmpty) {
            perturb >>= 5;
            j = (j * 5 + perturb + 1) & mask;
        }
        indices[j] = static_cast<int32_t>(n);
        n++;
    }
    d->indices = indices;
    d->entries = entries;
    d->index_size = size;
    d->capacity = cap;
    d->nentries = n;
    keys_changed(d);
    return true;
}

Dict* make_dict_subclass(Type* type) {
    Dict* d = gc_new<Dict>(type, type->basic_size ? type->basic_size : sizeof(Dict));
    return d;
}

Dict* make_dict() {
    return gc_new<Dict>(&DictType);
}

// lookup's results besides an entry index (>= 0).
static constexpr int64_t kMissing = -1;
static constexpr int64_t kFailed = -2;  // __eq__ raised
static constexpr int64_t kCompare = -3; // probe_identity: needs a comparison

// The first index slot in [hash]'s probe sequence that holds no entry
// (empty or dummy): where CPython's insertdict puts a new key once it knows
// the key is missing, without comparing anything again.
static inline size_t find_empty_slot(const Dict* d, int64_t hash) {
    size_t mask = d->index_size - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t j = perturb & mask;
    while (d->indices[j] >= 0) {
        perturb >>= 5;
        j = (j * 5 + perturb + 1) & mask;
    }
    return j;
}

// The lookups' fast probe (CPython's sequence): it settles what needs no
// comparison -- the key itself, the empty slot that ends the sequence, the
// dummies passed -- with no call and no stack frame, and returns kCompare
// when an entry of the same hash holds another object (lookup_slow decides
// that with __eq__). Found: the entry index, *slot = its index slot.
// Missing: kMissing, *slot = where an insertion goes (ForInsert: the first
// dummy passed, as CPython's find_empty_slot; else the empty slot).
// The table must have an index (index_size > 0).
template <bool ForInsert>
static inline int64_t probe_identity(const Dict* d, Value key, int64_t hash, size_t* slot) {
    const int32_t* indices = d->indices;
    const DictEntry* entries = d->entries;
    size_t mask = d->index_size - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t j = perturb & mask;
    size_t free_slot = SIZE_MAX;
    for (;;) {
        int32_t ix = indices[j];
        if (ix >= 0) {
            const DictEntry& e = entries[ix];
            if (e.key == key) {
                *slot = j;
                return ix;
            }
            if (e.hash == hash && !both_small_ints(e.key, key)) return kCompare;
        } else if (ix == kEmpty) {
            *slot = (ForInsert && free_slot != SIZE_MAX) ? free_slot : j;
            return kMissing;
        } else if (ForInsert && free_slot == SIZE_MAX) {
            free_slot = j;
        }
        perturb >>= 5;
        j = (j * 5 + perturb + 1) & mask;
    }
}

// The whole lookup, with comparisons: __eq__ may run any code, even code
// that mutates or empties this dict, after which the probe starts over.
// Results as probe_identity<true>, or kFailed.
[[gnu::noinline]] static int64_t lookup_slow(Dict* d, Value key, int64_t hash, size_t* slot) {
restart:
    if (!d->index_size) {
        *slot = 0;
        return kMissing;
    }
    size_t mask = d->index_size - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t j = perturb & mask;
    size_t free_slot = SIZE_MAX;
    for (;;) {
        int32_t ix = d->indices[j];
        if (ix == kEmpty) {
            *slot = free_slot != SIZE_MAX ? free_slot : j;
            return kMissing;
        }
        if (ix == kDummy) {
            if (free_slot == SIZE_MAX) free_slot = j;
        } else {
            Value ek = d->entries[ix].key;
            if (ek == key) {
                *slot = j;
                return ix;
            }
            if (d->entries[ix].hash == hash) {
                DictEntry* entries = d->entries;
                int eq = hashed_keys_equal(ek, key);
                if (eq < 0) return kFailed;
                // The comparison may have changed the table: start over.
                if (entries != d->entries || d->entries[ix].key != ek) goto restart;
                if (eq) {
                    *slot = j;
                    return ix;
                }
            }
        }
        perturb >>= 5;
        j = (j * 5 + perturb + 1) & mask;
    }
}

// Finds [key]: the entry index and *slot = its index slot; or kMissing and
// *slot = where to insert it (ForInsert; else unspecified); or kFailed.
template <bool ForInsert>
static inline int64_t lookup(Dict* d, Value key, int64_t hash, size_t* slot) {
    if (!d->index_size) [[unlikely]] {
        *slot = 0;
        return kMissing;
    }
    int64_t ix = probe_identity<ForInsert>(d, key, hash, slot);
    if (ix == kCompare) [[unlikely]]
        return lookup_slow(d, key, hash, slot);
    return ix;
}

// [key]'s hash: inline for small ints and strs with a cached hash.
static inline bool hash_key(Value key, int64_t* hash) {
    if (hash_inline(key, hash)) [[likely]]
        return true;
    *hash = hash_of_slow(key);
    return *hash != -1;
}

// 1 with *value = d[key], 0 missing, -1 error.
static inline int find_value(Dict* d, Value key, Value* value) {
    int64_t h;
    if (!hash_key(key, &h)) return -1;
    size_t slot;
    int64_t ix = lookup<false>(d, key, h, &slot);
    if (ix < 0) return ix == kMissing ? 0 : -1;
    *value = d->entries[ix].value;
    return 1;
}

int64_t dict_lookup_index(Dict* d, Value key, int64_t hash) {
    size_t slot;
    return lookup<false>(d, key, hash, &slot);
}

Value dict_get_hashed(Dict* d, Value key, int64_t hash) {
    size_t slot;
    int64_t ix = lookup<false>(d, key, hash, &slot);
    return ix >= 0 ? d->entries[ix].value : Value();
}

Value dict_get(Dict* d, Value key) {
    Value v;
    return find_value(d, key, &v) > 0 ? v : Value();
}

Value dict_get_str(Dict* d, Value key) {
    return dict_get_hashed(d, key, str_hash(key));
}
Value dict_get_cstr(Dict* d, const char* key) {
    return dict_get_str(d, intern(key));
}

// Appends a new entry for [key] (known to be missing) at index slot [slot]
// from a lookup<true>, growing the table first when the entries are full.
static bool insert_new(Dict* d, Value key, int64_t hash, Value value, size_t slot) {
    if (d->nentries >= d->capacity) {
        if (!dict_resize(d, d->used + 1)) return false;
        slot = find_empty_slot(d, hash);
    }
    size_t n = d->nentries++;
    d->entries[n].hash = hash;
    d->entries[n].key = key;
    d->entries[n].value = value;
    d->indices[slot] = static_cast<int32_t>(n);
    d->used++;
    keys_changed(d);
    return true;
}

bool dict_set_hashed(Dict* d, Value key, int64_t hash, Value value) {
    if (__builtin_expect(d->watched != 0, 0)) dict_watch_notify(d);
    size_t slot;
    int64_t ix = lookup<true>(d, key, hash, &slot);
    if (ix >= 0) {
        d->entries[ix].value = value;
        return true;
    }
    if (ix == kFailed) return false;
    return insert_new(d, key, hash, value, slot);
}

bool dict_set(Dict* d, Value key, Value value) {
    int64_t h;
    if (!hash_key(key, &h)) return false;
    return dict_set_hashed(d, key, h, value);
}

bool dict_set_cstr(Dict* d, const char* key, Value value) {
    return dict_set(d, intern(key), value);
}

int dict_del(Dict* d, Value key) {
    int64_t h;
    if (!hash_key(key, &h)) return -1;
    return dict_del_hashed(d, key, h);
}

// Deletes entry [ix], found at index slot [slot].
static void delete_at(Dict* d, int64_t ix, size_t slot) {
    d->indices[slot] = kDummy;
    d->entries[ix] = DictEntry{};
    d->used--;
    keys_changed(d);
}

int dict_del_hashed(Dict* d, Value key, int64_t h) {
    if (__builtin_expect(d->watched != 0, 0)) dict_watch_notify(d);
    size_t slot;
    int64_t ix = lookup<false>(d, key, h, &slot);
    if (ix < 0) return ix == kMissing ? 0 : -1;
    delete_at(d, ix, slot);
    return 1;
}

void dict_clear(Dict* d) {
    if (__builtin_expect(d->watched != 0, 0)) dict_watch_notify(d);
    d->indices = nullptr;
    d->entries = nullptr;
    d->index_size = d->capacity = d->nentries = d->used = 0;
    keys_changed(d);
}

bool dict_next(Dict* d, size_t* pos, Value* key, Value* value) {
    while (*pos < d->nentries) {
        DictEntry& e = d->entries[(*pos)++];
        if (e.key) {
            if (key) *key = e.key;
            if (value) *value = e.value;
            return true;
        }
    }
    return false;
}

bool dict_merge_from_dict(Dict* d, Dict* other, bool override_existing) {
    // The items are taken first (a key's __eq__ may change [other]), with
    // their stored hashes: as in CPython's dict_merge, the keys are not
    // hashed again (no __hash__ calls).
    ValueVec items;
    std::vector<int64_t> hashes;
    for (size_t i = 0; i < other->nentries; i++) {
        const DictEntry& e = other->entries[i];
        if (!e.key) continue;
        items.push_back(e.key);
        items.push_back(e.value);
        hashes.push_back(e.hash);
    }
    for (size_t i = 0; i < hashes.size(); i++) {
        Value k = items[2 * i], v = items[2 * i + 1];
        if (override_existing) {
            if (!dict_set_hashed(d, k, hashes[i], v)) return false;
            continue;
        }
        size_t slot;
        int64_t ix = lookup<true>(d, k, hashes[i], &slot);
        if (ix >= 0) continue;
        if (ix == kFailed) return false;
        if (__builtin_expect(d->watched != 0, 0)) dict_watch_notify(d);
        if (!insert_new(d, k, hashes[i], v, slot)) return false;
    }
    return true;
}

Dict* dict_copy(Dict* d) {
    Dict* c = make_dict();
    if (!c || !dict_merge_from_dict(c, d, true)) return nullptr;
    return c;
}

bool dict_update(Dict* d, Value other) {
    if (dict_iterates_natively(other)) return dict_merge_from_dict(d, as_dict(other), true);
    Value keys = get_attr_optional(other, intern("keys"));
    if (keys) {
        Value ks = call0(keys);
        if (!ks) return false;
        Value it = get_iter(ks);
        if (!it) return false;
        for (;;) {
            Value k = iter_next(it);
            if (!k) return !err_occurred();
            Value v = get_item(other, k);
            if (!v || !dict_set(d, k, v)) return false;
        }
    }
    if (err_occurred()) return false;
    Value it = get_iter(other);
    if (!it) return false;
    for (size_t n = 0;; n++) {
        Value item = iter_next(it);
        if (!item) return !err_occurred();
        Value pair = sequence_to_tuple(item);
        if (!pair) {
            if (err_matches(exc::TypeError)) {
                err_clear();
                raise(exc::TypeError,
                      "cannot convert dictionary update sequence element #%zu to a sequence", n);
            }
            return false;
        }
        if (tuple_size(pair) != 2) {
            raise(exc::ValueError,
                  "dictionary update sequence element #%zu has length %zu; 2 is required", n,
                  tuple_size(pair));
            return false;
        }
        if (!dict_set(d, tuple_get(pair, 0), tuple_get(pair, 1))) return false;
    }
}

uint32_t dict_keys_version(Dict* d) {
    if (d->keys_version == 0) d->keys_version = g_next_keys_version++;
    return d->keys_version;
}

// -- Slots ----------------------------------------------------------------------------------

static Value dict_repr(Value self) {
    Dict* d = as_dict(self);
    if (d->used == 0) return intern("{}");
    if (repr_enter(self)) return intern("{...}");
    std::string out = "{";
    size_t pos = 0;
    Value k, v;
    bool first = true;
    while (dict_next(d, &pos, &k, &v)) {
        if (!first) out += ", ";
        first = false;
        Value kr = repr(k);
        Value vr = kr ? repr(v) : Value();
        if (!vr) {
            repr_leave(self);
            return Value();
        }
        out += str_view(kr);
        out += ": ";
        out += str_view(vr);
    }
    repr_leave(self);
    return make_str(out + "}");
}

static Value dict_richcompare(Value a, Value b, CompareOp op) {
    if (!is_dict(a) || !is_dict(b) || (op != CMP_EQ && op != CMP_NE)) return NotImplemented();
    Dict *x = as_dict(a), *y = as_dict(b);
    bool eq = x->used == y->used;
    size_t pos = 0;
    Value k, v;
    while (eq && dict_next(x, &pos, &k, &v)) {
        Value w = dict_get(y, k);
        if (!w) {
            if (err_occurred()) return Value();
            eq = false;
            break;
        }
        int r = rich_compare_bool(v, w, CMP_EQ);
        if (r < 0) return Value();
        eq = r;
    }
    return Bool(op == CMP_EQ ? eq : !eq);
}

static int64_t dict_len(Value self) {
    return static_cast<int64_t>(as_dict(self)->used);
}

static Value dict_subscript(Value self, Value key) {
    Value v = dict_get(as_dict(self), key);
    if (v || err_occurred()) return v;
    if (!is_exact_dict(self)) {
        Value missing = lookup_special(self, names::__missing__);
        if (missing) return call_special(self, names::__missing__, {key});
    }
    return raise_with_arg(exc::KeyError, key);
}

static int dict_ass_subscript(Value self, Value key, Value value) {
    if (value) return dict_set(as_dict(self), key, value) ? 0 : -1;
    int r = dict_del(as_dict(self), key);
    if (r == 0) {
        raise_with_arg(exc::KeyError, key);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

int dict_contains(Value self, Value key) {
    Value v;
    return find_value(as_dict(self), key, &v);
}

// -- Iterators and views -----------------------------------------------------------------------

struct DictIterObject : Object {
    Value dict;
    size_t pos;
    size_t used_at_start;
    size_t remaining; // items still expected: finding more means keys changed
    int kind;         // 0 keys, 1 values, 2 items
};

static void dict_iter_trace(Object* o, Tracer& t) {
    t.visit(static_cast<DictIterObject*>(o)->dict);
}
static void dict_view_trace(Object* o, Tracer& t) {
    t.visit(static_cast<DictViewObject*>(o)->dict);
}

static Value make_dict_iter(Value dict, int kind) {
    auto* it = gc_new<DictIterObject>(&DictIterTypes[kind]);
    if (!it) return Value();
    it->dict = dict;
    it->kind = kind;
    it->used_at_start = as_dict(dict)->used;
    it->remaining = it->used_at_start;
    return Value(it);
}

static Value dict_iter_next(Value self) {
    auto* it = static_cast<DictIterObject*>(self.as_ptr());
    if (!it->dict) return Value();
    Dict* d = as_dict(it->dict);
    if (d->used != it->used_at_start) {
        it->used_at_start = static_cast<size_t>(-1);
        return raise(exc::RuntimeError, "dictionary changed size during iteration");
    }
    // dict_next, with the entry read in place.
    size_t pos = it->pos, n = d->nentries;
    const DictEntry* entries = d->entries;
    while (pos < n && !entries[pos].key)
        pos++;
    if (pos >= n) {
        it->pos = pos;
        it->dict = Value();
        return Value();
    }
    it->pos = pos + 1;
    if (it->remaining == 0) [[unlikely]] {
        // Same size, but an item we did not expect: one key was deleted and
        // another added behind our back.
        it->dict = Value();
        return raise(exc::RuntimeError, "dictionary keys changed during iteration");
    }
    it->remaining--;
    const DictEntry& e = entries[pos];
    if (it->kind == 0) return e.key;
    if (it->kind == 1) return e.value;
    // Key and value are both set: no need for tuple_pack's null checks.
    Value kv[2] = {e.key, e.value};
    return make_tuple_from(kv, 2);
}

static Value dict_iter_length_hint(Value self, const Value*, size_t, Value) {
    auto* it = static_cast<DictIterObject*>(self.as_ptr());
    if (!it->dict || as_dict(it->dict)->used != it->used_at_start) return Value::small_int(0);
    return make_int(static_cast<int64_t>(it->remaining));
}
static const NativeMethodDef dict_iter_methods[] = {
    {"__length_hint__", dict_iter_length_hint, NATIVE_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

static Value self_iter(Value self) {
    return self;
}
static Value dict_iter(Value self) {
    return make_dict_iter(self, 0);
}

Value make_dict_view(Type* t, Value dict) {
    auto* v = gc_new<DictViewObject>(t);
    if (!v) return Value();
    v->dict = dict;
    return Value(v);
}

// 0 keys, 1 values, 2 items; subclasses of the views (OrderedDict's) count
// as their base.
static int view_kind(Value self) {
    Type* t = type_of(self);
    if (t == &DictKeysType) return 0;
    if (t == &DictValuesType) return 1;
    if (t == &DictItemsType) return 2;
    return is_subtype(t, &DictKeysType) ? 0 : is_subtype(t, &DictValuesType) ? 1 : 2;
}

static Value view_iter(Value self) {
    auto* v = static_cast<DictViewObject*>(self.as_ptr());
    return make_dict_iter(v->dict, view_kind(self));
}
static int64_t view_len(Value self) {
    return dict_len(static_cast<DictViewObject*>(self.as_ptr())->dict);
}
static int view_contains(Value self, Value item) {
    Value d = static_cast<DictViewObject*>(self.as_ptr())->dict;
    int kind = view_kind(self);
    if (kind == 0) return dict_contains(d, item);
    if (kind == 2) {
        if (!is_tuple(item) || tuple_size(item) != 2) return 0;
        Value v = dict_get(as_dict(d), tuple_get(item, 0));
        if (!v) return err_occurred() ? -1 : 0;
        return rich_compare_bool(v, tuple_get(item, 1), CMP_EQ);
    }
    Value it = get_iter(self);
    if (!it) return -1;
    for (;;) {
        Value x = iter_next(it);
        if (!x) return err_occurred() ? -1 : 0;
        int r = rich_compare_bool(x, item, CMP_EQ);
        if (r) return r;
    }
}
static Value view_repr(Value self) {
    Value list = sequence_to_list(self);
    if (!list) return list;
    Value r = repr(list);
    if (!r) return r;
    return make_str(std::string(type_of(self)->name) + "(" + std::string(str_view(r)) + ")");
}

// keys() and items() views are set-like: the set operators give sets, and
// comparisons compare as sets. Either operand may be the view, as in
// CPython (dictviews_to_set then the in-place set method).
static bool is_set_like_view(Value v) {
    return isinstance_of(v, &DictKeysType) || isinstance_of(v, &DictItemsType);
}

template <int OP> static Value view_setop(Value a, Value b) {
    static const char* const methods[] = {"intersection_update", "update", "difference_update",
                                          "symmetric_difference_update"};
    Value result = make_set();
    if (!result || !set_update(result, a)) return Value();
    Value m = get_attr(result, intern(methods[OP]));
    if (!m || !call1(m, b)) return Value();
    return result;
}

static Value view_richcompare(Value a, Value b, CompareOp op) {
    if (!is_set_like_view(a) || !(is_set_like_view(b) || is_anyset(b))) return NotImplemented();
    int64_t la = length(a), lb = length(b);
    if (la < 0 || lb < 0) return Value();
    // a <= b: every item of a is in b.
    auto contained = [](Value x, Value y) -> int {
        Value it = get_iter(x);
        if (!it) return -1;
        for (;;) {
            Value item = iter_next(it);
            if (!item) return err_occurred() ? -1 : 1;
            int r = contains(y, item);
            if (r <= 0) return r;
        }
    };
    int r = 0;
    switch (op) {
    case CMP_EQ:
    case CMP_NE: r = la == lb ? contained(a, b) : 0; break;
    case CMP_LT: r = la < lb ? contained(a, b) : 0; break;
    case CMP_LE: r = la <= lb ? contained(a, b) : 0; break;
    case CMP_GT: r = la > lb ? contained(b, a) : 0; break;
    case CMP_GE: r = la >= lb ? contained(b, a) : 0; break;
    }
    if (r < 0) return Value();
    return Bool(op == CMP_NE ? !r : r);
}

static Value view_isdisjoint(Value self, const Value* args, size_t, Value) {
    Value it = get_iter(args[0]);
    if (!it) return it;
    for (;;) {
        Value item = iter_next(it);
        if (!item) return err_occurred() ? Value() : True();
        int r = contains(self, item);
        if (r < 0) return Value();
        if (r) return False();
    }
}

static Value view_reversed(Value self, const Value*, size_t, Value) {
    Value items = sequence_to_list(self);
    if (!items) return items;
    ListObject* l = as_list(items);
    std::reverse(l->items, l->items + l->size);
    return get_iter(items);
}

static const NativeMethodDef set_like_view_methods[] = {
    {"isdisjoint", view_isdisjoint, NATIVE_O, nullptr},
    {"__reversed__", view_reversed, NATIVE_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static const NativeMethodDef values_view_methods[] = {
    {"__reversed__", view_reversed, NATIVE_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// -- Methods ------------------------------------------------------------------------------------

static Value d_keys(Value self, const Value*, size_t, Value) {
    return make_dict_view(&DictKeysType, self);
}
static Value d_values(Value self, const Value*, size_t, Value) {
    return make_dict_view(&DictValuesType, self);
}
static Value d_items(Value self, const Value*, size_t, Value) {
    return make_dict_view(&DictItemsType, self);
}

static Value d_get(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("get", nargs, 1, 2)) return Value();
    Value v;
    int r = find_value(as_dict(self), args[0], &v);
    if (r) return r > 0 ? v : Value();
    return nargs > 1 ? args[1] : None();
}
static Value d_setdefault(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("setdefault", nargs, 1, 2)) return Value();
    // One hash and one probe, as CPython's setdefault: a missing key goes
    // where the probe ended.
    Dict* d = as_dict(self);
    Value key = args[0];
    int64_t h;
    if (!hash_key(key, &h)) return Value();
    if (__builtin_expect(d->watched != 0, 0)) dict_watch_notify(d);
    size_t slot;
    int64_t ix = lookup<true>(d, key, h, &slot);
    if (ix >= 0) return d->entries[ix].value;
    if (ix == kFailed) return Value();
    Value dflt = nargs > 1 ? args[1] : None();
    return insert_new(d, key, h, dflt, slot) ? dflt : Value();
}
static Value d_pop(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("pop", nargs, 1, 2)) return Value();
    // One hash and one probe, as CPython's pop: the entry found is the one
    // deleted.
    Dict* d = as_dict(self);
    Value key = args[0];
    int64_t h;
    if (!hash_key(key, &h)) return Value();
    size_t slot;
    int64_t ix = lookup<false>(d, key, h, &slot);
    if (ix < 0) {
        if (ix == kFailed) return Value();
        if (nargs > 1) return args[1];
        return raise_with_arg(exc::KeyError, key);
    }
    if (__builtin_expect(d->watched != 0, 0)) dict_watch_notify(d);
    Value v = d->entries[ix].value;
    delete_at(d, ix, slot);
    return v;
}
static Value d_popitem(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("popitem", nargs, 0, 0)) return Value();
    Dict* d = as_dict(self);
    for (size_t i = d->nentries; i-- > 0;) {
        DictEntry e = d->entries[i];
        if (!e.key) continue;
        Value r = tuple_pack({e.key, e.value});
        if (!r || dict_del(d, e.key) < 0) return Value();
        d->nentries = i;
        return r;
    }
    return raise(exc::KeyError, "popitem(): dictionary is empty");
}
static Value d_update(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (nargs > 1)
        return raise(exc::TypeError, "update expected at most 1 argument, got %zu", nargs);
    if (nargs == 1 && !dict_update(as_dict(self), args[0])) return Value();
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++)
        if (!dict_set(as_dict(self), tuple_get(kwnames, i), args[nargs + i])) return Value();
    return None();
}
static Value d_clear(Value self, const Value*, size_t, Value) {
    dict_clear(as_dict(self));
    return None();
}
static Value d_copy(Value self, const Value*, size_t, Value) {
    // A subclass with its own iteration (OrderedDict) is copied in its order.
    if (!dict_iterates_natively(self)) {
        Dict* c = make_dict();
        return c && dict_update(c, self) ? Value(c) : Value();
    }
    Dict* c = dict_copy(as_dict(self));
    return c ? Value(c) : Value();
}
static Value d_fromkeys(Value cls, const Value* args, size_t nargs, Value) {
    if (!check_nargs("fromkeys", nargs, 1, 2)) return Value();
    Value d = call0(cls);
    if (!d) return d;
    Value it = get_iter(args[0]);
    if (!it) return it;
    Value v = nargs > 1 ? args[1] : None();
    for (;;) {
        Value k = iter_next(it);
        if (!k) return err_occurred() ? Value() : d;
        if (set_item(d, k, v) < 0) return Value();
    }
}
static Value d_reversed(Value self, const Value*, size_t, Value) {
    Value keys = sequence_to_list(self);
    if (!keys) return keys;
    ListObject* l = as_list(keys);
    std::reverse(l->items, l->items + l->size);
    return get_iter(keys);
}

static Value dict_or(Value a, Value b) {
    if (!is_dict(a) || !is_dict(b)) return NotImplemented();
    Dict* c = dict_copy(as_dict(a));
    if (!c || !dict_merge_from_dict(c, as_dict(b), true)) return Value();
    return Value(c);
}
static Value dict_ior(Value a, Value b) {
    if (!dict_update(as_dict(a), b)) return Value();
    return a;
}

static Value dict_new(Type* type, const Value*, size_t, Value) {
    return Value(make_dict_subclass(type));
}

static int dict_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (nargs > 1) {
        raise(exc::TypeError, "dict expected at most 1 argument, got %zu", nargs);
        return -1;
    }
    return d_update(self, args, nargs, kwnames) ? 0 : -1;
}

static const NativeMethodDef dict_methods[] = {
    {"keys", d_keys, NATIVE_NOARGS, nullptr},
    {"values", d_values, NATIVE_NOARGS, nullptr},
    {"items", d_items, NATIVE_NOARGS, nullptr},
    {"get", d_get, 0, "get($self, key, default=None, /)\n--\n\n"},
    {"setdefault", d_setdefault, 0, "setdefault($self, key, default=None, /)\n--\n\n"},
    {"pop", d_pop, 0, "pop($self, key, default=<unrepresentable>, /)\n--\n\n"},
    {"popitem", d_popitem, NATIVE_NOARGS, "popitem($self, /)\n--\n\n"},
    {"update", d_update, NATIVE_KEYWORDS, nullptr},
    {"clear", d_clear, NATIVE_NOARGS, nullptr},
    {"copy", d_copy, NATIVE_NOARGS, nullptr},
    {"fromkeys", d_fromkeys, NATIVE_CLASS, "fromkeys($type, iterable, value=None, /)\n--\n\n"},
    {"__reversed__", d_reversed, NATIVE_NOARGS, "__reversed__($self, /)\n--\n\n"},
    {nullptr, nullptr, 0, nullptr},
};

// view.mapping: a read-only proxy of the dict the view looks at.
static Value view_get_mapping(Value self) {
    return make_mappingproxy(static_cast<DictViewObject*>(self.as_ptr())->dict);
}
static const GetSetDef view_getsets[] = {
    {"mapping", view_get_mapping, nullptr, "dictionary that this view refers to"},
    {nullptr, nullptr, nullptr, nullptr},
};

void init_dict_type() {
    DictType.trace = dict_trace;
    DictType.repr = dict_repr;
    DictType.richcompare = dict_richcompare;
    DictType.len = dict_len;
    DictType.getitem = dict_subscript;
    DictType.setitem = dict_ass_subscript;
    DictType.contains = dict_contains;
    DictType.iter = dict_iter;
    DictType.tp_new = dict_new;
    DictType.init = dict_init;
    DictType.nb[NB_OR] = dict_or;
    DictType.nb_inplace[NB_OR] = dict_ior;
    init_static_type(&DictType, "dict", &ObjectType, sizeof(Dict),
                     TYPE_BASETYPE | TYPE_DICT_SUBCLASS);
    add_methods(&DictType, dict_methods);

    static const char* const iter_names[3] = {"dict_keyiterator", "dict_valueiterator",
                                              "dict_itemiterator"};
    for (int k = 0; k < 3; k++) {
        Type* t = &DictIterTypes[k];
        t->trace = dict_iter_trace;
        t->iter = self_iter;
        t->iternext = dict_iter_next;
        init_static_type(t, iter_names[k], &ObjectType, sizeof(DictIterObject), 0);
        add_methods(t, dict_iter_methods);
    }
    for (Type* t : {&DictKeysType, &DictValuesType, &DictItemsType}) {
        t->trace = dict_view_trace;
        t->iter = view_iter;
        t->len = view_len;
        t->contains = view_contains;
        t->repr = view_repr;
    }
    for (Type* t : {&DictKeysType, &DictItemsType}) {
        t->nb[NB_AND] = view_setop<0>;
        t->nb[NB_OR] = view_setop<1>;
        t->nb[NB_SUBTRACT] = view_setop<2>;
        t->nb[NB_XOR] = view_setop<3>;
        t->richcompare = view_richcompare;
    }
    init_static_type(&DictKeysType, "dict_keys", &ObjectType, sizeof(DictViewObject), 0);
    init_static_type(&DictValuesType, "dict_values", &ObjectType, sizeof(DictViewObject), 0);
    init_static_type(&DictItemsType, "dict_items", &ObjectType, sizeof(DictViewObject), 0);
    add_methods(&DictKeysType, set_like_view_methods);
    add_methods(&DictItemsType, set_like_view_methods);
    add_methods(&DictValuesType, values_view_methods);
    for (Type* t : {&DictKeysType, &DictValuesType, &DictItemsType})
        add_getsets(t, view_getsets);
}

} // namespace uopy
