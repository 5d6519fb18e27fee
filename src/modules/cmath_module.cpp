// The `cmath` module: mathematical functions on complex numbers. CPython
// counterpart: Modules/cmathmodule.c.
//
// Results are meant to be CPython's to the last bit, so the functions are
// not those of C99 <complex> (glibc's csqrt, cacos, ... differ from CPython
// in the last place for many arguments) but are computed the way CPython
// computes them:
//
//  - Arguments with an infinite or NaN part take their value from a 7x7
//    table indexed by the kind of each part (-inf, negative, -0, +0,
//    positive, +inf, nan), following C99 Annex G; a few entries (DOM) are
//    domain errors. exp, sinh, cosh, tanh and rect compute the entries for
//    an infinite real part and a finite nonzero imaginary part instead, as
//    those depend on the signs of sin and cos.
//  - Finite arguments use formulas that keep full precision near the branch
//    points and avoid intermediate overflow and underflow: square roots of
//    1 - z and 1 + z for the inverse functions (after W. Kahan, "Branch
//    cuts for complex elementary functions"), log1p near the unit circle,
//    and rescaling for very large or very small parts.
//  - sin, cos, tan, asin and atan are their hyperbolic counterparts rotated
//    by i: sin(z) = -i sinh(iz), cos(z) = cosh(iz), and so on. Branch cuts
//    lie where C99 puts them, with the sign of a zero imaginary (or real)
//    part choosing the side.
//
// Errors: a domain error raises ValueError("math domain error"), an
// overflow OverflowError("math range error"), as math does.
#include "modules/modules.h"
#include "objects/complex.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"

#include <cerrno>
#include <cfloat>
#include <cmath>
#include <limits>

