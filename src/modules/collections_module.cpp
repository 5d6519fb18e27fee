// The `_collections` module: deque (with its two iterator types),
// defaultdict, _count_elements and _tuplegetter, which the stdlib's
// collections/__init__.py imports (Counter, namedtuple and ChainMap are
// pure Python on top of them), and OrderedDict, which lives in
// ordered_dict.cpp. CPython counterpart: Modules/_collectionsmodule.c.
//
// A deque is a ring buffer: one GC value buffer whose capacity is a power of
// two, the slot of the leftmost item and the item count. Appending at either
// end is O(1) amortized (the buffer doubles when full and is cut down again
// when a deque that grew large empties). CPython links fixed-size blocks
// instead; what Python code can observe is the same, including the
// "mutation counter" (state) that the iterators and the searching methods
// compare to detect changes made behind their back. Which operations bump
// it follows CPython: everything that adds, removes or moves items, but
// not d[i] = x or reverse().
//
// defaultdict is a real subclass of dict: its instances are Dict objects
// with one more field, the default factory, and dict's own subscript calls
// the __missing__ method defined here (objects/dict.cpp).
//
// As everywhere in uopy, every Value a heap object holds is visited by its
// type's trace function (runtime/gc.h), and the types are built when the
// module is first imported, as in modules/itertools.cpp.
#include "modules/collections_internal.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <cstdint>
#include <string>
#include <utility>

