// int and bool: small ints live inline in the Value (value.h); wider ones
// are BigInt objects on GMP. CPython counterpart: Objects/longobject.c,
// Objects/boolobject.c.
#pragma once

#include "objects/object.h"

#include <gmp.h>

#include <string>

namespace uopy {

// A heap int. For exact ints the value never fits a small int (see value.h);
// instances of int subclasses also use this layout, with any value.
struct BigInt : Object {
    mpz_t z;
};

// An int (small, big, or of a subclass) or a bool: anything int() accepts
// without calling __index__.
inline bool is_int(Value v) {
    return v.is_int() || (type_of(v)->flags & TYPE_INT_SUBCLASS) != 0;
}
inline bool is_exact_int(Value v) {
    return v.is_int() || (v.is_ptr() && v.as_ptr()->type == &IntType);
}
inline bool is_bool(Value v) {
    return v == True() || v == False();
}

Value make_int(int64_t i);
Value make_uint(uint64_t u);
// Normalizes: a small value comes back tagged.
Value make_int_from_mpz(const mpz_t z);
// Takes ownership of [z] (clears it on failure).
Value make_int_steal_mpz(mpz_t z);
// An int-subclass instance of [type] holding [z].
Value make_int_subclass(Type* type, const mpz_t z);

// Copies an int's value into an initialized mpz.
void int_to_mpz(Value v, mpz_t out);
// The value of an int that fits int64_t; false (OverflowError not set) otherwise.
bool int_fits_int64(Value v, int64_t* out);
// An int or anything with __index__: what sequences accept as an index.
inline bool is_index_like(Value v) {
    return is_int(v) || (v.is_ptr() && type_of(v)->nb_index);
}
// int64 value or OverflowError "Python int too large to convert to C ssize_t".
bool int_as_int64(Value v, int64_t* out);
// The sign: -1, 0, 1.
int int_sign(Value v);
// str() of an int in base 10 (honouring the digit limit): null with ValueError set.
Value int_to_str(Value v);
// sys.get_int_max_str_digits(): converting an int with more decimal digits
// to or from a string (any base but a power of two) raises ValueError, as
// CPython since 3.11 (quadratic-time conversions of huge strings); 0: no limit.
int64_t int_max_str_digits();
void set_int_max_str_digits(int64_t n);
constexpr int64_t kDefaultIntMaxStrDigits = 4300;
constexpr int64_t kIntMaxStrDigitsThreshold = 640; // the smallest limit allowed
// The decimal digits of |z| into [out] (no sign): false with ValueError set
// when there are more than int_max_str_digits().
bool mpz_decimal_digits_checked(const mpz_t z, std::string& out);
// The float value, or OverflowError.
bool int_to_double(Value v, double* out);

// Arithmetic on ints (both operands must satisfy is_int). Results normalized.
Value int_add(Value a, Value b);
Value int_sub(Value a, Value b);
Value int_mul(Value a, Value b);
Value int_floordiv(Value a, Value b);
Value int_mod(Value a, Value b);
// divmod() of two ints: (q, r); NotImplemented when either is not an int.
Value int_divmod(Value a, Value b);
Value int_truediv(Value a, Value b);
Value int_pow(Value a, Value b, Value mod); // mod may be null
Value int_neg(Value a);
// +a: an exact int (bools and int subclasses become plain ints).
Value int_positive(Value a);
int int_compare(Value a, Value b); // -1, 0, 1
// CPython's numeric hash: the value modulo 2^61 - 1, with the sign kept (and
// -1, the error value, is -2). Inline for a small int below the modulus,
// which is its own hash: dict and set lookups hash ints all the time.
int64_t int_hash_slow(Value v);
// The inline case alone: false for any other int.
inline bool int_hash_inline(Value v, int64_t* hash) {
    constexpr int64_t kModulus = (int64_t(1) << 61) - 1;
    if (!v.is_int() || v.as_int() <= -kModulus || v.as_int() >= kModulus) return false;
    *hash = v.as_int() == -1 ? -2 : v.as_int();
    return true;
}
inline int64_t int_hash(Value v) {
    int64_t h;
    if (int_hash_inline(v, &h)) return h;
    return int_hash_slow(v);
}

// __index__: an int for anything that has it; TypeError otherwise.
Value number_index(Value v);
// An index as int64 for sequences: clamps or raises IndexError/OverflowError
// like CPython's PyNumber_AsSsize_t(v, IndexError).
bool index_as_int64(Value v, int64_t* out, Type* overflow_exc);

void init_int_type();

} // namespace uopy
