// The `math` module. CPython counterpart: Modules/mathmodule.c.
#include "modules/modules.h"
#include "modules/math_gamma.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/type.h"

#include <cerrno>
#include <cfloat>
#include <cmath>
#include <vector>
#include <climits>
#include <algorithm>

namespace uopy {

static bool arg_double(Value v, double* out) {
    return number_to_double(v, out);
}

// A float function of one argument with CPython's domain/range errors.
// As CPython's math_1: a NaN from a non-NaN is a domain error; an infinity
// from a finite argument is a range error for functions that can overflow
// (exp, cosh, ...) and a domain error (a pole) for the others.
template <double (*F)(double), bool CanOverflow = false>
static Value unary(Value, const Value* args, size_t, Value) {
    double x;
    if (!arg_double(args[0], &x)) return Value();
    double r = F(x);
    if (std::isnan(r) && !std::isnan(x)) return raise(exc::ValueError, "math domain error");
    if (std::isinf(r) && std::isfinite(x)) {
        if (CanOverflow) return raise(exc::OverflowError, "math range error");
        return raise(exc::ValueError, "math domain error");
    }
    return make_float(r);
}

static Value m_sqrt(Value, const Value* a, size_t, Value) {
    double x;
    if (!arg_double(a[0], &x)) return Value();
    if (x < 0) return raise(exc::ValueError, "math domain error");
    return make_float(std::sqrt(x));
}

static Value rounding(Value v, const char* dunder, double (*f)(double)) {
    if (is_int(v)) return call1(Value(&IntType), v);
    Value m = lookup_special(v, intern(dunder));
    if (m && !is_float(v)) return call_special(v, intern(dunder), {});
    double x;
    if (!arg_double(v, &x)) return Value();
    double r = f(x);
    if (std::isnan(r)) return raise(exc::ValueError, "cannot convert float NaN to integer");
    if (std::isinf(r)) return raise(exc::OverflowError, "cannot convert float infinity to integer");
    return call1(Value(&IntType), make_float(r));
}
static Value m_floor(Value, const Value* a, size_t, Value) {
    return rounding(a[0], "__floor__", std::floor);
}
static Value m_ceil(Value, const Value* a, size_t, Value) {
    return rounding(a[0], "__ceil__", std::ceil);
}
static Value m_trunc(Value, const Value* a, size_t, Value) {
    if (!is_float(a[0]) && !is_int(a[0]) && !lookup_special(a[0], intern("__trunc__"))) {
        if (err_occurred()) return Value();
        return raise(exc::TypeError, "type %s doesn't define __trunc__ method", type_name(a[0]));
    }
    return rounding(a[0], "__trunc__", std::trunc);
}
// An int's value as m * 2**e with 0.5 <= m < 1 and m correctly rounded
// (half to even) to 53 bits, for ints too large for a double; CPython's
// _PyLong_Frexp does the same so that logs of huge ints agree.
static double int_frexp(Value v, long* exp) {
    mpz_t z, q, r;
    mpz_inits(z, q, r, nullptr);
    int_to_mpz(v, z);
    mpz_abs(z, z);
    long bits = static_cast<long>(mpz_sizeinbase(z, 2));
    double m;
    if (bits <= 53) {
        m = std::ldexp(mpz_get_d(z), static_cast<int>(-bits));
    } else {
        unsigned long shift = static_cast<unsigned long>(bits - 53);
        mpz_tdiv_q_2exp(q, z, shift);
        mpz_tdiv_r_2exp(r, z, shift);
        // Compare the dropped bits with half a unit of the kept ones.
        mpz_t half;
        mpz_init_set_ui(half, 1);
        mpz_mul_2exp(half, half, shift - 1);
        int c = mpz_cmp(r, half);
        mpz_clear(half);
        if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
        // q <= 2**53 is exact in a double; 2**53 / 2**53 rounds up to 1.0.
        m = std::ldexp(mpz_get_d(q), -53);
        if (m == 1.0) {
            m = 0.5;
            bits++;
        }
    }
    mpz_clears(z, q, r, nullptr);
    *exp = bits;
    return m;
}

// log, log2 and log10 of one argument, as CPython's loghelper: ints are
// handled exactly (sign checked first, huge ones through int_frexp);
// anything else goes through the float function with math_1's checks.
static bool log_of(Value v, double (*f)(double), double* out) {
    if (is_int(v)) {
        if (int_sign(v) <= 0) {
            raise(exc::ValueError, "math domain error");
            return false;
        }
        double d;
        if (int_to_double(v, &d)) {
            *out = f(d);
            return true;
        }
        if (!err_matches(exc::OverflowError)) return false;
        err_clear();
        long e;
        double m = int_frexp(v, &e);
        *out = f(m) + f(2.0) * static_cast<double>(e);
        return true;
    }
    double x;
    if (!arg_double(v, &x)) return false;
    double r = f(x);
    // log(x) for x <= 0 (or -inf): NaN or -inf from a non-NaN argument.
    if ((std::isnan(r) && !std::isnan(x)) || (std::isinf(r) && std::isfinite(x)) ||
        (x == -INFINITY)) {
        raise(exc::ValueError, "math domain error");
        return false;
    }
    *out = r;
    return true;
}
static double d_log(double x) {
    return x > 0 || std::isnan(x) || x == INFINITY ? std::log(x) : NAN;
}
static double d_log2(double x) {
    return x > 0 || std::isnan(x) || x == INFINITY ? std::log2(x) : NAN;
}
static double d_log10(double x) {
    return x > 0 || std::isnan(x) || x == INFINITY ? std::log10(x) : NAN;
}
static Value m_log(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("log", n, 1, 2)) return Value();
    double x, b;
    if (!log_of(a[0], d_log, &x)) return Value();
    if (n == 2) {
        if (!log_of(a[1], d_log, &b)) return Value();
        if (b == 0) return raise(exc::ZeroDivisionError, "float division by zero");
        return make_float(x / b);
    }
    return make_float(x);
}
static Value m_log2(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("log2", n, 1, 1)) return Value();
    double r;
    if (!log_of(a[0], d_log2, &r)) return Value();
    return make_float(r);
}
static Value m_log10(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("log10", n, 1, 1)) return Value();
    double r;
    if (!log_of(a[0], d_log10, &r)) return Value();
    return make_float(r);
}
// As CPython's math_2: a NaN from non-NaN arguments is a domain error, an
// infinity from finite ones a range error.
static Value two_arg_result(double x, double y, double r) {
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y))
        return raise(exc::ValueError, "math domain error");
    if (std::isinf(r) && std::isfinite(x) && std::isfinite(y))
        return raise(exc::OverflowError, "math range error");
    return make_float(r);
}
static Value m_pow(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("pow", n, 2, 2)) return Value();
    double x, y;
    if (!arg_double(a[0], &x) || !arg_double(a[1], &y)) return Value();
    // libm follows C99 Annex F for the special values, as CPython does.
    double r = std::pow(x, y);
    if (!std::isfinite(x) || !std::isfinite(y)) return make_float(r);
    if (std::isnan(r)) return raise(exc::ValueError, "math domain error");
    if (std::isinf(r)) {
        if (x == 0) return raise(exc::ValueError, "math domain error"); // 0 ** negative
        return raise(exc::OverflowError, "math range error");
    }
    return make_float(r);
}
static Value m_atan2(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("atan2", n, 2, 2)) return Value();
    double y, x;
    if (!arg_double(a[0], &y) || !arg_double(a[1], &x)) return Value();
    return two_arg_result(y, x, std::atan2(y, x));
}
// The Euclidean norm of non-negative finite coordinates, as CPython 3.11's
// vector_norm (so hypot and dist agree to the bit): scale by a power of two
// so the largest is in [0.5, 1), sum the squares of Veltkamp-split halves
// with compensation (starting from 1.0 to keep the sum's exponent fixed),
// then refine the square root with one correction step.
static double vector_norm(std::vector<double>& v, double max, bool found_nan) {
    if (std::isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || v.size() <= 1) return max;
    int max_e;
    std::frexp(max, &max_e);
    if (max_e < -1023) {
        // ldexp(1, -max_e) would overflow: make subnormals normal first.
        for (double& x : v)
            x /= DBL_MIN;
        return DBL_MIN * vector_norm(v, max / DBL_MIN, found_nan);
    }
    const double split = 134217729.0; // 2**27 + 1
    const double scale = std::ldexp(1.0, -max_e);
    volatile double csum = 1.0, old;
    double frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
    auto add = [&](double term, double& frac) {
        old = csum;
        csum = csum + term;
        frac += (old - csum) + term;
    };
    for (double x : v) {
        x *= scale;
        double t = x * split;
        double hi = t - (t - x);
        double lo = x - hi;
        add(hi * hi, frac1);
        add(2.0 * hi * lo, frac2);
        frac3 += lo * lo;
    }
    const double h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    // Subtract h**2 exactly (split again) to get the residual.
    double t = h * split;
    double hi = t - (t - h);
    double lo = h - hi;
    add(-hi * hi, frac1);
    add(-2.0 * hi * lo, frac2);
    add(-lo * lo, frac3);
    const double residual = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + residual / (2.0 * h)) / scale;
}
static Value m_hypot(Value, const Value* a, size_t n, Value) {
    std::vector<double> coords(n);
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        double x;
        if (!arg_double(a[i], &x)) return Value();
        x = std::fabs(x);
        coords[i] = x;
        found_nan |= std::isnan(x);
        if (x > max) max = x;
    }
    return make_float(vector_norm(coords, max, found_nan));
}
static Value m_fmod(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("fmod", n, 2, 2)) return Value();
    double x, y;
    if (!arg_double(a[0], &x) || !arg_double(a[1], &y)) return Value();
    if (std::isinf(y) && std::isfinite(x)) return make_float(x);
    double r = std::fmod(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y))
        return raise(exc::ValueError, "math domain error");
    return make_float(r);
}
static Value m_copysign(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("copysign", n, 2, 2)) return Value();
    double x, y;
    if (!arg_double(a[0], &x) || !arg_double(a[1], &y)) return Value();
    return make_float(std::copysign(x, y));
}
template <bool (*P)(double)> static Value m_pred(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("math predicate", n, 1, 1)) return Value();
    double x;
    if (!arg_double(a[0], &x)) return Value();
    return Bool(P(x));
}
static bool p_isnan(double x) {
    return std::isnan(x);
}
static bool p_isinf(double x) {
    return std::isinf(x);
}
static bool p_isfinite(double x) {
    return std::isfinite(x);
}
static Value m_isclose(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("isclose", "a, b, /, *, rel_tol=, abs_tol=");
    Value a[4];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    double x, y, rel = 1e-9, abst = 0;
    if (!arg_double(a[0], &x) || !arg_double(a[1], &y)) return Value();
    if (a[2] && !arg_double(a[2], &rel)) return Value();
    if (a[3] && !arg_double(a[3], &abst)) return Value();
    if (rel < 0 || abst < 0) return raise(exc::ValueError, "tolerances must be non-negative");
    if (x == y) return True();
    if (std::isinf(x) || std::isinf(y)) return False();
    double diff = std::fabs(y - x);
    return Bool(diff <= std::fabs(rel * y) || diff <= std::fabs(rel * x) || diff <= abst);
}
static Value m_gcd(Value, const Value* a, size_t n, Value) {
    mpz_t g, x;
    mpz_init(g);
    mpz_init(x);
    for (size_t i = 0; i < n; i++) {
        Value v = number_index(a[i]);
        if (!v) {
            mpz_clear(g);
            mpz_clear(x);
            return v;
        }
        int_to_mpz(v, x);
        mpz_gcd(g, g, x);
    }
    mpz_clear(x);
    return make_int_steal_mpz(g);
}
static Value m_factorial(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("factorial", n, 1, 1)) return Value();
    Value v = number_index(a[0]);
    if (!v) return v;
    if (int_sign(v) < 0)
        return raise(exc::ValueError, "factorial() not defined for negative values");
    int64_t k;
    if (!int_fits_int64(v, &k) || k > (int64_t(1) << 32))
        return raise(exc::OverflowError, "factorial() argument should not exceed %ld", LONG_MAX);
    mpz_t z;
    mpz_init(z);
    mpz_fac_ui(z, static_cast<unsigned long>(k));
    return make_int_steal_mpz(z);
}
static Value m_isqrt(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("isqrt", n, 1, 1)) return Value();
    Value v = number_index(a[0]);
    if (!v) return v;
    if (int_sign(v) < 0) return raise(exc::ValueError, "isqrt() argument must be nonnegative");
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    mpz_sqrt(z, z);
    return make_int_steal_mpz(z);
}
static Value m_degrees(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("degrees", n, 1, 1)) return Value();
    double x;
    if (!arg_double(a[0], &x)) return Value();
    return make_float(x * (180.0 / M_PI));
}
static Value m_radians(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("radians", n, 1, 1)) return Value();
    double x;
    if (!arg_double(a[0], &x)) return Value();
    return make_float(x * (M_PI / 180.0));
}
// Shewchuk's exact summation as CPython's fsum: non-overlapping partials,
// then a correctly rounded (half-even) total. Infinities and NaNs are
// summed apart; an infinity from finite summands is an overflow.
static Value m_fsum(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("fsum", n, 1, 1)) return Value();
    Value it = get_iter(a[0]);
    if (!it) return it;
    std::vector<double> partials;
    double special_sum = 0.0, inf_sum = 0.0;
    // volatile keeps each rounding step a real double operation.
    volatile double hi, yr, lo;
    for (;;) {
        Value v = iter_next(it);
        if (!v) {
            if (err_occurred()) return Value();
            break;
        }
        double x;
        if (!arg_double(v, &x)) return Value();
        const double original = x;
        size_t kept = 0;
        for (size_t j = 0; j < partials.size(); j++) {
            double y = partials[j];
            if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) partials[kept++] = lo;
            x = hi;
        }
        partials.resize(kept);
        if (x == 0.0) continue;
        if (!std::isfinite(x)) {
            if (std::isfinite(original))
                return raise(exc::OverflowError, "intermediate overflow in fsum");
            if (std::isinf(original)) inf_sum += original;
            special_sum += original;
            partials.clear();
        } else {
            partials.push_back(x);
        }
    }
    if (special_sum != 0.0) {
        if (std::isnan(inf_sum)) return raise(exc::ValueError, "-inf + inf in fsum");
        return make_float(special_sum);
    }
    double total = 0.0;
    size_t left = partials.size();
    if (left > 0) {
        hi = partials[--left];
        lo = 0.0;
        // Add from the largest partial down while the sum stays exact.
        while (left > 0) {
            double x = hi, y = partials[--left];
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        // The rest of the partials push a half-way case away from even.
        if (left > 0 &&
            ((lo < 0.0 && partials[left - 1] < 0.0) || (lo > 0.0 && partials[left - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            yr = x - hi;
            if (y == yr) hi = x;
        }
        total = hi;
    }
    return make_float(total);
}
static Value m_prod(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("prod", "iterable, /, *, start=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    Value acc = a[1] ? a[1] : Value::small_int(1);
    Value it = get_iter(a[0]);
    if (!it) return it;
    for (;;) {
        Value v = iter_next(it);
        if (!v) return err_occurred() ? Value() : acc;
        acc = binary_op(acc, v, NB_MULTIPLY);
        if (!acc) return acc;
    }
}

static double d_fabs(double x) {
    return std::fabs(x);
}
static double d_exp(double x) {
    return std::exp(x);
}
static double d_sin(double x) {
    return std::sin(x);
}
static double d_cos(double x) {
    return std::cos(x);
}
static double d_tan(double x) {
    return std::tan(x);
}
static double d_asin(double x) {
    return std::asin(x);
}
static double d_acos(double x) {
    return std::acos(x);
}
static double d_atan(double x) {
    return std::atan(x);
}
static double d_sinh(double x) {
    return std::sinh(x);
}
static double d_cosh(double x) {
    return std::cosh(x);
}
static double d_tanh(double x) {
    return std::tanh(x);
}
static double d_sqrt(double x) {
    return std::sqrt(x);
}

static double d_asinh(double x) {
    return std::asinh(x);
}
static double d_acosh(double x) {
    return std::acosh(x);
}
static double d_atanh(double x) {
    return std::atanh(x);
}
static double d_expm1(double x) {
    return std::expm1(x);
}
static double d_log1p(double x) {
    return std::log1p(x);
}
static double d_cbrt(double x) {
    return std::cbrt(x);
}
static double d_exp2(double x) {
    return std::exp2(x);
}
static double d_erf(double x) {
    return std::erf(x);
}
static double d_erfc(double x) {
    return std::erfc(x);
}

// gamma and lgamma follow CPython's own Lanczos-based algorithm (not libm's)
// so that results are bit-identical; see math_gamma.h for the constants.
static Value gamma_result(double r, int err) {
    if (err == EDOM) return raise(exc::ValueError, "math domain error");
    if (err == ERANGE && std::fabs(r) >= 1.5) return raise(exc::OverflowError, "math range error");
    return make_float(r);
}
static Value m_gamma(Value, const Value* a, size_t, Value) {
    double x;
    if (!arg_double(a[0], &x)) return Value();
    int err = 0;
    double r = lanczos_gamma(x, &err);
    return gamma_result(r, err);
}
static Value m_lgamma(Value, const Value* a, size_t, Value) {
    double x;
    if (!arg_double(a[0], &x)) return Value();
    int err = 0;
    double r = lanczos_lgamma(x, &err);
    return gamma_result(r, err);
}

static Value m_modf(Value, const Value* a, size_t, Value) {
    double x, ip;
    if (!arg_double(a[0], &x)) return Value();
    if (std::isinf(x)) return tuple_pack({make_float(std::copysign(0.0, x)), make_float(x)});
    double fp = std::modf(x, &ip);
    return tuple_pack({make_float(fp), make_float(ip)});
}
static Value m_frexp(Value, const Value* a, size_t, Value) {
    double x;
    if (!arg_double(a[0], &x)) return Value();
    int e = 0;
    double m = (std::isnan(x) || std::isinf(x) || x == 0) ? x : std::frexp(x, &e);
    return tuple_pack({make_float(m), make_int(e)});
}
static Value m_ldexp(Value, const Value* a, size_t n, Value) {
    if (!check_nargs_expected("ldexp", n, 2, 2)) return Value();
    double x;
    if (!arg_double(a[0], &x)) return Value();
    if (!is_int(a[1])) return raise(exc::TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (!int_fits_int64(a[1], &e)) e = int_sign(a[1]) < 0 ? INT32_MIN : INT32_MAX;
    e = std::clamp<int64_t>(e, INT32_MIN, INT32_MAX);
    if (x == 0 || !std::isfinite(x)) return make_float(x);
    double r = std::ldexp(x, static_cast<int>(e));
    if (std::isinf(r)) return raise(exc::OverflowError, "math range error");
    return make_float(r);
}
static Value m_remainder(Value, const Value* a, size_t n, Value) {
    if (!check_nargs_expected("remainder", n, 2, 2)) return Value();
    double x, y;
    if (!arg_double(a[0], &x) || !arg_double(a[1], &y)) return Value();
    if (std::isnan(x) || std::isnan(y)) return make_float(NAN);
    if (std::isinf(x) || y == 0) return raise(exc::ValueError, "math domain error");
    return make_float(std::remainder(x, y));
}
static Value m_nextafter(Value, const Value* a, size_t n, Value) {
    if (!check_nargs_expected("nextafter", n, 2, 2)) return Value();
    double x, y;
    if (!arg_double(a[0], &x) || !arg_double(a[1], &y)) return Value();
    return make_float(std::nextafter(x, y));
}
static Value m_ulp(Value, const Value* a, size_t, Value) {
    double x;
    if (!arg_double(a[0], &x)) return Value();
    if (std::isnan(x)) return make_float(x);
    x = std::fabs(x);
    if (std::isinf(x)) return make_float(x);
    double next = std::nextafter(x, INFINITY);
    if (std::isinf(next)) return make_float(x - std::nextafter(x, -INFINITY));
    return make_float(next - x);
}
static Value m_dist(Value, const Value* a, size_t n, Value) {
    if (!check_nargs_expected("dist", n, 2, 2)) return Value();
    Value p = sequence_to_tuple(a[0]), q = sequence_to_tuple(a[1]);
    if (!p || !q) return Value();
    if (tuple_size(p) != tuple_size(q))
        return raise(exc::ValueError, "both points must have the same number of dimensions");
    std::vector<double> diffs(tuple_size(p));
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < diffs.size(); i++) {
        double x, y;
        if (!arg_double(tuple_get(p, i), &x) || !arg_double(tuple_get(q, i), &y)) return Value();
        double d = std::fabs(x - y);
        diffs[i] = d;
        found_nan |= std::isnan(d);
        if (d > max) max = d;
    }
    return make_float(vector_norm(diffs, max, found_nan));
}

// comb(n, k) and perm(n, k) on big ints.
static Value comb_perm(const Value* a, size_t n, bool comb) {
    if (!check_nargs_expected(comb ? "comb" : "perm", n, comb ? 2 : 1, 2)) return Value();
    // perm(n) is n!, with factorial()'s own checks and wording.
    if (!comb && (n == 1 || is_none(a[1]))) return m_factorial(Value(), a, 1, Value());
    Value nv = number_index(a[0]);
    if (!nv) return nv;
    Value kv = number_index(a[1]);
    if (!kv) return kv;
    if (int_sign(nv) < 0) return raise(exc::ValueError, "n must be a non-negative integer");
    if (int_sign(kv) < 0) return raise(exc::ValueError, "k must be a non-negative integer");
    if (int_compare(kv, nv) > 0) return make_int(0);
    int64_t k;
    if (!int_fits_int64(kv, &k) || k > (int64_t(1) << 32))
        return raise(exc::OverflowError, "k must not exceed %ld", LONG_MAX);
    mpz_t nz, r, term;
    mpz_inits(nz, r, term, nullptr);
    int_to_mpz(nv, nz);
    if (comb) {
        // Use the smaller of k and n-k.
        mpz_sub_ui(term, nz, static_cast<unsigned long>(k));
        if (mpz_cmp_ui(term, static_cast<unsigned long>(k)) < 0)
            k = static_cast<int64_t>(mpz_get_ui(term));
        if (mpz_fits_ulong_p(nz)) {
            mpz_bin_uiui(r, mpz_get_ui(nz), static_cast<unsigned long>(k));
        } else {
            mpz_bin_ui(r, nz, static_cast<unsigned long>(k));
        }
    } else {
        mpz_set_ui(r, 1);
        for (int64_t i = 0; i < k; i++) {
            mpz_sub_ui(term, nz, static_cast<unsigned long>(i));
            mpz_mul(r, r, term);
        }
    }
    mpz_clears(nz, term, nullptr);
    return make_int_steal_mpz(r);
}
static Value m_comb(Value, const Value* a, size_t n, Value) {
    return comb_perm(a, n, true);
}
static Value m_perm(Value, const Value* a, size_t n, Value) {
    return comb_perm(a, n, false);
}
static Value m_lcm(Value, const Value* a, size_t n, Value) {
    mpz_t l, x;
    mpz_init_set_ui(l, 1);
    mpz_init(x);
    for (size_t i = 0; i < n; i++) {
        Value v = number_index(a[i]);
        if (!v) {
            mpz_clears(l, x, nullptr);
            return v;
        }
        int_to_mpz(v, x);
        mpz_lcm(l, l, x);
    }
    mpz_clear(x);
    return make_int_steal_mpz(l);
}

static const NativeMethodDef math_functions[] = {
    {"asinh", unary<d_asinh>, NATIVE_O, nullptr},
    {"acosh", unary<d_acosh>, NATIVE_O, nullptr},
    {"atanh", unary<d_atanh>, NATIVE_O, nullptr},
    {"expm1", unary<d_expm1, true>, NATIVE_O, nullptr},
    {"log1p", unary<d_log1p>, NATIVE_O, nullptr},
    {"cbrt", unary<d_cbrt>, NATIVE_O, nullptr},
    {"exp2", unary<d_exp2, true>, NATIVE_O, nullptr},
    {"erf", unary<d_erf>, NATIVE_O, nullptr},
    {"erfc", unary<d_erfc>, NATIVE_O, nullptr},
    {"gamma", m_gamma, NATIVE_O, nullptr},
    {"lgamma", m_lgamma, NATIVE_O, nullptr},
    {"modf", m_modf, NATIVE_O, nullptr},
    {"frexp", m_frexp, NATIVE_O, nullptr},
    {"ldexp", m_ldexp, 0, nullptr},
    {"remainder", m_remainder, 0, nullptr},
    {"nextafter", m_nextafter, 0, nullptr},
    {"ulp", m_ulp, NATIVE_O, nullptr},
    {"dist", m_dist, 0, nullptr},
    {"comb", m_comb, 0, nullptr},
    {"perm", m_perm, 0, nullptr},
    {"lcm", m_lcm, 0, nullptr},
    {"sqrt", m_sqrt, NATIVE_O, nullptr},
    {"floor", m_floor, NATIVE_O, nullptr},
    {"ceil", m_ceil, NATIVE_O, nullptr},
    {"trunc", m_trunc, NATIVE_O, nullptr},
    {"fabs", unary<d_fabs>, NATIVE_O, nullptr},
    {"exp", unary<d_exp, true>, NATIVE_O, nullptr},
    {"log", m_log, 0, nullptr},
    {"log2", m_log2, 0, nullptr},
    {"log10", m_log10, 0, nullptr},
    {"pow", m_pow, 0, nullptr},
    {"sin", unary<d_sin>, NATIVE_O, nullptr},
    {"cos", unary<d_cos>, NATIVE_O, nullptr},
    {"tan", unary<d_tan>, NATIVE_O, nullptr},
    {"asin", unary<d_asin>, NATIVE_O, nullptr},
    {"acos", unary<d_acos>, NATIVE_O, nullptr},
    {"atan", unary<d_atan>, NATIVE_O, nullptr},
    {"sinh", unary<d_sinh, true>, NATIVE_O, nullptr},
    {"cosh", unary<d_cosh, true>, NATIVE_O, nullptr},
    {"tanh", unary<d_tanh>, NATIVE_O, nullptr},
    {"atan2", m_atan2, 0, nullptr},
    {"hypot", m_hypot, 0, nullptr},
    {"fmod", m_fmod, 0, nullptr},
    {"copysign", m_copysign, 0, nullptr},
    {"isnan", m_pred<p_isnan>, 0, nullptr},
    {"isinf", m_pred<p_isinf>, 0, nullptr},
    {"isfinite", m_pred<p_isfinite>, 0, nullptr},
    {"isclose", m_isclose, NATIVE_KEYWORDS, nullptr},
    {"gcd", m_gcd, 0, nullptr},
    {"factorial", m_factorial, 0, nullptr},
    {"isqrt", m_isqrt, 0, nullptr},
    {"degrees", m_degrees, 0, nullptr},
    {"radians", m_radians, 0, nullptr},
    {"fsum", m_fsum, 0, nullptr},
    {"prod", m_prod, NATIVE_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Value init_math_module() {
    (void)d_sqrt;
    ModuleObject* m = make_module("math");
    if (!m) return Value();
    Value mod(m);
    add_functions(m->dict, math_functions, mod);
    dict_set_cstr(m->dict, "pi", make_float(M_PI));
    dict_set_cstr(m->dict, "e", make_float(M_E));
    dict_set_cstr(m->dict, "tau", make_float(2 * M_PI));
    dict_set_cstr(m->dict, "inf", make_float(INFINITY));
    dict_set_cstr(m->dict, "nan", make_float(NAN));
    return mod;
}

} // namespace uopy
