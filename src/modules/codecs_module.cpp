// The _codecs module: the codec registry (search functions, lookup with a
// cache), encode/decode through it, error-handler registry, and the codec
// functions the host stdlib's encodings package is built on (utf_8_*,
// latin_1_*, ascii_*, charmap_*). The built-in codecs themselves are
// objects/codecs.cpp. CPython counterpart: Modules/_codecsmodule.c and
// Python/codecs.c.
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/import.h"

#include <string>

namespace uopy {

namespace {

// The registry: search functions (a list), the lookup cache and the error
// handlers registered from Python (dicts), all GC roots.
Value g_search_functions;
Value g_cache;
Value g_error_handlers;

void trace_registry(Tracer& t) {
    t.visit(g_search_functions);
    t.visit(g_cache);
    t.visit(g_error_handlers);
}

bool ensure_registry() {
    if (g_search_functions && g_cache && g_error_handlers) return true;
    // Rooted before the first allocation: each of them may collect.
    static bool rooted = false;
    if (!rooted) gc_add_root_fn(trace_registry);
    rooted = true;
    if (!g_search_functions) g_search_functions = make_list(0);
    if (g_search_functions && !g_cache) g_cache = Value(make_dict());
    if (g_cache && !g_error_handlers) g_error_handlers = Value(make_dict());
    return g_search_functions && g_cache && g_error_handlers;
}

// CPython's normalization: lower case, spaces to underscores.
std::string normalize(std::string_view name) {
    std::string out;
    for (char c : name)
        out.push_back(c == ' ' ? '_'
                               : static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    return out;
}

Value lookup(Value encoding) {
    if (!is_str(encoding))
        return raise(exc::TypeError, "lookup() argument must be str, not %s", type_name(encoding));
    if (!ensure_registry()) return Value();
    Value key = make_str(normalize(str_view(encoding)));
    if (!key) return key;
    Value hit = dict_get(as_dict(g_cache), key);
    if (hit) return hit;
    if (err_occurred()) return Value();
    // The encodings package registers its search function when imported,
    // as CPython's registry does at start-up.
    if (list_size(g_search_functions) == 0) {
        Value m = import_module("encodings");
        if (!m) return m;
    }
    for (size_t i = 0; i < list_size(g_search_functions); i++) {
        Value r = call1(list_get(g_search_functions, i), key);
        if (!r) return r;
        if (is_none(r)) continue;
        if (!is_tuple(r) || tuple_size(r) != 4)
            return raise(exc::TypeError, "codec search functions must return 4-tuples");
        if (!dict_set(as_dict(g_cache), key, r)) return Value();
        return r;
    }
    return raise(exc::LookupError, "unknown encoding: %s", str_view(encoding).data());
}

std::string_view arg_or(Value v, std::string_view dflt) {
    return v && is_str(v) ? str_view(v) : dflt;
}

Value m_register(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("register", nargs, 1, 1)) return Value();
    if (!callable(args[0])) return raise(exc::TypeError, "argument must be callable");
    if (!ensure_registry()) return Value();
    return list_append(g_search_functions, args[0]) ? None() : Value();
}

Value m_unregister(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("unregister", nargs, 1, 1)) return Value();
    if (!ensure_registry()) return Value();
    for (size_t i = 0; i < list_size(g_search_functions); i++)
        if (list_get(g_search_functions, i) == args[0]) {
            Value rest = make_list(0);
            for (size_t k = 0; k < list_size(g_search_functions); k++)
                if (k != i && !list_append(rest, list_get(g_search_functions, k))) return Value();
            g_search_functions = rest;
            g_cache = Value(make_dict()); // it may hold results of the removed function
            break;
        }
    return None();
}

Value m_lookup(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("lookup", nargs, 1, 1)) return Value();
    return lookup(args[0]);
}

Value m_forget_codec(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("_forget_codec", nargs, 1, 1)) return Value();
    if (!ensure_registry() || !is_str(args[0])) return None();
    Value key = make_str(normalize(str_view(args[0])));
    if (key && dict_get(as_dict(g_cache), key)) dict_del(as_dict(g_cache), key);
    err_clear();
    return None();
}

