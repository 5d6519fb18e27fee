// The `_heapq` module: heappush, heappop, heapify, heapreplace, heappushpop
// and the max-heap variants _heappop_max, _heapify_max and _heapreplace_max,
// which heapq.py imports over its pure-Python definitions (merge, nlargest
// and nsmallest are written in Python on top of them). CPython counterpart:
// Modules/_heapqmodule.c (3.11).
//
// A heap is a list (or a list subclass, whose own methods are never called)
// kept so that a[k] <= a[2k+1] and a[k] <= a[2k+2]. Items are compared with
// `<` only. A comparison is Python code that may change the list: after
// each one the items are read again from the list, and a list whose length
// changed is reported as CPython reports it ("list changed size during
// iteration").
//
// The functions check their arguments themselves (they are registered with
// NATIVE_KEYWORDS) because CPython names them "_heapq.heappush()" in the
// keyword error and checks keywords before the argument count.
#include "modules/modules.h"
#include "objects/function.h"
#include "objects/list.h"
#include "objects/module.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"

#include <cstdint>

namespace uopy {

// -- Sifting ----------------------------------------------------------------------------------

// a < b for the heap's order: the smallest item on top, or (Max) the largest.
template <bool Max> static inline int heap_less(Value a, Value b) {
    return Max ? rich_compare_bool(b, a, CMP_LT) : rich_compare_bool(a, b, CMP_LT);
}

static int size_changed() {
    raise(exc::RuntimeError, "list changed size during iteration");
    return -1;
}

static int index_out_of_range() {
    raise(exc::IndexError, "index out of range");
    return -1;
}

// The item at [pos] moves up towards [startpos] while it is smaller than
// its parent (CPython's _siftdown).
template <bool Max> static int sift_down(Value heap, size_t startpos, size_t pos) {
    ListObject* l = as_list(heap);
    size_t size = l->size;
    if (pos >= size) return index_out_of_range();
    while (pos > startpos) {
        size_t parentpos = (pos - 1) >> 1;
        Value newitem = l->items[pos];
        Value parent = l->items[parentpos];
        int cmp = heap_less<Max>(newitem, parent);
        if (cmp < 0) return -1;
        if (size != l->size) return size_changed();
        if (cmp == 0) break;
        // The comparison may have replaced items (not the length): swap
        // what is there now.
        Value* items = l->items;
        parent = items[parentpos];
        items[parentpos] = items[pos];
        items[pos] = parent;
        pos = parentpos;
    }
    return 0;
}

// The item at [pos] goes down to a leaf along the smaller children, then
// back up to its place (CPython's _siftup).
template <bool Max> static int sift_up(Value heap, size_t pos) {
    ListObject* l = as_list(heap);
    size_t endpos = l->size;
    size_t startpos = pos;
    if (pos >= endpos) return index_out_of_range();
    size_t limit = endpos >> 1; // the first position without a child
    while (pos < limit) {
        size_t childpos = 2 * pos + 1;
        if (childpos + 1 < endpos) {
            Value a = l->items[childpos];
            Value b = l->items[childpos + 1];
            int cmp = heap_less<Max>(a, b);
            if (cmp < 0) return -1;
            if (cmp == 0) childpos++; // the right child is the smaller one
            if (endpos != l->size) return size_changed();
        }
        Value* items = l->items;
        Value child = items[childpos];
        items[childpos] = items[pos];
        items[pos] = child;
        pos = childpos;
    }
    return sift_down<Max>(heap, startpos, pos);
}

// n rounded down to a power of two (n >= 1).
static size_t keep_top_bit(size_t n) {
    int shift = 0;
    while (n > 1) {
        n >>= 1;
        shift++;
    }
    return n << shift;
}

// Sifts [j] and then, while [j] is a left child (odd) whose right sibling
// was sifted just before, its parent: each parent right after its children.
template <bool Max> static bool sift_with_parents(Value heap, size_t j) {
    for (;;) {
        if (sift_up<Max>(heap, j) < 0) return false;
        if (!(j & 1)) return true;
        j >>= 1;
    }
}

// heapify: sift every node with children, last to first. Large heaps sift
// each parent as soon as its two children are done, while they are still in
// cache; the comparisons made and the heap built are the same.
template <bool Max> static Value heapify_impl(Value heap) {
    size_t n = list_size(heap);
    if (n > 2500) {
        size_t m = n >> 1; // the first node without children
        size_t leftmost = keep_top_bit(m + 1) - 1;
        size_t mhalf = m >> 1;
        for (size_t i = leftmost; i-- > mhalf;)
            if (!sift_with_parents<Max>(heap, i)) return Value();
        for (size_t i = m; i-- > leftmost;)
            if (!sift_with_parents<Max>(heap, i)) return Value();
        return None();
    }
    for (size_t i = n >> 1; i-- > 0;)
        if (sift_up<Max>(heap, i) < 0) return Value();
    return None();
}

// heappop: the last item replaces the top, which is returned.
template <bool Max> static Value heappop_impl(Value heap) {
    ListObject* l = as_list(heap);
    if (l->size == 0) {
        index_out_of_range();
        return Value();
    }
    Value last = l->items[l->size - 1];
    l->items[l->size - 1] = Value();
    l->size--;
    if (l->size == 0) return last;
    Value top = l->items[0];
    l->items[0] = last;
    if (sift_up<Max>(heap, 0) < 0) return Value();
    return top;
}

// heapreplace: [item] replaces the top, which is returned.
template <bool Max> static Value heapreplace_impl(Value heap, Value item) {
    ListObject* l = as_list(heap);
    if (l->size == 0) {
        index_out_of_range();
        return Value();
    }
    Value top = l->items[0];
    l->items[0] = item;
    if (sift_up<Max>(heap, 0) < 0) return Value();
    return top;
}

// -- Argument checks --------------------------------------------------------------------------

// A heap argument is a list: "heappush() argument 1 must be list, not tuple"
// ("argument", with no number, for the one-argument functions).
static bool check_heap(const char* fname, Value heap, bool only_argument) {
    if (is_list(heap)) return true;
    raise(exc::TypeError, "%s() argument%s must be list, not %s", fname, only_argument ? "" : " 1",
          arg_type_name(heap));
    return false;
}

// METH_O: "_heapq.heappop() takes exactly one argument (2 given)".
static bool one_arg(const char* fname, const char* qualname, const Value* args, size_t nargs,
                    Value kwnames) {
    return check_no_kwargs(qualname, kwnames) && check_nargs(qualname, nargs, 1, 1) &&
           check_heap(fname, args[0], true);
}

// Two positionals: "heappush expected 2 arguments, got 1".
static bool two_args(const char* fname, const char* qualname, const Value* args, size_t nargs,
                     Value kwnames) {
    return check_no_kwargs(qualname, kwnames) && check_nargs_expected(fname, nargs, 2, 2) &&
           check_heap(fname, args[0], false);
}

// -- The functions ----------------------------------------------------------------------------

static Value heapq_heappush(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!two_args("heappush", "_heapq.heappush", args, nargs, kwnames)) return Value();
    Value heap = args[0];
    if (!list_append(heap, args[1])) return Value();
    if (sift_down<false>(heap, 0, list_size(heap) - 1) < 0) return Value();
    return None();
}

