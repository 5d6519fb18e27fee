// datetime.timedelta: a duration kept as days, seconds (0..86399) and
// microseconds (0..999999), with days in [-999999999, 999999999]. CPython
// counterpart: the PyDateTime_Delta part of Modules/_datetimemodule.c.
//
// Whatever can leave the C ranges (multiplication, division, the
// constructor's sum of units) is computed on Python ints of microseconds
// and converted back, so overflow surfaces as CPython's OverflowErrors.
// Results of arithmetic are plain timedeltas even for subclasses; only the
// constructor builds a subclass instance.
#include "modules/datetime/datetime_internal.h"

#include "objects/float.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/args.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <gmp.h>

#include <climits>
#include <cmath>
#include <cstdio>
#include <string>

namespace uopy::datetime {

Type DeltaType;

namespace {

constexpr int64_t kUsPerSecond = 1000000;
constexpr int64_t kSecondsPerDay = 24 * 3600;

// -- Python-int helpers -----------------------------------------------------------------------

// round(m / n), halves to even (CPython's _PyLong_DivmodNear quotient).
Value divide_nearest(Value m, Value n) {
    if (int_sign(n) == 0)
        return raise(exc::ZeroDivisionError, "integer division or modulo by zero");
    mpz_t a, b, q, r;
    mpz_inits(a, b, q, r, nullptr);
    int_to_mpz(m, a);
    int_to_mpz(n, b);
    mpz_fdiv_qr(q, r, a, b); // r has b's sign
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, b);
    bool more_than_half = mpz_sgn(b) > 0 ? c > 0 : c < 0;
    if (more_than_half || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_clears(a, b, r, nullptr);
    return make_int_steal_mpz(q);
}

// A C int out of a Python int, as _PyLong_AsInt.
bool int_to_c_int(Value v, int64_t* out) {
    if (!int_fits_int64(v, out) || *out > INT_MAX || *out < INT_MIN) {
        raise(exc::OverflowError, "Python int too large to convert to C int");
        return false;
    }
    return true;
}

// The exact (numerator, denominator) of a float, denominator a power of two.
bool float_ratio(double d, Value* num, Value* den) {
    if (std::isinf(d)) {
        raise(exc::OverflowError, "cannot convert Infinity to integer ratio");
        return false;
    }
    if (std::isnan(d)) {
        raise(exc::ValueError, "cannot convert NaN to integer ratio");
        return false;
    }
    int exp;
    double mant = std::frexp(d, &exp);
    // Shift the mantissa into an integer: 53 bits at most.
    for (int i = 0; i < 300 && mant != std::floor(mant); i++) {
        mant *= 2.0;
        exp--;
    }
    mpz_t n, q;
    mpz_init_set_d(n, mant);
    mpz_init_set_ui(q, 1);
    if (exp > 0)
        mpz_mul_2exp(n, n, static_cast<unsigned long>(exp));
    else
        mpz_mul_2exp(q, q, static_cast<unsigned long>(-exp));
    *num = make_int_steal_mpz(n);
    *den = *num ? make_int_steal_mpz(q) : Value();
    if (!*num) mpz_clear(q);
    return *num && *den;
}

// -- Operations -------------------------------------------------------------------------------

// delta * int
Value multiply_int(Value delta, Value i) {
    Value us = delta_to_microseconds(delta);
    Value prod = us ? int_mul(us, i) : Value();
    return prod ? microseconds_to_delta(prod) : Value();
}

// delta * float (divide false) or delta / float (divide true): the exact
// product or quotient of the microseconds, rounded half to even.
Value multiply_divide_float(Value delta, Value f, bool divide) {
    Value num, den;
    if (!float_ratio(float_value(f), &num, &den)) return Value();
    Value us = delta_to_microseconds(delta);
    if (!us) return us;
    Value scaled = int_mul(us, divide ? den : num);
    Value r = scaled ? divide_nearest(scaled, divide ? num : den) : Value();
    return r ? microseconds_to_delta(r) : Value();
}

Value delta_add(Value a, Value b) {
    if (!is_delta(a) || !is_delta(b)) return NotImplemented();
    DeltaObject* x = as_delta(a);
    DeltaObject* y = as_delta(b);
    return new_delta(int64_t(x->days) + y->days, int64_t(x->seconds) + y->seconds,
                     int64_t(x->microseconds) + y->microseconds, true);
}

Value delta_sub(Value a, Value b) {
    if (!is_delta(a) || !is_delta(b)) return NotImplemented();
    return delta_subtract(a, b);
}

Value delta_multiply(Value a, Value b) {
    if (is_delta(a)) {
        if (is_int(b)) return multiply_int(a, b);
        if (is_float(b)) return multiply_divide_float(a, b, false);
    } else if (is_int(a)) {
        return multiply_int(b, a);
    } else if (is_float(a)) {
        return multiply_divide_float(b, a, false);
    }
    return NotImplemented();
}

// delta // int and delta // delta.
Value delta_floor_divide(Value a, Value b) {
    if (!is_delta(a)) return NotImplemented();
    if (!is_int(b) && !is_delta(b)) return NotImplemented();
    Value us = delta_to_microseconds(a);
    if (!us) return us;
    if (is_int(b)) {
        Value q = int_floordiv(us, b);
        return q ? microseconds_to_delta(q) : q;
    }
    Value other = delta_to_microseconds(b);
    return other ? int_floordiv(us, other) : other;
}

Value delta_true_divide(Value a, Value b) {
    if (!is_delta(a)) return NotImplemented();
    if (is_delta(b)) {
        Value x = delta_to_microseconds(a);
        Value y = x ? delta_to_microseconds(b) : Value();
        return y ? int_truediv(x, y) : y;
    }
    if (is_float(b)) return multiply_divide_float(a, b, true);
    if (is_int(b)) {
        Value us = delta_to_microseconds(a);
        Value q = us ? divide_nearest(us, b) : us;
        return q ? microseconds_to_delta(q) : q;
    }
    return NotImplemented();
}

Value delta_remainder(Value a, Value b) {
    if (!is_delta(a) || !is_delta(b)) return NotImplemented();
    Value x = delta_to_microseconds(a);
    Value y = x ? delta_to_microseconds(b) : Value();
    Value r = y ? int_mod(x, y) : y;
    return r ? microseconds_to_delta(r) : r;
}

Value delta_divmod_values(Value a, Value b) {
    if (!is_delta(a) || !is_delta(b)) return NotImplemented();
    Value x = delta_to_microseconds(a);
    Value y = x ? delta_to_microseconds(b) : Value();
    if (!y) return y;
    if (int_sign(y) == 0)
        return raise(exc::ZeroDivisionError, "integer division or modulo by zero");
    Value q = int_floordiv(x, y);
    Value r = q ? int_mod(x, y) : q;
    Value rd = r ? microseconds_to_delta(r) : r;
    return rd ? tuple_pack({q, rd}) : rd;
}

// __divmod__ / __rdivmod__: the builtin divmod() reaches them by name.
Value delta_divmod_method(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!check_wrapper_one_arg("__divmod__", nargs, kwnames)) return Value();
    return delta_divmod_values(self, args[0]);
}
Value delta_rdivmod_method(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!check_wrapper_one_arg("__rdivmod__", nargs, kwnames)) return Value();
    return delta_divmod_values(args[0], self);
}