// encode(obj, encoding='utf-8', errors='strict'): a built-in codec on a str
// directly, anything else through the registry.
Value m_encode(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("encode", "obj, encoding=, errors=");
    Value a[3];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    std::string_view enc = arg_or(a[1], "utf-8"), errors = arg_or(a[2], "strict");
    if (is_str(a[0]) && codec_lookup(enc) != Codec::Unknown) return codec_encode(a[0], enc, errors);
    Value info = lookup(a[1] ? a[1] : intern("utf-8"));
    if (!info) return info;
    Value call_args[2] = {a[0], make_str(errors)};
    Value r = call(tuple_get(info, 0), call_args, 2);
    if (!r) return r;
    if (!is_tuple(r) || tuple_size(r) != 2)
        return raise(exc::TypeError, "encoder must return a tuple (object, integer)");
    return tuple_get(r, 0);
}

Value m_decode(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("decode", "obj, encoding=, errors=");
    Value a[3];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    std::string_view enc = arg_or(a[1], "utf-8"), errors = arg_or(a[2], "strict");
    if ((is_bytes(a[0]) || is_bytearray(a[0])) && codec_lookup(enc) != Codec::Unknown)
        return codec_decode(bytes_view(a[0]), enc, errors);
    Value info = lookup(a[1] ? a[1] : intern("utf-8"));
    if (!info) return info;
    Value call_args[2] = {a[0], make_str(errors)};
    Value r = call(tuple_get(info, 1), call_args, 2);
    if (!r) return r;
    if (!is_tuple(r) || tuple_size(r) != 2)
        return raise(exc::TypeError, "decoder must return a tuple (object, integer)");
    return tuple_get(r, 0);
}

// -- The codec functions of the encodings package ------------------------------------------

// The bytes-like data of an argument, or TypeError.
bool data_arg(Value v, std::string_view* out) {
    if (is_bytes(v) || is_bytearray(v)) {
        *out = bytes_view(v);
        return true;
    }
    raise(exc::TypeError, "a bytes-like object is required, not '%s'", type_name(v));
    return false;
}

// How many bytes at the end of [s] start a UTF-8 sequence that needs more
// bytes than are there (what a non-final decode leaves for later).
size_t incomplete_tail(std::string_view s) {
    for (size_t back = 1; back <= 3 && back <= s.size(); back++) {
        unsigned char c = static_cast<unsigned char>(s[s.size() - back]);
        if ((c & 0xC0) == 0x80) continue; // a continuation byte: look further back
        size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return need > back ? back : 0;
    }
    return 0;
}

Value encode_with(Codec c, const char* name, const Value* args, size_t nargs) {
    if (!check_nargs(name, nargs, 1, 2)) return Value();
    if (!is_str(args[0]))
        return raise(exc::TypeError, "%s() argument 1 must be str, not %s", name,
                     type_name(args[0]));
    std::string_view errors = nargs > 1 ? arg_or(args[1], "strict") : "strict";
    const char* enc = c == Codec::Utf8 ? "utf-8" : c == Codec::Latin1 ? "latin-1" : "ascii";
    Value b = codec_encode(args[0], enc, errors);
    if (!b) return b;
    return tuple_pack({b, make_int(static_cast<int64_t>(str_length(args[0])))});
}

Value decode_with(Codec c, const char* name, const Value* args, size_t nargs) {
    if (!check_nargs(name, nargs, 1, 3)) return Value();
    std::string_view data;
    if (!data_arg(args[0], &data)) return Value();
    std::string_view errors = nargs > 1 ? arg_or(args[1], "strict") : "strict";
    bool final = nargs > 2 ? truthy(args[2]) > 0 : false;
    if (c == Codec::Utf8 && !final) data.remove_suffix(incomplete_tail(data));
    const char* enc = c == Codec::Utf8 ? "utf-8" : c == Codec::Latin1 ? "latin-1" : "ascii";
    Value s = codec_decode(data, enc, errors);
    if (!s) return s;
    return tuple_pack({s, make_int(static_cast<int64_t>(data.size()))});
}

Value m_utf_8_encode(Value, const Value* a, size_t n, Value) {
    return encode_with(Codec::Utf8, "utf_8_encode", a, n);
}
Value m_utf_8_decode(Value, const Value* a, size_t n, Value) {
    return decode_with(Codec::Utf8, "utf_8_decode", a, n);
}
Value m_latin_1_encode(Value, const Value* a, size_t n, Value) {
    return encode_with(Codec::Latin1, "latin_1_encode", a, n);
}
Value m_latin_1_decode(Value, const Value* a, size_t n, Value) {
    return decode_with(Codec::Latin1, "latin_1_decode", a, n > 2 ? 2 : n);
}
Value m_ascii_encode(Value, const Value* a, size_t n, Value) {
    return encode_with(Codec::Ascii, "ascii_encode", a, n);
}
Value m_ascii_decode(Value, const Value* a, size_t n, Value) {
    return decode_with(Codec::Ascii, "ascii_decode", a, n > 2 ? 2 : n);
}

