// tuple: creation, hashing (CPython's xxHash-based scheme), comparison,
// indexing, slicing, concatenation and its methods. CPython counterpart:
// Objects/tupleobject.c.
#include "objects/tuple.h"
#include "objects/iterators.h"

#include <algorithm>

#include "objects/int.h"
#include "objects/list.h"
#include "objects/misc.h"
#include "objects/str.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/type.h"
#include "objects/function.h"

#include <string>

namespace uopy {

Type TupleType;
static Value g_empty_tuple;

static void tuple_trace(Object* o, Tracer& t) {
    auto* tp = static_cast<TupleObject*>(o);
    t.visit_values(tp->items, tp->size);
}

// A tuple of [N] null items. With the size a constant, the allocation's fast
// path clears the cell with a few stores instead of a memset of any length.
template <size_t N> static Value make_small_tuple() {
    auto* t = gc_new<TupleObject>(&TupleType, sizeof(TupleObject) + N * sizeof(Value));
    if (!t) return Value();
    t->size = N;
    t->hash = -1;
    return Value(t);
}

Value make_tuple(size_t n) {
    switch (n) {
    case 1: return make_small_tuple<1>();
    case 2: return make_small_tuple<2>();
    case 3: return make_small_tuple<3>();
    case 4: return make_small_tuple<4>();
    default: break;
    }
    if (n == 0 && g_empty_tuple) return g_empty_tuple;
    if (n > (size_t(1) << 36)) {
        raise_memory_error();
        return Value();
    }
    auto* t = gc_new<TupleObject>(&TupleType, sizeof(TupleObject) + n * sizeof(Value));
    if (!t) return Value();
    t->size = n;
    t->hash = -1;
    return Value(t);
}

template <size_t N> static Value small_tuple_from(const Value* items) {
    Value t = make_small_tuple<N>();
    if (!t) return t;
    for (size_t i = 0; i < N; i++)
        tuple_items(t)[i] = items[i];
    return t;
}

Value make_tuple_from(const Value* items, size_t n) {
    switch (n) {
    case 1: return small_tuple_from<1>(items);
    case 2: return small_tuple_from<2>(items);
    case 3: return small_tuple_from<3>(items);
    case 4: return small_tuple_from<4>(items);
    default: break;
    }
    Value t = make_tuple(n);
    if (!t) return t;
    for (size_t i = 0; i < n; i++)
        tuple_items(t)[i] = items[i];
    return t;
}

Value make_tuple_subclass(Type* type, const Value* items, size_t n) {
    auto* t = gc_new<TupleObject>(type, sizeof(TupleObject) + n * sizeof(Value) +
                                            var_instance_extra(type));
    if (!t) return Value();
    t->size = n;
    t->hash = -1;
    for (size_t i = 0; i < n; i++)
        t->items[i] = items[i];
    return Value(t);
}

Value empty_tuple() {
    if (!g_empty_tuple) {
        auto* t = gc_new<TupleObject>(&TupleType, sizeof(TupleObject));
        t->gc_flags |= GC_IMMORTAL;
        t->hash = -1;
        g_empty_tuple = Value(t);
    }
    return g_empty_tuple;
}

Value tuple_pack(std::initializer_list<Value> items) {
    for (Value v : items)
        if (!v) return Value();
    return make_tuple_from(items.begin(), items.size());
}

// -- Slots --------------------------------------------------------------------------------

static std::string seq_repr(Value self, const char* open, const char* close, bool one_comma) {
    size_t n = tuple_size(self);
    std::string out = open;
    for (size_t i = 0; i < n; i++) {
        if (i) out += ", ";
        Value r = repr(tuple_get(self, i));
        if (!r) return std::string("\0", 1);
        out += str_view(r);
    }
    if (one_comma && n == 1) out += ",";
    out += close;
    return out;
}

static Value tuple_repr(Value self) {
    if (tuple_size(self) == 0) return intern("()");
    if (repr_enter(self)) return intern("(...)");
    std::string s = seq_repr(self, "(", ")", true);
    repr_leave(self);
    if (s.size() == 1 && s[0] == 0) return Value();
    return make_str(s);
}

// CPython's tuple hash (xxHash's mixing of the item hashes).
static int64_t tuple_hash(Value self) {
    TupleObject* t = as_tuple(self);
    const uint64_t P1 = 11400714785074694791ull, P2 = 14029467366897019727ull,
                   P5 = 2870177450012600261ull;
    uint64_t acc = P5;
    for (size_t i = 0; i < t->size; i++) {
        int64_t h = hash_of(t->items[i]);
        if (h == -1) return -1;
        acc += static_cast<uint64_t>(h) * P2;
        acc = (acc << 31) | (acc >> 33);
        acc *= P1;
    }
    acc += t->size ^ (P5 ^ 3527539ull);
    if (acc == static_cast<uint64_t>(-1)) return 1546275796;
    return static_cast<int64_t>(acc);
}

static int64_t tuple_len(Value self) {
    return static_cast<int64_t>(tuple_size(self));
}

static Value seq_compare(const Value* a, size_t na, const Value* b, size_t nb, CompareOp op) {
    size_t i = 0;
    for (; i < na && i < nb; i++) {
        int eq = rich_compare_bool(a[i], b[i], CMP_EQ);
        if (eq < 0) return Value();
        if (!eq) break;
    }
    if (i >= na || i >= nb) {
        switch (op) {
        case CMP_LT: return Bool(na < nb);
        case CMP_LE: return Bool(na <= nb);
        case CMP_EQ: return Bool(na == nb);
        case CMP_NE: return Bool(na != nb);
        case CMP_GT: return Bool(na > nb);
        case CMP_GE: return Bool(na >= nb);
        }
    }
    if (op == CMP_EQ) return False();
    if (op == CMP_NE) return True();
    return rich_compare(a[i], b[i], op);
}

Value sequence_compare(const Value* a, size_t na, const Value* b, size_t nb, CompareOp op) {
    return seq_compare(a, na, b, nb, op);
}

static Value tuple_richcompare(Value a, Value b, CompareOp op) {
    if (!is_tuple(a) || !is_tuple(b)) return NotImplemented();
    return seq_compare(tuple_items(a), tuple_size(a), tuple_items(b), tuple_size(b), op);
}

static Value tuple_getitem(Value self, Value key) {
    size_t n = tuple_size(self);
    if (key.is_int() || is_index_like(key)) {
        int64_t i;
        if (!index_as_int64(key, &i, exc::IndexError)) return Value();
        if (i < 0) i += static_cast<int64_t>(n);
        if (i < 0 || static_cast<size_t>(i) >= n)
            return raise(exc::IndexError, "tuple index out of range");
        return tuple_get(self, static_cast<size_t>(i));
    }
    if (type_of(key) == &SliceType) {
        int64_t start, stop, step, len;
        if (!slice_indices(key, static_cast<int64_t>(n), &start, &stop, &step, &len))
            return Value();
        Value r = make_tuple(static_cast<size_t>(len));
        if (!r) return r;
        for (int64_t k = 0, i = start; k < len; k++, i += step)
            tuple_items(r)[k] = tuple_get(self, i);
        return r;
    }
    return raise(exc::TypeError, "tuple indices must be integers or slices, not %s",
                 type_name(key));
}

static int tuple_contains(Value self, Value item) {
    for (size_t i = 0; i < tuple_size(self); i++) {
        int r = rich_compare_bool(tuple_get(self, i), item, CMP_EQ);
        if (r) return r;
    }
    return 0;
}

static Value tuple_add(Value a, Value b) {
    // sq_concat: the other operand's __radd__ has had its turn.
    if (!is_tuple(a) || !is_tuple(b))
        return raise(exc::TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                     type_name(b));
    size_t na = tuple_size(a), nb = tuple_size(b);
    Value r = make_tuple(na + nb);
    if (!r) return r;
    for (size_t i = 0; i < na; i++)
        tuple_items(r)[i] = tuple_get(a, i);
    for (size_t i = 0; i < nb; i++)
        tuple_items(r)[na + i] = tuple_get(b, i);
    return r;
}

static Value tuple_mul(Value a, Value b) {
    Value t = is_tuple(a) ? a : b;
    Value n = is_tuple(a) ? b : a;
    if (!is_tuple(t) || !is_index_like(n)) return NotImplemented();
    int64_t count;
    if (!index_as_int64(n, &count, exc::OverflowError)) return Value();
    // An exact tuple repeated once is itself, as in CPython.
    if (is_exact_tuple(t) && (count == 1 || tuple_size(t) == 0)) return t;
    if (count <= 0) return empty_tuple();
    size_t size = tuple_size(t);
    if (size && static_cast<uint64_t>(count) > (size_t(1) << 36) / size) {
        raise_memory_error();
        return Value();
    }
    Value r = make_tuple(size * count);
    if (!r) return r;
    for (int64_t k = 0; k < count; k++)
        for (size_t i = 0; i < size; i++)
            tuple_items(r)[k * size + i] = tuple_get(t, i);
    return r;
}

static Value tuple_iter(Value self) {
    return make_seq_iterator_over(self, 1);
}

static Value tuple_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("tuple", kwnames) || !check_nargs("tuple", nargs, 0, 1)) return Value();
    Value t = nargs ? sequence_to_tuple(args[0]) : empty_tuple();
    if (!t || type == &TupleType) return t;
    return make_tuple_subclass(type, tuple_items(t), tuple_size(t));
}