namespace uopy {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kPi = 3.141592653589793238462643383279502884;
constexpr double kE = 2.718281828459045235360287471352662498;
constexpr double kLn2 = 0.6931471805599453094;
constexpr double kLn10 = 2.302585092994045684;

// Thresholds for rescaling: parts above kLarge (or kSqrtLarge, where they
// get squared) would overflow an intermediate result; exp of more than
// kLogLarge overflows.
const double kLarge = DBL_MAX / 4.;
const double kSqrtLarge = std::sqrt(kLarge);
const double kLogLarge = std::log(kLarge);
const double kSqrtDblMin = std::sqrt(DBL_MIN);
// Power-of-two scaling for square roots of subnormal arguments: up by an odd
// power (53), down by half of one more (27).
constexpr int kScaleUp = 2 * (DBL_MANT_DIG / 2) + 1;
constexpr int kScaleDown = -(kScaleUp + 1) / 2;

struct Cx {
    double re, im;
};

// What went wrong in a computation: 0, EDOM (ValueError) or ERANGE (OverflowError).
using MathErr = int;

// -- Special values ---------------------------------------------------------------------------

struct SpecialValue {
    double re, im;
    bool domain_error = false;
};

// The row or column of a special-value table a double falls in.
enum SpecialKind { NEG_INF, NEG, NEG_ZERO, POS_ZERO, POS, POS_INF, NOT_A_NUMBER };

SpecialKind special_kind(double d) {
    if (std::isnan(d)) return NOT_A_NUMBER;
    if (std::isinf(d)) return d > 0 ? POS_INF : NEG_INF;
    if (d == 0) return std::signbit(d) ? NEG_ZERO : POS_ZERO;
    return d > 0 ? POS : NEG;
}

bool is_finite(Cx z) {
    return std::isfinite(z.re) && std::isfinite(z.im);
}

constexpr SpecialValue kUnused{kNaN, kNaN, false};
constexpr SpecialValue kDomainError{kNaN, kNaN, true};

// The tables: rows by the kind of the real part, columns by the imaginary
// part's. U marks entries never used (both parts finite, or computed by a
// formula); DOM a domain error.
#define I kInf
#define N kNaN
#define P kPi
#define P2 (kPi / 2)
#define P4 (kPi / 4)
#define P34 (3 * kPi / 4)
#define U kUnused
#define DOM kDomainError

const SpecialValue kSqrtSpecial[7][7] = {
    {{I, -I}, {0., -I}, {0., -I}, {0., I}, {0., I}, {I, I}, {N, I}},
    {{I, -I}, U, U, U, U, {I, I}, {N, N}},
    {{I, -I}, U, U, U, U, {I, I}, {N, N}},
    {{I, -I}, U, U, U, U, {I, I}, {N, N}},
    {{I, -I}, U, U, U, U, {I, I}, {N, N}},
    {{I, -I}, {I, -0.}, {I, -0.}, {I, 0.}, {I, 0.}, {I, I}, {I, N}},
    {{I, -I}, {N, N}, {N, N}, {N, N}, {N, N}, {I, I}, {N, N}},
};

const SpecialValue kExpSpecial[7][7] = {
    {{0., 0.}, U, {0., -0.}, {0., 0.}, U, {0., 0.}, {0., 0.}},
    {DOM, U, U, U, U, DOM, {N, N}},
    {DOM, U, U, U, U, DOM, {N, N}},
    {DOM, U, U, U, U, DOM, {N, N}},
    {DOM, U, U, U, U, DOM, {N, N}},
    {DOM, U, {I, -0.}, {I, 0.}, U, DOM, {I, N}},
    {{N, N}, {N, N}, {N, -0.}, {N, 0.}, {N, N}, {N, N}, {N, N}},
};

const SpecialValue kLogSpecial[7][7] = {
    {{I, -P34}, {I, -P}, {I, -P}, {I, P}, {I, P}, {I, P34}, {I, N}},
    {{I, -P2}, U, U, U, U, {I, P2}, {N, N}},
    {{I, -P2}, U, U, U, U, {I, P2}, {N, N}},
    {{I, -P2}, U, U, U, U, {I, P2}, {N, N}},
    {{I, -P2}, U, U, U, U, {I, P2}, {N, N}},
    {{I, -P4}, {I, -0.}, {I, -0.}, {I, 0.}, {I, 0.}, {I, P4}, {I, N}},
    {{I, N}, {N, N}, {N, N}, {N, N}, {N, N}, {I, N}, {N, N}},
};

const SpecialValue kSinhSpecial[7][7] = {
    {DOM, U, {-I, -0.}, {-I, 0.}, U, DOM, {I, N}},
    {DOM, U, U, U, U, DOM, {N, N}},
    {DOM, U, U, U, U, DOM, {0., N}},
    {DOM, U, U, U, U, DOM, {0., N}},
    {DOM, U, U, U, U, DOM, {N, N}},
    {DOM, U, {I, -0.}, {I, 0.}, U, DOM, {I, N}},
    {{N, N}, {N, N}, {N, -0.}, {N, 0.}, {N, N}, {N, N}, {N, N}},
};

const SpecialValue kCoshSpecial[7][7] = {
    {DOM, U, {I, 0.}, {I, -0.}, U, DOM, {I, N}},
    {DOM, U, U, U, U, DOM, {N, N}},
    {DOM, U, U, U, U, DOM, {N, 0.}},
    {DOM, U, U, U, U, DOM, {N, 0.}},
    {DOM, U, U, U, U, DOM, {N, N}},
    {DOM, U, {I, -0.}, {I, 0.}, U, DOM, {I, N}},
    {{N, N}, {N, N}, {N, 0.}, {N, 0.}, {N, N}, {N, N}, {N, N}},
};

const SpecialValue kTanhSpecial[7][7] = {
    {{-1., 0.}, U, {-1., -0.}, {-1., 0.}, U, {-1., 0.}, {-1., 0.}},
    {DOM, U, U, U, U, DOM, {N, N}},
    {DOM, U, U, U, U, DOM, {N, N}},
    {DOM, U, U, U, U, DOM, {N, N}},
    {DOM, U, U, U, U, DOM, {N, N}},
    {{1., 0.}, U, {1., -0.}, {1., 0.}, U, {1., 0.}, {1., 0.}},
    {{N, N}, {N, N}, {N, -0.}, {N, 0.}, {N, N}, {N, N}, {N, N}},
};

const SpecialValue kAsinhSpecial[7][7] = {
    {{-I, -P4}, {-I, -0.}, {-I, -0.}, {-I, 0.}, {-I, 0.}, {-I, P4}, {-I, N}},
    {{-I, -P2}, U, U, U, U, {-I, P2}, {N, N}},
    {{-I, -P2}, U, U, U, U, {-I, P2}, {N, N}},
    {{I, -P2}, U, U, U, U, {I, P2}, {N, N}},
    {{I, -P2}, U, U, U, U, {I, P2}, {N, N}},
    {{I, -P4}, {I, -0.}, {I, -0.}, {I, 0.}, {I, 0.}, {I, P4}, {I, N}},
    {{I, N}, {N, N}, {N, -0.}, {N, 0.}, {N, N}, {I, N}, {N, N}},
};

const SpecialValue kAcosSpecial[7][7] = {
    {{P34, I}, {P, I}, {P, I}, {P, -I}, {P, -I}, {P34, -I}, {N, I}},
    {{P2, I}, U, U, U, U, {P2, -I}, {N, N}},
    {{P2, I}, U, U, U, U, {P2, -I}, {P2, N}},
    {{P2, I}, U, U, U, U, {P2, -I}, {P2, N}},
    {{P2, I}, U, U, U, U, {P2, -I}, {N, N}},
    {{P4, I}, {0., I}, {0., I}, {0., -I}, {0., -I}, {P4, -I}, {N, I}},
    {{N, I}, {N, N}, {N, N}, {N, N}, {N, N}, {N, -I}, {N, N}},
};

const SpecialValue kAcoshSpecial[7][7] = {
    {{I, -P34}, {I, -P}, {I, -P}, {I, P}, {I, P}, {I, P34}, {I, N}},
    {{I, -P2}, U, U, U, U, {I, P2}, {N, N}},
    {{I, -P2}, U, U, U, U, {I, P2}, {N, N}},
    {{I, -P2}, U, U, U, U, {I, P2}, {N, N}},
    {{I, -P2}, U, U, U, U, {I, P2}, {N, N}},
    {{I, -P4}, {I, -0.}, {I, -0.}, {I, 0.}, {I, 0.}, {I, P4}, {I, N}},
    {{I, N}, {N, N}, {N, N}, {N, N}, {N, N}, {I, N}, {N, N}},
};

const SpecialValue kAtanhSpecial[7][7] = {
    {{-0., -P2}, {-0., -P2}, {-0., -P2}, {-0., P2}, {-0., P2}, {-0., P2}, {-0., N}},
    {{-0., -P2}, U, U, U, U, {-0., P2}, {N, N}},
    {{-0., -P2}, U, U, U, U, {-0., P2}, {-0., N}},
    {{0., -P2}, U, U, U, U, {0., P2}, {0., N}},
    {{0., -P2}, U, U, U, U, {0., P2}, {N, N}},
    {{0., -P2}, {0., -P2}, {0., -P2}, {0., P2}, {0., P2}, {0., P2}, {0., N}},
    {{0., -P2}, {N, N}, {N, N}, {N, N}, {N, N}, {0., P2}, {N, N}},
};

const SpecialValue kRectSpecial[7][7] = {
    {DOM, U, {-I, 0.}, {-I, -0.}, U, DOM, {I, N}},
    {DOM, U, U, U, U, DOM, {N, N}},
    {{0., 0.}, U, U, U, U, {0., 0.}, {0., 0.}},
    {{0., 0.}, U, U, U, U, {0., 0.}, {0., 0.}},
    {DOM, U, U, U, U, DOM, {N, N}},
    {DOM, U, {I, -0.}, {I, 0.}, U, DOM, {I, N}},
    {{N, N}, {N, N}, {N, 0.}, {N, 0.}, {N, N}, {N, N}, {N, N}},
};

#undef I
#undef N
#undef P
#undef P2
#undef P4
#undef P34
#undef U
#undef DOM

// The table's value for [z] (which has an infinite or NaN part).
Cx special_value(const SpecialValue (&table)[7][7], Cx z, MathErr* err) {
    const SpecialValue& v = table[special_kind(z.re)][special_kind(z.im)];
    *err = v.domain_error ? EDOM : 0;
    return {v.re, v.im};
}

// ERANGE when a result came out infinite.
MathErr overflow_check(Cx r) {
    return std::isinf(r.re) || std::isinf(r.im) ? ERANGE : 0;
}

// -- The functions on complex doubles ---------------------------------------------------------

Cx c_sqrt(Cx z, MathErr* err) {
    *err = 0;
    if (!is_finite(z)) return special_value(kSqrtSpecial, z, err);
    if (z.re == 0 && z.im == 0) return {0., z.im};
    double ax = std::fabs(z.re), ay = std::fabs(z.im);
    double s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        // Both parts subnormal: scale up so that hypot keeps its precision.
        ax = std::ldexp(ax, kScaleUp);
        s = std::ldexp(std::sqrt(ax + std::hypot(ax, std::ldexp(ay, kScaleUp))), kScaleDown);
    } else {
        // s = sqrt((|x| + |z|) / 2), computed so that nothing overflows.
        ax /= 8.;
        s = 2. * std::sqrt(ax + std::hypot(ax, ay / 8.));
    }
    double d = ay / (2. * s);
    if (z.re >= 0) return {s, std::copysign(d, z.im)};
    return {d, std::copysign(s, z.im)};
}

