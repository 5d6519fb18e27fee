// collections.OrderedDict, the native one collections/__init__.py takes from
// _collections: a dict subclass that keeps its own order, with its views and
// iterator. CPython counterpart: Objects/odictobject.c.
//
// The inherited dict table holds the items; the order is a doubly linked
// list of nodes, one per key. To find a key's node in O(1) (deleting or
// moving a key in the middle), [fast] mirrors the table's entry array: the
// node of entry i is fast[i]. A key is looked up in the table, as any dict
// lookup, and its entry index gives its node. The mirror is rebuilt, lazily,
// when the table has been reallocated (its entry array is not the one the
// mirror was built for: [fast_for]).
//
// Only the OrderedDict operations touch the list. Code that changes the
// table alone (dict.__setitem__(od, k, v), dict.clear(od), dict.pop(od, k))
// leaves the list as it is, as CPython does: such a key is counted by len()
// and found by `in` but not iterated, and a node whose key left the table
// can no longer be found, so iterating over it, or the repr, raises
// KeyError. Nodes are GC objects and the iterators hold keys, never nodes,
// so no mixture can leave a dangling pointer; a mirror slot whose node is
// not the entry's key (the entry was reused behind our back) counts as
// empty.
//
// [state] counts changes to the list (a node added, removed or moved);
// iterators compare it, and the table's size, with what they saw when they
// started: "OrderedDict mutated during iteration" for the first, "changed
// size" for the second.
//
// Subclasses: as CPython's C version, the exact type works on the table
// directly; for a subclass, setdefault and copy go through `in`, [] and
// (so through overridden __contains__/__getitem__/__setitem__), update and
// | go through __setitem__, repr and __reduce__ call items(). Iteration, the
// views, pop, popitem, move_to_end, equality and clear never call
// overrides.
#include "modules/collections_internal.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/import.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <string>

