// int: small ints inline in the Value, wider ones on GMP; arithmetic with
// Python's floor semantics, CPython's numeric hash, repr, int(). bool is in
// bool.cpp. CPython counterpart: Objects/longobject.c.
#include "objects/int.h"

#include "objects/bytes.h"
#include "frontend/parser.h"
#include "objects/unicode_db.h"

#include "objects/float.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

namespace uopy {

Type IntType;

static void bigint_finalize(Object* o) {
    mpz_clear(static_cast<BigInt*>(o)->z);
}

static Value new_bigint(Type* type, const mpz_t z) {
    BigInt* b = gc_new<BigInt>(type, type->basic_size ? type->basic_size : sizeof(BigInt));
    if (!b) return Value();
    mpz_init_set(b->z, z);
    gc_charge_external(mpz_size(z) * sizeof(mp_limb_t));
    return Value(b);
}

Value make_int(int64_t i) {
    if (Value::fits_small(i)) return Value::small_int(i);
    mpz_t z;
    mpz_init(z);
    mpz_set_si(z, i);
    Value v = new_bigint(&IntType, z);
    mpz_clear(z);
    return v;
}

Value make_uint(uint64_t u) {
    if (u <= static_cast<uint64_t>(Value::kSmallMax))
        return Value::small_int(static_cast<int64_t>(u));
    mpz_t z;
    mpz_init(z);
    mpz_import(z, 1, 1, sizeof(u), 0, 0, &u);
    Value v = new_bigint(&IntType, z);
    mpz_clear(z);
    return v;
}

Value make_int_from_mpz(const mpz_t z) {
    if (mpz_fits_slong_p(z)) {
        long l = mpz_get_si(z);
        if (Value::fits_small(l)) return Value::small_int(l);
    }
    return new_bigint(&IntType, z);
}

Value make_int_steal_mpz(mpz_t z) {
    if (mpz_fits_slong_p(z)) {
        long l = mpz_get_si(z);
        if (Value::fits_small(l)) {
            mpz_clear(z);
            return Value::small_int(l);
        }
    }
    // Move the limbs into the new object instead of copying them.
    BigInt* b = gc_new<BigInt>(&IntType, sizeof(BigInt));
    if (!b) {
        mpz_clear(z);
        return Value();
    }
    mpz_init(b->z);
    mpz_swap(b->z, z);
    mpz_clear(z);
    gc_charge_external(mpz_size(b->z) * sizeof(mp_limb_t));
    return Value(b);
}

Value make_int_subclass(Type* type, const mpz_t z) {
    return new_bigint(type, z);
}

// The value of an int or bool.
void int_to_mpz(Value v, mpz_t out) {
    if (v.is_int())
        mpz_set_si(out, v.as_int());
    else if (v == True())
        mpz_set_si(out, 1);
    else if (v == False())
        mpz_set_si(out, 0);
    else
        mpz_set(out, static_cast<BigInt*>(v.as_ptr())->z);
}

bool int_fits_int64(Value v, int64_t* out) {
    if (v.is_int()) {
        *out = v.as_int();
        return true;
    }
    if (v == True() || v == False()) {
        *out = v == True();
        return true;
    }
    const mpz_t& z = static_cast<BigInt*>(v.as_ptr())->z;
    if (!mpz_fits_slong_p(z)) return false;
    *out = mpz_get_si(z);
    return true;
}

bool int_as_int64(Value v, int64_t* out) {
    if (!is_int(v)) {
        Value i = number_index(v);
        if (!i) return false;
        v = i;
    }
    if (int_fits_int64(v, out)) return true;
    raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
    return false;
}

int int_sign(Value v) {
    int64_t i;
    if (int_fits_int64(v, &i)) return (i > 0) - (i < 0);
    return mpz_sgn(static_cast<BigInt*>(v.as_ptr())->z);
}

bool int_to_double(Value v, double* out) {
    int64_t i;
    if (int_fits_int64(v, &i)) {
        *out = static_cast<double>(i);
        return true;
    }
    const mpz_t& z = static_cast<BigInt*>(v.as_ptr())->z;
    if (mpz_sizeinbase(z, 2) > 1024) {
        raise(exc::OverflowError, "int too large to convert to float");
        return false;
    }
    // mpz_get_d truncates; round to nearest like CPython.
    mpz_t t;
    mpz_init_set(t, z);
    size_t bits = mpz_sizeinbase(t, 2);
    double d;
    if (bits <= 53) {
        d = mpz_get_d(t);
    } else {
        long shift = static_cast<long>(bits) - 55;
        mpz_t q;
        mpz_init(q);
        bool neg = mpz_sgn(t) < 0;
        mpz_abs(t, t);
        bool sticky = mpz_scan1(t, 0) < static_cast<mp_bitcnt_t>(shift);
        mpz_fdiv_q_2exp(q, t, shift);
        if (sticky) mpz_setbit(q, 0);
        // q has 55 bits: the integer-to-double conversion rounds it to
        // nearest-even (mpz_get_d would truncate), the sticky bit settling ties.
        d = std::ldexp(static_cast<double>(mpz_get_ui(q)), static_cast<int>(shift));
        if (neg) d = -d;
        mpz_clear(q);
    }
    mpz_clear(t);
    if (std::isinf(d)) {
        raise(exc::OverflowError, "int too large to convert to float");
        return false;
    }
    *out = d;
    return true;
}

static int64_t g_int_max_str_digits = kDefaultIntMaxStrDigits;

int64_t int_max_str_digits() {
    return g_int_max_str_digits;
}

void set_int_max_str_digits(int64_t n) {
    g_int_max_str_digits = n;
    // Decimal literals in source follow the same limit (a SyntaxError there).
    frontend::set_int_literal_max_digits(n);
}

static Value raise_int_str_limit() {
    return raise(exc::ValueError,
                 "Exceeds the limit (%lld digits) for integer string conversion; use "
                 "sys.set_int_max_str_digits() to increase the limit",
                 static_cast<long long>(g_int_max_str_digits));
}

bool mpz_decimal_digits_checked(const mpz_t z, std::string& out) {
    // mpz_sizeinbase is exact or one too many: only a number at the edge
    // needs converting before the check.
    size_t estimate = mpz_sizeinbase(z, 10);
    int64_t limit = g_int_max_str_digits;
    if (limit > 0 && estimate > static_cast<size_t>(limit) + 1) {
        raise_int_str_limit();
        return false;
    }
    std::string s(estimate + 2, '\0');
    mpz_get_str(s.data(), 10, z);
    s.resize(std::strlen(s.c_str()));
    if (!s.empty() && s[0] == '-') s.erase(0, 1);
    if (limit > 0 && s.size() > static_cast<size_t>(limit)) {
        raise_int_str_limit();
        return false;
    }
    out += s;
    return true;
}

Value int_to_str(Value v) {
    int64_t i;
    if (int_fits_int64(v, &i)) return make_str(std::to_string(i));
    const mpz_t& z = static_cast<BigInt*>(v.as_ptr())->z;
    std::string s = mpz_sgn(z) < 0 ? "-" : "";
    if (!mpz_decimal_digits_checked(z, s)) return Value();
    return make_str(s);
}

// -- Arithmetic ------------------------------------------------------------------------------

// An int operand as a read-only mpz: a big int's own limbs, or a
// temporary for a small int or a bool (no copy of a big operand).
class MpzOperand {
  public:
    explicit MpzOperand(Value v) {
        if (v.is_ptr() && v != True() && v != False()) {
            p_ = static_cast<BigInt*>(v.as_ptr())->z;
        } else {
            mpz_init(tmp_);
            int_to_mpz(v, tmp_);
            p_ = tmp_;
            owned_ = true;
        }
    }
    ~MpzOperand() {
        if (owned_) mpz_clear(tmp_);
    }
    MpzOperand(const MpzOperand&) = delete;
    MpzOperand& operator=(const MpzOperand&) = delete;
    mpz_srcptr get() const { return p_; }

