// The built-in codecs, the error handlers and the codec registry.
//
// uopy's str holds UTF-8 in which lone surrogates (U+D800..U+DFFF) are
// encoded like any other code point, so encoders work on the code points
// (positions in errors count code points, as CPython's do) and decoders
// build UTF-8.
//
// Errors follow CPython's protocol: a codec that meets unencodable
// characters or undecodable bytes asks the error handler named by `errors`
// for a replacement. The built-in handlers are applied in place (CPython's
// fast paths); any other name is looked up in the registry and called with
// a UnicodeEncodeError / UnicodeDecodeError (one per call, updated between
// errors), and returns (replacement, position to resume at). The ranges and
// reasons of the errors are CPython's: an ASCII or Latin-1 encode error
// covers the whole run of unencodable characters, a UTF-8 decode error the
// maximal valid prefix of the bad sequence, and so on.
#include "objects/codecs.h"

#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicode_names.h"
#include "runtime/abstract.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/import.h"

#include <cctype>
#include <cinttypes>
#include <cstdio>
#include <string>
#include <vector>

namespace uopy {

namespace {

// -- Text helpers --------------------------------------------------------------------------------

bool is_surrogate(uint32_t c) {
    return c >= 0xD800 && c <= 0xDFFF;
}

// The code points of (uopy's) UTF-8 text.
std::vector<uint32_t> code_points(std::string_view s) {
    std::vector<uint32_t> out;
    out.reserve(s.size());
    const char* p = s.data();
    const char* end = p + s.size();
    while (p < end)
        out.push_back(utf8_decode(p));
    return out;
}

bool is_ascii_text(std::string_view s) {
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

// Whether UTF-8 text holds an encoded surrogate (ED A0..BF xx).
bool has_surrogates(std::string_view s) {
    for (size_t i = 0; i + 1 < s.size(); i++)
        if (static_cast<unsigned char>(s[i]) == 0xED &&
            static_cast<unsigned char>(s[i + 1]) >= 0xA0)
            return true;
    return false;
}

const char kHexDigits[] = "0123456789abcdef";

void append_hex(std::string& out, uint32_t v, int digits) {
    for (int i = digits - 1; i >= 0; i--)
        out.push_back(kHexDigits[(v >> (4 * i)) & 0xF]);
}

// \xhh, \uhhhh or \Uhhhhhhhh (backslashreplace's escape of a character).
void append_escape(std::string& out, uint32_t c) {
    out.push_back('\\');
    if (c < 0x100) {
        out.push_back('x');
        append_hex(out, c, 2);
    } else if (c < 0x10000) {
        out.push_back('u');
        append_hex(out, c, 4);
    } else {
        out.push_back('U');
        append_hex(out, c, 8);
    }
}

int hex_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool is_octal(char c) {
    return c >= '0' && c <= '7';
}

// CPython's _Py_normalize_encoding: lower case; runs of characters other
// than letters, digits and dots become one underscore between words.
std::string normalize_encoding(std::string_view name) {
    std::string out;
    bool punct = false;
    for (char c : name) {
        unsigned char u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || c == '.') {
            if (punct && !out.empty()) out.push_back('_');
            punct = false;
            out.push_back(static_cast<char>(std::tolower(u)));
        } else {
            punct = true;
        }
    }
    return out;
}

// warnings.warn(message, category) attributed to the Python caller.
bool codec_warn(Type* category, const std::string& message) {
    Value w = import_module("warnings");
    if (!w) return false;
    Value f = get_attr(w, intern("warn"));
    if (!f) return false;
    Value m = make_str(message);
    if (!m) return false;
    Value args[3] = {m, Value(category), Value::small_int(1)};
    return bool(call(f, args, 3));
}

// -- Built-in error handlers -------------------------------------------------------------------

enum class Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,
    SurrogateEscape,
    SurrogatePass,
    Other, // looked up in the registry
};

Handler handler_of(std::string_view errors) {
    if (errors == "strict") return Handler::Strict;
    if (errors == "ignore") return Handler::Ignore;
    if (errors == "replace") return Handler::Replace;
    if (errors == "backslashreplace") return Handler::BackslashReplace;
    if (errors == "xmlcharrefreplace") return Handler::XmlCharRefReplace;
    if (errors == "namereplace") return Handler::NameReplace;
    if (errors == "surrogateescape") return Handler::SurrogateEscape;
    if (errors == "surrogatepass") return Handler::SurrogatePass;
    return Handler::Other;
}

// The encodings surrogatepass knows (CPython's get_standard_encoding).
enum class StdEncoding { Unknown, Utf8, Utf16LE, Utf16BE, Utf32LE, Utf32BE };

StdEncoding standard_encoding(std::string_view e, size_t* bytelength) {
    auto lower = [](char c) {
        return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    };
    if (e == "CP_UTF8") {
        *bytelength = 3;
        return StdEncoding::Utf8;
    }
    if (e.size() < 3 || lower(e[0]) != 'u' || lower(e[1]) != 't' || lower(e[2]) != 'f')
        return StdEncoding::Unknown;
    e.remove_prefix(3);
    if (!e.empty() && (e[0] == '-' || e[0] == '_')) e.remove_prefix(1);
    if (e == "8") {
        *bytelength = 3;
        return StdEncoding::Utf8;
    }
    bool is16 = e.substr(0, 2) == "16", is32 = e.substr(0, 2) == "32";
    if (!is16 && !is32) return StdEncoding::Unknown;
    e.remove_prefix(2);
    *bytelength = is16 ? 2 : 4;
    if (e.empty()) return is16 ? StdEncoding::Utf16LE : StdEncoding::Utf32LE; // native order
    if (e[0] == '-' || e[0] == '_') e.remove_prefix(1);
    if (e.size() == 2 && lower(e[1]) == 'e') {
        if (lower(e[0]) == 'b') return is16 ? StdEncoding::Utf16BE : StdEncoding::Utf32BE;
        if (lower(e[0]) == 'l') return is16 ? StdEncoding::Utf16LE : StdEncoding::Utf32LE;
    }
    return StdEncoding::Unknown;
}

void append_surrogate(std::string& out, StdEncoding enc, uint32_t c) {
    switch (enc) {
    case StdEncoding::Utf8:
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        break;
    case StdEncoding::Utf16LE:
        out.push_back(static_cast<char>(c & 0xFF));
        out.push_back(static_cast<char>(c >> 8));
        break;
    case StdEncoding::Utf16BE:
        out.push_back(static_cast<char>(c >> 8));
        out.push_back(static_cast<char>(c & 0xFF));
        break;
    case StdEncoding::Utf32LE:
        for (int k = 0; k < 4; k++)
            out.push_back(static_cast<char>((c >> (8 * k)) & 0xFF));
        break;
    case StdEncoding::Utf32BE:
        for (int k = 3; k >= 0; k--)
            out.push_back(static_cast<char>((c >> (8 * k)) & 0xFF));
        break;
    case StdEncoding::Unknown: break;
    }
}

// What a built-in handler makes of an error.
enum class Outcome {
    Text,      // a str replacement (UTF-8 in Rep::text)
    Bytes,     // a bytes replacement (encoding only)
    Raise,     // the handler raises the error itself
    WrongType, // the handler does not handle this kind of error (TypeError)
};
struct Rep {
    Outcome what = Outcome::Text;
    std::string text;
    size_t pos = 0; // where the codec resumes
};

// The built-in handler [h] on the characters [start, end) of [cps], for an
// encode error of [encoding] (or, with [translate], a translate error).
void builtin_encode_rep(Handler h, const uint32_t* cps, size_t start, size_t end,
                        std::string_view encoding, bool translate, Rep& r) {
    r.what = Outcome::Text;
    r.text.clear();
    r.pos = end;
    switch (h) {
    case Handler::Strict: r.what = Outcome::Raise; return;
    case Handler::Ignore: return;
    case Handler::Replace:
        for (size_t i = start; i < end; i++)
            r.text += translate ? "\xEF\xBF\xBD" : "?";
        return;
    case Handler::BackslashReplace:
        for (size_t i = start; i < end; i++)
            append_escape(r.text, cps[i]);
        return;
    case Handler::XmlCharRefReplace:
        if (translate) break;
        for (size_t i = start; i < end; i++) {
            r.text += "&#";
            r.text += std::to_string(cps[i]);
            r.text.push_back(';');
        }
        return;
    case Handler::NameReplace:
        if (translate) break;
        // \N{NAME}, or backslashreplace's escape for a character without a name.
        for (size_t i = start; i < end; i++) {
            std::string name;
            if (unicode::append_replacement_name(cps[i], name)) {
                r.text += "\\N{";
                r.text += name;
                r.text.push_back('}');
            } else {
                append_escape(r.text, cps[i]);
            }
        }
        return;
    case Handler::SurrogateEscape:
        if (translate) break;
        r.what = Outcome::Bytes;
        for (size_t i = start; i < end; i++) {
            if (cps[i] < 0xDC80 || cps[i] > 0xDCFF) {
                r.what = Outcome::Raise;
                return;
            }
            r.text.push_back(static_cast<char>(cps[i] - 0xDC00));
        }
        return;
    case Handler::SurrogatePass: {
        if (translate) break;
        size_t len = 0;
        StdEncoding enc = standard_encoding(encoding, &len);
        if (enc == StdEncoding::Unknown) {
            r.what = Outcome::Raise;
            return;
        }
        r.what = Outcome::Bytes;
        for (size_t i = start; i < end; i++) {
            if (!is_surrogate(cps[i])) {
                r.what = Outcome::Raise;
                return;
            }
            append_surrogate(r.text, enc, cps[i]);
        }
        return;
    }
    case Handler::Other: break;
    }
    r.what = Outcome::WrongType;
}

// The built-in handler [h] on the bytes [start, end) of [data], for a
// decode error of [encoding].
void builtin_decode_rep(Handler h, std::string_view data, size_t start, size_t end,
                        std::string_view encoding, Rep& r) {
    r.what = Outcome::Text;
    r.text.clear();
    r.pos = end;
    switch (h) {
    case Handler::Strict: r.what = Outcome::Raise; return;
    case Handler::Ignore: return;
    case Handler::Replace: r.text = "\xEF\xBF\xBD"; return;
    case Handler::BackslashReplace:
        for (size_t i = start; i < end; i++) {
            r.text += "\\x";
            append_hex(r.text, static_cast<unsigned char>(data[i]), 2);
        }
        return;
    case Handler::SurrogateEscape: {
        // Up to 4 bytes, none of them ASCII.
        size_t n = 0;
        while (n < 4 && start + n < end && static_cast<unsigned char>(data[start + n]) >= 0x80) {
            utf8_append(r.text, 0xDC00 + static_cast<unsigned char>(data[start + n]));
            n++;
        }
        if (n == 0) r.what = Outcome::Raise;
        r.pos = start + n;
        return;
    }
    case Handler::SurrogatePass: {
        // One encoded surrogate at start; the codec calls again for more.
        size_t len = 0;
        StdEncoding enc = standard_encoding(encoding, &len);
        if (enc == StdEncoding::Unknown) {
            r.what = Outcome::Raise;
            return;
        }
        uint32_t ch = 0;
        if (start <= data.size() && data.size() - start >= len) {
            auto b = [&](size_t k) {
                return static_cast<uint32_t>(static_cast<unsigned char>(data[start + k]));
            };
            switch (enc) {
            case StdEncoding::Utf8:
                if ((b(0) & 0xF0) == 0xE0 && (b(1) & 0xC0) == 0x80 && (b(2) & 0xC0) == 0x80)
                    ch = ((b(0) & 0x0F) << 12) + ((b(1) & 0x3F) << 6) + (b(2) & 0x3F);
                break;
            case StdEncoding::Utf16LE: ch = (b(1) << 8) | b(0); break;
            case StdEncoding::Utf16BE: ch = (b(0) << 8) | b(1); break;
            case StdEncoding::Utf32LE: ch = (b(3) << 24) | (b(2) << 16) | (b(1) << 8) | b(0); break;
            case StdEncoding::Utf32BE: ch = (b(0) << 24) | (b(1) << 16) | (b(2) << 8) | b(3); break;
            case StdEncoding::Unknown: break;
            }
        }
        if (!is_surrogate(ch)) {
            r.what = Outcome::Raise;
            return;
        }
        utf8_append(r.text, ch);
        r.pos = start + len;
        return;
    }
    case Handler::XmlCharRefReplace:
    case Handler::NameReplace:
    case Handler::Other: break;
    }
    r.what = Outcome::WrongType;
}

// -- The built-in handlers as Python functions (codecs.strict_errors, ...) ---------------------

enum class ErrorKind { Encode, Decode, Translate, Other };

ErrorKind error_kind(Value e) {
    if (!e.is_ptr()) return ErrorKind::Other;
    if (isinstance_of(e, exc::UnicodeEncodeError)) return ErrorKind::Encode;
    if (isinstance_of(e, exc::UnicodeDecodeError)) return ErrorKind::Decode;
    if (isinstance_of(e, exc::UnicodeTranslateError)) return ErrorKind::Translate;
    return ErrorKind::Other;
}

Value wrong_exception_type(Value e) {
    return raise(exc::TypeError, "don't know how to handle %s in error callback", type_name(e));
}

// A str field of a Unicode error (CPython's get_unicode / get_string).
bool error_field(Value v, const char* name, bool want_bytes) {
    if (!v) {
        raise(exc::TypeError, "%s attribute not set", name);
        return false;
    }
    if (want_bytes ? !is_bytes(v) : !is_str(v)) {
        raise(exc::TypeError, "%s attribute must be %s", name, want_bytes ? "bytes" : "unicode");
        return false;
    }
    return true;
}

Value call_builtin_handler(Handler h, Value e) {
    ErrorKind kind = error_kind(e);
    bool handles = kind != ErrorKind::Other;
    if (h == Handler::XmlCharRefReplace || h == Handler::NameReplace)
        handles = kind == ErrorKind::Encode;
    if (h == Handler::SurrogateEscape || h == Handler::SurrogatePass)
        handles = kind == ErrorKind::Encode || kind == ErrorKind::Decode;
    if (!handles) return wrong_exception_type(e);
    UnicodeErrorFields f{};
    unicode_error_fields(e, &f);
    bool decode = kind == ErrorKind::Decode;
    if (!error_field(f.object, "object", decode)) return Value();
    // The range as CPython's PyUnicodeEncodeError_GetStart / GetEnd clamp it.
    int64_t size = decode ? static_cast<int64_t>(bytes_view(f.object).size())
                          : static_cast<int64_t>(str_length(f.object));
    int64_t start = f.start, end = f.end;
    if (start < 0) start = 0;
    if (start >= size) start = size - 1;
    if (end < 1) end = 1;
    if (end > size) end = size;
    int64_t start_raw = start; // -1 for an empty object
    if (start < 0) start = 0;
    size_t s = static_cast<size_t>(start);
    size_t en = static_cast<size_t>(end < start ? start : end);
    std::string encoding;
    if (h == Handler::SurrogatePass) {
        if (!error_field(f.encoding, "encoding", false)) return Value();
        encoding = std::string(str_view(f.encoding));
    }
    Rep r;
    if (decode) {
        builtin_decode_rep(h, bytes_view(f.object), s, en, encoding, r);
    } else {
        std::vector<uint32_t> cps = code_points(str_view(f.object));
        builtin_encode_rep(h, cps.data(), s, en, encoding, kind == ErrorKind::Translate, r);
    }
    if (r.what == Outcome::Raise) return raise_instance(e);
    if (r.what == Outcome::WrongType) return wrong_exception_type(e);
    if (h == Handler::Replace && !decode) {
        // end - start characters, counted as CPython does after clamping
        // (an empty object gets start -1, end 0: one).
        r.text.clear();
        for (int64_t i = start_raw; i < end; i++)
            r.text += kind == ErrorKind::Translate ? "\xEF\xBF\xBD" : "?";
    }
    if (r.pos == en) r.pos = static_cast<size_t>(end < 0 ? 0 : end);
    Value obj = r.what == Outcome::Bytes ? make_bytes(r.text) : make_str(r.text);
    Value pos = make_int(static_cast<int64_t>(r.pos));
    if (!obj || !pos) return Value();
    return tuple_pack({obj, pos});
}

Value h_strict(Value, const Value* args, size_t, Value) {
    if (!is_exception(args[0])) return raise(exc::TypeError, "codec must pass exception instance");
    return raise_instance(args[0]);
}
Value h_ignore(Value, const Value* args, size_t, Value) {
    return call_builtin_handler(Handler::Ignore, args[0]);
}
Value h_replace(Value, const Value* args, size_t, Value) {
    return call_builtin_handler(Handler::Replace, args[0]);
}
Value h_xmlcharrefreplace(Value, const Value* args, size_t, Value) {
    return call_builtin_handler(Handler::XmlCharRefReplace, args[0]);
}
Value h_backslashreplace(Value, const Value* args, size_t, Value) {
    return call_builtin_handler(Handler::BackslashReplace, args[0]);
}
Value h_namereplace(Value, const Value* args, size_t, Value) {
    return call_builtin_handler(Handler::NameReplace, args[0]);
}
Value h_surrogateescape(Value, const Value* args, size_t, Value) {
    return call_builtin_handler(Handler::SurrogateEscape, args[0]);
}
Value h_surrogatepass(Value, const Value* args, size_t, Value) {
    return call_builtin_handler(Handler::SurrogatePass, args[0]);
}

constexpr size_t kNumBuiltinHandlers = 8;
const char* const kHandlerNames[kNumBuiltinHandlers] = {
    "strict",           "ignore",      "replace",         "xmlcharrefreplace",
    "backslashreplace", "namereplace", "surrogateescape", "surrogatepass"};
const NativeMethodDef kHandlerDefs[kNumBuiltinHandlers] = {
    {"strict_errors", h_strict, NATIVE_O, nullptr},
    {"ignore_errors", h_ignore, NATIVE_O, nullptr},
    {"replace_errors", h_replace, NATIVE_O, nullptr},
    {"xmlcharrefreplace_errors", h_xmlcharrefreplace, NATIVE_O, nullptr},
    {"backslashreplace_errors", h_backslashreplace, NATIVE_O, nullptr},
    {"namereplace_errors", h_namereplace, NATIVE_O, nullptr},
    {"surrogateescape", h_surrogateescape, NATIVE_O, nullptr},
    {"surrogatepass", h_surrogatepass, NATIVE_O, nullptr},
};

// -- The registries ------------------------------------------------------------------------

// Search functions (a list), the lookup cache (a dict: normalized name ->
// CodecInfo) and the error handlers (a dict: name -> callable), GC roots.
Value g_search_functions;
Value g_search_cache;
Value g_error_registry;
// The encodings package registers the standard search function when it is
// imported (CPython imports it at start-up): 0 not yet, 1 importing, 2 done.
int g_encodings_state = 0;

void trace_registry(Tracer& t) {
    t.visit(g_search_functions);
    t.visit(g_search_cache);
    t.visit(g_error_registry);
}

bool ensure_registry() {
    if (g_search_functions && g_search_cache && g_error_registry) return true;
    // Rooted before the first allocation: each of them may collect.
    static bool rooted = false;
    if (!rooted) gc_add_root_fn(trace_registry);
    rooted = true;
    if (!g_search_functions) g_search_functions = make_list(0);
    if (!g_search_functions) return false;
    if (!g_search_cache) g_search_cache = Value(make_dict());
    if (!g_search_cache) return false;
    if (!g_error_registry) {
        Value d(make_dict());
        if (!d) return false;
        for (size_t i = 0; i < kNumBuiltinHandlers; i++) {
            Value f = make_builtin_function(&kHandlerDefs[i], Value(), Value());
            if (!f || !dict_set_cstr(as_dict(d), kHandlerNames[i], f)) return false;
        }
        g_error_registry = d;
    }
    return true;
}

bool ensure_encodings() {
    if (g_encodings_state != 0) return true;
    g_encodings_state = 1;
    Value m = import_module("encodings");
    g_encodings_state = m ? 2 : 0;
    return bool(m);
}

// CPython's _PyErr_TrySetFromCause: an exception of a simple type (built
// with BaseException's constructor and layout, at most one str argument, no
// attributes) becomes one of the same type saying which codec failed, with
// the original as its __cause__.
void wrap_codec_error(const char* operation, std::string_view encoding) {
    Value e = err_current();
    if (!e || !is_exception(e)) return;
    Type* t = type_of(e);
    if (t->init != BaseExceptionType.init || t->tp_new != BaseExceptionType.tp_new ||
        t->basic_size != BaseExceptionType.basic_size)
        return;
    Value args = as_exception(e)->args;
    size_t nargs = args ? tuple_size(args) : 0;
    if (nargs > 1 || (nargs == 1 && !is_str(tuple_get(args, 0)))) return;
    Dict* d = as_exception(e)->dict;
    if (d && dict_size(d) > 0) return;
    Value original = err_fetch();
    Value text = str_of(original);
    if (!text) {
        err_clear();
        raise_instance(original);
        return;
    }
    std::string message = std::string(operation) + " with '" + std::string(encoding) +
                          "' codec failed (" + t->name + ": " + std::string(str_view(text)) + ")";
    raise_str(t, message);
    Value wrapped = err_current();
    if (wrapped && is_exception(wrapped)) {
        as_exception(wrapped)->cause = original;
        as_exception(wrapped)->suppress_context = true;
    }
}

// PyCodec_Encode / PyCodec_Decode, and with [text_only] the text-encoding
// check str.encode and bytes.decode make (_PyCodec_LookupTextEncoding).
Value registry_call(bool encode, Value obj, std::string_view encoding, Value errors,
                    bool text_only) {
    Value info = text_only
                     ? codec_lookup_text(encoding, encode ? "codecs.encode()" : "codecs.decode()")
                     : codec_registry_lookup(encoding);
    if (!info) return info;
    Value fn = tuple_get(info, encode ? 0 : 1);
    Value args[2] = {obj, errors};
    Value r = call(fn, args, errors ? 2 : 1);
    if (!r) {
        wrap_codec_error(encode ? "encoding" : "decoding", encoding);
        return r;
    }
    if (!is_tuple(r) || tuple_size(r) != 2)
        return raise_str(exc::TypeError, encode ? "encoder must return a tuple (object, integer)"
                                                : "decoder must return a tuple (object,integer)");
    return tuple_get(r, 0);
}

// str.encode / bytes.decode with an encoding that has no fast path.
Value through_registry(bool encode, Value obj, std::string_view encoding, std::string_view errors) {
    Value err;
    if (errors != "strict") {
        err = make_str(errors);
        if (!err) return err;
    }
    Value r = registry_call(encode, obj, encoding, err, true);
    if (!r) return r;
    std::string enc(encoding);
    if (encode) {
        if (is_bytes(r)) return r;
        if (is_bytearray(r)) {
            if (!codec_warn(exc::RuntimeWarning,
                            "encoder " + enc +
                                " returned bytearray instead of bytes; use "
                                "codecs.encode() to encode to arbitrary types"))
                return Value();
            return make_bytes(bytes_view(r));
        }
        return raise(exc::TypeError,
                     "'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to "
                     "encode to arbitrary types",
                     enc.c_str(), type_name(r));
    }
    if (is_str(r)) return r;
    return raise(exc::TypeError,
                 "'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode "
                 "to arbitrary types",
                 enc.c_str(), type_name(r));
}

// -- Calling error handlers from the codecs ----------------------------------------------------

// The handler registered under [errors], looked up at the first error.
Value lookup_callback(Value* slot, std::string_view errors) {
    if (!*slot) *slot = codec_lookup_error(errors);
    return *slot;
}

// A handler's resume position: from the end when negative; IndexError when
// outside [0, len].
bool position_in_bounds(int64_t* pos, int64_t len) {
    if (*pos < 0) *pos += len;
    if (*pos < 0 || *pos > len) {
        raise(exc::IndexError, "position %" PRId64 " from error handler out of bounds", *pos);
        return false;
    }
    return true;
}

// One encode call's error state (CPython's exc / errorHandler pair).
struct EncodeState {
    EncodeState(const char* enc, std::string_view errs, Value s, const std::vector<uint32_t>& c)
        : encoding(enc), errors(errs), handler(handler_of(errs)), str(s), cps(c) {}
    const char* encoding;
    std::string_view errors;
    Handler handler;
    Value str;
    const std::vector<uint32_t>& cps;
    Value exc;      // the UnicodeEncodeError, made at the first error
    Value callback; // the registered handler (Handler::Other)
};

// The UnicodeEncodeError for [start, end): made once, updated after.
Value encode_exception(EncodeState& st, int64_t start, int64_t end, const char* reason) {
    Value r = make_str(reason);
    if (!r) return r;
    if (st.exc) {
        unicode_error_update(st.exc, start, end, r);
        return st.exc;
    }
    Value enc = make_str(st.encoding);
    Value s = make_int(start);
    Value e = make_int(end);
    if (!enc || !s || !e) return Value();
    Value args[5] = {enc, st.str, s, e, r};
    st.exc = call(Value(exc::UnicodeEncodeError), args, 5);
    return st.exc;
}

// Raises the error for [start, end) (CPython's raise_encode_exception).
// Always false.
bool raise_encode_error(EncodeState& st, int64_t start, int64_t end, const char* reason) {
    Value e = encode_exception(st, start, end, reason);
    if (e) raise_instance(e);
    return false;
}

// The unencodable characters [start, end): the handler's replacement (str
// text or bytes) and resume position in [rep]. False with the exception set.
bool encode_error(EncodeState& st, size_t start, size_t end, const char* reason, Rep& rep) {
    int64_t s = static_cast<int64_t>(start), e = static_cast<int64_t>(end);
    if (st.handler != Handler::Other) {
        builtin_encode_rep(st.handler, st.cps.data(), start, end, st.encoding, false, rep);
        if (rep.what == Outcome::Raise) return raise_encode_error(st, s, e, reason);
        return true;
    }
    if (!lookup_callback(&st.callback, st.errors)) return false;
    Value x = encode_exception(st, s, e, reason);
    if (!x) return false;
    Value r = call1(st.callback, x);
    if (!r) return false;
    static const char kMessage[] = "encoding error handler must return (str/bytes, int) tuple";
    if (!is_tuple(r) || tuple_size(r) != 2) {
        raise_str(exc::TypeError, kMessage);
        return false;
    }
    Value obj = tuple_get(r, 0);
    int64_t pos = 0;
    if (!int_as_int64(tuple_get(r, 1), &pos)) return false;
    if (!is_str(obj) && !is_bytes(obj)) {
        raise_str(exc::TypeError, kMessage);
        return false;
    }
    if (!position_in_bounds(&pos, static_cast<int64_t>(st.cps.size()))) return false;
    rep.what = is_bytes(obj) ? Outcome::Bytes : Outcome::Text;
    rep.text = std::string(is_bytes(obj) ? bytes_view(obj) : str_view(obj));
    rep.pos = static_cast<size_t>(pos);
    return true;
}

// One decode call's error state. [data] is the input; once the exception
// exists, its object (a handler may replace it: CPython reads it back).
struct DecodeState {
    DecodeState(const char* enc, std::string_view errs, std::string_view d)
        : encoding(enc), errors(errs), handler(handler_of(errs)), data(d) {}
    const char* encoding;
    std::string_view errors;
    Handler handler;
    std::string_view data;
    Value input; // the bytes object [data] views, once there is one
    Value exc;
    Value callback;
};

Value decode_exception(DecodeState& st, size_t start, size_t end, const char* reason) {
    Value r = make_str(reason);
    if (!r) return r;
    if (st.exc) {
        unicode_error_update(st.exc, static_cast<int64_t>(start), static_cast<int64_t>(end), r);
        return st.exc;
    }
    Value enc = make_str(st.encoding);
    Value obj = make_bytes(st.data);
    Value s = make_int(static_cast<int64_t>(start));
    Value e = make_int(static_cast<int64_t>(end));
    if (!enc || !obj || !s || !e) return Value();
    Value args[5] = {enc, obj, s, e, r};
    Value x = call(Value(exc::UnicodeDecodeError), args, 5);
    if (!x) return x;
    st.exc = x;
    st.input = obj;
    st.data = bytes_view(obj);
    return x;
}

// The undecodable bytes [start, end): appends the replacement to [out] and
// stores where to resume in *pos. False with the exception set.
bool decode_error(DecodeState& st, size_t start, size_t end, const char* reason, std::string& out,
                  size_t* pos) {
    if (st.handler != Handler::Other) {
        Rep rep;
        builtin_decode_rep(st.handler, st.data, start, end, st.encoding, rep);
        if (rep.what == Outcome::Raise) {
            Value e = decode_exception(st, start, end, reason);
            if (e) raise_instance(e);
            return false;
        }
        if (rep.what == Outcome::WrongType) {
            raise(exc::TypeError, "don't know how to handle UnicodeDecodeError in error callback");
            return false;
        }
        out += rep.text;
        *pos = rep.pos;
        return true;
    }
    if (!lookup_callback(&st.callback, st.errors)) return false;
    Value x = decode_exception(st, start, end, reason);
    if (!x) return false;
    Value r = call1(st.callback, x);
    if (!r) return false;
    if (!is_tuple(r) || tuple_size(r) != 2 || !is_str(tuple_get(r, 0))) {
        raise_str(exc::TypeError, "decoding error handler must return (str, int) tuple");
        return false;
    }
    Value text = tuple_get(r, 0);
    int64_t p = 0;
    if (!int_as_int64(tuple_get(r, 1), &p)) return false;
    UnicodeErrorFields f{};
    unicode_error_fields(x, &f);
    if (!error_field(f.object, "object", true)) return false;
    st.input = f.object;
    st.data = bytes_view(f.object);
    if (!position_in_bounds(&p, static_cast<int64_t>(st.data.size()))) return false;
    out += str_view(text);
    *pos = static_cast<size_t>(p);
    return true;
}

// -- ASCII, Latin-1 and UTF-8 --------------------------------------------------------------

// The ASCII (limit 128) and Latin-1 (256) encoders.
Value encode_ucs1(Value str, std::string_view errors, uint32_t limit) {
    if (str_is_ascii(str)) return make_bytes(str_view(str));
    const char* encoding = limit == 256 ? "latin-1" : "ascii";
    const char* reason = limit == 256 ? "ordinal not in range(256)" : "ordinal not in range(128)";
    std::vector<uint32_t> cps = code_points(str_view(str));
    EncodeState st(encoding, errors, str, cps);
    std::string out;
    out.reserve(cps.size());
    size_t n = cps.size();
    for (size_t i = 0; i < n;) {
        uint32_t c = cps[i];
        if (c < limit) {
            out.push_back(static_cast<char>(c));
            i++;
            continue;
        }
        // The error covers the whole run of unencodable characters.
        size_t start = i, end = i + 1;
        while (end < n && cps[end] >= limit)
            end++;
        if (st.handler == Handler::SurrogateEscape) {
            while (start < end && cps[start] >= 0xDC80 && cps[start] <= 0xDCFF)
                out.push_back(static_cast<char>(cps[start++] - 0xDC00));
            if (start == end) {
                i = end;
                continue;
            }
            raise_encode_error(st, static_cast<int64_t>(start), static_cast<int64_t>(end), reason);
            return Value();
        }
        Rep rep;
        if (!encode_error(st, start, end, reason, rep)) return Value();
        if (rep.what == Outcome::Bytes) {
            out += rep.text;
        } else {
            const char* p = rep.text.data();
            const char* pe = p + rep.text.size();
            while (p < pe) {
                uint32_t r = utf8_decode(p);
                if (r >= limit) {
                    raise_encode_error(st, static_cast<int64_t>(start), static_cast<int64_t>(end),
                                       reason);
                    return Value();
                }
                out.push_back(static_cast<char>(r));
            }
        }
        i = rep.pos;
    }
    return make_bytes(out);
}

// CPython's UTF-8 decoding step at a byte >= 0x80: 0 for a valid sequence
// (its length in *len); -1 for a valid beginning cut short by the end of the
// data; 1 for an invalid start byte; 2, 3, 4 for an invalid continuation
// byte after 1, 2, 3 good bytes.
int utf8_step(std::string_view d, size_t i, size_t* len) {
    auto b = [&](size_t k) { return static_cast<unsigned char>(d[i + k]); };
    auto cont = [](unsigned char x) { return x >= 0x80 && x < 0xC0; };
    size_t left = d.size() - i;
    unsigned char c = b(0);
    if (c < 0xC2) return 1;
    if (c < 0xE0) {
        if (left < 2) return -1;
        if (!cont(b(1))) return 2;
        *len = 2;
        return 0;
    }
    if (c < 0xF0) {
        if (left < 3) {
            if (left < 2) return -1;
            unsigned char c2 = b(1);
            if (!cont(c2) || (c2 < 0xA0 ? c == 0xE0 : c == 0xED)) return 2;
            return -1;
        }
        unsigned char c2 = b(1);
        if (!cont(c2) || (c == 0xE0 && c2 < 0xA0) || (c == 0xED && c2 >= 0xA0)) return 2;
        if (!cont(b(2))) return 3;
        *len = 3;
        return 0;
    }
    if (c < 0xF5) {
        if (left < 4) {
            if (left < 2) return -1;
            unsigned char c2 = b(1);
            if (!cont(c2) || (c2 < 0x90 ? c == 0xF0 : c == 0xF4)) return 2;
            if (left < 3) return -1;
            if (!cont(b(2))) return 3;
            return -1;
        }
        unsigned char c2 = b(1);
        if (!cont(c2) || (c == 0xF0 && c2 < 0x90) || (c == 0xF4 && c2 >= 0x90)) return 2;
        if (!cont(b(2))) return 3;
        if (!cont(b(3))) return 4;
        *len = 4;
        return 0;
    }
    return 1;
}

// -- UTF-16 and UTF-32 ---------------------------------------------------------------------------

Value encode_utf16_32(Value str, std::string_view errors, int byteorder, bool wide) {
    const char* encoding = wide ? (byteorder < 0   ? "utf-32-le"
                                   : byteorder > 0 ? "utf-32-be"
                                                   : "utf-32")
                                : (byteorder < 0   ? "utf-16-le"
                                   : byteorder > 0 ? "utf-16-be"
                                                   : "utf-16");
    const char* reason = "surrogates not allowed";
    bool big = byteorder > 0; // 0: native order, which is little-endian here
    size_t width = wide ? 4 : 2;
    std::vector<uint32_t> cps = code_points(str_view(str));
    EncodeState st(encoding, errors, str, cps);
    std::string out;
    out.reserve(width * (cps.size() + 1));
    auto unit = [&](uint32_t u) {
        for (size_t k = 0; k < width; k++) {
            size_t shift = 8 * (big ? width - 1 - k : k);
            out.push_back(static_cast<char>((u >> shift) & 0xFF));
        }
    };
    if (byteorder == 0) unit(0xFEFF);
    size_t n = cps.size();
    for (size_t i = 0; i < n;) {
        uint32_t c = cps[i];
        if (!is_surrogate(c)) {
            if (c >= 0x10000 && !wide) {
                unit(0xD800 | ((c - 0x10000) >> 10));
                unit(0xDC00 | ((c - 0x10000) & 0x3FF));
            } else {
                unit(c);
            }
            i++;
            continue;
        }
        Rep rep;
        if (!encode_error(st, i, i + 1, reason, rep)) return Value();
        int64_t pos = static_cast<int64_t>(rep.pos);
        if (rep.what == Outcome::Bytes) {
            if (rep.text.size() % width != 0) {
                raise_encode_error(st, pos - 1, pos, reason);
                return Value();
            }
            out += rep.text;
        } else {
            if (!is_ascii_text(rep.text)) {
                raise_encode_error(st, pos - 1, pos, reason);
                return Value();
            }
            for (char ch : rep.text)
                unit(static_cast<unsigned char>(ch));
        }
        i = rep.pos;
    }
    return make_bytes(out);
}

// -- UTF-7 --------------------------------------------------------------------------------------

const char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

bool is_base64(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '/';
}

uint32_t from_base64(unsigned char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    return c == '+' ? 62 : 63;
}

// Characters the encoder writes as themselves: RFC 2152's sets D and O and
// whitespace (CPython's utf7_category 0, 1 and 2).
bool utf7_direct(uint32_t c) {
    if (c == 0 || c >= 128) return false;
    if (c == '\t' || c == '\n' || c == '\r') return true;
    if (c < 0x20 || c == 0x7F) return false;
    return c != '+' && c != '\\' && c != '~';
}

// -- Charmap ------------------------------------------------------------------------------------

// CPython's charmapencode_lookup: None (unmapped), an int in range(256) or
// bytes; null with the exception set.
Value charmap_encode_lookup(uint32_t c, Value mapping) {
    Value key = make_int(c);
    if (!key) return key;
    Value x;
    if (is_exact_dict(mapping)) {
        x = dict_get(as_dict(mapping), key);
        if (!x) return err_occurred() ? Value() : None();
    } else {
        x = get_item(mapping, key);
        if (!x) {
            if (!err_matches(exc::LookupError)) return x;
            err_clear();
            return None();
        }
    }
    if (is_none(x) || is_bytes(x)) return x;
    if (is_int(x)) {
        int64_t v = 0;
        if (!int_fits_int64(x, &v) || v < 0 || v > 255)
            return raise(exc::TypeError, "character mapping must be in range(256)");
        return x;
    }
    return raise(exc::TypeError, "character mapping must return integer, bytes or None, not %.400s",
                 type_name(x));
}

// Appends the mapping of [c]: 1 done, 0 unmapped, -1 error.
int charmap_output(uint32_t c, Value mapping, std::string& out) {
    Value x = charmap_encode_lookup(c, mapping);
    if (!x) return -1;
    if (is_none(x)) return 0;
    if (is_bytes(x)) {
        out += bytes_view(x);
    } else {
        int64_t v = 0;
        int_fits_int64(x, &v);
        out.push_back(static_cast<char>(v));
    }
    return 1;
}

// Appends each character of [text] through the mapping: 1 done, 0 one was
// unmapped, -1 error.
int charmap_output_text(std::string_view text, Value mapping, std::string& out) {
    const char* p = text.data();
    const char* pe = p + text.size();
    while (p < pe) {
        int r = charmap_output(utf8_decode(p), mapping, out);
        if (r <= 0) return r;
    }
    return 1;
}

// -- unicode_escape --------------------------------------------------------------------------

// The DeprecationWarning for the first invalid escape (at [at] of [d]).
std::string invalid_escape_warning(std::string_view d, size_t at) {
    unsigned char c = static_cast<unsigned char>(d[at]);
    std::string msg;
    if (c >= '4' && c <= '7') {
        msg = "invalid octal escape sequence '\\";
        msg += d.substr(at, 3);
    } else {
        msg = "invalid escape sequence '\\";
        utf8_append(msg, c);
    }
    msg.push_back('\'');
    return msg;
}

} // namespace

