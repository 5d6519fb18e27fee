// Text formatting: the format-spec mini-language for str, int and float
// (format(), f-strings, str.format) and printf-style `%` formatting.
// CPython counterpart: Python/formatter_unicode.c, Objects/unicodeobject.c
// (str.format via Objects/stringlib/unicode_format.h, PyUnicode_Format).
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/type.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

namespace uopy {

std::string float_repr_text(double d);

struct Spec {
    uint32_t fill = ' ';
    char align = 0; // < > ^ =
    char sign = 0;  // + - space
    bool alt = false;
    bool zero = false;
    int64_t width = -1;
    char grouping = 0; // , _
    int64_t precision = -1;
    char type = 0;
};

static bool parse_spec(std::string_view s, Spec* spec, const char* tname) {
    size_t i = 0;
    auto is_align = [](char c) { return c == '<' || c == '>' || c == '^' || c == '='; };
    // A fill character is any code point followed by an alignment.
    const char* p = s.data();
    if (!s.empty()) {
        const char* q = p;
        uint32_t cp = utf8_decode(q);
        size_t cl = static_cast<size_t>(q - p);
        if (cl < s.size() && is_align(s[cl])) {
            spec->fill = cp;
            spec->align = s[cl];
            i = cl + 1;
        } else if (is_align(s[0])) {
            spec->align = s[0];
            i = 1;
        }
    }
    if (i < s.size() && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) spec->sign = s[i++];
    if (i < s.size() && s[i] == 'z') i++;
    if (i < s.size() && s[i] == '#') {
        spec->alt = true;
        i++;
    }
    if (i < s.size() && s[i] == '0') {
        spec->zero = true;
        i++;
    }
    if (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) {
        spec->width = 0;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
            spec->width = spec->width * 10 + (s[i++] - '0');
    }
    if (i < s.size() && (s[i] == ',' || s[i] == '_')) spec->grouping = s[i++];
    if (i < s.size() && s[i] == '.') {
        i++;
        if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) {
            raise(exc::ValueError, "Format specifier missing precision");
            return false;
        }
        spec->precision = 0;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
            spec->precision = spec->precision * 10 + (s[i++] - '0');
    }
    if (i < s.size()) spec->type = s[i++];
    if (i < s.size()) {
        raise(exc::ValueError, "Invalid format specifier '%s' for object of type '%s'",
              std::string(s).c_str(), tname);
        return false;
    }
    if (spec->zero && !spec->align) {
        spec->fill = '0';
        spec->align = '=';
    }
    return true;
}

Value format_float_spec(double d, const Spec& spec);

// Pads [body] (with an optional sign/prefix part) to the spec's width.
static std::string pad(const std::string& prefix, const std::string& body, const Spec& spec,
                       char default_align) {
    size_t len = utf8_length(prefix) + utf8_length(body);
    char align = spec.align ? spec.align : default_align;
    std::string fill;
    utf8_append(fill, spec.fill);
    if (spec.width < 0 || static_cast<size_t>(spec.width) <= len) return prefix + body;
    size_t total = static_cast<size_t>(spec.width) - len;
    auto rep = [&](size_t n) {
        std::string r;
        for (size_t i = 0; i < n; i++)
            r += fill;
        return r;
    };
    switch (align) {
    case '<': return prefix + body + rep(total);
    case '>': return rep(total) + prefix + body;
    case '^': return rep(total / 2) + prefix + body + rep(total - total / 2);
    default: return prefix + rep(total) + body; // '='
    }
}

static std::string group_digits(const std::string& digits, char sep, size_t every) {
    std::string out;
    size_t n = digits.size();
    for (size_t i = 0; i < n; i++) {
        if (i && (n - i) % every == 0) out.push_back(sep);
        out.push_back(digits[i]);
    }
    return out;
}