static Value heapq_heappop(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!one_arg("heappop", "_heapq.heappop", args, nargs, kwnames)) return Value();
    return heappop_impl<false>(args[0]);
}

static Value heapq_heapreplace(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!two_args("heapreplace", "_heapq.heapreplace", args, nargs, kwnames)) return Value();
    return heapreplace_impl<false>(args[0], args[1]);
}

// heappushpop: [item] comes straight back when the heap is empty or its top
// is not smaller; otherwise it replaces the top, which is returned.
static Value heapq_heappushpop(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!two_args("heappushpop", "_heapq.heappushpop", args, nargs, kwnames)) return Value();
    Value heap = args[0], item = args[1];
    ListObject* l = as_list(heap);
    if (l->size == 0) return item;
    int cmp = rich_compare_bool(l->items[0], item, CMP_LT);
    if (cmp < 0) return Value();
    if (cmp == 0) return item;
    // The comparison may have emptied the list.
    if (l->size == 0) {
        index_out_of_range();
        return Value();
    }
    Value top = l->items[0];
    l->items[0] = item;
    if (sift_up<false>(heap, 0) < 0) return Value();
    return top;
}

static Value heapq_heapify(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!one_arg("heapify", "_heapq.heapify", args, nargs, kwnames)) return Value();
    return heapify_impl<false>(args[0]);
}

static Value heapq_heappop_max(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!one_arg("_heappop_max", "_heapq._heappop_max", args, nargs, kwnames)) return Value();
    return heappop_impl<true>(args[0]);
}

static Value heapq_heapreplace_max(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!two_args("_heapreplace_max", "_heapq._heapreplace_max", args, nargs, kwnames))
        return Value();
    return heapreplace_impl<true>(args[0], args[1]);
}

static Value heapq_heapify_max(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!one_arg("_heapify_max", "_heapq._heapify_max", args, nargs, kwnames)) return Value();
    return heapify_impl<true>(args[0]);
}

static const NativeMethodDef heapq_functions[] = {
    {"heappush", heapq_heappush, NATIVE_KEYWORDS,
     "Push item onto heap, maintaining the heap invariant."},
    {"heappop", heapq_heappop, NATIVE_KEYWORDS,
     "Pop the smallest item off the heap, maintaining the heap invariant."},
    {"heapreplace", heapq_heapreplace, NATIVE_KEYWORDS,
     "Pop and return the current smallest value, and add the new item."},
    {"heappushpop", heapq_heappushpop, NATIVE_KEYWORDS,
     "Push item on the heap, then pop and return the smallest item from the heap."},
    {"heapify", heapq_heapify, NATIVE_KEYWORDS,
     "Transform list into a heap, in-place, in O(len(heap)) time."},
    {"_heappop_max", heapq_heappop_max, NATIVE_KEYWORDS, "Maxheap variant of heappop."},
    {"_heapreplace_max", heapq_heapreplace_max, NATIVE_KEYWORDS, "Maxheap variant of heapreplace."},
    {"_heapify_max", heapq_heapify_max, NATIVE_KEYWORDS, "Maxheap variant of heapify."},
    {nullptr, nullptr, 0, nullptr},
};

Value init_heapq_module() {
    ModuleObject* m = make_module("_heapq");
    if (!m) return Value();
    Value mod(m);
    add_functions(m->dict, heapq_functions, mod);
    return mod;
}

} // namespace uopy
