// The `_json` module: the accelerators Lib/json imports over its pure-Python
// code — scanstring, make_scanner (the type _json.Scanner),
// encode_basestring, encode_basestring_ascii and make_encoder (the type
// _json.Encoder). CPython counterpart: Modules/_json.c (3.11), whose results,
// error messages and error positions are followed: "Invalid \escape" and
// "Invalid control character at" without the character, positions of the
// offending character, "Out of range float values are not JSON compliant"
// without the value, and the C encoder's int.__repr__/float.__repr__ for
// subclasses of int and float (IntEnum members encode as their value).
//
// Positions. A str is UTF-8 (objects/str.h) while every position Python
// sees is a code-point index. Scanning works on bytes: every character the
// grammar looks at is ASCII, and a byte of a multi-byte character is never
// equal to one, so the scanner never needs to know where characters start
// outside the string contents it copies. A byte offset becomes a code-point
// index only where Python sees it (the end index returned, StopIteration's
// value, a JSONDecodeError's pos): counting from a known (byte, code point)
// pair, linearly. For a non-ASCII document, the code-point index a call
// starts at is found from the end of the previous call on the same str (a
// cache the collector clears when that str dies), so that raw_decode() run
// over a long document, call after call, stays linear.
//
// The checks that count characters ("\uXXXX" needs four more characters and
// one after them) are made on bytes: when bytes and characters disagree,
// some of those characters are not ASCII hex digits, and CPython reports the
// same error at the same place ('u') either way.
//
// Recursion into arrays, objects and default() results counts against the
// recursion limit together with the Python frames, as CPython 3.11's
// Py_EnterRecursiveCall does, and the native stack is checked as well.
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/float.h"
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
#include "runtime/interp.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <system_error>

namespace uopy {

// float.__repr__'s text (objects/float.cpp).
std::string float_repr_text(double d);

static Type ScannerType, EncoderType;

// -- Shared helpers ---------------------------------------------------------------------------

// Py_EnterRecursiveCall: Python frames and nested native calls share the limit.
namespace {
struct JsonDepth {
    bool ok;
    explicit JsonDepth(const char* where) {
        ThreadState* ts = g_ts;
        ++ts->native_depth;
        ok = ts->native_depth + ts->py_depth <= ts->recursion_limit && check_native_stack();
        if (!ok && !err_occurred())
            raise(exc::RecursionError, "maximum recursion depth exceeded%s", where);
    }
    ~JsonDepth() { --g_ts->native_depth; }
    JsonDepth(const JsonDepth&) = delete;
    JsonDepth& operator=(const JsonDepth&) = delete;
};
} // namespace

static Value not_a_string(Value v) {
    return raise(exc::TypeError, "first argument must be a string, not %.80s", type_name(v));
}

// Where the last scan of a non-ASCII str ended: (str, code point, byte).
// Not a root: a weak processor forgets the str when it dies.
static struct {
    const Object* str;
    size_t cp;
    size_t byte;
} g_pos_cache;

static void json_weak_processor() {
    if (g_pos_cache.str && !gc_survives(g_pos_cache.str)) g_pos_cache.str = nullptr;
}

// The byte offset of code point [cp] (<= the length) of [s].
static size_t byte_offset_of(Value s, size_t cp) {
    if (str_is_ascii(s)) return cp;
    StrObject* so = as_str(s);
    if (g_pos_cache.str == so && cp >= g_pos_cache.cp) {
        const char* p = so->data + g_pos_cache.byte;
        for (size_t i = g_pos_cache.cp; i < cp; i++) {
            unsigned char c = static_cast<unsigned char>(*p);
            p += c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
        }
        return static_cast<size_t>(p - so->data);
    }
    return str_byte_offset(s, cp);
}

static void remember_position(Value s, size_t cp, size_t byte) {
    if (str_is_ascii(s)) return;
    g_pos_cache.str = s.as_ptr();
    g_pos_cache.cp = cp;
    g_pos_cache.byte = byte;
}

// The document being scanned: its bytes, and one (byte, code point) pair
// from which byte offsets at or after it are converted.
struct JsonText {
    Value doc;
    const char* p;
    size_t n;
    bool ascii;
    size_t base_byte;
    size_t base_cp;

    JsonText(Value s, size_t start_byte, size_t start_cp)
        : doc(s), p(as_str(s)->data), n(as_str(s)->nbytes), ascii(str_is_ascii(s)),
          base_byte(start_byte), base_cp(start_cp) {}

    int64_t cp(size_t b) const {
        if (ascii) return static_cast<int64_t>(b);
        if (b >= base_byte) {
            std::string_view run(p + base_byte, b - base_byte);
            return static_cast<int64_t>(base_cp + utf8_length(run));
        }
        return static_cast<int64_t>(utf8_length(std::string_view(p, b)));
    }
};

// raise json.decoder.JSONDecodeError(msg, doc, pos), [pos] a code-point index.
static Value raise_decode_error_at(const char* msg, Value doc, int64_t pos) {
    Value mod = import_module("json.decoder");
    if (!mod) return mod;
    Value cls = get_attr_cstr(mod, "JSONDecodeError");
    if (!cls) return cls;
    Value m = make_str(msg);
    if (!m) return m;
    Value p = make_int(pos);
    if (!p) return p;
    Value args[3] = {m, doc, p};
    Value e = call(cls, args, 3);
    if (!e) return e;
    return raise_instance(e);
}

static Value decode_error(const char* msg, const JsonText& t, size_t byte) {
    return raise_decode_error_at(msg, t.doc, t.cp(byte));
}

static Value stop_iteration_at(int64_t pos) {
    Value v = make_int(pos);
    if (!v) return v;
    return raise_with_arg(exc::StopIteration, v);
}

static inline bool is_ws(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
static inline bool is_digit(unsigned char c) {
    return c >= '0' && c <= '9';
}
static inline int hex_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}
// Four hex digits at [s]; false if any is not one.
static bool read_hex4(const unsigned char* s, uint32_t* out) {
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        int d = hex_value(s[i]);
        if (d < 0) return false;
        v = (v << 4) | static_cast<uint32_t>(d);
    }
    *out = v;
    return true;
}

