// bytes and bytearray: creation, repr, indexing, comparison, decode and a
// few methods. CPython counterpart: Objects/bytesobject.c, bytearrayobject.c.
#include "objects/bytes.h"

#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/memoryview.h"
#include "objects/misc.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/type.h"

#include "objects/codecs.h"

#include <cstdint>
#include <cstring>
#include <string>

namespace uopy {

Type BytesType, ByteArrayType;

static Value make_bytes_of_type(Type* type, std::string_view data) {
    auto* b =
        gc_new<BytesObject>(type, sizeof(BytesObject) + data.size() + 1 + var_instance_extra(type));
    if (!b) return Value();
    b->size = data.size();
    b->hash = -1;
    // (An empty view may have a null pointer, which memcpy must not get.)
    if (!data.empty()) std::memcpy(b->data, data.data(), data.size());
    return Value(b);
}

Value make_bytes(std::string_view data) {
    return make_bytes_of_type(&BytesType, data);
}

// bytes(n): [n] zero bytes (GC cells come back cleared).
static Value make_zero_bytes(size_t n) {
    auto* b = gc_new<BytesObject>(&BytesType, sizeof(BytesObject) + n + 1);
    if (!b) return Value();
    b->size = n;
    b->hash = -1;
    std::memset(b->data, 0, n + 1);
    return Value(b);
}

bool bytearray_assign(Value v, std::string_view data) {
    auto* ba = static_cast<ByteArrayObject*>(v.as_ptr());
    if (data.size() > ba->capacity || !ba->data) {
        size_t cap = data.size() + data.size() / 8 + 8;
        char* d = gc_alloc_bytes(cap);
        if (!d) return false;
        ba->data = d;
        ba->capacity = cap;
    }
    if (!data.empty()) std::memmove(ba->data, data.data(), data.size());
    ba->size = data.size();
    return true;
}

Value make_bytearray(std::string_view data) {
    Value v = alloc_instance(&ByteArrayType);
    if (!v || !bytearray_assign(v, data)) return Value();
    return v;
}

Value make_bytes_value(std::string_view data) {
    return make_bytes(data);
}

std::string_view bytes_view(Value v) {
    if (is_bytearray(v)) {
        auto* b = static_cast<ByteArrayObject*>(v.as_ptr());
        return std::string_view(b->data ? b->data : "", b->size);
    }
    auto* b = static_cast<BytesObject*>(v.as_ptr());
    return std::string_view(b->data, b->size);
}

int buffer_contents(Value v, std::string* out) {
    if (is_bytes(v) || is_bytearray(v)) {
        out->assign(bytes_view(v));
        return 1;
    }
    if (v.is_ptr() && isinstance_of(v, &MemoryViewType)) {
        Value b = call_method(v, "tobytes", {}); // ValueError once released
        if (!b) return -1;
        out->assign(bytes_view(b));
        return 1;
    }
    return 0;
}

// The ints of [iterable] as bytes, each checked to be in range(0, 256)
// ([range_msg] otherwise: bytes() and bytearray() word it differently).
static bool bytes_of_ints(Value iterable, const char* range_msg, std::string* out) {
    Value it = get_iter(iterable);
    if (!it) return false;
    for (;;) {
        Value item = iter_next(it);
        if (!item) return !err_occurred();
        int64_t c;
        if (!index_as_int64(item, &c, nullptr)) return false;
        if (c < 0 || c > 255) {
            raise(exc::ValueError, "%s", range_msg);
            return false;
        }
        out->push_back(static_cast<char>(c));
    }
}

Value bytes_from_object(Value v) {
    if (type_of(v) == &BytesType) return v;
    std::string data;
    int r = buffer_contents(v, &data);
    if (r < 0) return Value();
    if (r > 0) return make_bytes(data);
    if (!is_str(v)) {
        Value it = get_iter(v);
        if (it) {
            if (!bytes_of_ints(it, "bytes must be in range(0, 256)", &data)) return Value();
            return make_bytes(data);
        }
        if (!err_matches(exc::TypeError)) return Value();
        err_clear();
    }
    return raise(exc::TypeError, "cannot convert '%s' object to bytes", type_name(v));
}

// Calls type(v).__bytes__ if there is one: the bytes, or null (with an
// exception set when the call failed or returned something else).
static Value call_dunder_bytes(Value v) {
    Value r = call_special(v, intern("__bytes__"), {});
    if (r && !is_bytes(r))
        return raise(exc::TypeError, "__bytes__ returned non-bytes (type %s)", type_name(r));
    return r;
}

Value object_bytes(Value v) {
    if (type_of(v) == &BytesType) return v;
    Value r = call_dunder_bytes(v);
    if (r || err_occurred()) return r;
    return bytes_from_object(v);
}

// b'...' (b"..." when only single quotes occur). bytearray's repr escapes
// every single quote, whichever quote it uses, as CPython's does.
static std::string bytes_repr_text(std::string_view s, bool escape_single) {
    bool has_single = s.find('\'') != std::string_view::npos;
    bool has_double = s.find('"') != std::string_view::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    std::string out = "b";
    out.push_back(quote);
    char buf[8];
    for (unsigned char c : s) {
        if (c == quote || c == '\\' || (escape_single && c == '\'')) {
            out.push_back('\\');
            out.push_back(static_cast<char>(c));
        } else if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else if (c == '\t')
            out += "\\t";
        else if (c < 0x20 || c >= 0x7f) {
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else
            out.push_back(static_cast<char>(c));
    }
    out.push_back(quote);
    return out;
}

static Value bytes_repr(Value self) {
    std::string r = bytes_repr_text(bytes_view(self), is_bytearray(self));
    if (is_bytearray(self)) r = std::string(type_name(self)) + "(" + r + ")";
    return make_str(r);
}

static int64_t bytes_len(Value self) {
    return static_cast<int64_t>(bytes_view(self).size());
}

static int64_t bytes_hash(Value self) {
    auto* b = static_cast<BytesObject*>(self.as_ptr());
    if (b->hash != -1) return b->hash;
    uint64_t h = 14695981039346656037ull ^ 0x5bd1e995;
    for (size_t i = 0; i < b->size; i++) {
        h ^= static_cast<unsigned char>(b->data[i]);
        h *= 1099511628211ull;
    }
    int64_t r = static_cast<int64_t>(h >> 1);
    b->hash = r == -1 ? -2 : r;
    return b->hash;
}

// bytes compares only with bytes (b''.__eq__(bytearray()) is NotImplemented,
// and the reflected bytearray comparison answers), a bytearray with either.
static Value bytes_richcompare(Value a, Value b, CompareOp op) {
    bool b_ok = is_bytearray(a) ? is_bytes(b) || is_bytearray(b) : is_bytes(a) && is_bytes(b);
    if (!b_ok) return NotImplemented();
    int c = bytes_view(a).compare(bytes_view(b));
    switch (op) {
    case CMP_LT: return Bool(c < 0);
    case CMP_LE: return Bool(c <= 0);
    case CMP_EQ: return Bool(c == 0);
    case CMP_NE: return Bool(c != 0);
    case CMP_GT: return Bool(c > 0);
    case CMP_GE: return Bool(c >= 0);
    }
    return NotImplemented();
}

static Value bytes_getitem(Value self, Value key) {
    std::string_view s = bytes_view(self);
    if (is_index_like(key)) {
        int64_t i;
        if (!index_as_int64(key, &i, exc::IndexError)) return Value();
        s = bytes_view(self); // __index__ may have resized a bytearray
        if (i < 0) i += static_cast<int64_t>(s.size());
        if (i < 0 || static_cast<size_t>(i) >= s.size())
            return raise(exc::IndexError, is_bytearray(self) ? "bytearray index out of range"
                                                             : "index out of range");
        return Value::small_int(static_cast<unsigned char>(s[i]));
    }
    if (type_of(key) == &SliceType) {
        int64_t start, stop, step, n;
        if (!slice_indices(key, static_cast<int64_t>(s.size()), &start, &stop, &step, &n))
            return Value();
        std::string out;
        for (int64_t k = 0, i = start; k < n; k++, i += step)
            out.push_back(s[i]);
        return is_bytearray(self) ? make_bytearray(out) : make_bytes(out);
    }
    return raise(exc::TypeError, "%s indices must be integers or slices, not %s",
                 is_bytearray(self) ? "bytearray" : "byte", type_name(key));
}

static Value bytes_add(Value a, Value b) {
    // sq_concat: the other operand's __radd__ has had its turn.
    std::string s, more;
    int ra = buffer_contents(a, &s);
    if (ra < 0) return Value();
    int rb = ra ? buffer_contents(b, &more) : 0;
    if (rb < 0) return Value();
    if (!ra || !rb)
        return raise(exc::TypeError, "can't concat %s to %s", type_name(b), type_name(a));
    s += more;
    return is_bytearray(a) ? make_bytearray(s) : make_bytes(s);
}

static int bytes_contains(Value self, Value item) {
    // An int (anything with __index__) is a byte value; failing that
    // (whatever the error), a buffer is a subsequence.
    if (is_index_like(item)) {
        int64_t c;
        if (index_as_int64(item, &c, nullptr)) {
            if (c < 0 || c > 255) {
                raise(exc::ValueError, "byte must be in range(0, 256)");
                return -1;
            }
            return bytes_view(self).find(static_cast<char>(c)) != std::string_view::npos;
        }
        err_clear();
    }
    std::string sub;
    int r = buffer_contents(item, &sub);
    if (r < 0) return -1;
    if (r == 0) {
        raise(exc::TypeError, "a bytes-like object is required, not '%s'", type_name(item));
        return -1;
    }
    return bytes_view(self).find(sub) != std::string_view::npos;
}

static Value bytes_new_exact(const Value* a);

static Value bytes_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("bytes", "source=, encoding=, errors=");
    Value a[3];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    Value b = bytes_new_exact(a);
    if (!b || type == &BytesType) return b;
    return make_bytes_of_type(type, bytes_view(b));
}

// The encoding/errors checks bytes() and bytearray() share: false with
// TypeError set when they do not fit the source.
static bool check_encoding_args(const char* fname, const Value* a) {
    for (int i = 1; i < 3; i++)
        if (a[i] && !is_str(a[i])) {
            raise(exc::TypeError, "%s() argument '%s' must be str, not %s", fname,
                  i == 1 ? "encoding" : "errors", arg_type_name(a[i]));
            return false;
        }
    if (a[0] && is_str(a[0])) {
        if (a[1]) return true;
        raise(exc::TypeError, "string argument without an encoding");
        return false;
    }
    if (a[1] || a[2]) {
        raise(exc::TypeError,
              a[1] ? "encoding without a string argument" : "errors without a string argument");
        return false;
    }
    return true;
}

// bytes(source, encoding, errors) for exact bytes: a str with its encoding,
// __bytes__, a count of zero bytes, a buffer, an iterable of ints.
static Value bytes_new_exact(const Value* a) {
    if (!check_encoding_args("bytes", a)) return Value();
    Value x = a[0];
    if (!x) return make_bytes("");
    if (is_str(x)) return codec_encode(x, str_view(a[1]), a[2] ? str_view(a[2]) : "strict");
    Value r = call_dunder_bytes(x);
    if (r || err_occurred()) return r;
    if (is_index_like(x)) {
        int64_t n;
        if (index_as_int64(x, &n, exc::OverflowError)) {
            if (n < 0) return raise(exc::ValueError, "negative count");
            return make_zero_bytes(static_cast<size_t>(n));
        }
        if (!err_matches(exc::TypeError)) return Value();
        err_clear(); // an __index__ that raised TypeError: try it as an iterable
    }
    return bytes_from_object(x);
}

static Value m_decode(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("decode", "encoding=, errors=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    static const char* names[] = {"encoding", "errors"};
    for (int i = 0; i < 2; i++)
        if (a[i] && !is_str(a[i]))
            return raise(exc::TypeError, "decode() argument '%s' must be str, not %s", names[i],
                         type_name(a[i]));
    return codec_decode(bytes_view(self), a[0] ? str_view(a[0]) : "utf-8",
                        a[1] ? str_view(a[1]) : "strict");
}
std::string hex_lower(std::string_view data) {
    static const char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(2 * data.size());
    for (unsigned char c : data) {
        out.push_back(digits[c >> 4]);
        out.push_back(digits[c & 15]);
    }
    return out;
}

Value bytes_hex_method(std::string_view data, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("hex", "sep=, bytes_per_sep=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    int64_t per = 1;
    if (a[1]) {
        Value i = number_index(a[1]);
        if (!i) return i;
        if (!int_fits_int64(i, &per) || per < INT32_MIN || per > INT32_MAX)
            return raise(exc::OverflowError, "Python int too large to convert to C int");
    }
    bool has_sep = false;
    char sep = 0;
    if (a[0]) {
        // Given at all (even None), sep must be one ASCII character.
        int64_t n = length(a[0]);
        if (n < 0) return Value();
        if (n != 1) return raise(exc::ValueError, "sep must be length 1.");
        unsigned char c;
        if (is_str(a[0]))
            c = static_cast<unsigned char>(str_view(a[0])[0]); // a UTF-8 lead byte if not ASCII
        else if (is_bytes(a[0]))
            c = static_cast<unsigned char>(bytes_view(a[0])[0]);
        else
            return raise(exc::TypeError, "sep must be str or bytes.");
        if (c > 127) return raise(exc::ValueError, "sep must be ASCII.");
        has_sep = true;
        sep = static_cast<char>(c);
    }
    if (!has_sep || per == 0) return make_str(hex_lower(data));
    // Groups of |per| bytes, counted from the right (per > 0) or the left.
    static const char digits[] = "0123456789abcdef";
    uint64_t group = per < 0 ? static_cast<uint64_t>(-per) : static_cast<uint64_t>(per);
    size_t n = data.size();
    std::string out;
    out.reserve(3 * n);
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && (per > 0 ? (n - i) % group : i % group) == 0) out.push_back(sep);
        unsigned char c = static_cast<unsigned char>(data[i]);
        out.push_back(digits[c >> 4]);
        out.push_back(digits[c & 15]);
    }
    return make_str(out);
}

static Value m_hex(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!is_bytearray(self)) return bytes_hex_method(bytes_view(self), args, nargs, kwnames);
    std::string copy(bytes_view(self)); // an argument's __index__ may resize it
    return bytes_hex_method(copy, args, nargs, kwnames);
}

