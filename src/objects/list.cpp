// list: a growable array in a GC buffer; indexing, slicing (get, set, del,
// with steps), a stable merge sort, and the methods. CPython counterpart:
// Objects/listobject.c.
#include "objects/list.h"
#include "objects/iterators.h"

#include "objects/function.h"
#include "objects/int.h"
#include "objects/misc.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/type.h"

#include <algorithm>
#include <cstring>
#include <string>

namespace uopy {

Type ListType;

static void list_trace(Object* o, Tracer& t) {
    auto* l = static_cast<ListObject*>(o);
    t.visit_buffer(l->items);
    t.visit_values(l->items, l->size);
}

static bool list_reserve(ListObject* l, size_t need) {
    if (need <= l->capacity) return true;
    if (need > (size_t(1) << 58)) { // more than any machine's memory; keeps cap from overflowing
        raise_memory_error();
        return false;
    }
    size_t cap = l->capacity ? l->capacity : 4;
    while (cap < need)
        cap = cap + (cap >> 1) + 4;
    Value* items = gc_alloc_values(cap);
    if (!items) return false;
    for (size_t i = 0; i < l->size; i++)
        items[i] = l->items[i];
    l->items = items;
    l->capacity = cap;
    return true;
}

Value make_list_with_capacity(size_t cap) {
    auto* l = gc_new<ListObject>(&ListType);
    if (!l) return Value();
    Value v(l);
    if (cap && !list_reserve(l, cap)) return Value();
    return v;
}

Value make_list(size_t n) {
    Value v = make_list_with_capacity(n);
    if (v) as_list(v)->size = n;
    return v;
}

Value make_list_from(const Value* items, size_t n) {
    Value v = make_list_with_capacity(n);
    if (!v) return v;
    for (size_t i = 0; i < n; i++)
        as_list(v)->items[i] = items[i];
    as_list(v)->size = n;
    return v;
}

bool list_append(Value list, Value item) {
    ListObject* l = as_list(list);
    if (l->size == l->capacity && !list_reserve(l, l->size + 1)) return false;
    l->items[l->size++] = item;
    return true;
}

bool list_extend(Value list, Value iterable) {
    // Exact lists and tuples only: a subclass may override __iter__.
    if (is_exact_list(iterable) || is_exact_tuple(iterable)) {
        size_t n = is_list(iterable) ? list_size(iterable) : tuple_size(iterable);
        ListObject* l = as_list(list);
        if (!list_reserve(l, l->size + n)) return false;
        // Read the source after reserving: `l.extend(l)` must see the old size.
        const Value* src = is_list(iterable) ? as_list(iterable)->items : tuple_items(iterable);
        for (size_t i = 0; i < n; i++)
            l->items[l->size + i] = src[i];
        l->size += n;
        return true;
    }
    Value it = get_iter(iterable);
    if (!it) return false;
    // Room for what the iterable says it holds, as CPython: list(range(2**62))
    // is a MemoryError at once, not a machine's memory later.
    int64_t hint = length_hint(iterable, 8);
    if (hint < 0) return false; // (the fallback is positive: an error)
    ListObject* l = as_list(list);
    if (static_cast<uint64_t>(hint) > l->capacity - l->size &&
        !list_reserve(l, l->size + static_cast<size_t>(hint)))
        return false;
    for (;;) {
        Value x = iter_next(it);
        if (!x) return !err_occurred();
        if (!list_append(list, x)) return false;
    }
}

Value list_as_tuple(Value list) {
    return make_tuple_from(as_list(list)->items, list_size(list));
}

// -- Sorting: a stable merge sort with key and reverse --------------------------------------

static bool merge_sort(Value* keys, Value* vals, Value* tmpk, Value* tmpv, size_t n, bool* error) {
    if (n < 2) return true;
    // Insertion sort for short runs.
    if (n <= 16) {
        for (size_t i = 1; i < n; i++) {
            Value k = keys[i], v = vals[i];
            size_t j = i;
            while (j > 0) {
                int lt = rich_compare_bool(k, keys[j - 1], CMP_LT);
                if (lt < 0) {
                    *error = true;
                    return false;
                }
                if (!lt) break;
                keys[j] = keys[j - 1];
                vals[j] = vals[j - 1];
                j--;
            }
            keys[j] = k;
            vals[j] = v;
        }
        return true;
    }
    size_t mid = n / 2;
    if (!merge_sort(keys, vals, tmpk, tmpv, mid, error)) return false;
    if (!merge_sort(keys + mid, vals + mid, tmpk, tmpv, n - mid, error)) return false;
    size_t i = 0, j = mid, o = 0;
    while (i < mid && j < n) {
        int lt = rich_compare_bool(keys[j], keys[i], CMP_LT);
        if (lt < 0) {
            *error = true;
            return false;
        }
        if (lt) {
            tmpk[o] = keys[j];
            tmpv[o++] = vals[j++];
        } else {
            tmpk[o] = keys[i];
            tmpv[o++] = vals[i++];
        }
    }
    while (i < mid) {
        tmpk[o] = keys[i];
        tmpv[o++] = vals[i++];
    }
    while (j < n) {
        tmpk[o] = keys[j];
        tmpv[o++] = vals[j++];
    }
    for (size_t k = 0; k < n; k++) {
        keys[k] = tmpk[k];
        vals[k] = tmpv[k];
    }
    return true;
}

bool list_sort(Value list, Value key, bool reverse) {
    ListObject* l = as_list(list);
    size_t n = l->size;
    ValueVec vals(n), keys(n), tk(n), tv(n);
    for (size_t i = 0; i < n; i++)
        vals[i] = l->items[i];
    // Empty the list while sorting, so mutation by a key or __lt__ is detected.
    Value* saved_items = l->items;
    size_t saved_cap = l->capacity;
    l->items = nullptr;
    l->size = 0;
    l->capacity = 0;
    bool ok = true;
    for (size_t i = 0; i < n && ok; i++) {
        if (key && !is_none(key)) {
            keys[i] = call1(key, vals[i]);
            if (!keys[i]) ok = false;
        } else {
            keys[i] = vals[i];
        }
    }
    // Reverse by reversing before and after: keeps the sort stable.
    if (ok && reverse) {
        std::reverse(keys.begin(), keys.end());
        std::reverse(vals.begin(), vals.end());
    }
    bool error = false;
    if (ok) merge_sort(keys.data(), vals.data(), tk.data(), tv.data(), n, &error);
    if (ok && !error && reverse) std::reverse(vals.begin(), vals.end());
    bool mutated = l->size != 0 || l->items != nullptr;
    l->items = saved_items;
    l->capacity = saved_cap;
    l->size = n;
    for (size_t i = 0; i < n; i++)
        l->items[i] = vals[i];
    if (!ok || error) return false;
    if (mutated) {
        raise(exc::ValueError, "list modified during sort");
        return false;
    }
    return true;
}

// -- Slots ------------------------------------------------------------------------------------

static Value list_repr(Value self) {
    if (list_size(self) == 0) return intern("[]");
    if (repr_enter(self)) return intern("[...]");
    std::string out = "[";
    for (size_t i = 0; i < list_size(self); i++) {
        if (i) out += ", ";
        Value r = repr(list_get(self, i));
        if (!r) {
            repr_leave(self);
            return r;
        }
        out += str_view(r);
    }
    repr_leave(self);
    return make_str(out + "]");
}

Value sequence_compare(const Value* a, size_t na, const Value* b, size_t nb, CompareOp op);

static Value list_richcompare(Value a, Value b, CompareOp op) {
    if (!is_list(a) || !is_list(b)) return NotImplemented();
    if ((op == CMP_EQ || op == CMP_NE) && list_size(a) != list_size(b)) return Bool(op == CMP_NE);
    // Copy: comparisons may mutate the lists.
    ValueVec x, y;
    for (size_t i = 0; i < list_size(a); i++)
        x.push_back(list_get(a, i));
    for (size_t i = 0; i < list_size(b); i++)
        y.push_back(list_get(b, i));
    return sequence_compare(x.data(), x.size(), y.data(), y.size(), op);
}

static int64_t list_len(Value self) {
    return static_cast<int64_t>(list_size(self));
}

static Value list_getitem(Value self, Value key) {
    size_t n = list_size(self);
    if (is_index_like(key)) {
        int64_t i;
        if (!index_as_int64(key, &i, exc::IndexError)) return Value();
        if (i < 0) i += static_cast<int64_t>(n);
        if (i < 0 || static_cast<size_t>(i) >= n)
            return raise(exc::IndexError, "list index out of range");
        return list_get(self, static_cast<size_t>(i));
    }
    if (type_of(key) == &SliceType) {
        int64_t start, stop, step, len;
        if (!slice_indices(key, static_cast<int64_t>(n), &start, &stop, &step, &len))
            return Value();
        Value r = make_list(static_cast<size_t>(len));
        if (!r) return r;
        for (int64_t k = 0, i = start; k < len; k++, i += step)
            as_list(r)->items[k] = list_get(self, i);
        return r;
    }
    return raise(exc::TypeError, "list indices must be integers or slices, not %s", type_name(key));
}

static int list_setitem(Value self, Value key, Value value) {
    ListObject* l = as_list(self);
    size_t n = l->size;
    if (is_index_like(key)) {
        int64_t i;
        if (!index_as_int64(key, &i, exc::IndexError)) return -1;
        if (i < 0) i += static_cast<int64_t>(n);
        if (i < 0 || static_cast<size_t>(i) >= n) {
            raise(exc::IndexError, value ? "list assignment index out of range"
                                         : "list assignment index out of range");
            return -1;
        }
        if (value) {
            l->items[i] = value;
        } else {
            for (size_t k = static_cast<size_t>(i); k + 1 < n; k++)
                l->items[k] = l->items[k + 1];
            l->size--;
        }
        return 0;
    }
    if (type_of(key) != &SliceType) {
        raise(exc::TypeError, "list indices must be integers or slices, not %s", type_name(key));
        return -1;
    }
    int64_t start, stop, step, len;
    if (!slice_indices(key, static_cast<int64_t>(n), &start, &stop, &step, &len)) return -1;
    if (!value) {
        // Delete the selected items, keeping the rest in order.
        std::vector<bool> drop(n, false);
        for (int64_t k = 0, i = start; k < len; k++, i += step)
            drop[i] = true;
        size_t o = 0;
        for (size_t i = 0; i < n; i++)
            if (!drop[i]) l->items[o++] = l->items[i];
        l->size = o;
        return 0;
    }
    // The new items: another list's or a tuple's own array (no Python code
    // runs below, so it stays put), else a snapshot.
    Value seq = value;
    const Value* src;
    size_t m;
    if (is_exact_list(value) && value != self) {
        src = as_list(value)->items;
        m = list_size(value);
    } else {
        seq = value == self ? list_as_tuple(self) : sequence_to_tuple(value);
        if (!seq) {
            if (err_matches(exc::TypeError)) {
                err_clear();
                raise(exc::TypeError, step == 1 ? "can only assign an iterable"
                                                : "must assign iterable to extended slice");
            }
            return -1;
        }
        src = tuple_items(seq);
        m = tuple_size(seq);
    }
    if (step != 1) {
        if (static_cast<int64_t>(m) != len) {
            raise(exc::ValueError,
                  "attempt to assign sequence of size %zu to extended slice of size %lld", m,
                  static_cast<long long>(len));
            return -1;
        }
        for (int64_t k = 0, i = start; k < len; k++, i += step)
            l->items[i] = src[k];
        return 0;
    }
    if (stop < start) stop = start;
    size_t replaced = static_cast<size_t>(stop - start);
    size_t tail = n - static_cast<size_t>(stop);
    size_t new_size = n - replaced + m;
    if (m != replaced) {
        // Move the tail to its new place (after growing, if it grows).
        if (m > replaced && !list_reserve(l, new_size)) return -1;
        std::memmove(static_cast<void*>(l->items + start + m), l->items + stop,
                     tail * sizeof(Value));
    }
    for (size_t k = 0; k < m; k++)
        l->items[start + k] = src[k];
    l->size = new_size;
    return 0;
}

static int list_contains(Value self, Value item) {
    for (size_t i = 0; i < list_size(self); i++) {
        int r = rich_compare_bool(list_get(self, i), item, CMP_EQ);
        if (r) return r;
    }
    return 0;
}

static Value list_add(Value a, Value b) {
    // sq_concat: the other operand's __radd__ has had its turn.
    if (!is_list(a) || !is_list(b))
        return raise(exc::TypeError, "can only concatenate list (not \"%s\") to list",
                     type_name(b));
    Value r = make_list_with_capacity(list_size(a) + list_size(b));
    if (!r || !list_extend(r, a) || !list_extend(r, b)) return Value();
    return r;
}

static Value list_iadd(Value a, Value b) {
    if (!list_extend(a, b)) return Value();
    return a;
}

static Value list_mul(Value a, Value b) {
    Value l = is_list(a) ? a : b;
    Value n = is_list(a) ? b : a;
    if (!is_list(l) || !is_index_like(n)) return NotImplemented();
    int64_t count;
    if (!index_as_int64(n, &count, exc::OverflowError)) return Value();
    if (count <= 0) return make_list(0);
    size_t size = list_size(l);
    if (size && static_cast<uint64_t>(count) > (size_t(1) << 33) / size) {
        raise_memory_error();
        return Value();
    }
    Value r = make_list(size * count);
    if (!r) return r;
    for (int64_t k = 0; k < count; k++)
        for (size_t i = 0; i < size; i++)
            as_list(r)->items[k * size + i] = list_get(l, i);
    return r;
}

static Value list_imul(Value a, Value b) {
    Value r = list_mul(a, b);
    if (!r || r == NotImplemented()) return r;
    ListObject* l = as_list(a);
    l->items = as_list(r)->items;
    l->size = as_list(r)->size;
    l->capacity = as_list(r)->capacity;
    return a;
}

static Value list_iter(Value self) {
    return make_seq_iterator_over(self, 0);
}

static Value list_new(Type* type, const Value*, size_t, Value) {
    Value l = alloc_instance(type);
    return l;
}

static int list_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("list", kwnames) || !check_nargs("list", nargs, 0, 1)) return -1;
    ListObject* l = as_list(self);
    l->size = 0;
    if (nargs) return list_extend(self, args[0]) ? 0 : -1;
    return 0;
}