Value delta_neg(Value self) {
    return delta_negative(self);
}

Value delta_pos(Value self) {
    DeltaObject* d = as_delta(self);
    return new_delta(d->days, d->seconds, d->microseconds, false);
}

Value delta_abs(Value self) {
    return as_delta(self)->days < 0 ? delta_negative(self) : delta_pos(self);
}

int delta_bool(Value self) {
    return delta_is_zero(self) ? 0 : 1;
}

Value delta_richcompare(Value a, Value b, CompareOp op) {
    if (!is_delta(b)) return NotImplemented();
    return diff_to_bool(delta_cmp(a, b), op);
}

int64_t delta_hash_slot(Value self) {
    return delta_hash(self);
}

// -- Construction -----------------------------------------------------------------------------

// Adds [num] units of [factor] microseconds to [sofar]; a float's fraction
// of a microsecond goes to *leftover.
Value accumulate(const char* tag, Value sofar, Value num, int64_t factor, double* leftover) {
    Value f = make_int(factor);
    if (!f) return f;
    if (is_int(num)) {
        Value prod = int_mul(num, f);
        return prod ? int_add(sofar, prod) : prod;
    }
    if (is_float(num)) {
        double dnum = float_value(num);
        double intpart;
        double fracpart = std::modf(dnum, &intpart);
        Value x = float_to_int(intpart);
        Value prod = x ? int_mul(x, f) : x;
        Value sum = prod ? int_add(sofar, prod) : prod;
        if (!sum || fracpart == 0.0) return sum;
        // The exact integer part above; the fraction in float arithmetic.
        double scaled = static_cast<double>(factor) * fracpart;
        fracpart = std::modf(scaled, &intpart);
        x = float_to_int(intpart);
        if (!x) return x;
        *leftover += fracpart;
        return int_add(sum, x);
    }
    return raise(exc::TypeError, "unsupported type for timedelta %s component: %s", tag,
                 type_name(num));
}

