// The `_struct` module, which the stdlib's struct.py re-exports: the Struct
// type (format, size, pack, pack_into, unpack, unpack_from, iter_unpack),
// the same operations as module functions going through a cache of Struct
// objects, calcsize, _clearcache and the struct.error exception. CPython
// counterpart: Modules/_struct.c.
//
// A format is parsed once into "codes": runs of one format character, each
// with its byte offset in the packed data, its item size and its repeat
// count ('s' and 'p' are a single item of [count] bytes). Packing fills a
// zeroed buffer code by code; unpacking builds a tuple the same way.
//
// CPython keeps three tables of format characters: native ('@': the C
// compiler's sizes and alignments), little-endian and big-endian standard
// sizes ('<', '>', '!', and '=' in the host's order). At start-up it swaps
// the native pack functions into the host-order standard table wherever the
// sizes agree, and those report out-of-range values differently ("short
// format requires ..." instead of "'h' format requires ...", and 'q'/'Q' say
// "argument out of range"). The tables below record, per entry, which way
// of reporting CPython ends up with (IntCheck), so that the messages match
// for every prefix.
//
// Buffers are bytes, bytearray and memoryview objects (pack_into needs a
// bytearray or a writable view of one).
//
// The Struct's codes live in a GC byte buffer (gc_alloc_bytes) that its
// trace function marks: a GC object has no destructor, so it must not own
// malloc'd memory.
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/memoryview.h"
#include "objects/misc.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <gmp.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace uopy {

