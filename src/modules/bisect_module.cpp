// The `_bisect` module: bisect_left, bisect_right, insort_left and
// insort_right, which bisect.py imports over its pure-Python definitions
// (bisect and insort are its aliases of the _right forms). CPython
// counterpart: Modules/_bisectmodule.c (3.11).
//
// The sequence is read through the sequence protocol, one item per probe,
// and items are compared with `<` only (key, when given and not None, is
// applied to each probed item; insort applies it to x as well). An exact
// list is read in place; anything else is indexed with a[i]. insort inserts
// into an exact list directly and calls a.insert(i, x) on anything else.
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/call.h"
#include "runtime/args.h"
#include "runtime/errors.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace uopy {

// -- Arguments --------------------------------------------------------------------------------

// The arguments of all four functions: a, x, lo=0, hi=None, *, key=None.
struct BisectArgs {
    Value a, x, key; // key: null when None or not given
    int64_t lo, hi;  // hi: -1 for len(a), as in CPython (so hi=-1 means len(a) too)
};

static bool parse_bisect_args(const char* fname, const Value* args, size_t nargs, Value kwnames,
                              BisectArgs* out) {
    static const char* const names[] = {"a", "x", "lo", "hi", "key"};
    Value v[5];
    if (!unpack_keyword_args(fname, names, 5, 2, 4, args, nargs, kwnames, v)) return false;
    out->a = v[0];
    out->x = v[1];
    out->lo = 0;
    out->hi = -1;
    // lo: anything with __index__ that fits ("Python int too large to
    // convert to C ssize_t" otherwise).
    if (v[2] && !int_as_int64(v[2], &out->lo)) return false;
    if (v[3] && !is_none(v[3])) {
        if (!is_index_like(v[3])) {
            raise(exc::TypeError, "argument should be integer or None, not '%s'", type_name(v[3]));
            return false;
        }
        if (!index_as_int64(v[3], &out->hi, exc::OverflowError)) return false;
    }
    out->key = v[4] && !is_none(v[4]) ? v[4] : Value();
    return true;
}

// -- Searching --------------------------------------------------------------------------------

// PySequence_Size / PySequence_GetItem: a dict is a mapping, not a sequence.
static int64_t seq_size(Value a) {
    if (is_exact_dict(a)) {
        raise(exc::TypeError, "%s is not a sequence", type_name(a));
        return -1;
    }
    return length(a);
}

static Value seq_item(Value a, int64_t i) {
    if (is_exact_list(a)) {
        // Read in place, checked each time: a comparison may have shrunk it.
        if (static_cast<uint64_t>(i) >= list_size(a))
            return raise(exc::IndexError, "list index out of range");
        return list_get(a, static_cast<size_t>(i));
    }
    if (is_exact_dict(a)) return raise(exc::TypeError, "%s is not a sequence", type_name(a));
    if (!type_of(a)->getitem)
        return raise(exc::TypeError, "'%s' object does not support indexing", type_name(a));
    Value index = make_int(i);
    if (!index) return index;
    return get_item(a, index);
}

// The insertion point of [x] in a[lo:hi]: before the items equal to it
// (right = false) or after them. -1 with the exception set on failure.
static int64_t bisect_impl(Value a, Value x, int64_t lo, int64_t hi, Value key, bool right) {
    if (lo < 0) {
        raise(exc::ValueError, "lo must be non-negative");
        return -1;
    }
    if (hi == -1) {
        hi = seq_size(a);
        if (hi < 0) return -1;
    }
    while (lo < hi) {
        // Unsigned, so that the sum cannot overflow (both are below 2^63).
        int64_t mid =
            static_cast<int64_t>((static_cast<uint64_t>(lo) + static_cast<uint64_t>(hi)) / 2);
        Value item = seq_item(a, mid);
        if (!item) return -1;
        if (key) {
            item = call1(key, item);
            if (!item) return -1;
        }
        int less = right ? rich_compare_bool(x, item, CMP_LT) : rich_compare_bool(item, x, CMP_LT);
        if (less < 0) return -1;
        if (right == (less != 0))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

// Inserts [x] before position [where] of an exact list (clamped to its end).
static bool list_insert_at(Value list, int64_t where, Value x) {
    size_t n = list_size(list);
    size_t i = n;
    if (where < 0)
        i = 0;
    else if (static_cast<uint64_t>(where) < n)
        i = static_cast<size_t>(where);
    if (!list_append(list, x)) return false;
    Value* items = as_list(list)->items;
    for (size_t k = n; k > i; k--)
        items[k] = items[k - 1];
    items[i] = x;
    return true;
}

static Value bisect_function(const char* fname, const Value* args, size_t nargs, Value kwnames,
                             bool right) {
    BisectArgs b;
    if (!parse_bisect_args(fname, args, nargs, kwnames, &b)) return Value();
    int64_t index = bisect_impl(b.a, b.x, b.lo, b.hi, b.key, right);
    if (index < 0) return Value();
    return make_int(index);
}

static Value insort_function(const char* fname, const Value* args, size_t nargs, Value kwnames,
                             bool right) {
    BisectArgs b;
    if (!parse_bisect_args(fname, args, nargs, kwnames, &b)) return Value();
    // key(x) is computed first, even before lo is checked.
    Value kx = b.x;
    if (b.key) {
        kx = call1(b.key, b.x);
        if (!kx) return kx;
    }
    int64_t index = bisect_impl(b.a, kx, b.lo, b.hi, b.key, right);
    if (index < 0) return Value();
    if (is_exact_list(b.a)) {
        if (!list_insert_at(b.a, index, b.x)) return Value();
        return None();
    }
    Value where = make_int(index);
    if (!where) return where;
    Value r = call_method(b.a, "insert", {where, b.x});
    if (!r) return r;
    return None();
}

static Value bisect_bisect_left(Value, const Value* args, size_t nargs, Value kwnames) {
    return bisect_function("bisect_left", args, nargs, kwnames, false);
}
static Value bisect_bisect_right(Value, const Value* args, size_t nargs, Value kwnames) {
    return bisect_function("bisect_right", args, nargs, kwnames, true);
}
static Value bisect_insort_left(Value, const Value* args, size_t nargs, Value kwnames) {
    return insort_function("insort_left", args, nargs, kwnames, false);
}
static Value bisect_insort_right(Value, const Value* args, size_t nargs, Value kwnames) {
    return insort_function("insort_right", args, nargs, kwnames, true);
}

static const NativeMethodDef bisect_functions[] = {
    {"bisect_right", bisect_bisect_right, NATIVE_KEYWORDS,
     "Return the index where to insert item x in list a, assuming a is sorted."},
    {"insort_right", bisect_insort_right, NATIVE_KEYWORDS,
     "Insert item x in list a, and keep it sorted assuming a is sorted."},
    {"bisect_left", bisect_bisect_left, NATIVE_KEYWORDS,
     "Return the index where to insert item x in list a, assuming a is sorted."},
    {"insort_left", bisect_insort_left, NATIVE_KEYWORDS,
     "Insert item x in list a, and keep it sorted assuming a is sorted."},
    {nullptr, nullptr, 0, nullptr},
};

Value init_bisect_module() {
    ModuleObject* m = make_module("_bisect");
    if (!m) return Value();
    Value mod(m);
    add_functions(m->dict, bisect_functions, mod);
    return mod;
}

} // namespace uopy