  private:
    mpz_t tmp_;
    mpz_srcptr p_;
    bool owned_ = false;
};

#define MPZ_BINARY(NAME, FN)                                                                       \
    static Value NAME##_big(Value a, Value b) {                                                    \
        MpzOperand x(a), y(b);                                                                     \
        mpz_t r;                                                                                   \
        mpz_init(r);                                                                               \
        FN(r, x.get(), y.get());                                                                   \
        return make_int_steal_mpz(r);                                                              \
    }
MPZ_BINARY(add, mpz_add)
MPZ_BINARY(sub, mpz_sub)
MPZ_BINARY(mul, mpz_mul)
MPZ_BINARY(floordiv, mpz_fdiv_q)
MPZ_BINARY(mod, mpz_fdiv_r)
MPZ_BINARY(and, mpz_and)
MPZ_BINARY(or, mpz_ior)
MPZ_BINARY(xor, mpz_xor)
#undef MPZ_BINARY

// The value of a small int or a bool: the operands that need no GMP. A bool
// meets ints often (`count += flag`, `n != flags[i]`), and going through
// mpz temporaries for it cost a malloc and a free per operation.
static inline bool small_or_bool(Value v, int64_t* out) {
    if (v.is_int()) {
        *out = v.as_int();
        return true;
    }
    if (v == True() || v == False()) {
        *out = v == True();
        return true;
    }
    return false;
}