// -- Strings ----------------------------------------------------------------------------------

// The string whose contents start at byte [start] has no closing quote:
// the error names the character before [start] (the opening quote).
static Value unterminated(const JsonText& t, size_t start) {
    return raise_decode_error_at("Unterminated string starting at", t.doc, t.cp(start) - 1);
}

// The JSON string whose contents start at byte [start] (just after the
// opening quote): its value, and in [*next] the byte after the closing quote.
static Value scan_string(const JsonText& t, size_t start, bool strict, size_t* next) {
    const unsigned char* s = reinterpret_cast<const unsigned char*>(t.p);
    const size_t len = t.n;
    std::string buf;
    bool buffered = false;
    size_t i = start;
    for (;;) {
        size_t chunk = i;
        unsigned char c = 0;
        bool found = false;
        while (i < len) {
            c = s[i];
            if (c == '"' || c == '\\') {
                found = true;
                break;
            }
            if (c < 0x20 && strict) return decode_error("Invalid control character at", t, i);
            i++;
        }
        if (!found) return unterminated(t, start);
        if (c == '"') {
            *next = i + 1;
            if (!buffered) return make_str(std::string_view(t.p + chunk, i - chunk));
            buf.append(t.p + chunk, i - chunk);
            return make_str(buf);
        }
        // A backslash.
        buf.append(t.p + chunk, i - chunk);
        buffered = true;
        i++;
        if (i >= len) return unterminated(t, start);
        c = s[i];
        if (c != 'u') {
            char out;
            switch (c) {
            case '"':
            case '\\':
            case '/':
                out = static_cast<char>(c);
                break;
            case 'b':
                out = '\b';
                break;
            case 'f':
                out = '\f';
                break;
            case 'n':
                out = '\n';
                break;
            case 'r':
                out = '\r';
                break;
            case 't':
                out = '\t';
                break;
            default:
                return decode_error("Invalid \\escape", t, i - 1);
            }
            buf.push_back(out);
            i++;
            continue;
        }
        // \uXXXX, at least one character after it; i is at the 'u'.
        uint32_t cp;
        if (i + 5 >= len || !read_hex4(s + i + 1, &cp))
            return decode_error("Invalid \\uXXXX escape", t, i);
        size_t end = i + 5;
        if (cp >= 0xD800 && cp <= 0xDBFF && end + 6 < len && s[end] == '\\' && s[end + 1] == 'u') {
            uint32_t low;
            if (!read_hex4(s + end + 2, &low))
                return decode_error("Invalid \\uXXXX escape", t, end + 1);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                cp = 0x10000 + (((cp - 0xD800) << 10) | (low - 0xDC00));
                end += 6;
            }
        }
        utf8_append(buf, cp);
        i = end;
    }
}

// scanstring(string, end, strict=True) -> (str, end)
static Value json_scanstring(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("scanstring", kwnames) ||
        !check_nargs_tuple_style("scanstring", nargs, 2, 3))
        return Value();
    int64_t end;
    if (!index_as_int64(args[1], &end, exc::OverflowError)) return Value();
    int64_t strict = 1;
    if (nargs > 2 && !index_as_int64(args[2], &strict, exc::OverflowError)) return Value();
    Value s = args[0];
    if (!is_str(s)) return not_a_string(s);
    size_t length = str_length(s);
    if (end < 0 || static_cast<size_t>(end) > length)
        return raise(exc::ValueError, "end is out of bounds");
    size_t start_byte = byte_offset_of(s, static_cast<size_t>(end));
    JsonText t(s, start_byte, static_cast<size_t>(end));
    size_t next = 0;
    Value r = scan_string(t, start_byte, strict != 0, &next);
    if (!r) return r;
    int64_t next_cp = t.cp(next);
    remember_position(s, static_cast<size_t>(next_cp), next);
    Value n = make_int(next_cp);
    if (!n) return n;
    return tuple_pack({r, n});
}

// -- The scanner --------------------------------------------------------------------------------

struct ScannerObject : Object {
    Value object_hook;
    Value object_pairs_hook;
    Value parse_float;
    Value parse_int;
    Value parse_constant;
    Value memo; // dict: each key str decoded, so that equal keys share one str
    bool strict;
};

static inline ScannerObject* as_scanner(Value v) {
    return static_cast<ScannerObject*>(v.as_ptr());
}

static void scanner_trace(Object* o, Tracer& t) {
    auto* s = static_cast<ScannerObject*>(o);
    t.visit(s->object_hook);
    t.visit(s->object_pairs_hook);
    t.visit(s->parse_float);
    t.visit(s->parse_int);
    t.visit(s->parse_constant);
    t.visit(s->memo);
}