namespace uopy {

static Type DequeType, DequeIterType, DequeRevIterType, DefaultDictType, TupleGetterType;

// -- Shared helpers ---------------------------------------------------------------------------

static Value self_iter(Value self) {
    return self;
}

// The name a repr starts with: the type's __name__ ("deque", or a subclass's).
static std::string repr_type_name(Value self) {
    return std::string(str_view(type_of(self)->name_str));
}

// CPython tries both operands' number slots before a sequence's own concat
// or repeat, so `d + x` gives a class written in Python with __radd__ (or
// __rmul__) its turn first. Here the deque's slot is the one called first:
// it asks the right operand's slot itself. Only Python classes are asked;
// the built-in types know nothing of deques.
static Value try_right_operand(Value a, Value b, int op, BinaryFn mine) {
    Type* tb = type_of(b);
    BinaryFn f = tb->nb[op];
    if (!(tb->flags & TYPE_HEAP) || !f || f == mine || tb == type_of(a)) return NotImplemented();
    return f(a, b);
}

// -- deque: storage ---------------------------------------------------------------------------

struct DequeObject : Object {
    Value* items;    // ring buffer (gc_alloc_values) of [capacity] slots; null when 0
    size_t capacity; // 0 or a power of two
    size_t head;     // slot of the leftmost item
    size_t size;     // number of items
    // maxlen + 1, or 0 when unbounded: a zeroed deque (even one that
    // object.__new__ made) is an empty unbounded one.
    uint64_t maxlen_plus_one;
    uint64_t state; // bumped whenever items are added, removed or moved
};

constexpr size_t kMinCapacity = 8;
constexpr size_t kMaxCapacity = size_t(1) << 40;

static inline DequeObject* as_deque(Value v) {
    return static_cast<DequeObject*>(v.as_ptr());
}
// The maximum length, -1 when unbounded.
static inline int64_t maxlen_of(const DequeObject* d) {
    return static_cast<int64_t>(d->maxlen_plus_one - 1);
}
static inline bool is_deque(Value v) {
    return isinstance_of(v, &DequeType);
}
// The slot of the item at position [i] (0 is the leftmost); i < size.
static inline Value& deque_at(DequeObject* d, size_t i) {
    return d->items[(d->head + i) & (d->capacity - 1)];
}

static void deque_trace(Object* o, Tracer& t) {
    auto* d = static_cast<DequeObject*>(o);
    t.visit_buffer(d->items);
    if (d->size == 0) return;
    // The live items: from the head to the end of the buffer, then the part
    // that wrapped around to its start.
    size_t first = d->capacity - d->head < d->size ? d->capacity - d->head : d->size;
    t.visit_values(d->items + d->head, first);
    t.visit_values(d->items, d->size - first);
}

// Moves the items into a new buffer of [cap] slots (a power of two, at
// least the size), leftmost first.
static bool deque_realloc(DequeObject* d, size_t cap) {
    Value* items = gc_alloc_values(cap);
    if (!items) return false;
    for (size_t i = 0; i < d->size; i++)
        items[i] = deque_at(d, i);
    d->items = items;
    d->capacity = cap;
    d->head = 0;
    return true;
}

// Room for [extra] more items.
static bool deque_reserve(DequeObject* d, size_t extra) {
    if (d->capacity - d->size >= extra) return true;
    if (extra > kMaxCapacity - d->size) {
        raise_memory_error();
        return false;
    }
    size_t cap = d->capacity ? d->capacity : kMinCapacity;
    while (cap - d->size < extra)
        cap *= 2;
    return deque_realloc(d, cap);
}

// After items were removed: a large buffer holding an eighth of its
// capacity or less is cut to a quarter (still twice the items at least).
// Failing to allocate the smaller one is not an error.
static void deque_maybe_shrink(DequeObject* d) {
    if (d->capacity < 64 || d->size * 8 > d->capacity) return;
    if (!deque_realloc(d, d->capacity / 4)) err_clear();
}

// The raw end operations: no maxlen, no state. The push functions need a
// free slot (deque_reserve); the take functions an item.
static inline void push_right(DequeObject* d, Value v) {
    d->items[(d->head + d->size) & (d->capacity - 1)] = v;
    d->size++;
}
static inline void push_left(DequeObject* d, Value v) {
    d->head = (d->head + d->capacity - 1) & (d->capacity - 1);
    d->items[d->head] = v;
    d->size++;
}
static inline Value take_right(DequeObject* d) {
    Value& slot = deque_at(d, d->size - 1);
    Value v = slot;
    slot = Value(); // the buffer must not keep it alive
    d->size--;
    return v;
}
static inline Value take_left(DequeObject* d) {
    Value& slot = d->items[d->head];
    Value v = slot;
    slot = Value();
    d->head = (d->head + 1) & (d->capacity - 1);
    d->size--;
    return v;
}

// append(): a full bounded deque drops its leftmost item.
static bool deque_append_item(DequeObject* d, Value v) {
    d->state++;
    int64_t maxlen = maxlen_of(d);
    if (maxlen == 0) return true; // the item would be dropped at once
    if (!deque_reserve(d, 1)) return false;
    push_right(d, v);
    if (maxlen > 0 && d->size > static_cast<size_t>(maxlen)) take_left(d);
    return true;
}
// appendleft(): a full bounded deque drops its rightmost item.
static bool deque_appendleft_item(DequeObject* d, Value v) {
    d->state++;
    int64_t maxlen = maxlen_of(d);
    if (maxlen == 0) return true;
    if (!deque_reserve(d, 1)) return false;
    push_left(d, v);
    if (maxlen > 0 && d->size > static_cast<size_t>(maxlen)) take_right(d);
    return true;
}

// Inserts [v] before position [i] (0 <= i <= size), moving the shorter side.
static bool deque_insert_at(DequeObject* d, size_t i, Value v) {
    if (!deque_reserve(d, 1)) return false;
    if (i < d->size - i) {
        d->head = (d->head + d->capacity - 1) & (d->capacity - 1);
        d->size++;
        for (size_t k = 0; k < i; k++)
            deque_at(d, k) = deque_at(d, k + 1);
    } else {
        d->size++;
        for (size_t k = d->size - 1; k > i; k--)
            deque_at(d, k) = deque_at(d, k - 1);
    }
    deque_at(d, i) = v;
    return true;
}

// Removes the item at position [i] (< size), moving the shorter side.
static void deque_delete_at(DequeObject* d, size_t i) {
    if (i < d->size / 2) {
        for (size_t k = i; k > 0; k--)
            deque_at(d, k) = deque_at(d, k - 1);
        take_left(d);
    } else {
        for (size_t k = i; k + 1 < d->size; k++)
            deque_at(d, k) = deque_at(d, k + 1);
        take_right(d);
    }
}

// Empties the deque (and lets its buffer go).
static void deque_clear_items(DequeObject* d) {
    if (d->size) d->state++;
    d->items = nullptr;
    d->capacity = 0;
    d->head = 0;
    d->size = 0;
}

// Rotates right by [n] steps (left when negative). CPython counts it as a
// change whenever there are two items or more, even for n == 0.
static void deque_rotate_items(DequeObject* d, int64_t n) {
    int64_t len = static_cast<int64_t>(d->size);
    if (len <= 1) return;
    d->state++;
    n %= len;
    if (n < 0) n += len;
    if (n == 0) return;
    size_t k = static_cast<size_t>(n);
    if (d->size == d->capacity) {
        // A full ring rotates by moving its head.
        d->head = (d->head + d->capacity - k) & (d->capacity - 1);
        return;
    }
    // Otherwise move the items of the shorter side across, one at a time.
    if (k <= d->size / 2) {
        for (size_t j = 0; j < k; j++)
            push_left(d, take_right(d));
    } else {
        for (size_t j = k; j < d->size; j++)
            push_right(d, take_left(d));
    }
}

// The items as a tuple, leftmost first.
static Value deque_snapshot(DequeObject* d) {
    Value t = make_tuple(d->size);
    if (!t) return t;
    for (size_t i = 0; i < d->size; i++)
        tuple_items(t)[i] = deque_at(d, i);
    return t;
}

// extend() / extendleft(). A deque extended by itself takes a snapshot
// first; a deque of maxlen 0 only exhausts the iterable.
static bool deque_extend_impl(Value self, Value iterable, bool left) {
    DequeObject* d = as_deque(self);
    if (iterable == self) {
        iterable = deque_snapshot(d);
        if (!iterable) return false;
    }
    auto add = left ? deque_appendleft_item : deque_append_item;
    // Lists and tuples are read in place: appending runs no Python code.
    if (is_exact_list(iterable) || is_exact_tuple(iterable)) {
        if (maxlen_of(d) == 0) return true;
        bool list = is_exact_list(iterable);
        for (size_t i = 0; i < (list ? list_size(iterable) : tuple_size(iterable)); i++)
            if (!add(d, list ? list_get(iterable, i) : tuple_get(iterable, i))) return false;
        return true;
    }
    Value it = get_iter(iterable);
    if (!it) return false;
    for (;;) {
        Value v = iter_next(it);
        if (!v) return !err_occurred();
        if (maxlen_of(d) != 0 && !add(d, v)) return false;
    }
}

// -- deque: construction ----------------------------------------------------------------------

static Value deque_new(Type* type, const Value*, size_t, Value) {
    // The arguments are __init__'s.
    auto* d = gc_new<DequeObject>(type, type->basic_size);
    if (!d) return Value();
    return Value(d);
}

// deque(iterable=(), maxlen=None); a second __init__ starts over.
static int deque_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("deque", "iterable=, maxlen=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return -1;
    int64_t maxlen = -1;
    if (a[1] && !is_none(a[1])) {
        // PyLong_AsSsize_t: a real int, __index__ is not enough.
        if (!is_int(a[1])) {
            raise(exc::TypeError, "an integer is required");
            return -1;
        }
        if (!int_as_int64(a[1], &maxlen)) return -1;
        if (maxlen < 0) {
            raise(exc::ValueError, "maxlen must be non-negative");
            return -1;
        }
    }
    DequeObject* d = as_deque(self);
    d->maxlen_plus_one = static_cast<uint64_t>(maxlen) + 1;
    if (d->size) deque_clear_items(d);
    if (a[0] && !deque_extend_impl(self, a[0], false)) return -1;
    return 0;
}

// d.copy(): an exact deque is copied directly; a subclass is asked to build
// the copy, as type(d)(d) or type(d)(d, maxlen).
static Value deque_copy_value(Value self) {
    DequeObject* d = as_deque(self);
    if (type_of(self) == &DequeType) {
        auto* c = gc_new<DequeObject>(&DequeType);
        if (!c) return Value();
        Value result(c);
        c->maxlen_plus_one = d->maxlen_plus_one;
        if (d->size) {
            size_t cap = kMinCapacity;
            while (cap < d->size)
                cap *= 2;
            Value* items = gc_alloc_values(cap);
            if (!items) return Value();
            for (size_t i = 0; i < d->size; i++)
                items[i] = deque_at(d, i);
            c->items = items;
            c->capacity = cap;
            c->size = d->size;
        }
        return result;
    }
    Value cls(type_of(self));
    int64_t maxlen = maxlen_of(d);
    Value r = maxlen < 0 ? call1(cls, self) : call2(cls, self, make_int(maxlen));
    if (r && !is_deque(r))
        return raise(exc::TypeError, "%s() must return a deque, not %s", type_of(self)->name,
                     type_name(r));
    return r;
}

// -- deque: methods ---------------------------------------------------------------------------

static Value deque_append(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!fixed_args("deque.append", nargs, kwnames, 1)) return Value();
    return deque_append_item(as_deque(self), args[0]) ? None() : Value();
}
static Value deque_appendleft(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!fixed_args("deque.appendleft", nargs, kwnames, 1)) return Value();
    return deque_appendleft_item(as_deque(self), args[0]) ? None() : Value();
}

