// The format-spec mini-language. A spec is parsed into FormatSpec, checked
// against what the value's type allows, and rendered as
//     [fill][sign][prefix][fill if '='][digits][remainder][fill]
// where the digits may carry thousands separators and, for '0' padding with
// '=' alignment, leading zeros that take part in the grouping.
#include "objects/format_spec.h"

#include "objects/int.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/gc.h"

#include <gmp.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace uopy {

std::string float_repr_text(double d); // float.cpp

namespace {

constexpr int64_t kMaxWidth = int64_t(1) << 40; // wider than any allocation could be

struct FormatSpec {
    uint32_t fill = ' ';
    char align = 0; // '<' '>' '^' '='
    bool align_given = false;
    char sign = 0; // '+' '-' ' ' or 0
    bool no_neg_0 = false;
    bool alt = false;
    int64_t width = -1;
    char thousands = 0; // ',' '_' or 0
    int64_t precision = -1;
    uint32_t type = 0;
};

bool is_align(char c) {
    return c == '<' || c == '>' || c == '^' || c == '=';
}

std::string type_char_text(uint32_t t) {
    if (t > 32 && t < 128) return std::string(1, static_cast<char>(t));
    char buf[16];
    std::snprintf(buf, sizeof buf, "\\x%x", t);
    return buf;
}

Value unknown_code(uint32_t type, const char* tname) {
    return raise(exc::ValueError, "Unknown format code '%s' for object of type '%s'",
                 type_char_text(type).c_str(), tname);
}

// Digits for a width or precision; false (ValueError set) on overflow.
bool read_integer(std::string_view s, size_t& i, int64_t* out, bool* any) {
    int64_t v = 0;
    *any = false;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
        int d = s[i] - '0';
        if (v > (INT64_MAX - d) / 10) {
            raise(exc::ValueError, "Too many decimal digits in format string");
            return false;
        }
        v = v * 10 + d;
        i++;
        *any = true;
    }
    *out = v;
    return true;
}

bool parse(std::string_view s, FormatSpec* f, uint32_t default_type, char default_align,
           const char* tname) {
    f->align = default_align;
    f->type = default_type;
    size_t i = 0;
    bool fill_given = false;
    if (!s.empty()) {
        // [fill]align: the fill is any one code point.
        const char* p = s.data();
        const char* q = p;
        uint32_t cp = utf8_decode(q);
        size_t len = static_cast<size_t>(q - p);
        if (len < s.size() && is_align(s[len])) {
            f->fill = cp;
            f->align = s[len];
            fill_given = f->align_given = true;
            i = len + 1;
        } else if (is_align(s[0])) {
            f->align = s[0];
            f->align_given = true;
            i = 1;
        }
    }
    if (i < s.size() && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) f->sign = s[i++];
    if (i < s.size() && s[i] == 'z') {
        f->no_neg_0 = true;
        i++;
    }
    if (i < s.size() && s[i] == '#') {
        f->alt = true;
        i++;
    }
    if (!fill_given && i < s.size() && s[i] == '0') {
        f->fill = '0';
        if (!f->align_given && default_align == '>') f->align = '=';
        i++;
    }
    bool any;
    if (!read_integer(s, i, &f->width, &any)) return false;
    if (!any) f->width = -1;
    if (i < s.size() && s[i] == ',') {
        f->thousands = ',';
        i++;
    }
    if (i < s.size() && s[i] == '_') {
        if (f->thousands) {
            raise(exc::ValueError, "Cannot specify both ',' and '_'.");
            return false;
        }
        f->thousands = '_';
        i++;
    }
    if (i < s.size() && s[i] == ',' && f->thousands == '_') {
        raise(exc::ValueError, "Cannot specify both ',' and '_'.");
        return false;
    }
    if (i < s.size() && s[i] == '.') {
        i++;
        if (!read_integer(s, i, &f->precision, &any)) return false;
        if (!any) {
            raise(exc::ValueError, "Format specifier missing precision");
            return false;
        }
    }
    if (i < s.size()) {
        std::string_view rest = s.substr(i);
        if (utf8_length(rest) > 1) {
            raise(exc::ValueError, "Invalid format specifier '%s' for object of type '%s'",
                  std::string(s).c_str(), tname);
            return false;
        }
        const char* p = rest.data();
        f->type = utf8_decode(p);
    }
    if (f->thousands) {
        switch (f->type) {
        case 'd':
        case 'e':
        case 'f':
        case 'g':
        case 'E':
        case 'G':
        case '%':
        case 'F':
        case 0: break;
        case 'x':
        case 'X':
        case 'o':
        case 'b':
            if (f->thousands == '_') break;
            [[fallthrough]];
        default:
            raise(exc::ValueError, "Cannot specify '%c' with '%s'.", f->thousands,
                  type_char_text(f->type).c_str());
            return false;
        }
    }
    if (f->width > kMaxWidth || f->precision > kMaxWidth ||
        !gc_within_heap_limit(static_cast<size_t>(std::max<int64_t>(f->width, f->precision)))) {
        raise_memory_error();
        return false;
    }
    return true;
}