static Value format_int(Value v, const Spec& spec) {
    char type = spec.type ? spec.type : 'd';
    if (type == 'e' || type == 'E' || type == 'f' || type == 'F' || type == 'g' || type == 'G' ||
        type == '%') {
        double d;
        if (!int_to_double(v, &d)) return Value();
        return format_float_spec(d, spec);
    }
    if (spec.precision >= 0)
        return raise(exc::ValueError, "Precision not allowed in integer format specifier");
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    bool neg = mpz_sgn(z) < 0;
    mpz_abs(z, z);
    int base = 10;
    std::string prefix;
    switch (type) {
    case 'd':
    case 'n': break;
    case 'x':
        base = 16;
        if (spec.alt) prefix = "0x";
        break;
    case 'X':
        base = 16;
        if (spec.alt) prefix = "0X";
        break;
    case 'o':
        base = 8;
        if (spec.alt) prefix = "0o";
        break;
    case 'b':
        base = 2;
        if (spec.alt) prefix = "0b";
        break;
    case 'c': {
        std::string s;
        utf8_append(s, static_cast<uint32_t>(mpz_get_ui(z)));
        mpz_clear(z);
        return make_str(pad("", s, spec, '<'));
    }
    default:
        mpz_clear(z);
        return raise(exc::ValueError, "Unknown format code '%c' for object of type '%s'", type,
                     type_name(v));
    }
    std::string digits(mpz_sizeinbase(z, base) + 2, '\0');
    mpz_get_str(digits.data(), base, z);
    digits.resize(std::strlen(digits.c_str()));
    mpz_clear(z);
    if (type == 'X')
        for (auto& c : digits)
            c = static_cast<char>(std::toupper(c));
    if (spec.grouping) digits = group_digits(digits, spec.grouping, base == 10 ? 3 : 4);
    std::string sign = neg ? "-" : spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
    if (spec.align == '=' && spec.fill == '0' && spec.grouping && spec.width > 0) {
        // Zero padding participates in grouping, as CPython does.
        std::string raw;
        for (char c : digits)
            if (c != spec.grouping) raw.push_back(c);
        while (static_cast<int64_t>(sign.size() + prefix.size() +
                                    group_digits(raw, spec.grouping, base == 10 ? 3 : 4).size()) <
               spec.width)
            raw = "0" + raw;
        digits = group_digits(raw, spec.grouping, base == 10 ? 3 : 4);
    }
    return make_str(pad(sign + prefix, digits, spec, '>'));
}

Value format_float_spec(double d, const Spec& spec) {
    char type = spec.type;
    bool neg = std::signbit(d) && !std::isnan(d);
    double a = std::fabs(d);
    std::string body;
    int64_t prec = spec.precision;
    if (type == 0) {
        if (prec < 0) {
            body = float_repr_text(a);
        } else {
            char buf[512];
            std::snprintf(buf, sizeof buf, "%.*g", static_cast<int>(prec ? prec : 1), a);
            body = buf;
            if (body.find_first_of(".enia") == std::string::npos) body += ".0";
        }
    } else {
        char t = type;
        bool percent = t == '%';
        if (percent) {
            a *= 100;
            t = 'f';
        }
        if (t == 'n') t = 'g';
        if (std::strchr("eEfFgG", t) == nullptr)
            return raise(exc::ValueError, "Unknown format code '%c' for object of type 'float'",
                         type);
        if (prec < 0) prec = 6;
        char fmt[16];
        std::snprintf(fmt, sizeof fmt, "%%%s.*%c", spec.alt ? "#" : "", t);
        char buf[512];
        std::snprintf(buf, sizeof buf, fmt, static_cast<int>(prec), a);
        body = buf;
        if (percent) body += "%";
    }
    if (std::isinf(a)) body = (type == 'E' || type == 'F' || type == 'G') ? "INF" : "inf";
    if (std::isnan(d)) body = (type == 'E' || type == 'F' || type == 'G') ? "NAN" : "nan";
    if (spec.grouping) {
        size_t dot = body.find_first_of(".eE%");
        std::string ip = body.substr(0, dot == std::string::npos ? body.size() : dot);
        std::string rest = dot == std::string::npos ? "" : body.substr(dot);
        if (std::all_of(ip.begin(), ip.end(), ::isdigit))
            body = group_digits(ip, spec.grouping, 3) + rest;
    }
    std::string sign = neg ? "-" : spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
    return make_str(pad(sign, body, spec, '>'));
}

Value format_number_with_spec(Value v, Value spec_str) {
    if (!is_str(spec_str)) return raise(exc::TypeError, "format spec must be a str");
    if (str_length(spec_str) == 0) return str_of(v);
    Spec spec;
    if (!parse_spec(str_view(spec_str), &spec, type_name(v))) return Value();
    if (is_int(v)) return format_int(v, spec);
    if (is_float(v)) return format_float_spec(float_value(v), spec);
    return raise(exc::TypeError, "unsupported format");
}