static Value deque_pop(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("deque.pop", nargs, kwnames, 0)) return Value();
    DequeObject* d = as_deque(self);
    if (d->size == 0) return raise(exc::IndexError, "pop from an empty deque");
    Value v = take_right(d);
    d->state++;
    deque_maybe_shrink(d);
    return v;
}
static Value deque_popleft(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("deque.popleft", nargs, kwnames, 0)) return Value();
    DequeObject* d = as_deque(self);
    if (d->size == 0) return raise(exc::IndexError, "pop from an empty deque");
    Value v = take_left(d);
    d->state++;
    deque_maybe_shrink(d);
    return v;
}

static Value deque_extend(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!fixed_args("deque.extend", nargs, kwnames, 1)) return Value();
    return deque_extend_impl(self, args[0], false) ? None() : Value();
}
static Value deque_extendleft(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!fixed_args("deque.extendleft", nargs, kwnames, 1)) return Value();
    return deque_extend_impl(self, args[0], true) ? None() : Value();
}

static Value deque_clear(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("deque.clear", nargs, kwnames, 0)) return Value();
    deque_clear_items(as_deque(self));
    return None();
}

static Value deque_copy(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("deque.copy", nargs, kwnames, 0)) return Value();
    return deque_copy_value(self);
}
static Value deque_dunder_copy(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("deque.__copy__", nargs, kwnames, 0)) return Value();
    return deque_copy_value(self);
}

static Value mutated_during_iteration(Type* type) {
    return raise(type, "deque mutated during iteration");
}

// count(x): an item's __eq__ that changes the deque ends the count.
static Value deque_count(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!fixed_args("deque.count", nargs, kwnames, 1)) return Value();
    DequeObject* d = as_deque(self);
    uint64_t state = d->state;
    size_t n = d->size;
    int64_t count = 0;
    for (size_t i = 0; i < n; i++) {
        int eq = rich_compare_bool(deque_at(d, i), args[0], CMP_EQ);
        if (eq < 0) return Value();
        count += eq;
        if (d->state != state) return mutated_during_iteration(exc::RuntimeError);
    }
    return make_int(count);
}

static Value not_in_deque(Value x) {
    Value r = repr(x);
    if (!r) return r;
    return raise_str(exc::ValueError, std::string(str_view(r)) + " is not in deque");
}

// index(x[, start[, stop]])
static Value deque_index(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!no_kwargs("deque.index", kwnames) || !check_nargs_tuple_style("index", nargs, 1, 3))
        return Value();
    DequeObject* d = as_deque(self);
    int64_t start = 0, stop = static_cast<int64_t>(d->size);
    if (nargs > 1 && !slice_index_arg(args[1], &start)) return Value();
    if (nargs > 2 && !slice_index_arg(args[2], &stop)) return Value();
    // (An __index__ above may have changed the deque: its size is read now.)
    int64_t n = static_cast<int64_t>(d->size);
    if (start < 0) {
        start += n;
        if (start < 0) start = 0;
    }
    if (stop < 0) {
        stop += n;
        if (stop < 0) stop = 0;
    }
    if (stop > n) stop = n;
    if (start > stop) start = stop;
    uint64_t state = d->state;
    for (int64_t i = start; i < stop; i++) {
        int eq = rich_compare_bool(deque_at(d, static_cast<size_t>(i)), args[0], CMP_EQ);
        if (eq > 0) return make_int(i);
        if (eq < 0) return Value();
        if (d->state != state) return mutated_during_iteration(exc::RuntimeError);
    }
    return not_in_deque(args[0]);
}

// insert(i, x): as list.insert, but a full bounded deque refuses.
static Value deque_insert(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!no_kwargs("deque.insert", kwnames) || !check_nargs_tuple_style("insert", nargs, 2, 2))
        return Value();
    int64_t index;
    if (!int_as_int64(args[0], &index)) return Value();
    DequeObject* d = as_deque(self);
    int64_t maxlen = maxlen_of(d);
    if (maxlen >= 0 && d->size == static_cast<size_t>(maxlen))
        return raise(exc::IndexError, "deque already at its maximum size");
    int64_t n = static_cast<int64_t>(d->size);
    if (index < 0) {
        index += n;
        if (index < 0) index = 0;
    }
    if (index > n) index = n;
    if (!deque_insert_at(d, static_cast<size_t>(index), args[1])) return Value();
    d->state++;
    return None();
}

