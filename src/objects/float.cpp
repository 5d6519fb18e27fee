// float: arithmetic with Python's floor-division and modulo rules, exact
// comparison with ints, CPython's repr (shortest round-trip) and numeric
// hash. CPython counterpart: Objects/floatobject.c.
#include "objects/float.h"

#include "objects/bytes.h"
#include "objects/unicode_db.h"

#include "objects/function.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cerrno>
#include <cstring>
#include <string>

namespace uopy {

Type FloatType;

Value make_boxed_float(double d) {
    auto* f = gc_new<FloatObject>(&FloatType);
    if (!f) return Value();
    f->value = d;
    return Value(f);
}

// CPython's repr: the shortest digits that round-trip, laid out in fixed
// notation when the exponent is in [-4, 16), scientific otherwise.
std::string float_repr_text(double d) {
    if (std::isnan(d)) return "nan";
    if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    std::string s(buf, res.ptr);
    // s = [-]D[.DDD]e[+-]XX
    bool neg = s[0] == '-';
    if (neg) s = s.substr(1);
    size_t epos = s.find('e');
    std::string mant = s.substr(0, epos);
    int exp = std::stoi(s.substr(epos + 1));
    std::string digits;
    for (char c : mant)
        if (c != '.') digits.push_back(c);
    while (digits.size() > 1 && digits.back() == '0')
        digits.pop_back();
    std::string out;
    int decpt = exp + 1; // position of the decimal point relative to the digits
    if (neg) out.push_back('-');
    if (exp >= -4 && exp < 16) {
        if (decpt <= 0) {
            out.append("0.").append(static_cast<size_t>(-decpt), '0').append(digits);
        } else if (static_cast<size_t>(decpt) >= digits.size()) {
            out.append(digits).append(decpt - digits.size(), '0').append(".0");
        } else {
            out.append(digits, 0, static_cast<size_t>(decpt)).push_back('.');
            out.append(digits, static_cast<size_t>(decpt), std::string::npos);
        }
    } else {
        out.push_back(digits[0]);
        if (digits.size() > 1) {
            out.push_back('.');
            out.append(digits, 1, std::string::npos);
        }
        char e[16];
        std::snprintf(e, sizeof e, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
        out += e;
    }
    return out;
}

Value float_repr_value(double d) {
    return make_str(float_repr_text(d));
}

bool number_to_double(Value v, double* out) {
    if (is_float(v)) {
        *out = float_value(v);
        return true;
    }
    if (is_int(v)) return int_to_double(v, out);
    UnaryFn f = type_of(v)->nb_float;
    if (f) {
        Value r = f(v);
        if (!r) return false;
        if (!is_float(r)) {
            raise(exc::TypeError, "%s.__float__ returned non-float (type %s)", type_name(v),
                  type_name(r));
            return false;
        }
        *out = float_value(r);
        return true;
    }
    if (type_of(v)->nb_index) {
        Value i = number_index(v);
        return i && int_to_double(i, out);
    }
    raise(exc::TypeError, "must be real number, not %s", type_name(v));
    return false;
}

// Converts an operand of a float operation; false with no error = NotImplemented.
static bool operand(Value v, double* out, bool* error) {
    *error = false;
    if (is_float(v)) {
        *out = float_value(v);
        return true;
    }
    if (is_int(v)) {
        if (!int_to_double(v, out)) {
            *error = true;
            return false;
        }
        return true;
    }
    return false;
}

static Value float_repr(Value self) {
    return float_repr_value(float_value(self));
}

static int64_t float_hash(Value self) {
    return hash_double(float_value(self), self.raw());
}

int64_t hash_double(double d, uint64_t identity) {
    if (std::isinf(d)) return d > 0 ? 314159 : -314159;
    if (std::isnan(d)) {
        uint64_t y = identity;
        y = (y >> 4) | (y << 60);
        int64_t h = static_cast<int64_t>(y);
        return h == -1 ? -2 : h;
    }
    double ip;
    if (std::modf(d, &ip) == 0.0 && std::fabs(d) < 9.2e18) {
        int64_t i = static_cast<int64_t>(d);
        return int_hash(make_int(i));
    }
    // CPython's algorithm: the fraction reduced modulo 2^61 - 1.
    const uint64_t P = (uint64_t(1) << 61) - 1;
    int e;
    double m = std::frexp(d, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & P) | x >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = static_cast<uint64_t>(m);
        m -= static_cast<double>(y);
        x += y;
        if (x >= P) x -= P;
    }
    e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
    x = ((x << e) & P) | x >> (61 - e);
    int64_t h = static_cast<int64_t>(x) * sign;
    return h == -1 ? -2 : h;
}

static Value float_divmod_impl(double a, double b, bool want_div, bool want_mod) {
    if (b == 0) {
        return raise(exc::ZeroDivisionError, want_div && want_mod ? "float divmod()"
                                             : want_div           ? "float floor division by zero"
                                                                  : "float modulo");
    }
    double mod = std::fmod(a, b);
    double div = (a - mod) / b;
    if (mod) {
        if ((b < 0) != (mod < 0)) {
            mod += b;
            div -= 1.0;
        }
    } else {
        mod = std::copysign(0.0, b);
    }
    double floordiv;
    if (div) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = std::copysign(0.0, a / b);
    }
    if (want_div && want_mod) return tuple_pack({make_float(floordiv), make_float(mod)});
    return make_float(want_div ? floordiv : mod);
}