Cx c_exp(Cx z, MathErr* err) {
    *err = 0;
    if (!is_finite(z)) {
        if (std::isinf(z.re) && std::isfinite(z.im) && z.im != 0) {
            // exp(+-inf + iy): infinite or zero, in the direction of y.
            if (z.re > 0)
                return {std::copysign(kInf, std::cos(z.im)), std::copysign(kInf, std::sin(z.im))};
            return {std::copysign(0., std::cos(z.im)), std::copysign(0., std::sin(z.im))};
        }
        return special_value(kExpSpecial, z, err);
    }
    Cx r;
    if (z.re > kLogLarge) {
        // exp(x) alone would overflow where exp(x) * cos(y) may not.
        double l = std::exp(z.re - 1.);
        r = {l * std::cos(z.im) * kE, l * std::sin(z.im) * kE};
    } else {
        double l = std::exp(z.re);
        r = {l * std::cos(z.im), l * std::sin(z.im)};
    }
    *err = overflow_check(r);
    return r;
}

// atan2(y, x) with C99's values for infinities and zeros, NaN for a NaN.
double c_atan2(double y, double x) {
    if (std::isnan(x) || std::isnan(y)) return kNaN;
    if (std::isinf(y)) {
        if (std::isinf(x)) return std::copysign(std::signbit(x) ? 0.75 * kPi : 0.25 * kPi, y);
        return std::copysign(0.5 * kPi, y);
    }
    if (std::isinf(x) || y == 0.)
        return std::signbit(x) ? std::copysign(kPi, y) : std::copysign(0., y);
    return std::atan2(y, x);
}