// Everything but the module's init function is private to this file.
namespace {

static Type StructType, UnpackIterType;
static Type* g_struct_error = nullptr; // struct.error
static Value g_cache;                  // dict: format -> Struct, for the module functions
constexpr size_t kMaxCache = 100;      // the cache is emptied when it reaches this size

constexpr bool kHostBig = std::endian::native == std::endian::big;
constexpr int64_t kSsizeMax = std::numeric_limits<int64_t>::max();

// -- Format tables ----------------------------------------------------------------------------

enum class Kind : uint8_t {
    Pad,    // x
    Char,   // c: a bytes object of length 1
    String, // s: bytes, truncated or NUL-padded
    Pascal, // p: a length byte, then the bytes
    Int,    // b B h H i I l L q Q n N P
    Bool,   // ?
    Half,   // e: IEEE 754 binary16
    Float,  // f: binary32
    Double, // d: binary64
};

// How an integer code turns a Python int into bytes, which decides what an
// out-of-range value raises.
enum class IntCheck : uint8_t {
    // The value must fit a C long; then "short format requires -32768 <=
    // number <= 32767" (CPython's np_byte/np_ubyte/np_short/np_ushort).
    Named,
    // The value must fit a C long (signed codes) or unsigned long
    // (unsigned codes), else "argument out of range"; a code narrower than
    // 8 bytes then says "'h' format requires -32768 <= number <= 32767".
    Quoted,
    // Any int, converted to 8 bytes: OverflowError "int too big to convert"
    // (CPython's bp_longlong/bp_ulonglong, through _PyLong_AsByteArray).
    Bytes8,
    // A pointer: negative values as a C long, others as an unsigned long,
    // with those conversions' OverflowErrors.
    Pointer,
};

struct FormatDef {
    char code;
    uint8_t size;
    uint8_t align; // native alignment, 0 when none applies
    Kind kind;
    bool is_signed;     // Int
    IntCheck check;     // Int
    bool float_checked; // Float: a value too large for binary32 raises (standard sizes)
};

constexpr FormatDef def_pad(char c) {
    return {c, 1, 0, Kind::Pad, false, IntCheck::Quoted, false};
}
constexpr FormatDef def_kind(char c, size_t size, size_t align, Kind kind, bool checked = false) {
    return {c, uint8_t(size), uint8_t(align), kind, false, IntCheck::Quoted, checked};
}
constexpr FormatDef def_int(char c, size_t size, size_t align, bool is_signed, IntCheck check) {
    return {c, uint8_t(size), uint8_t(align), Kind::Int, is_signed, check, false};
}

// '@': the C compiler's sizes and alignments, host byte order.
static const FormatDef native_table[] = {
    def_pad('x'),
    def_int('b', 1, 0, true, IntCheck::Named),
    def_int('B', 1, 0, false, IntCheck::Named),
    def_kind('c', 1, 0, Kind::Char),
    def_kind('s', 1, 0, Kind::String),
    def_kind('p', 1, 0, Kind::Pascal),
    def_int('h', sizeof(short), alignof(short), true, IntCheck::Named),
    def_int('H', sizeof(short), alignof(short), false, IntCheck::Named),
    def_int('i', sizeof(int), alignof(int), true, IntCheck::Quoted),
    def_int('I', sizeof(int), alignof(int), false, IntCheck::Quoted),
    def_int('l', sizeof(long), alignof(long), true, IntCheck::Quoted),
    def_int('L', sizeof(long), alignof(long), false, IntCheck::Quoted),
    def_int('n', sizeof(size_t), alignof(size_t), true, IntCheck::Quoted),
    def_int('N', sizeof(size_t), alignof(size_t), false, IntCheck::Quoted),
    def_int('q', sizeof(long long), alignof(long long), true, IntCheck::Quoted),
    def_int('Q', sizeof(long long), alignof(long long), false, IntCheck::Quoted),
    def_kind('?', sizeof(bool), alignof(bool), Kind::Bool),
    def_kind('e', 2, alignof(short), Kind::Half),
    def_kind('f', sizeof(float), alignof(float), Kind::Float),
    def_kind('d', sizeof(double), alignof(double), Kind::Double),
    def_int('P', sizeof(void*), alignof(void*), false, IntCheck::Pointer),
};

// The standard-size table for one byte order. [host]: this is the host's
// order, where CPython uses the native functions for the codes whose
// native size is the standard one (see the header comment).
constexpr IntCheck std_short_check(bool host) {
    return host && sizeof(short) == 2 ? IntCheck::Named : IntCheck::Quoted;
}
constexpr IntCheck std_llong_check(bool host) {
    return host && sizeof(long long) == 8 ? IntCheck::Quoted : IntCheck::Bytes8;
}
constexpr std::array<FormatDef, 18> make_std_table(bool host) {
    return {{
        def_pad('x'),
        def_int('b', 1, 0, true, IntCheck::Named),
        def_int('B', 1, 0, false, IntCheck::Named),
        def_kind('c', 1, 0, Kind::Char),
        def_kind('s', 1, 0, Kind::String),
        def_kind('p', 1, 0, Kind::Pascal),
        def_int('h', 2, 0, true, std_short_check(host)),
        def_int('H', 2, 0, false, std_short_check(host)),
        def_int('i', 4, 0, true, IntCheck::Quoted),
        def_int('I', 4, 0, false, IntCheck::Quoted),
        def_int('l', 4, 0, true, IntCheck::Quoted),
        def_int('L', 4, 0, false, IntCheck::Quoted),
        def_int('q', 8, 0, true, std_llong_check(host)),
        def_int('Q', 8, 0, false, std_llong_check(host)),
        def_kind('?', 1, 0, Kind::Bool),
        def_kind('e', 2, 0, Kind::Half),
        def_kind('f', 4, 0, Kind::Float, true),
        def_kind('d', 8, 0, Kind::Double),
    }};
}
static constexpr std::array<FormatDef, 18> little_table = make_std_table(!kHostBig);
static constexpr std::array<FormatDef, 18> big_table = make_std_table(kHostBig);

struct FormatTable {
    const FormatDef* defs;
    size_t count;
    bool big; // byte order
};

static const FormatDef* find_def(const FormatTable& t, char c) {
    for (size_t i = 0; i < t.count; i++)
        if (t.defs[i].code == c) return &t.defs[i];
    return nullptr;
}

// -- Parsing a format -------------------------------------------------------------------------

// One run of a format character.
struct Code {
    const FormatDef* def;
    int64_t offset; // of the first item in the packed data
    int64_t size;   // bytes per item ('s', 'p': the whole field)
    int64_t repeat; // items ('s', 'p': 1)
};

struct ParsedFormat {
    std::vector<Code> codes;
    int64_t size = 0; // bytes
    int64_t len = 0;  // items
    bool big = kHostBig;
};

static bool is_format_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Sets struct.error with [msg]; false, for the many checks that return bool.
static bool struct_error(const char* msg) {
    raise(g_struct_error, "%s", msg);
    return false;
}

// Parses [fmt] (the format as bytes). False with struct.error set on a bad format.
static bool parse_format(std::string_view fmt, ParsedFormat* out) {
    if (fmt.find('\0') != std::string_view::npos) return struct_error("embedded null character");
    const FormatTable native{native_table, std::size(native_table), kHostBig};
    const FormatTable little{little_table.data(), little_table.size(), false};
    const FormatTable big{big_table.data(), big_table.size(), true};
    FormatTable table = native;
    size_t i = 0;
    if (!fmt.empty()) {
        switch (fmt[0]) {
        case '<':
            table = little;
            i = 1;
            break;
        case '>':
        case '!':
            table = big;
            i = 1;
            break;
        case '=':
            table = kHostBig ? big : little;
            i = 1;
            break;
        case '@': i = 1; break;
        default: break;
        }
    }
    out->big = table.big;
    int64_t size = 0, len = 0;
    while (i < fmt.size()) {
        char c = fmt[i++];
        if (is_format_space(c)) continue;
        int64_t num = 1;
        if (c >= '0' && c <= '9') {
            num = c - '0';
            for (;;) {
                if (i >= fmt.size())
                    return struct_error("repeat count given without format specifier");
                c = fmt[i++];
                if (c < '0' || c > '9') break;
                int digit = c - '0';
                if (num > (kSsizeMax - digit) / 10)
                    return struct_error("total struct size too long");
                num = num * 10 + digit;
            }
        }
        const FormatDef* e = find_def(table, c);
        if (!e) return struct_error("bad char in struct format");
        // Native items start at a multiple of their alignment (even with a
        // count of 0, which is how a format pads its end: '@c0q').
        if (e->align && size > 0) {
            int64_t extra = (e->align - 1) - (size - 1) % e->align;
            if (extra > kSsizeMax - size) return struct_error("total struct size too long");
            size += extra;
        }
        if (num > (kSsizeMax - size) / e->size) return struct_error("total struct size too long");
        switch (e->kind) {
        case Kind::String:
        case Kind::Pascal:
            out->codes.push_back({e, size, num, 1});
            len++;
            break;
        case Kind::Pad: break;
        default:
            if (num) out->codes.push_back({e, size, e->size, num});
            len += num;
            break;
        }
        size += num * e->size;
    }
    out->size = size;
    out->len = len;
    return true;
}

// -- The Struct object ------------------------------------------------------------------------

struct StructObject : Object {
    Value format; // the format as bytes; null until __init__ has run
    Code* codes;  // GC byte buffer of ncodes codes, or null
    size_t ncodes;
    int64_t size; // bytes packed; -1 until __init__ has run
    int64_t len;  // items packed; -1 until __init__ has run
    bool big;     // byte order of the codes
};

static StructObject* S(Value v) {
    return static_cast<StructObject*>(v.as_ptr());
}

static void struct_trace(Object* o, Tracer& t) {
    auto* s = static_cast<StructObject*>(o);
    t.visit(s->format);
    if (s->codes) t.visit_buffer(s->codes);
}

// A type's name without its module ("Struct() argument 1 must be a str or
// bytes object, not deque"), as CPython's _PyType_Name.
static const char* short_type_name(Value v) {
    const char* name = type_name(v);
    const char* dot = std::strrchr(name, '.');
    return dot ? dot + 1 : name;
}

// Struct.__new__: an instance not yet initialized (size -1, as in CPython).
static Value struct_new(Type* type, const Value*, size_t, Value) {
    auto* s = gc_new<StructObject>(type, type->basic_size);
    if (!s) return Value();
    s->size = -1;
    s->len = -1;
    s->big = kHostBig;
    return Value(s);
}

// Sets [self]'s format: a str (encoded as ASCII) or bytes. As in CPython the
// new format is stored before it is parsed, and a bad one leaves the old
// codes in place.
static bool struct_set_format(Value self, Value fmt) {
    Value b;
    if (is_str(fmt)) {
        b = codec_encode(fmt, "ascii", "strict");
        if (!b) return false;
    } else if (is_bytes(fmt)) {
        b = fmt;
    } else {
        raise(exc::TypeError, "Struct() argument 1 must be a str or bytes object, not %s",
              short_type_name(fmt));
        return false;
    }
    StructObject* s = S(self);
    s->format = b;
    ParsedFormat pf;
    if (!parse_format(bytes_view(b), &pf)) return false;
    size_t n = pf.codes.size();
    auto* codes = reinterpret_cast<Code*>(gc_alloc_bytes((n ? n : 1) * sizeof(Code)));
    if (!codes) return false;
    if (n) std::memcpy(codes, pf.codes.data(), n * sizeof(Code));
    s->codes = codes;
    s->ncodes = n;
    s->size = pf.size;
    s->len = pf.len;
    s->big = pf.big;
    return true;
}

// Struct.__init__(format)
static int struct_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    if (nargs + nkw > 1) {
        raise(exc::TypeError, "Struct() takes at most 1 %sargument (%zu given)",
              nargs == 0 ? "keyword " : "", nargs + nkw);
        return -1;
    }
    Value fmt;
    if (nargs == 1)
        fmt = args[0];
    else if (nkw == 1 && str_view(tuple_get(kwnames, 0)) == "format")
        fmt = args[0];
    if (!fmt) {
        raise(exc::TypeError, "Struct() missing required argument 'format' (pos 1)");
        return -1;
    }
    return struct_set_format(self, fmt) ? 0 : -1;
}

