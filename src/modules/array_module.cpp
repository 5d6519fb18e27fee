// The `array` module: array.array, a mutable sequence of C numbers (or of
// wchar_t characters) stored unboxed, its iterator, and the
// _array_reconstructor function that the pickles made by __reduce_ex__ call.
// CPython counterpart: Modules/arraymodule.c.
//
// An array keeps its items in one GC byte buffer (gc_alloc_bytes), in the
// host's byte order, with the C sizes of x86-64 Linux: b/B 1, u 4 (wchar_t
// holds a code point), h/H 2, i/I 4, l/L/q/Q 8, f 4, d 8. The type's trace
// function marks the buffer. Items become Python objects only when read.
//
// Converting an incoming value may call __index__ or __float__, and so run
// any Python code, which may resize the array: every conversion is done
// before the buffer is touched, and positions are checked against the size
// the array has after it.
//
// uopy has no general buffer protocol (bytes-like consumers such as
// memoryview(), bytes(), struct and file writes know bytes, bytearray and
// memoryview by name), so an array is not bytes-like to them; tobytes() and
// frombytes() convert. The array's own methods accept arrays wherever
// CPython accepts a buffer.
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
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
#include "runtime/import.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <gmp.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <limits>
#include <string>
#include <string_view>
#include <utility>