Cx c_log(Cx z, MathErr* err) {
    *err = 0;
    if (!is_finite(z)) return special_value(kLogSpecial, z, err);
    double ax = std::fabs(z.re), ay = std::fabs(z.im);
    double re;
    if (ax > kLarge || ay > kLarge) {
        re = std::log(std::hypot(ax / 2., ay / 2.)) + kLn2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0. || ay > 0.) {
            // Subnormal: scale up so that hypot keeps its precision.
            re = std::log(std::hypot(std::ldexp(ax, DBL_MANT_DIG), std::ldexp(ay, DBL_MANT_DIG))) -
                 DBL_MANT_DIG * kLn2;
        } else {
            // log(+-0 +-0i): a pole.
            *err = EDOM;
            return {-kInf, std::atan2(z.im, z.re)};
        }
    } else {
        double h = std::hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            // Near the unit circle, log(|z|) = log1p(|z|**2 - 1) / 2 keeps the
            // precision log(h) loses.
            double am = ax > ay ? ax : ay;
            double an = ax > ay ? ay : ax;
            re = std::log1p((am - 1) * (am + 1) + an * an) / 2.;
        } else {
            re = std::log(h);
        }
    }
    return {re, std::atan2(z.im, z.re)};
}

Cx c_log10(Cx z, MathErr* err) {
    Cx r = c_log(z, err);
    return {r.re / kLn10, r.im / kLn10};
}

Cx c_sinh(Cx z, MathErr* err) {
    *err = 0;
    if (!is_finite(z)) {
        if (std::isinf(z.re) && std::isfinite(z.im) && z.im != 0) {
            if (z.re > 0)
                return {std::copysign(kInf, std::cos(z.im)), std::copysign(kInf, std::sin(z.im))};
            return {-std::copysign(kInf, std::cos(z.im)), std::copysign(kInf, std::sin(z.im))};
        }
        return special_value(kSinhSpecial, z, err);
    }
    Cx r;
    if (std::fabs(z.re) > kLogLarge) {
        // Scaled by e to avoid overflowing early.
        double x_minus_one = z.re - std::copysign(1., z.re);
        r = {std::cos(z.im) * std::sinh(x_minus_one) * kE,
             std::sin(z.im) * std::cosh(x_minus_one) * kE};
    } else {
        r = {std::cos(z.im) * std::sinh(z.re), std::sin(z.im) * std::cosh(z.re)};
    }
    *err = overflow_check(r);
    return r;
}