static Value tuple_count(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("count", nargs, 1, 1)) return Value();
    int64_t c = 0;
    for (size_t i = 0; i < tuple_size(self); i++) {
        int r = rich_compare_bool(tuple_get(self, i), args[0], CMP_EQ);
        if (r < 0) return Value();
        c += r;
    }
    return make_int(c);
}

static Value tuple_index(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("index", nargs, 1, 3)) return Value();
    int64_t n = static_cast<int64_t>(tuple_size(self)), start = 0, stop = n;
    if (nargs > 1 && !slice_index_arg(args[1], &start)) return Value();
    if (nargs > 2 && !slice_index_arg(args[2], &stop)) return Value();
    if (start < 0) start = std::max<int64_t>(0, start + n);
    if (stop < 0) stop = std::max<int64_t>(0, stop + n);
    for (int64_t i = start; i < stop && i < n; i++) {
        int r = rich_compare_bool(tuple_get(self, static_cast<size_t>(i)), args[0], CMP_EQ);
        if (r < 0) return Value();
        if (r) return make_int(i);
    }
    return raise(exc::ValueError, "tuple.index(x): x not in tuple");
}

// __getnewargs__: (tuple(self),), the items as an exact tuple.
static Value tuple_getnewargs(Value self, const Value*, size_t, Value) {
    Value items =
        is_exact_tuple(self) ? self : make_tuple_from(tuple_items(self), tuple_size(self));
    return items ? tuple_pack({items}) : items;
}

