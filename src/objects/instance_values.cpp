// Inline attribute values and the keys a class's instances share (see
// instance_values.h for the representation and its invariants).
#include "objects/instance_values.h"
#include "optimizer/executor.h"

#include "objects/code.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/gc.h"
#include "runtime/type.h"
#include "vm/generated/opcode_ids.h"
#include "vm/generated/opcode_metadata.h"

#include <algorithm>
#include <vector>

namespace uopy {

Type SharedKeysType;

namespace {

uint32_t g_next_keys_version = 1;

uint32_t next_keys_version() {
    uint32_t v = g_next_keys_version++;
    if (g_next_keys_version == 0) g_next_keys_version = 1; // 0 never names keys
    return v;
}

void shared_keys_trace(Object* o, Tracer& t) {
    auto* k = static_cast<SharedKeys*>(o);
    t.visit_values(k->names, k->size);
}

// How many distinct names [init] assigns on its first parameter
// (`self.x = ...`): the attributes nearly every instance will have, known
// before the first instance is made, so that even it gets room for them.
uint32_t count_init_attributes(Value init) {
    if (!is_function(init)) return 0;
    CodeObject* co = as_function(init)->code;
    if (co->argcount < 1 || co->ncellvars > 0) return 0; // self may live in a cell
    std::vector<uint32_t> seen;
    bool self_on_top = false;
    uint32_t ext = 0;
    for (size_t i = 0; i < co->ncodeunits;) {
        uint8_t original, original_arg;
        code_original_instruction(co, static_cast<int>(i), &original, &original_arg);
        int op = vm::opcode_deopt[original];
        uint32_t arg = ext | original_arg;
        ext = op == vm::EXTENDED_ARG ? arg << 8 : 0;
        if (op == vm::STORE_ATTR && self_on_top &&
            std::find(seen.begin(), seen.end(), arg) == seen.end())
            seen.push_back(arg);
        // (A fused pair pushes its second local last.)
        self_on_top = (arg == 0 && (op == vm::LOAD_FAST || op == vm::LOAD_FAST_CHECK ||
                                    op == vm::LOAD_FAST_BORROW)) ||
                      ((arg & 15) == 0 && (op == vm::LOAD_FAST_LOAD_FAST ||
                                           op == vm::LOAD_FAST_BORROW_LOAD_FAST_BORROW ||
                                           op == vm::STORE_FAST_LOAD_FAST));
        i += 1 + vm::opcode_cache_size[op];
    }
    return static_cast<uint32_t>(seen.size());
}

} // namespace

// The keys start empty: the first instances add the names in the order
// they really assign them (a guess from the code, such as the base's names
// first, would send every instance assigning in another order to a dict).
// Only the expected number of names is known in advance.
SharedKeys* make_shared_keys(Type* t) {
    auto* k = gc_new<SharedKeys>(&SharedKeysType);
    if (!k) return nullptr;
    k->version = next_keys_version();
    uint32_t expected = 0;
    if (t->base && t->base->shared_keys)
        expected = std::max(t->base->shared_keys->size, t->base->shared_keys->expected);
    // Its own __init__ (an inherited one is the base's, counted already).
    if (Value init = dict_get_str(t->dict, names::__init__))
        expected += count_init_attributes(init);
    k->expected = std::min(expected, kSharedKeysMax);
    return k;
}

static inline uint32_t index_slot_of(Value name) {
    // The address's middle bits, mixed: interned strings are 16-byte aligned.
    uint64_t h = name.raw() * 0x9E3779B97F4A7C15ull;
    return static_cast<uint32_t>(h >> 58) & (kSharedKeysIndexSize - 1);
}

int shared_keys_index(SharedKeys* k, Value name) {
    for (uint32_t h = index_slot_of(name);; h = (h + 1) & (kSharedKeysIndexSize - 1)) {
        uint8_t e = k->index[h];
        if (e == 0) break;
        if (k->names[e - 1] == name) return e - 1;
    }
    // The names are interned: only a str that is not can be equal to one
    // without being it.
    if (!(as_str(name)->aux & STR_INTERNED)) {
        for (uint32_t i = 0; i < k->size; i++)
            if (str_equal(k->names[i], name)) return static_cast<int>(i);
    }
    return -1;
}

int shared_keys_insert(SharedKeys* k, Value name) {
    int i = shared_keys_index(k, name);
    if (i >= 0) return i;
    if (k->size >= kSharedKeysMax) return -1;
    Value interned = intern_value(name);
    k->names[k->size] = interned;
    uint32_t h = index_slot_of(interned);
    while (k->index[h] != 0)
        h = (h + 1) & (kSharedKeysIndexSize - 1);
    k->index[h] = static_cast<uint8_t>(k->size + 1);
    k->version = next_keys_version();
    return static_cast<int>(k->size++);
}

Object* alloc_inline_values_instance(Type* t) {
    SharedKeys* k = t->shared_keys;
    size_t size = t->basic_size + std::max(k->size, k->expected) * sizeof(Value);
    Object* o = gc_alloc_object(t, size);
    if (!o) return nullptr;
    // The cell may be larger than asked for: its spare words are values too.
    size_t room = (gc_cell_size(o) - t->basic_size) / sizeof(Value);
    o->aux = static_cast<uint32_t>(std::min<size_t>(room, kSharedKeysMax + 1)) << 8;
    return o;
}

Value inline_values_get(Object* o, Value name) {
    int i = shared_keys_index(o->type->shared_keys, name);
    if (i < 0 || static_cast<uint32_t>(i) >= inline_values_count(o)) return Value();
    return inline_values(o)[i];
}

InlineStore inline_values_store(Object* o, Value name, Value value) {
    if (!is_exact_str(name)) return InlineStore::NEEDS_DICT;
    SharedKeys* k = o->type->shared_keys;
    Value* vals = inline_values(o);
    uint32_t count = inline_values_count(o);
    if (!value) {
        int i = shared_keys_index(k, name);
        if (i < 0 || static_cast<uint32_t>(i) >= count || vals[i].is_null())
            return InlineStore::MISSING;
        // The others keep their relative order: nothing else to do.
        vals[i] = Value();
        while (count > 0 && vals[count - 1].is_null())
            count--;
        set_inline_values_count(o, count);
        return InlineStore::DONE;
    }
    int i = shared_keys_insert(k, name);
    if (i < 0 || static_cast<uint32_t>(i) >= inline_values_capacity(o))
        return InlineStore::NEEDS_DICT;
    uint32_t u = static_cast<uint32_t>(i);
    if (u < count) {
        // Adding a name below the highest one would break insertion order.
        if (vals[u].is_null()) return InlineStore::NEEDS_DICT;
    } else {
        set_inline_values_count(o, u + 1);
    }
    vals[u] = value;
    return InlineStore::DONE;
}

void clear_inline_values(Object* o) {
    Value* vals = inline_values(o);
    std::fill(vals, vals + inline_values_count(o), Value());
    set_inline_values_count(o, 0);
}

Dict* materialize_inline_values(Object* o) {
    Dict* d = make_dict();
    if (!d) return nullptr;
    SharedKeys* k = o->type->shared_keys;
    Value* vals = inline_values(o);
    uint32_t count = inline_values_count(o);
    for (uint32_t i = 0; i < count; i++) {
        if (vals[i] && !dict_set(d, k->names[i], vals[i])) return nullptr;
    }
    clear_inline_values(o);
    *inline_values_dict_slot(o) = d;
    return d;
}

void init_instance_values_types() {
    SharedKeysType.trace = shared_keys_trace;
    init_static_type(&SharedKeysType, "shared_keys", &ObjectType, sizeof(SharedKeys), 0);
}

} // namespace uopy