namespace uopy {

Type OrderedDictType;
static Type OdNodeType, OdIterType, OdKeysType, OdValuesType, OdItemsType;

// -- Storage ----------------------------------------------------------------------------------

struct OdNode : Object {
    Value key; // the table entry's own key object
    int64_t hash;
    OdNode* prev;
    OdNode* next;
};

struct OrderedDictObject : Dict {
    OdNode* first;
    OdNode* last;
    Value* fast;         // fast_size slots: the node of each table entry, or null
    size_t fast_size;    // the table's capacity when [fast] was built
    DictEntry* fast_for; // the table's entry array then (kept alive: its address
                         // must not be reused by a later table while we compare)
    uint64_t state;      // bumped whenever a node is added, removed or moved
    Dict* inst_dict;     // __dict__
};

static inline OrderedDictObject* as_od(Value v) {
    return static_cast<OrderedDictObject*>(v.as_ptr());
}
static inline bool is_od(Value v) {
    return isinstance_of(v, &OrderedDictType);
}
static inline bool is_exact_od(Value v) {
    return type_of(v) == &OrderedDictType;
}
static inline OdNode* as_node(Value v) {
    return static_cast<OdNode*>(v.as_ptr());
}

static void node_trace(Object* o, Tracer& t) {
    auto* n = static_cast<OdNode*>(o);
    t.visit(n->key);
    t.visit(n->prev);
    t.visit(n->next);
}

static void od_trace(Object* o, Tracer& t) {
    DictType.trace(o, t);
    auto* od = static_cast<OrderedDictObject*>(o);
    t.visit(od->first);
    t.visit(od->last);
    t.visit_buffer(od->fast);
    t.visit_values(od->fast, od->fast_size);
    t.visit_buffer(od->fast_for);
    t.visit(od->inst_dict);
}

// -- The linked list --------------------------------------------------------------------------

static void link_tail(OrderedDictObject* od, OdNode* n) {
    n->prev = od->last;
    n->next = nullptr;
    if (od->last)
        od->last->next = n;
    else
        od->first = n;
    od->last = n;
    od->state++;
}

static void link_head(OrderedDictObject* od, OdNode* n) {
    n->prev = nullptr;
    n->next = od->first;
    if (od->first)
        od->first->prev = n;
    else
        od->last = n;
    od->first = n;
    od->state++;
}

static void unlink(OrderedDictObject* od, OdNode* n) {
    if (od->first == n)
        od->first = n->next;
    else if (n->prev)
        n->prev->next = n->next;
    if (od->last == n)
        od->last = n->prev;
    else if (n->next)
        n->next->prev = n->prev;
    n->prev = n->next = nullptr;
    od->state++;
}

// -- Finding nodes ----------------------------------------------------------------------------

// Rebuilds [fast] for the current table: false on error. (The lookups may
// run __eq__, which may change the table again: then the next use rebuilds
// once more.)
static bool rebuild_fast(OrderedDictObject* od) {
    DictEntry* entries = od->entries;
    size_t size = od->capacity;
    Value* fast = nullptr;
    if (size) {
        fast = gc_alloc_values(size);
        if (!fast) return false;
    }
    for (OdNode* n = od->first; n; n = n->next) {
        int64_t ix = dict_lookup_index(od, n->key, n->hash);
        if (ix == -2) return false;
        if (ix >= 0 && static_cast<size_t>(ix) < size) fast[ix] = Value(n);
    }
    od->fast = fast;
    od->fast_size = size;
    od->fast_for = entries;
    return true;
}

// The table entry of [key] (-1 missing, -2 error), with [fast] in step.
static int64_t entry_index(OrderedDictObject* od, Value key, int64_t hash) {
    for (int attempt = 0;; attempt++) {
        if ((od->fast_for != od->entries || od->fast_size != od->capacity) && !rebuild_fast(od))
            return -2;
        int64_t ix = dict_lookup_index(od, key, hash);
        if (ix < 0 || (od->fast_for == od->entries && static_cast<size_t>(ix) < od->fast_size))
            return ix;
        // __eq__ reallocated the table during the lookup: look again. A
        // comparison that does so every time gets "missing".
        if (attempt == 2) return -1;
    }
}

// The node at entry [ix], or null when none (or a stale one) is there.
static OdNode* node_at(OrderedDictObject* od, int64_t ix) {
    Value n = od->fast[ix];
    if (!n || as_node(n)->key != od->entries[ix].key) return nullptr;
    return as_node(n);
}

// The node of [key], or null: null with an exception set on error. A key
// missing from the table has no node; an empty list answers without
// looking (nor hashing).
static OdNode* find_node_hashed(OrderedDictObject* od, Value key, int64_t hash) {
    if (!od->first) return nullptr;
    int64_t ix = entry_index(od, key, hash);
    return ix >= 0 ? node_at(od, ix) : nullptr;
}
static OdNode* find_node(OrderedDictObject* od, Value key) {
    if (!od->first) return nullptr;
    int64_t hash = hash_of(key);
    if (hash == -1) return nullptr;
    return find_node_hashed(od, key, hash);
}

// Appends a node for [key], just stored in the table, unless it has one:
// false on error.
static bool add_new_node(OrderedDictObject* od, Value key, int64_t hash) {
    int64_t ix = entry_index(od, key, hash);
    if (ix < 0) {
        if (ix == -1) raise_with_arg(exc::KeyError, key);
        return false;
    }
    if (node_at(od, ix)) return true;
    auto* n = gc_new<OdNode>(&OdNodeType);
    if (!n) return false;
    n->key = od->entries[ix].key;
    n->hash = hash;
    od->fast[ix] = Value(n);
    link_tail(od, n);
    return true;
}

// Removes [key]'s node if it has one: false on error.
static bool clear_node(OrderedDictObject* od, Value key, int64_t hash) {
    if (!od->first) return true;
    int64_t ix = entry_index(od, key, hash);
    if (ix < 0) return ix == -1;
    OdNode* n = node_at(od, ix);
    if (n) {
        od->fast[ix] = Value();
        unlink(od, n);
    }
    return true;
}

// Forgets the whole order (the state is left alone, as CPython's: an
// iterator then reports the change of size).
static void clear_nodes(OrderedDictObject* od) {
    od->first = od->last = nullptr;
    od->fast = nullptr;
    od->fast_size = 0;
    od->fast_for = nullptr;
}

// -- Item operations --------------------------------------------------------------------------

// od[key] = value: the table, then the order (undone in the table if the
// node cannot be added).
static int od_set_item_hashed(Value self, Value key, int64_t hash, Value value) {
    if (!dict_set_hashed(as_dict(self), key, hash, value)) return -1;
    if (add_new_node(as_od(self), key, hash)) return 0;
    Value error = err_fetch();
    if (dict_del_hashed(as_dict(self), key, hash) < 0) err_clear();
    raise_instance(error);
    return -1;
}

static int od_ass_subscript(Value self, Value key, Value value) {
    int64_t hash = hash_of(key);
    if (hash == -1) return -1;
    if (value) return od_set_item_hashed(self, key, hash, value);
    if (!clear_node(as_od(self), key, hash)) return -1;
    int r = dict_del_hashed(as_dict(self), key, hash);
    if (r == 0) raise_with_arg(exc::KeyError, key);
    return r > 0 ? 0 : -1;
}

// pop() and popitem(): the node goes first, then the item leaves the
// table. A key without a node (missing, or put in by dict's own methods)
// is not looked for in the table. Null [dflt]: KeyError when missing.
static Value pop_key_hashed(Value self, Value key, int64_t hash, Value dflt) {
    OrderedDictObject* od = as_od(self);
    if (od->first) {
        int64_t ix = entry_index(od, key, hash);
        if (ix == -2) return Value();
        OdNode* n = ix >= 0 ? node_at(od, ix) : nullptr;
        if (n) {
            Value value = od->entries[ix].value;
            od->fast[ix] = Value();
            unlink(od, n);
            int r = dict_del_hashed(as_dict(self), key, hash);
            if (r < 0) return Value();
            if (r > 0) return value;
        }
    }
    if (dflt) return dflt;
    return raise_with_arg(exc::KeyError, key);
}

// MutableMapping.update's pairs: each item of [pairs] unpacks to exactly two.
static bool add_pairs(Value self, Value pairs) {
    Value it = get_iter(pairs);
    if (!it) return false;
    for (;;) {
        Value pair = iter_next(it);
        if (!pair) return !err_occurred();
        Value pit = get_iter(pair);
        if (!pit) return false;
        Value key = iter_next(pit);
        if (!key) {
            if (!err_occurred()) raise(exc::ValueError, "need more than 0 values to unpack");
            return false;
        }
        Value value = iter_next(pit);
        if (!value) {
            if (!err_occurred()) raise(exc::ValueError, "need more than 1 value to unpack");
            return false;
        }
        if (iter_next(pit)) {
            raise(exc::ValueError, "too many values to unpack (expected 2)");
            return false;
        }
        if (err_occurred() || set_item(self, key, value) < 0) return false;
    }
}

// update(arg) as MutableMapping: an exact dict's items, else arg.keys() with
// arg[key], else arg.items(), else pairs; every store through self[key].
static bool update_from(Value self, Value arg) {
    if (is_exact_dict(arg)) {
        ValueVec items;
        size_t pos = 0;
        Value k, v;
        while (dict_next(as_dict(arg), &pos, &k, &v)) {
            items.push_back(k);
            items.push_back(v);
        }
        for (size_t i = 0; i < items.size(); i += 2)
            if (set_item(self, items[i], items[i + 1]) < 0) return false;
        return true;
    }
    Value keys = get_attr_optional(arg, intern("keys"));
    if (keys) {
        Value ks = call0(keys);
        if (!ks) return false;
        Value it = get_iter(ks);
        if (!it) return false;
        for (;;) {
            Value key = iter_next(it);
            if (!key) return !err_occurred();
            Value value = get_item(arg, key);
            if (!value || set_item(self, key, value) < 0) return false;
        }
    }
    if (err_occurred()) return false;
    Value items = get_attr_optional(arg, intern("items"));
    if (items) {
        Value pairs = call0(items);
        return pairs && add_pairs(self, pairs);
    }
    if (err_occurred()) return false;
    return add_pairs(self, arg);
}

static Value od_update(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (nargs > 1)
        return raise(exc::TypeError, "update() takes at most 1 positional argument (%zu given)",
                     nargs);
    if (nargs == 1 && !update_from(self, args[0])) return Value();
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++)
        if (set_item(self, tuple_get(kwnames, i), args[nargs + i]) < 0) return Value();
    return None();
}