static Value float_pow_impl(double a, double b) {
    if (a == 0 && b < 0)
        return raise(exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
    if (a < 0 && b != std::floor(b) && std::isfinite(b) && std::isfinite(a)) {
        // A negative base with a fractional exponent gives a complex result.
        Value (*mk)(double, double) = nullptr;
        extern Value make_complex(double, double);
        mk = make_complex;
        double r = std::pow(-a, b);
        double angle = b * M_PI;
        return mk(r * std::cos(angle), r * std::sin(angle));
    }
    errno = 0;
    double r = std::pow(a, b);
    if (std::isinf(r) && std::isfinite(a) && std::isfinite(b))
        return raise(exc::OverflowError, "(34, 'Numerical result out of range')");
    return make_float(r);
}

template <int OP> static Value float_binary(Value a, Value b) {
    double x, y;
    bool err;
    if (!operand(a, &x, &err)) return err ? Value() : NotImplemented();
    if (!operand(b, &y, &err)) return err ? Value() : NotImplemented();
    switch (OP) {
    case NB_ADD: return make_float(x + y);
    case NB_SUBTRACT: return make_float(x - y);
    case NB_MULTIPLY: return make_float(x * y);
    case NB_TRUE_DIVIDE:
        if (y == 0) return raise(exc::ZeroDivisionError, "float division by zero");
        return make_float(x / y);
    case NB_FLOOR_DIVIDE: return float_divmod_impl(x, y, true, false);
    case NB_REMAINDER: return float_divmod_impl(x, y, false, true);
    case NB_POWER: return float_pow_impl(x, y);
    }
    return NotImplemented();
}

static Value float_power3(Value a, Value b, Value c) {
    if (!is_none(c))
        return raise(exc::TypeError,
                     "pow() 3rd argument not allowed unless all arguments are integers");
    return float_binary<NB_POWER>(a, b);
}

// Exact comparison of a double with an int.
static int compare_double_int(double d, Value i) {
    int64_t n;
    if (int_fits_int64(i, &n) && std::fabs(static_cast<double>(n)) < 9.0e15) {
        double x = static_cast<double>(n);
        return (d > x) - (d < x);
    }
    if (std::isinf(d)) return d > 0 ? 1 : -1;
    mpz_t z, f;
    mpz_init(z);
    mpz_init(f);
    int_to_mpz(i, z);
    double fl = std::floor(d);
    mpz_set_d(f, fl);
    int c = mpz_cmp(f, z);
    if (c == 0 && d != fl) c = 1;
    mpz_clear(z);
    mpz_clear(f);
    return (c > 0) - (c < 0);
}

static Value float_richcompare(Value a, Value b, CompareOp op) {
    double x = float_value(a);
    int c;
    if (is_float(b)) {
        double y = float_value(b);
        switch (op) {
        case CMP_LT: return Bool(x < y);
        case CMP_LE: return Bool(x <= y);
        case CMP_EQ: return Bool(x == y);
        case CMP_NE: return Bool(x != y);
        case CMP_GT: return Bool(x > y);
        case CMP_GE: return Bool(x >= y);
        }
    }
    if (!is_int(b)) return NotImplemented();
    if (std::isnan(x)) return Bool(op == CMP_NE);
    c = compare_double_int(x, b);
    switch (op) {
    case CMP_LT: return Bool(c < 0);
    case CMP_LE: return Bool(c <= 0);
    case CMP_EQ: return Bool(c == 0);
    case CMP_NE: return Bool(c != 0);
    case CMP_GT: return Bool(c > 0);
    case CMP_GE: return Bool(c >= 0);
    }
    return NotImplemented();
}

static Value float_neg(Value v) {
    return make_float(-float_value(v));
}
static Value float_pos(Value v) {
    return is_exact_float(v) ? v : make_float(float_value(v));
}
static Value float_abs(Value v) {
    return make_float(std::fabs(float_value(v)));
}
static int float_bool(Value v) {
    return float_value(v) != 0.0;
}

Value float_to_int(double d) {
    if (std::isnan(d)) return raise(exc::ValueError, "cannot convert float NaN to integer");
    if (std::isinf(d)) return raise(exc::OverflowError, "cannot convert float infinity to integer");
    if (std::fabs(d) < 9.0e18) return make_int(static_cast<int64_t>(d));
    mpz_t z;
    mpz_init_set_d(z, d);
    return make_int_steal_mpz(z);
}
static Value float_int(Value v) {
    return float_to_int(float_value(v));
}

bool parse_float_text(std::string_view text, double* out);

static Value float_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("float", kwnames) || !check_nargs("float", nargs, 0, 1)) return Value();
    double d = 0;
    if (nargs) {
        Value x = args[0];
        if (is_str(x) || is_bytes(x) || is_bytearray(x)) {
            std::string text;
            if (is_str(x)) {
                text = std::string(str_view(x));
            } else {
                text = std::string(bytes_view(x));
                for (char& c : text)
                    if (static_cast<unsigned char>(c) >= 128) c = '?';
            }
            if (!parse_float_text(text, &d)) {
                Value r = repr(x);
                if (!r) return r;
                return raise(exc::ValueError, "could not convert string to float: %s",
                             str_view(r).data());
            }
        } else if (!number_to_double(x, &d)) {
            if (err_matches(exc::TypeError) && !type_of(x)->nb_float && !type_of(x)->nb_index) {
                err_clear();
                return raise(exc::TypeError,
                             "float() argument must be a string or a real number, not '%s'",
                             type_name(x));
            }
            return Value();
        }
    }
    if (type == &FloatType) return make_float(d);
    auto* f = gc_new<FloatObject>(type, type->basic_size);
    if (!f) return Value();
    f->value = d;
    return Value(f);
}

