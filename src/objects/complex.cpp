// complex: arithmetic, equality, hash and CPython's repr. CPython
// counterpart: Objects/complexobject.c.
#include "objects/complex.h"

#include "objects/float.h"
#include "objects/int.h"
#include "objects/format_spec.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicode_db.h"
#include "runtime/call.h"
#include "objects/function.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <cmath>
#include <cstdlib>
#include <string>

namespace uopy {

Type ComplexType;
std::string float_repr_text(double d);

Value make_complex(double real, double imag) {
    auto* c = gc_new<ComplexObject>(&ComplexType);
    if (!c) return Value();
    c->real = real;
    c->imag = imag;
    return Value(c);
}

static ComplexObject* C(Value v) {
    return static_cast<ComplexObject*>(v.as_ptr());
}

static Value complex_repr(Value self) {
    return format_complex_spec(C(self)->real, C(self)->imag, "");
}

static bool operand(Value v, double* re, double* im) {
    if (isinstance_of(v, &ComplexType)) {
        *re = C(v)->real;
        *im = C(v)->imag;
        return true;
    }
    *im = 0;
    if (is_float(v)) {
        *re = float_value(v);
        return true;
    }
    if (is_int(v)) return int_to_double(v, re);
    return false;
}

struct Complex {
    double re, im;
};

template <int OP> static Value complex_binary(Value a, Value b);

static Complex product(Complex a, Complex b) {
    return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}

// Division scaled by the larger component of the divisor (Smith's method),
// as CPython's _Py_c_quot, so results agree to the last bit.
static bool complex_quotient(Complex a, Complex b, Complex* out) {
    double abs_re = std::fabs(b.re), abs_im = std::fabs(b.im);
    if (abs_re >= abs_im) {
        if (abs_re == 0.0) return false;
        double ratio = b.im / b.re;
        double denom = b.re + b.im * ratio;
        *out = {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    } else if (abs_im >= abs_re) {
        double ratio = b.re / b.im;
        double denom = b.re * ratio + b.im;
        *out = {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    } else {
        *out = {NAN, NAN}; // a NaN in the divisor
    }
    return true;
}

// Small integral exponents multiply by repeated squaring (exact for
// Gaussian integers); anything else goes through polar form.
static Value complex_power(Complex a, Complex b) {
    Complex r;
    if (b.im == 0.0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0) {
        long n = static_cast<long>(b.re);
        unsigned long un = static_cast<unsigned long>(n < 0 ? -n : n);
        Complex acc{1.0, 0.0}, p = a;
        for (unsigned long mask = 1; mask > 0 && un >= mask; mask <<= 1) {
            if (un & mask) acc = product(acc, p);
            p = product(p, p);
        }
        if (n < 0) {
            if (!complex_quotient({1.0, 0.0}, acc, &r))
                return raise(exc::ZeroDivisionError, "0.0 to a negative or complex power");
        } else {
            r = acc;
        }
    } else if (b.re == 0.0 && b.im == 0.0) {
        r = {1.0, 0.0};
    } else if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0)
            return raise(exc::ZeroDivisionError, "0.0 to a negative or complex power");
        r = {0.0, 0.0};
    } else {
        double vabs = std::hypot(a.re, a.im);
        double len = std::pow(vabs, b.re);
        double at = std::atan2(a.im, a.re);
        double phase = at * b.re;
        if (b.im != 0.0) {
            len /= std::exp(at * b.im);
            phase += b.im * std::log(vabs);
        }
        r = {len * std::cos(phase), len * std::sin(phase)};
    }
    if (std::isinf(r.re) || std::isinf(r.im))
        return raise(exc::OverflowError, "complex exponentiation");
    return make_complex(r.re, r.im);
}

static Value complex_pow3(Value a, Value b, Value mod) {
    // The operands are checked before the modulus, as CPython's complex_pow.
    double re, im;
    if (!operand(a, &re, &im) || !operand(b, &re, &im))
        return err_occurred() ? Value() : NotImplemented();
    if (!is_none(mod)) return raise(exc::ValueError, "complex modulo");
    return complex_binary<NB_POWER>(a, b);
}

template <int OP> static Value complex_binary(Value a, Value b) {
    double ar, ai, br, bi;
    if (!operand(a, &ar, &ai) || !operand(b, &br, &bi))
        return err_occurred() ? Value() : NotImplemented();
    switch (OP) {
    case NB_ADD: return make_complex(ar + br, ai + bi);
    case NB_SUBTRACT: return make_complex(ar - br, ai - bi);
    case NB_MULTIPLY: return make_complex(ar * br - ai * bi, ar * bi + ai * br);
    case NB_TRUE_DIVIDE: {
        Complex q;
        if (!complex_quotient({ar, ai}, {br, bi}, &q))
            return raise(exc::ZeroDivisionError, "complex division by zero");
        return make_complex(q.re, q.im);
    }
    case NB_POWER: return complex_power({ar, ai}, {br, bi});
    }
    return NotImplemented();
}

static Value complex_richcompare(Value a, Value b, CompareOp op) {
    double ar, ai, br, bi;
    if (op != CMP_EQ && op != CMP_NE) return NotImplemented();
    if (!operand(a, &ar, &ai) || !operand(b, &br, &bi))
        return err_occurred() ? Value() : NotImplemented();
    bool eq = ar == br && ai == bi;
    return Bool(op == CMP_EQ ? eq : !eq);
}

static Value complex_neg(Value v) {
    return make_complex(-C(v)->real, -C(v)->imag);
}
static Value complex_pos(Value v) {
    return make_complex(C(v)->real, C(v)->imag);
}
static Value complex_abs(Value v) {
    return make_float(std::hypot(C(v)->real, C(v)->imag));
}
static int complex_bool(Value v) {
    return C(v)->real != 0 || C(v)->imag != 0;
}
static Value g_real(Value v) {
    return make_float(C(v)->real);
}
static Value g_imag(Value v) {
    return make_float(C(v)->imag);
}
static const GetSetDef complex_getsets[] = {
    {"real", g_real, readonly_member_set, nullptr},
    {"imag", g_imag, readonly_member_set, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

static int64_t complex_hash(Value v) {
    // hash(re) + 1000003 * hash(im), with CPython's wraparound and -1 rule.
    uint64_t h = static_cast<uint64_t>(hash_double(C(v)->real, v.raw())) +
                 1000003u * static_cast<uint64_t>(hash_double(C(v)->imag, v.raw()));
    int64_t r = static_cast<int64_t>(h);
    return r == -1 ? -2 : r;
}

static Value m_conjugate(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("complex.conjugate", nargs, 0, 0)) return Value();
    return make_complex(C(self)->real, -C(self)->imag);
}

static Value m_format(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("complex.__format__", nargs, 1, 1)) return Value();
    if (!is_str(args[0]))
        return raise(exc::TypeError, "__format__() argument must be str, not %s",
                     type_name(args[0]));
    if (str_length(args[0]) == 0) return str_of(self);
    return format_complex_spec(C(self)->real, C(self)->imag, str_view(args[0]));
}

static Value m_getnewargs(Value self, const Value*, size_t, Value) {
    return tuple_pack({make_float(C(self)->real), make_float(C(self)->imag)});
}

// complex.__complex__ (new in 3.11): the value as an exact complex.
static Value m_complex(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("complex.__complex__", nargs, 0, 0)) return Value();
    if (type_of(self) == &ComplexType) return self;
    return make_complex(C(self)->real, C(self)->imag);
}