// remove(x): the first item equal to x. (CPython reports a change made by
// an item's __eq__ as an IndexError here.)
static Value deque_remove(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!fixed_args("deque.remove", nargs, kwnames, 1)) return Value();
    DequeObject* d = as_deque(self);
    uint64_t state = d->state;
    size_t n = d->size;
    for (size_t i = 0; i < n; i++) {
        int eq = rich_compare_bool(deque_at(d, i), args[0], CMP_EQ);
        if (eq < 0) return Value();
        if (d->state != state) return mutated_during_iteration(exc::IndexError);
        if (eq > 0) {
            deque_delete_at(d, i);
            d->state++;
            deque_maybe_shrink(d);
            return None();
        }
    }
    return not_in_deque(args[0]);
}

// reverse(): in place; not a change for the iterators (as in CPython).
static Value deque_reverse(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("deque.reverse", nargs, kwnames, 0)) return Value();
    DequeObject* d = as_deque(self);
    for (size_t i = 0, j = d->size; i + 1 < j; i++, j--) {
        Value t = deque_at(d, i);
        deque_at(d, i) = deque_at(d, j - 1);
        deque_at(d, j - 1) = t;
    }
    return None();
}

// rotate(n=1)
static Value deque_rotate(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!no_kwargs("deque.rotate", kwnames) || !check_nargs_expected("deque.rotate", nargs, 0, 1))
        return Value();
    int64_t n = 1;
    if (nargs && !int_as_int64(args[0], &n)) return Value();
    deque_rotate_items(as_deque(self), n);
    return None();
}

static Value make_deque_iter(Value deque, bool reverse);

static Value deque_reversed(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("deque.__reversed__", nargs, kwnames, 0)) return Value();
    return make_deque_iter(self, true);
}

// __reduce__: (type(d), () or ((), maxlen), the instance dict or None, iter(d)).
static Value deque_reduce(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("deque.__reduce__", nargs, kwnames, 0)) return Value();
    Value state = get_attr_optional(self, names::__dict__);
    if (!state) {
        if (err_occurred()) return Value();
        state = None();
    } else if (is_dict(state) && dict_size(as_dict(state)) == 0) {
        state = None();
    }
    Value it = get_iter(self);
    if (!it) return it;
    int64_t maxlen = maxlen_of(as_deque(self));
    Value args = empty_tuple();
    if (maxlen >= 0) {
        Value m = make_int(maxlen);
        if (!m) return m;
        args = tuple_pack({empty_tuple(), m});
        if (!args) return args;
    }
    return tuple_pack({Value(type_of(self)), args, state, it});
}

static Value deque_get_maxlen(Value self) {
    int64_t maxlen = maxlen_of(as_deque(self));
    return maxlen < 0 ? None() : make_int(maxlen);
}