// -- Names -------------------------------------------------------------------------------------

Codec codec_lookup(std::string_view encoding) {
    std::string n = normalize_encoding(encoding);
    if (n == "utf_8" || n == "utf8" || n == "u8" || n == "utf" || n == "cp65001")
        return Codec::Utf8;
    if (n == "ascii" || n == "us_ascii" || n == "646" || n == "us") return Codec::Ascii;
    if (n == "latin_1" || n == "latin1" || n == "latin" || n == "l1" || n == "iso8859_1" ||
        n == "iso_8859_1" || n == "8859" || n == "cp819" || n == "iso_ir_100")
        return Codec::Latin1;
    return Codec::Unknown;
}

// -- Registries -------------------------------------------------------------------------------

bool codec_register(Value search_function) {
    if (!callable(search_function)) {
        raise(exc::TypeError, "argument must be callable");
        return false;
    }
    if (!ensure_registry()) return false;
    // The standard search function comes first, as in CPython.
    if (!ensure_encodings()) err_clear();
    return list_append(g_search_functions, search_function);
}

void codec_unregister(Value search_function) {
    if (!ensure_registry()) {
        err_clear();
        return;
    }
    for (size_t i = 0; i < list_size(g_search_functions); i++) {
        if (list_get(g_search_functions, i) != search_function) continue;
        Value rest = make_list(0);
        if (!rest) break;
        for (size_t k = 0; k < list_size(g_search_functions); k++)
            if (k != i && !list_append(rest, list_get(g_search_functions, k))) return;
        Value cache(make_dict());
        if (!cache) return;
        g_search_functions = rest;
        g_search_cache = cache; // it may hold results of the removed function
        return;
    }
}