Value format_str_with_spec(Value v, Value spec_str) {
    if (!is_str(spec_str)) return raise(exc::TypeError, "format spec must be a str");
    Spec spec;
    if (!parse_spec(str_view(spec_str), &spec, "str")) return Value();
    if (spec.type && spec.type != 's')
        return raise(exc::ValueError, "Unknown format code '%c' for object of type 'str'",
                     spec.type);
    if (spec.sign) return raise(exc::ValueError, "Sign not allowed in string format specifier");
    if (spec.align == '=')
        return raise(exc::ValueError, "'=' alignment not allowed in string format specifier");
    std::string s(str_view(v));
    if (spec.precision >= 0 && static_cast<size_t>(spec.precision) < str_length(v))
        s = s.substr(0, str_byte_offset(v, static_cast<size_t>(spec.precision)));
    return make_str(pad("", s, spec, '<'));
}

// -- str.format
// ------------------------------------------------------------------------------------

namespace {

// One str.format() / format_map() call: where the fields' values come from
// and the automatic-numbering state, which nested fields in format specs
// share with the outer ones ('{:{}}'.format(x, width)).
struct FormatCall {
    const Value* args = nullptr;
    size_t nargs = 0;
    Value kwnames;
    Value mapping; // format_map's mapping, or null
    size_t auto_index = 0;
    int numbering = 0; // 0 unknown, 1 automatic, 2 manual

    Value named(const std::string& name) {
        Value key = make_str(name);
        if (!key) return key;
        if (mapping) return get_item(mapping, key);
        size_t nkw = kwnames ? tuple_size(kwnames) : 0;
        for (size_t k = 0; k < nkw; k++)
            if (str_view(tuple_get(kwnames, k)) == name) return args[nargs + k];
        return raise_with_arg(exc::KeyError, key);
    }

    Value field_value(const std::string& head) {
        size_t end_name = head.find_first_of(".[");
        std::string name = head.substr(0, end_name);
        bool numeric = !name.empty() && std::all_of(name.begin(), name.end(), ::isdigit);
        Value obj;
        if (name.empty() || numeric) {
            size_t idx = 0;
            if (name.empty()) {
                if (numbering == 2)
                    return raise(exc::ValueError, "cannot switch from manual field specification "
                                                  "to automatic field numbering");
                numbering = 1;
                idx = auto_index++;
            } else {
                if (numbering == 1)
                    return raise(exc::ValueError, "cannot switch from automatic field numbering to "
                                                  "manual field specification");
                numbering = 2;
                if (name.size() > 18)
                    return raise(exc::ValueError, "Too many decimal digits in format string");
                idx = static_cast<size_t>(std::stoull(name));
            }
            if (mapping) return raise(exc::ValueError, "Format string contains positional fields");
            if (idx >= nargs)
                return raise(exc::IndexError,
                             "Replacement index %zu out of range for positional args tuple", idx);
            obj = args[idx];
        } else {
            obj = named(name);
            if (!obj) return obj;
        }
        // Attribute and index lookups: .name and [key] in any order.
        size_t k = end_name;
        while (k != std::string::npos && k < head.size()) {
            if (head[k] == '.') {
                size_t e = head.find_first_of(".[", k + 1);
                std::string attr =
                    head.substr(k + 1, e == std::string::npos ? std::string::npos : e - k - 1);
                if (attr.empty()) return raise(exc::ValueError, "Empty attribute in format string");
                obj = get_attr(obj, intern(attr));
                k = e;
            } else if (head[k] == '[') {
                size_t e = head.find(']', k);
                if (e == std::string::npos)
                    return raise(exc::ValueError, "Missing ']' in format string");
                std::string key = head.substr(k + 1, e - k - 1);
                if (key.empty()) return raise(exc::ValueError, "Empty attribute in format string");
                bool digits = key.size() <= 18 && std::all_of(key.begin(), key.end(), ::isdigit);
                Value kv = digits ? make_int(static_cast<int64_t>(std::stoll(key))) : make_str(key);
                if (!kv) return kv;
                obj = get_item(obj, kv);
                k = e + 1;
                if (k < head.size() && head[k] != '.' && head[k] != '[')
                    return raise(exc::ValueError,
                                 "Only '.' or '[' may follow ']' in format field specifier");
            } else {
                return raise(exc::ValueError,
                             "Only '.' or '[' may follow ']' in format field specifier");
            }
            if (!obj) return obj;
        }
        return obj;
    }