Value int_add(Value a, Value b) {
    if (a.is_int() && b.is_int()) return make_int(a.as_int() + b.as_int());
    int64_t x, y;
    if (small_or_bool(a, &x) && small_or_bool(b, &y)) return make_int(x + y);
    return add_big(a, b);
}
Value int_sub(Value a, Value b) {
    if (a.is_int() && b.is_int()) return make_int(a.as_int() - b.as_int());
    int64_t x, y;
    if (small_or_bool(a, &x) && small_or_bool(b, &y)) return make_int(x - y);
    return sub_big(a, b);
}
Value int_mul(Value a, Value b) {
    int64_t x, y, r;
    if (small_or_bool(a, &x) && small_or_bool(b, &y) && !__builtin_mul_overflow(x, y, &r))
        return make_int(r);
    return mul_big(a, b);
}
Value int_floordiv(Value a, Value b) {
    if (int_sign(b) == 0)
        return raise(exc::ZeroDivisionError, "integer division or modulo by zero");
    if (a.is_int() && b.is_int()) {
        int64_t x = a.as_int(), y = b.as_int();
        int64_t q = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
        return make_int(q);
    }
    return floordiv_big(a, b);
}
Value int_mod(Value a, Value b) {
    if (int_sign(b) == 0) return raise(exc::ZeroDivisionError, "integer modulo by zero");
    if (a.is_int() && b.is_int()) {
        int64_t x = a.as_int(), y = b.as_int();
        int64_t r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) r += y;
        return make_int(r);
    }
    return mod_big(a, b);
}
Value int_truediv(Value a, Value b) {
    if (int_sign(b) == 0) return raise(exc::ZeroDivisionError, "division by zero");
    int64_t x, y;
    if (int_fits_int64(a, &x) && int_fits_int64(b, &y) && std::llabs(x) < (int64_t(1) << 53) &&
        std::llabs(y) < (int64_t(1) << 53))
        return make_float(static_cast<double>(x) / static_cast<double>(y));
    // Correctly rounded: scale the numerator so the quotient has 55+ bits.
    mpz_t n, d, q, r;
    mpz_inits(n, d, q, r, nullptr);
    int_to_mpz(a, n);
    int_to_mpz(b, d);
    bool neg = (mpz_sgn(n) < 0) != (mpz_sgn(d) < 0);
    mpz_abs(n, n);
    mpz_abs(d, d);
    long shift =
        55 - (static_cast<long>(mpz_sizeinbase(n, 2)) - static_cast<long>(mpz_sizeinbase(d, 2)));
    if (shift > 0)
        mpz_mul_2exp(n, n, shift);
    else
        mpz_mul_2exp(d, d, -shift);
    mpz_tdiv_qr(q, r, n, d);
    if (mpz_sgn(r) != 0) mpz_setbit(q, 0); // sticky bit for correct rounding
    // q has 55-56 bits: converting it through uint64 rounds to nearest-even
    // (mpz_get_d would truncate).
    double res = std::ldexp(static_cast<double>(mpz_get_ui(q)), static_cast<int>(-shift));
    mpz_clears(n, d, q, r, nullptr);
    if (std::isinf(res))
        return raise(exc::OverflowError, "integer division result too large for a float");
    return make_float(neg ? -res : res);
}

Value int_neg(Value a) {
    if (a.is_int()) return make_int(-a.as_int());
    mpz_t x;
    mpz_init(x);
    int_to_mpz(a, x);
    mpz_neg(x, x);
    return make_int_steal_mpz(x);
}