Value delta_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    static const ArgSpec specs[] = {
        {"days", ArgKind::Object},         {"seconds", ArgKind::Object},
        {"microseconds", ArgKind::Object}, {"milliseconds", ArgKind::Object},
        {"minutes", ArgKind::Object},      {"hours", ArgKind::Object},
        {"weeks", ArgKind::Object},
    };
    static const ArgParser parser{"__new__", specs, 7, 0, 7};
    ArgValue a[7];
    if (!parser.parse(args, nargs, kwnames, a)) return Value();
    // CPython's summing order, which decides how float fractions round.
    struct Unit {
        int index;
        const char* tag;
        int64_t factor;
    };
    static const Unit units[] = {
        {2, "microseconds", 1},
        {3, "milliseconds", 1000},
        {1, "seconds", kUsPerSecond},
        {4, "minutes", 60 * kUsPerSecond},
        {5, "hours", 3600 * kUsPerSecond},
        {0, "days", kSecondsPerDay * kUsPerSecond},
        {6, "weeks", 7 * kSecondsPerDay * kUsPerSecond},
    };
    Value x = Value::small_int(0);
    double leftover = 0.0;
    for (const Unit& u : units) {
        if (!a[u.index].given) continue;
        x = accumulate(u.tag, x, a[u.index].obj, u.factor, &leftover);
        if (!x) return x;
    }
    if (leftover != 0.0) {
        // Round the fractions' sum to a whole microsecond, halves to even
        // counting x's parity.
        double whole = std::round(leftover);
        if (std::fabs(whole - leftover) == 0.5) {
            mpz_t z;
            mpz_init(z);
            int_to_mpz(x, z);
            int odd = mpz_odd_p(z) ? 1 : 0;
            mpz_clear(z);
            whole = 2.0 * std::round((leftover + odd) * 0.5) - odd;
        }
        Value w = make_int(static_cast<int64_t>(whole));
        x = w ? int_add(x, w) : w;
        if (!x) return x;
    }
    return microseconds_to_delta(x, type);
}

// -- Strings and pickling ---------------------------------------------------------------------

Value delta_repr(Value self) {
    DeltaObject* d = as_delta(self);
    std::string args;
    auto add = [&](const char* name, int32_t v) {
        if (v == 0) return;
        if (!args.empty()) args += ", ";
        args += name;
        args += "=";
        args += std::to_string(v);
    };
    add("days", d->days);
    add("seconds", d->seconds);
    add("microseconds", d->microseconds);
    return make_str(std::string(repr_type_name(self)) + "(" + (args.empty() ? "0" : args.c_str()) +
                    ")");
}