namespace uopy {

// Everything but the module's init function is private to this file.
namespace {

Type ArrayType, ArrayIterType;

// -- Type codes -------------------------------------------------------------------------------

enum class Kind : uint8_t { Signed, Unsigned, Float, Char };

struct ArrayDescr {
    char code;
    uint8_t itemsize;
    Kind kind;
    // The pickle "machine format" of the items in little-endian order (the
    // big-endian one is the next code, for items wider than a byte).
    uint8_t mformat_le;
};

// In CPython's order (which _array_reconstructor's choice of a type code
// depends on).
const ArrayDescr kDescrs[] = {
    {'b', 1, Kind::Signed, 1},   {'B', 1, Kind::Unsigned, 0},  {'u', 4, Kind::Char, 20},
    {'h', 2, Kind::Signed, 4},   {'H', 2, Kind::Unsigned, 2},  {'i', 4, Kind::Signed, 8},
    {'I', 4, Kind::Unsigned, 6}, {'l', 8, Kind::Signed, 12},   {'L', 8, Kind::Unsigned, 10},
    {'q', 8, Kind::Signed, 12},  {'Q', 8, Kind::Unsigned, 10}, {'f', 4, Kind::Float, 14},
    {'d', 8, Kind::Float, 16},
};
constexpr const char kTypecodes[] = "bBuhHiIlLqQfd";

constexpr bool kHostBig = std::endian::native == std::endian::big;

int mformat_of(const ArrayDescr* d) {
    return d->mformat_le + (kHostBig && d->itemsize > 1 ? 1 : 0);
}

// The machine formats of the pickle protocol, by code (0..21). The sizes
// given for the UTF-16 and UTF-32 codes are CPython's (twice the unit), as
// its reconstructor checks the length against them.
struct MachineFormat {
    uint8_t size;
    bool is_signed;
    bool big;
};
constexpr int kMaxMformat = 21;
const MachineFormat kMachineFormats[kMaxMformat + 1] = {
    {1, false, false}, {1, true, false},  {2, false, false}, {2, false, true},  {2, true, false},
    {2, true, true},   {4, false, false}, {4, false, true},  {4, true, false},  {4, true, true},
    {8, false, false}, {8, false, true},  {8, true, false},  {8, true, true},   {4, false, false},
    {4, false, true},  {8, false, false}, {8, false, true},  {4, false, false}, {4, false, true},
    {8, false, false}, {8, false, true},
};

// The type code as a code point.
uint32_t code_point(const ArrayDescr& d) {
    return static_cast<unsigned char>(d.code);
}

const ArrayDescr* find_descr(uint32_t code) {
    for (const ArrayDescr& d : kDescrs)
        if (code_point(d) == code) return &d;
    return nullptr;
}

Value bad_typecode() {
    return raise(exc::ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
}

// -- Storage ----------------------------------------------------------------------------------

struct ArrayObject : Object {
    char* data;              // gc_alloc_bytes buffer of [capacity] items; null when there is none
    size_t size;             // items in use
    size_t capacity;         // items the buffer holds
    const ArrayDescr* descr; // null only in a bare instance (object.__new__): read as 'b'
};

// Buffers stay below what gc_alloc_bytes accepts, so that sizes never overflow.
constexpr size_t kMaxBytes = size_t(1) << 40;

inline ArrayObject* AR(Value v) {
    return static_cast<ArrayObject*>(v.as_ptr());
}
inline const ArrayDescr* descr_of(const ArrayObject* a) {
    return a->descr ? a->descr : &kDescrs[0];
}
inline size_t isize(const ArrayObject* a) {
    return descr_of(a)->itemsize;
}
inline bool is_array(Value v) {
    return v.is_ptr() && isinstance_of(v, &ArrayType);
}
// The bytes of the items in use.
inline std::string_view array_bytes(const ArrayObject* a) {
    if (!a->data) return std::string_view();
    return std::string_view(a->data, a->size * isize(a));
}

void array_trace(Object* o, Tracer& t) {
    t.visit_buffer(static_cast<ArrayObject*>(o)->data);
}

// Moves the items into a new buffer with room for [cap] items (>= size).
bool array_realloc(ArrayObject* a, size_t cap) {
    size_t isz = isize(a);
    char* buf = gc_alloc_bytes(cap * isz);
    if (!buf) return false;
    if (a->size) std::memcpy(buf, a->data, a->size * isz);
    a->data = buf;
    a->capacity = gc_buffer_capacity(buf) / isz;
    return true;
}

// Room for [n] items in all. Growth by appending over-allocates by half, so
// that appending is amortized O(1) (each growth copies the items).
bool array_reserve(ArrayObject* a, size_t n, bool exact = false) {
    if (n <= a->capacity) return true;
    size_t isz = isize(a);
    if (n > kMaxBytes / isz) {
        raise_memory_error();
        return false;
    }
    size_t cap = exact ? n : n + (n >> 1) + 4;
    if (cap > kMaxBytes / isz) cap = n;
    return array_realloc(a, cap);
}

// After items were removed: a large buffer holding a quarter of its
// capacity or less is cut down. Failing to allocate the smaller one is not an error.
void array_maybe_shrink(ArrayObject* a) {
    if (a->capacity < 64 || a->size * 4 > a->capacity) return;
    if (a->size == 0) {
        a->data = nullptr;
        a->capacity = 0;
        return;
    }
    if (!array_realloc(a, a->size + (a->size >> 1) + 4)) err_clear();
}

// A new array of [type] holding [n] zeroed items.
Value new_array(Type* type, const ArrayDescr* d, size_t n) {
    if (n > kMaxBytes / d->itemsize) {
        raise_memory_error();
        return Value();
    }
    Value v = alloc_instance(type);
    if (!v) return v;
    ArrayObject* a = AR(v);
    a->descr = d;
    if (n) {
        char* buf = gc_alloc_bytes(n * d->itemsize);
        if (!buf) return Value();
        a->data = buf;
        a->capacity = gc_buffer_capacity(buf) / d->itemsize;
        a->size = n;
    }
    return v;
}

// Replaces the [oldlen] items at [lo] by the [newlen] items at [src] (which
// must not point into the array's buffer).
bool replace_range(ArrayObject* a, size_t lo, size_t oldlen, const char* src, size_t newlen) {
    size_t isz = isize(a);
    size_t n = a->size;
    size_t newsize = n - oldlen + newlen;
    if (newlen > oldlen && !array_reserve(a, newsize)) return false;
    size_t tail = n - lo - oldlen;
    if (tail && newlen != oldlen)
        std::memmove(a->data + (lo + newlen) * isz, a->data + (lo + oldlen) * isz, tail * isz);
    if (newlen) std::memcpy(a->data + lo * isz, src, newlen * isz);
    a->size = newsize;
    if (newlen < oldlen) array_maybe_shrink(a);
    return true;
}

// Deletes the [count] items at start, start + step, ... (step != 0).
void delete_extended(ArrayObject* a, int64_t start, int64_t step, int64_t count) {
    if (count <= 0) return;
    if (step < 0) {
        start += step * (count - 1);
        step = -step;
    }
    size_t isz = isize(a);
    size_t n = a->size;
    size_t write = static_cast<size_t>(start);
    for (int64_t k = 0; k < count; k++) {
        // The items between this deleted one and the next (or the end) move down.
        size_t from = static_cast<size_t>(start + k * step + 1);
        size_t to = k + 1 < count ? static_cast<size_t>(start + (k + 1) * step) : n;
        if (to > from) std::memmove(a->data + write * isz, a->data + from * isz, (to - from) * isz);
        write += to - from;
    }
    a->size = n - static_cast<size_t>(count);
    array_maybe_shrink(a);
}

// -- Items ------------------------------------------------------------------------------------

template <class T> T load(const char* p) {
    T x;
    std::memcpy(&x, p, sizeof x);
    return x;
}

// The item at [p] as a Python object.
Value item_value(const ArrayDescr* d, const char* p) {
    switch (d->code) {
    case 'b': return Value::small_int(load<int8_t>(p));
    case 'B': return Value::small_int(load<uint8_t>(p));
    case 'h': return Value::small_int(load<int16_t>(p));
    case 'H': return Value::small_int(load<uint16_t>(p));
    case 'i': return Value::small_int(load<int32_t>(p));
    case 'I': return Value::small_int(load<uint32_t>(p));
    case 'l':
    case 'q': return make_int(load<int64_t>(p));
    case 'L':
    case 'Q': return make_uint(load<uint64_t>(p));
    case 'f': return make_float(load<float>(p));
    case 'd': return make_float(load<double>(p));
    default: { // 'u': any 32-bit value may have been stored through frombytes()
        uint32_t cp = load<uint32_t>(p);
        if (cp > 0x10FFFF) return raise(exc::ValueError, "chr() arg not in range(0x110000)");
        return str_from_codepoint(cp);
    }
    }
}

// One converted item, ready to be copied into the buffer.
struct ItemBytes {
    unsigned char b[8];
};

template <class T> void put(ItemBytes* out, T x) {
    static_assert(sizeof(T) <= sizeof(ItemBytes::b));
    std::memcpy(out->b, &x, sizeof x);
}

bool range_error(const char* what, bool greater) {
    raise(exc::OverflowError, "%s is %s", what,
          greater ? "greater than maximum" : "less than minimum");
    return false;
}

// PyLong_AsLong: the value of the int [i], or OverflowError.
bool as_c_long(Value i, int64_t* out) {
    if (int_fits_int64(i, out)) return true;
    raise(exc::OverflowError, "Python int too large to convert to C long");
    return false;
}

// The value of the int [i] when it lies in [0, 2**64).
bool int_fits_uint64(Value i, uint64_t* out) {
    int64_t s;
    if (int_fits_int64(i, &s)) {
        if (s < 0) return false;
        *out = static_cast<uint64_t>(s);
        return true;
    }
    if (int_sign(i) < 0) return false;
    mpz_t z;
    mpz_init(z);
    int_to_mpz(i, z);
    bool fits = mpz_sizeinbase(z, 2) <= 64;
    if (fits) {
        uint64_t word = 0;
        size_t count = 0;
        mpz_export(&word, &count, -1, sizeof word, 0, 0, z);
        *out = word;
    }
    mpz_clear(z);
    return fits;
}

// The binary32 nearest [x]; magnitudes that round beyond FLT_MAX become
// infinities (what the C conversion does on IEEE hardware, written so that
// the conversion is always of a representable value).
float narrow_to_float(double x) {
    if (std::isfinite(x) && std::fabs(x) >= 0x1.ffffffp+127) {
        float inf = std::numeric_limits<float>::infinity();
        return x > 0 ? inf : -inf;
    }
    return static_cast<float>(x);
}

// Converts [v] to an item of [d], with CPython's checks and messages (which
// follow the PyArg_Parse format each type code goes through there: 'b'
// is checked as a C short first, 'H' as a C int).
bool convert_item(const ArrayDescr* d, Value v, ItemBytes* out) {
    char code = d->code;
    if (code == 'u') {
        if (!is_str(v) || str_length(v) != 1) {
            raise(exc::TypeError, "array item must be unicode character");
            return false;
        }
        const char* p = as_str(v)->data;
        put<uint32_t>(out, utf8_decode(p));
        return true;
    }
    if (code == 'f' || code == 'd') {
        double x;
        if (!number_to_double(v, &x)) return false;
        if (code == 'f')
            put<float>(out, narrow_to_float(x));
        else
            put<double>(out, x);
        return true;
    }
    Value i = number_index(v);
    if (!i) return false;
    int64_t s = 0;
    uint64_t u = 0;
    switch (code) {
    case 'b':
        if (!as_c_long(i, &s)) return false;
        if (s < INT16_MIN || s > INT16_MAX) return range_error("signed short integer", s > 0);
        if (s < INT8_MIN || s > INT8_MAX) return range_error("signed char", s > 0);
        put<int8_t>(out, static_cast<int8_t>(s));
        return true;
    case 'B':
        if (!as_c_long(i, &s)) return false;
        if (s < 0 || s > UINT8_MAX) return range_error("unsigned byte integer", s > 0);
        put<uint8_t>(out, static_cast<uint8_t>(s));
        return true;
    case 'h':
        if (!as_c_long(i, &s)) return false;
        if (s < INT16_MIN || s > INT16_MAX) return range_error("signed short integer", s > 0);
        put<int16_t>(out, static_cast<int16_t>(s));
        return true;
    case 'H':
        if (!as_c_long(i, &s)) return false;
        if (s < INT32_MIN || s > INT32_MAX) return range_error("signed integer", s > 0);
        if (s < 0 || s > UINT16_MAX) return range_error("unsigned short", s > 0);
        put<uint16_t>(out, static_cast<uint16_t>(s));
        return true;
    case 'i':
        if (!as_c_long(i, &s)) return false;
        if (s < INT32_MIN || s > INT32_MAX) return range_error("signed integer", s > 0);
        put<int32_t>(out, static_cast<int32_t>(s));
        return true;
    case 'l':
        if (!as_c_long(i, &s)) return false;
        put<int64_t>(out, s);
        return true;
    case 'q':
        if (!int_fits_int64(i, &s)) {
            raise(exc::OverflowError, "int too big to convert");
            return false;
        }
        put<int64_t>(out, s);
        return true;
    case 'I':
    case 'L':
        if (int_sign(i) < 0) {
            raise(exc::OverflowError, "can't convert negative value to unsigned int");
            return false;
        }
        if (!int_fits_uint64(i, &u)) {
            raise(exc::OverflowError, "Python int too large to convert to C unsigned long");
            return false;
        }
        if (code == 'L') {
            put<uint64_t>(out, u);
            return true;
        }
        if (u > UINT32_MAX) return range_error("unsigned int", true);
        put<uint32_t>(out, static_cast<uint32_t>(u));
        return true;
    default: // 'Q'
        if (int_sign(i) < 0) {
            raise(exc::OverflowError, "can't convert negative int to unsigned");
            return false;
        }
        if (!int_fits_uint64(i, &u)) {
            raise(exc::OverflowError, "int too big to convert");
            return false;
        }
        put<uint64_t>(out, u);
        return true;
    }
}

// Inserts [v] before position [where] (clamped as list.insert does).
bool insert_item(Value self, int64_t where, Value v) {
    ArrayObject* a = AR(self);
    ItemBytes item;
    if (!convert_item(descr_of(a), v, &item)) return false;
    // The size is read after the conversion, which may have run Python code.
    int64_t n = static_cast<int64_t>(a->size);
    if (where < 0) {
        where += n;
        if (where < 0) where = 0;
    }
    if (where > n) where = n;
    if (!array_reserve(a, a->size + 1)) return false;
    size_t isz = isize(a);
    size_t at = static_cast<size_t>(where);
    if (at < a->size)
        std::memmove(a->data + (at + 1) * isz, a->data + at * isz, (a->size - at) * isz);
    std::memcpy(a->data + at * isz, item.b, isz);
    a->size++;
    return true;
}

bool append_item(Value self, Value v) {
    return insert_item(self, std::numeric_limits<int64_t>::max(), v);
}

// frombytes(): [data] appended as items (it may be the array's own bytes).
bool append_bytes(Value self, std::string_view data) {
    ArrayObject* a = AR(self);
    size_t isz = isize(a);
    if (data.size() % isz != 0) {
        raise(exc::ValueError, "bytes length not a multiple of item size");
        return false;
    }
    size_t n = data.size() / isz;
    if (n == 0) return true;
    // A new buffer leaves the old one (which [data] may point into) intact.
    if (!array_reserve(a, a->size + n)) return false;
    std::memmove(a->data + a->size * isz, data.data(), data.size());
    a->size += n;
    return true;
}

// fromunicode() on a 'u' array: one item per code point of [s].
bool append_unicode(Value self, Value s) {
    ArrayObject* a = AR(self);
    size_t n = str_length(s);
    if (n == 0) return true;
    if (!array_reserve(a, a->size + n)) return false;
    std::string_view text = str_view(s);
    const char* p = text.data();
    const char* end = p + text.size();
    char* out = a->data + a->size * 4;
    size_t added = 0;
    while (p < end && added < n) {
        uint32_t cp = utf8_decode(p);
        std::memcpy(out, &cp, 4);
        out += 4;
        added++;
    }
    a->size += added;
    return true;
}

// extend() from any iterable: item by item (those before a bad one stay).
bool extend_from_iterable(Value self, Value iterable) {
    Value it = get_iter(iterable);
    if (!it) return false;
    for (;;) {
        Value v = iter_next(it);
        if (!v) return !err_occurred();
        if (!append_item(self, v)) return false;
    }
}

// extend(): another array of the same type code, or any iterable.
bool extend_impl(Value self, Value other) {
    if (!is_array(other)) return extend_from_iterable(self, other);
    ArrayObject* a = AR(self);
    ArrayObject* b = AR(other);
    if (descr_of(a) != descr_of(b)) {
        raise(exc::TypeError, "can only extend with array of same kind");
        return false;
    }
    return append_bytes(self, array_bytes(b));
}

// The items as a list.
Value list_of(ArrayObject* a) {
    Value list = make_list_with_capacity(a->size);
    if (!list) return list;
    const ArrayDescr* d = descr_of(a);
    for (size_t i = 0; i < a->size; i++) {
        Value v = item_value(d, a->data + i * d->itemsize);
        if (!v || !list_append(list, v)) return Value();
    }
    return list;
}

// The items of a 'u' array as a str.
Value unicode_of(ArrayObject* a) {
    std::string out;
    for (size_t i = 0; i < a->size; i++) {
        uint32_t cp = load<uint32_t>(a->data + i * 4);
        if (cp > 0x10FFFF)
            return raise(exc::ValueError, "character U+%x is not in range [U+0000; U+10ffff]", cp);
        utf8_append(out, cp);
    }
    return make_str(out);
}

// item == v, as the searching methods compare.
int item_equals(Value item, Value v) {
    return rich_compare_bool(item, v, CMP_EQ);
}

// -- Construction -----------------------------------------------------------------------------

// The body of array(typecode, initializer) once the arguments are checked:
// [init] is null, a list, bytes, bytearray, a str (for 'u') or an array of
// the same type code; [it] an iterator over anything else.
Value array_construct(Type* type, const ArrayDescr* d, Value init, Value it) {
    Value self = new_array(type, d, 0);
    if (!self) return self;
    if (init) {
        if (is_list(init)) {
            if (!array_reserve(AR(self), list_size(init), true)) return Value();
            for (size_t i = 0; i < list_size(init); i++)
                if (!append_item(self, list_get(init, i))) return Value();
        } else if (is_bytes(init) || is_bytearray(init)) {
            if (!append_bytes(self, bytes_view(init))) return Value();
        } else if (is_str(init)) {
            if (!append_unicode(self, init)) return Value();
        } else if (is_array(init)) {
            ArrayObject* src = AR(init);
            if (!array_reserve(AR(self), src->size, true) || !append_bytes(self, array_bytes(src)))
                return Value();
        }
    }
    if (it && !extend_from_iterable(self, it)) return Value();
    return self;
}

// array(typecode, initializer) once the arguments are parsed, for the type
// code [c]: what array_new and _array_reconstructor share. The checks come
// in CPython's order (a str initializer, say, is refused before the type
// code is looked at).
Value array_make(Type* type, uint32_t c, Value init) {
    std::string code_text;
    utf8_append(code_text, c);
    if (init && c != 'u') {
        if (is_str(init))
            return raise(exc::TypeError,
                         "cannot use a str to initialize an array with typecode '%s'",
                         code_text.c_str());
        if (is_array(init) && descr_of(AR(init))->code == 'u')
            return raise(exc::TypeError,
                         "cannot use a unicode array to initialize an array with typecode '%s'",
                         code_text.c_str());
    }
    Value it;
    if (init && !(is_list(init) || is_bytes(init) || is_bytearray(init) || is_str(init) ||
                  (is_array(init) && code_point(*descr_of(AR(init))) == c))) {
        it = get_iter(init);
        if (!it) return it;
        init = Value();
    }
    const ArrayDescr* d = find_descr(c);
    if (!d) return bad_typecode();
    return array_construct(type, d, init, it);
}

Value array_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    // A subclass with an __init__ of its own may take keywords.
    if (kwnames && tuple_size(kwnames) > 0 && (type == &ArrayType || type->init == ArrayType.init))
        return raise(exc::TypeError, "array.array() takes no keyword arguments");
    if (!check_nargs_tuple_style("array", nargs, 1, 2)) return Value();
    Value tc = args[0];
    if (!is_str(tc) || str_length(tc) != 1)
        return raise(exc::TypeError, "array() argument 1 must be a unicode character, not %s",
                     arg_type_name(tc));
    const char* p = as_str(tc)->data;
    uint32_t c = utf8_decode(p);
    return array_make(type, c, nargs > 1 ? args[1] : Value());
}

// -- Argument checks --------------------------------------------------------------------------
//
// CPython names the methods "array.append" in its messages, whatever the
// class of the instance, so the methods take keywords as far as the native
// call path is concerned and check for themselves.

bool no_kwargs(const char* qualname, Value kwnames) {
    if (!kwnames || tuple_size(kwnames) == 0) return true;
    raise(exc::TypeError, "%s() takes no keyword arguments", qualname);
    return false;
}
// METH_NOARGS / METH_O arity: "array.pop() takes no arguments (1 given)".
bool fixed_args(const char* qualname, size_t nargs, Value kwnames, size_t n) {
    return no_kwargs(qualname, kwnames) && check_nargs(qualname, nargs, n, n);
}
// The methods that Argument Clinic parses with their defining class
// (extend, fromfile, tofile, __reduce_ex__): [n] positional-only parameters,
// worded as _PyArg_UnpackKeywords words them.
bool positional_args(const char* fname, size_t nargs, Value kwnames, size_t n) {
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    if (nargs + nkw > n) {
        raise(exc::TypeError, "%s() takes at most %zu %sargument%s (%zu given)", fname, n,
              nargs == 0 ? "keyword " : "", n == 1 ? "" : "s", nargs + nkw);
        return false;
    }
    if (nargs < n) {
        raise(exc::TypeError, "%s() takes exactly %zu positional argument%s (%zu given)", fname, n,
              n == 1 ? "" : "s", nargs);
        return false;
    }
    return true;
}

// -- Methods ----------------------------------------------------------------------------------

Value m_append(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!fixed_args("array.append", nargs, kwnames, 1)) return Value();
    return append_item(self, args[0]) ? None() : Value();
}

Value m_buffer_info(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("array.buffer_info", nargs, kwnames, 0)) return Value();
    ArrayObject* a = AR(self);
    Value address = make_uint(static_cast<uint64_t>(reinterpret_cast<uintptr_t>(a->data)));
    if (!address) return address;
    Value n = make_int(static_cast<int64_t>(a->size));
    if (!n) return n;
    return tuple_pack({address, n});
}