Value int_pow(Value a, Value b, Value m) {
    if (m && !is_none(m)) {
        if (!is_int(m)) return NotImplemented();
        if (int_sign(m) == 0) return raise(exc::ValueError, "pow() 3rd argument cannot be 0");
        mpz_t x, y, z;
        mpz_inits(x, y, z, nullptr);
        int_to_mpz(a, x);
        int_to_mpz(b, y);
        int_to_mpz(m, z);
        bool neg_mod = mpz_sgn(z) < 0;
        mpz_abs(z, z);
        if (mpz_sgn(y) < 0) {
            if (!mpz_invert(x, x, z)) {
                mpz_clears(x, y, z, nullptr);
                return raise(exc::ValueError, "base is not invertible for the given modulus");
            }
            mpz_neg(y, y);
        }
        mpz_powm(x, x, y, z);
        if (neg_mod && mpz_sgn(x) != 0) mpz_sub(x, x, z);
        Value r = make_int_from_mpz(x);
        mpz_clears(x, y, z, nullptr);
        return r;
    }
    if (int_sign(b) < 0) {
        double x, y;
        if (!int_to_double(a, &x) || !int_to_double(b, &y)) return Value();
        if (x == 0)
            return raise(exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return make_float(std::pow(x, y));
    }
    int64_t e;
    if (!int_fits_int64(b, &e)) return raise(exc::OverflowError, "exponent too large");
    mpz_t x;
    mpz_init(x);
    int_to_mpz(a, x);
    if (mpz_sizeinbase(x, 2) * static_cast<double>(e) > 8e9 && mpz_cmpabs_ui(x, 1) > 0) {
        mpz_clear(x);
        raise_memory_error();
        return Value();
    }
    mpz_pow_ui(x, x, static_cast<unsigned long>(e));
    return make_int_steal_mpz(x);
}

int int_compare(Value a, Value b) {
    int64_t x, y;
    bool small_a = small_or_bool(a, &x), small_b = small_or_bool(b, &y);
    if (small_a && small_b) return (x > y) - (x < y);
    // At least one big operand: compare against it in place, no copies.
    if (small_a) {
        int c = mpz_cmp_si(static_cast<BigInt*>(b.as_ptr())->z, x);
        return (c < 0) - (c > 0);
    }
    int c = small_b
                ? mpz_cmp_si(static_cast<BigInt*>(a.as_ptr())->z, y)
                : mpz_cmp(static_cast<BigInt*>(a.as_ptr())->z, static_cast<BigInt*>(b.as_ptr())->z);
    return (c > 0) - (c < 0);
}

// int_hash for a big int, or a small one beyond the modulus.
int64_t int_hash_slow(Value v) {
    int64_t i;
    if (int_fits_int64(v, &i)) {
        const int64_t P = (int64_t(1) << 61) - 1;
        // Negate in unsigned arithmetic: -INT64_MIN does not fit int64_t.
        uint64_t mag = i >= 0 ? static_cast<uint64_t>(i) : 0 - static_cast<uint64_t>(i);
        int64_t r = static_cast<int64_t>(mag % static_cast<uint64_t>(P));
        int64_t h = i >= 0 ? r : -r;
        return h == -1 ? -2 : h;
    }
    mpz_t x, p;
    mpz_init(x);
    mpz_init(p);
    int_to_mpz(v, x);
    mpz_set_ui(p, 1);
    mpz_mul_2exp(p, p, 61);
    mpz_sub_ui(p, p, 1);
    bool neg = mpz_sgn(x) < 0;
    mpz_abs(x, x);
    mpz_mod(x, x, p);
    int64_t h = static_cast<int64_t>(mpz_get_ui(x));
    mpz_clear(x);
    mpz_clear(p);
    if (neg) h = -h;
    return h == -1 ? -2 : h;
}

Value number_index(Value v) {
    if (is_int(v)) return v;
    UnaryFn f = type_of(v)->nb_index;
    if (!f)
        return raise(exc::TypeError, "'%s' object cannot be interpreted as an integer",
                     type_name(v));
    Value r = f(v);
    if (r && !is_int(r))
        return raise(exc::TypeError, "__index__ returned non-int (type %s)", type_name(r));
    return r;
}

bool index_as_int64(Value v, int64_t* out, Type* overflow_exc) {
    Value i = number_index(v);
    if (!i) return false;
    if (int_fits_int64(i, out)) return true;
    if (overflow_exc) {
        raise(overflow_exc, "cannot fit 'int' into an index-sized integer");
        return false;
    }
    *out = int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    return true;
}

// -- Slots ------------------------------------------------------------------------------------

static Value int_repr(Value self) {
    return int_to_str(self);
}

static Value shift(Value a, Value b, bool left) {
    if (int_sign(b) < 0) return raise(exc::ValueError, "negative shift count");
    int64_t n;
    if (!int_fits_int64(b, &n)) {
        if (!left || int_sign(a) == 0) return make_int(int_sign(a) < 0 ? -1 : 0);
        return raise(exc::OverflowError, "too many digits in integer");
    }
    if (a.is_int() && !left) return make_int(n >= 63 ? (a.as_int() < 0 ? -1 : 0) : a.as_int() >> n);
    if (a.is_int() && left && n < 62) {
        int64_t x = a.as_int();
        if (x == 0) return a;
        if ((x > 0 && x <= (INT64_MAX >> (n + 1))) || (x < 0 && x >= (INT64_MIN >> (n + 1))))
            return make_int(x * (int64_t(1) << n));
    }
    // GMP's limbs are not on the collector's heap: a result that could not
    // fit under its ceiling (the fuzzers set one) is refused before GMP
    // allocates it.
    if (left && (n > (int64_t(1) << 34) || !gc_within_heap_limit(static_cast<size_t>(n / 8)))) {
        raise_memory_error();
        return Value();
    }
    mpz_t x;
    mpz_init(x);
    int_to_mpz(a, x);
    if (left)
        mpz_mul_2exp(x, x, static_cast<mp_bitcnt_t>(n));
    else
        mpz_fdiv_q_2exp(x, x, static_cast<mp_bitcnt_t>(n));
    return make_int_steal_mpz(x);
}

template <int OP> static Value int_binary(Value a, Value b) {
    if (!is_int(a) || !is_int(b)) return NotImplemented();
    switch (OP) {
    case NB_ADD: return int_add(a, b);
    case NB_SUBTRACT: return int_sub(a, b);
    case NB_MULTIPLY: return int_mul(a, b);
    case NB_FLOOR_DIVIDE: return int_floordiv(a, b);
    case NB_REMAINDER: return int_mod(a, b);
    case NB_TRUE_DIVIDE: return int_truediv(a, b);
    case NB_POWER: return int_pow(a, b, Value());
    case NB_LSHIFT: return shift(a, b, true);
    case NB_RSHIFT: return shift(a, b, false);
    case NB_AND:
        if (a.is_int() && b.is_int()) return Value::small_int(a.as_int() & b.as_int());
        return and_big(a, b);
    case NB_OR:
        if (a.is_int() && b.is_int()) return Value::small_int(a.as_int() | b.as_int());
        return or_big(a, b);
    case NB_XOR:
        if (a.is_int() && b.is_int()) return Value::small_int(a.as_int() ^ b.as_int());
        return xor_big(a, b);
    }
    return NotImplemented();
}

static Value int_power3(Value a, Value b, Value c) {
    if (!is_int(a) || !is_int(b)) return NotImplemented();
    if (!is_none(c) && !is_int(c)) return NotImplemented();
    return int_pow(a, b, c);
}

static Value int_divmod_value(Value a, Value b) {
    Value q = int_floordiv(a, b);
    if (!q) return q;
    Value r = int_mod(a, b);
    if (!r) return r;
    return tuple_pack({q, r});
}

static Value int_richcompare(Value a, Value b, CompareOp op) {
    if (!is_int(a)) return NotImplemented();
    // A float operand is float's to compare (exactly), through the reflected
    // operation: int.__eq__(1, 1.0) is NotImplemented, as in CPython.
    if (!is_int(b)) return NotImplemented();
    int c = int_compare(a, b);
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

static int64_t int_hash_slot(Value v) {
    return int_hash(v);
}
static Value int_negative(Value v) {
    return int_neg(v);
}
Value int_positive(Value v) {
    if (is_exact_int(v)) return v;
    mpz_t x;
    mpz_init(x);
    int_to_mpz(v, x);
    return make_int_steal_mpz(x);
}
static Value int_absolute(Value v) {
    return int_sign(v) < 0 ? int_neg(v) : int_positive(v);
}
static Value int_invert(Value v) {
    return int_sub(int_neg(v), Value::small_int(1));
}
static int int_bool(Value v) {
    return int_sign(v) != 0;
}
static Value int_float(Value v) {
    double d;
    if (!int_to_double(v, &d)) return Value();
    return make_float(d);
}

// Bytes reach int() as ASCII text; other bytes are invalid characters.
static std::string bytes_as_ascii(std::string_view b) {
    std::string out(b);
    for (char& c : out)
        if (static_cast<unsigned char>(c) >= 128) c = '?';
    return out;
}

// Parsing in a base that is not a power of two is quadratic: limited.
static bool too_many_digits(size_t digits, int base) {
    return (base & (base - 1)) != 0 && g_int_max_str_digits > 0 &&
           digits > static_cast<size_t>(g_int_max_str_digits);
}

static Value raise_int_parse_limit(size_t digits) {
    return raise(exc::ValueError,
                 "Exceeds the limit (%lld digits) for integer string conversion: value has %zu "
                 "digits; use sys.set_int_max_str_digits() to increase the limit",
                 static_cast<long long>(g_int_max_str_digits), digits);
}

// The repr shown in "invalid literal" errors, of which CPython shows 200
// characters: for a long str, the repr of its start, quoted as the whole
// string's repr would be (a 100 MB string is not repr'd for 200 characters).
static Value invalid_literal_repr(Value original, std::string_view utf8) {
    if (!is_exact_str(original) || utf8.size() < 4096) return repr(original);
    const char* p = utf8.data();
    for (int chars = 0; chars < 256; chars++)
        utf8_decode(p);
    std::string_view head = utf8.substr(0, static_cast<size_t>(p - utf8.data()));
    bool has_single = utf8.find('\'') != std::string_view::npos;
    bool has_double = utf8.find('"') != std::string_view::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    Value r = repr(make_str(head));
    if (!r) return r;
    std::string text(str_view(r));
    if (text[0] != quote) {
        // The start alone lacks the quote that decided the whole string's:
        // its repr escapes nothing either way, so only the quote differs...
        // unless the start holds a ' that the whole repr escapes.
        if (head.find('\'') != std::string_view::npos) return repr(original);
        text[0] = quote;
    }
    return make_str(text);
}

static Value int_from_string(std::string_view utf8, int base, Value original) {
    // Unicode decimal digits and whitespace count as their ASCII
    // equivalents ('١٢' is 12); anything else non-ASCII is invalid.
    std::string ascii;
    const int given_base = base;
    // Plain ASCII text (nearly always) is read where it is.
    bool all_ascii = std::all_of(utf8.begin(), utf8.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 128; });
    if (!all_ascii) {
        const char* p = utf8.data();
        const char* end = p + utf8.size();
        while (p < end) {
            uint32_t cp = utf8_decode(p);
            if (cp < 128)
                ascii.push_back(static_cast<char>(cp));
            else if (unicode::is_space(cp))
                ascii.push_back(' ');
            else if (unicode::decimal_value(cp) >= 0)
                ascii.push_back(static_cast<char>('0' + unicode::decimal_value(cp)));
            else
                ascii.push_back('?');
        }
    }
    std::string_view text = all_ascii ? utf8 : std::string_view(ascii);
    std::string s;
    size_t b = 0, e = text.size();
    while (b < e && std::isspace(static_cast<unsigned char>(text[b])))
        b++;
    while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1])))
        e--;
    std::string_view t = text.substr(b, e - b);
    bool neg = false;
    size_t i = 0;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) neg = t[i++] == '-';
    auto prefix_base = [&](char c) {
        c = static_cast<char>(std::tolower(c));
        return c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
    };
    if (i + 1 < t.size() && t[i] == '0' && prefix_base(t[i + 1]) &&
        (base == 0 || base == prefix_base(t[i + 1]))) {
        base = prefix_base(t[i + 1]);
        i += 2;
        if (i < t.size() && t[i] == '_') i++;
    } else if (base == 0) {
        base = 10;
        // Base 0 rejects leading zeros in non-zero decimals.
        if (i + 1 < t.size() && t[i] == '0') {
            bool all_zero = true;
            for (size_t k = i; k < t.size(); k++)
                if (t[k] != '0' && t[k] != '_') all_zero = false;
            if (!all_zero) goto bad;
        }
    }
    {
        bool prev_us = true;
        for (; i < t.size(); i++) {
            char c = t[i];
            if (c == '_') {
                if (prev_us) goto bad;
                prev_us = true;
                continue;
            }
            int d = std::isdigit(static_cast<unsigned char>(c))   ? c - '0'
                    : std::isalpha(static_cast<unsigned char>(c)) ? std::tolower(c) - 'a' + 10
                                                                  : 99;
            if (d >= base) {
                // CPython counts the digits before it looks at what follows.
                if (too_many_digits(s.size(), base)) return raise_int_parse_limit(s.size());
                goto bad;
            }
            s.push_back(c);
            prev_us = false;
        }
        if (s.empty() || prev_us) goto bad;
        if (too_many_digits(s.size(), base)) return raise_int_parse_limit(s.size());
        mpz_t z;
        mpz_init_set_str(z, s.c_str(), base);
        if (neg) mpz_neg(z, z);
        return make_int_steal_mpz(z);
    }