static const NativeMethodDef deque_methods[] = {
    {"append", deque_append, NATIVE_KEYWORDS, nullptr},
    {"appendleft", deque_appendleft, NATIVE_KEYWORDS, nullptr},
    {"clear", deque_clear, NATIVE_KEYWORDS, nullptr},
    {"copy", deque_copy, NATIVE_KEYWORDS, nullptr},
    {"__copy__", deque_dunder_copy, NATIVE_KEYWORDS, nullptr},
    {"count", deque_count, NATIVE_KEYWORDS, nullptr},
    {"extend", deque_extend, NATIVE_KEYWORDS, nullptr},
    {"extendleft", deque_extendleft, NATIVE_KEYWORDS, nullptr},
    {"index", deque_index, NATIVE_KEYWORDS, nullptr},
    {"insert", deque_insert, NATIVE_KEYWORDS, nullptr},
    {"pop", deque_pop, NATIVE_KEYWORDS, nullptr},
    {"popleft", deque_popleft, NATIVE_KEYWORDS, nullptr},
    {"remove", deque_remove, NATIVE_KEYWORDS, nullptr},
    {"reverse", deque_reverse, NATIVE_KEYWORDS, nullptr},
    {"rotate", deque_rotate, NATIVE_KEYWORDS, nullptr},
    {"__reversed__", deque_reversed, NATIVE_KEYWORDS, nullptr},
    {"__reduce__", deque_reduce, NATIVE_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

static const GetSetDef deque_getsets[] = {
    {"maxlen", deque_get_maxlen, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- deque: slots -----------------------------------------------------------------------------

static int64_t deque_len(Value self) {
    return static_cast<int64_t>(as_deque(self)->size);
}

// d[i] for an int (or __index__) i; deques take no slices.
static bool deque_item_index(Value self, Value key, int64_t* out) {
    if (!is_index_like(key)) {
        raise(exc::TypeError, "sequence index must be integer, not '%s'", type_name(key));
        return false;
    }
    int64_t i;
    if (!index_as_int64(key, &i, exc::IndexError)) return false;
    int64_t n = static_cast<int64_t>(as_deque(self)->size);
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        raise(exc::IndexError, "deque index out of range");
        return false;
    }
    *out = i;
    return true;
}

static Value deque_getitem(Value self, Value key) {
    int64_t i;
    if (!deque_item_index(self, key, &i)) return Value();
    return deque_at(as_deque(self), static_cast<size_t>(i));
}

// d[i] = x replaces in place (not a change for the iterators); del d[i] is one.
static int deque_setitem(Value self, Value key, Value value) {
    int64_t i;
    if (!deque_item_index(self, key, &i)) return -1;
    DequeObject* d = as_deque(self);
    if (value) {
        deque_at(d, static_cast<size_t>(i)) = value;
        return 0;
    }
    deque_delete_at(d, static_cast<size_t>(i));
    d->state++;
    deque_maybe_shrink(d);
    return 0;
}

static int deque_contains(Value self, Value item) {
    DequeObject* d = as_deque(self);
    uint64_t state = d->state;
    size_t n = d->size;
    for (size_t i = 0; i < n; i++) {
        int eq = rich_compare_bool(deque_at(d, i), item, CMP_EQ);
        if (eq) return eq;
        if (d->state != state) {
            mutated_during_iteration(exc::RuntimeError);
            return -1;
        }
    }
    return 0;
}

// deque([1, 2]), deque([1], maxlen=3); a deque inside itself shows as [...].
static Value deque_repr(Value self) {
    if (repr_enter(self)) return intern("[...]");
    Value list = sequence_to_list(self);
    Value r = list ? repr(list) : Value();
    repr_leave(self);
    if (!r) return r;
    std::string s = repr_type_name(self) + "(" + std::string(str_view(r));
    int64_t maxlen = maxlen_of(as_deque(self));
    if (maxlen >= 0) s += ", maxlen=" + std::to_string(maxlen);
    return make_str(s + ")");
}

// Deques compare item by item, like lists, with other deques only. The two
// are walked as their iterators would walk them, so a change to either
// made by an item's __eq__ is reported.
static Value deque_richcompare(Value v, Value w, CompareOp op) {
    if (!is_deque(v) || !is_deque(w)) return NotImplemented();
    DequeObject *a = as_deque(v), *b = as_deque(w);
    if (op == CMP_EQ || op == CMP_NE) {
        if (v == w) return Bool(op == CMP_EQ);
        if (a->size != b->size) return Bool(op == CMP_NE);
    }
    uint64_t sa = a->state, sb = b->state;
    size_t na = a->size, nb = b->size;
    Value x, y;
    for (size_t i = 0;; i++) {
        if (a->state != sa) return mutated_during_iteration(exc::RuntimeError);
        x = i < na ? deque_at(a, i) : Value();
        if (b->state != sb) return mutated_during_iteration(exc::RuntimeError);
        y = i < nb ? deque_at(b, i) : Value();
        if (!x || !y) break;
        int eq = rich_compare_bool(x, y, CMP_EQ);
        if (eq < 0) return Value();
        if (eq == 0) return rich_compare(x, y, op);
    }
    // One deque (or both) ran out with all items equal so far.
    bool r = false;
    switch (op) {
    case CMP_LT: r = bool(y); break;  // w was longer
    case CMP_LE: r = !x; break;       // v was not longer
    case CMP_EQ: r = !x && !y; break; // both ended
    case CMP_NE: r = bool(x) || bool(y); break;
    case CMP_GT: r = bool(x); break; // v was longer
    case CMP_GE: r = !y; break;      // w was not longer
    }
    return Bool(r);
}

// d + other: a copy of d (made by d's class) extended by another deque.
static Value deque_add(Value a, Value b) {
    if (!is_deque(a)) return NotImplemented(); // no deque + on the right, as in CPython
    Value r = try_right_operand(a, b, NB_ADD, deque_add);
    if (r != NotImplemented()) return r;
    if (!is_deque(b))
        return raise(exc::TypeError, "can only concatenate deque (not \"%s\") to deque",
                     type_name(b));
    Value c = deque_copy_value(a);
    if (!c || !deque_extend_impl(c, b, false)) return Value();
    return c;
}

// d += iterable: extend in place (any iterable, unlike +).
static Value deque_iadd(Value a, Value b) {
    Value r = try_right_operand(a, b, NB_ADD, deque_add);
    if (r != NotImplemented()) return r;
    if (!deque_extend_impl(a, b, false)) return Value();
    return a;
}

// d *= n in place. A bounded deque only needs enough repetitions to fill it
// (the last maxlen items of the result are the same however many more).
static Value deque_repeat_inplace(Value self, int64_t n) {
    DequeObject* d = as_deque(self);
    size_t size = d->size;
    if (size == 0 || n == 1) return self;
    if (n <= 0) {
        deque_clear_items(d);
        return self;
    }
    int64_t maxlen = maxlen_of(d);
    if (maxlen >= 0) {
        // Whole copies that fit, and two more to end on a full last copy.
        int64_t fills = maxlen / static_cast<int64_t>(size);
        if (fills < INT64_MAX - 2 && n > fills + 2) n = fills + 2;
    }
    size_t times = static_cast<size_t>(n);
    if (size > kMaxCapacity / times) {
        raise_memory_error();
        return Value();
    }
    size_t total = size * times;
    if (maxlen >= 0 && total > static_cast<size_t>(maxlen)) total = static_cast<size_t>(maxlen);
    if (total > size && !deque_reserve(d, total - size)) return Value();
    // CPython counts a one-item deque as changed even when nothing is added.
    if (size == 1) d->state++;
    Value items = deque_snapshot(d);
    if (!items) return items;
    for (size_t k = 1; k < times; k++)
        for (size_t i = 0; i < size; i++)
            if (!deque_append_item(d, tuple_get(items, i))) return Value();
    return self;
}

// The repeat count of d * n: anything with __index__.
static bool repeat_count(Value n, int64_t* out) {
    return index_as_int64(n, out, exc::OverflowError);
}

static Value cant_multiply(Value other) {
    return raise(exc::TypeError, "can't multiply sequence by non-int of type '%s'",
                 type_name(other));
}

// d * n and n * d: a copy of d (made by d's class), repeated.
static Value deque_mul(Value a, Value b) {
    Value d = a, n = b;
    if (is_deque(a)) {
        Value r = try_right_operand(a, b, NB_MULTIPLY, deque_mul);
        if (r != NotImplemented()) return r;
    } else {
        d = b;
        n = a;
        // A sequence on the left is repeated first, as CPython's sequence
        // repeat goes: the deque is then the bad count.
        if (!is_index_like(n) &&
            (is_str(n) || is_bytes(n) || is_bytearray(n) || is_list(n) || is_tuple(n)))
            return cant_multiply(d);
    }
    if (!is_index_like(n)) return cant_multiply(n);
    int64_t count;
    if (!repeat_count(n, &count)) return Value();
    Value c = deque_copy_value(d);
    if (!c) return c;
    return deque_repeat_inplace(c, count);
}

static Value deque_imul(Value a, Value b) {
    Value r = try_right_operand(a, b, NB_MULTIPLY, deque_mul);
    if (r != NotImplemented()) return r;
    if (!is_index_like(b)) return cant_multiply(b);
    int64_t count;
    if (!repeat_count(b, &count)) return Value();
    return deque_repeat_inplace(a, count);
}

// -- deque iterators --------------------------------------------------------------------------

struct DequeIterObject : Object {
    Value deque;
    size_t index;   // position of the next item (counting down when reversed)
    size_t counter; // items still to come
    uint64_t state; // the deque's state when the iterator was made
};

static void deque_iter_trace(Object* o, Tracer& t) {
    t.visit(static_cast<DequeIterObject*>(o)->deque);
}

static Value make_deque_iter(Value deque, bool reverse) {
    auto* it = gc_new<DequeIterObject>(reverse ? &DequeRevIterType : &DequeIterType);
    if (!it) return Value();
    DequeObject* d = as_deque(deque);
    it->deque = deque;
    it->counter = d->size;
    it->state = d->state;
    it->index = reverse ? d->size - 1 : 0;
    return Value(it);
}

static Value deque_iter(Value self) {
    return make_deque_iter(self, false);
}

// Any change to the deque since the iterator was made is an error, even
// once the iterator is exhausted (CPython checks the state first).
static Value deque_iter_step(Value self, bool reverse) {
    auto* it = static_cast<DequeIterObject*>(self.as_ptr());
    DequeObject* d = as_deque(it->deque);
    if (d->state != it->state) {
        it->counter = 0;
        return mutated_during_iteration(exc::RuntimeError);
    }
    if (it->counter == 0) return Value();
    Value v = deque_at(d, it->index);
    it->index = reverse ? it->index - 1 : it->index + 1;
    it->counter--;
    return v;
}
static Value deque_iter_next(Value self) {
    return deque_iter_step(self, false);
}
static Value deque_reviter_next(Value self) {
    return deque_iter_step(self, true);
}

static Value deque_iter_length_hint(Value self, const Value*, size_t nargs, Value kwnames) {
    std::string qualname = repr_type_name(self) + ".__length_hint__";
    if (!fixed_args(qualname.c_str(), nargs, kwnames, 0)) return Value();
    return make_int(static_cast<int64_t>(static_cast<DequeIterObject*>(self.as_ptr())->counter));
}

static const NativeMethodDef deque_iter_methods[] = {
    {"__length_hint__", deque_iter_length_hint, NATIVE_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// -- defaultdict ------------------------------------------------------------------------------

struct DefaultDictObject : Dict {
    Value default_factory; // null: none (reads as None)
};

static inline DefaultDictObject* as_defaultdict(Value v) {
    return static_cast<DefaultDictObject*>(v.as_ptr());
}

static void defaultdict_trace(Object* o, Tracer& t) {
    DictType.trace(o, t); // the table
    t.visit(static_cast<DefaultDictObject*>(o)->default_factory);
}

// defaultdict(default_factory=None, /, *args, **kwargs): the rest goes to
// dict.__init__. (The allocation is dict's tp_new, which sizes the object
// by the type's basic_size.)
static int defaultdict_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    Value factory;
    if (nargs > 0) {
        factory = args[0];
        if (!is_none(factory) && !callable(factory)) {
            raise(exc::TypeError, "first argument must be callable or None");
            return -1;
        }
    }
    as_defaultdict(self)->default_factory = factory;
    // The keyword values follow the positionals, so the tail of [args] is
    // still laid out as a call.
    return DictType.init(self, nargs ? args + 1 : args, nargs ? nargs - 1 : 0, kwnames);
}

// d[key] for a missing key: default_factory() is stored and returned.
static Value defaultdict_missing(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!fixed_args("defaultdict.__missing__", nargs, kwnames, 1)) return Value();
    Value factory = as_defaultdict(self)->default_factory;
    if (!factory || is_none(factory)) return raise_with_arg(exc::KeyError, args[0]);
    Value v = call0(factory);
    if (!v) return v;
    if (set_item(self, args[0], v) < 0) return Value();
    return v;
}

// type(d)(d.default_factory, arg): how copy() and | build their result.
static Value new_defaultdict_like(Value self, Value arg) {
    Value factory = as_defaultdict(self)->default_factory;
    return call2(Value(type_of(self)), factory ? factory : None(), arg);
}

static Value defaultdict_copy(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("defaultdict.copy", nargs, kwnames, 0)) return Value();
    return new_defaultdict_like(self, self);
}
static Value defaultdict_dunder_copy(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("defaultdict.__copy__", nargs, kwnames, 0)) return Value();
    return new_defaultdict_like(self, self);
}

// __reduce__: (type(d), (default_factory,) or (), None, None, iter(d.items())).
static Value defaultdict_reduce(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("defaultdict.__reduce__", nargs, kwnames, 0)) return Value();
    Value factory = as_defaultdict(self)->default_factory;
    Value args = factory && !is_none(factory) ? tuple_pack({factory}) : empty_tuple();
    if (!args) return args;
    Value items = call_method(self, "items", {});
    if (!items) return items;
    Value it = get_iter(items);
    if (!it) return it;
    return tuple_pack({Value(type_of(self)), args, None(), None(), it});
}