Value m_byteswap(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("array.byteswap", nargs, kwnames, 0)) return Value();
    ArrayObject* a = AR(self);
    size_t isz = isize(a);
    if (isz > 1)
        for (size_t i = 0; i < a->size; i++)
            std::reverse(a->data + i * isz, a->data + (i + 1) * isz);
    return None();
}

Value m_count(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!fixed_args("array.count", nargs, kwnames, 1)) return Value();
    ArrayObject* a = AR(self);
    int64_t count = 0;
    // An item's __eq__ may change the array: its size is read at each step.
    for (size_t i = 0; i < a->size; i++) {
        Value item = item_value(descr_of(a), a->data + i * isize(a));
        if (!item) return item;
        int eq = item_equals(item, args[0]);
        if (eq < 0) return Value();
        count += eq;
    }
    return make_int(count);
}

Value m_extend(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!positional_args("extend", nargs, kwnames, 1)) return Value();
    return extend_impl(self, args[0]) ? None() : Value();
}

// The bytes of frombytes()'s argument: bytes, bytearray, a memoryview, or an
// array (what uopy's objects export), whose items must be single bytes.
// [copy] holds the bytes when they had to be copied out.
bool buffer_arg(Value v, std::string* copy, std::string_view* out) {
    if (is_array(v)) {
        if (isize(AR(v)) != 1) {
            raise(exc::TypeError, "a bytes-like object is required");
            return false;
        }
        *out = array_bytes(AR(v));
        return true;
    }
    if (is_bytes(v) || is_bytearray(v)) {
        *out = bytes_view(v);
        return true;
    }
    int r = buffer_contents(v, copy);
    if (r < 0) return false;
    if (r == 0) {
        raise(exc::TypeError, "a bytes-like object is required, not '%s'", type_name(v));
        return false;
    }
    if (isinstance_of(v, &MemoryViewType)) { // a view cast to wider items
        Value itemsize = get_attr_cstr(v, "itemsize");
        if (!itemsize) return false;
        if (itemsize != Value::small_int(1)) {
            raise(exc::TypeError, "a bytes-like object is required");
            return false;
        }
    }
    *out = *copy;
    return true;
}