// A new, initialized Struct (what Struct(fmt) gives).
static Value make_struct(Value fmt) {
    Value s = struct_new(&StructType, nullptr, 0, Value());
    if (!s || !struct_set_format(s, fmt)) return Value();
    return s;
}

// The Struct for [fmt] from the module's cache, made and cached on a miss.
static Value cached_struct(Value fmt) {
    if (!g_cache) {
        Dict* d = make_dict();
        if (!d) return Value();
        g_cache = Value(d);
    }
    Dict* cache = as_dict(g_cache);
    Value s = dict_get(cache, fmt);
    if (s || err_occurred()) return s;
    s = make_struct(fmt);
    if (!s) return s;
    if (dict_size(cache) >= kMaxCache) dict_clear(cache);
    if (!dict_set(cache, fmt, s)) err_clear(); // caching is only an optimization
    return s;
}

// -- Buffers ----------------------------------------------------------------------------------

// Buffers are bytes, bytearray and memoryview objects. The memoryview is
// used through its Python-level protocol (tobytes(), readonly, released,
// slice assignment), which is what objects/memoryview.h offers.

static bool is_memoryview(Value v) {
    return v.is_ptr() && isinstance_of(v, &MemoryViewType);
}

// The bytes of a readable buffer. A bytearray's or memoryview's bytes are
// copied into [copy], so that nothing done while the items are unpacked (a
// collection, a finalizer) can move them.
static bool read_buffer(Value v, std::string& copy, std::string_view* out) {
    if (is_bytes(v)) {
        *out = bytes_view(v);
        return true;
    }
    if (is_bytearray(v)) {
        copy.assign(bytes_view(v));
        *out = copy;
        return true;
    }
    if (is_memoryview(v)) {
        Value b = call_method(v, "tobytes", {}); // ValueError once released
        if (!b) return false;
        copy.assign(bytes_view(b));
        *out = copy;
        return true;
    }
    raise(exc::TypeError, "a bytes-like object is required, not '%s'", type_name(v));
    return false;
}

// The length of a writable buffer: a bytearray or a memoryview of one.
// False with TypeError for anything else (a released view included).
static bool write_buffer_length(Value v, int64_t* len) {
    if (is_bytearray(v)) {
        *len = static_cast<int64_t>(bytes_view(v).size());
        return true;
    }
    if (is_memoryview(v)) {
        if (!memoryview_is_released(v)) {
            Value readonly = get_attr_cstr(v, "readonly");
            if (!readonly) return false;
            if (readonly == False()) {
                int64_t n = length(v);
                if (n < 0) return false;
                *len = n;
                return true;
            }
        }
    }
    raise(exc::TypeError, "argument must be read-write bytes-like object, not %s",
          arg_type_name(v));
    return false;
}

// Copies [data] into the writable buffer [v] at [offset]. A bytearray that
// no longer has room (an item's __index__ shrank it) is left alone.
static bool write_buffer_store(Value v, int64_t offset, std::string_view data) {
    if (data.empty()) return true;
    int64_t end = offset + static_cast<int64_t>(data.size());
    if (is_bytearray(v)) {
        auto* ba = static_cast<ByteArrayObject*>(v.as_ptr());
        if (static_cast<int64_t>(ba->size) >= end)
            std::memcpy(ba->data + offset, data.data(), data.size());
        return true;
    }
    Value bytes = make_bytes(data);
    if (!bytes) return false;
    Value key = make_slice(make_int(offset), make_int(end), None());
    if (!key) return false;
    return set_item(v, key, bytes) >= 0;
}

// -- Byte order -------------------------------------------------------------------------------

static void store_uint(unsigned char* p, uint64_t v, size_t n, bool big) {
    for (size_t k = 0; k < n; k++) {
        p[big ? n - 1 - k : k] = static_cast<unsigned char>(v & 0xff);
        v >>= 8;
    }
}

static uint64_t load_uint(const unsigned char* p, size_t n, bool big) {
    uint64_t v = 0;
    for (size_t k = 0; k < n; k++)
        v = (v << 8) | p[big ? k : n - 1 - k];
    return v;
}

// -- Floats -----------------------------------------------------------------------------------