std::string repeat(uint32_t fill, int64_t n) {
    std::string one;
    utf8_append(one, fill);
    std::string out;
    if (n > 0) {
        out.reserve(one.size() * static_cast<size_t>(n));
        for (int64_t k = 0; k < n; k++)
            out += one;
    }
    return out;
}

// Inserts [sep] every [every] digits from the right; with min_width > 0,
// first adds leading zeros until the grouped text is at least that wide.
std::string group(std::string digits, char sep, size_t every, int64_t min_width) {
    auto grouped = [&](const std::string& d) {
        std::string out;
        size_t n = d.size();
        for (size_t k = 0; k < n; k++) {
            if (k && (n - k) % every == 0) out.push_back(sep);
            out.push_back(d[k]);
        }
        return out;
    };
    std::string g = grouped(digits);
    while (static_cast<int64_t>(g.size()) < min_width) {
        digits.insert(digits.begin(), '0');
        g = grouped(digits);
    }
    return g;
}

// Lays out a number: sign and prefix, integer digits (grouped), remainder.
std::string layout_number(const FormatSpec& f, const std::string& sign, const std::string& prefix,
                          std::string digits, const std::string& rest, size_t every) {
    int64_t fixed = static_cast<int64_t>(sign.size() + prefix.size() + rest.size());
    bool zero_pad = f.align == '=' && f.fill == '0' && f.width > 0;
    // inf and nan are zero-padded but never grouped (CPython's rule).
    bool numeric = digits != "inf" && digits != "nan" && digits != "INF" && digits != "NAN";
    if (f.thousands && numeric) {
        digits = group(digits, f.thousands, every, zero_pad ? f.width - fixed : 0);
    } else if (zero_pad && static_cast<int64_t>(digits.size()) < f.width - fixed) {
        digits.insert(0, static_cast<size_t>(f.width - fixed) - digits.size(), '0');
    }
    int64_t len = fixed + static_cast<int64_t>(utf8_length(digits));
    int64_t pad = f.width > len ? f.width - len : 0;
    int64_t before = f.align == '<' || f.align == '=' ? 0 : f.align == '^' ? pad / 2 : pad;
    std::string out = repeat(f.fill, before);
    out.append(sign).append(prefix);
    if (f.align == '=') out.append(repeat(f.fill, pad));
    out.append(digits).append(rest);
    if (f.align != '=') out.append(repeat(f.fill, pad - before));
    return out;
}

std::string sign_text(bool negative, char sign) {
    if (negative) return "-";
    if (sign == '+') return "+";
    if (sign == ' ') return " ";
    return "";
}

// The text of |d| for one presentation type, without sign: digits and
// remainder split where the integer part ends.
struct FloatText {
    std::string digits; // the integer part ("nan"/"inf" for non-finite values)
    std::string rest;   // ".25e+10", "%", ...
    bool negative = false;
};

std::string c_format(const char* fmt, int precision, double a) {
    int n = std::snprintf(nullptr, 0, fmt, precision, a);
    std::string text(static_cast<size_t>(n) + 1, '\0');
    std::snprintf(text.data(), text.size(), fmt, precision, a);
    text.resize(static_cast<size_t>(n));
    return text;
}

std::string general_with_dot_0(double a, int64_t precision, bool alt) {
    int p = precision == 0 ? 1 : static_cast<int>(precision);
    std::string e = c_format(alt ? "%#.*e" : "%.*e", p - 1, a);
    int exponent = std::atoi(e.c_str() + e.find('e') + 1);
    if (exponent < -4 || exponent >= p - 1) {
        if (alt) return e;
        // Drop trailing zeros of the mantissa, and the point if nothing is left.
        size_t epos = e.find('e');
        std::string mantissa = e.substr(0, epos);
        if (mantissa.find('.') != std::string::npos) {
            while (mantissa.back() == '0')
                mantissa.pop_back();
            if (mantissa.back() == '.') mantissa.pop_back();
        }
        return mantissa + e.substr(epos);
    }
    std::string text = c_format(alt ? "%#.*f" : "%.*f", p - 1 - exponent, a);
    if (!alt && text.find('.') != std::string::npos) {
        while (text.back() == '0')
            text.pop_back();
    }
    if (text.back() == '.') text.push_back('0');
    if (text.find('.') == std::string::npos) text += ".0";
    return text;
}