// "D day(s), H:MM:SS[.ffffff]"
Value delta_str(Value self) {
    DeltaObject* d = as_delta(self);
    int64_t seconds = d->seconds;
    int64_t minutes = floor_divmod(seconds, 60, &seconds);
    int64_t hours = floor_divmod(minutes, 60, &minutes);
    char buf[96];
    int n = 0;
    if (d->days)
        n = std::snprintf(buf, sizeof buf, "%d day%s, ", d->days,
                          d->days == 1 || d->days == -1 ? "" : "s");
    n += std::snprintf(buf + n, sizeof buf - n, "%lld:%02lld:%02lld", static_cast<long long>(hours),
                       static_cast<long long>(minutes), static_cast<long long>(seconds));
    if (d->microseconds) std::snprintf(buf + n, sizeof buf - n, ".%06d", d->microseconds);
    return make_str(buf);
}

Value delta_total_seconds(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_noargs("timedelta.total_seconds", nargs, kwnames)) return Value();
    Value us = delta_to_microseconds(self);
    return us ? int_truediv(us, make_int(kUsPerSecond)) : us;
}

// (type(self), (days, seconds, microseconds))
Value delta_reduce(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_noargs("timedelta.__reduce__", nargs, kwnames)) return Value();
    DeltaObject* d = as_delta(self);
    Value state = tuple_pack({make_int(d->days), make_int(d->seconds), make_int(d->microseconds)});
    return state ? tuple_pack({Value(type_of(self)), state}) : state;
}

template <int32_t DeltaObject::*Field> Value delta_field(Value self) {
    return make_int(as_delta(self)->*Field);
}

const GetSetDef delta_getsets[] = {
    {"days", delta_field<&DeltaObject::days>, readonly_member_set, "Number of days."},
    {"seconds", delta_field<&DeltaObject::seconds>, readonly_member_set,
     "Number of seconds (>= 0 and less than 1 day)."},
    {"microseconds", delta_field<&DeltaObject::microseconds>, readonly_member_set,
     "Number of microseconds (>= 0 and less than 1 second)."},
    {nullptr, nullptr, nullptr, nullptr},
};