// binary16: 1 sign bit, 5 exponent bits (bias 15), 10 fraction bits.
// Rounds to nearest, ties to even. False with OverflowError when the value
// rounds beyond the largest finite half (65504).
static bool double_to_half(double x, uint16_t* out) {
    uint16_t sign = std::signbit(x) ? 0x8000 : 0;
    if (std::isnan(x)) {
        *out = sign | 0x7e00; // the quiet NaN, payload dropped (as CPython)
        return true;
    }
    if (std::isinf(x)) {
        *out = sign | 0x7c00;
        return true;
    }
    double a = std::fabs(x);
    // The binade: a in [2^exp, 2^(exp+1)); below 2^-14 (subnormals and
    // zero) the unit is fixed at 2^-24, as if exp were -14.
    int exp = -14;
    if (a >= 0x1p-14) {
        int e;
        std::frexp(a, &e);
        exp = e - 1;
    }
    uint32_t bits = 0x7c00; // too large unless computed below
    if (exp <= 15) {
        // a in units of the last place: [1024, 2048) for normal numbers,
        // [0, 1024) for subnormal ones. Scaling by a power of two is exact.
        double scaled = std::ldexp(a, 10 - exp);
        double whole = std::floor(scaled);
        double rest = scaled - whole;
        auto m = static_cast<uint32_t>(whole);
        if (rest > 0.5 || (rest == 0.5 && (m & 1))) m++;
        // The exponent field is exp + 15 and the mantissa's leading 1 is
        // implicit: (exp + 15 - 1) << 10 plus m (which includes the 1). A
        // mantissa that rounded up to 2048 (or a subnormal to 1024) then
        // carries into the next binade by itself.
        bits = (static_cast<uint32_t>(exp + 14) << 10) + m;
    }
    if (bits >= 0x7c00) {
        raise(exc::OverflowError, "float too large to pack with e format");
        return false;
    }
    *out = static_cast<uint16_t>(sign | bits);
    return true;
}

static double half_to_double(uint16_t h) {
    bool neg = (h & 0x8000) != 0;
    int e = (h >> 10) & 0x1f;
    int m = h & 0x3ff;
    double v;
    if (e == 0x1f)
        v = m == 0 ? std::numeric_limits<double>::infinity()
                   : std::numeric_limits<double>::quiet_NaN();
    else if (e == 0)
        v = std::ldexp(m, -24);
    else
        v = std::ldexp(m + 1024, e - 25);
    return neg ? std::copysign(v, -1.0) : std::copysign(v, 1.0);
}

// The binary32 nearest [x]: magnitudes that round beyond FLT_MAX become
// infinities (what the C cast does on IEEE hardware, written out so that
// the cast is always of a representable value). [overflow] says it happened.
static float double_to_float(double x, bool* overflow) {
    *overflow = false;
    if (std::isfinite(x) && std::fabs(x) >= 0x1.ffffffp+127) {
        *overflow = true;
        float inf = std::numeric_limits<float>::infinity();
        return x > 0 ? inf : -inf;
    }
    return static_cast<float>(x);
}

// PyFloat_AsDouble as struct uses it: any failure is "required argument is not a float".
static bool float_arg(Value v, double* out) {
    if (number_to_double(v, out)) return true;
    err_clear();
    return struct_error("required argument is not a float");
}

// -- Integers ---------------------------------------------------------------------------------

// What struct accepts as an integer: an int, or anything with __index__.
static Value integer_arg(Value v) {
    if (is_int(v)) return v;
    if (type_of(v)->nb_index) return number_index(v);
    struct_error("required argument is not an integer");
    return Value();
}

// Where an int lies relative to the 64-bit C types.
struct IntRange {
    bool negative;
    bool fits_signed;   // in int64_t (then s holds it)
    bool fits_unsigned; // in uint64_t (then u holds it)
    int64_t s;
    uint64_t u;
};

static IntRange int_range(Value i) {
    IntRange r{};
    int64_t x;
    if (int_fits_int64(i, &x)) {
        r.negative = x < 0;
        r.fits_signed = true;
        r.s = x;
        r.fits_unsigned = x >= 0;
        r.u = static_cast<uint64_t>(x);
        return r;
    }
    r.negative = int_sign(i) < 0;
    if (!r.negative) {
        mpz_t z;
        mpz_init(z);
        int_to_mpz(i, z);
        if (mpz_sizeinbase(z, 2) <= 64) {
            uint64_t word = 0;
            size_t count = 0;
            mpz_export(&word, &count, -1, sizeof word, 0, 0, z);
            r.fits_unsigned = true;
            r.u = word;
        }
        mpz_clear(z);
    }
    return r;
}

// The name CPython's native functions use in their range messages.
static const char* named_format(char code) {
    switch (code) {
    case 'b': return "byte";
    case 'B': return "ubyte";
    case 'h': return "short";
    default: return "ushort";
    }
}