static int od_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (nargs > 1) {
        raise(exc::TypeError, "expected at most 1 arguments, got %zu", nargs);
        return -1;
    }
    return od_update(self, args, nargs, kwnames) ? 0 : -1;
}

// -- Iterators --------------------------------------------------------------------------------

enum : int { ITER_REVERSED = 1, ITER_KEYS = 2, ITER_VALUES = 4 };

// Holds the key of the next node, not the node, so that changes made
// meanwhile are found by looking it up again.
struct OdIterObject : Object {
    Value od;      // null once finished
    Value current; // the next key; null at the end
    int64_t size;  // the table's size at the start; -1 after a change of size (it sticks)
    uint64_t state;
    int kind;
};

static void od_iter_trace(Object* o, Tracer& t) {
    auto* it = static_cast<OdIterObject*>(o);
    t.visit(it->od);
    t.visit(it->current);
}

static Value make_od_iter(Value od, int kind) {
    auto* it = gc_new<OdIterObject>(&OdIterType);
    if (!it) return Value();
    OrderedDictObject* d = as_od(od);
    OdNode* start = (kind & ITER_REVERSED) ? d->last : d->first;
    it->od = od;
    it->current = start ? start->key : Value();
    it->size = static_cast<int64_t>(d->used);
    it->state = d->state;
    it->kind = kind;
    return Value(it);
}