static Value scan_once(ScannerObject* sc, const JsonText& t, size_t idx, size_t* next);

static size_t skip_ws(const JsonText& t, size_t i) {
    while (i < t.n && is_ws(static_cast<unsigned char>(t.p[i])))
        i++;
    return i;
}

// An object whose '{' is just before byte [idx].
static Value parse_object(ScannerObject* sc, const JsonText& t, size_t idx, size_t* next) {
    const char* s = t.p;
    const size_t n = t.n;
    bool pairs = !is_none(sc->object_pairs_hook);
    Value rval;
    if (pairs) {
        rval = make_list(0);
    } else {
        Dict* d = make_dict();
        if (d) rval = Value(d);
    }
    if (!rval) return rval;
    Dict* memo = as_dict(sc->memo);

    idx = skip_ws(t, idx);
    if (idx >= n || s[idx] != '}') {
        for (;;) {
            if (idx >= n || s[idx] != '"')
                return decode_error("Expecting property name enclosed in double quotes", t, idx);
            size_t after = 0;
            Value key = scan_string(t, idx + 1, sc->strict, &after);
            if (!key) return key;
            int64_t h = str_hash(key);
            Value known = dict_get_hashed(memo, key, h);
            if (known) {
                key = known;
            } else {
                if (err_occurred()) return Value();
                if (!dict_set_hashed(memo, key, h, key)) return Value();
            }
            idx = skip_ws(t, after);
            if (idx >= n || s[idx] != ':') return decode_error("Expecting ':' delimiter", t, idx);
            idx = skip_ws(t, idx + 1);

            Value val = scan_once(sc, t, idx, &after);
            if (!val) return val;
            if (pairs) {
                Value item = tuple_pack({key, val});
                if (!item || !list_append(rval, item)) return Value();
            } else {
                if (!dict_set_hashed(as_dict(rval), key, h, val)) return Value();
            }
            idx = skip_ws(t, after);
            if (idx < n && s[idx] == '}') break;
            if (idx >= n || s[idx] != ',') return decode_error("Expecting ',' delimiter", t, idx);
            idx = skip_ws(t, idx + 1);
        }
    }
    *next = idx + 1;
    if (pairs) return call1(sc->object_pairs_hook, rval);
    if (!is_none(sc->object_hook)) return call1(sc->object_hook, rval);
    return rval;
}

// An array whose '[' is just before byte [idx].
static Value parse_array(ScannerObject* sc, const JsonText& t, size_t idx, size_t* next) {
    const char* s = t.p;
    const size_t n = t.n;
    Value rval = make_list(0);
    if (!rval) return rval;
    idx = skip_ws(t, idx);
    if (idx >= n || s[idx] != ']') {
        for (;;) {
            size_t after = 0;
            Value val = scan_once(sc, t, idx, &after);
            if (!val) return val;
            if (!list_append(rval, val)) return Value();
            idx = skip_ws(t, after);
            if (idx < n && s[idx] == ']') break;
            if (idx >= n || s[idx] != ',') return decode_error("Expecting ',' delimiter", t, idx);
            idx = skip_ws(t, idx + 1);
        }
    }
    *next = idx + 1;
    return rval;
}

static Value parse_constant(ScannerObject* sc, const char* name, size_t idx, size_t len,
                            size_t* next) {
    Value s = make_str(name);
    if (!s) return s;
    Value r = call1(sc->parse_constant, s);
    if (r) *next = idx + len;
    return r;
}

// A number at byte [start], as CPython's _match_number_unicode reads it:
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?, backing off an exponent
// without digits.
static Value match_number(ScannerObject* sc, const JsonText& t, size_t start, size_t* next) {
    const unsigned char* s = reinterpret_cast<const unsigned char*>(t.p);
    const size_t n = t.n;
    size_t i = start;
    if (s[i] == '-') {
        i++;
        if (i >= n) return stop_iteration_at(t.cp(start));
    }
    if (s[i] >= '1' && s[i] <= '9') {
        i++;
        while (i < n && is_digit(s[i]))
            i++;
    } else if (s[i] == '0') {
        i++;
    } else {
        return stop_iteration_at(t.cp(start));
    }
    bool floating = false;
    if (i + 1 < n && s[i] == '.' && is_digit(s[i + 1])) {
        floating = true;
        i += 2;
        while (i < n && is_digit(s[i]))
            i++;
    }
    if (i + 1 < n && (s[i] == 'e' || s[i] == 'E')) {
        size_t e_start = i;
        i++;
        if (i + 1 < n && (s[i] == '-' || s[i] == '+')) i++;
        while (i < n && is_digit(s[i]))
            i++;
        if (is_digit(s[i - 1]))
            floating = true;
        else
            i = e_start;
    }
    std::string_view text(t.p + start, i - start);
    Value custom;
    if (floating && sc->parse_float != Value(&FloatType))
        custom = sc->parse_float;
    else if (!floating && sc->parse_int != Value(&IntType))
        custom = sc->parse_int;
    Value r;
    if (custom) {
        Value str = make_str(text);
        if (!str) return str;
        r = call1(custom, str);
    } else if (floating) {
        double d = 0;
        auto res = std::from_chars(text.data(), text.data() + text.size(), d);
        if (res.ec != std::errc() || res.ptr != text.data() + text.size()) {
            // Out of range: C's strtod gives the infinity or the zero Python does.
            std::string copy(text);
            d = std::strtod(copy.c_str(), nullptr);
        }
        r = make_float(d);
    } else {
        bool neg = text[0] == '-';
        size_t ndigits = text.size() - (neg ? 1 : 0);
        if (ndigits <= 18) {
            int64_t v = 0;
            for (size_t k = neg ? 1 : 0; k < text.size(); k++)
                v = v * 10 + (text[k] - '0');
            r = make_int(neg ? -v : v);
        } else {
            // int() itself, with its limit on the number of digits.
            Value str = make_str(text);
            if (!str) return str;
            r = call1(Value(&IntType), str);
        }
    }
    if (r) *next = i;
    return r;
}