// The bits of an integer item, checked for [e]'s range.
static bool int_item_bits(const FormatDef* e, Value v, uint64_t* bits) {
    Value i = integer_arg(v);
    if (!i) return false;
    IntRange r = int_range(i);
    int nbits = e->size * 8;
    switch (e->check) {
    case IntCheck::Named: {
        if (!r.fits_signed) return struct_error("argument out of range");
        int64_t lo = e->is_signed ? -(int64_t(1) << (nbits - 1)) : 0;
        int64_t hi = e->is_signed ? (int64_t(1) << (nbits - 1)) - 1 : (int64_t(1) << nbits) - 1;
        if (r.s < lo || r.s > hi) {
            raise(g_struct_error, "%s format requires %lld <= number <= %lld",
                  named_format(e->code), static_cast<long long>(lo), static_cast<long long>(hi));
            return false;
        }
        *bits = static_cast<uint64_t>(r.s);
        return true;
    }
    case IntCheck::Quoted:
        if (e->is_signed) {
            if (!r.fits_signed) return struct_error("argument out of range");
            if (nbits < 64) {
                int64_t hi = (int64_t(1) << (nbits - 1)) - 1;
                if (r.s < -hi - 1 || r.s > hi) {
                    raise(g_struct_error, "'%c' format requires %lld <= number <= %lld", e->code,
                          static_cast<long long>(-hi - 1), static_cast<long long>(hi));
                    return false;
                }
            }
            *bits = static_cast<uint64_t>(r.s);
        } else {
            if (!r.fits_unsigned) return struct_error("argument out of range");
            if (nbits < 64) {
                uint64_t hi = (uint64_t(1) << nbits) - 1;
                if (r.u > hi) {
                    raise(g_struct_error, "'%c' format requires 0 <= number <= %llu", e->code,
                          static_cast<unsigned long long>(hi));
                    return false;
                }
            }
            *bits = r.u;
        }
        return true;
    case IntCheck::Bytes8:
        if (e->is_signed) {
            if (!r.fits_signed) {
                raise(exc::OverflowError, "int too big to convert");
                return false;
            }
            *bits = static_cast<uint64_t>(r.s);
        } else {
            if (r.negative) {
                raise(exc::OverflowError, "can't convert negative int to unsigned");
                return false;
            }
            if (!r.fits_unsigned) {
                raise(exc::OverflowError, "int too big to convert");
                return false;
            }
            *bits = r.u;
        }
        return true;
    case IntCheck::Pointer:
        if (r.negative) {
            if (!r.fits_signed) {
                raise(exc::OverflowError, "Python int too large to convert to C long");
                return false;
            }
            *bits = static_cast<uint64_t>(r.s);
        } else {
            if (!r.fits_unsigned) {
                raise(exc::OverflowError, "Python int too large to convert to C unsigned long");
                return false;
            }
            *bits = r.u;
        }
        return true;
    }
    return false;
}

// -- Packing ----------------------------------------------------------------------------------

// Packs one item [v] of [code] at [p]; [end] is the end of the struct's
// bytes (only a 0p field, which has none, looks at it).
static bool pack_item(const Code& code, unsigned char* p, const unsigned char* end, Value v,
                      bool big) {
    const FormatDef* e = code.def;
    switch (e->kind) {
    case Kind::Pad: return true;
    case Kind::Char: {
        if (!is_bytes(v) || bytes_view(v).size() != 1)
            return struct_error("char format requires a bytes object of length 1");
        *p = static_cast<unsigned char>(bytes_view(v)[0]);
        return true;
    }
    case Kind::String:
    case Kind::Pascal: {
        bool pascal = e->kind == Kind::Pascal;
        if (!is_bytes(v) && !is_bytearray(v))
            return struct_error(pascal ? "argument for 'p' must be a bytes object"
                                       : "argument for 's' must be a bytes object");
        std::string_view data = bytes_view(v);
        int64_t n = static_cast<int64_t>(data.size());
        if (!pascal) {
            if (n > code.size) n = code.size;
            if (n > 0) std::memcpy(p, data.data(), static_cast<size_t>(n));
            return true;
        }
        // The length byte counts what fits after it, at most 255. A 0p
        // field has no room even for that: CPython still stores its
        // length byte (-1, so 0xff), which the next item may overwrite.
        if (n > code.size - 1) n = code.size - 1;
        if (n > 0) std::memcpy(p + 1, data.data(), static_cast<size_t>(n));
        if (n > 255) n = 255;
        if (p < end) *p = static_cast<unsigned char>(n);
        return true;
    }
    case Kind::Int: {
        uint64_t bits;
        if (!int_item_bits(e, v, &bits)) return false;
        store_uint(p, bits, e->size, big);
        return true;
    }
    case Kind::Bool: {
        int t = truthy(v);
        if (t < 0) return false;
        *p = t ? 1 : 0;
        return true;
    }
    case Kind::Half: {
        double x;
        uint16_t h;
        if (!float_arg(v, &x) || !double_to_half(x, &h)) return false;
        store_uint(p, h, 2, big);
        return true;
    }
    case Kind::Float: {
        double x;
        if (!float_arg(v, &x)) return false;
        bool overflow;
        float f = double_to_float(x, &overflow);
        // Native 'f' is a C cast (an infinity); the standard sizes refuse.
        if (overflow && e->float_checked) {
            raise(exc::OverflowError, "float too large to pack with f format");
            return false;
        }
        uint32_t bits;
        std::memcpy(&bits, &f, sizeof bits);
        store_uint(p, bits, 4, big);
        return true;
    }
    case Kind::Double: {
        double x;
        if (!float_arg(v, &x)) return false;
        uint64_t bits;
        std::memcpy(&bits, &x, sizeof bits);
        store_uint(p, bits, 8, big);
        return true;
    }
    }
    return false;
}

// Packs the s->len [items] into [buf], which holds s->size zeroed bytes.
// On failure the bytes packed so far stay (pack_into leaves them in the
// target, as CPython does).
static bool pack_items(StructObject* s, const Value* items, unsigned char* buf) {
    // A snapshot: an item's __index__ could re-initialize the Struct. The
    // local pointer keeps the codes buffer alive.
    const Code* codes = s->codes;
    size_t ncodes = s->ncodes;
    bool big = s->big;
    const unsigned char* end = buf + (s->size > 0 ? s->size : 0);
    size_t k = 0;
    for (size_t c = 0; c < ncodes; c++) {
        const Code& code = codes[c];
        unsigned char* p = buf + code.offset;
        for (int64_t j = 0; j < code.repeat; j++, p += code.size) {
            Value v = items[k++];
            if (pack_item(code, p, end, v, big)) continue;
            // An int that overflowed a C type: struct.error, as CPython.
            if (is_int(v) && err_matches(exc::OverflowError)) {
                err_clear();
                struct_error("int too large to convert");
            }
            return false;
        }
    }
    return true;
}

static Value pack_impl(StructObject* s, const Value* args, size_t nargs) {
    if (static_cast<int64_t>(nargs) != s->len) {
        raise(g_struct_error, "pack expected %lld items for packing (got %zu)",
              static_cast<long long>(s->len), nargs);
        return Value();
    }
    std::string buf(static_cast<size_t>(s->size > 0 ? s->size : 0), '\0');
    if (!pack_items(s, args, reinterpret_cast<unsigned char*>(buf.data()))) return Value();
    return make_bytes(buf);
}

