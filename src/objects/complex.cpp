// complex: arithmetic, equality, hash and CPython's repr. CPython
// counterpart: Objects/complexobject.c.
#include "objects/complex.h"

#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <cmath>
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

// repr of one part: like float's repr but without a trailing ".0".
static std::string part(double d) {
    std::string s = float_repr_text(d);
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
    return s;
}

static Value complex_repr(Value self) {
    double re = C(self)->real, im = C(self)->imag;
    if (re == 0 && !std::signbit(re)) return make_str(part(im) + "j");
    std::string i = part(im);
    if (i[0] != '-' && i != "nan")
        i = "+" + i;
    else if (i == "nan")
        i = "+nan";
    return make_str("(" + part(re) + i + "j)");
}

static bool operand(Value v, double* re, double* im) {
    if (type_of(v) == &ComplexType) {
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

template <int OP> static Value complex_binary(Value a, Value b) {
    double ar, ai, br, bi;
    if (!operand(a, &ar, &ai) || !operand(b, &br, &bi))
        return err_occurred() ? Value() : NotImplemented();
    switch (OP) {
    case NB_ADD: return make_complex(ar + br, ai + bi);
    case NB_SUBTRACT: return make_complex(ar - br, ai - bi);
    case NB_MULTIPLY: return make_complex(ar * br - ai * bi, ar * bi + ai * br);
    case NB_TRUE_DIVIDE: {
        double d = br * br + bi * bi;
        if (d == 0) return raise(exc::ZeroDivisionError, "complex division by zero");
        return make_complex((ar * br + ai * bi) / d, (ai * br - ar * bi) / d);
    }
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
    {"real", g_real, nullptr, nullptr},
    {"imag", g_imag, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

static Value complex_new(Type*, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("complex", "real=, imag=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    double re = 0, im = 0, r2, i2;
    if (a[0] && !operand(a[0], &re, &im))
        return err_occurred()
                   ? Value()
                   : raise(exc::TypeError,
                           "complex() first argument must be a string or a number, not '%s'",
                           type_name(a[0]));
    if (a[1]) {
        if (!operand(a[1], &r2, &i2))
            return err_occurred() ? Value()
                                  : raise(exc::TypeError,
                                          "complex() second argument must be a number, not '%s'",
                                          type_name(a[1]));
        re -= i2;
        im += r2;
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
    ComplexType.nb_negative = complex_neg;
    ComplexType.nb_absolute = complex_abs;
    ComplexType.nb_bool = complex_bool;
    init_static_type(&ComplexType, "complex", &ObjectType, sizeof(ComplexObject), TYPE_BASETYPE);
    add_getsets(&ComplexType, complex_getsets);
}

} // namespace uopy