Value m_frombytes(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!fixed_args("array.frombytes", nargs, kwnames, 1)) return Value();
    // CPython's array exports its buffer to itself here, and may not resize then.
    if (args[0] == self && isize(AR(self)) == 1 && AR(self)->size > 0)
        return raise(exc::BufferError, "cannot resize an array that is exporting buffers");
    std::string copy;
    std::string_view data;
    if (!buffer_arg(args[0], &copy, &data)) return Value();
    return append_bytes(self, data) ? None() : Value();
}

// fromfile(f, n): n items' worth of f.read(); the items read are kept when
// there were fewer (then EOFError).
Value m_fromfile(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!positional_args("fromfile", nargs, kwnames, 2)) return Value();
    int64_t n;
    if (!int_as_int64(args[1], &n)) return Value();
    if (n < 0) return raise(exc::ValueError, "negative count");
    int64_t isz = static_cast<int64_t>(isize(AR(self)));
    if (n > std::numeric_limits<int64_t>::max() / isz) {
        raise_memory_error();
        return Value();
    }
    int64_t nbytes = n * isz;
    Value count = make_int(nbytes);
    if (!count) return count;
    Value b = call_method(args[0], "read", {count});
    if (!b) return b;
    if (!is_bytes(b)) return raise(exc::TypeError, "read() didn't return bytes");
    std::string_view data = bytes_view(b);
    bool short_read = static_cast<int64_t>(data.size()) != nbytes;
    if (!append_bytes(self, data)) return Value();
    if (short_read) return raise(exc::EOFError, "read() didn't return enough bytes");
    return None();
}

// fromlist(list): all the items or none.
Value m_fromlist(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!fixed_args("array.fromlist", nargs, kwnames, 1)) return Value();
    Value list = args[0];
    if (!is_list(list)) return raise(exc::TypeError, "arg must be list");
    ArrayObject* a = AR(self);
    size_t old = a->size;
    size_t n = list_size(list);
    for (size_t i = 0; i < n; i++) {
        bool ok = append_item(self, list_get(list, i));
        if (ok && list_size(list) != n) {
            raise(exc::RuntimeError, "list changed size during iteration");
            ok = false;
        }
        if (!ok) {
            if (a->size > old) a->size = old;
            return Value();
        }
    }
    return None();
}

Value m_fromunicode(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!fixed_args("array.fromunicode", nargs, kwnames, 1)) return Value();
    if (!is_str(args[0]))
        return raise(exc::TypeError, "fromunicode() argument must be str, not %s",
                     arg_type_name(args[0]));
    if (descr_of(AR(self))->code != 'u')
        return raise(exc::ValueError, "fromunicode() may only be called on unicode type arrays");
    return append_unicode(self, args[0]) ? None() : Value();
}

// index(x[, start[, stop]])
Value m_index(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!no_kwargs("array.index", kwnames) || !check_nargs("array.index", nargs, 1, 3))
        return Value();
    ArrayObject* a = AR(self);
    int64_t start = 0, stop = std::numeric_limits<int64_t>::max();
    if (nargs > 1 && !slice_index_arg(args[1], &start)) return Value();
    if (nargs > 2 && !slice_index_arg(args[2], &stop)) return Value();
    int64_t n = static_cast<int64_t>(a->size);
    if (start < 0) {
        start += n;
        if (start < 0) start = 0;
    }
    if (stop < 0) {
        stop += n;
        if (stop < 0) stop = 0;
    }
    for (int64_t i = start; i < stop && i < static_cast<int64_t>(a->size); i++) {
        Value item = item_value(descr_of(a), a->data + static_cast<size_t>(i) * isize(a));
        if (!item) return item;
        int eq = item_equals(item, args[0]);
        if (eq < 0) return Value();
        if (eq) return make_int(i);
    }
    return raise(exc::ValueError, "array.index(x): x not in array");
}

Value m_insert(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!no_kwargs("array.insert", kwnames) || !check_nargs("array.insert", nargs, 2, 2))
        return Value();
    int64_t where;
    if (!int_as_int64(args[0], &where)) return Value();
    return insert_item(self, where, args[1]) ? None() : Value();
}

Value m_pop(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!no_kwargs("array.pop", kwnames) || !check_nargs("array.pop", nargs, 0, 1)) return Value();
    int64_t i = -1;
    if (nargs && !int_as_int64(args[0], &i)) return Value();
    ArrayObject* a = AR(self);
    int64_t n = static_cast<int64_t>(a->size);
    if (n == 0) return raise(exc::IndexError, "pop from empty array");
    if (i < 0) i += n;
    if (i < 0 || i >= n) return raise(exc::IndexError, "pop index out of range");
    size_t at = static_cast<size_t>(i);
    Value v = item_value(descr_of(a), a->data + at * isize(a));
    if (!v) return v;
    replace_range(a, at, 1, nullptr, 0);
    return v;
}