// Any JSON value at byte [idx]; StopIteration(idx) when there is none.
static Value scan_once(ScannerObject* sc, const JsonText& t, size_t idx, size_t* next) {
    const char* s = t.p;
    const size_t n = t.n;
    if (idx >= n) return stop_iteration_at(t.cp(idx));
    switch (s[idx]) {
    case '"':
        return scan_string(t, idx + 1, sc->strict, next);
    case '{': {
        JsonDepth guard(" while decoding a JSON object from a unicode string");
        if (!guard.ok) return Value();
        return parse_object(sc, t, idx + 1, next);
    }
    case '[': {
        JsonDepth guard(" while decoding a JSON array from a unicode string");
        if (!guard.ok) return Value();
        return parse_array(sc, t, idx + 1, next);
    }
    case 'n':
        if (idx + 4 <= n && std::memcmp(s + idx, "null", 4) == 0) {
            *next = idx + 4;
            return None();
        }
        break;
    case 't':
        if (idx + 4 <= n && std::memcmp(s + idx, "true", 4) == 0) {
            *next = idx + 4;
            return True();
        }
        break;
    case 'f':
        if (idx + 5 <= n && std::memcmp(s + idx, "false", 5) == 0) {
            *next = idx + 5;
            return False();
        }
        break;
    case 'N':
        if (idx + 3 <= n && std::memcmp(s + idx, "NaN", 3) == 0)
            return parse_constant(sc, "NaN", idx, 3, next);
        break;
    case 'I':
        if (idx + 8 <= n && std::memcmp(s + idx, "Infinity", 8) == 0)
            return parse_constant(sc, "Infinity", idx, 8, next);
        break;
    case '-':
        if (idx + 9 <= n && std::memcmp(s + idx, "-Infinity", 9) == 0)
            return parse_constant(sc, "-Infinity", idx, 9, next);
        break;
    default:
        break;
    }
    return match_number(sc, t, idx, next);
}

// make_scanner(context): the scanner of a JSONDecoder, with its settings
// read once.
static Value scanner_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    static const char* const names[] = {"context"};
    Value ctx;
    if (!unpack_keyword_args("make_scanner", names, 1, 1, 1, args, nargs, kwnames, &ctx))
        return Value();
    Dict* memo = make_dict();
    if (!memo) return Value();
    Value strict = get_attr_cstr(ctx, "strict");
    if (!strict) return strict;
    int st = truthy(strict);
    if (st < 0) return Value();
    Value hook = get_attr_cstr(ctx, "object_hook");
    if (!hook) return hook;
    Value pairs_hook = get_attr_cstr(ctx, "object_pairs_hook");
    if (!pairs_hook) return pairs_hook;
    Value pf = get_attr_cstr(ctx, "parse_float");
    if (!pf) return pf;
    Value pi = get_attr_cstr(ctx, "parse_int");
    if (!pi) return pi;
    Value pc = get_attr_cstr(ctx, "parse_constant");
    if (!pc) return pc;
    auto* sc = gc_new<ScannerObject>(type, type->basic_size);
    if (!sc) return Value();
    sc->memo = Value(memo);
    sc->strict = st != 0;
    sc->object_hook = hook;
    sc->object_pairs_hook = pairs_hook;
    sc->parse_float = pf;
    sc->parse_int = pi;
    sc->parse_constant = pc;
    return Value(sc);
}

// scanner(string, idx) -> (value, end); StopIteration(idx) when no value
// starts at idx.
static Value scanner_call(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const char* const names[] = {"string", "idx"};
    Value a[2];
    if (!unpack_keyword_args("scan_once", names, 2, 2, 2, args, nargs, kwnames, a))
        return Value();
    int64_t idx;
    if (!index_as_int64(a[1], &idx, exc::OverflowError)) return Value();
    Value s = a[0];
    if (!is_str(s)) return not_a_string(s);
    ScannerObject* sc = as_scanner(self);
    if (idx < 0) return raise(exc::ValueError, "idx cannot be negative");
    if (static_cast<size_t>(idx) >= str_length(s)) return stop_iteration_at(idx);
    size_t start = byte_offset_of(s, static_cast<size_t>(idx));
    JsonText t(s, start, static_cast<size_t>(idx));
    size_t next = 0;
    Value r = scan_once(sc, t, start, &next);
    dict_clear(as_dict(sc->memo));
    if (!r) return r;
    int64_t next_cp = t.cp(next);
    remember_position(s, static_cast<size_t>(next_cp), next);
    Value end = make_int(next_cp);
    if (!end) return end;
    return tuple_pack({r, end});
}