// The next key, with [*od] the dict it comes from; null when finished or
// on error.
static Value od_iter_next_key(OdIterObject* it, Value* od_out) {
    Value od = it->od;
    if (!od) return Value();
    if (!it->current) {
        it->od = Value();
        return Value();
    }
    OrderedDictObject* d = as_od(od);
    if (d->state != it->state) {
        it->od = Value();
        return raise(exc::RuntimeError, "OrderedDict mutated during iteration");
    }
    if (it->size != static_cast<int64_t>(d->used)) {
        it->size = -1;
        return raise(exc::RuntimeError, "OrderedDict changed size during iteration");
    }
    Value key = it->current;
    OdNode* n = find_node(d, key);
    if (!n) {
        // Deleted behind our back (through dict's own methods).
        if (!err_occurred()) raise_with_arg(exc::KeyError, key);
        it->current = Value();
        return Value();
    }
    OdNode* next = (it->kind & ITER_REVERSED) ? n->prev : n->next;
    it->current = next ? next->key : Value();
    *od_out = od;
    return key;
}

static Value od_iter_next(Value self) {
    auto* it = static_cast<OdIterObject*>(self.as_ptr());
    Value od;
    Value key = od_iter_next_key(it, &od);
    if (!key || !(it->kind & ITER_VALUES)) return key;
    // CPython's PyDict_GetItem, which hides lookup errors.
    Value value = dict_get(as_dict(od), key);
    if (!value) {
        err_clear();
        it->current = Value();
        it->od = Value();
        return raise_with_arg(exc::KeyError, key);
    }
    if (!(it->kind & ITER_KEYS)) return value;
    return tuple_pack({key, value});
}

static Value self_iter(Value self) {
    return self;
}

// __reduce__: (iter, (list of what is left,)), from a copy of the iterator.
static Value od_iter_reduce(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("odict_iterator.__reduce__", nargs, kwnames, 0)) return Value();
    auto* it = static_cast<OdIterObject*>(self.as_ptr());
    auto* copy = gc_new<OdIterObject>(&OdIterType);
    if (!copy) return Value();
    copy->od = it->od;
    copy->current = it->current;
    copy->size = it->size;
    copy->state = it->state;
    copy->kind = it->kind;
    Value rest = sequence_to_list(Value(copy));
    if (!rest) return rest;
    Value builtins = import_module("builtins");
    if (!builtins) return builtins;
    Value iter_fn = get_attr_cstr(builtins, "iter");
    if (!iter_fn) return iter_fn;
    Value args = tuple_pack({rest});
    if (!args) return args;
    return tuple_pack({iter_fn, args});
}

