// The `math` module. CPython counterpart: Modules/mathmodule.c.
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/type.h"

#include <cerrno>
#include <cmath>

namespace uopy {

static bool arg_double(Value v, double* out) {
    return number_to_double(v, out);
}

// A float function of one argument with CPython's domain/range errors.
template <double (*F)(double)> static Value unary(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("math function", nargs, 1, 1)) return Value();
    double x;
    if (!arg_double(args[0], &x)) return Value();
    errno = 0;
    double r = F(x);
    if (std::isnan(r) && !std::isnan(x)) return raise(exc::ValueError, "math domain error");
    if (std::isinf(r) && std::isfinite(x)) {
        if (errno == ERANGE && std::fabs(r) == HUGE_VAL && x != 0)
            return raise(exc::OverflowError, "math range error");
        return raise(exc::ValueError, "math domain error");
    }
    return make_float(r);
}

static Value m_sqrt(Value s, const Value* a, size_t n, Value k) {
    if (n == 1) {
        double x;
        if (!arg_double(a[0], &x)) return Value();
        if (x < 0) return raise(exc::ValueError, "math domain error");
        return make_float(std::sqrt(x));
    }
    return unary<std::sqrt>(s, a, n, k);
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
static Value m_floor(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("floor", n, 1, 1)) return Value();
    return rounding(a[0], "__floor__", std::floor);
}
static Value m_ceil(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("ceil", n, 1, 1)) return Value();
    return rounding(a[0], "__ceil__", std::ceil);
}
static Value m_trunc(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("trunc", n, 1, 1)) return Value();
    return rounding(a[0], "__trunc__", std::trunc);
}
static Value m_log(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("log", n, 1, 2)) return Value();
    auto lg = [](Value v, double* out) -> bool {
        if (is_int(v) && int_sign(v) > 0) {
            double d;
            if (int_to_double(v, &d)) {
                *out = std::log(d);
                return true;
            }
            err_clear();
            mpz_t z;
            mpz_init(z);
            int_to_mpz(v, z);
            long e;
            double m = mpz_get_d_2exp(&e, z);
            mpz_clear(z);
            *out = std::log(m) + e * std::log(2.0);
            return true;
        }
        double x;
        if (!number_to_double(v, &x)) return false;
        if (x <= 0) {
            raise(exc::ValueError, "math domain error");
            return false;
        }
        *out = std::log(x);
        return true;
    };
    double x, b;
    if (!lg(a[0], &x)) return Value();
    if (n == 2) {
        if (!lg(a[1], &b)) return Value();
        if (b == 0) return raise(exc::ZeroDivisionError, "float division by zero");
        return make_float(x / b);
    }
    return make_float(x);
}
static Value m_log_base(Value v, double base) {
    double x;
    if (!arg_double(v, &x)) return Value();
    if (x <= 0) return raise(exc::ValueError, "math domain error");
    return make_float(base == 2 ? std::log2(x) : std::log10(x));
}
static Value m_log2(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("log2", n, 1, 1)) return Value();
    return m_log_base(a[0], 2);
}
static Value m_log10(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("log10", n, 1, 1)) return Value();
    return m_log_base(a[0], 10);
}
static Value m_pow(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("pow", n, 2, 2)) return Value();
    double x, y;
    if (!arg_double(a[0], &x) || !arg_double(a[1], &y)) return Value();
    if (x == 0 && y < 0) return raise(exc::ValueError, "math domain error");
    if (x < 0 && std::floor(y) != y && std::isfinite(y))
        return raise(exc::ValueError, "math domain error");
    double r = std::pow(x, y);
    if (std::isinf(r) && std::isfinite(x) && std::isfinite(y))
        return raise(exc::OverflowError, "math range error");
    return make_float(r);
}
static Value m_atan2(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("atan2", n, 2, 2)) return Value();
    double y, x;
    if (!arg_double(a[0], &y) || !arg_double(a[1], &x)) return Value();
    return make_float(std::atan2(y, x));
}
static Value m_hypot(Value, const Value* a, size_t n, Value) {
    double acc = 0;
    for (size_t i = 0; i < n; i++) {
        double x;
        if (!arg_double(a[i], &x)) return Value();
        acc = std::hypot(acc, x);
    }
    return make_float(acc);
}
static Value m_fmod(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("fmod", n, 2, 2)) return Value();
    double x, y;
    if (!arg_double(a[0], &x) || !arg_double(a[1], &y)) return Value();
    if (y == 0 && !std::isnan(x)) return raise(exc::ValueError, "math domain error");
    return make_float(std::fmod(x, y));
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
    if (!is_int(a[0]))
        return raise(exc::TypeError, "'%s' object cannot be interpreted as an integer",
                     type_name(a[0]));
    int64_t k;
    if (!int_as_int64(a[0], &k)) return Value();
    if (k < 0) return raise(exc::ValueError, "factorial() not defined for negative values");
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
static Value m_fsum(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("fsum", n, 1, 1)) return Value();
    Value it = get_iter(a[0]);
    if (!it) return it;
    std::vector<double> partials;
    for (;;) {
        Value v = iter_next(it);
        if (!v) {
            if (err_occurred()) return Value();
            break;
        }
        double x;
        if (!arg_double(v, &x)) return Value();
        size_t i = 0;
        for (double y : partials) {
            if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) partials[i++] = lo;
            x = hi;
        }
        partials.resize(i);
        partials.push_back(x);
    }
    double total = 0;
    for (size_t i = partials.size(); i-- > 0;)
        total += partials[i];
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

static const NativeMethodDef math_functions[] = {
    {"sqrt", m_sqrt, 0, nullptr},
    {"floor", m_floor, 0, nullptr},
    {"ceil", m_ceil, 0, nullptr},
    {"trunc", m_trunc, 0, nullptr},
    {"fabs", unary<d_fabs>, 0, nullptr},
    {"exp", unary<d_exp>, 0, nullptr},
    {"log", m_log, 0, nullptr},
    {"log2", m_log2, 0, nullptr},
    {"log10", m_log10, 0, nullptr},
    {"pow", m_pow, 0, nullptr},
    {"sin", unary<d_sin>, 0, nullptr},
    {"cos", unary<d_cos>, 0, nullptr},
    {"tan", unary<d_tan>, 0, nullptr},
    {"asin", unary<d_asin>, 0, nullptr},
    {"acos", unary<d_acos>, 0, nullptr},
    {"atan", unary<d_atan>, 0, nullptr},
    {"sinh", unary<d_sinh>, 0, nullptr},
    {"cosh", unary<d_cosh>, 0, nullptr},
    {"tanh", unary<d_tanh>, 0, nullptr},
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