Value codec_registry_lookup(std::string_view encoding) {
    if (!ensure_registry()) return Value();
    Value key = make_str(normalize_encoding(encoding));
    if (!key) return key;
    Value hit = dict_get(as_dict(g_search_cache), key);
    if (hit) return hit;
    if (err_occurred()) return Value();
    if (!ensure_encodings()) return Value();
    for (size_t i = 0; i < list_size(g_search_functions); i++) {
        Value r = call1(list_get(g_search_functions, i), key);
        if (!r) return r;
        if (is_none(r)) continue;
        if (!is_tuple(r) || tuple_size(r) != 4)
            return raise(exc::TypeError, "codec search functions must return 4-tuples");
        if (!dict_set(as_dict(g_search_cache), key, r)) return Value();
        return r;
    }
    return raise(exc::LookupError, "unknown encoding: %s", std::string(encoding).c_str());
}

Value codec_lookup_text(std::string_view encoding, const char* alternate) {
    Value info = codec_registry_lookup(encoding);
    if (!info || is_exact_tuple(info)) return info;
    Value attr = get_attr_optional(info, intern("_is_text_encoding"));
    if (!attr && err_occurred()) return Value();
    if (attr) {
        int is_text = truthy(attr);
        if (is_text < 0) return Value();
        if (!is_text)
            return raise(exc::LookupError,
                         "'%s' is not a text encoding; use %s to handle arbitrary codecs",
                         std::string(encoding).c_str(), alternate);
    }
    return info;
}