static const NativeMethodDef od_iter_methods[] = {
    {"__reduce__", od_iter_reduce, NATIVE_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// -- Views ------------------------------------------------------------------------------------
//
// odict_keys, odict_values and odict_items subclass dict's views (set
// operations, comparisons, len, `in`, repr come from there) and iterate in
// the dict's order.

static Value view_dict(Value view) {
    return static_cast<DictViewObject*>(view.as_ptr())->dict;
}

static Value od_keys_iter(Value self) {
    return make_od_iter(view_dict(self), ITER_KEYS);
}
static Value od_values_iter(Value self) {
    return make_od_iter(view_dict(self), ITER_VALUES);
}
static Value od_items_iter(Value self) {
    return make_od_iter(view_dict(self), ITER_KEYS | ITER_VALUES);
}

static Value od_keys_reversed(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("odict_keys.__reversed__", nargs, kwnames, 0)) return Value();
    return make_od_iter(view_dict(self), ITER_KEYS | ITER_REVERSED);
}
static Value od_values_reversed(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("odict_values.__reversed__", nargs, kwnames, 0)) return Value();
    return make_od_iter(view_dict(self), ITER_VALUES | ITER_REVERSED);
}
static Value od_items_reversed(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("odict_items.__reversed__", nargs, kwnames, 0)) return Value();
    return make_od_iter(view_dict(self), ITER_KEYS | ITER_VALUES | ITER_REVERSED);
}

