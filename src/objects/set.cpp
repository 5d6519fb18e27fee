// set and frozenset with CPython's table algorithm (linear probes, then
// perturbation; growth at 60% fill), so iteration order matches CPython for
// values with the same hashes (ints). CPython counterpart: Objects/setobject.c.
#include "objects/set.h"

#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/object_reduce.h"
#include "runtime/type.h"

#include <string>

namespace uopy {

Type SetType, FrozenSetType, SetIterType;

static constexpr size_t kMinSize = 8;
static constexpr size_t kLinearProbes = 9;
// Marks a deleted entry: a value no object can be.
static const Value kDummy = Value::from_raw(8);

static void set_trace(Object* o, Tracer& t) {
    SetObject* s = static_cast<SetObject*>(o);
    t.visit_buffer(s->table);
    if (!s->table) return;
    for (size_t i = 0; i <= s->mask; i++)
        if (s->table[i].key != kDummy) t.visit(s->table[i].key);
}

static bool set_alloc_table(SetObject* s, size_t size) {
    // Each entry is two words: the table is a Value buffer.
    auto* table = reinterpret_cast<SetEntry*>(gc_alloc_values(size * 2));
    if (!table) return false;
    s->table = table;
    s->mask = size - 1;
    return true;
}

Value make_set(Type* type) {
    SetObject* s = gc_new<SetObject>(type, type->basic_size ? type->basic_size : sizeof(SetObject));
    if (!s) return Value();
    Value v(s);
    s->hash = -1;
    if (!set_alloc_table(s, kMinSize)) return Value();
    return v;
}

static void insert_clean(SetEntry* table, size_t mask, Value key, int64_t hash) {
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    for (;;) {
        SetEntry* e = &table[i];
        if (!e->key) goto found;
        if (i + kLinearProbes <= mask) {
            for (size_t j = 0; j < kLinearProbes; j++) {
                e++;
                if (!e->key) goto found;
            }
        }
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

static bool set_resize(SetObject* s, size_t minused) {
    size_t newsize = kMinSize;
    while (newsize <= minused)
        newsize <<= 1;
    SetEntry* old = s->table;
    size_t oldmask = s->mask;
    if (!set_alloc_table(s, newsize)) return false;
    for (size_t i = 0; i <= oldmask; i++) {
        Value k = old[i].key;
        if (k && k != kDummy) insert_clean(s->table, s->mask, k, old[i].hash);
    }
    s->fill = s->used;
    return true;
}

// The lookups' fast probe: it follows CPython's sequence but decides only what
// needs no comparison. It returns the entry holding [key] itself, or the
// empty entry that ends the sequence; null when an entry of the same hash
// holds another object (find_entry_slow decides that with __eq__). Dummies
// hash to -1, which no key does, so the hash test passes over them.
static inline SetEntry* probe_identity(const SetObject* s, Value key, int64_t hash) {
    SetEntry* table = s->table;
    size_t mask = s->mask;
    size_t i = static_cast<size_t>(hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(hash);
    for (;;) {
        SetEntry* e = &table[i];
        SetEntry* last = (i + kLinearProbes <= mask) ? e + kLinearProbes : e;
        for (;;) {
            Value k = e->key;
            if (k == key || !k) return e;
            if (e->hash == hash && !both_small_ints(k, key)) return nullptr;
            if (e == last) break;
            e++;
        }
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// The whole lookup, with comparisons: __eq__ may run any code, even code that
// mutates this set, after which the probe starts over.
[[gnu::noinline]] static SetEntry* find_entry_slow(SetObject* s, Value key, int64_t hash,
                                                   bool* error) {
    *error = false;
restart:
    size_t mask = s->mask;
    size_t i = static_cast<size_t>(hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(hash);
    for (;;) {
        SetEntry* e = &s->table[i];
        size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
        for (;;) {
            if (!e->key) return nullptr;
            if (e->key == key) return e;
            if (e->hash == hash) {
                SetEntry* table = s->table;
                Value startkey = e->key;
                int cmp = hashed_keys_equal(startkey, key);
                if (cmp < 0) {
                    *error = true;
                    return nullptr;
                }
                if (table != s->table || e->key != startkey) goto restart;
                if (cmp > 0) return e;
                mask = s->mask;
            }
            if (probes-- == 0) break;
            e++;
        }
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// The entry holding a key equal to [key], or null (with [*error] set when a
// comparison raised).
static inline SetEntry* find_entry(SetObject* s, Value key, int64_t hash, bool* error) {
    SetEntry* e = probe_identity(s, key, hash);
    if (!e) [[unlikely]]
        return find_entry_slow(s, key, hash, error);
    *error = false;
    return e->key ? e : nullptr;
}

// Stores [key] at the end of its probe sequence: in the last dummy the
// sequence passed (CPython 3.11's set_add_entry keeps the last one, which
// decides where the key lands and so the iteration order), else in the
// empty entry [e] that ended it, growing the table past 60% fill.
static int store_new_key(SetObject* s, SetEntry* e, SetEntry* freeslot, Value key, int64_t hash) {
    if (freeslot) {
        freeslot->key = key;
        freeslot->hash = hash;
        s->used++;
        return 1;
    }
    e->key = key;
    e->hash = hash;
    s->fill++;
    s->used++;
    if (s->fill * 5 < s->mask * 3) return 1;
    return set_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4) ? 1 : -1;
}

// add_entry with comparisons; __eq__ may mutate the set, which restarts the
// probe.
[[gnu::noinline]] static int add_entry_slow(SetObject* s, Value key, int64_t hash) {
restart:
    size_t mask = s->mask;
    size_t i = static_cast<size_t>(hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(hash);
    SetEntry* freeslot = nullptr;
    for (;;) {
        SetEntry* e = &s->table[i];
        size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
        for (;;) {
            if (!e->key) return store_new_key(s, e, freeslot, key, hash);
            if (e->key == key) return 0;
            if (e->key == kDummy) {
                freeslot = e;
            } else if (e->hash == hash) {
                SetEntry* table = s->table;
                Value startkey = e->key;
                int cmp = hashed_keys_equal(startkey, key);
                if (cmp < 0) return -1;
                if (table != s->table || e->key != startkey) goto restart;
                if (cmp > 0) return 0;
                mask = s->mask;
            }
            if (probes-- == 0) break;
            e++;
        }
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// 1 added, 0 present, -1 error. The loop here decides what needs no
// comparison (see probe_identity) and hands an equal hash on another object
// to add_entry_slow, which probes again from the start.
static int add_entry(SetObject* s, Value key, int64_t hash) {
    SetEntry* table = s->table;
    size_t mask = s->mask;
    size_t i = static_cast<size_t>(hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(hash);
    SetEntry* freeslot = nullptr;
    for (;;) {
        SetEntry* e = &table[i];
        SetEntry* last = (i + kLinearProbes <= mask) ? e + kLinearProbes : e;
        for (;;) {
            Value k = e->key;
            if (k == key) return 0;
            if (!k) return store_new_key(s, e, freeslot, key, hash);
            if (e->hash == hash) {
                if (!both_small_ints(k, key)) return add_entry_slow(s, key, hash);
            } else if (k == kDummy) {
                freeslot = e;
            }
            if (e == last) break;
            e++;
        }
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

bool set_add(Value set, Value key) {
    int64_t h = hash_of(key);
    if (h == -1) return false;
    return add_entry(as_set(set), key, h) >= 0;
}

// set_contains when the hash needs a call or the probe a comparison. Out of
// line so that set_contains needs no stack frame.
[[gnu::noinline]] static int contains_slow(Value set, Value key) {
    int64_t h = hash_of(key);
    if (h == -1) {
        // A set (unhashable) may be looked up as the equal frozenset.
        if (err_matches(exc::TypeError) && isinstance_of(key, &SetType)) {
            err_clear();
            Value fs = make_set(&FrozenSetType);
            if (!fs || !set_update(fs, key)) return -1;
            return set_contains(set, fs);
        }
        return -1;
    }
    bool error;
    SetEntry* e = find_entry(as_set(set), key, h, &error);
    if (error) return -1;
    return e ? 1 : 0;
}

int set_contains(Value set, Value key) {
    int64_t h;
    if (!hash_inline(key, &h)) [[unlikely]]
        return contains_slow(set, key);
    SetEntry* e = probe_identity(as_set(set), key, h);
    if (!e) [[unlikely]]
        return contains_slow(set, key);
    return e->key ? 1 : 0;
}

// Removes [key] as it is: an unhashable key is a TypeError (the update
// methods' rule; set_discard adds discard()'s set-as-frozenset one).
static int discard_key(Value set, Value key) {
    int64_t h = hash_of(key);
    if (h == -1) return -1;
    bool error;
    SetEntry* e = find_entry(as_set(set), key, h, &error);
    if (error) return -1;
    if (!e) return 0;
    e->key = kDummy;
    e->hash = -1;
    as_set(set)->used--;
    return 1;
}

int set_discard(Value set, Value key) {
    int r = discard_key(set, key);
    // A set (unhashable) is removed as the equal frozenset.
    if (r < 0 && err_matches(exc::TypeError) && isinstance_of(key, &SetType)) {
        err_clear();
        Value fs = make_set(&FrozenSetType);
        if (!fs || !set_update(fs, key)) return -1;
        return discard_key(set, fs);
    }
    return r;
}

bool set_update(Value set, Value iterable) {
    // Like CPython, grow once up front when merging a set or an exact dict,
    // which decides the final table size (and so the iteration order). A
    // dict subclass is iterated as any iterable (it may define __iter__).
    if (is_anyset(iterable) || is_exact_dict(iterable)) {
        SetObject* so = as_set(set);
        size_t other = is_anyset(iterable) ? set_size(iterable) : dict_size(as_dict(iterable));
        if ((so->fill + other) * 5 >= so->mask * 3 && !set_resize(so, (so->used + other) * 2))
            return false;
    }
    if (is_anyset(iterable)) {
        size_t pos = 0;
        Value k;
        SetObject* o = as_set(iterable);
        for (size_t i = 0; i <= o->mask; i++) {
            Value key = o->table[i].key;
            if (key && key != kDummy && add_entry(as_set(set), key, o->table[i].hash) < 0)
                return false;
        }
        (void)pos;
        (void)k;
        return true;
    }
    if (is_exact_dict(iterable)) {
        size_t pos = 0;
        Value k;
        while (dict_next(as_dict(iterable), &pos, &k, nullptr))
            if (!set_add(set, k)) return false;
        return true;
    }
    Value it = get_iter(iterable);
    if (!it) return false;
    for (;;) {
        Value x = iter_next(it);
        if (!x) return !err_occurred();
        if (!set_add(set, x)) return false;
    }
}

bool set_next(Value set, size_t* pos, Value* key) {
    SetObject* s = as_set(set);
    while (*pos <= s->mask) {
        Value k = s->table[(*pos)++].key;
        if (k && k != kDummy) {
            *key = k;
            return true;
        }
    }
    return false;
}

// -- Slots ------------------------------------------------------------------------------------

static Value set_repr(Value self) {
    const char* tname = type_of(self)->name;
    bool frozen = isinstance_of(self, &FrozenSetType);
    if (set_size(self) == 0) return make_str(std::string(tname) + "()");
    std::string out = frozen || !is_exact(self, &SetType) ? std::string(tname) + "({" : "{";
    size_t pos = 0;
    Value k;
    bool first = true;
    while (set_next(self, &pos, &k)) {
        if (!first) out += ", ";
        first = false;
        Value r = repr(k);
        if (!r) return r;
        out += str_view(r);
    }
    out += frozen || !is_exact(self, &SetType) ? "})" : "}";
    return make_str(out);
}

static int64_t set_len(Value self) {
    return static_cast<int64_t>(set_size(self));
}
static int set_contains_slot(Value self, Value key) {
    return set_contains(self, key);
}

static Value new_like(Value self) {
    return make_set(isinstance_of(self, &FrozenSetType) ? &FrozenSetType : &SetType);
}

static Value set_union(Value a, Value b) {
    Value r = new_like(a);
    if (!r || !set_update(r, a) || !set_update(r, b)) return Value();
    return r;
}
static Value set_intersection(Value a, Value b) {
    Value r = new_like(a);
    if (!r) return r;
    size_t pos = 0;
    Value k;
    while (set_next(a, &pos, &k)) {
        int c = is_anyset(b) ? set_contains(b, k) : contains(b, k);
        if (c < 0) return Value();
        if (c && !set_add(r, k)) return Value();
    }
    return r;
}
static Value set_difference(Value a, Value b) {
    Value r = new_like(a);
    if (!r) return r;
    size_t pos = 0;
    Value k;
    while (set_next(a, &pos, &k)) {
        int c = is_anyset(b) ? set_contains(b, k) : contains(b, k);
        if (c < 0) return Value();
        if (!c && !set_add(r, k)) return Value();
    }
    return r;
}
// a ^= b in place, as CPython does it (and so with its iteration order):
// each key of [b] leaves [a] when there and joins it otherwise.
static bool symdiff_update(Value a, Value b) {
    if (a == b) {
        Value empty = make_set();
        if (!empty) return false;
        SetObject* s = as_set(a);
        SetObject* e = as_set(empty);
        s->table = e->table;
        s->mask = e->mask;
        s->used = e->used;
        s->fill = e->fill;
        return true;
    }
    size_t pos = 0;
    Value k;
    while (set_next(b, &pos, &k)) {
        int r = set_discard(a, k);
        if (r < 0 || (r == 0 && !set_add(a, k))) return false;
    }
    return true;
}
// a ^ b: CPython starts from a copy of b and folds a into it.
static Value set_symdiff(Value a, Value b) {
    Value r = new_like(a);
    if (!r || !set_update(r, b) || !symdiff_update(r, a)) return Value();
    return r;
}

template <Value (*Op)(Value, Value)> static Value set_binop(Value a, Value b) {
    if (!is_anyset(a) || !is_anyset(b)) return NotImplemented();
    return Op(a, b);
}

static bool is_subset(Value a, Value b) {
    if (set_size(a) > set_size(b)) return false;
    size_t pos = 0;
    Value k;
    while (set_next(a, &pos, &k))
        if (set_contains(b, k) <= 0) return false;
    return true;
}

static Value set_richcompare(Value a, Value b, CompareOp op) {
    if (!is_anyset(a) || !is_anyset(b)) return NotImplemented();
    switch (op) {
    case CMP_EQ: return Bool(set_size(a) == set_size(b) && is_subset(a, b));
    case CMP_NE: return Bool(!(set_size(a) == set_size(b) && is_subset(a, b)));
    case CMP_LE: return Bool(is_subset(a, b));
    case CMP_GE: return Bool(is_subset(b, a));
    case CMP_LT: return Bool(set_size(a) < set_size(b) && is_subset(a, b));
    case CMP_GT: return Bool(set_size(a) > set_size(b) && is_subset(b, a));
    }
    return NotImplemented();
}

// CPython's frozenset hash: order-independent mixing of the element hashes.
static int64_t frozenset_hash(Value self) {
    SetObject* s = as_set(self);
    if (s->hash != -1) return s->hash;
    uint64_t hash = 0;
    for (size_t i = 0; i <= s->mask; i++) {
        Value k = s->table[i].key;
        if (!k || k == kDummy) continue;
        uint64_t h = static_cast<uint64_t>(s->table[i].hash);
        hash ^= ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull;
    }
    hash ^= (s->used + 1) * 1927868237ull;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ull;
    if (hash == static_cast<uint64_t>(-1)) hash = 590923713ull;
    s->hash = static_cast<int64_t>(hash);
    return s->hash;
}

struct SetIterObject : Object {
    Value set;
    size_t pos;
    size_t used; // the set's size at the start (a change is an error)
    size_t left; // items not yet produced (__length_hint__)
};
static void set_iter_trace(Object* o, Tracer& t) {
    t.visit(static_cast<SetIterObject*>(o)->set);
}
static Value set_iter(Value self) {
    auto* it = gc_new<SetIterObject>(&SetIterType);
    if (!it) return Value();
    it->set = self;
    it->used = set_size(self);
    it->left = it->used;
    return Value(it);
}
static Value set_iter_next(Value self) {
    auto* it = static_cast<SetIterObject*>(self.as_ptr());
    if (!it->set) return Value();
    if (set_size(it->set) != it->used) {
        it->used = static_cast<size_t>(-1);
        return raise(exc::RuntimeError, "Set changed size during iteration");
    }
    Value k;
    if (!set_next(it->set, &it->pos, &k)) {
        it->set = Value();
        return Value();
    }
    if (it->left) it->left--;
    return k;
}
static Value set_iter_length_hint(Value self, const Value*, size_t, Value) {
    auto* it = static_cast<SetIterObject*>(self.as_ptr());
    if (!it->set || set_size(it->set) != it->used) return Value::small_int(0);
    return make_int(static_cast<int64_t>(it->left));
}
static const NativeMethodDef set_iter_methods[] = {
    {"__length_hint__", set_iter_length_hint, NATIVE_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static Value self_iter(Value self) {
    return self;
}

static Value set_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    if (!check_no_kwargs(type->name, kwnames) || !check_nargs(type->name, nargs, 0, 1))
        return Value();
    Value s = make_set(type);
    if (!s) return s;
    if (nargs && is_subtype(type, &FrozenSetType) && !set_update(s, args[0])) return Value();
    return s;
}
static int set_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("set", kwnames) || !check_nargs("set", nargs, 0, 1)) return -1;
    if (isinstance_of(self, &FrozenSetType)) return 0;
    if (nargs && !set_update(self, args[0])) return -1;
    return 0;
}

// -- Methods ----------------------------------------------------------------------------------

static Value m_add(Value self, const Value* a, size_t n, Value) {
    if (!check_nargs("add", n, 1, 1)) return Value();
    return set_add(self, a[0]) ? None() : Value();
}
static Value m_remove(Value self, const Value* a, size_t n, Value) {
    if (!check_nargs("remove", n, 1, 1)) return Value();
    int r = set_discard(self, a[0]);
    if (r < 0) return Value();
    if (r == 0) return raise_with_arg(exc::KeyError, a[0]);
    return None();
}
static Value m_discard(Value self, const Value* a, size_t n, Value) {
    if (!check_nargs("discard", n, 1, 1)) return Value();
    return set_discard(self, a[0]) < 0 ? Value() : None();
}
static Value m_pop(Value self, const Value*, size_t, Value) {
    SetObject* s = as_set(self);
    if (s->used == 0) return raise(exc::KeyError, "pop from an empty set");
    size_t i = s->finger & s->mask;
    while (!s->table[i].key || s->table[i].key == kDummy)
        i = (i + 1) & s->mask;
    Value k = s->table[i].key;
    s->table[i].key = kDummy;
    s->table[i].hash = -1;
    s->used--;
    s->finger = i + 1;
    return k;
}
static Value m_clear(Value self, const Value*, size_t, Value) {
    SetObject* s = as_set(self);
    if (!set_alloc_table(s, kMinSize)) return Value();
    s->used = s->fill = 0;
    return None();
}
static Value m_copy(Value self, const Value*, size_t, Value) {
    Value r = new_like(self);
    if (!r || !set_update(r, self)) return Value();
    return r;
}

template <Value (*Op)(Value, Value)>
static Value m_multi(Value self, const Value* a, size_t n, Value) {
    Value r = self;
    if (n == 0) return m_copy(self, nullptr, 0, Value());
    for (size_t i = 0; i < n; i++) {
        Value other = a[i];
        if (!is_anyset(other)) {
            other = make_set();
            if (!other || !set_update(other, a[i])) return Value();
        }
        r = Op(r, other);
        if (!r) return r;
    }
    return r;
}

template <Value (*Op)(Value, Value)>
static Value m_inplace(Value self, const Value* a, size_t n, Value) {
    Value r = m_multi<Op>(self, a, n, Value());
    if (!r) return r;
    SetObject* s = as_set(self);
    SetObject* t = as_set(r);
    s->table = t->table;
    s->mask = t->mask;
    s->used = t->used;
    s->fill = t->fill;
    return None();
}

// difference_update removes in place, as CPython does, so the elements
// left keep their slots and the set iterates in the same order as before.
static Value m_difference_update(Value self, const Value* a, size_t n, Value) {
    for (size_t i = 0; i < n; i++) {
        if (a[i] == self) {
            m_clear(self, nullptr, 0, Value());
            continue;
        }
        Value it = get_iter(a[i]);
        if (!it) return it;
        for (;;) {
            Value x = iter_next(it);
            if (!x) {
                if (err_occurred()) return Value();
                break;
            }
            if (discard_key(self, x) < 0) return Value();
        }
    }
    return None();
}

static Value m_symdiff(Value self, const Value* a, size_t, Value) {
    return m_multi<set_symdiff>(self, a, 1, Value());
}
static Value m_symdiff_update(Value self, const Value* a, size_t, Value) {
    Value other = a[0];
    if (!is_anyset(other)) {
        other = make_set();
        if (!other || !set_update(other, a[0])) return Value();
    }
    return symdiff_update(self, other) ? None() : Value();
}

static Value m_update(Value self, const Value* a, size_t n, Value) {
    for (size_t i = 0; i < n; i++)
        if (!set_update(self, a[i])) return Value();
    return None();
}

template <bool Super> static Value m_subset(Value self, const Value* a, size_t n, Value) {
    if (!check_nargs(Super ? "issuperset" : "issubset", n, 1, 1)) return Value();
    Value other = a[0];
    if (!is_anyset(other)) {
        other = make_set();
        if (!other || !set_update(other, a[0])) return Value();
    }
    return Bool(Super ? is_subset(other, self) : is_subset(self, other));
}
static Value m_isdisjoint(Value self, const Value* a, size_t n, Value) {
    if (!check_nargs("isdisjoint", n, 1, 1)) return Value();
    Value it = get_iter(a[0]);
    if (!it) return it;
    for (;;) {
        Value x = iter_next(it);
        if (!x) return err_occurred() ? Value() : True();
        int c = set_contains(self, x);
        if (c < 0) return Value();
        if (c) return False();
    }
}

template <Value (*Op)(Value, Value)> static Value set_inplace_op(Value a, Value b) {
    if (!is_anyset(b)) return NotImplemented();
    Value r = Op(a, b);
    if (!r) return r;
    SetObject* s = as_set(a);
    SetObject* t = as_set(r);
    s->table = t->table;
    s->mask = t->mask;
    s->used = t->used;
    s->fill = t->fill;
    return a;
}

// __reduce__: (type(s), (list(s),), state), the state being __getstate__()'s
// (the instance dict of a subclass, else None).
static Value m_reduce(Value self, const Value*, size_t, Value) {
    Value items = sequence_to_list(self);
    Value args = items ? tuple_pack({items}) : items;
    Value state = args ? object_state(self) : args;
    return state ? tuple_pack({Value(type_of(self)), args, state}) : state;
}

static const NativeMethodDef set_methods[] = {
    {"__reduce__", m_reduce, NATIVE_NOARGS, nullptr},
    {"add", m_add, NATIVE_O, nullptr},
    {"remove", m_remove, NATIVE_O, nullptr},
    {"discard", m_discard, NATIVE_O, nullptr},
    {"pop", m_pop, NATIVE_NOARGS, nullptr},
    {"clear", m_clear, NATIVE_NOARGS, nullptr},
    {"copy", m_copy, NATIVE_NOARGS, nullptr},
    {"union", m_multi<set_union>, 0, nullptr},
    {"intersection", m_multi<set_intersection>, 0, nullptr},
    {"difference", m_multi<set_difference>, 0, nullptr},
    {"symmetric_difference", m_symdiff, NATIVE_O, nullptr},
    {"update", m_update, 0, nullptr},
    {"intersection_update", m_inplace<set_intersection>, 0, nullptr},
    {"difference_update", m_difference_update, 0, nullptr},
    {"symmetric_difference_update", m_symdiff_update, NATIVE_O, nullptr},
    {"issubset", m_subset<false>, 0, nullptr},
    {"issuperset", m_subset<true>, 0, nullptr},
    {"isdisjoint", m_isdisjoint, NATIVE_O, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

static const NativeMethodDef frozenset_methods[] = {
    {"__reduce__", m_reduce, NATIVE_NOARGS, nullptr},
    {"copy", m_copy, NATIVE_NOARGS, nullptr},
    {"union", m_multi<set_union>, 0, nullptr},
    {"intersection", m_multi<set_intersection>, 0, nullptr},
    {"difference", m_multi<set_difference>, 0, nullptr},
    {"symmetric_difference", m_symdiff, NATIVE_O, nullptr},
    {"issubset", m_subset<false>, 0, nullptr},
    {"issuperset", m_subset<true>, 0, nullptr},
    {"isdisjoint", m_isdisjoint, NATIVE_O, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

void init_set_type() {
    for (Type* t : {&SetType, &FrozenSetType}) {
        t->trace = set_trace;
        t->repr = set_repr;
        t->len = set_len;
        t->contains = set_contains_slot;
        t->iter = set_iter;
        t->richcompare = set_richcompare;
        t->tp_new = set_new;
        t->init = set_init;
        t->nb[NB_OR] = set_binop<set_union>;
        t->nb[NB_AND] = set_binop<set_intersection>;
        t->nb[NB_SUBTRACT] = set_binop<set_difference>;
        t->nb[NB_XOR] = set_binop<set_symdiff>;
    }
    SetType.nb_inplace[NB_OR] = set_inplace_op<set_union>;
    SetType.nb_inplace[NB_AND] = set_inplace_op<set_intersection>;
    SetType.nb_inplace[NB_SUBTRACT] = set_inplace_op<set_difference>;
    SetType.nb_inplace[NB_XOR] = set_inplace_op<set_symdiff>;
    FrozenSetType.hash = frozenset_hash;
    init_static_type(&SetType, "set", &ObjectType, sizeof(SetObject),
                     TYPE_BASETYPE | TYPE_WEAKREFABLE);
    init_static_type(&FrozenSetType, "frozenset", &ObjectType, sizeof(SetObject),
                     TYPE_BASETYPE | TYPE_WEAKREFABLE);
    add_methods(&SetType, set_methods);
    add_methods(&FrozenSetType, frozenset_methods);
    SetIterType.trace = set_iter_trace;
    SetIterType.iter = self_iter;
    SetIterType.iternext = set_iter_next;
    init_static_type(&SetIterType, "set_iterator", &ObjectType, sizeof(SetIterObject), 0);
    add_methods(&SetIterType, set_iter_methods);
}

} // namespace uopy