// bytes.__getnewargs__: (a plain bytes copy,).
static Value m_getnewargs(Value self, const Value*, size_t, Value) {
    Value copy = make_bytes(bytes_view(self));
    return copy ? tuple_pack({copy}) : copy;
}

// bytes.__bytes__: self when exactly bytes, else a plain copy.
static Value m_dunder_bytes(Value self, const Value*, size_t, Value) {
    if (type_of(self) == &BytesType) return self;
    return make_bytes(bytes_view(self));
}

// __sizeof__: CPython's layout sizes (bytes: 33-byte header and a NUL;
// bytearray: 56-byte object plus its allocation).
static Value m_bytes_sizeof(Value self, const Value*, size_t, Value) {
    return make_int(33 + static_cast<int64_t>(bytes_view(self).size()));
}
static Value m_bytearray_sizeof(Value self, const Value*, size_t, Value) {
    auto* ba = static_cast<ByteArrayObject*>(self.as_ptr());
    return make_int(56 + static_cast<int64_t>(ba->data ? ba->capacity : 0));
}
static Value m_bytearray_alloc(Value self, const Value*, size_t, Value) {
    auto* ba = static_cast<ByteArrayObject*>(self.as_ptr());
    return make_int(ba->data && ba->size ? static_cast<int64_t>(ba->capacity) + 1 : 0);
}