Cx c_cosh(Cx z, MathErr* err) {
    *err = 0;
    if (!is_finite(z)) {
        if (std::isinf(z.re) && std::isfinite(z.im) && z.im != 0) {
            if (z.re > 0)
                return {std::copysign(kInf, std::cos(z.im)), std::copysign(kInf, std::sin(z.im))};
            return {std::copysign(kInf, std::cos(z.im)), -std::copysign(kInf, std::sin(z.im))};
        }
        return special_value(kCoshSpecial, z, err);
    }
    Cx r;
    if (std::fabs(z.re) > kLogLarge) {
        double x_minus_one = z.re - std::copysign(1., z.re);
        r = {std::cos(z.im) * std::cosh(x_minus_one) * kE,
             std::sin(z.im) * std::sinh(x_minus_one) * kE};
    } else {
        r = {std::cos(z.im) * std::cosh(z.re), std::sin(z.im) * std::sinh(z.re)};
    }
    *err = overflow_check(r);
    return r;
}

Cx c_tanh(Cx z, MathErr* err) {
    *err = 0;
    if (!is_finite(z)) {
        if (std::isinf(z.re) && std::isfinite(z.im) && z.im != 0) {
            // +-1, with a zero imaginary part of the sign of sin(2y).
            return {z.re > 0 ? 1. : -1., std::copysign(0., 2. * std::sin(z.im) * std::cos(z.im))};
        }
        return special_value(kTanhSpecial, z, err);
    }
    if (std::fabs(z.re) > kLogLarge) {
        // tanh(x + iy) ~ sign(x) + 4 sin(y) cos(y) exp(-2|x|) i for large |x|.
        return {std::copysign(1., z.re),
                4. * std::sin(z.im) * std::cos(z.im) * std::exp(-2. * std::fabs(z.re))};
    }
    // With t = tanh(x), u = tan(y), c = 1/cosh(x):
    // tanh(z) = (t (1 + u**2) + i u c**2) / (1 + t**2 u**2).
    double tx = std::tanh(z.re);
    double ty = std::tan(z.im);
    double cx = 1. / std::cosh(z.re);
    double txty = tx * ty;
    double denom = 1. + txty * txty;
    return {tx * (1. + ty * ty) / denom, ((ty / denom) * cx) * cx};
}

Cx c_asinh(Cx z, MathErr* err) {
    *err = 0;
    if (!is_finite(z)) return special_value(kAsinhSpecial, z, err);
    if (std::fabs(z.re) > kLarge || std::fabs(z.im) > kLarge) {
        // asinh(z) ~ log(2z) for large |z| (the signs chosen for the branch cut).
        double l = std::log(std::hypot(z.re / 2., z.im / 2.)) + kLn2 * 2.;
        double re = z.im >= 0 ? std::copysign(l, z.re) : -std::copysign(l, -z.re);
        return {re, std::atan2(z.im, std::fabs(z.re))};
    }
    MathErr ignored;
    Cx s1 = c_sqrt({1. + z.im, -z.re}, &ignored);
    Cx s2 = c_sqrt({1. - z.im, z.re}, &ignored);
    return {std::asinh(s1.re * s2.im - s2.re * s1.im),
            std::atan2(z.im, s1.re * s2.re - s1.im * s2.im)};
}

Cx c_acos(Cx z, MathErr* err) {
    *err = 0;
    if (!is_finite(z)) return special_value(kAcosSpecial, z, err);
    if (std::fabs(z.re) > kLarge || std::fabs(z.im) > kLarge) {
        // Avoids overflow for large arguments: acos(z) ~ -i log(2z).
        double re = std::atan2(std::fabs(z.im), z.re);
        double l = std::log(std::hypot(z.re / 2., z.im / 2.)) + kLn2 * 2.;
        double im = z.re < 0 ? -std::copysign(l, z.im) : std::copysign(l, -z.im);
        return {re, im};
    }
    MathErr ignored;
    Cx s1 = c_sqrt({1. - z.re, -z.im}, &ignored);
    Cx s2 = c_sqrt({1. + z.re, z.im}, &ignored);
    return {2. * std::atan2(s1.re, s2.re), std::asinh(s2.re * s1.im - s2.im * s1.re)};
}