// charmap_build(decoding_table): the encoding map, code point -> byte.
Value m_charmap_build(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("charmap_build", nargs, 1, 1)) return Value();
    if (!is_str(args[0])) return raise(exc::TypeError, "charmap_build() argument must be str");
    Dict* map = make_dict();
    if (!map) return Value();
    Value it = get_iter(args[0]);
    if (!it) return it;
    int64_t i = 0;
    while (Value ch = iter_next(it)) {
        Value cp = make_int(static_cast<int64_t>(str_codepoint_at(ch, 0)));
        if (!dict_set(map, cp, make_int(i++))) return Value();
    }
    if (err_occurred()) return Value();
    return Value(map);
}

// charmap_decode(data, errors=None, mapping=None): bytes through a table
// (a str indexed by byte, or a dict byte -> str / code point / None).
Value m_charmap_decode(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("charmap_decode", nargs, 1, 3)) return Value();
    std::string_view data;
    if (!data_arg(args[0], &data)) return Value();
    std::string_view errors = nargs > 1 ? arg_or(args[1], "strict") : "strict";
    Value mapping = nargs > 2 ? args[2] : Value();
    if (!mapping || is_none(mapping)) {
        Value s = codec_decode(data, "latin-1", errors);
        return s ? tuple_pack({s, make_int(static_cast<int64_t>(data.size()))}) : s;
    }
    std::string out;
    for (size_t i = 0; i < data.size(); i++) {
        unsigned char b = static_cast<unsigned char>(data[i]);
        Value r = get_item(mapping, Value::small_int(b));
        if (!r && (err_matches(exc::LookupError))) {
            err_clear();
            r = None();
        }
        if (!r) return r;
        uint32_t cp;
        if (is_str(r) && str_length(r) == 1) {
            cp = str_codepoint_at(r, 0);
            if (cp == 0xFFFE) r = None();
        } else if (r.is_int()) {
            cp = static_cast<uint32_t>(r.as_int());
        } else if (!is_none(r)) {
            return raise(exc::TypeError, "character mapping must return integer, None or str");
        }
        if (is_none(r)) {
            if (errors == "ignore") continue;
            if (errors == "replace") {
                out += "\xEF\xBF\xBD";
                continue;
            }
            Value e_args[5] = {
                make_str("charmap"), make_bytes(data), make_int(static_cast<int64_t>(i)),
                make_int(static_cast<int64_t>(i + 1)), make_str("character maps to <undefined>")};
            Value e = call(Value(exc::UnicodeDecodeError), e_args, 5);
            return e ? raise_instance(e) : e;
        }
        utf8_append(out, cp);
    }
    Value s = make_str(out);
    return s ? tuple_pack({s, make_int(static_cast<int64_t>(data.size()))}) : s;
}

// charmap_encode(str, errors=None, mapping=None): code points through a
// dict code point -> byte (an int or bytes).
Value m_charmap_encode(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("charmap_encode", nargs, 1, 3)) return Value();
    if (!is_str(args[0])) return raise(exc::TypeError, "charmap_encode() argument 1 must be str");
    std::string_view errors = nargs > 1 ? arg_or(args[1], "strict") : "strict";
    Value mapping = nargs > 2 ? args[2] : Value();
    if (!mapping || is_none(mapping)) {
        Value b = codec_encode(args[0], "latin-1", errors);
        return b ? tuple_pack({b, make_int(static_cast<int64_t>(str_length(args[0])))}) : b;
    }
    std::string out;
    size_t n = str_length(args[0]);
    for (size_t i = 0; i < n; i++) {
        uint32_t cp = str_codepoint_at(args[0], i);
        Value r = get_item(mapping, make_int(cp));
        if (!r && err_matches(exc::LookupError)) {
            err_clear();
            r = None();
        }
        if (!r) return r;
        if (r.is_int()) {
            out.push_back(static_cast<char>(r.as_int()));
        } else if (is_bytes(r)) {
            out += bytes_view(r);
        } else {
            if (errors == "ignore") continue;
            if (errors == "replace") {
                out.push_back('?');
                continue;
            }
            Value e_args[5] = {make_str("charmap"), args[0], make_int(static_cast<int64_t>(i)),
                               make_int(static_cast<int64_t>(i + 1)),
                               make_str("character maps to <undefined>")};
            Value e = call(Value(exc::UnicodeEncodeError), e_args, 5);
            return e ? raise_instance(e) : e;
        }
    }
    Value b = make_bytes(out);
    return b ? tuple_pack({b, make_int(static_cast<int64_t>(n))}) : b;
}

