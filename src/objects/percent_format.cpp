// printf-style formatting: str % args, and bytes % args (PEP 461). Each
// conversion is
//     %[(key)][flags][width|*][.precision|*][h|l|L]type
// with the argument taken from the tuple in order, from the single non-tuple
// argument, or (with a key) from the mapping. CPython counterpart:
// Objects/unicodeobject.c (PyUnicode_Format and its helpers),
// Objects/bytesobject.c (_PyBytes_FormatEx).
#include "objects/bytes.h"
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

#include <cctype>
#include <cmath>
#include <cstdint>
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
// The digits of int [v] in the base of c.type (upper-case for 'X'),
// zero-padded to the precision; [negative] tells the sign.
bool integer_digits(Value v, const Conversion& c, bool* negative, std::string& digits) {
    int base = c.type == 'x' || c.type == 'X' ? 16 : c.type == 'o' ? 8 : 10;
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    *negative = mpz_sgn(z) < 0;
    mpz_abs(z, z);
    if (base == 10) {
        // The decimal digit limit (sys.set_int_max_str_digits) applies.
        bool ok = mpz_decimal_digits_checked(z, digits);
        mpz_clear(z);
        if (!ok) return false;
    } else {
        digits.resize(mpz_sizeinbase(z, base) + 2);
        mpz_get_str(digits.data(), base, z);
        digits.resize(std::strlen(digits.c_str()));
        mpz_clear(z);
    }
    if (c.type == 'X')
        for (char& ch : digits)
            ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    if (c.precision > static_cast<int64_t>(digits.size()))
        digits.insert(0, static_cast<size_t>(c.precision) - digits.size(), '0');
    return true;
}

// The "0x" / "0X" / "0o" of the alternate form ("" otherwise).
const char* integer_prefix(const Conversion& c) {
    if (!c.alt) return "";
    if (c.type == 'x') return "0x";
    if (c.type == 'X') return "0X";
    if (c.type == 'o') return "0o";
    return "";
}

bool format_integer(std::string& out, Value v, const Conversion& c) {
    bool negative;
    std::string digits;
    if (!integer_digits(v, c, &negative, digits)) return false;
    out += pad_field(c, sign_of(negative, c), integer_prefix(c), digits, true);
    return true;
}

// The text of |d| for a %e/%f/%g (or upper-case) conversion.
std::string real_body(double a, const Conversion& c) {
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
    return body;
}

bool format_real(std::string& out, double d, const Conversion& c) {
    bool negative = std::signbit(d) && !std::isnan(d);
    std::string body = real_body(std::fabs(d), c);
    out += pad_field(c, sign_of(negative, c), "", body, true);
    return true;
}

// -- bytes % args helpers ----------------------------------------------------------------

// %s / %b: bytes, bytearray, __bytes__, then any buffer (format_obj).
bool bytes_format_obj(Value v, std::string* out) {
    if (is_bytes(v) || is_bytearray(v)) {
        out->assign(bytes_view(v));
        return true;
    }
    Value r = call_special(v, intern("__bytes__"), {});
    if (r) {
        if (!is_bytes(r)) {
            raise(exc::TypeError, "__bytes__ returned non-bytes (type %s)", type_name(r));
            return false;
        }
        out->assign(bytes_view(r));
        return true;
    }
    if (err_occurred()) return false;
    int got = buffer_contents(v, out);
    if (got) return got > 0;
    raise(exc::TypeError,
          "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
          type_name(v));
    return false;
}

// %c: a single byte of a bytes/bytearray, or an int in range(256)
// (byte_converter: any failure to read an int is the TypeError).
bool bytes_format_char(Value v, char* out) {
    if ((is_bytes(v) || is_bytearray(v)) && bytes_view(v).size() == 1) {
        *out = bytes_view(v)[0];
        return true;
    }
    if (is_index_like(v)) {
        Value i = number_index(v);
        if (i) {
            int64_t n;
            if (!int_fits_int64(i, &n) || n < 0 || n > 255) {
                raise(exc::OverflowError, "%%c arg not in range(256)");
                return false;
            }
            *out = static_cast<char>(n);
            return true;
        }
        err_clear();
    }
    raise(exc::TypeError, "%%c requires an integer in range(256) or a single byte");
    return false;
}