Value m_remove(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!fixed_args("array.remove", nargs, kwnames, 1)) return Value();
    ArrayObject* a = AR(self);
    for (size_t i = 0; i < a->size; i++) {
        Value item = item_value(descr_of(a), a->data + i * isize(a));
        if (!item) return item;
        int eq = item_equals(item, args[0]);
        if (eq < 0) return Value();
        if (eq) {
            if (i < a->size) replace_range(a, i, 1, nullptr, 0);
            return None();
        }
    }
    return raise(exc::ValueError, "array.remove(x): x not in array");
}

Value m_reverse(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("array.reverse", nargs, kwnames, 0)) return Value();
    ArrayObject* a = AR(self);
    size_t isz = isize(a);
    unsigned char tmp[8];
    for (size_t i = 0, j = a->size; i + 1 < j; i++, j--) {
        char* x = a->data + i * isz;
        char* y = a->data + (j - 1) * isz;
        std::memcpy(tmp, x, isz);
        std::memcpy(x, y, isz);
        std::memcpy(y, tmp, isz);
    }
    return None();
}

Value m_tobytes(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("array.tobytes", nargs, kwnames, 0)) return Value();
    return make_bytes(array_bytes(AR(self)));
}

// tofile(f): f.write() of the bytes, in blocks of 64 KiB.
Value m_tofile(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!positional_args("tofile", nargs, kwnames, 1)) return Value();
    constexpr size_t kBlock = 64 * 1024;
    ArrayObject* a = AR(self);
    size_t total = a->size * isize(a);
    size_t nblocks = (total + kBlock - 1) / kBlock;
    for (size_t i = 0; i < nblocks; i++) {
        // write() may have changed the array: its bytes are read afresh.
        std::string_view all = array_bytes(a);
        size_t offset = i * kBlock;
        if (offset >= all.size()) break;
        Value chunk = make_bytes(all.substr(offset, kBlock));
        if (!chunk) return chunk;
        Value r = call_method(args[0], "write", {chunk});
        if (!r) return r;
    }
    return None();
}

Value m_tolist(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("array.tolist", nargs, kwnames, 0)) return Value();
    return list_of(AR(self));
}

Value m_tounicode(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("array.tounicode", nargs, kwnames, 0)) return Value();
    ArrayObject* a = AR(self);
    if (descr_of(a)->code != 'u')
        return raise(exc::ValueError, "tounicode() may only be called on unicode type arrays");
    return unicode_of(a);
}

// A plain array.array holding a copy of [a]'s items (what slicing, +, *,
// __copy__ and __deepcopy__ return, whatever the class of [a]).
Value copy_of(ArrayObject* a) {
    Value r = new_array(&ArrayType, descr_of(a), a->size);
    if (!r) return r;
    std::string_view data = array_bytes(a);
    if (!data.empty()) std::memcpy(AR(r)->data, data.data(), data.size());
    return r;
}

Value m_copy(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("array.__copy__", nargs, kwnames, 0)) return Value();
    return copy_of(AR(self));
}

Value m_deepcopy(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("array.__deepcopy__", nargs, kwnames, 1)) return Value();
    return copy_of(AR(self));
}

Value typecode_str(const ArrayDescr* d) {
    return str_from_codepoint(code_point(*d));
}

// __reduce_ex__(protocol): (array, (typecode, list), dict) for protocols 0
// to 2; from 3 on (array._array_reconstructor, (class, typecode, machine
// format, bytes), dict). The dict is the instance's __dict__, or None.
Value m_reduce_ex(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!positional_args("__reduce_ex__", nargs, kwnames, 1)) return Value();
    if (!is_int(args[0]))
        return raise(exc::TypeError, "__reduce_ex__ argument should be an integer");
    int64_t protocol;
    if (!int_fits_int64(args[0], &protocol))
        return raise(exc::OverflowError, "Python int too large to convert to C long");
    Value dict = get_attr_optional(self, names::__dict__);
    if (!dict) {
        if (err_occurred()) return Value();
        dict = None();
    }
    ArrayObject* a = AR(self);
    const ArrayDescr* d = descr_of(a);
    Value cls(type_of(self));
    Value tc = typecode_str(d);
    if (!tc) return tc;
    if (protocol < 3) {
        Value list = list_of(a);
        if (!list) return list;
        Value ctor_args = tuple_pack({tc, list});
        if (!ctor_args) return ctor_args;
        return tuple_pack({cls, ctor_args, dict});
    }
    Value module = import_module("array");
    if (!module) return module;
    Value reconstructor = get_attr_cstr(module, "_array_reconstructor");
    if (!reconstructor) return reconstructor;
    Value data = make_bytes(array_bytes(a));
    if (!data) return data;
    Value ctor_args = tuple_pack({cls, tc, Value::small_int(mformat_of(d)), data});
    if (!ctor_args) return ctor_args;
    return tuple_pack({reconstructor, ctor_args, dict});
}

Value m_sizeof(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("array.__sizeof__", nargs, kwnames, 0)) return Value();
    ArrayObject* a = AR(self);
    return make_int(static_cast<int64_t>(type_of(self)->basic_size + a->capacity * isize(a)));
}