static const NativeMethodDef complex_methods[] = {
    {"conjugate", m_conjugate, 0, nullptr},
    {"__complex__", m_complex, 0, "conjugate($self, /)\n--\n\n"},
    {"__format__", m_format, 0, nullptr},
    {"__getnewargs__", m_getnewargs, 0, "__format__($self, format_spec, /)\n--\n\n"},
    {nullptr, nullptr, 0, nullptr},
};

// complex('1+2j'): optional parentheses and spaces around
// [real][(+|-)imag j] or a lone imaginary part.
// [bad_underscore]: false was for a misplaced '_' (CPython's other message).
static bool parse_complex(std::string_view utf8, double* re, double* im, bool* bad_underscore) {
    *bad_underscore = false;
    // As CPython: Unicode decimal digits and spaces read as their ASCII
    // forms, then underscores between two digits are dropped (any other
    // underscore makes the string malformed).
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
    std::string plain;
    for (size_t i = 0; i < ascii.size(); i++) {
        if (ascii[i] != '_') {
            plain.push_back(ascii[i]);
            continue;
        }
        auto digit = [&](size_t k) { return std::isdigit(static_cast<unsigned char>(ascii[k])); };
        if (i == 0 || i + 1 >= ascii.size() || !digit(i - 1) || !digit(i + 1)) {
            *bad_underscore = true;
            return false;
        }
    }
    std::string_view s = plain;
    auto trim = [](std::string_view t) {
        while (!t.empty() && (t.front() == ' ' || (t.front() >= 9 && t.front() <= 13)))
            t.remove_prefix(1);
        while (!t.empty() && (t.back() == ' ' || (t.back() >= 9 && t.back() <= 13)))
            t.remove_suffix(1);
        return t;
    };
    s = trim(s);
    if (s.size() >= 2 && s.front() == '(' && s.back() == ')') s = trim(s.substr(1, s.size() - 2));
    if (s.empty()) return false;
    std::string text(s);
    // Read one float (or a bare sign before 'j'), returning how many chars it took.
    auto read = [&](size_t pos, double* out) -> size_t {
        const char* start = text.c_str() + pos;
        char* end = nullptr;
        if (std::isdigit(static_cast<unsigned char>(*start)) || *start == '.' || *start == '+' ||
            *start == '-' || *start == 'i' || *start == 'I' || *start == 'n' || *start == 'N') {
            *out = std::strtod(start, &end);
            if (end == start) return 0;
            // strtod takes hex floats and "infinity"; Python's complex() does too
            // except for hex, which we refuse.
            for (const char* q = start; q < end; q++)
                if (*q == 'x' || *q == 'X' || *q == '_') return 0;
            return static_cast<size_t>(end - start);
        }
        return 0;
    };
    *re = 0;
    *im = 0;
    size_t n = text.size();
    double first;
    size_t used = read(0, &first);
    if (used == 0) {
        // "j", "+j", "-j"
        if (text == "j" || text == "J" || text == "+j" || text == "+J") return (*im = 1), true;
        if (text == "-j" || text == "-J") return (*im = -1), true;
        return false;
    }
    if (used == n) return (*re = first), true;
    if (used + 1 == n && (text[used] == 'j' || text[used] == 'J')) return (*im = first), true;
    *re = first;
    size_t pos = used;
    if (text[pos] != '+' && text[pos] != '-') return false;
    double second;
    size_t used2 = read(pos, &second);
    if (used2 == 0) {
        // "1+j" / "1-j"
        if (pos + 2 == n && (text[pos + 1] == 'j' || text[pos + 1] == 'J'))
            return (*im = text[pos] == '-' ? -1 : 1), true;
        return false;
    }
    if (pos + used2 + 1 != n || (text[pos + used2] != 'j' && text[pos + used2] != 'J'))
        return false;
    *im = second;
    return true;
}