// %d/%i/%u/%o/%x/%X (formatlong): the number's text with its sign and the
// alternate-form prefix. Numbers go through int() (o/x/X: __index__).
bool bytes_format_long(Value v, const Conversion& c, std::string* out) {
    bool hexoct = c.type == 'o' || c.type == 'x' || c.type == 'X';
    Type* t = type_of(v);
    bool number = is_index_like(v) || t->nb_int || t->nb_float || isinstance_of(v, &ComplexType);
    Value iv;
    if (number) {
        iv = is_int(v) ? v : hexoct ? number_index(v) : call1(Value(&IntType), v);
        if (!iv) {
            if (!err_matches(exc::TypeError)) return false;
            err_clear();
        }
    }
    if (!iv) {
        raise(exc::TypeError, "%%%c format: %s is required, not %s", static_cast<char>(c.type),
              hexoct ? "an integer" : "a real number", type_name(v));
        return false;
    }
    bool negative;
    std::string digits;
    if (!integer_digits(iv, c, &negative, digits)) return false;
    out->assign(negative ? "-" : "");
    out->append(integer_prefix(c)).append(digits);
    return true;
}

// Results are refused with MemoryError beyond this (rather than letting
// std::string's bad_alloc escape).
constexpr int64_t kMaxBytesField = int64_t(1) << 36;

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
            if (!format_integer(out, iv, c)) return Value();
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
            if (!format_integer(out, iv, c)) return Value();
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