bool parse_float_text(std::string_view utf8, double* out) {
    // Unicode decimal digits and whitespace read as ASCII, as in CPython.
    std::string ascii;
    for (const char *p = utf8.data(), *end = p + utf8.size(); p < end;) {
        uint32_t cp = utf8_decode(p);
        if (cp < 128)
            ascii.push_back(static_cast<char>(cp));
        else if (unicode::is_space(cp))
            ascii.push_back(' ');
        else if (unicode::decimal_value(cp) >= 0)
            ascii.push_back(static_cast<char>('0' + unicode::decimal_value(cp)));
        else
            return false;
    }
    std::string_view text = ascii;
    size_t b = 0, e = text.size();
    while (b < e && std::isspace(static_cast<unsigned char>(text[b])))
        b++;
    while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1])))
        e--;
    std::string s;
    std::string_view t = text.substr(b, e - b);
    for (size_t i = 0; i < t.size(); i++) {
        char c = t[i];
        if (c == '_') {
            if (i == 0 || i + 1 >= t.size() ||
                !std::isdigit(static_cast<unsigned char>(t[i - 1])) ||
                !std::isdigit(static_cast<unsigned char>(t[i + 1])))
                return false;
            continue;
        }
        s.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    std::string body = s;
    bool neg = false;
    if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
        neg = body[0] == '-';
        body = body.substr(1);
    }
    if (body == "inf" || body == "infinity") {
        *out = neg ? -INFINITY : INFINITY;
        return true;
    }
    if (body == "nan") {
        *out = neg ? -NAN : NAN;
        return true;
    }
    if (body.empty() || body.find_first_not_of("0123456789.e+-") != std::string::npos) return false;
    if (body[0] == '+' || body[0] == '-') return false; // one sign only
    if (body.find("0x") != std::string::npos) return false;
    auto res = std::from_chars(body.data(), body.data() + body.size(), *out);
    if (res.ec == std::errc::result_out_of_range) {
        // from_chars reports overflow/underflow; Python gives inf or 0.0.
        *out = std::strtod(body.c_str(), nullptr);
    } else if (res.ec != std::errc() || res.ptr != body.data() + body.size()) {
        return false;
    }
    if (neg) *out = -*out;
    return true;
}