static const NativeMethodDef od_keys_methods[] = {
    {"__reversed__", od_keys_reversed, NATIVE_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static const NativeMethodDef od_values_methods[] = {
    {"__reversed__", od_values_reversed, NATIVE_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static const NativeMethodDef od_items_methods[] = {
    {"__reversed__", od_items_reversed, NATIVE_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// -- Slots ------------------------------------------------------------------------------------

static Value od_iter(Value self) {
    return make_od_iter(self, ITER_KEYS);
}

// OrderedDict([('a', 1)]), or OrderedDict() when the table is empty; a
// subclass's items come from its items().
static Value od_repr(Value self) {
    std::string name(str_view(type_of(self)->name_str));
    if (as_dict(self)->used == 0) return make_str(name + "()");
    if (repr_enter(self)) return make_str("...");
    Value pieces;
    if (is_exact_od(self)) {
        pieces = make_list(0);
        for (OdNode* n = as_od(self)->first; pieces && n; n = n->next) {
            Value value = dict_get(as_dict(self), n->key);
            Value pair;
            if (!value) {
                if (!err_occurred()) raise_with_arg(exc::KeyError, n->key);
            } else {
                pair = tuple_pack({n->key, value});
            }
            if (!pair || !list_append(pieces, pair)) pieces = Value();
        }
    } else {
        Value items = call_method(self, "items", {});
        pieces = items ? sequence_to_list(items) : Value();
    }
    Value r = pieces ? repr(pieces) : Value();
    repr_leave(self);
    if (!r) return r;
    return make_str(name + "(" + std::string(str_view(r)) + ")");
}

// The keys of two lists, pairwise: 1 equal, 0 not, -1 error.
static int keys_equal(OrderedDictObject* a, OrderedDictObject* b) {
    OdNode* x = a->first;
    OdNode* y = b->first;
    for (;;) {
        if (!x || !y) return !x && !y;
        int r = rich_compare_bool(x->key, y->key, CMP_EQ);
        if (r <= 0) return r;
        x = x->next;
        y = y->next;
    }
}

// == and != as dict's; between two OrderedDicts the order must match too.
static Value od_richcompare(Value v, Value w, CompareOp op) {
    if (!is_od(v) || !is_dict(w) || (op != CMP_EQ && op != CMP_NE)) return NotImplemented();
    Value cmp = DictType.richcompare(v, w, op);
    if (!cmp || !is_od(w)) return cmp;
    if ((op == CMP_EQ && cmp == False()) || (op == CMP_NE && cmp == True())) return cmp;
    int eq = keys_equal(as_od(v), as_od(w));
    if (eq < 0) return Value();
    return Bool((eq == 1) == (op == CMP_EQ));
}

// a | b with an OrderedDict on either side: that side's class, built from
// a, then updated from b.
static Value od_or(Value a, Value b) {
    bool left = is_od(a);
    Value other = left ? b : a;
    if (!is_dict(other)) return NotImplemented();
    Value r = call1(Value(type_of(left ? a : b)), a);
    if (!r || !update_from(r, b)) return Value();
    return r;
}
static Value od_ior(Value a, Value b) {
    if (!update_from(a, b)) return Value();
    return a;
}

// -- Methods ----------------------------------------------------------------------------------

static Value od_fromkeys(Value cls, const Value* args, size_t nargs, Value kwnames) {
    static const char* const names[] = {"iterable", "value"};
    Value a[2];
    if (!unpack_keyword_args("fromkeys", names, 2, 1, 2, args, nargs, kwnames, a)) return Value();
    Value value = a[1] ? a[1] : None();
    Value d = call0(cls);
    if (!d) return d;
    Value it = get_iter(a[0]);
    if (!it) return it;
    for (;;) {
        Value key = iter_next(it);
        if (!key) return err_occurred() ? Value() : d;
        if (set_item(d, key, value) < 0) return Value();
    }
}

static Value od_sizeof(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("OrderedDict.__sizeof__", nargs, kwnames, 0)) return Value();
    Dict* d = as_dict(self);
    size_t size = type_of(self)->basic_size + d->capacity * sizeof(DictEntry) +
                  d->index_size * sizeof(int32_t) + d->used * sizeof(OdNode);
    return make_int(static_cast<int64_t>(size));
}

// (type(od), (), od.__dict__ or None, None, iter(od.items())).
static Value od_reduce(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("OrderedDict.__reduce__", nargs, kwnames, 0)) return Value();
    Value state = get_attr(self, names::__dict__);
    if (!state) return state;
    int64_t n = length(state);
    if (n < 0) return Value();
    if (n == 0) state = None();
    Value items = call_method(self, "items", {});
    if (!items) return items;
    Value it = get_iter(items);
    if (!it) return it;
    return tuple_pack({Value(type_of(self)), empty_tuple(), state, None(), it});
}

static Value od_setdefault(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const char* const names[] = {"key", "default"};
    Value a[2];
    if (!unpack_keyword_args("setdefault", names, 2, 1, 2, args, nargs, kwnames, a)) return Value();
    Value key = a[0];
    Value dflt = a[1] ? a[1] : None();
    if (is_exact_od(self)) {
        int64_t hash = hash_of(key);
        if (hash == -1) return Value();
        Value v = dict_get_hashed(as_dict(self), key, hash);
        if (v || err_occurred()) return v;
        if (od_set_item_hashed(self, key, hash, dflt) < 0) return Value();
        return dflt;
    }
    int exists = contains(self, key);
    if (exists < 0) return Value();
    if (exists) return get_item(self, key);
    if (set_item(self, key, dflt) < 0) return Value();
    return dflt;
}

static Value od_pop(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const char* const names[] = {"key", "default"};
    Value a[2];
    if (!unpack_keyword_args("pop", names, 2, 1, 2, args, nargs, kwnames, a)) return Value();
    int64_t hash = hash_of(a[0]);
    if (hash == -1) return Value();
    return pop_key_hashed(self, a[0], hash, a[1]);
}

// The `last` flag: any object's truth.
static bool last_arg(Value v, bool* out) {
    if (!v) {
        *out = true;
        return true;
    }
    int t = truthy(v);
    if (t < 0) return false;
    *out = t != 0;
    return true;
}

static Value od_popitem(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const char* const names[] = {"last"};
    Value a[1];
    bool last;
    if (!unpack_keyword_args("popitem", names, 1, 0, 1, args, nargs, kwnames, a) ||
        !last_arg(a[0], &last))
        return Value();
    OrderedDictObject* od = as_od(self);
    if (!od->first) return raise(exc::KeyError, "dictionary is empty");
    OdNode* n = last ? od->last : od->first;
    Value key = n->key;
    Value value = pop_key_hashed(self, key, n->hash, Value());
    if (!value) return value;
    return tuple_pack({key, value});
}

static Value od_keys(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("OrderedDict.keys", nargs, kwnames, 0)) return Value();
    return make_dict_view(&OdKeysType, self);
}
static Value od_values(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("OrderedDict.values", nargs, kwnames, 0)) return Value();
    return make_dict_view(&OdValuesType, self);
}
static Value od_items(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("OrderedDict.items", nargs, kwnames, 0)) return Value();
    return make_dict_view(&OdItemsType, self);
}

static Value od_clear(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("OrderedDict.clear", nargs, kwnames, 0)) return Value();
    dict_clear(as_dict(self));
    clear_nodes(as_od(self));
    return None();
}