Value codec_registry_encode(Value obj, std::string_view encoding, Value errors) {
    return registry_call(true, obj, encoding, errors, false);
}

Value codec_registry_decode(Value obj, std::string_view encoding, Value errors) {
    return registry_call(false, obj, encoding, errors, false);
}

bool codec_register_error(Value name, Value handler) {
    if (!callable(handler)) {
        raise(exc::TypeError, "handler must be callable");
        return false;
    }
    if (!ensure_registry()) return false;
    return dict_set(as_dict(g_error_registry), name, handler);
}

Value codec_lookup_error(std::string_view name) {
    if (!ensure_registry()) return Value();
    Value key = make_str(name);
    if (!key) return key;
    Value h = dict_get(as_dict(g_error_registry), key);
    if (h || err_occurred()) return h;
    return raise(exc::LookupError, "unknown error handler name '%s'", std::string(name).c_str());
}

// -- str.encode / bytes.decode -----------------------------------------------------------------

namespace {

// The codecs PyUnicode_AsEncodedString / PyUnicode_Decode run natively.
enum class Fast { None, Utf8, Ascii, Latin1, Utf16, Utf32 };

Fast fast_codec(std::string_view encoding) {
    switch (codec_lookup(encoding)) {
    case Codec::Utf8: return Fast::Utf8;
    case Codec::Ascii: return Fast::Ascii;
    case Codec::Latin1: return Fast::Latin1;
    case Codec::Unknown: break;
    }
    std::string n = normalize_encoding(encoding);
    if (n == "utf_16" || n == "utf16") return Fast::Utf16;
    if (n == "utf_32" || n == "utf32") return Fast::Utf32;
    return Fast::None;
}

} // namespace