// -- Methods ------------------------------------------------------------------------------------

static Value m_is_integer(Value self, const Value*, size_t, Value) {
    double d = float_value(self);
    return Bool(std::isfinite(d) && std::floor(d) == d);
}
static Value m_round(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("__round__", nargs, 0, 1)) return Value();
    double d = float_value(self);
    if (nargs == 0 || is_none(args[0])) {
        double r = std::nearbyint(d); // default rounding mode: half to even
        return float_to_int(r);
    }
    int64_t nd;
    if (!int_as_int64(args[0], &nd)) return Value();
    if (!std::isfinite(d) || nd > 330) return make_float(d);
    if (nd < -330) return make_float(0.0 * d);
    // Correctly rounded via decimal conversion, as CPython does.
    char buf[512];
    if (nd >= 0) {
        std::snprintf(buf, sizeof buf, "%.*f", static_cast<int>(nd), d);
        return make_float(std::strtod(buf, nullptr));
    }
    double p = std::pow(10.0, static_cast<double>(-nd));
    double y = d / p;
    double z = std::nearbyint(y);
    if (std::fabs(y - z) == 0.5) z = 2.0 * std::nearbyint(y / 2.0);
    return make_float(z * p);
}
static Value m_trunc(Value self, const Value*, size_t, Value) {
    return float_to_int(std::trunc(float_value(self)));
}
static Value m_floor(Value self, const Value*, size_t, Value) {
    return float_to_int(std::floor(float_value(self)));
}
static Value m_ceil(Value self, const Value*, size_t, Value) {
    return float_to_int(std::ceil(float_value(self)));
}
static Value m_as_integer_ratio(Value self, const Value*, size_t, Value) {
    double d = float_value(self);
    if (std::isinf(d)) return raise(exc::OverflowError, "cannot convert Infinity to integer ratio");
    if (std::isnan(d)) return raise(exc::ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = std::frexp(d, &e);
    for (int i = 0; i < 300 && m != std::floor(m); i++) {
        m *= 2.0;
        e--;
    }
    mpz_t n, den;
    mpz_init_set_d(n, m);
    mpz_init_set_ui(den, 1);
    if (e > 0)
        mpz_mul_2exp(n, n, e);
    else
        mpz_mul_2exp(den, den, -e);
    Value r = tuple_pack({make_int_from_mpz(n), make_int_from_mpz(den)});
    mpz_clear(n);
    mpz_clear(den);
    return r;
}
static Value m_conjugate(Value self, const Value*, size_t, Value) {
    return float_pos(self);
}
static Value m_format(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("__format__", nargs, 1, 1)) return Value();
    return format_number_with_spec(self, args[0]);
}
// float.hex(): always 13 hex digits after the point, subnormals as 0x0.…p-1022.
static Value m_hex(Value self, const Value*, size_t, Value) {
    double d = float_value(self);
    if (std::isnan(d)) return make_str("nan");
    if (std::isinf(d)) return make_str(d > 0 ? "inf" : "-inf");
    const char* sign = std::signbit(d) ? "-" : "";
    if (d == 0) return make_str(std::signbit(d) ? "-0x0.0p+0" : "0x0.0p+0");
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    int exp_bits = static_cast<int>((bits >> 52) & 0x7FF);
    uint64_t frac = bits & ((uint64_t(1) << 52) - 1);
    int lead = exp_bits ? 1 : 0;
    int exponent = exp_bits ? exp_bits - 1023 : -1022;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s0x%d.%013llxp%+d", sign, lead,
                  static_cast<unsigned long long>(frac), exponent);
    return make_str(buf);
}