// The exact type copies table entries in order; a subclass is built by
// type(od)() and filled through od[key] and copy[key] = value.
static Value od_copy(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("OrderedDict.copy", nargs, kwnames, 0)) return Value();
    bool exact = is_exact_od(self);
    Value copy = exact ? Value(make_dict_subclass(&OrderedDictType)) : call0(Value(type_of(self)));
    if (!copy) return copy;
    // The list may change under an overridden __getitem__: the nodes stay
    // valid objects, and an unlinked one ends the walk.
    for (OdNode* n = as_od(self)->first; n; n = n->next) {
        Value key = n->key;
        if (exact) {
            Value value = dict_get(as_dict(self), key);
            if (!value) {
                if (!err_occurred()) raise_with_arg(exc::KeyError, key);
                return Value();
            }
            if (od_set_item_hashed(copy, key, n->hash, value) < 0) return Value();
        } else {
            Value value = get_item(self, key);
            if (!value || set_item(copy, key, value) < 0) return Value();
        }
    }
    return copy;
}

static Value od_reversed(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("OrderedDict.__reversed__", nargs, kwnames, 0)) return Value();
    return make_od_iter(self, ITER_KEYS | ITER_REVERSED);
}

static Value od_move_to_end(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const char* const names[] = {"key", "last"};
    Value a[2];
    bool last;
    if (!unpack_keyword_args("move_to_end", names, 2, 1, 2, args, nargs, kwnames, a) ||
        !last_arg(a[1], &last))
        return Value();
    Value key = a[0];
    OrderedDictObject* od = as_od(self);
    if (!od->first) return raise_with_arg(exc::KeyError, key);
    OdNode* n = last ? od->last : od->first;
    if (n->key == key) return None(); // already there
    n = find_node(od, key);
    if (!n) return err_occurred() ? Value() : raise_with_arg(exc::KeyError, key);
    if (last && n != od->last) {
        unlink(od, n);
        link_tail(od, n);
    } else if (!last && n != od->first) {
        unlink(od, n);
        link_head(od, n);
    }
    return None();
}