Cx c_acosh(Cx z, MathErr* err) {
    *err = 0;
    if (!is_finite(z)) return special_value(kAcoshSpecial, z, err);
    if (std::fabs(z.re) > kLarge || std::fabs(z.im) > kLarge) {
        // acosh(z) ~ log(2z) for large |z|.
        return {std::log(std::hypot(z.re / 2., z.im / 2.)) + kLn2 * 2., std::atan2(z.im, z.re)};
    }
    MathErr ignored;
    Cx s1 = c_sqrt({z.re - 1., z.im}, &ignored);
    Cx s2 = c_sqrt({z.re + 1., z.im}, &ignored);
    return {std::asinh(s1.re * s2.re + s1.im * s2.im), 2. * std::atan2(s1.im, s2.re)};
}

Cx c_atanh(Cx z, MathErr* err) {
    *err = 0;
    if (!is_finite(z)) return special_value(kAtanhSpecial, z, err);
    if (z.re < 0) {
        // atanh is odd: work with a nonnegative real part.
        Cx r = c_atanh({-z.re, -z.im}, err);
        return {-r.re, -r.im};
    }
    double ay = std::fabs(z.im);
    if (z.re > kSqrtLarge || ay > kSqrtLarge) {
        // atanh(z) ~ 1/z +- i pi/2 for large |z|.
        double h = std::hypot(z.re / 2., z.im / 2.);
        return {z.re / 4. / h / h, -std::copysign(kPi / 2., -z.im)};
    }
    if (z.re == 1. && ay < kSqrtDblMin) {
        if (ay == 0.) {
            // atanh(1 +- 0i): a pole.
            *err = EDOM;
            return {kInf, z.im};
        }
        return {-std::log(std::sqrt(ay) / std::sqrt(std::hypot(ay, 2.))),
                std::copysign(std::atan2(2., -ay) / 2, z.im)};
    }
    return {std::log1p(4. * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4.,
            -std::atan2(-2. * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2.};
}

// The trigonometric functions through the hyperbolic ones: f(z) = -i g(iz)
// for sin, tan, asin, atan; cos(z) = cosh(iz).
template <Cx (*G)(Cx, MathErr*)> Cx rotated(Cx z, MathErr* err) {
    Cx s = G({-z.im, z.re}, err);
    return {s.im, -s.re};
}
Cx c_cos(Cx z, MathErr* err) {
    return c_cosh({-z.im, z.re}, err);
}

// a / b by Smith's method; dividing by zero is a domain error.
Cx c_quotient(Cx a, Cx b, MathErr* err) {
    double abs_bre = std::fabs(b.re), abs_bim = std::fabs(b.im);
    if (abs_bre >= abs_bim) {
        if (abs_bre == 0.) {
            *err = EDOM;
            return {0., 0.};
        }
        double ratio = b.im / b.re;
        double denom = b.re + b.im * ratio;
        return {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    }
    if (abs_bim >= abs_bre) {
        double ratio = b.re / b.im;
        double denom = b.re * ratio + b.im;
        return {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    }
    return {kNaN, kNaN}; // a NaN in b
}

// |z|, infinite when either part is (even if the other is a NaN); ERANGE
// when a finite z's modulus overflows.
double c_abs(Cx z, MathErr* err) {
    *err = 0;
    if (!is_finite(z)) {
        if (std::isinf(z.re)) return std::fabs(z.re);
        if (std::isinf(z.im)) return std::fabs(z.im);
        return kNaN;
    }
    double r = std::hypot(z.re, z.im);
    if (!std::isfinite(r)) *err = ERANGE;
    return r;
}

Cx c_rect(double r, double phi, MathErr* err) {
    *err = 0;
    if (!std::isfinite(r) || !std::isfinite(phi)) {
        if (std::isinf(r) && std::isfinite(phi) && phi != 0.) {
            // An infinite modulus: infinite parts in the direction of phi.
            if (r > 0)
                return {std::copysign(kInf, std::cos(phi)), std::copysign(kInf, std::sin(phi))};
            return {-std::copysign(kInf, std::cos(phi)), -std::copysign(kInf, std::sin(phi))};
        }
        return special_value(kRectSpecial, {r, phi}, err);
    }
    if (phi == 0.) return {r, r * phi}; // exact, and keeps the sign of a zero phi
    return {r * std::cos(phi), r * std::sin(phi)};
}

// -- Python-level wrappers --------------------------------------------------------------------

// Raises for a MathErr; false if there was one.
bool check_math_err(MathErr err) {
    if (err == EDOM) {
        raise(exc::ValueError, "math domain error");
        return false;
    }
    if (err == ERANGE) {
        raise(exc::OverflowError, "math range error");
        return false;
    }
    return true;
}

// A complex argument: a complex, an object with __complex__, or a real
// number (float(), with a zero imaginary part); TypeError otherwise.
bool complex_arg(Value v, Cx* out) {
    if (v.is_ptr() && isinstance_of(v, &ComplexType)) {
        auto* c = static_cast<ComplexObject*>(v.as_ptr());
        *out = {c->real, c->imag};
        return true;
    }
    Value name = intern("__complex__");
    if (lookup_special(v, name)) {
        Value r = call_special(v, name, {});
        if (!r) return false;
        if (!(r.is_ptr() && isinstance_of(r, &ComplexType))) {
            raise(exc::TypeError, "__complex__ returned non-complex (type %s)", type_name(r));
            return false;
        }
        auto* c = static_cast<ComplexObject*>(r.as_ptr());
        *out = {c->real, c->imag};
        return true;
    }
    if (err_occurred()) return false;
    out->im = 0.;
    return number_to_double(v, &out->re); // "must be real number, not str"
}

Value complex_result(Cx z, MathErr err) {
    if (!check_math_err(err)) return Value();
    return make_complex(z.re, z.im);
}

// A function of one complex argument.
template <Cx (*F)(Cx, MathErr*)> Value unary(Value, const Value* args, size_t, Value) {
    Cx z;
    if (!complex_arg(args[0], &z)) return Value();
    MathErr err = 0;
    Cx r = F(z, &err);
    return complex_result(r, err);
}

// log(z[, base]). As in CPython, only the base's log decides whether a pole
// in log(z) is an error (log(0, 2) is (-inf+nanj)); dividing by log(1) = 0
// is one.
Value cm_log(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_expected("log", nargs, 1, 2)) return Value();
    Cx z;
    if (!complex_arg(args[0], &z)) return Value();
    MathErr err = 0;
    Cx r = c_log(z, &err);
    if (nargs == 2) {
        Cx base;
        if (!complex_arg(args[1], &base)) return Value();
        Cx lb = c_log(base, &err);
        r = c_quotient(r, lb, &err);
    }
    return complex_result(r, err);
}

// phase(z): the argument of z, in [-pi, pi]. As in CPython, an atan2 whose
// result underflows (glibc sets ERANGE) is an OverflowError.
Value cm_phase(Value, const Value* args, size_t, Value) {
    Cx z;
    if (!complex_arg(args[0], &z)) return Value();
    errno = 0;
    double phi = c_atan2(z.im, z.re);
    if (!check_math_err(errno)) return Value();
    return make_float(phi);
}

// polar(z) -> (abs(z), phase(z))
Value cm_polar(Value, const Value* args, size_t, Value) {
    Cx z;
    if (!complex_arg(args[0], &z)) return Value();
    double phi = c_atan2(z.im, z.re);
    MathErr err;
    double r = c_abs(z, &err);
    if (!check_math_err(err)) return Value();
    return tuple_pack({make_float(r), make_float(phi)});
}

// rect(r, phi): the complex number with modulus r and argument phi.
Value cm_rect(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_expected("rect", nargs, 2, 2)) return Value();
    double r, phi;
    if (!number_to_double(args[0], &r) || !number_to_double(args[1], &phi)) return Value();
    MathErr err;
    Cx z = c_rect(r, phi, &err);
    return complex_result(z, err);
}

Value cm_isfinite(Value, const Value* args, size_t, Value) {
    Cx z;
    if (!complex_arg(args[0], &z)) return Value();
    return Bool(is_finite(z));
}
Value cm_isinf(Value, const Value* args, size_t, Value) {
    Cx z;
    if (!complex_arg(args[0], &z)) return Value();
    return Bool(std::isinf(z.re) || std::isinf(z.im));
}
Value cm_isnan(Value, const Value* args, size_t, Value) {
    Cx z;
    if (!complex_arg(args[0], &z)) return Value();
    return Bool(std::isnan(z.re) || std::isnan(z.im));
}

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0): equal, or nearer than
// rel_tol times the larger modulus, or than abs_tol. Infinities are only
// close to themselves; a NaN to nothing.
Value cm_isclose(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("isclose", "a, b, *, rel_tol=, abs_tol=");
    Value a[4];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    Cx x, y;
    if (!complex_arg(a[0], &x) || !complex_arg(a[1], &y)) return Value();
    double rel_tol = 1e-9, abs_tol = 0.;
    if (a[2] && !number_to_double(a[2], &rel_tol)) return Value();
    if (a[3] && !number_to_double(a[3], &abs_tol)) return Value();
    if (rel_tol < 0. || abs_tol < 0.)
        return raise(exc::ValueError, "tolerances must be non-negative");
    if (x.re == y.re && x.im == y.im) return True();
    if (std::isinf(x.re) || std::isinf(x.im) || std::isinf(y.re) || std::isinf(y.im))
        return False();
    MathErr ignored;
    double diff = c_abs({x.re - y.re, x.im - y.im}, &ignored);
    return Bool(diff <= rel_tol * c_abs(y, &ignored) || diff <= rel_tol * c_abs(x, &ignored) ||
                diff <= abs_tol);
}

const NativeMethodDef cmath_functions[] = {
    {"acos", unary<c_acos>, NATIVE_O, "acos(z): the inverse cosine of z."},
    {"acosh", unary<c_acosh>, NATIVE_O, "acosh(z): the inverse hyperbolic cosine of z."},
    {"asin", unary<rotated<c_asinh>>, NATIVE_O, "asin(z): the inverse sine of z."},
    {"asinh", unary<c_asinh>, NATIVE_O, "asinh(z): the inverse hyperbolic sine of z."},
    {"atan", unary<rotated<c_atanh>>, NATIVE_O, "atan(z): the inverse tangent of z."},
    {"atanh", unary<c_atanh>, NATIVE_O, "atanh(z): the inverse hyperbolic tangent of z."},
    {"cos", unary<c_cos>, NATIVE_O, "cos(z): the cosine of z."},
    {"cosh", unary<c_cosh>, NATIVE_O, "cosh(z): the hyperbolic cosine of z."},
    {"exp", unary<c_exp>, NATIVE_O, "exp(z): e to the power z."},
    {"isclose", cm_isclose, NATIVE_KEYWORDS,
     "isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0): whether a and b are nearly equal."},
    {"isfinite", cm_isfinite, NATIVE_O, "isfinite(z): whether both parts of z are finite."},
    {"isinf", cm_isinf, NATIVE_O, "isinf(z): whether either part of z is infinite."},
    {"isnan", cm_isnan, NATIVE_O, "isnan(z): whether either part of z is a NaN."},
    {"log", cm_log, 0, "log(z[, base]): the logarithm of z to base (default e)."},
    {"log10", unary<c_log10>, NATIVE_O, "log10(z): the base-10 logarithm of z."},
    {"phase", cm_phase, NATIVE_O, "phase(z): the argument of z, in [-pi, pi]."},
    {"polar", cm_polar, NATIVE_O, "polar(z): (abs(z), phase(z))."},
    {"rect", cm_rect, 0, "rect(r, phi): the complex number of modulus r and argument phi."},
    {"sin", unary<rotated<c_sinh>>, NATIVE_O, "sin(z): the sine of z."},
    {"sinh", unary<c_sinh>, NATIVE_O, "sinh(z): the hyperbolic sine of z."},
    {"sqrt", unary<c_sqrt>, NATIVE_O, "sqrt(z): the square root (principal branch) of z."},
    {"tan", unary<rotated<c_tanh>>, NATIVE_O, "tan(z): the tangent of z."},
    {"tanh", unary<c_tanh>, NATIVE_O, "tanh(z): the hyperbolic tangent of z."},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace

Value init_cmath_module() {
    ModuleObject* m = make_module("cmath");
    if (!m) return Value();
    Value mod(m);
    add_functions(m->dict, cmath_functions, mod);
    struct {
        const char* name;
        Value value;
    } constants[] = {
        {"__doc__", make_str("Mathematical functions for complex numbers.")},
        {"pi", make_float(kPi)},
        {"e", make_float(kE)},
        {"tau", make_float(2 * kPi)},
        {"inf", make_float(kInf)},
        {"infj", make_complex(0., kInf)},
        {"nan", make_float(kNaN)},
        {"nanj", make_complex(0., kNaN)},
    };
    for (const auto& c : constants)
        if (!c.value || !dict_set_cstr(m->dict, c.name, c.value)) return Value();
    return mod;
}

} // namespace uopy