    Value format(Value self, int depth) {
        if (depth > 2) return raise(exc::ValueError, "Max string recursion exceeded");
        std::string_view f = str_view(self);
        std::string out;
        for (size_t i = 0; i < f.size();) {
            char c = f[i];
            if (c == '}') {
                if (i + 1 < f.size() && f[i + 1] == '}') {
                    out.push_back('}');
                    i += 2;
                    continue;
                }
                return raise(exc::ValueError, "Single '}' encountered in format string");
            }
            if (c != '{') {
                out.push_back(c);
                i++;
                continue;
            }
            if (i + 1 < f.size() && f[i + 1] == '{') {
                out.push_back('{');
                i += 2;
                continue;
            }
            // A replacement field {name[.attr|[key]]*[!conv][:spec]}; the spec
            // may hold nested {} fields. Brackets hide ':' and '!' in keys.
            size_t j = i + 1;
            int depth_braces = 1;
            bool in_key = false;
            while (j < f.size()) {
                char d = f[j];
                if (in_key) {
                    if (d == ']') in_key = false;
                } else if (d == '[') {
                    in_key = true;
                } else if (d == '{') {
                    depth_braces++;
                } else if (d == '}' && --depth_braces == 0) {
                    break;
                }
                j++;
            }
            if (j >= f.size()) {
                if (f.find('}', i) == std::string_view::npos)
                    return raise(exc::ValueError, "expected '}' before end of string");
                return raise(exc::ValueError, "unmatched '{' in format spec");
            }
            std::string field(f.substr(i + 1, j - i - 1));
            i = j + 1;
            size_t colon = std::string::npos, bang = std::string::npos;
            bool key = false;
            for (size_t k = 0; k < field.size(); k++) {
                char d = field[k];
                if (key) {
                    if (d == ']') key = false;
                } else if (d == '[') {
                    key = true;
                } else if (d == '!' && bang == std::string::npos) {
                    bang = k;
                } else if (d == ':') {
                    colon = k;
                    break;
                }
            }
            std::string spec = colon == std::string::npos ? "" : field.substr(colon + 1);
            std::string head = field.substr(0, std::min(colon, bang));
            char conv = 0;
            if (bang != std::string::npos) {
                size_t conv_end = colon == std::string::npos ? field.size() : colon;
                if (conv_end != bang + 2) {
                    if (conv_end == bang + 1)
                        return raise(exc::ValueError,
                                     "end of string while looking for conversion specifier");
                    return raise(exc::ValueError, "expected ':' after conversion specifier");
                }
                conv = field[bang + 1];
            }
            Value obj = field_value(head);
            if (!obj) return obj;
            if (conv == 'r')
                obj = repr(obj);
            else if (conv == 's')
                obj = str_of(obj);
            else if (conv == 'a')
                obj = ascii_of(obj);
            else if (conv)
                return raise(exc::ValueError, "Unknown conversion specifier %c", conv);
            if (!obj) return obj;
            Value spec_value = make_str(spec);
            if (!spec_value) return spec_value;
            if (spec.find('{') != std::string::npos) {
                spec_value = format(spec_value, depth + 1);
                if (!spec_value) return spec_value;
            }
            Value r = format_value(obj, spec_value);
            if (!r) return r;
            out += str_view(r);
        }
        return make_str(out);
    }
};

} // namespace

Value str_format_impl(Value self, const Value* args, size_t nargs, Value kwnames) {
    FormatCall call;
    call.args = args;
    call.nargs = nargs;
    call.kwnames = kwnames;
    return call.format(self, 0);
}

Value str_format_mapping(Value self, Value mapping) {
    FormatCall call;
    call.mapping = mapping;
    return call.format(self, 0);
}

// -- printf-style %
// ---------------------------------------------------------------------------------

