// The `_string` module, which the stdlib's string.Formatter is built on:
// formatter_parser(s) splits a str.format() string into (literal_text,
// field_name, format_spec, conversion) tuples, and
// formatter_field_name_split(name) splits a field name into its first part
// and an iterator of (is_attribute, key) lookups. CPython counterpart:
// Objects/stringlib/unicode_format.h (MarkupIterator, FieldNameIterator,
// formatteriter, fieldnameiter) as exposed by Objects/unicodeobject.c.
//
// Both iterators scan lazily, one item per next(), and report malformed
// strings with str.format's ValueError messages when they reach them (so
// the items before a mistake still come out). Where the scan stands after
// an error is kept as CPython keeps it, so that a later next() resumes or
// stops as it does there.
//
// str objects hold UTF-8. Every delimiter is ASCII, and ASCII bytes never
// occur inside a multi-byte sequence, so the scan runs over bytes and each
// piece it cuts is valid UTF-8. Only a conversion character (any code
// point: '{0!é}') and the digits of an integer key ('٣' is 3, as in
// CPython) are decoded.
#include "modules/modules.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicode_db.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <cstdint>
#include <limits>
#include <string_view>

namespace uopy {

// Everything but the module's init function is private to this file.
namespace {

static Type FormatterIterType, FieldNameIterType;

// -- Shared helpers ---------------------------------------------------------------------------

// An integer written in decimal digits (any Unicode decimal digit), as the
// index of a field or a key: its value, -1 when [text] is empty or not all
// digits, or -2 with ValueError set when it does not fit an ssize_t.
static int64_t parse_index(std::string_view text) {
    if (text.empty()) return -1;
    constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
    int64_t acc = 0;
    const char* p = text.data();
    const char* end = p + text.size();
    while (p < end) {
        int digit = unicode::decimal_value(utf8_decode(p));
        if (digit < 0) return -1;
        if (acc > (kMax - digit) / 10) {
            raise(exc::ValueError, "Too many decimal digits in format string");
            return -2;
        }
        acc = acc * 10 + digit;
    }
    return acc;
}

// The piece [start, end) of a str's UTF-8 text as a new str.
static Value substr(std::string_view text, size_t start, size_t end) {
    return make_str(text.substr(start, end - start));
}

// The TypeError of both functions for a non-str argument.
static bool check_str_arg(Value v) {
    if (is_str(v)) return true;
    raise(exc::TypeError, "expected str, got %s", type_name(v));
    return false;
}

// The argument checks of a METH_O function: keywords first, as CPython.
static bool check_one_arg(const char* fname, size_t nargs, Value kwnames) {
    if (kwnames && tuple_size(kwnames) > 0) {
        raise(exc::TypeError, "_string.%s() takes no keyword arguments", fname);
        return false;
    }
    if (nargs == 1) return true;
    raise(exc::TypeError, "_string.%s() takes exactly one argument (%zu given)", fname, nargs);
    return false;
}

// -- formatter_parser -------------------------------------------------------------------------

struct FormatterIterObject : Object {
    Value str;  // the format string
    size_t pos; // byte offset where the next scan starts
};

static void formatteriter_trace(Object* o, Tracer& t) {
    t.visit(static_cast<FormatterIterObject*>(o)->str);
}

// What one replacement field holds, as byte ranges of the format string.
struct Field {
    size_t name_start = 0, name_end = 0;
    size_t spec_start = 0, spec_end = 0;
    Value conversion; // a one-character str, or null
};

// Scans the replacement field whose '{' is just before [*pos], up to and
// including its closing '}'. False with ValueError set on a malformed field.
static bool scan_field(std::string_view f, size_t* pos, Field* field) {
    size_t i = *pos;
    size_t n = f.size();
    // The field name runs to ':', '!' or '}'; inside [...] those are
    // ordinary characters (the key of '{a[:]}' is ':').
    field->name_start = i;
    char c = 0;
    while (i < n) {
        c = f[i++];
        if (c == '{') {
            *pos = i;
            raise(exc::ValueError, "unexpected '{' in field name");
            return false;
        }
        if (c == '[') {
            while (i < n && f[i] != ']')
                i++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    field->name_end = i - 1;
    field->spec_start = field->spec_end = i;
    if (c == '}') {
        *pos = i;
        return true;
    }
    if (c != ':' && c != '!') {
        *pos = i;
        raise(exc::ValueError, "expected '}' before end of string");
        return false;
    }
    if (c == '!') {
        // One conversion character (any, checked only when formatting),
        // then '}' or ':'.
        if (i >= n) {
            *pos = i;
            raise(exc::ValueError, "end of string while looking for conversion specifier");
            return false;
        }
        const char* p = f.data() + i;
        uint32_t cp = utf8_decode(p);
        i = static_cast<size_t>(p - f.data());
        field->conversion = str_from_codepoint(cp);
        if (!field->conversion) {
            *pos = i;
            return false;
        }
        if (i < n) {
            char next = f[i++];
            if (next == '}') {
                field->spec_start = field->spec_end = i;
                *pos = i;
                return true;
            }
            if (next != ':') {
                *pos = i;
                raise(exc::ValueError, "expected ':' after conversion specifier");
                return false;
            }
        }
        // At the end of the string the spec scan below finds no '}'.
    }
    // The format spec runs to the '}' that balances the field's '{'; the
    // nested fields it holds are expanded later, by whoever formats.
    field->spec_start = i;
    int depth = 1;
    while (i < n) {
        char d = f[i++];
        if (d == '{') {
            depth++;
        } else if (d == '}' && --depth == 0) {
            field->spec_end = i - 1;
            *pos = i;
            return true;
        }
    }
    *pos = i;
    raise(exc::ValueError, "unmatched '{' in format spec");
    return false;
}

// The next (literal, field_name, format_spec, conversion) tuple; null when
// the string is used up (no exception) or on an error.
static Value formatteriter_next(Value self) {
    auto* it = static_cast<FormatterIterObject*>(self.as_ptr());
    std::string_view f = str_view(it->str);
    size_t n = f.size();
    size_t i = it->pos;
    if (i >= n) return Value();
    // Literal text runs to the first '{' or '}'. A doubled brace is one
    // literal brace and ends this piece of literal text; a single '{'
    // starts a replacement field.
    size_t start = i;
    char c = 0;
    bool brace = false;
    while (i < n) {
        c = f[i++];
        if (c == '{' || c == '}') {
            brace = true;
            break;
        }
    }
    bool at_end = i >= n;
    size_t literal_end = i;
    if (brace && c == '}' && (at_end || f[i] != '}')) {
        it->pos = i;
        return raise(exc::ValueError, "Single '}' encountered in format string");
    }
    if (brace && c == '{' && at_end) {
        it->pos = i;
        return raise(exc::ValueError, "Single '{' encountered in format string");
    }
    bool field_follows = false;
    if (brace) {
        if (f[i] == c) {
            i++; // escaped: the literal keeps one brace
        } else {
            literal_end--; // the '{' opens a field
            field_follows = true;
        }
    }
    it->pos = i;
    Value literal = substr(f, start, literal_end);
    if (!literal) return literal;
    if (!field_follows) return tuple_pack({literal, None(), None(), None()});
    Field field;
    bool ok = scan_field(f, &it->pos, &field);
    if (!ok) return Value();
    Value name = substr(f, field.name_start, field.name_end);
    if (!name) return name;
    Value spec = substr(f, field.spec_start, field.spec_end);
    if (!spec) return spec;
    return tuple_pack({literal, name, spec, field.conversion ? field.conversion : None()});
}

static Value string_formatter_parser(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!check_one_arg("formatter_parser", nargs, kwnames) || !check_str_arg(args[0]))
        return Value();
    auto* it = gc_new<FormatterIterObject>(&FormatterIterType);
    if (!it) return Value();
    it->str = args[0];
    it->pos = 0;
    return Value(it);
}

// -- formatter_field_name_split ---------------------------------------------------------------

struct FieldNameIterObject : Object {
    Value str;  // the field name
    size_t pos; // byte offset of the next '.' or '['
};

static void fieldnameiter_trace(Object* o, Tracer& t) {
    t.visit(static_cast<FieldNameIterObject*>(o)->str);
}

// The next (is_attribute, key) pair: `.name` gives (True, 'name'), `[key]`
// gives (False, key) with an all-digit key as an int.
static Value fieldnameiter_next(Value self) {
    auto* it = static_cast<FieldNameIterObject*>(self.as_ptr());
    std::string_view f = str_view(it->str);
    size_t n = f.size();
    size_t i = it->pos;
    if (i >= n) return Value();
    char c = f[i++];
    bool is_attr;
    size_t start = i, end = i;
    int64_t index = -1;
    if (c == '.') {
        // An attribute name runs to the next '.' or '['.
        is_attr = true;
        while (i < n && f[i] != '.' && f[i] != '[')
            i++;
        end = i;
        it->pos = i;
    } else if (c == '[') {
        // A key runs to the first ']' (which it cannot contain).
        is_attr = false;
        while (i < n && f[i] != ']')
            i++;
        if (i >= n) {
            it->pos = i;
            return raise(exc::ValueError, "Missing ']' in format string");
        }
        end = i++;
        it->pos = i;
        index = parse_index(f.substr(start, end - start));
        if (index == -2) return Value();
    } else {
        it->pos = i;
        return raise(exc::ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (start == end) return raise(exc::ValueError, "Empty attribute in format string");
    Value key = index >= 0 ? make_int(index) : substr(f, start, end);
    if (!key) return key;
    return tuple_pack({Bool(is_attr), key});
}

// (first, rest): the name up to the first '.' or '[' (an int when it is all
// digits), and the iterator over the lookups after it.
static Value string_formatter_field_name_split(Value, const Value* args, size_t nargs,
                                               Value kwnames) {
    if (!check_one_arg("formatter_field_name_split", nargs, kwnames) || !check_str_arg(args[0]))
        return Value();
    std::string_view f = str_view(args[0]);
    size_t i = f.find_first_of(".[");
    if (i == std::string_view::npos) i = f.size();
    int64_t index = parse_index(f.substr(0, i));
    if (index == -2) return Value();
    Value first = index >= 0 ? make_int(index) : substr(f, 0, i);
    if (!first) return first;
    auto* it = gc_new<FieldNameIterObject>(&FieldNameIterType);
    if (!it) return Value();
    it->str = args[0];
    it->pos = i;
    return tuple_pack({first, Value(it)});
}

// -- Types and the module ---------------------------------------------------------------------

static Value self_iter(Value self) {
    return self;
}

// Neither iterator can be made from Python: "cannot create
// 'formatteriterator' instances".
static Value no_new(Type* type, const Value*, size_t, Value) {
    return raise(exc::TypeError, "cannot create '%s' instances", type->name);
}

static void init_iter_type(Type* t, const char* name, size_t size, TraceFn trace, UnaryFn next) {
    t->trace = trace;
    t->iter = self_iter;
    t->iternext = next;
    t->tp_new = no_new;
    init_static_type(t, name, &ObjectType, size, 0);
    add_slot_wrappers(t);
}

static void init_string_types() {
    static bool ready = false;
    if (ready) return;
    ready = true;
    // A static type's fields become roots only once init_static_type has
    // registered it, so no collection may run while the types are made.
    bool was_enabled = gc_is_enabled();
    gc_set_enabled(false);
    init_iter_type(&FormatterIterType, "formatteriterator", sizeof(FormatterIterObject),
                   formatteriter_trace, formatteriter_next);
    init_iter_type(&FieldNameIterType, "fieldnameiterator", sizeof(FieldNameIterObject),
                   fieldnameiter_trace, fieldnameiter_next);
    gc_set_enabled(was_enabled);
}

static const NativeMethodDef string_functions[] = {
    {"formatter_parser", string_formatter_parser, NATIVE_KEYWORDS, nullptr},
    {"formatter_field_name_split", string_formatter_field_name_split, NATIVE_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace

Value init_string_module() {
    init_string_types();
    ModuleObject* m = make_module("_string");
    if (!m) return Value();
    Value mod(m);
    add_functions(m->dict, string_functions, mod);
    return mod;
}

} // namespace uopy
