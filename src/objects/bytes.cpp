// bytes and bytearray: creation, repr, indexing, comparison, decode and a
// few methods. CPython counterpart: Objects/bytesobject.c, bytearrayobject.c.
#include "objects/bytes.h"

#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/misc.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/type.h"

#include "objects/codecs.h"

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
    std::memcpy(b->data, data.data(), data.size());
    return Value(b);
}

Value make_bytes(std::string_view data) {
    return make_bytes_of_type(&BytesType, data);
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

static std::string bytes_repr_text(std::string_view s) {
    bool has_single = s.find('\'') != std::string_view::npos;
    bool has_double = s.find('"') != std::string_view::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    std::string out = "b";
    out.push_back(quote);
    char buf[8];
    for (unsigned char c : s) {
        if (c == quote || c == '\\') {
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
    std::string r = bytes_repr_text(bytes_view(self));
    if (is_bytearray(self)) r = "bytearray(" + r + ")";
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

static Value bytes_richcompare(Value a, Value b, CompareOp op) {
    if (!(is_bytes(a) || is_bytearray(a)) || !(is_bytes(b) || is_bytearray(b)))
        return NotImplemented();
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
    if (is_int(key)) {
        int64_t i;
        if (!index_as_int64(key, &i, exc::IndexError)) return Value();
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
    return raise(exc::TypeError, "byte indices must be integers or slices, not %s", type_name(key));
}

static Value bytes_add(Value a, Value b) {
    // sq_concat: the other operand's __radd__ has had its turn.
    if (!(is_bytes(a) || is_bytearray(a)) || !(is_bytes(b) || is_bytearray(b)))
        return raise(exc::TypeError, "can't concat %s to %s", type_name(b), type_name(a));
    std::string s(bytes_view(a));
    s += bytes_view(b);
    return is_bytearray(a) ? make_bytearray(s) : make_bytes(s);
}

static int bytes_contains(Value self, Value item) {
    std::string_view s = bytes_view(self);
    if (is_int(item)) {
        int64_t c;
        if (!int_as_int64(item, &c)) return -1;
        return s.find(static_cast<char>(c)) != std::string_view::npos;
    }
    if (is_bytes(item) || is_bytearray(item))
        return s.find(bytes_view(item)) != std::string_view::npos;
    raise(exc::TypeError, "a bytes-like object is required, not '%s'", type_name(item));
    return -1;
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

static Value bytes_new_exact(const Value* a) {
    for (int i = 1; i < 3; i++)
        if (a[i] && !is_str(a[i]))
            return raise(exc::TypeError, "bytes() argument '%s' must be str, not %s",
                         i == 1 ? "encoding" : "errors", type_name(a[i]));
    if (!a[0]) return make_bytes("");
    if (is_str(a[0])) {
        if (!a[1]) return raise(exc::TypeError, "string argument without an encoding");
        return codec_encode(a[0], str_view(a[1]), a[2] ? str_view(a[2]) : "strict");
    }
    if (a[1] || a[2])
        return raise(exc::TypeError, a[1] ? "encoding without a string argument"
                                          : "errors without a string argument");
    if (is_bytes(a[0]) || is_bytearray(a[0])) return make_bytes(bytes_view(a[0]));
    if (is_int(a[0])) {
        int64_t n;
        if (!int_as_int64(a[0], &n)) return Value();
        if (n < 0) return raise(exc::ValueError, "negative count");
        return make_bytes(std::string(static_cast<size_t>(n), '\0'));
    }
    Value items = sequence_to_tuple(a[0]);
    if (!items) return items;
    std::string out;
    for (size_t i = 0; i < tuple_size(items); i++) {
        int64_t c;
        if (!int_as_int64(tuple_get(items, i), &c)) return Value();
        if (c < 0 || c > 255) return raise(exc::ValueError, "bytes must be in range(0, 256)");
        out.push_back(static_cast<char>(c));
    }
    return make_bytes(out);
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

static Value m_hex(Value self, const Value*, size_t, Value) {
    return make_str(hex_lower(bytes_view(self)));
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
    {"decode", m_decode, NATIVE_KEYWORDS, nullptr},
    {"hex", m_hex, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

static Value bytearray_new(Type* type, const Value*, size_t, Value) {
    return alloc_instance(type);
}
static int bytearray_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    Value b = bytes_new(&BytesType, args, nargs, kwnames);
    if (!b) return -1;
    auto* ba = static_cast<ByteArrayObject*>(self.as_ptr());
    std::string_view s = bytes_view(b);
    ba->data = gc_alloc_bytes(s.size() + 1);
    if (!ba->data) return -1;
    std::memcpy(ba->data, s.data(), s.size());
    ba->size = ba->capacity = s.size();
    return 0;
}
static void bytearray_trace(Object* o, Tracer& t) {
    t.visit_buffer(static_cast<ByteArrayObject*>(o)->data);
}
static Value ba_append(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("append", nargs, 1, 1)) return Value();
    int64_t c;
    if (!int_as_int64(args[0], &c)) return Value();
    if (c < 0 || c > 255) return raise(exc::ValueError, "byte must be in range(0, 256)");
    auto* ba = static_cast<ByteArrayObject*>(self.as_ptr());
    if (ba->size >= ba->capacity) {
        size_t cap = ba->capacity * 2 + 8;
        char* d = gc_alloc_bytes(cap);
        if (!d) return Value();
        if (ba->size) std::memcpy(d, ba->data, ba->size);
        ba->data = d;
        ba->capacity = cap;
    }
    ba->data[ba->size++] = static_cast<char>(c);
    return None();
}
static const NativeMethodDef bytearray_methods[] = {
    {"append", ba_append, 0, nullptr},
    {"decode", m_decode, NATIVE_KEYWORDS, nullptr},
    {"hex", m_hex, 0, nullptr},
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