FloatText float_text(double d, const FormatSpec& f, uint32_t type, bool add_dot_0,
                     bool strip_dot_0) {
    FormatSpec spec = f;
    FloatText out;
    out.negative = std::signbit(d) && !std::isnan(d);
    double a = std::fabs(d);
    bool percent = type == '%';
    if (percent) {
        a *= 100;
        type = 'f';
    }
    if (type == 'n') type = 'g';
    int64_t precision = spec.precision;
    bool repr_mode = false;
    if (type == 0) {
        if (precision < 0) {
            repr_mode = true;
        } else {
            type = 'g';
        }
    } else if (precision < 0) {
        precision = 6;
    }
    bool upper = type == 'E' || type == 'F' || type == 'G';
    std::string text;
    if (std::isnan(a)) {
        text = upper ? "NAN" : "nan";
    } else if (std::isinf(a)) {
        text = upper ? "INF" : "inf";
    } else if (add_dot_0 && type == 'g') {
        // No type but a precision: like 'g', yet always with a digit after
        // the point, so the exponent form starts one digit earlier.
        text = general_with_dot_0(a, precision, f.alt);
    } else if (repr_mode) {
        text = float_repr_text(a);
        if (strip_dot_0 && text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0)
            text.resize(text.size() - 2);
        if (f.alt && text.find('.') == std::string::npos) {
            size_t e = std::min(text.find('e'), text.size());
            text = text.substr(0, e) + '.' + text.substr(e);
        }
    } else {
        char conv = static_cast<char>(type == 'F' ? 'f' : type);
        char fmt[16];
        std::snprintf(fmt, sizeof fmt, "%%%s.*%c", f.alt ? "#" : "", conv);
        int n = std::snprintf(nullptr, 0, fmt, static_cast<int>(precision), a);
        text.resize(static_cast<size_t>(n) + 1);
        std::snprintf(text.data(), text.size(), fmt, static_cast<int>(precision), a);
        text.resize(static_cast<size_t>(n));
        if (add_dot_0 && text.find_first_of(".e") == std::string::npos) text += ".0";
    }
    if (spec.no_neg_0 && out.negative && !std::isnan(a)) {
        // Negative zero coercion: a value that rounds to zero loses its sign.
        size_t e = text.find_first_of("eE");
        std::string mantissa = text.substr(0, e);
        if (mantissa.find_first_of("123456789") == std::string::npos &&
            mantissa.find_first_of("0") != std::string::npos)
            out.negative = false;
    }
    size_t end = 0;
    while (end < text.size() && text[end] >= '0' && text[end] <= '9')
        end++;
    if (end == 0) end = text.size(); // nan / inf
    out.digits = text.substr(0, end);
    out.rest = text.substr(end);
    if (percent) out.rest += "%";
    return out;
}

} // namespace

Value format_str_spec(Value s, std::string_view spec_text) {
    FormatSpec f;
    if (!parse(spec_text, &f, 's', '<', type_name(s))) return Value();
    if (f.type != 's') return unknown_code(f.type, type_name(s));
    if (f.sign == ' ')
        return raise(exc::ValueError, "Space not allowed in string format specifier");
    if (f.sign) return raise(exc::ValueError, "Sign not allowed in string format specifier");
    if (f.no_neg_0)
        return raise(exc::ValueError,
                     "Negative zero coercion (z) not allowed in string format specifier");
    if (f.alt)
        return raise(exc::ValueError, "Alternate form (#) not allowed in string format specifier");
    if (f.align == '=')
        return raise(exc::ValueError, "'=' alignment not allowed in string format specifier");
    std::string_view text = str_view(s);
    int64_t len = static_cast<int64_t>(str_length(s));
    if (f.precision >= 0 && f.precision < len) {
        text = text.substr(0, str_byte_offset(s, static_cast<size_t>(f.precision)));
        len = f.precision;
    }
    if (f.width <= len && is_exact_str(s) && text.size() == str_view(s).size()) return s;
    int64_t pad = f.width > len ? f.width - len : 0;
    std::string out;
    int64_t left = f.align == '>' ? pad : f.align == '^' ? pad / 2 : 0;
    out += repeat(f.fill, left);
    out += text;
    out += repeat(f.fill, pad - left);
    return make_str(out);
}