// defaultdict(<class 'list'>, {...}); the dict part is dict's repr. A factory
// already being represented shows as "...". (CPython leaves the repr guard
// of the factory even when it did not enter it; so does this.)
static Value defaultdict_repr(Value self) {
    Value base = DictType.repr(self);
    if (!base) return base;
    Value factory = as_defaultdict(self)->default_factory;
    std::string fr = "None";
    if (factory) {
        if (repr_enter(factory)) {
            fr = "...";
        } else {
            Value r = repr(factory);
            if (!r) {
                repr_leave(factory);
                return r;
            }
            fr = std::string(str_view(r));
        }
        repr_leave(factory);
    }
    return make_str(repr_type_name(self) + "(" + fr + ", " + std::string(str_view(base)) + ")");
}

// a | b with a defaultdict on either side: a new defaultdict of that side's
// class and factory, holding a's items updated by b's.
static Value defaultdict_or(Value a, Value b) {
    bool left = isinstance_of(a, &DefaultDictType);
    Value self = left ? a : b;
    Value other = left ? b : a;
    if (!is_dict(other)) return NotImplemented();
    Value r = new_defaultdict_like(self, a);
    if (!r) return r;
    if (!is_dict(r)) return raise(exc::SystemError, "bad argument to internal function");
    if (!dict_update(as_dict(r), b)) return Value();
    return r;
}