static Value complex_new_exact(const Value* args, size_t nargs, Value kwnames);

// complex(...) for complex and its subclasses: a subclass gets an instance
// of its own type holding the value.
static Value complex_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    Value v = complex_new_exact(args, nargs, kwnames);
    if (!v || type == &ComplexType) return v;
    auto* c = gc_new<ComplexObject>(type, type->basic_size);
    if (!c) return Value();
    c->real = C(v)->real;
    c->imag = C(v)->imag;
    return Value(c);
}

// complex()'s arguments: a number, or anything with __float__ or __index__.
static bool new_operand(Value v, double* re, double* im) {
    if (operand(v, re, im)) return true;
    Type* t = type_of(v);
    if (!t->nb_float && !t->nb_index) return false;
    *im = 0;
    return number_to_double(v, re);
}

static Value complex_new_exact(const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("complex", "real=, imag=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    double re = 0, im = 0, r2, i2;
    if (a[0] && is_str(a[0])) {
        if (a[1])
            return raise(exc::TypeError, "complex() can't take second arg if first is a string");
        bool bad_underscore;
        if (!parse_complex(str_view(a[0]), &re, &im, &bad_underscore)) {
            if (!bad_underscore)
                return raise(exc::ValueError, "complex() arg is a malformed string");
            Value r = repr(a[0]);
            return r ? raise(exc::ValueError, "could not convert string to complex: %s",
                             str_view(r).data())
                     : r;
        }
        return make_complex(re, im);
    }
    if (a[1] && is_str(a[1]))
        return raise(exc::TypeError, "complex() second arg can't be a string");
    if (a[0] && type_of(a[0]) != &ComplexType) {
        // __complex__ first, as CPython does.
        Value c = call_special(a[0], intern("__complex__"), {});
        if (c) {
            if (type_of(c) != &ComplexType && !isinstance_of(c, &ComplexType))
                return raise(exc::TypeError, "__complex__ returned non-complex (type %s)",
                             type_name(c));
            re = C(c)->real;
            im = C(c)->imag;
            if (!a[1]) return make_complex(re, im);
            a[0] = c;
        } else if (err_occurred()) {
            return Value();
        }
    }
    if (a[0] && !new_operand(a[0], &re, &im))
        return err_occurred()
                   ? Value()
                   : raise(exc::TypeError,
                           "complex() first argument must be a string or a number, not '%s'",
                           type_name(a[0]));
    if (a[1]) {
        if (!new_operand(a[1], &r2, &i2))
            return err_occurred() ? Value()
                                  : raise(exc::TypeError,
                                          "complex() second argument must be a number, not '%s'",
                                          type_name(a[1]));
        // As CPython: imaginary parts only combine when an argument is complex,
        // so complex(0.0, -0.0) keeps its negative zero.
        bool first_complex = a[0] && isinstance_of(a[0], &ComplexType);
        bool second_complex = isinstance_of(a[1], &ComplexType);
        if (second_complex) re -= i2;
        im = first_complex ? im + r2 : r2;
    }
    return make_complex(re, im);
}

void init_complex_type() {
    ComplexType.repr = complex_repr;
    ComplexType.richcompare = complex_richcompare;
    ComplexType.tp_new = complex_new;
    ComplexType.nb[NB_ADD] = complex_binary<NB_ADD>;
    ComplexType.nb[NB_SUBTRACT] = complex_binary<NB_SUBTRACT>;
    ComplexType.nb[NB_MULTIPLY] = complex_binary<NB_MULTIPLY>;
    ComplexType.nb[NB_TRUE_DIVIDE] = complex_binary<NB_TRUE_DIVIDE>;
    ComplexType.nb[NB_POWER] = complex_binary<NB_POWER>;
    ComplexType.nb_power3 = complex_pow3;
    ComplexType.hash = complex_hash;
    ComplexType.nb_negative = complex_neg;
    ComplexType.nb_positive = complex_pos;
    ComplexType.nb_absolute = complex_abs;
    ComplexType.nb_bool = complex_bool;
    init_static_type(&ComplexType, "complex", &ObjectType, sizeof(ComplexObject), TYPE_BASETYPE);
    add_getsets(&ComplexType, complex_getsets);
    add_methods(&ComplexType, complex_methods);
}

} // namespace uopy