bad:
    Value r = invalid_literal_repr(original, utf8);
    if (!r) return r;
    // CPython shows at most 200 characters of the repr (%.200R).
    std::string_view shown = str_view(r);
    const char* p = shown.data();
    const char* end = p + shown.size();
    for (int chars = 0; p < end && chars < 200; chars++)
        utf8_decode(p);
    shown = shown.substr(0, static_cast<size_t>(p - shown.data()));
    return raise(exc::ValueError, "invalid literal for int() with base %d: %.*s", given_base,
                 static_cast<int>(shown.size()), shown.data());
}

static Value int_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    // int(x) of a float or a small int: the common case, without binding
    // the signature.
    if (type == &IntType && nargs == 1 && !kwnames) {
        if (args[0].is_int()) return args[0];
        if (is_exact_float(args[0])) return float_to_int(float_value(args[0]));
    }
    static const NativeSignature sig("int", "x=, /, base=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    Value r;
    if (!a[0]) {
        if (a[1]) return raise(exc::TypeError, "int() missing string argument");
        r = Value::small_int(0);
    } else if (a[1]) {
        int64_t base;
        if (!int_as_int64(a[1], &base)) return Value();
        if ((base != 0 && base < 2) || base > 36)
            return raise(exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
        if (is_bytes(a[0]) || is_bytearray(a[0]))
            r = int_from_string(bytes_as_ascii(bytes_view(a[0])), static_cast<int>(base), a[0]);
        else if (!is_str(a[0]))
            return raise(exc::TypeError, "int() can't convert non-string with explicit base");
        else
            r = int_from_string(str_view(a[0]), static_cast<int>(base), a[0]);
    } else if (is_int(a[0])) {
        r = int_positive(a[0]);
    } else if (is_str(a[0])) {
        r = int_from_string(str_view(a[0]), 10, a[0]);
    } else if (is_bytes(a[0]) || is_bytearray(a[0])) {
        r = int_from_string(bytes_as_ascii(bytes_view(a[0])), 10, a[0]);
    } else if (is_float(a[0])) {
        r = float_to_int(float_value(a[0]));
    } else {
        UnaryFn f = type_of(a[0])->nb_int;
        if (!f) f = type_of(a[0])->nb_index;
        if (f) {
            r = f(a[0]);
            if (r && !is_int(r))
                return raise(exc::TypeError, "__int__ returned non-int (type %s)", type_name(r));
            // A strict int subclass is accepted (CPython warns it is
            // deprecated) and made an exact int.
            if (r && !is_exact_int(r)) r = int_positive(r);
        } else {
            Value tr = call_special(a[0], names::__trunc__, {});
            if (!tr && !err_occurred())
                return raise(exc::TypeError,
                             "int() argument must be a string, a bytes-like object or a real "
                             "number, not '%s'",
                             type_name(a[0]));
            r = tr;
        }
    }
    if (!r || type == &IntType) return r;
    mpz_t z;
    mpz_init(z);
    int_to_mpz(r, z);
    Value sub = make_int_subclass(type, z);
    mpz_clear(z);
    return sub;
}

// -- Methods ----------------------------------------------------------------------------------

static Value m_bit_length(Value self, const Value*, size_t, Value) {
    mpz_t x;
    mpz_init(x);
    int_to_mpz(self, x);
    size_t n = mpz_sgn(x) == 0 ? 0 : mpz_sizeinbase(x, 2);
    mpz_clear(x);
    return make_int(static_cast<int64_t>(n));
}
static Value m_bit_count(Value self, const Value*, size_t, Value) {
    mpz_t x;
    mpz_init(x);
    int_to_mpz(self, x);
    mpz_abs(x, x);
    int64_t n = static_cast<int64_t>(mpz_popcount(x));
    mpz_clear(x);
    return make_int(n);
}
static Value m_conjugate(Value self, const Value*, size_t, Value) {
    return int_positive(self);
}
static Value m_int_format(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("__format__", nargs, 1, 1)) return Value();
    return format_number_with_spec(self, args[0]);
}
static Value m_round(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("__round__", nargs, 0, 1)) return Value();
    if (nargs == 0 || is_none(args[0])) return int_positive(self);
    Value ndigits = number_index(args[0]);
    if (!ndigits) return Value();
    if (int_sign(ndigits) >= 0) return int_positive(self);
    // Round to a negative number of digits, half to even. A power of ten
    // beyond twice |self| rounds everything to 0 (and keeps a huge ndigits
    // from asking GMP for an impossible power).
    mpz_t x, p, q, r;
    mpz_inits(x, p, q, r, nullptr);
    int_to_mpz(self, x);
    int64_t nd;
    if (!int_as_int64(ndigits, &nd) || -static_cast<double>(nd) > mpz_sizeinbase(x, 10) + 1.0) {
        err_clear();
        mpz_clears(x, p, q, r, nullptr);
        return Value::small_int(0);
    }
    mpz_ui_pow_ui(p, 10, static_cast<unsigned long>(-nd));
    mpz_fdiv_qr(q, r, x, p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    Value res = make_int_from_mpz(q);
    mpz_clears(x, p, q, r, nullptr);
    return res;
}
static Value m_trunc(Value self, const Value*, size_t, Value) {
    return int_positive(self);
}