const NativeMethodDef delta_methods[] = {
    {"total_seconds", delta_total_seconds, NATIVE_KEYWORDS, "The duration in seconds, a float."},
    {"__reduce__", delta_reduce, NATIVE_KEYWORDS, "Pickling: (class, (days, seconds, us))."},
    {"__divmod__", delta_divmod_method, NATIVE_KEYWORDS, "divmod(self, other)"},
    {"__rdivmod__", delta_rdivmod_method, NATIVE_KEYWORDS, "divmod(other, self)"},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace

// -- Shared with the other types --------------------------------------------------------------

Value new_delta(int64_t days, int64_t seconds, int64_t us, bool normalize, Type* type) {
    if (normalize) normalize_d_s_us(&days, &seconds, &us);
    if (!check_delta_day_range(days)) return Value();
    auto* d = gc_new<DeltaObject>(type, type->basic_size);
    if (!d) return Value();
    d->hash = -1;
    d->days = static_cast<int32_t>(days);
    d->seconds = static_cast<int32_t>(seconds);
    d->microseconds = static_cast<int32_t>(us);
    return Value(d);
}

int delta_cmp(Value a, Value b) {
    DeltaObject* x = as_delta(a);
    DeltaObject* y = as_delta(b);
    if (x->days != y->days) return x->days < y->days ? -1 : 1;
    if (x->seconds != y->seconds) return x->seconds < y->seconds ? -1 : 1;
    if (x->microseconds != y->microseconds) return x->microseconds < y->microseconds ? -1 : 1;
    return 0;
}

bool delta_is_zero(Value d) {
    DeltaObject* x = as_delta(d);
    return x->days == 0 && x->seconds == 0 && x->microseconds == 0;
}

Value delta_negative(Value d) {
    DeltaObject* x = as_delta(d);
    return new_delta(-int64_t(x->days), -int64_t(x->seconds), -int64_t(x->microseconds), true);
}

Value delta_subtract(Value a, Value b) {
    DeltaObject* x = as_delta(a);
    DeltaObject* y = as_delta(b);
    return new_delta(int64_t(x->days) - y->days, int64_t(x->seconds) - y->seconds,
                     int64_t(x->microseconds) - y->microseconds, true);
}

Value delta_to_microseconds(Value d) {
    DeltaObject* x = as_delta(d);
    // |days| < 10**9, so the total fits 128 bits but not 64.
    __int128 us = (static_cast<__int128>(x->days) * kSecondsPerDay + x->seconds) * kUsPerSecond +
                  x->microseconds;
    if (us >= INT64_MIN && us <= INT64_MAX) return make_int(static_cast<int64_t>(us));
    bool neg = us < 0;
    unsigned __int128 mag = neg ? -static_cast<unsigned __int128>(us) : us;
    mpz_t z;
    mpz_init_set_ui(z, static_cast<unsigned long>(mag >> 64));
    mpz_mul_2exp(z, z, 64);
    mpz_add_ui(z, z, static_cast<unsigned long>(mag & UINT64_MAX));
    if (neg) mpz_neg(z, z);
    return make_int_steal_mpz(z);
}

Value microseconds_to_delta(Value us, Type* type) {
    Value million = make_int(kUsPerSecond);
    Value seconds = int_floordiv(us, million);
    Value micro = seconds ? int_mod(us, million) : seconds;
    if (!micro) return micro;
    Value day = make_int(kSecondsPerDay);
    Value days = int_floordiv(seconds, day);
    Value secs = days ? int_mod(seconds, day) : days;
    if (!secs) return secs;
    int64_t d, s, u;
    if (!int_to_c_int(micro, &u) || !int_to_c_int(secs, &s) || !int_to_c_int(days, &d))
        return Value();
    return new_delta(d, s, u, false, type);
}

int64_t delta_hash(Value d) {
    DeltaObject* x = as_delta(d);
    if (x->hash != -1) return x->hash;
    Value state = tuple_pack({make_int(x->days), make_int(x->seconds), make_int(x->microseconds)});
    if (!state) return -1;
    int64_t h = hash_of(state);
    x->hash = h;
    return h;
}

void init_delta_type() {
    DeltaType.tp_new = delta_new;
    DeltaType.repr = delta_repr;
    DeltaType.str = delta_str;
    DeltaType.hash = delta_hash_slot;
    DeltaType.richcompare = delta_richcompare;
    DeltaType.nb[NB_ADD] = delta_add;
    DeltaType.nb[NB_SUBTRACT] = delta_sub;
    DeltaType.nb[NB_MULTIPLY] = delta_multiply;
    DeltaType.nb[NB_REMAINDER] = delta_remainder;
    DeltaType.nb[NB_FLOOR_DIVIDE] = delta_floor_divide;
    DeltaType.nb[NB_TRUE_DIVIDE] = delta_true_divide;
    DeltaType.nb_negative = delta_neg;
    DeltaType.nb_positive = delta_pos;
    DeltaType.nb_absolute = delta_abs;
    DeltaType.nb_bool = delta_bool;
    init_static_type(&DeltaType, "datetime.timedelta", &ObjectType, sizeof(DeltaObject),
                     TYPE_BASETYPE);
    dict_set_cstr(
        DeltaType.dict, "__doc__",
        make_str("A duration: timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, "
                 "minutes=0, hours=0, weeks=0), ints or floats of any sign."));
    add_methods(&DeltaType, delta_methods);
    add_getsets(&DeltaType, delta_getsets);
    add_slot_wrappers(&DeltaType);
    add_builtin_new_wrapper(&DeltaType);
}

} // namespace uopy::datetime