Value codec_encode(Value str, std::string_view encoding, std::string_view errors) {
    switch (fast_codec(encoding)) {
    case Fast::Utf8: return codec_utf8_encode(str, errors);
    case Fast::Ascii: return codec_ascii_encode(str, errors);
    case Fast::Latin1: return codec_latin1_encode(str, errors);
    case Fast::Utf16: return codec_utf16_encode(str, errors, 0);
    case Fast::Utf32: return codec_utf32_encode(str, errors, 0);
    case Fast::None: break;
    }
    return through_registry(true, str, encoding, errors);
}

Value codec_encode_native(Codec codec, Value str, std::string_view errors) {
    switch (codec) {
    case Codec::Utf8: return codec_utf8_encode(str, errors);
    case Codec::Ascii: return codec_ascii_encode(str, errors);
    case Codec::Latin1: return codec_latin1_encode(str, errors);
    case Codec::Unknown: break;
    }
    return raise(exc::SystemError, "codec_encode_native: no native codec");
}

Value codec_decode(std::string_view data, std::string_view encoding, std::string_view errors) {
    int byteorder = 0;
    switch (fast_codec(encoding)) {
    case Fast::Utf8: return codec_utf8_decode(data, errors, nullptr);
    case Fast::Ascii: return codec_ascii_decode(data, errors);
    case Fast::Latin1: return codec_latin1_decode(data);
    case Fast::Utf16: return codec_utf16_decode(data, errors, &byteorder, nullptr);
    case Fast::Utf32: return codec_utf32_decode(data, errors, &byteorder, nullptr);
    case Fast::None: break;
    }
    Value b = make_bytes(data);
    if (!b) return b;
    return through_registry(false, b, encoding, errors);
}

// -- ASCII, Latin-1, UTF-8 ---------------------------------------------------------------------

Value codec_ascii_encode(Value str, std::string_view errors) {
    return encode_ucs1(str, errors, 128);
}

Value codec_latin1_encode(Value str, std::string_view errors) {
    return encode_ucs1(str, errors, 256);
}

Value codec_ascii_decode(std::string_view data, std::string_view errors) {
    size_t i = 0;
    while (i < data.size() && static_cast<unsigned char>(data[i]) < 0x80)
        i++;
    if (i == data.size()) return make_str(data);
    DecodeState st("ascii", errors, data);
    std::string out(data.substr(0, i));
    while (i < st.data.size()) {
        unsigned char c = static_cast<unsigned char>(st.data[i]);
        if (c < 0x80) {
            out.push_back(static_cast<char>(c));
            i++;
            continue;
        }
        size_t pos = 0;
        if (!decode_error(st, i, i + 1, "ordinal not in range(128)", out, &pos)) return Value();
        i = pos;
    }
    return make_str(out);
}

Value codec_latin1_decode(std::string_view data) {
    std::string out;
    out.reserve(data.size());
    for (char c : data)
        utf8_append(out, static_cast<unsigned char>(c));
    return make_str(out);
}

