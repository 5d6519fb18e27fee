// printf-style formatting: str % args. Each conversion is
//     %[(key)][flags][width|*][.precision|*][h|l|L]type
// with the argument taken from the tuple in order, from the single non-tuple
// argument, or (with a key) from the mapping. CPython counterpart:
// Objects/unicodeobject.c (PyUnicode_Format and its helpers).
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/type.h"

#include <gmp.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

namespace uopy {

namespace {

struct Conversion {
    bool left = false, plus = false, space = false, alt = false, zero = false;
    int64_t width = -1;
    int64_t precision = -1;
    uint32_t type = 0;
};

// Where the arguments come from: CPython's (args, arglen, argidx) triple,
// including its trick of treating a single non-tuple argument as a
// one-element sequence (arglen -1, argidx -2).
struct ArgSource {
    Value args;
    int64_t arglen;
    int64_t argidx;
    Value dict; // the mapping for %(key), or null

    Value next() {
        if (argidx < arglen) {
            int64_t i = argidx++;
            return arglen < 0 ? args : tuple_get(args, static_cast<size_t>(i));
        }
        return raise(exc::TypeError, "not enough arguments for format string");
    }
};

std::string pad_field(const Conversion& c, const char* sign, const char* prefix,
                      const std::string& body, bool numeric) {
    size_t fixed = std::strlen(sign) + std::strlen(prefix);
    int64_t len = static_cast<int64_t>(fixed + utf8_length(body));
    size_t pad = c.width > len ? static_cast<size_t>(c.width - len) : 0;
    std::string out;
    if (pad && !c.left && !(c.zero && numeric)) out.append(pad, ' ');
    out.append(sign).append(prefix);
    if (pad && !c.left && c.zero && numeric) out.append(pad, '0');
    out.append(body);
    if (pad && c.left) out.append(pad, ' ');
    return out;
}

const char* sign_of(bool negative, const Conversion& c) {
    return negative ? "-" : c.plus ? "+" : c.space ? " " : "";
}
bool format_integer(std::string& out, Value v, const Conversion& c) {
    int base = c.type == 'x' || c.type == 'X' ? 16 : c.type == 'o' ? 8 : 10;
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    bool negative = mpz_sgn(z) < 0;
    mpz_abs(z, z);
    std::string digits(mpz_sizeinbase(z, base) + 2, '\0');
    mpz_get_str(digits.data(), base, z);
    digits.resize(std::strlen(digits.c_str()));
    mpz_clear(z);
    if (c.type == 'X')
        for (char& ch : digits)
            ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    if (c.precision > static_cast<int64_t>(digits.size()))
        digits.insert(0, static_cast<size_t>(c.precision) - digits.size(), '0');
    const char* prefix = "";
    if (c.alt && base == 16) prefix = c.type == 'X' ? "0X" : "0x";
    if (c.alt && base == 8) prefix = "0o";
    out += pad_field(c, sign_of(negative, c), prefix, digits, true);
    return true;
}

bool format_real(std::string& out, double d, const Conversion& c) {
    bool negative = std::signbit(d) && !std::isnan(d);
    double a = std::fabs(d);
    char type = static_cast<char>(c.type);
    bool upper = type == 'E' || type == 'F' || type == 'G';
    std::string body;
    if (std::isnan(a)) {
        body = upper ? "NAN" : "nan";
    } else if (std::isinf(a)) {
        body = upper ? "INF" : "inf";
    } else {
        int precision = static_cast<int>(c.precision < 0 ? 6 : c.precision);
        char fmt[16];
        std::snprintf(fmt, sizeof fmt, "%%%s.*%c", c.alt ? "#" : "", type == 'F' ? 'f' : type);
        int n = std::snprintf(nullptr, 0, fmt, precision, a);
        body.resize(static_cast<size_t>(n) + 1);
        std::snprintf(body.data(), body.size(), fmt, precision, a);
        body.resize(static_cast<size_t>(n));
    }
    out += pad_field(c, sign_of(negative, c), "", body, true);
    return true;
}

} // namespace

Value str_percent_format(Value fmt, Value args) {
    std::string_view f = str_view(fmt);
    ArgSource src;
    src.args = args;
    if (is_tuple(args)) {
        src.arglen = static_cast<int64_t>(tuple_size(args));
        src.argidx = 0;
    } else {
        src.arglen = -1;
        src.argidx = -2;
    }
    // Anything subscriptable other than a tuple or str can serve %(key).
    Type* at = type_of(args);
    if (!is_tuple(args) && !is_str(args) && at->getitem) src.dict = args;
    std::string out;
    size_t index = 0; // code-point index of f[i], for error messages
    auto advance = [&](size_t& i) {
        unsigned char ch = static_cast<unsigned char>(f[i]);
        i += ch < 0x80 ? 1 : (ch >> 5) == 6 ? 2 : (ch >> 4) == 14 ? 3 : 4;
        index++;
    };
    for (size_t i = 0; i < f.size();) {
        if (f[i] != '%') {
            size_t start = i;
            advance(i);
            out.append(f.substr(start, i - start));
            continue;
        }
        advance(i);
        if (i < f.size() && f[i] == '%') {
            out.push_back('%');
            advance(i);
            continue;
        }
        Conversion c;
        if (i < f.size() && f[i] == '(') {
            if (!src.dict) return raise(exc::TypeError, "format requires a mapping");
            advance(i);
            size_t start = i;
            int depth = 1;
            while (i < f.size()) {
                if (f[i] == '(') depth++;
                if (f[i] == ')' && --depth == 0) break;
                advance(i);
            }
            if (i >= f.size()) return raise(exc::ValueError, "incomplete format key");
            Value key = make_str(f.substr(start, i - start));
            if (!key) return key;
            advance(i);
            Value v = get_item(src.dict, key);
            if (!v) return v;
            src.args = v;
            src.arglen = -1;
            src.argidx = -2;
        }
        while (i < f.size() && std::strchr("-+ #0", f[i]) && f[i]) {
            switch (f[i]) {
            case '-': c.left = true; break;
            case '+': c.plus = true; break;
            case ' ': c.space = true; break;
            case '#': c.alt = true; break;
            case '0': c.zero = true; break;
            }
            advance(i);
        }
        auto star = [&](int64_t* out_value, bool is_width) -> bool {
            Value v = src.next();
            if (!v) return false;
            if (!is_int(v)) {
                raise(exc::TypeError, "* wants int");
                return false;
            }
            int64_t n;
            if (!int_fits_int64(v, &n) || n > INT32_MAX || n < -INT32_MAX) {
                raise(exc::ValueError, is_width ? "width too big" : "precision too big");
                return false;
            }
            if (is_width && n < 0) {
                c.left = true;
                n = -n;
            }
            if (!is_width && n < 0) n = -1;
            *out_value = n;
            return true;
        };
        auto digits = [&](int64_t* out_value, bool is_width) -> bool {
            int64_t n = 0;
            while (i < f.size() && f[i] >= '0' && f[i] <= '9') {
                n = n * 10 + (f[i] - '0');
                if (n > INT32_MAX) {
                    raise(exc::ValueError, is_width ? "width too big" : "precision too big");
                    return false;
                }
                advance(i);
            }
            *out_value = n;
            return true;
        };
        if (i < f.size() && f[i] == '*') {
            advance(i);
            if (!star(&c.width, true)) return Value();
        } else if (i < f.size() && f[i] >= '0' && f[i] <= '9') {
            if (!digits(&c.width, true)) return Value();
        }
        if (i < f.size() && f[i] == '.') {
            advance(i);
            if (i < f.size() && f[i] == '*') {
                advance(i);
                if (!star(&c.precision, false)) return Value();
                if (c.precision < 0) c.precision = 0;
            } else if (!digits(&c.precision, false)) {
                return Value();
            }
        }
        while (i < f.size() && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L'))
            advance(i);
        if (i >= f.size()) return raise(exc::ValueError, "incomplete format");
        const char* p = f.data() + i;
        c.type = utf8_decode(p);
        size_t type_index = index;
        advance(i);
        Value v = src.next();
        if (!v) return v;
        switch (c.type) {
        case 's':
        case 'r':
        case 'a': {
            Value s = c.type == 's' ? str_of(v) : c.type == 'r' ? repr(v) : ascii_of(v);
            if (!s) return s;
            std::string_view text = str_view(s);
            if (c.precision >= 0 && static_cast<size_t>(c.precision) < str_length(s))
                text = text.substr(0, str_byte_offset(s, static_cast<size_t>(c.precision)));
            out += pad_field(c, "", "", std::string(text), false);
            break;
        }
        case 'd':
        case 'i':
        case 'u': {
            Value iv = v;
            if (!is_int(v)) {
                Type* t = type_of(v);
                if (!t->nb_int && !t->nb_index && !t->nb_float)
                    return raise(exc::TypeError, "%%%c format: a real number is required, not %s",
                                 static_cast<char>(c.type), type_name(v));
                iv = call1(Value(&IntType), v);
                if (!iv) {
                    if (!err_matches(exc::TypeError)) return iv;
                    err_clear();
                    return raise(exc::TypeError, "%%%c format: a real number is required, not %s",
                                 static_cast<char>(c.type), type_name(v));
                }
            }
            format_integer(out, iv, c);
            break;
        }
        case 'x':
        case 'X':
        case 'o': {
            Value iv = v;
            if (!is_int(v)) {
                if (!type_of(v)->nb_index)
                    return raise(exc::TypeError, "%%%c format: an integer is required, not %s",
                                 static_cast<char>(c.type), type_name(v));
                iv = number_index(v);
                if (!iv) return iv;
            }
            format_integer(out, iv, c);
            break;
        }
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G': {
            double d;
            if (!number_to_double(v, &d)) {
                if (err_matches(exc::TypeError)) {
                    err_clear();
                    return raise(exc::TypeError, "must be real number, not %s", type_name(v));
                }
                return Value();
            }
            format_real(out, d, c);
            break;
        }
        case 'c': {
            std::string ch;
            if (is_str(v)) {
                if (str_length(v) != 1) return raise(exc::TypeError, "%%c requires int or char");
                ch = std::string(str_view(v));
            } else if (is_int(v) || type_of(v)->nb_index) {
                Value iv = is_int(v) ? v : number_index(v);
                if (!iv) return iv;
                int64_t n;
                if (!int_fits_int64(iv, &n) || n < 0 || n > 0x10FFFF)
                    return raise(exc::OverflowError, "%%c arg not in range(0x110000)");
                utf8_append(ch, static_cast<uint32_t>(n));
            } else {
                return raise(exc::TypeError, "%%c requires int or char");
            }
            out += pad_field(c, "", "", ch, false);
            break;
        }
        default: {
            std::string shown;
            utf8_append(shown, c.type);
            return raise(exc::ValueError, "unsupported format character '%s' (0x%x) at index %zu",
                         shown.c_str(), c.type, type_index);
        }
        }
    }
    if (src.argidx < src.arglen && !src.dict)
        return raise(exc::TypeError, "not all arguments converted during string formatting");
    return make_str(out);
}

} // namespace uopy