static Value g_real(Value self) {
    return int_positive(self);
}
static Value g_imag(Value) {
    return Value::small_int(0);
}
static Value g_denominator(Value) {
    return Value::small_int(1);
}

static Value m_as_integer_ratio(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("int.as_integer_ratio", nargs, 0, 0)) return Value();
    return tuple_pack({int_positive(self), Value::small_int(1)});
}

// Reads byteorder ('big'/'little') for to_bytes/from_bytes ([fname]).
static bool read_byteorder(const char* fname, Value v, bool* little) {
    if (!v) {
        *little = false; // 3.11 default: 'big'
        return true;
    }
    if (!is_str(v)) {
        raise(exc::TypeError, "%s() argument 'byteorder' must be str, not %s", fname,
              arg_type_name(v));
        return false;
    }
    std::string_view b = str_view(v);
    if (b == "little")
        *little = true;
    else if (b == "big")
        *little = false;
    else {
        raise(exc::ValueError, "byteorder must be either 'little' or 'big'");
        return false;
    }
    return true;
}

// to_bytes(length=1, byteorder='big', *, signed=False); length is a
// Py_ssize_t ("Python int too large to convert to C ssize_t").
static Value m_to_bytes(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const char* const names[] = {"length", "byteorder", "signed"};
    Value a[3];
    if (!unpack_keyword_args("to_bytes", names, 3, 0, 2, args, nargs, kwnames, a)) return Value();
    int64_t length = 1;
    if (a[0] && !int_as_int64(a[0], &length)) return Value();
    bool little;
    if (!read_byteorder("to_bytes", a[1], &little)) return Value();
    int is_signed = a[2] ? truthy(a[2]) : 0;
    if (is_signed < 0) return Value();
    if (length < 0) return raise(exc::ValueError, "length argument must be non-negative");
    mpz_t z;
    mpz_init(z);
    int_to_mpz(self, z);
    if (!is_signed && mpz_sgn(z) < 0) {
        mpz_clear(z);
        return raise(exc::OverflowError, "can't convert negative int to unsigned");
    }
    if (length == 0 && is_signed && mpz_cmp_si(z, -1) == 0) {
        // CPython's quirk: -1 fits in no bytes at all when signed.
        mpz_clear(z);
        return make_bytes("");
    }
    if (length > (int64_t(1) << 36)) {
        mpz_clear(z);
        raise_memory_error();
        return Value();
    }
    // Two's complement in length bytes: add 2^(8*length) to negatives.
    mpz_t limit;
    mpz_init(limit);
    mpz_ui_pow_ui(limit, 2, static_cast<unsigned long>(8 * length));
    bool fits;
    if (is_signed) {
        mpz_t half;
        mpz_init(half);
        mpz_fdiv_q_2exp(half, limit, 1);
        mpz_t neg_half;
        mpz_init(neg_half);
        mpz_neg(neg_half, half);
        fits = mpz_cmp(z, half) < 0 && mpz_cmp(z, neg_half) >= 0;
        mpz_clears(half, neg_half, nullptr);
    } else {
        fits = mpz_cmp(z, limit) < 0;
    }
    if (!fits) {
        mpz_clears(z, limit, nullptr);
        return raise(exc::OverflowError, "int too big to convert");
    }
    if (mpz_sgn(z) < 0) mpz_add(z, z, limit);
    std::string out(static_cast<size_t>(length), '\0');
    size_t count = 0;
    std::string raw(mpz_sizeinbase(z, 256) + 1, '\0');
    mpz_export(raw.data(), &count, -1, 1, 0, 0, z); // least significant byte first
    for (size_t k = 0; k < count && k < out.size(); k++)
        out[little ? k : out.size() - 1 - k] = raw[k];
    mpz_clears(z, limit, nullptr);
    return make_bytes(out);
}