static const NativeMethodDef tuple_methods[] = {
    {"__getnewargs__", tuple_getnewargs, NATIVE_NOARGS, "__getnewargs__($self, /)\n--\n\n"},
    {"count", tuple_count, NATIVE_O, "count($self, value, /)\n--\n\n"},
    {"index", tuple_index, 0, "index($self, value, start=0, stop=sys.maxsize, /)\n--\n\n"},
    {nullptr, nullptr, 0, nullptr},
};

void init_tuple_type() {
    TupleType.trace = tuple_trace;
    TupleType.repr = tuple_repr;
    TupleType.hash = tuple_hash;
    TupleType.richcompare = tuple_richcompare;
    TupleType.len = tuple_len;
    TupleType.getitem = tuple_getitem;
    TupleType.contains = tuple_contains;
    TupleType.iter = tuple_iter;
    TupleType.tp_new = tuple_new;
    TupleType.sq_concat = tuple_add;
    TupleType.nb[NB_MULTIPLY] = tuple_mul;
    TupleType.item_size = sizeof(Value);
    init_static_type(&TupleType, "tuple", &ObjectType, sizeof(TupleObject),
                     TYPE_BASETYPE | TYPE_TUPLE_SUBCLASS);
    add_methods(&TupleType, tuple_methods);
    gc_add_root(&g_empty_tuple);
}

} // namespace uopy