// pack_into(buffer, offset, *v) with args[0] the buffer.
static Value pack_into_impl(StructObject* s, const Value* args, size_t nargs) {
    if (nargs < 2 || static_cast<int64_t>(nargs) != s->len + 2) {
        if (nargs == 0) return raise(g_struct_error, "pack_into expected buffer argument");
        if (nargs == 1) return raise(g_struct_error, "pack_into expected offset argument");
        raise(g_struct_error, "pack_into expected %lld items for packing (got %zu)",
              static_cast<long long>(s->len), nargs - 2);
        return Value();
    }
    Value target = args[0];
    int64_t buflen;
    if (!write_buffer_length(target, &buflen)) return Value();
    int64_t offset;
    if (!index_as_int64(args[1], &offset, exc::IndexError)) return Value();
    int64_t size = s->size;
    if (offset < 0) {
        // Counted from the end; the struct must still fit before the end.
        if (offset + size > 0) {
            raise(g_struct_error, "no space to pack %lld bytes at offset %lld",
                  static_cast<long long>(size), static_cast<long long>(offset));
            return Value();
        }
        if (offset + buflen < 0) {
            raise(g_struct_error, "offset %lld out of range for %lld-byte buffer",
                  static_cast<long long>(offset), static_cast<long long>(buflen));
            return Value();
        }
        offset += buflen;
    }
    if (buflen - offset < size) {
        raise(g_struct_error,
              "pack_into requires a buffer of at least %llu bytes for packing %lld bytes at "
              "offset %lld (actual buffer size is %lld)",
              static_cast<unsigned long long>(size) + static_cast<unsigned long long>(offset),
              static_cast<long long>(size), static_cast<long long>(offset),
              static_cast<long long>(buflen));
        return Value();
    }
    // Packed apart, then copied in even after a failure: CPython zeroes the
    // target's bytes and packs in place, so a failed item leaves what came
    // before it. (Packing apart also keeps the target safe from items'
    // __index__ methods that resize it.)
    std::string buf(static_cast<size_t>(size > 0 ? size : 0), '\0');
    bool ok = pack_items(s, args + 2, reinterpret_cast<unsigned char*>(buf.data()));
    if (!ok) {
        Value error = err_fetch();
        if (!write_buffer_store(target, offset, buf)) err_clear(); // the item's error wins
        return raise_instance(error);
    }
    if (!write_buffer_store(target, offset, buf)) return Value();
    return None();
}

// -- Unpacking --------------------------------------------------------------------------------

static Value unpack_item(const Code& code, const unsigned char* p, bool big) {
    const FormatDef* e = code.def;
    switch (e->kind) {
    case Kind::Pad: break;
    case Kind::Char: return make_bytes(std::string_view(reinterpret_cast<const char*>(p), 1));
    case Kind::String:
        return make_bytes(
            std::string_view(reinterpret_cast<const char*>(p), static_cast<size_t>(code.size)));
    case Kind::Pascal: {
        if (code.size == 0)
            return raise(exc::SystemError, "Negative size passed to PyBytes_FromStringAndSize");
        int64_t n = *p;
        if (n >= code.size) n = code.size - 1;
        return make_bytes(
            std::string_view(reinterpret_cast<const char*>(p + 1), static_cast<size_t>(n)));
    }
    case Kind::Int: {
        uint64_t bits = load_uint(p, e->size, big);
        if (!e->is_signed) return make_uint(bits);
        int nbits = e->size * 8;
        if (nbits < 64 && (bits >> (nbits - 1)) & 1) bits |= ~uint64_t(0) << nbits; // sign-extend
        return make_int(static_cast<int64_t>(bits));
    }
    case Kind::Bool: return Bool(*p != 0);
    case Kind::Half: return make_float(half_to_double(static_cast<uint16_t>(load_uint(p, 2, big))));
    case Kind::Float: {
        auto bits = static_cast<uint32_t>(load_uint(p, 4, big));
        float f;
        std::memcpy(&f, &bits, sizeof f);
        return make_float(f);
    }
    case Kind::Double: {
        uint64_t bits = load_uint(p, 8, big);
        double d;
        std::memcpy(&d, &bits, sizeof d);
        return make_float(d);
    }
    }
    return raise(exc::SystemError, "bad struct code");
}

// The tuple of items in [data], which holds at least s->size bytes.
static Value unpack_data(StructObject* s, std::string_view data) {
    const Code* codes = s->codes;
    size_t ncodes = s->ncodes;
    bool big = s->big;
    Value t = make_tuple(static_cast<size_t>(s->len > 0 ? s->len : 0));
    if (!t) return t;
    const auto* base = reinterpret_cast<const unsigned char*>(data.data());
    size_t k = 0;
    for (size_t c = 0; c < ncodes; c++) {
        const Code& code = codes[c];
        const unsigned char* p = base + code.offset;
        for (int64_t j = 0; j < code.repeat; j++, p += code.size) {
            Value v = unpack_item(code, p, big);
            if (!v) return v;
            tuple_items(t)[k++] = v;
        }
    }
    return t;
}

static Value unpack_impl(StructObject* s, Value buffer) {
    std::string copy;
    std::string_view data;
    if (!read_buffer(buffer, copy, &data)) return Value();
    if (static_cast<int64_t>(data.size()) != s->size) {
        raise(g_struct_error, "unpack requires a buffer of %lld bytes",
              static_cast<long long>(s->size));
        return Value();
    }
    return unpack_data(s, data);
}