// float.fromhex(s): [sign] ['0x'] hexdigits ['.' hexdigits] ['p' exponent], or inf/nan.
static Value m_fromhex(Value cls, const Value* args, size_t nargs, Value) {
    if (!check_nargs("float.fromhex", nargs, 1, 1)) return Value();
    if (!is_str(args[0]))
        // CPython reads the argument as str without checking first.
        return raise(exc::TypeError, "bad argument type for built-in operation");
    std::string text(str_view(args[0]));
    size_t b = 0, e = text.size();
    while (b < e && std::isspace(static_cast<unsigned char>(text[b])))
        b++;
    while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1])))
        e--;
    std::string t = text.substr(b, e - b);
    double d;
    if (parse_float_text(t, &d) && t.find_first_of("xX") == std::string::npos &&
        t.find_first_of("0123456789") == std::string::npos) {
        // inf / nan spellings
    } else {
        size_t i = 0;
        std::string body = t;
        if (i < body.size() && (body[i] == '+' || body[i] == '-')) i++;
        std::string digits = body.substr(i);
        if (digits.size() > 1 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X'))
            digits = digits.substr(2);
        bool ok = (!digits.empty() && std::isxdigit(static_cast<unsigned char>(digits[0]))) ||
                  (digits.size() > 1 && digits[0] == '.' &&
                   std::isxdigit(static_cast<unsigned char>(digits[1])));
        for (char c : digits)
            if (!std::isxdigit(static_cast<unsigned char>(c)) && c != '.' && c != 'p' && c != 'P' &&
                c != '+' && c != '-')
                ok = false;
        if (!ok) return raise(exc::ValueError, "invalid hexadecimal floating-point string");
        std::string c_text;
        c_text.append(body, 0, i).append("0x").append(digits);
        char* end = nullptr;
        errno = 0;
        d = std::strtod(c_text.c_str(), &end);
        if (end != c_text.c_str() + c_text.size())
            return raise(exc::ValueError, "invalid hexadecimal floating-point string");
        if (std::isinf(d))
            return raise(exc::OverflowError, "hexadecimal value too large to represent as a float");
    }
    Value f = make_float(d);
    if (!f || cls == Value(&FloatType)) return f;
    return call1(cls, f);
}
static Value g_real(Value self) {
    return float_pos(self);
}
static Value g_imag(Value) {
    return make_float(0.0);
}

// __getnewargs__: (float(self),), the value as an exact float.
static Value m_getnewargs(Value self, const Value*, size_t, Value) {
    Value v = float_pos(self);
    return v ? tuple_pack({v}) : v;
}

// float.__getformat__('double' | 'float'): how the C type is stored, which
// on every platform uopy builds for is IEEE 754, little-endian.
static Value m_getformat(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("__getformat__", nargs, 1, 1)) return Value();
    if (!is_str(args[0]))
        return raise(exc::TypeError, "__getformat__() argument must be str, not %s",
                     arg_type_name(args[0]));
    std::string_view t = str_view(args[0]);
    if (t != "double" && t != "float")
        return raise(exc::ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return make_str("IEEE, little-endian");
}

