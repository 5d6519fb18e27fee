// Argument parsing for the datetime types, in the order and with the
// messages of CPython's PyArg_ParseTupleAndKeywords and PyArg_ParseTuple
// (Python/getargs.c, 3.11), which _datetimemodule.c uses for its
// constructors and most methods: "function missing required argument
// 'day' (pos 3)", "replace() takes at most 8 positional arguments (9
// given)", "timezone() argument 1 must be datetime.timedelta, not int".
#include "modules/datetime/datetime_internal.h"

#include "objects/codecs.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"

#include <cerrno>
#include <climits>
#include <cstring>
#include <string>
#include <string_view>

namespace uopy::datetime {

namespace {

// "function" or "name()", the two spellings getargs.c uses.
std::string fname_text(const char* fname, const char* anonymous = "function") {
    return fname ? std::string(fname) + "()" : std::string(anonymous);
}

Value keyword_value(Value kwnames, const Value* kwvalues, const char* name) {
    if (!kwnames) return Value();
    for (size_t k = 0; k < tuple_size(kwnames); k++)
        if (str_view(tuple_get(kwnames, k)) == std::string_view(name)) return kwvalues[k];
    return Value();
}

// "<fname>() argument N must be X, not Y", as getargs.c's seterror.
bool conversion_error(const char* fname, size_t index, const char* expected, Value got) {
    std::string prefix = fname ? std::string(fname) + "() " : std::string();
    raise(exc::TypeError, "%sargument %zu must be %s, not %s", prefix.c_str(), index + 1, expected,
          arg_type_name(got));
    return false;
}

bool convert(const char* fname, size_t index, const ArgSpec& spec, Value v, ArgValue* out) {
    out->given = true;
    out->obj = v;
    switch (spec.kind) {
    case ArgKind::Int: return arg_c_int(v, &out->i);
    case ArgKind::Object: return true;
    case ArgKind::Typed:
        if (isinstance_of(v, spec.type)) return true;
        return conversion_error(fname, index, spec.type->name, v);
    case ArgKind::Str:
        if (is_str(v)) return true;
        return conversion_error(fname, index, "str", v);
    case ArgKind::CStr:
        if (!is_str(v)) return conversion_error(fname, index, "str", v);
        if (!check_utf8_encodable(v)) return false;
        if (str_view(v).find('\0') != std::string_view::npos) {
            raise(exc::ValueError, "embedded null character");
            return false;
        }
        return true;
    case ArgKind::Char:
        if (!is_str(v) || str_length(v) != 1)
            return conversion_error(fname, index, "a unicode character", v);
        out->i = str_codepoint_at(v, 0);
        return true;
    }
    return true;
}

} // namespace

bool check_utf8_encodable(Value s) {
    // A surrogate is stored as the three bytes ED A0..BF xx.
    std::string_view b = str_view(s);
    for (size_t i = 0; i + 1 < b.size(); i++)
        if (static_cast<unsigned char>(b[i]) == 0xed &&
            static_cast<unsigned char>(b[i + 1]) >= 0xa0)
            return !codec_encode(s, "utf-8", "strict").is_null();
    return true;
}

bool arg_c_int(Value v, int64_t* out) {
    Value i = number_index(v);
    if (!i) return false;
    int64_t x;
    if (!int_fits_int64(i, &x)) {
        raise(exc::OverflowError, "Python int too large to convert to C long");
        return false;
    }
    if (x > INT_MAX) {
        raise(exc::OverflowError, "signed integer is greater than maximum");
        return false;
    }
    if (x < INT_MIN) {
        raise(exc::OverflowError, "signed integer is less than minimum");
        return false;
    }
    *out = x;
    return true;
}

// vgetargskeywords: the total first, then each parameter in order (its
// conversion at once), a missing required one when reached, the
// positional limit at the keyword-only marker; leftover keywords last.
// vgetargs1 (PyArg_ParseTuple) only counts.
bool ArgParser::parse(const Value* args, size_t nargs, Value kwnames, ArgValue* out) const {
    for (size_t i = 0; i < count; i++)
        out[i] = ArgValue();
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    const Value* kwvalues = args + nargs;
    if (!keywords) {
        if (nargs < required || nargs > count) {
            raise(exc::TypeError, "%s takes %s %zu argument%s (%zu given)",
                  fname_text(fname).c_str(),
                  required == count  ? "exactly"
                  : nargs < required ? "at least"
                                     : "at most",
                  nargs < required ? required : count,
                  (nargs < required ? required : count) == 1 ? "" : "s", nargs);
            return false;
        }
        for (size_t i = 0; i < nargs; i++)
            if (!convert(fname, i, specs[i], args[i], &out[i])) return false;
        return true;
    }
    if (nargs + nkw > count) {
        raise(exc::TypeError, "%s takes at most %zu %sargument%s (%zu given)",
              fname_text(fname).c_str(), count, nargs == 0 ? "keyword " : "", count == 1 ? "" : "s",
              nargs + nkw);
        return false;
    }
    size_t remaining = nkw;
    for (size_t i = 0; i < count; i++) {
        if (i == kwonly && nargs > kwonly) {
            if (kwonly == 0)
                raise(exc::TypeError, "%s takes no positional arguments",
                      fname_text(fname).c_str());
            else
                raise(exc::TypeError, "%s takes %s %zu positional argument%s (%zu given)",
                      fname_text(fname).c_str(), required < count ? "at most" : "exactly", kwonly,
                      kwonly == 1 ? "" : "s", nargs);
            return false;
        }
        Value v;
        if (i < nargs) {
            v = args[i];
        } else if (remaining) {
            v = keyword_value(kwnames, kwvalues, specs[i].name);
            if (v) remaining--;
        }
        if (v) {
            if (!convert(fname, i, specs[i], v, &out[i])) return false;
            continue;
        }
        if (i < required) {
            raise(exc::TypeError, "%s missing required argument '%s' (pos %zu)",
                  fname_text(fname).c_str(), specs[i].name, i + 1);
            return false;
        }
        if (remaining == 0) return true;
    }
    if (remaining == 0) return true;
    for (size_t i = 0; i < nargs && i < count; i++)
        if (keyword_value(kwnames, kwvalues, specs[i].name)) {
            raise(exc::TypeError, "argument for %s given by name ('%s') and position (%zu)",
                  fname_text(fname).c_str(), specs[i].name, i + 1);
            return false;
        }
    for (size_t k = 0; k < nkw; k++) {
        std::string_view key = str_view(tuple_get(kwnames, k));
        bool known = false;
        for (size_t i = 0; i < count && !known; i++)
            known = key == std::string_view(specs[i].name);
        if (!known) {
            raise(exc::TypeError, "'%s' is an invalid keyword argument for %s",
                  std::string(key).c_str(), fname_text(fname, "this function").c_str());
            return false;
        }
    }
    return true;
}

bool check_no_keywords(const char* name, Value kwnames) {
    if (!kwnames || tuple_size(kwnames) == 0) return true;
    raise(exc::TypeError, "%s() takes no keyword arguments", name);
    return false;
}

std::string class_method_name(Value cls, const char* name) {
    Type* t = isinstance_of(cls, &TypeType) ? static_cast<Type*>(cls.as_ptr()) : type_of(cls);
    return std::string(str_view(t->qualname)) + "." + name;
}

// Keywords are refused before the count is checked (METH_NOARGS / METH_O).
bool check_noargs(const char* qualname, size_t nargs, Value kwnames) {
    if (!check_no_keywords(qualname, kwnames)) return false;
    if (nargs == 0) return true;
    raise(exc::TypeError, "%s() takes no arguments (%zu given)", qualname, nargs);
    return false;
}

bool check_one_arg(const char* qualname, size_t nargs, Value kwnames) {
    if (!check_no_keywords(qualname, kwnames)) return false;
    if (nargs == 1) return true;
    raise(exc::TypeError, "%s() takes exactly one argument (%zu given)", qualname, nargs);
    return false;
}

Value raise_os_error(int e) {
    Value code = make_int(e);
    Value text = code ? make_str(std::strerror(e)) : Value();
    Value exc_value = text ? call2(Value(exc::OSError), code, text) : Value();
    return exc_value ? raise_instance(exc_value) : Value();
}

} // namespace uopy::datetime