// from_bytes(bytes, byteorder='big', *, signed=False): [bytes] is
// anything bytes() of a single object takes but an int or a str
// (PyObject_Bytes: __bytes__, a buffer, an iterable of ints).
static Value m_from_bytes(Value cls, const Value* args, size_t nargs, Value kwnames) {
    static const char* const names[] = {"bytes", "byteorder", "signed"};
    Value a[3];
    if (!unpack_keyword_args("from_bytes", names, 3, 1, 2, args, nargs, kwnames, a)) return Value();
    bool little;
    if (!read_byteorder("from_bytes", a[1], &little)) return Value();
    int is_signed = a[2] ? truthy(a[2]) : 0;
    if (is_signed < 0) return Value();
    Value data = a[0];
    if (!is_bytes(data) && !is_bytearray(data)) {
        data = object_bytes(data);
        if (!data) return data;
    }
    std::string_view b = bytes_view(data);
    mpz_t z;
    mpz_init(z);
    if (!b.empty()) mpz_import(z, b.size(), little ? -1 : 1, 1, 0, 0, b.data());
    if (is_signed && !b.empty()) {
        unsigned char top = static_cast<unsigned char>(little ? b.back() : b.front());
        if (top & 0x80) {
            mpz_t limit;
            mpz_init(limit);
            mpz_ui_pow_ui(limit, 2, static_cast<unsigned long>(8 * b.size()));
            mpz_sub(z, z, limit);
            mpz_clear(limit);
        }
    }
    Value r = make_int_steal_mpz(z);
    if (!r || cls == Value(&IntType)) return r;
    return call1(cls, r);
}