static Value unpack_from_impl(StructObject* s, Value buffer, Value offset_arg) {
    std::string copy;
    std::string_view data;
    if (!read_buffer(buffer, copy, &data)) return Value();
    int64_t offset = 0;
    if (offset_arg) {
        Value i = number_index(offset_arg);
        if (!i || !int_as_int64(i, &offset)) return Value();
    }
    int64_t buflen = static_cast<int64_t>(data.size());
    int64_t size = s->size;
    if (offset < 0) {
        if (offset + size > 0) {
            raise(g_struct_error, "not enough data to unpack %lld bytes at offset %lld",
                  static_cast<long long>(size), static_cast<long long>(offset));
            return Value();
        }
        if (offset + buflen < 0) {
            raise(g_struct_error, "offset %lld out of range for %lld-byte buffer",
                  static_cast<long long>(offset), static_cast<long long>(buflen));
            return Value();
        }
        offset += buflen;
    }
    if (buflen - offset < size) {
        raise(g_struct_error,
              "unpack_from requires a buffer of at least %llu bytes for unpacking %lld bytes at "
              "offset %lld (actual buffer size is %lld)",
              static_cast<unsigned long long>(size) + static_cast<unsigned long long>(offset),
              static_cast<long long>(size), static_cast<long long>(offset),
              static_cast<long long>(buflen));
        return Value();
    }
    return unpack_data(s, data.substr(std::min(static_cast<size_t>(offset), data.size())));
}

// -- unpack_iterator --------------------------------------------------------------------------

struct UnpackIterObject : Object {
    Value so;       // the Struct; null once exhausted
    Value buffer;   // the bytes or bytearray read (a memoryview's bytes, copied)
    int64_t buflen; // its length when the iterator was made
    int64_t index;  // byte offset of the next item
};

static void unpackiter_trace(Object* o, Tracer& t) {
    auto* it = static_cast<UnpackIterObject*>(o);
    t.visit(it->so);
    t.visit(it->buffer);
}

static Value iter_unpack_impl(StructObject* s, Value self, Value buffer) {
    if (s->size == 0)
        return raise(g_struct_error, "cannot iteratively unpack with a struct of length 0");
    if (is_memoryview(buffer)) {
        // Read once: the iterator works on a snapshot of the view.
        buffer = call_method(buffer, "tobytes", {});
        if (!buffer) return buffer;
    } else if (!is_bytes(buffer) && !is_bytearray(buffer)) {
        return raise(exc::TypeError, "a bytes-like object is required, not '%s'",
                     type_name(buffer));
    }
    int64_t buflen = static_cast<int64_t>(bytes_view(buffer).size());
    if (s->size < 0 || buflen % s->size != 0) {
        raise(g_struct_error, "iterative unpacking requires a buffer of a multiple of %lld bytes",
              static_cast<long long>(s->size));
        return Value();
    }
    auto* it = gc_new<UnpackIterObject>(&UnpackIterType);
    if (!it) return Value();
    it->so = self;
    it->buffer = buffer;
    it->buflen = buflen;
    return Value(it);
}

static Value unpackiter_iter(Value self) {
    return self;
}

static Value unpackiter_next(Value self) {
    auto* it = static_cast<UnpackIterObject*>(self.as_ptr());
    if (!it->so) return Value();
    StructObject* s = S(it->so);
    int64_t size = s->size;
    // Done, or the bytearray shrank under the iterator (CPython's buffer
    // export forbids that; here the iteration just ends).
    if (it->index >= it->buflen || size <= 0 ||
        it->index + size > static_cast<int64_t>(bytes_view(it->buffer).size())) {
        it->so = Value();
        it->buffer = Value();
        return Value();
    }
    std::string copy(
        bytes_view(it->buffer).substr(static_cast<size_t>(it->index), static_cast<size_t>(size)));
    Value r = unpack_data(s, copy);
    it->index += size;
    return r;
}

static Value unpackiter_length_hint(Value self, const Value*, size_t, Value) {
    auto* it = static_cast<UnpackIterObject*>(self.as_ptr());
    if (!it->so || S(it->so)->size <= 0) return make_int(0);
    int64_t left = it->buflen - it->index;
    return make_int(left > 0 ? left / S(it->so)->size : 0);
}

static const NativeMethodDef unpackiter_methods[] = {
    {"__length_hint__", unpackiter_length_hint, NATIVE_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// CPython's message, typo included.
static Value unpackiter_new(Type* type, const Value*, size_t, Value) {
    return raise(exc::TypeError, "Cannot create '%s objects", str_view(type->name_str).data());
}

// -- Struct methods and attributes ------------------------------------------------------------

static bool has_kwargs(Value kwnames) {
    return kwnames && tuple_size(kwnames) > 0;
}

// Argument checks of the METH_FASTCALL / METH_O methods, with CPython's
// "Struct.unpack()" naming (whatever the subclass).
static bool method_no_kwargs(const char* name, Value kwnames) {
    if (!has_kwargs(kwnames)) return true;
    raise(exc::TypeError, "%s() takes no keyword arguments", name);
    return false;
}
static bool method_one_arg(const char* name, size_t nargs, Value kwnames) {
    if (!method_no_kwargs(name, kwnames)) return false;
    if (nargs == 1) return true;
    raise(exc::TypeError, "%s() takes exactly one argument (%zu given)", name, nargs);
    return false;
}

static Value struct_pack(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!method_no_kwargs("Struct.pack", kwnames)) return Value();
    return pack_impl(S(self), args, nargs);
}

static Value struct_pack_into(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!method_no_kwargs("Struct.pack_into", kwnames)) return Value();
    return pack_into_impl(S(self), args, nargs);
}

static Value struct_unpack(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!method_one_arg("Struct.unpack", nargs, kwnames)) return Value();
    return unpack_impl(S(self), args[0]);
}

static Value struct_unpack_from(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("unpack_from", "buffer, offset=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    return unpack_from_impl(S(self), a[0], a[1]);
}

static Value struct_iter_unpack(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!method_one_arg("Struct.iter_unpack", nargs, kwnames)) return Value();
    return iter_unpack_impl(S(self), self, args[0]);
}

static Value struct_sizeof(Value self, const Value*, size_t, Value) {
    return make_int(static_cast<int64_t>(sizeof(StructObject) + S(self)->ncodes * sizeof(Code)));
}