// bytearray.__reduce_ex__(proto): (type, args, state) where args are a
// latin-1 str and 'latin-1' below protocol 3, the bytes from 3 on, and ()
// when empty; state is what __getstate__ gives (the instance dict or None).
static Value bytearray_reduce(Value self, int64_t proto) {
    Value state = call_method(self, "__getstate__", {});
    if (!state) return state;
    std::string_view data = bytes_view(self);
    Value args;
    if (data.empty()) {
        args = empty_tuple();
    } else if (proto < 3) {
        Value text = codec_decode(data, "latin-1", "strict");
        if (!text) return text;
        Value enc = make_str("latin-1");
        if (!enc) return enc;
        args = tuple_pack({text, enc});
    } else {
        Value b = make_bytes(data);
        if (!b) return b;
        args = tuple_pack({b});
    }
    if (!args) return args;
    return tuple_pack({Value(type_of(self)), args, state});
}
static Value m_bytearray_reduce(Value self, const Value*, size_t, Value) {
    return bytearray_reduce(self, 2);
}
static Value m_bytearray_reduce_ex(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("__reduce_ex__", nargs, 0, 1)) return Value();
    int64_t proto = 0;
    if (nargs) {
        Value i = number_index(args[0]);
        if (!i) return i;
        if (!int_fits_int64(i, &proto) || proto < INT32_MIN || proto > INT32_MAX)
            return raise(exc::OverflowError, "Python int too large to convert to C int");
    }
    return bytearray_reduce(self, proto);
}

