// float: a heap object holding a double. CPython counterpart: Objects/floatobject.c.
#pragma once

#include "objects/object.h"

namespace uopy {

struct FloatObject : Object {
    double value;
};

// A float is an inline float (objects/value.h) or a FloatObject: one outside
// the inline range, or an instance of a float subclass.
inline bool is_float(Value v) {
    return v.is_inline_float() || (v.is_ptr() && isinstance_of(v, &FloatType));
}
inline bool is_exact_float(Value v) {
    return v.is_inline_float() || (v.is_ptr() && v.as_ptr()->type == &FloatType);
}
inline double float_value(Value v) {
    if (__builtin_expect(v.is_inline_float(), 1)) return v.inline_float();
    return static_cast<FloatObject*>(v.as_ptr())->value;
}

Value make_boxed_float(double d);
inline Value make_float(double d) {
    Value v = Value::try_inline_float(d);
    return __builtin_expect(v.is_null(), 0) ? make_boxed_float(d) : v;
}
// int(d): the int a finite double truncates to; null with ValueError (NaN)
// or OverflowError (an infinity) set.
Value float_to_int(double d);
// divmod() with a float operand (the other an int or float): (q, r);
// NotImplemented for other operands.
Value float_divmod(Value a, Value b);
// CPython's numeric hash of a double; a NaN hashes by [identity] (the owner's address).
int64_t hash_double(double d, uint64_t identity);
// float(x) for numbers: int, float, or anything with __float__/__index__.
bool number_to_double(Value v, double* out);
Value float_repr_value(double d);

void init_float_type();

} // namespace uopy