static const NativeMethodDef struct_methods[] = {
    {"pack", struct_pack, NATIVE_KEYWORDS, nullptr},
    {"pack_into", struct_pack_into, NATIVE_KEYWORDS, nullptr},
    {"unpack", struct_unpack, NATIVE_KEYWORDS, nullptr},
    {"unpack_from", struct_unpack_from, NATIVE_KEYWORDS, nullptr},
    {"iter_unpack", struct_iter_unpack, NATIVE_KEYWORDS, nullptr},
    {"__sizeof__", struct_sizeof, NATIVE_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// Struct.format: the format as a str ('' before __init__).
static Value struct_get_format(Value self) {
    Value f = S(self)->format;
    if (!f) return make_str("");
    return codec_decode(bytes_view(f), "utf-8", "strict");
}

static Value struct_get_size(Value self) {
    return make_int(S(self)->size);
}

static const GetSetDef struct_getsets[] = {
    {"format", struct_get_format, nullptr, "struct format string"},
    {"size", struct_get_size, nullptr, "struct size in bytes"},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- Module functions -------------------------------------------------------------------------

// "_struct.pack() takes no keyword arguments"
static bool module_no_kwargs(const char* name, Value kwnames) {
    if (!has_kwargs(kwnames)) return true;
    raise(exc::TypeError, "_struct.%s() takes no keyword arguments", name);
    return false;
}

static Value mod_pack(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!module_no_kwargs("pack", kwnames)) return Value();
    if (nargs == 0) return raise(exc::TypeError, "missing format argument");
    Value s = cached_struct(args[0]);
    if (!s) return s;
    return pack_impl(S(s), args + 1, nargs - 1);
}

static Value mod_pack_into(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!module_no_kwargs("pack_into", kwnames)) return Value();
    if (nargs == 0) return raise(exc::TypeError, "missing format argument");
    Value s = cached_struct(args[0]);
    if (!s) return s;
    return pack_into_impl(S(s), args + 1, nargs - 1);
}

static Value mod_unpack(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!module_no_kwargs("unpack", kwnames) || !check_nargs("unpack", nargs, 2, 2)) return Value();
    Value s = cached_struct(args[0]);
    if (!s) return s;
    return unpack_impl(S(s), args[1]);
}

static Value mod_unpack_from(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("unpack_from", "format, /, buffer, offset=");
    Value a[3];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    Value s = cached_struct(a[0]);
    if (!s) return s;
    return unpack_from_impl(S(s), a[1], a[2]);
}

static Value mod_iter_unpack(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!module_no_kwargs("iter_unpack", kwnames) || !check_nargs("iter_unpack", nargs, 2, 2))
        return Value();
    Value s = cached_struct(args[0]);
    if (!s) return s;
    return iter_unpack_impl(S(s), s, args[1]);
}

static Value mod_calcsize(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!module_no_kwargs("calcsize", kwnames)) return Value();
    if (nargs != 1)
        return raise(exc::TypeError, "_struct.calcsize() takes exactly one argument (%zu given)",
                     nargs);
    Value s = cached_struct(args[0]);
    if (!s) return s;
    return make_int(S(s)->size);
}

static Value mod_clearcache(Value, const Value*, size_t nargs, Value kwnames) {
    if (!module_no_kwargs("_clearcache", kwnames)) return Value();
    if (nargs != 0)
        return raise(exc::TypeError, "_struct._clearcache() takes no arguments (%zu given)", nargs);
    if (g_cache) dict_clear(as_dict(g_cache));
    return None();
}

static const NativeMethodDef struct_functions[] = {
    {"pack", mod_pack, NATIVE_KEYWORDS, nullptr},
    {"pack_into", mod_pack_into, NATIVE_KEYWORDS, nullptr},
    {"unpack", mod_unpack, NATIVE_KEYWORDS, nullptr},
    {"unpack_from", mod_unpack_from, NATIVE_KEYWORDS, nullptr},
    {"iter_unpack", mod_iter_unpack, NATIVE_KEYWORDS, nullptr},
    {"calcsize", mod_calcsize, NATIVE_KEYWORDS, nullptr},
    {"_clearcache", mod_clearcache, NATIVE_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// -- Types and the module ---------------------------------------------------------------------

static void init_struct_types() {
    static bool ready = false;
    if (ready) return;
    ready = true;
    // A static type's fields become roots only once init_static_type has
    // registered it, so no collection may run while the types are made.
    bool was_enabled = gc_is_enabled();
    gc_set_enabled(false);

    StructType.trace = struct_trace;
    StructType.tp_new = struct_new;
    StructType.init = struct_init;
    init_static_type(&StructType, "_struct.Struct", &ObjectType, sizeof(StructObject),
                     TYPE_BASETYPE | TYPE_WEAKREFABLE);
    add_methods(&StructType, struct_methods);
    add_getsets(&StructType, struct_getsets);
    add_slot_wrappers(&StructType);
    add_builtin_new_wrapper(&StructType);

    UnpackIterType.trace = unpackiter_trace;
    UnpackIterType.tp_new = unpackiter_new;
    UnpackIterType.iter = unpackiter_iter;
    UnpackIterType.iternext = unpackiter_next;
    init_static_type(&UnpackIterType, "_struct.unpack_iterator", &ObjectType,
                     sizeof(UnpackIterObject), 0);
    add_methods(&UnpackIterType, unpackiter_methods);
    add_slot_wrappers(&UnpackIterType);

    // struct.error: a plain Exception subclass, named as struct.py shows it.
    g_struct_error = make_builtin_heap_type("error", exc::Exception, "struct");
    gc_add_root(&g_cache);

    gc_set_enabled(was_enabled);
}

} // namespace

Value init_struct_module() {
    init_struct_types();
    ModuleObject* m = make_module("_struct");
    if (!m) return Value();
    Value mod(m);
    add_functions(m->dict, struct_functions, mod);
    if (!dict_set_cstr(m->dict, "Struct", Value(&StructType)) ||
        !dict_set_cstr(m->dict, "error", Value(g_struct_error)))
        return Value();
    return mod;
}

} // namespace uopy