Value format_int_spec(Value v, std::string_view spec_text) {
    FormatSpec f;
    if (!parse(spec_text, &f, 'd', '>', type_name(v))) return Value();
    switch (f.type) {
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': {
        double d;
        if (!int_to_double(v, &d)) return Value();
        return format_float_spec_text(d, spec_text);
    }
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n': break;
    default: return unknown_code(f.type, type_name(v));
    }
    if (f.precision >= 0)
        return raise(exc::ValueError, "Precision not allowed in integer format specifier");
    if (f.no_neg_0)
        return raise(exc::ValueError,
                     "Negative zero coercion (z) not allowed in integer format specifier");
    if (f.type == 'c') {
        if (f.sign)
            return raise(exc::ValueError, "Sign not allowed with integer format specifier 'c'");
        if (f.alt)
            return raise(exc::ValueError,
                         "Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t cp;
        if (!int_fits_int64(v, &cp))
            return raise(exc::OverflowError, "Python int too large to convert to C long");
        if (cp < 0 || cp > 0x10FFFF)
            return raise(exc::OverflowError, "%%c arg not in range(0x110000)");
        std::string ch;
        utf8_append(ch, static_cast<uint32_t>(cp));
        return make_str(layout_number(f, "", "", ch, "", 3));
    }
    int base = f.type == 'x' || f.type == 'X' ? 16 : f.type == 'o' ? 8 : f.type == 'b' ? 2 : 10;
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    bool negative = mpz_sgn(z) < 0;
    mpz_abs(z, z);
    std::string digits;
    if (base == 10) {
        // The decimal digit limit (sys.set_int_max_str_digits) applies.
        bool ok = mpz_decimal_digits_checked(z, digits);
        mpz_clear(z);
        if (!ok) return Value();
    } else {
        digits.resize(mpz_sizeinbase(z, base) + 2);
        mpz_get_str(digits.data(), base, z);
        digits.resize(std::strlen(digits.c_str()));
        mpz_clear(z);
    }
    if (f.type == 'X')
        for (char& c : digits)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    const char* prefix = "";
    if (f.alt && base != 10)
        prefix = f.type == 'X' ? "0X" : f.type == 'x' ? "0x" : f.type == 'o' ? "0o" : "0b";
    return make_str(
        layout_number(f, sign_text(negative, f.sign), prefix, digits, "", base == 10 ? 3 : 4));
}

Value format_float_spec_text(double d, std::string_view spec_text) {
    FormatSpec f;
    if (!parse(spec_text, &f, 0, '>', "float")) return Value();
    switch (f.type) {
    case 0:
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%': break;
    default: return unknown_code(f.type, "float");
    }
    FloatText t = float_text(d, f, f.type, /*add_dot_0=*/f.type == 0, /*strip_dot_0=*/false);
    return make_str(layout_number(f, sign_text(t.negative, f.sign), "", t.digits, t.rest, 3));
}

Value format_complex_spec(double re, double im, std::string_view spec_text) {
    FormatSpec f;
    if (!parse(spec_text, &f, 0, '>', "complex")) return Value();
    switch (f.type) {
    case 0:
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n': break;
    default: return unknown_code(f.type, "complex");
    }
    if (f.fill == '0')
        return raise(exc::ValueError, "Zero padding is not allowed in complex format specifier");
    if (f.align == '=')
        return raise(exc::ValueError,
                     "'=' alignment flag is not allowed in complex format specifier");
    // With no type the result reads like repr(): parentheses, and no real
    // part when it is +0.
    bool repr_like = f.type == 0;
    bool skip_re = repr_like && re == 0.0 && !std::signbit(re);
    bool parens = repr_like && !skip_re;
    FormatSpec part = f;
    part.width = -1;
    part.align = '>';
    part.fill = ' ';
    std::string body;
    if (!skip_re) {
        FloatText r = float_text(re, part, f.type, false, true);
        body += layout_number(part, sign_text(r.negative, f.sign), "", r.digits, r.rest, 3);
    }
    FloatText i = float_text(im, part, f.type, false, true);
    char im_sign = skip_re ? f.sign : '+';
    body += layout_number(part, sign_text(i.negative, im_sign), "", i.digits, i.rest, 3);
    body.push_back('j');
    int64_t len = static_cast<int64_t>(utf8_length(body)) + (parens ? 2 : 0);
    int64_t pad = f.width > len ? f.width - len : 0;
    int64_t left = f.align == '<' ? 0 : f.align == '^' ? pad / 2 : pad;
    std::string out = repeat(f.fill, left);
    if (parens) out.push_back('(');
    out.append(body);
    if (parens) out.push_back(')');
    out.append(repeat(f.fill, pad - left));
    return make_str(out);
}

} // namespace uopy