// -- Error handlers -------------------------------------------------------------------------------

// The built-in handlers, as Python-callable functions of the exception.
Value handler_strict(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("strict_errors", nargs, 1, 1)) return Value();
    if (!is_exception(args[0])) return raise(exc::TypeError, "codec must pass exception instance");
    return raise_instance(args[0]);
}

// (replacement, resume position) for the range [start, end) of [exc].
Value replace_range(Value exc, bool ignore) {
    Value start = get_attr(exc, intern("start"));
    Value end = get_attr(exc, intern("end"));
    if (!start || !end) return Value();
    int64_t s = 0, e = 0;
    if (!int_as_int64(start, &s) || !int_as_int64(end, &e)) return Value();
    std::string rep;
    if (!ignore) {
        bool decode = isinstance_of(exc, exc::UnicodeDecodeError);
        for (int64_t i = s; i < e; i++)
            rep += decode ? "\xEF\xBF\xBD" : "?";
        if (decode && e > s) rep = "\xEF\xBF\xBD";
    }
    return tuple_pack({make_str(rep), end});
}
Value handler_ignore(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("ignore_errors", nargs, 1, 1)) return Value();
    return replace_range(args[0], true);
}
Value handler_replace(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("replace_errors", nargs, 1, 1)) return Value();
    return replace_range(args[0], false);
}

const NativeMethodDef handler_defs[] = {
    {"strict_errors", handler_strict, 0, nullptr},
    {"ignore_errors", handler_ignore, 0, nullptr},
    {"replace_errors", handler_replace, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Value m_register_error(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("register_error", nargs, 2, 2)) return Value();
    if (!is_str(args[0])) return raise(exc::TypeError, "register_error() argument 1 must be str");
    if (!callable(args[1])) return raise(exc::TypeError, "handler must be callable");
    if (!ensure_registry()) return Value();
    return dict_set(as_dict(g_error_handlers), args[0], args[1]) ? None() : Value();
}

Value m_lookup_error(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("lookup_error", nargs, 1, 1)) return Value();
    if (!is_str(args[0])) return raise(exc::TypeError, "lookup_error() argument must be str");
    if (!ensure_registry()) return Value();
    Value h = dict_get(as_dict(g_error_handlers), args[0]);
    if (h) return h;
    std::string_view name = str_view(args[0]);
    const char* fn = name == "strict"    ? "strict_errors"
                     : name == "ignore"  ? "ignore_errors"
                     : name == "replace" ? "replace_errors"
                                         : nullptr;
    if (fn) return get_attr(self, intern(fn));
    return raise(exc::LookupError, "unknown error handler name '%s'", std::string(name).c_str());
}

const NativeMethodDef codecs_functions[] = {
    {"register", m_register, 0, nullptr},
    {"unregister", m_unregister, 0, nullptr},
    {"lookup", m_lookup, 0, nullptr},
    {"_forget_codec", m_forget_codec, 0, nullptr},
    {"encode", m_encode, NATIVE_KEYWORDS, nullptr},
    {"decode", m_decode, NATIVE_KEYWORDS, nullptr},
    {"utf_8_encode", m_utf_8_encode, 0, nullptr},
    {"utf_8_decode", m_utf_8_decode, 0, nullptr},
    {"latin_1_encode", m_latin_1_encode, 0, nullptr},
    {"latin_1_decode", m_latin_1_decode, 0, nullptr},
    {"ascii_encode", m_ascii_encode, 0, nullptr},
    {"ascii_decode", m_ascii_decode, 0, nullptr},
    {"charmap_build", m_charmap_build, 0, nullptr},
    {"charmap_decode", m_charmap_decode, 0, nullptr},
    {"charmap_encode", m_charmap_encode, 0, nullptr},
    {"register_error", m_register_error, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace

Value init_codecs_module() {
    ModuleObject* m = make_module("_codecs");
    if (!m) return Value();
    Value mod(m);
    add_functions(m->dict, codecs_functions, mod);
    add_functions(m->dict, handler_defs, mod);
    static const NativeMethodDef lookup_error_def[] = {
        {"lookup_error", m_lookup_error, 0, nullptr},
        {nullptr, nullptr, 0, nullptr},
    };
    add_functions(m->dict, lookup_error_def, mod);
    return mod;
}

} // namespace uopy
