// The abstract object protocol: the operations the VM and the built-ins
// perform on values of any type, dispatched through type slots. CPython
// counterpart: Objects/abstract.c, Objects/object.c.
// Every function returns null (or -1) with the exception set on failure.
#pragma once

#include "objects/int.h"
#include "objects/object.h"
#include "objects/str.h"

#include <string>

namespace uopy {

Value repr(Value v);
Value str_of(Value v);         // str(v)
Value ascii_of(Value v);       // ascii(v)
int64_t hash_of_slow(Value v); // hash_of without the inline cases
// The hashes known without a call: small ints (below the modulus) and exact
// strs whose hash is cached, the keys sets and dicts see most. False for
// anything else.
inline bool hash_inline(Value v, int64_t* hash) {
    if (v.is_int()) return int_hash_inline(v, hash);
    if (!is_exact_str(v) || as_str(v)->hash == -1) return false;
    *hash = as_str(v)->hash;
    return true;
}
// -1 on error (TypeError: unhashable type).
inline int64_t hash_of(Value v) {
    int64_t h;
    if (hash_inline(v, &h)) return h;
    return hash_of_slow(v);
}
int truthy(Value v); // 1, 0, -1
Value rich_compare(Value a, Value b, CompareOp op);
int rich_compare_bool(Value a, Value b, CompareOp op); // identity implies equality for EQ/NE
int equals(Value a, Value b);                          // rich_compare_bool(a, b, CMP_EQ)
// Hash-table keys (sets, dicts). Two small ints are equal only when they
// are the same word (value.h), so a hash match between different ones (-1
// and -2 both hash to -2) needs no rich comparison.
inline bool both_small_ints(Value a, Value b) {
    return (a.raw() & b.raw() & 1) != 0;
}
// Compares [key] with a stored key of the same hash: 1 equal, 0 not, -1
// error. Exact strs compare without a call into __eq__ (which they cannot
// override), as CPython does.
inline int hashed_keys_equal(Value stored, Value key) {
    if (both_small_ints(stored, key)) return 0;
    if (is_exact_str(stored) && is_exact_str(key)) return str_equal(stored, key);
    return rich_compare_bool(stored, key, CMP_EQ);
}
Value binary_op(Value a, Value b, int op); // op: BinaryOp, including NB_INPLACE_* (>= 13)
Value power3(Value a, Value b, Value c);
Value unary_negative(Value v);
Value unary_positive(Value v);
Value unary_invert(Value v);
Value unary_absolute(Value v);

Value get_attr(Value obj, Value name); // name: str
Value get_attr_cstr(Value obj, const char* name);
// Like get_attr, but a missing attribute gives null with no exception set.
Value get_attr_optional(Value obj, Value name);
int set_attr(Value obj, Value name, Value value); // value null: delete
int set_attr_cstr(Value obj, const char* name, Value value);
bool has_attr(Value obj, Value name); // errors other than AttributeError are cleared too

Value get_item(Value obj, Value key);
int set_item(Value obj, Value key, Value value);
int del_item(Value obj, Value key);
int contains(Value container, Value item); // `item in container`
int64_t length(Value obj);                 // len(); -1 on error
// operator.length_hint: -1 with an exception set on error (a negative
// [fallback] is returned as it is, with none).
int64_t length_hint(Value obj, int64_t fallback);

Value get_iter(Value obj);
// iter_next when there is no item: [f] is [iter]'s iternext slot (null: not
// an iterator, a TypeError), which has just returned null.
Value iter_next_none(Value iter, UnaryFn f);
// The next item; null with no exception set when exhausted. Inline up to the
// slot's call: loops over iterators (sum, zip, map, list(...)) call it per item.
inline Value iter_next(Value iter) {
    UnaryFn f = type_of(iter)->iternext;
    if (f) [[likely]] {
        Value v = f(iter);
        if (v) [[likely]]
            return v;
    }
    return iter_next_none(iter, f);
}
// Collects an iterable into a new list / tuple.
Value sequence_to_list(Value iterable);
Value sequence_to_tuple(Value iterable);

int is_instance(Value obj, Value cls); // isinstance() with tuples and __instancecheck__
int is_subclass(Value derived, Value cls);
// type.__instancecheck__ / type.__subclasscheck__: the checks without the
// hooks, taking __class__ and __bases__ into account as CPython does.
int object_isinstance(Value obj, Value cls);
int recursive_issubclass(Value derived, Value cls);
bool callable(Value v);
Value format_value(Value v, Value spec); // format(v, spec)

// Recursion guard for container reprs (CPython's Py_ReprEnter/Py_ReprLeave):
// repr_enter returns true when [v] is already being represented further up
// (print "[...]"), else records it until repr_leave.
bool repr_enter(Value v);
void repr_leave(Value v);

// A Python-level string for messages (std::string of str(v)/repr(v)); on
// failure returns a placeholder and clears the error.
std::string repr_text(Value v);
std::string str_text(Value v);

} // namespace uopy