static Value scanner_get_strict(Value self) {
    return Bool(as_scanner(self)->strict);
}
static Value scanner_get_object_hook(Value self) {
    return as_scanner(self)->object_hook;
}
static Value scanner_get_object_pairs_hook(Value self) {
    return as_scanner(self)->object_pairs_hook;
}
static Value scanner_get_parse_float(Value self) {
    return as_scanner(self)->parse_float;
}
static Value scanner_get_parse_int(Value self) {
    return as_scanner(self)->parse_int;
}
static Value scanner_get_parse_constant(Value self) {
    return as_scanner(self)->parse_constant;
}

static const GetSetDef scanner_getsets[] = {
    {"strict", scanner_get_strict, nullptr, "strict"},
    {"object_hook", scanner_get_object_hook, nullptr, "object_hook"},
    {"object_pairs_hook", scanner_get_object_pairs_hook, nullptr, nullptr},
    {"parse_float", scanner_get_parse_float, nullptr, "parse_float"},
    {"parse_int", scanner_get_parse_int, nullptr, "parse_int"},
    {"parse_constant", scanner_get_parse_constant, nullptr, "parse_constant"},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- String encoding ------------------------------------------------------------------------------

static const char kHexDigits[] = "0123456789abcdef";

static void append_u_escape(std::string& out, uint32_t c) {
    char b[6] = {'\\', 'u', kHexDigits[(c >> 12) & 0xF], kHexDigits[(c >> 8) & 0xF],
                 kHexDigits[(c >> 4) & 0xF], kHexDigits[c & 0xF]};
    out.append(b, 6);
}

// The escape of an ASCII character that needs one in both encodings
// ('"', '\\', and the controls below 0x20).
static void append_short_escape(std::string& out, unsigned char c) {
    switch (c) {
    case '"':
        out += "\\\"";
        break;
    case '\\':
        out += "\\\\";
        break;
    case '\b':
        out += "\\b";
        break;
    case '\f':
        out += "\\f";
        break;
    case '\n':
        out += "\\n";
        break;
    case '\r':
        out += "\\r";
        break;
    case '\t':
        out += "\\t";
        break;
    default:
        append_u_escape(out, c);
        break;
    }
}

// "..." with only ASCII in it: printable ASCII other than '"' and '\\' as
// itself, everything else escaped (astral characters as surrogate pairs).
static void escape_ascii(std::string& out, std::string_view text) {
    const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
    const unsigned char* end = p + text.size();
    out.push_back('"');
    while (p < end) {
        const unsigned char* run = p;
        while (p < end && *p >= ' ' && *p <= '~' && *p != '"' && *p != '\\')
            p++;
        if (p != run) out.append(reinterpret_cast<const char*>(run), static_cast<size_t>(p - run));
        if (p >= end) break;
        unsigned char c = *p;
        if (c < 0x80) {
            append_short_escape(out, c);
            p++;
            continue;
        }
        const char* q = reinterpret_cast<const char*>(p);
        uint32_t cp = utf8_decode(q);
        p = reinterpret_cast<const unsigned char*>(q);
        if (cp >= 0x10000) {
            uint32_t v = cp - 0x10000;
            append_u_escape(out, 0xD800 | ((v >> 10) & 0x3FF));
            append_u_escape(out, 0xDC00 | (v & 0x3FF));
        } else {
            append_u_escape(out, cp);
        }
    }
    out.push_back('"');
}

// "..." keeping non-ASCII text as it is: only '"', '\\' and the controls
// below 0x20 are escaped.
static void escape_unicode(std::string& out, std::string_view text) {
    const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
    const unsigned char* end = p + text.size();
    out.push_back('"');
    while (p < end) {
        const unsigned char* run = p;
        while (p < end && *p >= ' ' && *p != '"' && *p != '\\')
            p++;
        if (p != run) out.append(reinterpret_cast<const char*>(run), static_cast<size_t>(p - run));
        if (p >= end) break;
        append_short_escape(out, *p);
        p++;
    }
    out.push_back('"');
}

static Value json_encode_basestring_ascii(Value, const Value* args, size_t, Value) {
    Value s = args[0];
    if (!is_str(s)) return not_a_string(s);
    std::string out;
    out.reserve(as_str(s)->nbytes + 2);
    escape_ascii(out, str_view(s));
    return make_str(out);
}

static Value json_encode_basestring(Value, const Value* args, size_t, Value) {
    Value s = args[0];
    if (!is_str(s)) return not_a_string(s);
    std::string out;
    out.reserve(as_str(s)->nbytes + 2);
    escape_unicode(out, str_view(s));
    return make_str(out);
}

// -- The encoder ----------------------------------------------------------------------------------

enum FastEncode : int { FAST_NONE = 0, FAST_ASCII = 1, FAST_UNICODE = 2 };

struct EncoderObject : Object {
    Value markers; // dict or None
    Value defaultfn;
    Value encoder;
    Value indent;
    Value key_separator;  // str
    Value item_separator; // str
    bool sort_keys;
    bool skipkeys;
    bool allow_nan;
    int fast; // FastEncode: encoder is one of this module's functions
};

static inline EncoderObject* as_encoder(Value v) {
    return static_cast<EncoderObject*>(v.as_ptr());
}

static void encoder_trace(Object* o, Tracer& t) {
    auto* e = static_cast<EncoderObject*>(o);
    t.visit(e->markers);
    t.visit(e->defaultfn);
    t.visit(e->encoder);
    t.visit(e->indent);
    t.visit(e->key_separator);
    t.visit(e->item_separator);
}

static bool encode_obj(EncoderObject* e, std::string& out, Value obj, int64_t level);

// [s] (a str) through the encoder.
static bool encode_string(EncoderObject* e, std::string& out, Value s) {
    if (e->fast == FAST_ASCII) {
        escape_ascii(out, str_view(s));
        return true;
    }
    if (e->fast == FAST_UNICODE) {
        escape_unicode(out, str_view(s));
        return true;
    }
    Value r = call1(e->encoder, s);
    if (!r) return false;
    if (!is_str(r)) {
        raise(exc::TypeError, "encoder() must return a string, not %.80s", type_name(r));
        return false;
    }
    out += str_view(r);
    return true;
}

// The text of a key that is not a str, through the encoder.
static bool encode_key_text(EncoderObject* e, std::string& out, const std::string& text) {
    if (e->fast == FAST_ASCII) {
        escape_ascii(out, text);
        return true;
    }
    if (e->fast == FAST_UNICODE) {
        escape_unicode(out, text);
        return true;
    }
    Value s = make_str(text);
    if (!s) return false;
    return encode_string(e, out, s);
}

// float.__repr__, or NaN/Infinity/-Infinity when allowed.
static bool float_text(EncoderObject* e, double d, std::string& out) {
    if (!std::isfinite(d)) {
        if (!e->allow_nan) {
            raise(exc::ValueError, "Out of range float values are not JSON compliant");
            return false;
        }
        out += d > 0 ? "Infinity" : d < 0 ? "-Infinity" : "NaN";
        return true;
    }
    out += float_repr_text(d);
    return true;
}

// int.__repr__ (also for subclasses, whatever their __repr__).
static bool int_text(Value v, std::string& out) {
    int64_t i;
    if (int_fits_int64(v, &i)) {
        char buf[24];
        auto res = std::to_chars(buf, buf + sizeof buf, i);
        out.append(buf, static_cast<size_t>(res.ptr - buf));
        return true;
    }
    Value s = int_to_str(v);
    if (!s) return false;
    out += str_view(s);
    return true;
}

// Enters [obj] in the markers (a dict from id to object): false with
// "Circular reference detected" if it is there already. [*ident] is left
// null when there are no markers.
static bool mark(EncoderObject* e, Value obj, Value* ident) {
    *ident = Value();
    if (is_none(e->markers)) return true;
    Value id = make_uint(obj.raw());
    if (!id) return false;
    int has = dict_contains(e->markers, id);
    if (has != 0) {
        if (has > 0) raise(exc::ValueError, "Circular reference detected");
        return false;
    }
    if (!dict_set(as_dict(e->markers), id, obj)) return false;
    *ident = id;
    return true;
}

static bool unmark(EncoderObject* e, Value ident) {
    if (!ident) return true;
    int r = dict_del(as_dict(e->markers), ident);
    if (r < 0) return false;
    if (r == 0) {
        raise_with_arg(exc::KeyError, ident);
        return false;
    }
    return true;
}

// list(iterable), by iteration even for a list subclass.
static Value iterate_to_list(Value iterable) {
    Value it = get_iter(iterable);
    if (!it) return it;
    Value list = make_list(0);
    if (!list) return list;
    for (;;) {
        Value x = iter_next(it);
        if (!x) return err_occurred() ? Value() : list;
        if (!list_append(list, x)) return Value();
    }
}

static bool encode_list(EncoderObject* e, std::string& out, Value obj, int64_t level) {
    // As PySequence_Fast takes it: an exact list or tuple as it is, a
    // subclass's items through its iteration. (The markers name [obj].)
    Value seq = obj;
    if (!is_exact_list(obj) && !is_exact_tuple(obj)) {
        seq = iterate_to_list(obj);
        if (!seq) return false;
    }
    bool is_lst = is_list(seq);
    size_t n = is_lst ? list_size(seq) : tuple_size(seq);
    if (n == 0) {
        out += "[]";
        return true;
    }
    Value ident;
    if (!mark(e, obj, &ident)) return false;
    out.push_back('[');
    std::string_view sep = str_view(e->item_separator);
    for (size_t i = 0;; i++) {
        // A list may change under default() or the encoder: read it afresh.
        if (i >= (is_lst ? list_size(seq) : tuple_size(seq))) break;
        Value item = is_lst ? list_get(seq, i) : tuple_get(seq, i);
        if (i) out += sep;
        if (!encode_obj(e, out, item, level)) return false;
    }
    if (!unmark(e, ident)) return false;
    out.push_back(']');
    return true;
}

static bool encode_dict(EncoderObject* e, std::string& out, Value dct, int64_t level) {
    if (dict_size(as_dict(dct)) == 0) {
        out += "{}";
        return true;
    }
    Value ident;
    if (!mark(e, dct, &ident)) return false;
    out.push_back('{');

    // The items, as CPython's PyMapping_Items takes them: a snapshot of an
    // exact dict, a subclass's items() made a list.
    ValueVec kv;
    if (is_exact_dict(dct)) {
        Dict* d = as_dict(dct);
        kv.reserve(2 * dict_size(d));
        size_t pos = 0;
        Value k, v;
        while (dict_next(d, &pos, &k, &v)) {
            kv.push_back(k);
            kv.push_back(v);
        }
    } else {
        Value items = call_method(dct, "items", {});
        if (!items) return false;
        Value lst = sequence_to_list(items);
        if (!lst) return false;
        for (size_t i = 0; i < list_size(lst); i++) {
            Value item = list_get(lst, i);
            if (!is_tuple(item) || tuple_size(item) != 2) {
                raise(exc::ValueError, "items must return 2-tuples");
                return false;
            }
            kv.push_back(tuple_get(item, 0));
            kv.push_back(tuple_get(item, 1));
        }
    }
    if (e->sort_keys) {
        // Sorted as the list of (key, value) pairs.
        size_t np = kv.size() / 2;
        Value lst = make_list(np);
        if (!lst) return false;
        for (size_t i = 0; i < np; i++) {
            Value pair = tuple_pack({kv[2 * i], kv[2 * i + 1]});
            if (!pair) return false;
            as_list(lst)->items[i] = pair;
        }
        if (!list_sort(lst, Value(), false)) return false;
        size_t m = list_size(lst);
        kv.clear();
        for (size_t i = 0; i < m; i++) {
            Value pair = list_get(lst, i);
            kv.push_back(tuple_get(pair, 0));
            kv.push_back(tuple_get(pair, 1));
        }
    }

    std::string_view item_sep = str_view(e->item_separator);
    std::string_view key_sep = str_view(e->key_separator);
    bool first = true;
    std::string text;
    for (size_t i = 0; i + 1 < kv.size(); i += 2) {
        Value key = kv[i];
        Value value = kv[i + 1];
        bool is_str_key = is_str(key);
        text.clear();
        if (is_str_key) {
            // encoded below
        } else if (is_float(key)) {
            if (!float_text(e, float_value(key), text)) return false;
        } else if (key == True() || key == False() || is_none(key)) {
            text = key == True() ? "true" : key == False() ? "false" : "null";
        } else if (is_int(key)) {
            if (!int_text(key, text)) return false;
        } else if (e->skipkeys) {
            continue;
        } else {
            raise(exc::TypeError, "keys must be str, int, float, bool or None, not %.100s",
                  type_name(key));
            return false;
        }
        if (!first) out += item_sep;
        first = false;
        if (is_str_key ? !encode_string(e, out, key) : !encode_key_text(e, out, text))
            return false;
        out += key_sep;
        if (!encode_obj(e, out, value, level)) return false;
    }
    if (!unmark(e, ident)) return false;
    out.push_back('}');
    return true;
}

static bool encode_obj(EncoderObject* e, std::string& out, Value obj, int64_t level) {
    if (is_none(obj)) {
        out += "null";
        return true;
    }
    if (obj == True()) {
        out += "true";
        return true;
    }
    if (obj == False()) {
        out += "false";
        return true;
    }
    if (is_str(obj)) return encode_string(e, out, obj);
    if (is_int(obj)) return int_text(obj, out);
    if (is_float(obj)) return float_text(e, float_value(obj), out);
    if (is_list(obj) || is_tuple(obj)) {
        JsonDepth guard(" while encoding a JSON object");
        if (!guard.ok) return false;
        return encode_list(e, out, obj, level);
    }
    if (is_dict(obj)) {
        JsonDepth guard(" while encoding a JSON object");
        if (!guard.ok) return false;
        return encode_dict(e, out, obj, level);
    }
    // Anything else goes through default(), which returns something encodable.
    Value ident;
    if (!mark(e, obj, &ident)) return false;
    Value replacement = call1(e->defaultfn, obj);
    if (!replacement) return false;
    {
        JsonDepth guard(" while encoding a JSON object");
        if (!guard.ok) return false;
        if (!encode_obj(e, out, replacement, level)) return false;
    }
    return unmark(e, ident);
}

static const NativeMethodDef json_functions[] = {
    {"encode_basestring_ascii", json_encode_basestring_ascii, NATIVE_O,
     "encode_basestring_ascii(string) -> string\n\n"
     "Return an ASCII-only JSON representation of a Python string"},
    {"encode_basestring", json_encode_basestring, NATIVE_O,
     "encode_basestring(string) -> string\n\n"
     "Return a JSON representation of a Python string"},
    {"scanstring", json_scanstring, 0,
     "scanstring(string, end, strict=True) -> (string, end)\n\n"
     "Scan the string s for a JSON string. End is the index of the\n"
     "character in s after the quote that started the JSON string.\n"
     "Unescapes all valid JSON string escape sequences and raises ValueError\n"
     "on attempt to decode an invalid string. If strict is False then literal\n"
     "control characters are allowed in the string.\n\n"
     "Returns a tuple of the decoded string and the index of the character in s\n"
     "after the end quote."},
    {nullptr, nullptr, 0, nullptr},
};

static int fast_encode_of(Value encoder) {
    if (!encoder.is_ptr() || type_of(encoder) != &BuiltinFunctionType) return FAST_NONE;
    const NativeMethodDef* def = static_cast<BuiltinFunctionObject*>(encoder.as_ptr())->def;
    if (def == &json_functions[0]) return FAST_ASCII;
    if (def == &json_functions[1]) return FAST_UNICODE;
    return FAST_NONE;
}

// make_encoder(markers, default, encoder, indent, key_separator,
//              item_separator, sort_keys, skipkeys, allow_nan)
static Value encoder_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    static const char* const names[] = {"markers",   "default",        "encoder",
                                        "indent",    "key_separator",  "item_separator",
                                        "sort_keys", "skipkeys",       "allow_nan"};
    Value a[9];
    if (!unpack_keyword_args("make_encoder", names, 9, 9, 9, args, nargs, kwnames, a))
        return Value();
    for (int i = 4; i < 6; i++)
        if (!is_str(a[i]))
            return raise(exc::TypeError, "make_encoder() argument %d must be str, not %.50s", i + 1,
                         arg_type_name(a[i]));
    int flags[3];
    for (int i = 0; i < 3; i++) {
        flags[i] = truthy(a[6 + i]);
        if (flags[i] < 0) return Value();
    }
    if (!is_none(a[0]) && !is_dict(a[0]))
        return raise(exc::TypeError, "make_encoder() argument 1 must be dict or None, not %.200s",
                     type_name(a[0]));
    auto* e = gc_new<EncoderObject>(type, type->basic_size);
    if (!e) return Value();
    e->markers = a[0];
    e->defaultfn = a[1];
    e->encoder = a[2];
    e->indent = a[3];
    e->key_separator = a[4];
    e->item_separator = a[5];
    e->sort_keys = flags[0] != 0;
    e->skipkeys = flags[1] != 0;
    e->allow_nan = flags[2] != 0;
    e->fast = fast_encode_of(a[2]);
    return Value(e);
}