// -- Methods ----------------------------------------------------------------------------------

static Value m_append(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("list.append", nargs, 1, 1)) return Value();
    return list_append(self, args[0]) ? None() : Value();
}
static Value m_extend(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("list.extend", nargs, 1, 1)) return Value();
    return list_extend(self, args[0]) ? None() : Value();
}
// insert(index, object, /) and pop(index=-1, /): the index is a Py_ssize_t
// (OverflowError "Python int too large to convert to C ssize_t"), read
// before the list is looked at.
static Value m_insert(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("list.insert", nargs, 2, 2)) return Value();
    int64_t i;
    if (!int_as_int64(args[0], &i)) return Value();
    ListObject* l = as_list(self);
    int64_t n = static_cast<int64_t>(l->size);
    if (i < 0) i = std::max<int64_t>(0, i + n);
    if (i > n) i = n;
    if (!list_reserve(l, l->size + 1)) return Value();
    for (int64_t k = n; k > i; k--)
        l->items[k] = l->items[k - 1];
    l->items[i] = args[1];
    l->size++;
    return None();
}
static Value m_pop(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("list.pop", nargs, 0, 1)) return Value();
    int64_t i = -1;
    if (nargs && !int_as_int64(args[0], &i)) return Value();
    ListObject* l = as_list(self);
    if (l->size == 0) return raise(exc::IndexError, "pop from empty list");
    int64_t n = static_cast<int64_t>(l->size);
    if (i < 0) i += n;
    if (i < 0 || i >= n) return raise(exc::IndexError, "pop index out of range");
    Value v = l->items[i];
    for (int64_t k = i; k + 1 < n; k++)
        l->items[k] = l->items[k + 1];
    l->size--;
    return v;
}
static Value m_remove(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("list.remove", nargs, 1, 1)) return Value();
    for (size_t i = 0; i < list_size(self); i++) {
        int r = rich_compare_bool(list_get(self, i), args[0], CMP_EQ);
        if (r < 0) return Value();
        if (r) {
            ListObject* l = as_list(self);
            for (size_t k = i; k + 1 < l->size; k++)
                l->items[k] = l->items[k + 1];
            l->size--;
            return None();
        }
    }
    return raise(exc::ValueError, "list.remove(x): x not in list");
}
static Value m_index(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("list.index", nargs, 1, 3)) return Value();
    int64_t n = static_cast<int64_t>(list_size(self)), start = 0, stop = n;
    if (nargs > 1 && !slice_index_arg(args[1], &start)) return Value();
    if (nargs > 2 && !slice_index_arg(args[2], &stop)) return Value();
    if (start < 0) start = std::max<int64_t>(0, start + n);
    if (stop < 0) stop = std::max<int64_t>(0, stop + n);
    for (int64_t i = start; i < stop && i < static_cast<int64_t>(list_size(self)); i++) {
        int r = rich_compare_bool(list_get(self, i), args[0], CMP_EQ);
        if (r < 0) return Value();
        if (r) return make_int(i);
    }
    Value rr = repr(args[0]);
    if (!rr) return rr;
    return raise(exc::ValueError, "%s is not in list", str_view(rr).data());
}
static Value m_count(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("list.count", nargs, 1, 1)) return Value();
    int64_t c = 0;
    for (size_t i = 0; i < list_size(self); i++) {
        int r = rich_compare_bool(list_get(self, i), args[0], CMP_EQ);
        if (r < 0) return Value();
        c += r;
    }
    return make_int(c);
}
static Value m_clear(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("list.clear", nargs, 0, 0)) return Value();
    as_list(self)->size = 0;
    return None();
}
static Value m_copy(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("list.copy", nargs, 0, 0)) return Value();
    return make_list_from(as_list(self)->items, list_size(self));
}
static Value m_reverse(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("list.reverse", nargs, 0, 0)) return Value();
    ListObject* l = as_list(self);
    std::reverse(l->items, l->items + l->size);
    return None();
}
static Value m_sort(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("sort", "*, key=, reverse=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    int rev; // a C int in CPython, not any truth value
    if (!c_int_arg(a[1], 0, &rev)) return Value();
    return list_sort(self, a[0], rev) ? None() : Value();
}
static Value m_reversed(Value self, const Value*, size_t, Value) {
    return make_seq_iterator_over(self, 2);
}

static const NativeMethodDef list_methods[] = {
    {"append", m_append, NATIVE_O, "append($self, object, /)\n--\n\n"},
    {"extend", m_extend, NATIVE_O, "extend($self, iterable, /)\n--\n\n"},
    {"insert", m_insert, 0, "insert($self, index, object, /)\n--\n\n"},
    {"pop", m_pop, 0, "pop($self, index=-1, /)\n--\n\n"},
    {"remove", m_remove, NATIVE_O, "remove($self, value, /)\n--\n\n"},
    {"index", m_index, 0, "index($self, value, start=0, stop=sys.maxsize, /)\n--\n\n"},
    {"count", m_count, NATIVE_O, "count($self, value, /)\n--\n\n"},
    {"clear", m_clear, NATIVE_NOARGS, "clear($self, /)\n--\n\n"},
    {"copy", m_copy, NATIVE_NOARGS, "copy($self, /)\n--\n\n"},
    {"reverse", m_reverse, NATIVE_NOARGS, "reverse($self, /)\n--\n\n"},
    {"sort", m_sort, NATIVE_KEYWORDS, "sort($self, /, *, key=None, reverse=False)\n--\n\n"},
    {"__reversed__", m_reversed, NATIVE_NOARGS, "__reversed__($self, /)\n--\n\n"},
    {nullptr, nullptr, 0, nullptr},
};

void init_list_type() {
    ListType.trace = list_trace;
    ListType.repr = list_repr;
    ListType.richcompare = list_richcompare;
    ListType.len = list_len;
    ListType.getitem = list_getitem;
    ListType.setitem = list_setitem;
    ListType.contains = list_contains;
    ListType.iter = list_iter;
    ListType.tp_new = list_new;
    ListType.init = list_init;
    ListType.sq_concat = list_add;
    ListType.nb[NB_MULTIPLY] = list_mul;
    ListType.nb_inplace[NB_ADD] = list_iadd;
    ListType.nb_inplace[NB_MULTIPLY] = list_imul;
    init_static_type(&ListType, "list", &ObjectType, sizeof(ListObject),
                     TYPE_BASETYPE | TYPE_LIST_SUBCLASS);
    add_methods(&ListType, list_methods);
}

} // namespace uopy
