// Text formatting: the format-spec mini-language for str, int and float
// (format(), f-strings, str.format) and printf-style `%` formatting.
// CPython counterpart: Python/formatter_unicode.c, Objects/unicodeobject.c
// (str.format via Objects/stringlib/unicode_format.h, PyUnicode_Format).
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/format_spec.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/type.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

namespace uopy {

Value format_number_with_spec(Value v, Value spec) {
    if (!is_str(spec))
        return raise(exc::TypeError, "format() argument 2 must be str, not %s",
                     arg_type_name(spec));
    if (str_length(spec) == 0) return str_of(v);
    if (is_int(v)) return format_int_spec(v, str_view(spec));
    if (is_float(v)) return format_float_spec_text(float_value(v), str_view(spec));
    return raise(exc::TypeError, "unsupported format string passed to %s.__format__", type_name(v));
}

Value format_str_with_spec(Value v, Value spec) {
    if (!is_str(spec))
        return raise(exc::TypeError, "format() argument 2 must be str, not %s",
                     arg_type_name(spec));
    return format_str_spec(v, str_view(spec));
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
        // CPython allows two levels: a spec's nested fields may not nest again.
        if (depth >= 2) return raise(exc::ValueError, "Max string recursion exceeded");
        std::string_view f = str_view(self);
        std::string out;
        Value lone; // the only piece written so far, when it is a field's value
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
            // A replacement field {name[.attr|[key]]*[!conv][:spec]}, split
            // as CPython's MarkupIterator does: the name runs to '}', ':' or
            // '!' ('[' skips to the next ']', so a key may hold them); the
            // spec runs to the '}' that balances its nested '{'.
            if (i + 1 == f.size())
                return raise(exc::ValueError, "Single '{' encountered in format string");
            size_t j = i + 1;
            char stop = 0;
            while (j < f.size()) {
                char d = f[j++];
                if (d == '{') return raise(exc::ValueError, "unexpected '{' in field name");
                if (d == '[') {
                    while (j < f.size() && f[j] != ']')
                        j++;
                    continue;
                }
                if (d == '}' || d == ':' || d == '!') {
                    stop = d;
                    break;
                }
            }
            std::string head(f.substr(i + 1, (stop ? j - 1 : j) - (i + 1)));
            char conv = 0;
            std::string spec;
            bool spec_follows = stop == ':';
            if (stop == '!') {
                if (j >= f.size())
                    return raise(exc::ValueError,
                                 "end of string while looking for conversion specifier");
                conv = f[j++];
                spec_follows = true;
                if (j < f.size()) {
                    char d = f[j++];
                    if (d == '}')
                        spec_follows = false;
                    else if (d != ':')
                        return raise(exc::ValueError, "expected ':' after conversion specifier");
                }
            } else if (stop != '}' && stop != ':') {
                return raise(exc::ValueError, "expected '}' before end of string");
            }
            if (spec_follows) {
                size_t spec_start = j;
                int open = 1;
                bool closed = false;
                while (j < f.size()) {
                    char d = f[j++];
                    if (d == '{') {
                        open++;
                    } else if (d == '}' && --open == 0) {
                        closed = true;
                        break;
                    }
                }
                if (!closed) return raise(exc::ValueError, "unmatched '{' in format spec");
                spec = std::string(f.substr(spec_start, j - 1 - spec_start));
            }
            i = j;
            Value obj = field_value(head);
            if (!obj) return obj;
            if (conv == 'r')
                obj = repr(obj);
            else if (conv == 's')
                obj = str_of(obj);
            else if (conv == 'a')
                obj = ascii_of(obj);
            else if (conv)
                return conv > 32 && conv < 127
                           ? raise(exc::ValueError, "Unknown conversion specifier %c", conv)
                           : raise(exc::ValueError, "Unknown conversion specifier \\x%x",
                                   static_cast<unsigned char>(conv));
            if (!obj) return obj;
            Value spec_value = make_str(spec);
            if (!spec_value) return spec_value;
            if (spec.find('{') != std::string::npos) {
                spec_value = format(spec_value, depth + 1);
                if (!spec_value) return spec_value;
            }
            Value r = format_value(obj, spec_value);
            if (!r) return r;
            if (str_view(r).empty()) continue;
            lone = out.empty() ? r : Value();
            out += str_view(r);
        }
        // As CPython's string writer: a result that is one field's value
        // alone is that very object (a str subclass instance stays one).
        if (lone && out.size() == str_view(lone).size()) return lone;
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

} // namespace uopy