static Value defaultdict_get_factory(Value self) {
    Value f = as_defaultdict(self)->default_factory;
    return f ? f : None();
}
// Any value may be stored (CPython checks only in __init__); del makes it None.
static int defaultdict_set_factory(Value self, Value value) {
    as_defaultdict(self)->default_factory = value;
    return 0;
}

static const NativeMethodDef defaultdict_methods[] = {
    {"__missing__", defaultdict_missing, NATIVE_KEYWORDS, nullptr},
    {"copy", defaultdict_copy, NATIVE_KEYWORDS, nullptr},
    {"__copy__", defaultdict_dunder_copy, NATIVE_KEYWORDS, nullptr},
    {"__reduce__", defaultdict_reduce, NATIVE_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

static const GetSetDef defaultdict_getsets[] = {
    {"default_factory", defaultdict_get_factory, defaultdict_set_factory, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- _count_elements(mapping, iterable) -------------------------------------------------------

// Counter's inner loop: mapping[x] = mapping.get(x, 0) + 1 for each x. A dict
// (or a subclass that keeps dict's get and __setitem__, as Counter does) is
// updated directly, hashing each element once.
static Value collections_count_elements(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!no_kwargs("_collections._count_elements", kwnames) ||
        !check_nargs_expected("_count_elements", nargs, 2, 2))
        return Value();
    Value mapping = args[0];
    Value it = get_iter(args[1]);
    if (!it) return it;
    Value one = Value::small_int(1);
    Type* mt = type_of(mapping);
    Value get_name = intern("get");
    Value mapping_get = type_lookup(mt, get_name);
    Value mapping_setitem = type_lookup(mt, names::__setitem__);
    if (is_dict(mapping) && mapping_get && mapping_get == type_lookup(&DictType, get_name) &&
        mapping_setitem && mapping_setitem == type_lookup(&DictType, names::__setitem__)) {
        Dict* d = as_dict(mapping);
        for (;;) {
            Value key = iter_next(it);
            if (!key) break;
            int64_t h = hash_of(key);
            if (h == -1) return Value();
            Value old = dict_get_hashed(d, key, h);
            Value nv = one;
            if (old) {
                nv = old.is_int() ? int_add(old, one) : binary_op(old, one, NB_ADD);
                if (!nv) return nv;
            } else if (err_occurred()) {
                return Value();
            }
            if (!dict_set_hashed(d, key, h, nv)) return Value();
        }
    } else {
        Value bound_get = get_attr(mapping, get_name);
        if (!bound_get) return bound_get;
        Value zero = Value::small_int(0);
        for (;;) {
            Value key = iter_next(it);
            if (!key) break;
            Value old = call2(bound_get, key, zero);
            if (!old) return old;
            Value nv = binary_op(old, one, NB_ADD);
            if (!nv) return nv;
            if (set_item(mapping, key, nv) < 0) return Value();
        }
    }
    return err_occurred() ? Value() : None();
}

static const NativeMethodDef collections_functions[] = {
    {"_count_elements", collections_count_elements, NATIVE_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// -- _tuplegetter(index, doc) -----------------------------------------------------------------
//
// namedtuple's field descriptor: reading it on an instance gives that item
// of the tuple; on the class, the descriptor itself. It cannot be set or
// deleted (a data descriptor, so instance attributes never shadow it).

struct TupleGetterObject : Object {
    int64_t index;
    Value doc; // __doc__; null once deleted
};

static void tuplegetter_trace(Object* o, Tracer& t) {
    t.visit(static_cast<TupleGetterObject*>(o)->doc);
}

static Value tuplegetter_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("_tuplegetter", kwnames) ||
        !check_nargs_expected("_tuplegetter", nargs, 2, 2))
        return Value();
    int64_t index;
    if (!int_as_int64(args[0], &index)) return Value();
    auto* g = gc_new<TupleGetterObject>(type, type->basic_size);
    if (!g) return Value();
    g->index = index;
    g->doc = args[1];
    return Value(g);
}

static Value tuplegetter_get(Value descr, Value obj, Value) {
    auto* g = static_cast<TupleGetterObject*>(descr.as_ptr());
    if (!obj || is_none(obj)) return descr;
    if (!is_tuple(obj))
        return raise(exc::TypeError,
                     "descriptor for index '%lld' for tuple subclasses doesn't apply to '%s' "
                     "object",
                     static_cast<long long>(g->index), type_name(obj));
    if (g->index < 0 || static_cast<uint64_t>(g->index) >= tuple_size(obj))
        return raise(exc::IndexError, "tuple index out of range");
    return tuple_get(obj, static_cast<size_t>(g->index));
}

static int tuplegetter_set(Value, Value, Value value) {
    raise(exc::AttributeError, "%s", value ? "can't set attribute" : "can't delete attribute");
    return -1;
}

// _tuplegetter(0, 'Alias for field number 0')
static Value tuplegetter_repr(Value self) {
    auto* g = static_cast<TupleGetterObject*>(self.as_ptr());
    Value dr = repr(g->doc ? g->doc : None());
    if (!dr) return dr;
    return make_str(repr_type_name(self) + "(" + std::to_string(g->index) + ", " +
                    std::string(str_view(dr)) + ")");
}

static Value tuplegetter_reduce(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("_tuplegetter.__reduce__", nargs, kwnames, 0)) return Value();
    auto* g = static_cast<TupleGetterObject*>(self.as_ptr());
    Value index = make_int(g->index);
    if (!index) return index;
    Value args = tuple_pack({index, g->doc ? g->doc : None()});
    if (!args) return args;
    return tuple_pack({Value(type_of(self)), args});
}

static Value tuplegetter_get_doc(Value self) {
    Value doc = static_cast<TupleGetterObject*>(self.as_ptr())->doc;
    return doc ? doc : None();
}
static int tuplegetter_set_doc(Value self, Value value) {
    static_cast<TupleGetterObject*>(self.as_ptr())->doc = value;
    return 0;
}

static const NativeMethodDef tuplegetter_methods[] = {
    {"__reduce__", tuplegetter_reduce, NATIVE_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

static const GetSetDef tuplegetter_getsets[] = {
    {"__doc__", tuplegetter_get_doc, tuplegetter_set_doc, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- Types and the module ---------------------------------------------------------------------

// The tp_new of the iterator types, which Python code cannot instantiate here.
static Value no_new(Type* type, const Value*, size_t, Value) {
    return raise(exc::TypeError, "cannot create '%s' instances", type->name);
}

static void init_deque_iter_type(Type* t, const char* name, UnaryFn next) {
    t->trace = deque_iter_trace;
    t->iter = self_iter;
    t->iternext = next;
    t->tp_new = no_new;
    init_static_type(t, name, &ObjectType, sizeof(DequeIterObject), 0);
    add_methods(t, deque_iter_methods);
    add_slot_wrappers(t);
}

static void init_collections_types() {
    static bool ready = false;
    if (ready) return;
    ready = true;
    // A static type's fields become roots only once init_static_type has
    // registered it, so no collection may run while the types are made.
    bool was_enabled = gc_is_enabled();
    gc_set_enabled(false);

    // deque: all slots are set before init_static_type, which inherits the
    // rest from object (hash stays null beside richcompare: unhashable).
    DequeType.trace = deque_trace;
    DequeType.tp_new = deque_new;
    DequeType.init = deque_init;
    DequeType.repr = deque_repr;
    DequeType.richcompare = deque_richcompare;
    DequeType.iter = deque_iter;
    DequeType.len = deque_len;
    DequeType.getitem = deque_getitem;
    DequeType.setitem = deque_setitem;
    DequeType.contains = deque_contains;
    DequeType.nb[NB_ADD] = deque_add;
    DequeType.nb[NB_MULTIPLY] = deque_mul;
    DequeType.nb_inplace[NB_ADD] = deque_iadd;
    DequeType.nb_inplace[NB_MULTIPLY] = deque_imul;
    init_static_type(&DequeType, "collections.deque", &ObjectType, sizeof(DequeObject),
                     TYPE_BASETYPE | TYPE_WEAKREFABLE);
    add_methods(&DequeType, deque_methods);
    add_getsets(&DequeType, deque_getsets);
    add_class_getitem(&DequeType);
    add_slot_wrappers(&DequeType);
    add_builtin_new_wrapper(&DequeType);
    // A deque matches sequence patterns (CPython's Py_TPFLAGS_SEQUENCE),
    // which vm/pattern_matching.cpp reads from this attribute as it does
    // for collections.abc.Sequence.
    dict_set(DequeType.dict, intern("__abc_tpflags__"), Value::small_int(1 << 5));

    init_deque_iter_type(&DequeIterType, "_collections._deque_iterator", deque_iter_next);
    init_deque_iter_type(&DequeRevIterType, "_collections._deque_reverse_iterator",
                         deque_reviter_next);

    // defaultdict: dict's tp_new, richcompare, len, getitem (which calls
    // __missing__), setitem, iteration and |= are inherited.
    DefaultDictType.trace = defaultdict_trace;
    DefaultDictType.init = defaultdict_init;
    DefaultDictType.repr = defaultdict_repr;
    DefaultDictType.nb[NB_OR] = defaultdict_or;
    init_static_type(&DefaultDictType, "collections.defaultdict", &DictType,
                     sizeof(DefaultDictObject), TYPE_BASETYPE);
    add_methods(&DefaultDictType, defaultdict_methods);
    add_getsets(&DefaultDictType, defaultdict_getsets);
    add_slot_wrappers(&DefaultDictType);

    TupleGetterType.trace = tuplegetter_trace;
    TupleGetterType.tp_new = tuplegetter_new;
    TupleGetterType.repr = tuplegetter_repr;
    TupleGetterType.descr_get = tuplegetter_get;
    TupleGetterType.descr_set = tuplegetter_set;
    init_static_type(&TupleGetterType, "_collections._tuplegetter", &ObjectType,
                     sizeof(TupleGetterObject), 0);
    add_methods(&TupleGetterType, tuplegetter_methods);
    add_getsets(&TupleGetterType, tuplegetter_getsets);
    add_slot_wrappers(&TupleGetterType);
    add_builtin_new_wrapper(&TupleGetterType);

    gc_set_enabled(was_enabled);
    init_ordered_dict_types();
}

Value init_collections_module() {
    init_collections_types();
    ModuleObject* m = make_module("_collections");
    if (!m) return Value();
    Value mod(m);
    add_functions(m->dict, collections_functions, mod);
    const std::pair<const char*, Type*> types[] = {
        {"deque", &DequeType},
        {"defaultdict", &DefaultDictType},
        {"OrderedDict", &OrderedDictType},
        {"_deque_iterator", &DequeIterType},
        {"_deque_reverse_iterator", &DequeRevIterType},
        {"_tuplegetter", &TupleGetterType},
    };
    for (const auto& [name, type] : types)
        if (!dict_set_cstr(m->dict, name, Value(type))) return Value();
    return mod;
}

} // namespace uopy