// encoder(obj, _current_indent_level) -> [text]. (indent is not applied:
// json.encoder uses this only when indent is None, as in CPython.)
static Value encoder_call(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const char* const names[] = {"obj", "_current_indent_level"};
    Value a[2];
    if (!unpack_keyword_args("_iterencode", names, 2, 2, 2, args, nargs, kwnames, a))
        return Value();
    int64_t level;
    if (!index_as_int64(a[1], &level, exc::OverflowError)) return Value();
    std::string out;
    if (!encode_obj(as_encoder(self), out, a[0], level)) return Value();
    Value s = make_str(out);
    if (!s) return s;
    return make_list_from(&s, 1);
}

static Value encoder_get_markers(Value self) {
    return as_encoder(self)->markers;
}
static Value encoder_get_default(Value self) {
    return as_encoder(self)->defaultfn;
}
static Value encoder_get_encoder(Value self) {
    return as_encoder(self)->encoder;
}
static Value encoder_get_indent(Value self) {
    return as_encoder(self)->indent;
}
static Value encoder_get_key_separator(Value self) {
    return as_encoder(self)->key_separator;
}
static Value encoder_get_item_separator(Value self) {
    return as_encoder(self)->item_separator;
}
static Value encoder_get_sort_keys(Value self) {
    return Bool(as_encoder(self)->sort_keys);
}
static Value encoder_get_skipkeys(Value self) {
    return Bool(as_encoder(self)->skipkeys);
}