Value bytes_percent_format(Value fmt_obj, Value args) {
    // A copy: __bytes__ or __index__ of an argument may change a bytearray format.
    std::string f(bytes_view(fmt_obj));
    bool to_bytearray = is_bytearray(fmt_obj);
    ArgSource src;
    src.args = args;
    if (is_tuple(args)) {
        src.arglen = static_cast<int64_t>(tuple_size(args));
        src.argidx = 0;
    } else {
        src.arglen = -1;
        src.argidx = -2;
    }
    if (type_of(args)->getitem && !is_tuple(args) && !is_bytes(args) && !is_str(args) &&
        !is_bytearray(args))
        src.dict = args;
    std::string out;
    size_t n = f.size();
    for (size_t i = 0; i < n;) {
        if (f[i] != '%') {
            size_t next = f.find('%', i);
            if (next == std::string::npos) next = n;
            out.append(f, i, next - i);
            i = next;
            continue;
        }
        i++;
        if (i < n && f[i] == '%') {
            out.push_back('%');
            i++;
            continue;
        }
        if (i < n && f[i] == '(') {
            if (!src.dict) return raise(exc::TypeError, "format requires a mapping");
            size_t start = ++i;
            int depth = 1;
            while (depth > 0 && i < n) {
                if (f[i] == ')')
                    depth--;
                else if (f[i] == '(')
                    depth++;
                i++;
            }
            if (depth > 0) return raise(exc::ValueError, "incomplete format key");
            Value key = make_bytes(std::string_view(f).substr(start, i - 1 - start));
            if (!key) return key;
            Value v = get_item(src.dict, key);
            if (!v) return v;
            src.args = v;
            src.arglen = -1;
            src.argidx = -2;
        }
        // [ch]: the character being parsed, -1 past the end.
        int ch = -1;
        auto read = [&]() {
            ch = i < n ? static_cast<unsigned char>(f[i++]) : -1;
            return ch >= 0;
        };
        auto is_digit = [&]() { return ch >= '0' && ch <= '9'; };
        Conversion c;
        read();
        for (;; read()) {
            if (ch == '-')
                c.left = true;
            else if (ch == '+')
                c.plus = true;
            else if (ch == ' ')
                c.space = true;
            else if (ch == '#')
                c.alt = true;
            else if (ch == '0')
                c.zero = true;
            else
                break;
        }
        if (ch == '*') {
            Value v = src.next();
            if (!v) return v;
            if (!is_int(v)) return raise(exc::TypeError, "* wants int");
            if (!int_fits_int64(v, &c.width))
                return raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
            if (c.width < 0) {
                c.left = true;
                c.width = c.width == INT64_MIN ? INT64_MAX : -c.width;
            }
            read();
        } else if (is_digit()) {
            c.width = ch - '0';
            while (read() && is_digit()) {
                if (c.width > (INT64_MAX - (ch - '0')) / 10)
                    return raise(exc::ValueError, "width too big");
                c.width = c.width * 10 + (ch - '0');
            }
        }
        if (ch == '.') {
            c.precision = 0;
            read();
            if (ch == '*') {
                Value v = src.next();
                if (!v) return v;
                if (!is_int(v)) return raise(exc::TypeError, "* wants int");
                if (!int_fits_int64(v, &c.precision) || c.precision < INT32_MIN ||
                    c.precision > INT32_MAX)
                    return raise(exc::OverflowError, "Python int too large to convert to C int");
                if (c.precision < 0) c.precision = 0;
                read();
            } else if (is_digit()) {
                c.precision = ch - '0';
                while (read() && is_digit()) {
                    if (c.precision > (INT32_MAX - (ch - '0')) / 10)
                        return raise(exc::ValueError, "prec too big");
                    c.precision = c.precision * 10 + (ch - '0');
                }
            }
        }
        if (ch == 'h' || ch == 'l' || ch == 'L') read();
        if (ch < 0) return raise(exc::ValueError, "incomplete format");
        c.type = static_cast<uint32_t>(ch);
        size_t type_index = i - 1;
        Value v = src.next();
        if (!v) return v;
        std::string text; // CPython's pbuf
        bool numeric = false;
        char fill = ' ';
        switch (ch) {
        case 'r':
        case 'a': {
            Value s = ascii_of(v);
            if (!s) return s;
            text.assign(str_view(s)); // ASCII, so bytes and characters agree
            if (c.precision >= 0 && static_cast<int64_t>(text.size()) > c.precision)
                text.resize(static_cast<size_t>(c.precision));
            break;
        }
        case 's':
        case 'b':
            if (!bytes_format_obj(v, &text)) return Value();
            if (c.precision >= 0 && static_cast<int64_t>(text.size()) > c.precision)
                text.resize(static_cast<size_t>(c.precision));
            break;
        case 'i':
        case 'd':
        case 'u':
        case 'o':
        case 'x':
        case 'X':
            if (!bytes_format_long(v, c, &text)) return Value();
            numeric = true;
            if (c.zero) fill = '0';
            break;
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G': {
            double d;
            if (!number_to_double(v, &d)) {
                err_clear(); // whatever went wrong (an int too large, too)
                return raise(exc::TypeError, "float argument required, not %s", type_name(v));
            }
            bool negative = std::signbit(d) && !std::isnan(d);
            text = (negative ? "-" : "") + real_body(std::fabs(d), c);
            numeric = true;
            if (c.zero) fill = '0';
            break;
        }
        case 'c': {
            char byte;
            if (!bytes_format_char(v, &byte)) return Value();
            text.assign(1, byte);
            break;
        }
        default:
            // CPython formats the (signed) char with %c: a byte >= 0x80 is
            // a negative code point there.
            if (ch >= 0x80)
                return raise(exc::OverflowError, "character argument not in range(0x110000)");
            return raise(exc::ValueError, "unsupported format character '%c' (0x%x) at index %zu",
                         static_cast<char>(ch), static_cast<unsigned>(ch), type_index);
        }
        // Sign, alternate-form prefix and padding, in CPython's order.
        char sign = 0;
        size_t at = 0; // the part of text not yet written
        if (numeric) {
            if (text[0] == '-' || text[0] == '+') {
                sign = text[0];
                at = 1;
            } else if (c.plus) {
                sign = '+';
            } else if (c.space) {
                sign = ' ';
            }
        }
        int64_t len = static_cast<int64_t>(text.size() - at);
        int64_t width = c.width < len ? len : c.width;
        if (width > kMaxBytesField) {
            raise_memory_error();
            return Value();
        }
        if (sign) {
            if (fill != ' ') out.push_back(sign);
            if (width > len) width--;
        }
        bool prefix = c.alt && (ch == 'o' || ch == 'x' || ch == 'X');
        if (prefix) {
            if (fill != ' ') {
                out.append(text, at, 2);
                at += 2;
            }
            width = width < 2 ? 0 : width - 2;
            len -= 2;
        }
        if (width > len && !c.left) {
            out.append(static_cast<size_t>(width - len), fill);
            width = len;
        }
        if (fill == ' ') {
            if (sign) out.push_back(sign);
            if (prefix) {
                out.append(text, at, 2);
                at += 2;
            }
        }
        out.append(text, at, std::string::npos);
        if (width > len) out.append(static_cast<size_t>(width - len), ' ');
        if (src.dict && src.argidx < src.arglen)
            return raise(exc::TypeError, "not all arguments converted during bytes formatting");
    }
    if (src.argidx < src.arglen && !src.dict)
        return raise(exc::TypeError, "not all arguments converted during bytes formatting");
    return to_bytearray ? make_bytearray(out) : make_bytes(out);
}

} // namespace uopy