static const NativeMethodDef od_methods[] = {
    {"fromkeys", od_fromkeys, NATIVE_CLASS | NATIVE_KEYWORDS,
     "Create a new ordered dictionary with keys from iterable and values set to value."},
    {"__sizeof__", od_sizeof, NATIVE_KEYWORDS, nullptr},
    {"__reduce__", od_reduce, NATIVE_KEYWORDS, "Return state information for pickling"},
    {"setdefault", od_setdefault, NATIVE_KEYWORDS,
     "Insert key with a value of default if key is not in the dictionary.\n\n"
     "Return the value for key if key is in the dictionary, else default."},
    {"pop", od_pop, NATIVE_KEYWORDS,
     "od.pop(k[,d]) -> v, remove specified key and return the corresponding\n"
     "        value.  If key is not found, d is returned if given, otherwise KeyError\n"
     "        is raised.\n\n        "},
    {"popitem", od_popitem, NATIVE_KEYWORDS,
     "Remove and return a (key, value) pair from the dictionary.\n\n"
     "Pairs are returned in LIFO order if last is true or FIFO order if false."},
    {"keys", od_keys, NATIVE_KEYWORDS, nullptr},
    {"values", od_values, NATIVE_KEYWORDS, nullptr},
    {"items", od_items, NATIVE_KEYWORDS, nullptr},
    {"update", od_update, NATIVE_KEYWORDS, nullptr},
    {"clear", od_clear, NATIVE_KEYWORDS, "od.clear() -> None.  Remove all items from od."},
    {"copy", od_copy, NATIVE_KEYWORDS, "od.copy() -> a shallow copy of od"},
    {"__reversed__", od_reversed, NATIVE_KEYWORDS, "od.__reversed__() <==> reversed(od)"},
    {"move_to_end", od_move_to_end, NATIVE_KEYWORDS,
     "Move an existing element to the end (or beginning if last is false).\n\n"
     "Raise KeyError if the element does not exist."},
    {nullptr, nullptr, 0, nullptr},
};

// -- Types ------------------------------------------------------------------------------------

void add_instance_dict_descriptor(Type* t);

// The tp_new of the iterator and view types, which Python code cannot
// instantiate.
static Value no_new(Type* type, const Value*, size_t, Value) {
    return raise(exc::TypeError, "cannot create '%s' instances", type->name);
}

static void init_view_type(Type* t, const char* name, Type* base, UnaryFn iter,
                           const NativeMethodDef* methods) {
    t->iter = iter;
    t->tp_new = no_new;
    init_static_type(t, name, base, sizeof(DictViewObject), 0);
    add_methods(t, methods);
    add_slot_wrappers(t);
}

void init_ordered_dict_types() {
    // A static type's fields become roots only once init_static_type has
    // registered it, so no collection may run while the types are made.
    bool was_enabled = gc_is_enabled();
    gc_set_enabled(false);

    OdNodeType.trace = node_trace;
    OdNodeType.tp_new = no_new;
    init_static_type(&OdNodeType, "collections._odict_node", &ObjectType, sizeof(OdNode), 0);

    // dict's tp_new (sized by basic_size), getitem, contains and len are
    // inherited; hash stays null beside richcompare: unhashable.
    OrderedDictType.trace = od_trace;
    OrderedDictType.repr = od_repr;
    OrderedDictType.richcompare = od_richcompare;
    OrderedDictType.setitem = od_ass_subscript;
    OrderedDictType.iter = od_iter;
    OrderedDictType.init = od_init;
    OrderedDictType.nb[NB_OR] = od_or;
    OrderedDictType.nb_inplace[NB_OR] = od_ior;
    init_static_type(&OrderedDictType, "collections.OrderedDict", &DictType,
                     sizeof(OrderedDictObject), TYPE_BASETYPE | TYPE_HAS_DICT | TYPE_WEAKREFABLE);
    OrderedDictType.dict_offset = offsetof(OrderedDictObject, inst_dict);
    add_methods(&OrderedDictType, od_methods);
    add_instance_dict_descriptor(&OrderedDictType);
    dict_set(OrderedDictType.dict, names::__doc__,
             make_str("Dictionary that remembers insertion order"));
    add_slot_wrappers(&OrderedDictType);

    OdIterType.trace = od_iter_trace;
    OdIterType.iter = self_iter;
    OdIterType.iternext = od_iter_next;
    OdIterType.tp_new = no_new;
    init_static_type(&OdIterType, "odict_iterator", &ObjectType, sizeof(OdIterObject), 0);
    add_methods(&OdIterType, od_iter_methods);
    add_slot_wrappers(&OdIterType);

    init_view_type(&OdKeysType, "odict_keys", &DictKeysType, od_keys_iter, od_keys_methods);
    init_view_type(&OdValuesType, "odict_values", &DictValuesType, od_values_iter,
                   od_values_methods);
    init_view_type(&OdItemsType, "odict_items", &DictItemsType, od_items_iter, od_items_methods);

    gc_set_enabled(was_enabled);
}

} // namespace uopy