// __getnewargs__: (int(self),), the value as an exact int (a bool or a
// subclass instance gives its plain value).
static Value m_getnewargs(Value self, const Value*, size_t, Value) {
    Value v = int_positive(self);
    return v ? tuple_pack({v}) : v;
}

// __divmod__ / __rdivmod__: divmod() computes ints directly; these are
// what a subclass's super() call or an explicit int.__divmod__ reaches.
static Value m_divmod(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!check_wrapper_one_arg("__divmod__", nargs, kwnames)) return Value();
    return int_divmod(self, args[0]);
}
static Value m_rdivmod(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!check_wrapper_one_arg("__rdivmod__", nargs, kwnames)) return Value();
    return int_divmod(args[0], self);
}

static const NativeMethodDef int_methods[] = {
    {"__divmod__", m_divmod, NATIVE_KEYWORDS, "__divmod__($self, value, /)\n--\n\n"},
    {"__rdivmod__", m_rdivmod, NATIVE_KEYWORDS, "__rdivmod__($self, value, /)\n--\n\n"},
    {"__getnewargs__", m_getnewargs, NATIVE_NOARGS, "__getnewargs__($self, /)\n--\n\n"},
    {"as_integer_ratio", m_as_integer_ratio, NATIVE_NOARGS, "as_integer_ratio($self, /)\n--\n\n"},
    {"to_bytes", m_to_bytes, NATIVE_KEYWORDS,
     "to_bytes($self, /, length=1, byteorder='big', *, signed=False)\n--\n\n"},
    {"from_bytes", m_from_bytes, NATIVE_KEYWORDS | NATIVE_CLASS,
     "from_bytes($type, /, bytes, byteorder='big', *, signed=False)\n--\n\n"},
    {"bit_length", m_bit_length, NATIVE_NOARGS, "bit_length($self, /)\n--\n\n"},
    {"bit_count", m_bit_count, NATIVE_NOARGS, "bit_count($self, /)\n--\n\n"},
    {"conjugate", m_conjugate, NATIVE_NOARGS, nullptr},
    {"__format__", m_int_format, NATIVE_O, "__format__($self, format_spec, /)\n--\n\n"},
    {"__round__", m_round, 0, "__round__($self, ndigits=<unrepresentable>, /)\n--\n\n"},
    {"__trunc__", m_trunc, NATIVE_NOARGS, nullptr},
    {"__floor__", m_trunc, NATIVE_NOARGS, nullptr},
    {"__ceil__", m_trunc, NATIVE_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static const GetSetDef int_getsets[] = {
    {"real", g_real, nullptr, nullptr},      {"imag", g_imag, nullptr, nullptr},
    {"numerator", g_real, nullptr, nullptr}, {"denominator", g_denominator, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

Value int_divmod(Value a, Value b) {
    if (!is_int(a) || !is_int(b)) return NotImplemented();
    return int_divmod_value(a, b);
}

void init_int_type() {
    IntType.finalize = bigint_finalize;
    IntType.repr = int_repr;
    IntType.hash = int_hash_slot;
    IntType.richcompare = int_richcompare;
    IntType.tp_new = int_new;
    IntType.nb[NB_ADD] = int_binary<NB_ADD>;
    IntType.nb[NB_SUBTRACT] = int_binary<NB_SUBTRACT>;
    IntType.nb[NB_MULTIPLY] = int_binary<NB_MULTIPLY>;
    IntType.nb[NB_FLOOR_DIVIDE] = int_binary<NB_FLOOR_DIVIDE>;
    IntType.nb[NB_REMAINDER] = int_binary<NB_REMAINDER>;
    IntType.nb[NB_TRUE_DIVIDE] = int_binary<NB_TRUE_DIVIDE>;
    IntType.nb[NB_POWER] = int_binary<NB_POWER>;
    IntType.nb[NB_LSHIFT] = int_binary<NB_LSHIFT>;
    IntType.nb[NB_RSHIFT] = int_binary<NB_RSHIFT>;
    IntType.nb[NB_AND] = int_binary<NB_AND>;
    IntType.nb[NB_OR] = int_binary<NB_OR>;
    IntType.nb[NB_XOR] = int_binary<NB_XOR>;
    IntType.nb_power3 = int_power3;
    IntType.nb_negative = int_negative;
    IntType.nb_positive = int_positive;
    IntType.nb_absolute = int_absolute;
    IntType.nb_invert = int_invert;
    IntType.nb_bool = int_bool;
    IntType.nb_int = int_positive;
    IntType.nb_index = int_positive;
    IntType.nb_float = int_float;
    init_static_type(&IntType, "int", &ObjectType, sizeof(BigInt),
                     TYPE_BASETYPE | TYPE_INT_SUBCLASS);
    add_methods(&IntType, int_methods);
    add_getsets(&IntType, int_getsets);
}

} // namespace uopy