const NativeMethodDef array_methods[] = {
    {"append", m_append, NATIVE_KEYWORDS, nullptr},
    {"buffer_info", m_buffer_info, NATIVE_KEYWORDS, nullptr},
    {"byteswap", m_byteswap, NATIVE_KEYWORDS, nullptr},
    {"__copy__", m_copy, NATIVE_KEYWORDS, nullptr},
    {"count", m_count, NATIVE_KEYWORDS, nullptr},
    {"__deepcopy__", m_deepcopy, NATIVE_KEYWORDS, nullptr},
    {"extend", m_extend, NATIVE_KEYWORDS, nullptr},
    {"frombytes", m_frombytes, NATIVE_KEYWORDS, nullptr},
    {"fromfile", m_fromfile, NATIVE_KEYWORDS, nullptr},
    {"fromlist", m_fromlist, NATIVE_KEYWORDS, nullptr},
    {"fromunicode", m_fromunicode, NATIVE_KEYWORDS, nullptr},
    {"index", m_index, NATIVE_KEYWORDS, nullptr},
    {"insert", m_insert, NATIVE_KEYWORDS, nullptr},
    {"pop", m_pop, NATIVE_KEYWORDS, nullptr},
    {"__reduce_ex__", m_reduce_ex, NATIVE_KEYWORDS, nullptr},
    {"remove", m_remove, NATIVE_KEYWORDS, nullptr},
    {"reverse", m_reverse, NATIVE_KEYWORDS, nullptr},
    {"tofile", m_tofile, NATIVE_KEYWORDS, nullptr},
    {"tolist", m_tolist, NATIVE_KEYWORDS, nullptr},
    {"tounicode", m_tounicode, NATIVE_KEYWORDS, nullptr},
    {"tobytes", m_tobytes, NATIVE_KEYWORDS, nullptr},
    {"__sizeof__", m_sizeof, NATIVE_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Value get_typecode(Value self) {
    return typecode_str(descr_of(AR(self)));
}
Value get_itemsize(Value self) {
    return Value::small_int(isize(AR(self)));
}

const GetSetDef array_getsets[] = {
    {"typecode", get_typecode, nullptr, "the typecode character used to create the array"},
    {"itemsize", get_itemsize, nullptr, "the size, in bytes, of one array item"},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- Slots ------------------------------------------------------------------------------------

int64_t array_len(Value self) {
    return static_cast<int64_t>(AR(self)->size);
}

// One bound of a slice: None gives [dflt]; anything with __index__ its
// value, clamped to the int64 range.
bool slice_bound(Value v, int64_t dflt, int64_t* out) {
    if (is_none(v)) {
        *out = dflt;
        return true;
    }
    if (!is_index_like(v)) {
        raise(exc::TypeError, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    return index_as_int64(v, out, nullptr);
}

// A slice resolved against the array's length: the bounds are converted
// first (step, start, stop), then clipped to the length the array has after
// that (a bound's __index__ may have resized it), as CPython's
// PySlice_Unpack and PySlice_AdjustIndices do. [len] is the item count.
bool resolve_slice(ArrayObject* a, Value key, int64_t* start, int64_t* stop, int64_t* step,
                   int64_t* len) {
    constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
    auto* s = static_cast<SliceObject*>(key.as_ptr());
    if (!slice_bound(s->step, 1, step)) return false;
    if (*step == 0) {
        raise(exc::ValueError, "slice step cannot be zero");
        return false;
    }
    if (*step < -kMax) *step = -kMax;
    bool back = *step < 0;
    if (!slice_bound(s->start, back ? kMax : 0, start)) return false;
    if (!slice_bound(s->stop, back ? -kMax - 1 : kMax, stop)) return false;
    int64_t n = static_cast<int64_t>(a->size);
    for (int64_t* bound : {start, stop}) {
        if (*bound < 0) {
            *bound += n;
            if (*bound < 0) *bound = back ? -1 : 0;
        } else if (*bound >= n) {
            *bound = back ? n - 1 : n;
        }
    }
    *len = 0;
    if (back && *stop < *start) *len = (*start - *stop - 1) / (-*step) + 1;
    if (!back && *start < *stop) *len = (*stop - *start - 1) / *step + 1;
    return true;
}

inline bool is_slice(Value v) {
    return v.is_ptr() && type_of(v) == &SliceType;
}

Value array_getitem(Value self, Value key) {
    ArrayObject* a = AR(self);
    const ArrayDescr* d = descr_of(a);
    size_t isz = d->itemsize;
    if (is_index_like(key)) {
        int64_t i;
        if (!index_as_int64(key, &i, exc::IndexError)) return Value();
        int64_t n = static_cast<int64_t>(a->size);
        if (i < 0) i += n;
        if (i < 0 || i >= n) return raise(exc::IndexError, "array index out of range");
        return item_value(d, a->data + static_cast<size_t>(i) * isz);
    }
    if (!is_slice(key)) return raise(exc::TypeError, "array indices must be integers");
    int64_t start, stop, step, len;
    if (!resolve_slice(a, key, &start, &stop, &step, &len)) return Value();
    Value r = new_array(&ArrayType, d, static_cast<size_t>(len));
    if (!r) return r;
    ArrayObject* b = AR(r);
    if (step == 1) {
        if (len) std::memcpy(b->data, a->data + start * isz, static_cast<size_t>(len) * isz);
    } else {
        for (int64_t k = 0; k < len; k++)
            std::memcpy(b->data + k * isz, a->data + (start + k * step) * isz, isz);
    }
    return r;
}

// a[i] = x, del a[i], a[i:j] = array, a[i:j:k] = array, del a[i:j:k].
int array_setitem(Value self, Value key, Value value) {
    ArrayObject* a = AR(self);
    const ArrayDescr* d = descr_of(a);
    size_t isz = d->itemsize;
    if (is_index_like(key)) {
        int64_t i;
        if (!index_as_int64(key, &i, exc::IndexError)) return -1;
        int64_t n = static_cast<int64_t>(a->size);
        if (i < 0) i += n;
        if (i < 0 || i >= n) {
            raise(exc::IndexError, "array assignment index out of range");
            return -1;
        }
        if (!value) {
            replace_range(a, static_cast<size_t>(i), 1, nullptr, 0);
            return 0;
        }
        ItemBytes item;
        if (!convert_item(d, value, &item)) return -1;
        if (i >= static_cast<int64_t>(a->size)) { // the conversion shrank the array
            raise(exc::IndexError, "array assignment index out of range");
            return -1;
        }
        std::memcpy(a->data + static_cast<size_t>(i) * isz, item.b, isz);
        return 0;
    }
    if (!is_slice(key)) {
        raise(exc::TypeError, "array indices must be integers");
        return -1;
    }
    int64_t start, stop, step, len;
    if (!resolve_slice(a, key, &start, &stop, &step, &len)) return -1;
    // The new items, copied out (they may be the array's own).
    std::string src;
    if (value) {
        if (!is_array(value)) {
            raise(exc::TypeError, "can only assign array (not \"%s\") to array slice",
                  type_name(value));
            return -1;
        }
        if (descr_of(AR(value)) != d) {
            raise(exc::TypeError, "bad argument type for built-in operation");
            return -1;
        }
        src.assign(array_bytes(AR(value)));
    }
    int64_t needed = static_cast<int64_t>(src.size() / isz);
    // a[5:2] = x inserts at 5.
    if ((step > 0 && stop < start) || (step < 0 && stop > start)) stop = start;
    if (step == 1)
        return replace_range(a, static_cast<size_t>(start), static_cast<size_t>(stop - start),
                             src.data(), static_cast<size_t>(needed))
                   ? 0
                   : -1;
    if (needed == 0) { // deleting, or assigning an empty array (which deletes too)
        delete_extended(a, start, step, len);
        return 0;
    }
    if (needed != len) {
        raise(exc::ValueError,
              "attempt to assign array of size %lld to extended slice of size %lld",
              static_cast<long long>(needed), static_cast<long long>(len));
        return -1;
    }
    for (int64_t k = 0; k < len; k++)
        std::memcpy(a->data + (start + k * step) * isz, src.data() + k * isz, isz);
    return 0;
}

int array_contains(Value self, Value v) {
    ArrayObject* a = AR(self);
    for (size_t i = 0; i < a->size; i++) {
        Value item = item_value(descr_of(a), a->data + i * isize(a));
        if (!item) return -1;
        int eq = item_equals(item, v);
        if (eq) return eq; // 1, or -1 on error
    }
    return 0;
}

// array('i', [1, 2]), array('u', 'ab'), array('d'); a subclass shows its own name.
Value array_repr(Value self) {
    ArrayObject* a = AR(self);
    const ArrayDescr* d = descr_of(a);
    std::string s(str_view(type_of(self)->name_str));
    s += "('";
    s += d->code;
    s += "'";
    if (a->size) {
        Value items = d->kind == Kind::Char ? unicode_of(a) : list_of(a);
        if (!items) return items;
        Value r = repr(items);
        if (!r) return r;
        s += ", ";
        s += str_view(r);
    }
    s += ")";
    return make_str(s);
}

// Arrays compare item by item (as Python objects, so arrays of different
// type codes compare too), with arrays only.
Value array_richcompare(Value v, Value w, CompareOp op) {
    if (!is_array(v) || !is_array(w)) return NotImplemented();
    ArrayObject* a = AR(v);
    ArrayObject* b = AR(w);
    bool equality = op == CMP_EQ || op == CMP_NE;
    if (equality && a->size != b->size) return Bool(op == CMP_NE);
    const ArrayDescr* da = descr_of(a);
    const ArrayDescr* db = descr_of(b);
    if (equality && da == db && da->kind != Kind::Float) {
        // Equal integers (and code points) have equal bytes.
        bool same = array_bytes(a) == array_bytes(b);
        return Bool(same == (op == CMP_EQ));
    }
    Value x, y;
    bool differ = false;
    for (size_t i = 0; i < a->size && i < b->size; i++) {
        x = item_value(da, a->data + i * da->itemsize);
        if (!x) return x;
        y = item_value(db, b->data + i * db->itemsize);
        if (!y) return y;
        int eq = rich_compare_bool(x, y, CMP_EQ);
        if (eq < 0) return Value();
        if (eq == 0) {
            differ = true;
            break;
        }
    }
    if (differ) {
        if (op == CMP_EQ) return False();
        if (op == CMP_NE) return True();
        return rich_compare(x, y, op);
    }
    // No more items to compare: the sizes decide.
    size_t vs = a->size, ws = b->size;
    bool r = false;
    switch (op) {
    case CMP_LT: r = vs < ws; break;
    case CMP_LE: r = vs <= ws; break;
    case CMP_EQ: r = vs == ws; break;
    case CMP_NE: r = vs != ws; break;
    case CMP_GT: r = vs > ws; break;
    case CMP_GE: r = vs >= ws; break;
    }
    return Bool(r);
}

// CPython tries both operands' number slots before a sequence's concat or
// repeat, so `a * x` gives a class written in Python with __rmul__ its turn
// first. The array's slot is called first here: it asks the right operand's
// slot itself (only classes written in Python are asked).
Value try_right_operand(Value a, Value b, int op, BinaryFn mine) {
    Type* tb = type_of(b);
    BinaryFn f = tb->nb[op];
    if (!(tb->flags & TYPE_HEAP) || !f || f == mine || tb == type_of(a)) return NotImplemented();
    return f(a, b);
}

Value cant_multiply(Value other) {
    return raise(exc::TypeError, "can't multiply sequence by non-int of type '%s'",
                 type_name(other));
}

// a + b (sq_concat): a new plain array.
Value array_concat(Value a, Value b) {
    if (!is_array(a)) return NotImplemented();
    if (!is_array(b))
        return raise(exc::TypeError, "can only append array (not \"%s\") to array", type_name(b));
    ArrayObject* x = AR(a);
    ArrayObject* y = AR(b);
    if (descr_of(x) != descr_of(y))
        return raise(exc::TypeError, "bad argument type for built-in operation");
    size_t nx = x->size, ny = y->size;
    Value r = new_array(&ArrayType, descr_of(x), nx + ny);
    if (!r) return r;
    std::string_view bx = array_bytes(x), by = array_bytes(y);
    if (!bx.empty()) std::memcpy(AR(r)->data, bx.data(), bx.size());
    if (!by.empty()) std::memcpy(AR(r)->data + bx.size(), by.data(), by.size());
    return r;
}

// a * n and n * a: a new plain array.
Value array_mul(Value a, Value b) {
    Value arr = a, n = b;
    if (is_array(a)) {
        Value r = try_right_operand(a, b, NB_MULTIPLY, array_mul);
        if (r != NotImplemented()) return r;
    } else {
        arr = b;
        n = a;
        // A sequence on the left is repeated first, as CPython's sequence
        // repeat goes: the array is then the bad count.
        if (!is_index_like(n) &&
            (is_str(n) || is_bytes(n) || is_bytearray(n) || is_list(n) || is_tuple(n)))
            return cant_multiply(arr);
    }
    if (!is_array(arr)) return NotImplemented();
    if (!is_index_like(n)) return cant_multiply(n);
    int64_t count;
    if (!index_as_int64(n, &count, exc::OverflowError)) return Value();
    ArrayObject* x = AR(arr);
    const ArrayDescr* d = descr_of(x);
    size_t size = x->size;
    if (count < 0) count = 0;
    size_t bytes = size * d->itemsize;
    if (bytes && static_cast<uint64_t>(count) > kMaxBytes / bytes) {
        raise_memory_error();
        return Value();
    }
    size_t times = static_cast<size_t>(count);
    Value r = new_array(&ArrayType, d, size * times);
    if (!r) return r;
    for (size_t k = 0; k < times && bytes; k++)
        std::memcpy(AR(r)->data + k * bytes, x->data, bytes);
    return r;
}

// a += other: another array of the same type code only.
Value array_iadd(Value a, Value b) {
    Value r = try_right_operand(a, b, NB_ADD, nullptr);
    if (r != NotImplemented()) return r;
    if (!is_array(b))
        return raise(exc::TypeError, "can only extend array with array (not \"%s\")", type_name(b));
    if (!extend_impl(a, b)) return Value();
    return a;
}

// a *= n, in place.
Value array_imul(Value a, Value b) {
    Value r = try_right_operand(a, b, NB_MULTIPLY, array_mul);
    if (r != NotImplemented()) return r;
    if (!is_index_like(b)) return cant_multiply(b);
    int64_t count;
    if (!index_as_int64(b, &count, exc::OverflowError)) return Value();
    ArrayObject* x = AR(a);
    size_t size = x->size;
    if (size == 0) return a;
    if (count <= 0) {
        x->size = 0;
        array_maybe_shrink(x);
        return a;
    }
    size_t bytes = size * isize(x);
    if (static_cast<uint64_t>(count) > kMaxBytes / bytes) {
        raise_memory_error();
        return Value();
    }
    size_t times = static_cast<size_t>(count);
    if (!array_reserve(x, size * times, true)) return Value();
    for (size_t k = 1; k < times; k++)
        std::memcpy(x->data + k * bytes, x->data, bytes);
    x->size = size * times;
    return a;
}

// -- The iterator -----------------------------------------------------------------------------

struct ArrayIterObject : Object {
    Value array; // null once exhausted
    size_t index;
};

void arrayiter_trace(Object* o, Tracer& t) {
    t.visit(static_cast<ArrayIterObject*>(o)->array);
}

Value array_iter(Value self) {
    auto* it = gc_new<ArrayIterObject>(&ArrayIterType);
    if (!it) return Value();
    it->array = self;
    it->index = 0;
    return Value(it);
}

Value arrayiter_iter(Value self) {
    return self;
}

Value arrayiter_next(Value self) {
    auto* it = static_cast<ArrayIterObject*>(self.as_ptr());
    if (!it->array) return Value();
    ArrayObject* a = AR(it->array);
    if (it->index < a->size) {
        size_t i = it->index++;
        return item_value(descr_of(a), a->data + i * isize(a));
    }
    it->array = Value();
    return Value();
}

// __reduce__: (iter, (array,), index), or (iter, ((),)) once exhausted.
Value arrayiter_reduce(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("arrayiterator.__reduce__", nargs, kwnames, 0)) return Value();
    auto* it = static_cast<ArrayIterObject*>(self.as_ptr());
    Value builtins = import_module("builtins");
    if (!builtins) return builtins;
    Value iter_fn = get_attr_cstr(builtins, "iter");
    if (!iter_fn) return iter_fn;
    if (!it->array) {
        Value inner = tuple_pack({empty_tuple()});
        if (!inner) return inner;
        return tuple_pack({iter_fn, inner});
    }
    Value inner = tuple_pack({it->array});
    if (!inner) return inner;
    Value index = make_int(static_cast<int64_t>(it->index));
    if (!index) return index;
    return tuple_pack({iter_fn, inner, index});
}

Value arrayiter_setstate(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!fixed_args("arrayiterator.__setstate__", nargs, kwnames, 1)) return Value();
    if (!is_int(args[0])) return raise(exc::TypeError, "an integer is required");
    int64_t index;
    if (!int_as_int64(args[0], &index)) return Value();
    auto* it = static_cast<ArrayIterObject*>(self.as_ptr());
    if (it->array) {
        int64_t n = static_cast<int64_t>(AR(it->array)->size);
        if (index < 0) index = 0;
        if (index > n) index = n;
        it->index = static_cast<size_t>(index);
    }
    return None();
}

const NativeMethodDef arrayiter_methods[] = {
    {"__reduce__", arrayiter_reduce, NATIVE_KEYWORDS, nullptr},
    {"__setstate__", arrayiter_setstate, NATIVE_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Value no_new(Type* type, const Value*, size_t, Value) {
    return raise(exc::TypeError, "cannot create '%s' instances", type->name);
}

// -- _array_reconstructor ---------------------------------------------------------------------

// Decodes the unsigned integer of [size] bytes at [p] in the given byte order.
uint64_t load_uint(const unsigned char* p, size_t size, bool big) {
    uint64_t v = 0;
    for (size_t k = 0; k < size; k++)
        v = (v << 8) | p[big ? k : size - 1 - k];
    return v;
}

// _array_reconstructor(arraytype, typecode, mformat_code, items): the array
// a pickle describes. Items in the host's own machine format are taken as
// they are; others are decoded into Python values first, and integers get
// the host type code of their size and signedness.
Value array_reconstructor(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!no_kwargs("array._array_reconstructor", kwnames) ||
        !check_nargs_expected("_array_reconstructor", nargs, 4, 4))
        return Value();
    Value arraytype = args[0], tc = args[1], items = args[3];
    if (!is_str(tc) || str_length(tc) != 1)
        return raise(exc::TypeError,
                     "_array_reconstructor() argument 2 must be a unicode character, not %s",
                     arg_type_name(tc));
    Value mf = number_index(args[2]);
    if (!mf) return mf;
    int64_t mformat;
    if (!int_fits_int64(mf, &mformat) || mformat < INT32_MIN || mformat > INT32_MAX)
        return raise(exc::OverflowError, "Python int too large to convert to C int");
    if (!isinstance_of(arraytype, &TypeType))
        return raise(exc::TypeError, "first argument must be a type object, not %s",
                     type_name(arraytype));
    Type* type = static_cast<Type*>(arraytype.as_ptr());
    if (type != &ArrayType && !is_subtype(type, &ArrayType))
        return raise(exc::TypeError, "%s is not a subtype of array.array", type->name);
    const char* p = as_str(tc)->data;
    uint32_t code = utf8_decode(p);
    const ArrayDescr* d = find_descr(code);
    if (!d) return raise(exc::ValueError, "second argument must be a valid type code");
    if (mformat < 0 || mformat > kMaxMformat)
        return raise(exc::ValueError, "third argument must be a valid machine format code.");
    if (!is_bytes(items))
        return raise(exc::TypeError, "fourth argument should be bytes, not %s", type_name(items));
    if (mformat == mformat_of(d)) return array_make(type, code, items);

    const MachineFormat& mfd = kMachineFormats[mformat];
    std::string data(bytes_view(items));
    if (data.size() % mfd.size != 0)
        return raise(exc::ValueError, "string length not a multiple of item size");
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
    size_t n = data.size() / mfd.size;
    if (mformat >= 18) { // UTF-16 / UTF-32: a str (which only 'u' takes)
        static const char* const kCodecs[] = {"utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"};
        Value text = codec_decode(data, kCodecs[mformat - 18], "strict");
        if (!text) return text;
        return array_make(type, code, text);
    }
    Value list = make_list_with_capacity(n);
    if (!list) return list;
    if (mformat >= 14) { // IEEE 754 binary32 / binary64: the given type code
        for (size_t i = 0; i < n; i++) {
            uint64_t bits = load_uint(bytes + i * mfd.size, mfd.size, mfd.big);
            double x;
            if (mfd.size == 4) {
                uint32_t b32 = static_cast<uint32_t>(bits);
                float f;
                std::memcpy(&f, &b32, sizeof f);
                x = f;
            } else {
                std::memcpy(&x, &bits, sizeof x);
            }
            Value v = make_float(x);
            if (!v || !list_append(list, v)) return Value();
        }
        return array_make(type, code, list);
    }
    // Integers: the last host type code of that size and signedness (the
    // given one when there is none).
    for (const ArrayDescr& c : kDescrs) {
        bool integer = c.kind == Kind::Signed || c.kind == Kind::Unsigned;
        if (integer && c.itemsize == mfd.size && (c.kind == Kind::Signed) == mfd.is_signed)
            code = code_point(c);
    }
    for (size_t i = 0; i < n; i++) {
        uint64_t bits = load_uint(bytes + i * mfd.size, mfd.size, mfd.big);
        Value v;
        if (mfd.is_signed) {
            unsigned shift = 64 - 8 * mfd.size;
            // Sign-extends the item's top bit through the word.
            int64_t s = static_cast<int64_t>(bits << shift) >> shift;
            v = make_int(s);
        } else {
            v = make_uint(bits);
        }
        if (!v || !list_append(list, v)) return Value();
    }
    return array_make(type, code, list);
}

const NativeMethodDef array_functions[] = {
    {"_array_reconstructor", array_reconstructor, NATIVE_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// -- Types and the module ---------------------------------------------------------------------

void init_array_types() {
    static bool ready = false;
    if (ready) return;
    ready = true;
    // A static type's fields become roots only once init_static_type has
    // registered it, so no collection may run while the types are made.
    bool was_enabled = gc_is_enabled();
    gc_set_enabled(false);

    // Slots first; init_static_type inherits the rest from object (hash
    // stays null beside richcompare: arrays are unhashable). Concatenation
    // is sq_concat, so that arrays have __add__ but no __radd__, as in CPython.
    ArrayType.trace = array_trace;
    ArrayType.tp_new = array_new;
    ArrayType.repr = array_repr;
    ArrayType.richcompare = array_richcompare;
    ArrayType.iter = array_iter;
    ArrayType.len = array_len;
    ArrayType.getitem = array_getitem;
    ArrayType.setitem = array_setitem;
    ArrayType.contains = array_contains;
    ArrayType.sq_concat = array_concat;
    ArrayType.nb[NB_MULTIPLY] = array_mul;
    ArrayType.nb_inplace[NB_ADD] = array_iadd;
    ArrayType.nb_inplace[NB_MULTIPLY] = array_imul;
    init_static_type(&ArrayType, "array.array", &ObjectType, sizeof(ArrayObject),
                     TYPE_BASETYPE | TYPE_WEAKREFABLE);
    add_methods(&ArrayType, array_methods);
    add_getsets(&ArrayType, array_getsets);
    add_slot_wrappers(&ArrayType);
    add_builtin_new_wrapper(&ArrayType);
    dict_set(ArrayType.dict, names::__module__, intern("array"));
    dict_set(ArrayType.dict, names::__doc__,
             make_str("array(typecode [, initializer]) -> array\n\n"
                      "Return a new array whose items are restricted by typecode, and\n"
                      "initialized from the optional initializer value, which must be a list,\n"
                      "string or iterable over elements of the appropriate type."));
    // An array matches sequence patterns (CPython's Py_TPFLAGS_SEQUENCE),
    // which vm/pattern_matching.cpp reads from this attribute.
    dict_set(ArrayType.dict, intern("__abc_tpflags__"), Value::small_int(1 << 5));

    ArrayIterType.trace = arrayiter_trace;
    ArrayIterType.tp_new = no_new;
    ArrayIterType.iter = arrayiter_iter;
    ArrayIterType.iternext = arrayiter_next;
    init_static_type(&ArrayIterType, "array.arrayiterator", &ObjectType, sizeof(ArrayIterObject),
                     0);
    add_methods(&ArrayIterType, arrayiter_methods);
    add_slot_wrappers(&ArrayIterType);

    gc_set_enabled(was_enabled);
}

} // namespace

Value init_array_module() {
    init_array_types();
    ModuleObject* m = make_module("array");
    if (!m) return Value();
    Value mod(m);
    add_functions(m->dict, array_functions, mod);
    Value codes = make_str(kTypecodes);
    if (!codes) return codes;
    Value doc = make_str("This module defines an object type which can efficiently represent\n"
                         "an array of basic values: characters, integers, floating point\n"
                         "numbers.  Arrays are sequence types and behave very much like lists,\n"
                         "except that the type of objects stored in them is constrained.\n");
    if (!doc) return doc;
    if (!dict_set_cstr(m->dict, "array", Value(&ArrayType)) ||
        !dict_set_cstr(m->dict, "ArrayType", Value(&ArrayType)) ||
        !dict_set_cstr(m->dict, "typecodes", codes) || !dict_set_cstr(m->dict, "__doc__", doc))
        return Value();
    // As CPython's module does: array.array is a registered MutableSequence.
    Value abc = import_module("collections.abc");
    if (!abc) return abc;
    Value mutable_sequence = get_attr_cstr(abc, "MutableSequence");
    if (!mutable_sequence) return mutable_sequence;
    if (!call_method(mutable_sequence, "register", {Value(&ArrayType)})) return Value();
    return mod;
}

} // namespace uopy