Value codec_utf8_encode(Value str, std::string_view errors) {
    std::string_view s = str_view(str);
    if (str_is_ascii(str) || !has_surrogates(s)) return make_bytes(s);
    const char* reason = "surrogates not allowed";
    std::vector<uint32_t> cps = code_points(s);
    EncodeState st("utf-8", errors, str, cps);
    std::string out;
    out.reserve(s.size());
    size_t n = cps.size();
    for (size_t i = 0; i < n;) {
        uint32_t c = cps[i];
        if (!is_surrogate(c)) {
            utf8_append(out, c);
            i++;
            continue;
        }
        // The error covers the run of surrogates.
        size_t start = i, end = i + 1;
        while (end < n && is_surrogate(cps[end]))
            end++;
        if (st.handler == Handler::SurrogateEscape) {
            while (start < end && cps[start] >= 0xDC80 && cps[start] <= 0xDCFF)
                out.push_back(static_cast<char>(cps[start++] - 0xDC00));
            if (start == end) {
                i = end;
                continue;
            }
            raise_encode_error(st, static_cast<int64_t>(start), static_cast<int64_t>(end), reason);
            return Value();
        }
        Rep rep;
        if (!encode_error(st, start, end, reason, rep)) return Value();
        if (rep.what == Outcome::Text && !is_ascii_text(rep.text)) {
            raise_encode_error(st, static_cast<int64_t>(start), static_cast<int64_t>(end), reason);
            return Value();
        }
        out += rep.text;
        i = rep.pos;
    }
    return make_bytes(out);
}

Value codec_utf8_decode(std::string_view data, std::string_view errors, size_t* consumed) {
    // The common case: valid (and complete) UTF-8 is the str's text as is.
    size_t i = 0, n = data.size();
    while (i < n) {
        unsigned char c = static_cast<unsigned char>(data[i]);
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t len = 0;
        if (utf8_step(data, i, &len) != 0) break;
        i += len;
    }
    if (i == n) {
        if (consumed) *consumed = n;
        return make_str(data);
    }
    DecodeState st("utf-8", errors, data);
    std::string out(data.substr(0, i));
    for (;;) {
        std::string_view d = st.data;
        n = d.size();
        if (i >= n) break;
        unsigned char c = static_cast<unsigned char>(d[i]);
        if (c < 0x80) {
            out.push_back(static_cast<char>(c));
            i++;
            continue;
        }
        size_t len = 0;
        int status = utf8_step(d, i, &len);
        if (status == 0) {
            out.append(d.substr(i, len));
            i += len;
            continue;
        }
        const char* reason = nullptr;
        size_t end = n;
        if (status < 0) {
            if (consumed) break; // the rest comes with the next call
            reason = "unexpected end of data";
            end = n;
        } else if (status == 1) {
            reason = "invalid start byte";
            end = i + 1;
        } else {
            // A truncated encoded surrogate is left for the next call
            // (surrogatepass may want it whole).
            if (consumed && status == 2 && c == 0xED && n - i == 2 &&
                static_cast<unsigned char>(d[i + 1]) >= 0xA0 &&
                static_cast<unsigned char>(d[i + 1]) <= 0xBF)
                break;
            reason = "invalid continuation byte";
            end = i + static_cast<size_t>(status) - 1;
        }
        size_t pos = 0;
        if (!decode_error(st, i, end, reason, out, &pos)) return Value();
        i = pos;
    }
    if (consumed) *consumed = i;
    return make_str(out);
}

// -- UTF-16, UTF-32 ------------------------------------------------------------------------------

Value codec_utf16_encode(Value str, std::string_view errors, int byteorder) {
    return encode_utf16_32(str, errors, byteorder, false);
}

Value codec_utf32_encode(Value str, std::string_view errors, int byteorder) {
    return encode_utf16_32(str, errors, byteorder, true);
}