static const GetSetDef encoder_getsets[] = {
    {"markers", encoder_get_markers, nullptr, "markers"},
    {"default", encoder_get_default, nullptr, "default"},
    {"encoder", encoder_get_encoder, nullptr, "encoder"},
    {"indent", encoder_get_indent, nullptr, "indent"},
    {"key_separator", encoder_get_key_separator, nullptr, "key_separator"},
    {"item_separator", encoder_get_item_separator, nullptr, "item_separator"},
    {"sort_keys", encoder_get_sort_keys, nullptr, "sort_keys"},
    {"skipkeys", encoder_get_skipkeys, nullptr, "skipkeys"},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- The module -----------------------------------------------------------------------------------

static void init_json_types() {
    static bool ready = false;
    if (ready) return;
    ready = true;
    // No collection while the static types are made (their fields become
    // roots only once registered).
    bool was_enabled = gc_is_enabled();
    gc_set_enabled(false);

    ScannerType.trace = scanner_trace;
    ScannerType.tp_new = scanner_new;
    ScannerType.call = scanner_call;
    init_static_type(&ScannerType, "_json.Scanner", &ObjectType, sizeof(ScannerObject), 0);
    add_getsets(&ScannerType, scanner_getsets);
    dict_set(ScannerType.dict, names::__doc__, make_str("JSON scanner object"));
    add_slot_wrappers(&ScannerType);

    EncoderType.trace = encoder_trace;
    EncoderType.tp_new = encoder_new;
    EncoderType.call = encoder_call;
    init_static_type(&EncoderType, "_json.Encoder", &ObjectType, sizeof(EncoderObject), 0);
    add_getsets(&EncoderType, encoder_getsets);
    dict_set(EncoderType.dict, names::__doc__,
             make_str("_iterencode(obj, _current_indent_level) -> iterable"));
    add_slot_wrappers(&EncoderType);

    gc_add_weak_processor(json_weak_processor);
    gc_set_enabled(was_enabled);
}

Value init_json_module() {
    init_json_types();
    ModuleObject* m = make_module("_json");
    if (!m) return Value();
    Value mod(m);
    add_functions(m->dict, json_functions, mod);
    if (!dict_set_cstr(m->dict, "__doc__", make_str("json speedups")) ||
        !dict_set_cstr(m->dict, "make_scanner", Value(&ScannerType)) ||
        !dict_set_cstr(m->dict, "make_encoder", Value(&EncoderType)))
        return Value();
    return mod;
}

} // namespace uopy