struct BytesIterObject : Object {
    Value seq;
    size_t pos;
};
static Type BytesIterType;
static void bytes_iter_trace(Object* o, Tracer& t) {
    t.visit(static_cast<BytesIterObject*>(o)->seq);
}
static Value bytes_iter(Value self) {
    auto* it = gc_new<BytesIterObject>(&BytesIterType);
    if (!it) return Value();
    it->seq = self;
    return Value(it);
}
static Value bytes_iter_next(Value self) {
    auto* it = static_cast<BytesIterObject*>(self.as_ptr());
    std::string_view s = bytes_view(it->seq);
    if (it->pos >= s.size()) return Value();
    return Value::small_int(static_cast<unsigned char>(s[it->pos++]));
}
static Value self_iter(Value self) {
    return self;
}

static const NativeMethodDef bytes_methods[] = {
    {"decode", m_decode, NATIVE_KEYWORDS,
     "decode($self, /, encoding='utf-8', errors='strict')\n--\n\n"},
    {"hex", m_hex, NATIVE_KEYWORDS,
     "hex($self, /, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\n"},
    {"__getnewargs__", m_getnewargs, NATIVE_NOARGS, nullptr},
    {"__bytes__", m_dunder_bytes, NATIVE_NOARGS, "__bytes__($self, /)\n--\n\n"},
    {"__sizeof__", m_bytes_sizeof, NATIVE_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

static Value bytearray_new(Type* type, const Value*, size_t, Value) {
    return alloc_instance(type);
}
// Gives [self] exactly [data] in a buffer of that size (bytearray()'s
// allocation; growth later is geometric).
static int bytearray_set_exact(Value self, std::string_view data) {
    auto* ba = static_cast<ByteArrayObject*>(self.as_ptr());
    char* d = gc_alloc_bytes(data.size() + 1);
    if (!d) return -1;
    if (!data.empty()) std::memcpy(d, data.data(), data.size());
    ba->data = d;
    ba->size = ba->capacity = data.size();
    return 0;
}

// bytearray(source, encoding, errors): as bytes() but without __bytes__,
// with the count tried before the buffer, and "byte must be in range".
static int bytearray_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("bytearray", "source=, encoding=, errors=");
    Value a[3];
    if (!sig.bind(args, nargs, kwnames, a)) return -1;
    auto* ba = static_cast<ByteArrayObject*>(self.as_ptr());
    ba->size = 0; // __init__ again starts from empty
    if (!check_encoding_args("bytearray", a)) return -1;
    Value x = a[0];
    if (!x) return 0;
    if (is_str(x)) {
        Value b = codec_encode(x, str_view(a[1]), a[2] ? str_view(a[2]) : "strict");
        if (!b) return -1;
        if (!is_bytes(b) && !is_bytearray(b)) {
            raise(exc::TypeError, "encoder did not return a bytes object (type=%s)", type_name(b));
            return -1;
        }
        return bytearray_set_exact(self, bytes_view(b));
    }
    if (is_index_like(x)) {
        int64_t n;
        if (index_as_int64(x, &n, exc::OverflowError)) {
            if (n < 0) {
                raise(exc::ValueError, "negative count");
                return -1;
            }
            char* d = gc_alloc_bytes(static_cast<size_t>(n) + 1); // cleared by the allocator
            if (!d) return -1;
            std::memset(d, 0, static_cast<size_t>(n));
            ba->data = d;
            ba->size = ba->capacity = static_cast<size_t>(n);
            return 0;
        }
        if (!err_matches(exc::TypeError)) return -1;
        err_clear();
    }
    std::string data;
    int r = buffer_contents(x, &data);
    if (r < 0) return -1;
    if (r == 0) {
        Value it = get_iter(x);
        if (!it) {
            if (err_matches(exc::TypeError)) {
                err_clear();
                raise(exc::TypeError, "cannot convert '%s' object to bytearray", type_name(x));
            }
            return -1;
        }
        if (!bytes_of_ints(it, "byte must be in range(0, 256)", &data)) return -1;
    }
    return bytearray_set_exact(self, data);
}
static void bytearray_trace(Object* o, Tracer& t) {
    t.visit_buffer(static_cast<ByteArrayObject*>(o)->data);
}
static const NativeMethodDef bytearray_methods[] = {
    {"decode", m_decode, NATIVE_KEYWORDS,
     "decode($self, /, encoding='utf-8', errors='strict')\n--\n\n"},
    {"hex", m_hex, NATIVE_KEYWORDS,
     "hex($self, /, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\n"},
    {"__sizeof__", m_bytearray_sizeof, NATIVE_NOARGS, "__sizeof__($self, /)\n--\n\n"},
    {"__alloc__", m_bytearray_alloc, NATIVE_NOARGS, nullptr},
    {"__reduce__", m_bytearray_reduce, NATIVE_NOARGS, "__reduce__($self, /)\n--\n\n"},
    {"__reduce_ex__", m_bytearray_reduce_ex, 0, "__reduce_ex__($self, proto=0, /)\n--\n\n"},
    {nullptr, nullptr, 0, nullptr},
};

void init_bytes_types() {
    BytesType.repr = bytes_repr;
    BytesType.len = bytes_len;
    BytesType.hash = bytes_hash;
    BytesType.richcompare = bytes_richcompare;
    BytesType.getitem = bytes_getitem;
    BytesType.contains = bytes_contains;
    BytesType.iter = bytes_iter;
    BytesType.tp_new = bytes_new;
    BytesType.sq_concat = bytes_add;
    BytesType.item_size = 1;
    init_static_type(&BytesType, "bytes", &ObjectType, sizeof(BytesObject),
                     TYPE_BASETYPE | TYPE_BYTES_SUBCLASS);
    add_methods(&BytesType, bytes_methods);
    ByteArrayType.trace = bytearray_trace;
    ByteArrayType.repr = bytes_repr;
    ByteArrayType.len = bytes_len;
    ByteArrayType.richcompare = bytes_richcompare;
    ByteArrayType.getitem = bytes_getitem;
    ByteArrayType.contains = bytes_contains;
    ByteArrayType.iter = bytes_iter;
    ByteArrayType.tp_new = bytearray_new;
    ByteArrayType.init = bytearray_init;
    ByteArrayType.sq_concat = bytes_add;
    init_static_type(&ByteArrayType, "bytearray", &ObjectType, sizeof(ByteArrayObject),
                     TYPE_BASETYPE);
    add_methods(&ByteArrayType, bytearray_methods);
    BytesIterType.trace = bytes_iter_trace;
    BytesIterType.iter = self_iter;
    BytesIterType.iternext = bytes_iter_next;
    init_static_type(&BytesIterType, "bytes_iterator", &ObjectType, sizeof(BytesIterObject), 0);
    init_bytes_methods();
}

} // namespace uopy