// __divmod__ / __rdivmod__ (divmod() itself computes floats directly).
static Value m_divmod(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!check_wrapper_one_arg("__divmod__", nargs, kwnames)) return Value();
    return float_divmod(self, args[0]);
}
static Value m_rdivmod(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!check_wrapper_one_arg("__rdivmod__", nargs, kwnames)) return Value();
    return float_divmod(args[0], self);
}

static const NativeMethodDef float_methods[] = {
    {"__divmod__", m_divmod, NATIVE_KEYWORDS, "__divmod__($self, value, /)\n--\n\n"},
    {"__rdivmod__", m_rdivmod, NATIVE_KEYWORDS, "__rdivmod__($self, value, /)\n--\n\n"},
    {"__getnewargs__", m_getnewargs, NATIVE_NOARGS, "__getnewargs__($self, /)\n--\n\n"},
    {"is_integer", m_is_integer, NATIVE_NOARGS, "is_integer($self, /)\n--\n\n"},
    {"__round__", m_round, 0, "__round__($self, ndigits=None, /)\n--\n\n"},
    {"__trunc__", m_trunc, NATIVE_NOARGS, "__trunc__($self, /)\n--\n\n"},
    {"__floor__", m_floor, NATIVE_NOARGS, "__floor__($self, /)\n--\n\n"},
    {"__ceil__", m_ceil, NATIVE_NOARGS, "__ceil__($self, /)\n--\n\n"},
    {"as_integer_ratio", m_as_integer_ratio, NATIVE_NOARGS, "as_integer_ratio($self, /)\n--\n\n"},
    {"conjugate", m_conjugate, NATIVE_NOARGS, "conjugate($self, /)\n--\n\n"},
    {"__format__", m_format, NATIVE_O, "__format__($self, format_spec, /)\n--\n\n"},
    {"hex", m_hex, NATIVE_NOARGS, "hex($self, /)\n--\n\n"},
    {"fromhex", m_fromhex, NATIVE_CLASS, "fromhex($type, string, /)\n--\n\n"},
    {"__getformat__", m_getformat, NATIVE_CLASS, "__getformat__($type, typestr, /)\n--\n\n"},
    {nullptr, nullptr, 0, nullptr},
};
static const GetSetDef float_getsets[] = {
    {"real", g_real, nullptr, nullptr},
    {"imag", g_imag, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

Value float_divmod(Value a, Value b) {
    double x, y;
    bool err;
    if (!operand(a, &x, &err)) return err ? Value() : NotImplemented();
    if (!operand(b, &y, &err)) return err ? Value() : NotImplemented();
    return float_divmod_impl(x, y, true, true);
}

void init_float_type() {
    FloatType.repr = float_repr;
    FloatType.hash = float_hash;
    FloatType.richcompare = float_richcompare;
    FloatType.tp_new = float_new;
    FloatType.nb[NB_ADD] = float_binary<NB_ADD>;
    FloatType.nb[NB_SUBTRACT] = float_binary<NB_SUBTRACT>;
    FloatType.nb[NB_MULTIPLY] = float_binary<NB_MULTIPLY>;
    FloatType.nb[NB_TRUE_DIVIDE] = float_binary<NB_TRUE_DIVIDE>;
    FloatType.nb[NB_FLOOR_DIVIDE] = float_binary<NB_FLOOR_DIVIDE>;
    FloatType.nb[NB_REMAINDER] = float_binary<NB_REMAINDER>;
    FloatType.nb[NB_POWER] = float_binary<NB_POWER>;
    FloatType.nb_power3 = float_power3;
    FloatType.nb_negative = float_neg;
    FloatType.nb_positive = float_pos;
    FloatType.nb_absolute = float_abs;
    FloatType.nb_bool = float_bool;
    FloatType.nb_int = float_int;
    FloatType.nb_float = float_pos;
    init_static_type(&FloatType, "float", &ObjectType, sizeof(FloatObject), TYPE_BASETYPE);
    add_methods(&FloatType, float_methods);
    add_getsets(&FloatType, float_getsets);
}

} // namespace uopy