Value str_percent_format(Value fmt, Value args) {
    std::string_view f = str_view(fmt);
    std::string out;
    bool tuple_args = is_tuple(args);
    size_t argi = 0;
    size_t nargs = tuple_args ? tuple_size(args) : 1;
    bool mapping = !tuple_args && is_dict(args);
    auto next_arg = [&]() -> Value {
        if (argi >= nargs) {
            raise(exc::TypeError, "not enough arguments for format string");
            return Value();
        }
        return tuple_args ? tuple_get(args, argi++) : (argi++, args);
    };
    for (size_t i = 0; i < f.size(); i++) {
        if (f[i] != '%') {
            out.push_back(f[i]);
            continue;
        }
        if (++i >= f.size()) return raise(exc::ValueError, "incomplete format");
        Value key_arg;
        if (f[i] == '(') {
            size_t e = f.find(')', i);
            if (e == std::string_view::npos) return raise(exc::ValueError, "incomplete format key");
            key_arg = get_item(args, make_str(f.substr(i + 1, e - i - 1)));
            if (!key_arg) return key_arg;
            i = e + 1;
        }
        std::string flags;
        while (i < f.size() && std::strchr("-+ #0", f[i]))
            flags.push_back(f[i++]);
        std::string width;
        if (i < f.size() && f[i] == '*') {
            Value w = next_arg();
            if (!w) return w;
            width = str_text(w);
            i++;
        }
        while (i < f.size() && std::isdigit(static_cast<unsigned char>(f[i])))
            width.push_back(f[i++]);
        std::string prec;
        bool has_prec = false;
        if (i < f.size() && f[i] == '.') {
            has_prec = true;
            i++;
            while (i < f.size() && std::isdigit(static_cast<unsigned char>(f[i])))
                prec.push_back(f[i++]);
        }
        if (i >= f.size()) return raise(exc::ValueError, "incomplete format");
        char conv = f[i];
        if (conv == '%') {
            out.push_back('%');
            continue;
        }
        Value v = key_arg ? key_arg : next_arg();
        if (!v) return v;
        std::string piece;
        char buf[512];
        std::string cfmt =
            "%" + flags + width + (has_prec ? "." + (prec.empty() ? "0" : prec) : "");
        switch (conv) {
        case 's':
        case 'r':
        case 'a': {
            Value s = conv == 's' ? str_of(v) : conv == 'r' ? repr(v) : ascii_of(v);
            if (!s) return s;
            std::string text(str_view(s));
            if (has_prec && !prec.empty() && std::stoul(prec) < str_length(s))
                text = text.substr(0, str_byte_offset(s, std::stoul(prec)));
            size_t w = width.empty() ? 0 : std::stoul(width);
            size_t len = utf8_length(text);
            if (len < w) {
                if (flags.find('-') != std::string::npos)
                    text += std::string(w - len, ' ');
                else
                    text = std::string(w - len, ' ') + text;
            }
            piece = text;
            break;
        }
        case 'd':
        case 'i':
        case 'u':
        case 'x':
        case 'X':
        case 'o': {
            Value iv = v;
            if (is_float(v)) {
                if (conv == 'x' || conv == 'X' || conv == 'o')
                    return raise(exc::TypeError, "%%%c format: an integer is required, not float",
                                 conv);
                iv = call1(Value(&IntType), v);
                if (!iv) return iv;
            } else if (!is_int(v)) {
                return raise(exc::TypeError, "%%%c format: a real number is required, not %s", conv,
                             type_name(v));
            }
            int64_t n;
            if (int_fits_int64(iv, &n)) {
                std::string cf = cfmt + "ll" + (conv == 'i' || conv == 'u' ? 'd' : conv);
                std::snprintf(buf, sizeof buf, cf.c_str(), static_cast<long long>(n));
                piece = buf;
                if (flags.find('#') != std::string::npos && conv == 'o') {
                    size_t p = piece.find('0');
                    if (p != std::string::npos) piece.insert(p + 1, "o");
                }
            } else {
                Value s = int_to_str(iv);
                if (!s) return s;
                piece = std::string(str_view(s));
            }
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
                err_clear();
                return raise(exc::TypeError, "must be real number, not %s", type_name(v));
            }
            std::string cf = cfmt + conv;
            std::snprintf(buf, sizeof buf, cf.c_str(), d);
            piece = buf;
            break;
        }
        case 'c': {
            if (is_str(v))
                piece = std::string(str_view(v));
            else {
                int64_t n;
                if (!int_as_int64(v, &n)) return Value();
                utf8_append(piece, static_cast<uint32_t>(n));
            }
            break;
        }
        default:
            return raise(exc::ValueError, "unsupported format character '%c' (0x%x) at index %zu",
                         conv, conv, i);
        }
        out += piece;
    }
    if (!mapping && argi < nargs && !(tuple_args && nargs == 0 && argi == 0))
        return raise(exc::TypeError, "not all arguments converted during string formatting");
    return make_str(out);
}

} // namespace uopy