Value codec_utf16_decode(std::string_view data, std::string_view errors, int* byteorder,
                         size_t* consumed) {
    int bo = byteorder ? *byteorder : 0;
    size_t q = 0;
    if (bo == 0 && data.size() >= 2) {
        uint32_t bom = (static_cast<uint32_t>(static_cast<unsigned char>(data[1])) << 8) |
                       static_cast<unsigned char>(data[0]);
        if (bom == 0xFEFF) {
            q = 2;
            bo = -1;
        } else if (bom == 0xFFFE) {
            q = 2;
            bo = 1;
        }
        if (byteorder) *byteorder = bo;
    }
    if (q == data.size()) {
        if (consumed) *consumed = data.size();
        return make_str("");
    }
    bool big = bo > 0; // no BOM: native order, little-endian here
    DecodeState st(big ? "utf-16-be" : "utf-16-le", errors, data);
    std::string out;
    out.reserve(data.size());
    for (;;) {
        std::string_view d = st.data;
        size_t e = d.size();
        auto unit = [&](size_t at) {
            uint32_t b0 = static_cast<unsigned char>(d[at]);
            uint32_t b1 = static_cast<unsigned char>(d[at + 1]);
            return big ? (b0 << 8) | b1 : (b1 << 8) | b0;
        };
        // 0: out of data, 1: unexpected end, 2: illegal encoding, 3: illegal surrogate.
        int status = 0;
        while (q + 1 < e) {
            uint32_t u = unit(q);
            q += 2;
            if (!is_surrogate(u)) {
                utf8_append(out, u);
                continue;
            }
            if (u > 0xDBFF) {
                status = 2;
                break;
            }
            if (q + 1 >= e) {
                status = 1;
                break;
            }
            uint32_t u2 = unit(q);
            q += 2;
            if (u2 < 0xDC00 || u2 > 0xDFFF) {
                status = 3;
                break;
            }
            utf8_append(out, 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
        }
        const char* reason = nullptr;
        size_t start = 0, end = 0;
        if (status == 0) {
            if (q == e || consumed) break;
            reason = "truncated data";
            start = q;
            end = e;
        } else if (status == 1) {
            q -= 2;
            if (consumed) break;
            reason = "unexpected end of data";
            start = q;
            end = e;
        } else if (status == 2) {
            reason = "illegal encoding";
            start = q - 2;
            end = start + 2;
        } else {
            reason = "illegal UTF-16 surrogate";
            start = q - 4;
            end = start + 2;
        }
        size_t pos = 0;
        if (!decode_error(st, start, end, reason, out, &pos)) return Value();
        q = pos;
    }
    if (consumed) *consumed = q;
    return make_str(out);
}

Value codec_utf32_decode(std::string_view data, std::string_view errors, int* byteorder,
                         size_t* consumed) {
    auto le32 = [](std::string_view d, size_t at) {
        uint32_t v = 0;
        for (int k = 3; k >= 0; k--)
            v = (v << 8) | static_cast<unsigned char>(d[at + static_cast<size_t>(k)]);
        return v;
    };
    auto be32 = [](std::string_view d, size_t at) {
        uint32_t v = 0;
        for (size_t k = 0; k < 4; k++)
            v = (v << 8) | static_cast<unsigned char>(d[at + k]);
        return v;
    };
    int bo = byteorder ? *byteorder : 0;
    size_t q = 0;
    if (bo == 0 && data.size() >= 4) {
        uint32_t bom = le32(data, 0);
        if (bom == 0x0000FEFF) {
            q = 4;
            bo = -1;
        } else if (bom == 0xFFFE0000) {
            q = 4;
            bo = 1;
        }
        if (byteorder) *byteorder = bo;
    }
    if (q == data.size()) {
        if (consumed) *consumed = data.size();
        return make_str("");
    }
    bool big = bo > 0;
    DecodeState st(big ? "utf-32-be" : "utf-32-le", errors, data);
    std::string out;
    out.reserve(data.size());
    for (;;) {
        std::string_view d = st.data;
        size_t e = d.size();
        uint32_t ch = 0;
        bool stopped = false;
        while (q + 4 <= e) {
            ch = big ? be32(d, q) : le32(d, q);
            if (ch > 0x10FFFF || is_surrogate(ch)) {
                stopped = true;
                break;
            }
            utf8_append(out, ch);
            q += 4;
        }
        const char* reason = nullptr;
        size_t start = q, end = q;
        if (!stopped) {
            if (q == e || consumed) break;
            reason = "truncated data";
            end = e;
        } else if (is_surrogate(ch)) {
            reason = "code point in surrogate code point range(0xd800, 0xe000)";
            end = q + 4;
        } else {
            reason = "code point not in range(0x110000)";
            end = q + 4;
        }
        size_t pos = 0;
        if (!decode_error(st, start, end, reason, out, &pos)) return Value();
        q = pos;
    }
    if (consumed) *consumed = q;
    return make_str(out);
}

// -- UTF-7 --------------------------------------------------------------------------------------

Value codec_utf7_encode(Value str) {
    std::vector<uint32_t> cps = code_points(str_view(str));
    std::string out;
    bool in_shift = false;
    int bits = 0;
    uint64_t buffer = 0;
    auto put16 = [&](uint32_t u) {
        bits += 16;
        buffer = (buffer << 16) | u;
        while (bits >= 6) {
            out.push_back(kBase64[(buffer >> (bits - 6)) & 0x3F]);
            bits -= 6;
        }
    };
    for (uint32_t ch : cps) {
        if (in_shift) {
            if (utf7_direct(ch)) {
                // Shifting out: the remaining bits, then '-' when the next
                // character could be taken for base64 (or is '-').
                if (bits) {
                    out.push_back(kBase64[(buffer << (6 - bits)) & 0x3F]);
                    buffer = 0;
                    bits = 0;
                }
                in_shift = false;
                if (is_base64(static_cast<unsigned char>(ch)) || ch == '-') out.push_back('-');
                out.push_back(static_cast<char>(ch));
                continue;
            }
        } else if (ch == '+') {
            out += "+-";
            continue;
        } else if (utf7_direct(ch)) {
            out.push_back(static_cast<char>(ch));
            continue;
        } else {
            out.push_back('+');
            in_shift = true;
        }
        if (ch >= 0x10000) {
            put16(0xD800 | ((ch - 0x10000) >> 10));
            ch = 0xDC00 | ((ch - 0x10000) & 0x3FF);
        }
        put16(ch);
    }
    if (bits) out.push_back(kBase64[(buffer << (6 - bits)) & 0x3F]);
    if (in_shift) out.push_back('-');
    return make_bytes(out);
}

Value codec_utf7_decode(std::string_view data, std::string_view errors, size_t* consumed) {
    DecodeState st("utf7", errors, data);
    std::string out;
    bool in_shift = false;
    size_t shift_out_start = 0; // the output's size where the shift began
    size_t start = 0;           // where the current shift (or error) began
    int bits = 0;
    uint32_t buffer = 0;
    uint32_t surrogate = 0;
    size_t s = 0;
    for (;;) {
        while (s < st.data.size()) {
            std::string_view d = st.data;
            unsigned char ch = static_cast<unsigned char>(d[s]);
            const char* reason = nullptr;
            if (in_shift) {
                if (is_base64(ch)) {
                    buffer = (buffer << 6) | from_base64(ch);
                    bits += 6;
                    s++;
                    if (bits >= 16) {
                        uint32_t u = (buffer >> (bits - 16)) & 0xFFFF;
                        bits -= 16;
                        buffer &= (1u << bits) - 1;
                        if (surrogate) {
                            if (u >= 0xDC00 && u <= 0xDFFF) {
                                utf8_append(out,
                                            0x10000 + ((surrogate - 0xD800) << 10) + (u - 0xDC00));
                                surrogate = 0;
                                continue;
                            }
                            utf8_append(out, surrogate);
                            surrogate = 0;
                        }
                        if (u >= 0xD800 && u <= 0xDBFF)
                            surrogate = u;
                        else
                            utf8_append(out, u);
                    }
                    continue;
                }
                // Leaving the base64 section.
                in_shift = false;
                if (bits >= 6) {
                    s++;
                    reason = "partial character in shift sequence";
                } else if (bits > 0 && buffer != 0) {
                    s++;
                    reason = "non-zero padding bits in shift sequence";
                } else {
                    if (surrogate && ch < 0x80 && ch != '+') utf8_append(out, surrogate);
                    surrogate = 0;
                    if (ch == '-') s++; // absorbed; other terminators stay
                    continue;
                }
            } else if (ch == '+') {
                start = s;
                s++;
                if (s < d.size() && d[s] == '-') {
                    s++;
                    out.push_back('+');
                    continue;
                }
                if (s < d.size() && !is_base64(static_cast<unsigned char>(d[s]))) {
                    s++;
                    reason = "ill-formed sequence";
                } else {
                    in_shift = true;
                    surrogate = 0;
                    shift_out_start = out.size();
                    bits = 0;
                    buffer = 0;
                    continue;
                }
            } else if (ch < 0x80) {
                s++;
                out.push_back(static_cast<char>(ch));
                continue;
            } else {
                start = s;
                s++;
                reason = "unexpected special character";
            }
            size_t pos = 0;
            if (!decode_error(st, start, s, reason, out, &pos)) return Value();
            s = pos;
        }
        // The end of the data inside a shift sequence.
        if (in_shift && !consumed) {
            in_shift = false;
            if (surrogate || bits >= 6 || (bits > 0 && buffer != 0)) {
                size_t pos = 0;
                if (!decode_error(st, start, s, "unterminated shift sequence", out, &pos))
                    return Value();
                s = pos;
                if (s < st.data.size()) continue;
            }
        }
        break;
    }
    if (consumed) {
        if (in_shift) {
            *consumed = start;
            out.resize(shift_out_start);
        } else {
            *consumed = s;
        }
    }
    return make_str(out);
}

// -- unicode_escape, raw_unicode_escape --------------------------------------------------------

Value codec_unicode_escape_encode(Value str) {
    std::string out;
    std::string_view s = str_view(str);
    out.reserve(s.size());
    const char* p = s.data();
    const char* end = p + s.size();
    while (p < end) {
        uint32_t c = utf8_decode(p);
        if (c >= 0x20 && c < 0x7F) {
            if (c == '\\') out.push_back('\\');
            out.push_back(static_cast<char>(c));
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x100) {
            out += "\\x";
            append_hex(out, c, 2);
        } else if (c < 0x10000) {
            out += "\\u";
            append_hex(out, c, 4);
        } else {
            out += "\\U";
            append_hex(out, c, 8);
        }
    }
    return make_bytes(out);
}

Value codec_unicode_escape_decode(std::string_view data, std::string_view errors,
                                  size_t* consumed) {
    DecodeState st("unicodeescape", errors, data);
    std::string out;
    out.reserve(data.size());
    std::string warning; // for the first invalid escape
    size_t s = 0;
    while (s < st.data.size()) {
        std::string_view d = st.data;
        size_t end = d.size();
        unsigned char c = static_cast<unsigned char>(d[s++]);
        if (c != '\\') {
            utf8_append(out, c); // other bytes are code points (Latin-1)
            continue;
        }
        size_t start = s - 1;
        const char* reason = "\\ at end of string";
        bool incomplete = false;
        if (s >= end) {
            incomplete = true;
        } else {
            c = static_cast<unsigned char>(d[s++]);
            int count = 0;
            switch (c) {
            case '\n': continue;
            case '\\': out.push_back('\\'); continue;
            case '\'': out.push_back('\''); continue;
            case '"': out.push_back('"'); continue;
            case 'b': out.push_back('\b'); continue;
            case 'f': out.push_back('\f'); continue;
            case 't': out.push_back('\t'); continue;
            case 'n': out.push_back('\n'); continue;
            case 'r': out.push_back('\r'); continue;
            case 'v': out.push_back('\v'); continue;
            case 'a': out.push_back('\a'); continue;
            case '0':
            case '1':
            case '2':
            case '3':
            case '4':
            case '5':
            case '6':
            case '7': {
                uint32_t ch = c - '0';
                if (s < end && is_octal(d[s])) {
                    ch = ch * 8 + static_cast<uint32_t>(d[s++] - '0');
                    if (s < end && is_octal(d[s]))
                        ch = ch * 8 + static_cast<uint32_t>(d[s++] - '0');
                }
                if (ch > 0377 && warning.empty()) warning = invalid_escape_warning(d, s - 3);
                utf8_append(out, ch);
                continue;
            }
            case 'x':
                count = 2;
                reason = "truncated \\xXX escape";
                break;
            case 'u':
                count = 4;
                reason = "truncated \\uXXXX escape";
                break;
            case 'U':
                count = 8;
                reason = "truncated \\UXXXXXXXX escape";
                break;
            case 'N':
                reason = "malformed \\N character escape";
                if (s >= end) {
                    incomplete = true;
                } else if (d[s] == '{') {
                    size_t name = ++s;
                    while (s < end && d[s] != '}')
                        s++;
                    if (s >= end) {
                        incomplete = true;
                    } else if (s > name) {
                        // A character name (aliases too), case-insensitive.
                        auto named = unicode::lookup_codepoint(d.substr(name, s - name));
                        s++;
                        if (named) {
                            utf8_append(out, *named);
                            continue;
                        }
                        reason = "unknown Unicode character name";
                    }
                }
                break;
            default:
                if (warning.empty()) warning = invalid_escape_warning(d, s - 1);
                out.push_back('\\');
                utf8_append(out, c);
                continue;
            }
            if (count) {
                uint32_t ch = 0;
                bool bad = false;
                for (; count; ++s, --count) {
                    if (s >= end) {
                        incomplete = true;
                        break;
                    }
                    int h = hex_value(static_cast<unsigned char>(d[s]));
                    if (h < 0) {
                        bad = true;
                        break;
                    }
                    ch = (ch << 4) + static_cast<uint32_t>(h);
                }
                if (!incomplete && !bad) {
                    if (ch <= 0x10FFFF) {
                        utf8_append(out, ch);
                        continue;
                    }
                    reason = "illegal Unicode character";
                }
            }
        }
        if (incomplete && consumed) {
            *consumed = start;
            consumed = nullptr; // stored
            break;
        }
        size_t pos = 0;
        if (!decode_error(st, start, s, reason, out, &pos)) return Value();
        s = pos;
    }
    if (consumed) *consumed = data.size();
    Value result = make_str(out);
    if (result && !warning.empty() && !codec_warn(exc::DeprecationWarning, warning)) return Value();
    return result;
}

Value codec_raw_unicode_escape_encode(Value str) {
    std::string out;
    std::string_view s = str_view(str);
    out.reserve(s.size());
    const char* p = s.data();
    const char* end = p + s.size();
    while (p < end) {
        uint32_t c = utf8_decode(p);
        if (c < 0x100) {
            out.push_back(static_cast<char>(c));
        } else if (c < 0x10000) {
            out += "\\u";
            append_hex(out, c, 4);
        } else {
            out += "\\U";
            append_hex(out, c, 8);
        }
    }
    return make_bytes(out);
}

Value codec_raw_unicode_escape_decode(std::string_view data, std::string_view errors,
                                      size_t* consumed) {
    DecodeState st("rawunicodeescape", errors, data);
    std::string out;
    out.reserve(data.size());
    size_t s = 0;
    while (s < st.data.size()) {
        std::string_view d = st.data;
        size_t end = d.size();
        unsigned char c = static_cast<unsigned char>(d[s++]);
        if (c != '\\' || (s >= end && !consumed)) {
            utf8_append(out, c);
            continue;
        }
        size_t start = s - 1;
        bool incomplete = s >= end;
        const char* reason = "\\ at end of string";
        if (!incomplete) {
            c = static_cast<unsigned char>(d[s++]);
            int count = 0;
            if (c == 'u') {
                count = 4;
                reason = "truncated \\uXXXX escape";
            } else if (c == 'U') {
                count = 8;
                reason = "truncated \\UXXXXXXXX escape";
            } else {
                out.push_back('\\');
                utf8_append(out, c);
                continue;
            }
            uint32_t ch = 0;
            bool bad = false;
            for (; count; ++s, --count) {
                if (s >= end) {
                    incomplete = true;
                    break;
                }
                int h = hex_value(static_cast<unsigned char>(d[s]));
                if (h < 0) {
                    bad = true;
                    break;
                }
                ch = (ch << 4) + static_cast<uint32_t>(h);
            }
            if (!incomplete && !bad) {
                if (ch <= 0x10FFFF) {
                    utf8_append(out, ch);
                    continue;
                }
                reason = "\\Uxxxxxxxx out of range";
            }
        }
        if (incomplete && consumed) {
            *consumed = start;
            consumed = nullptr; // stored
            break;
        }
        size_t pos = 0;
        if (!decode_error(st, start, s, reason, out, &pos)) return Value();
        s = pos;
    }
    if (consumed) *consumed = data.size();
    return make_str(out);
}

// -- The bytes escape codec ----------------------------------------------------------------------

Value codec_escape_encode(std::string_view data) {
    std::string out;
    out.reserve(data.size());
    for (char ch : data) {
        unsigned char c = static_cast<unsigned char>(ch);
        if (c == '\'' || c == '\\') {
            out.push_back('\\');
            out.push_back(ch);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < ' ' || c >= 0x7F) {
            out += "\\x";
            append_hex(out, c, 2);
        } else {
            out.push_back(ch);
        }
    }
    return make_bytes(out);
}

Value codec_escape_decode(std::string_view data, std::string_view errors) {
    std::string out;
    out.reserve(data.size());
    std::string warning;
    size_t n = data.size();
    for (size_t s = 0; s < n;) {
        if (data[s] != '\\') {
            out.push_back(data[s++]);
            continue;
        }
        s++;
        if (s == n) return raise(exc::ValueError, "Trailing \\ in string");
        unsigned char c = static_cast<unsigned char>(data[s++]);
        switch (c) {
        case '\n': break;
        case '\\': out.push_back('\\'); break;
        case '\'': out.push_back('\''); break;
        case '"': out.push_back('"'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 't': out.push_back('\t'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 'v': out.push_back('\v'); break;
        case 'a': out.push_back('\a'); break;
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7': {
            uint32_t v = c - '0';
            if (s < n && is_octal(data[s])) {
                v = v * 8 + static_cast<uint32_t>(data[s++] - '0');
                if (s < n && is_octal(data[s])) v = v * 8 + static_cast<uint32_t>(data[s++] - '0');
            }
            if (v > 0377 && warning.empty()) warning = invalid_escape_warning(data, s - 3);
            out.push_back(static_cast<char>(v & 0xFF));
            break;
        }
        case 'x': {
            if (s + 1 < n) {
                int h1 = hex_value(static_cast<unsigned char>(data[s]));
                int h2 = hex_value(static_cast<unsigned char>(data[s + 1]));
                if (h1 >= 0 && h2 >= 0) {
                    out.push_back(static_cast<char>(h1 * 16 + h2));
                    s += 2;
                    break;
                }
            }
            if (errors == "strict")
                return raise(exc::ValueError, "invalid \\x escape at position %zu", s - 2);
            if (errors == "replace") {
                out.push_back('?');
            } else if (errors != "ignore") {
                return raise(exc::ValueError, "decoding error; unknown error handling code: %.400s",
                             std::string(errors).c_str());
            }
            if (s < n && hex_value(static_cast<unsigned char>(data[s])) >= 0) s++;
            break;
        }
        default:
            if (warning.empty()) warning = invalid_escape_warning(data, s - 1);
            out.push_back('\\');
            s--;
            break;
        }
    }
    Value result = make_bytes(out);
    if (result && !warning.empty() && !codec_warn(exc::DeprecationWarning, warning)) return Value();
    return result;
}

// -- Charmap ------------------------------------------------------------------------------------

Value codec_charmap_encode(Value str, std::string_view errors, Value mapping) {
    if (!mapping || is_none(mapping)) return encode_ucs1(str, errors, 256);
    const char* reason = "character maps to <undefined>";
    std::vector<uint32_t> cps = code_points(str_view(str));
    EncodeState st("charmap", errors, str, cps);
    std::string out;
    out.reserve(cps.size());
    size_t n = cps.size();
    for (size_t i = 0; i < n;) {
        int r = charmap_output(cps[i], mapping, out);
        if (r < 0) return Value();
        if (r > 0) {
            i++;
            continue;
        }
        // The error covers the run of unmapped characters.
        size_t end = i + 1;
        while (end < n) {
            Value x = charmap_encode_lookup(cps[end], mapping);
            if (!x) return x;
            if (!is_none(x)) break;
            end++;
        }
        int64_t s = static_cast<int64_t>(i), e = static_cast<int64_t>(end);
        // The built-in handlers' replacements go through the mapping too.
        if (st.handler == Handler::Strict) {
            raise_encode_error(st, s, e, reason);
            return Value();
        }
        Rep rep;
        rep.pos = end;
        if (st.handler == Handler::Replace) {
            rep.text.assign(end - i, '?');
        } else if (st.handler == Handler::XmlCharRefReplace) {
            for (size_t k = i; k < end; k++)
                rep.text += "&#" + std::to_string(cps[k]) + ";";
        } else if (st.handler != Handler::Ignore) {
            if (!encode_error(st, i, end, reason, rep)) return Value();
        }
        if (rep.what == Outcome::Bytes) {
            out += rep.text;
        } else {
            int ok = charmap_output_text(rep.text, mapping, out);
            if (ok < 0) return Value();
            if (ok == 0) {
                raise_encode_error(st, s, e, reason);
                return Value();
            }
        }
        i = rep.pos;
    }
    return make_bytes(out);
}

Value codec_charmap_decode(std::string_view data, std::string_view errors, Value mapping) {
    if (!mapping || is_none(mapping)) return codec_latin1_decode(data);
    const char* reason = "character maps to <undefined>";
    DecodeState st("charmap", errors, data);
    std::string out;
    out.reserve(data.size());
    std::vector<uint32_t> table;
    bool is_table = is_exact_str(mapping);
    if (is_table) table = code_points(str_view(mapping));
    for (size_t s = 0; s < st.data.size();) {
        unsigned char ch = static_cast<unsigned char>(st.data[s]);
        bool undefined = false;
        if (is_table) {
            uint32_t x = static_cast<size_t>(ch) < table.size() ? table[ch] : 0xFFFE;
            if (x == 0xFFFE)
                undefined = true;
            else
                utf8_append(out, x);
        } else {
            Value item = get_item(mapping, Value::small_int(ch));
            if (!item) {
                if (!err_matches(exc::LookupError)) return item;
                err_clear();
                undefined = true;
            } else if (is_none(item)) {
                undefined = true;
            } else if (is_int(item)) {
                int64_t v = 0;
                bool fits = int_fits_int64(item, &v);
                if (fits && v == 0xFFFE) {
                    undefined = true;
                } else if (!fits || v < 0 || v > 0x10FFFF) {
                    return raise(exc::TypeError, "character mapping must be in range(0x110000)");
                } else {
                    utf8_append(out, static_cast<uint32_t>(v));
                }
            } else if (is_str(item)) {
                if (str_length(item) == 1 && str_codepoint_at(item, 0) == 0xFFFE)
                    undefined = true;
                else
                    out += str_view(item);
            } else {
                return raise(exc::TypeError, "character mapping must return integer, None or str");
            }
        }
        if (!undefined) {
            s++;
            continue;
        }
        size_t pos = 0;
        if (!decode_error(st, s, s + 1, reason, out, &pos)) return Value();
        s = pos;
    }
    return make_str(out);
}

Value codec_charmap_build(Value table) {
    // CPython builds a lookup trie (EncodingMap) unless the table maps a
    // character other than NUL to 0 or holds characters beyond U+FFFF; then
    // a dict. Both map the first 256 characters to their index, the later
    // of two equal characters winning; the trie leaves out U+FFFE
    // (undefined). uopy always builds the dict, with the trie's contents.
    std::vector<uint32_t> cps = code_points(str_view(table));
    if (cps.empty()) return raise(exc::TypeError, "bad argument type for built-in operation");
    size_t length = cps.size() < 256 ? cps.size() : 256;
    bool need_dict = cps[0] != 0;
    for (size_t i = 1; i < length && !need_dict; i++)
        if (cps[i] == 0 || cps[i] > 0xFFFF) need_dict = true;
    Value d(make_dict());
    if (!d) return d;
    for (size_t i = 0; i < length; i++) {
        if (!need_dict && cps[i] == 0xFFFE) continue;
        Value key = make_int(cps[i]);
        if (!key || !dict_set(as_dict(d), key, Value::small_int(static_cast<int64_t>(i))))
            return Value();
    }
    return d;
}

} // namespace uopy
