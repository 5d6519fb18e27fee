// str: creation, interning, hashing, comparison, UTF-8 helpers and the core
// slots. CPython counterpart: Objects/unicodeobject.c. The method set
// (split, join, format, ...) lives in str_methods.cpp.
#include "objects/str.h"
#include "objects/function.h"
#include "objects/str_internal.h"

#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/int.h"
#include "objects/misc.h"
#include "objects/tuple.h"
#include "objects/unicode_db.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <cstring>
#include <string>
#include <unordered_map>

namespace uopy {

Type StrType;

// -- UTF-8 ----------------------------------------------------------------------------------

size_t utf8_length(std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) n++;
    return n;
}

bool utf8_valid(std::string_view s) {
    size_t i = 0;
    while (i < s.size()) {
        unsigned char c = s[i];
        size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (!len || i + len > s.size()) return false;
        for (size_t k = 1; k < len; k++)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += len;
    }
    return true;
}

void utf8_append(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

uint32_t utf8_decode(const char*& p) {
    unsigned char c = static_cast<unsigned char>(*p++);
    if (c < 0x80) return c;
    int extra = (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : 3;
    uint32_t cp = c & (0x3F >> extra);
    for (int i = 0; i < extra; i++)
        cp = (cp << 6) | (static_cast<unsigned char>(*p++) & 0x3F);
    return cp;
}

// -- Creation and interning ---------------------------------------------------------------------

// True when every byte is below 0x80; eight bytes at a time.
static bool all_ascii(std::string_view s) {
    const char* p = s.data();
    size_t n = s.size(), i = 0;
    uint64_t high = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        std::memcpy(&w, p + i, 8);
        high |= w;
    }
    for (; i < n; i++)
        high |= static_cast<unsigned char>(p[i]);
    return (high & 0x8080808080808080ull) == 0;
}

static Value alloc_str(Type* type, std::string_view utf8) {
    auto* s =
        gc_new<StrObject>(type, sizeof(StrObject) + utf8.size() + 1 + var_instance_extra(type));
    if (!s) return Value();
    if (!utf8.empty()) std::memcpy(s->data, utf8.data(), utf8.size());
    s->data[utf8.size()] = 0;
    s->nbytes = utf8.size();
    s->hash = -1;
    bool ascii = all_ascii(utf8);
    s->length = ascii ? utf8.size() : utf8_length(utf8);
    s->aux = ascii ? uint32_t(STR_ASCII) : 0u;
    return Value(s);
}

Value make_str(std::string_view utf8) {
    return alloc_str(&StrType, utf8);
}

Value make_str_uninit(size_t nbytes, size_t length, bool ascii, char** data) {
    auto* s = gc_new<StrObject>(&StrType, sizeof(StrObject) + nbytes + 1);
    if (!s) return Value();
    s->data[nbytes] = 0;
    s->nbytes = nbytes;
    s->hash = -1;
    s->length = length;
    s->aux = ascii ? uint32_t(STR_ASCII) : 0u;
    *data = s->data;
    return Value(s);
}
Value make_str_subclass(Type* type, std::string_view utf8) {
    return alloc_str(type, utf8);
}

static std::unordered_map<std::string_view, StrObject*>& intern_table() {
    static auto* t = new std::unordered_map<std::string_view, StrObject*>();
    return *t;
}

Value intern(std::string_view utf8) {
    auto& t = intern_table();
    auto it = t.find(utf8);
    if (it != t.end()) return Value(it->second);
    Value v = alloc_str(&StrType, utf8);
    if (!v) return v;
    StrObject* s = as_str(v);
    s->gc_flags |= GC_IMMORTAL;
    s->aux |= STR_INTERNED;
    t.emplace(std::string_view(s->data, s->nbytes), s);
    return v;
}

Value intern_cstr(const char* name) {
    struct Entry {
        const char* key;
        StrObject* str;
    };
    static Entry cache[64];
    Entry& e = cache[(reinterpret_cast<uintptr_t>(name) >> 3) & 63];
    if (e.key == name && std::strncmp(e.str->data, name, e.str->nbytes) == 0 &&
        name[e.str->nbytes] == '\0')
        return Value(e.str);
    Value v = intern(name);
    if (v) e = {name, as_str(v)};
    return v;
}

Value intern_value(Value s) {
    if (as_str(s)->aux & STR_INTERNED) return s;
    return intern(str_view(s));
}

Value str_from_codepoint(uint32_t cp) {
    // One-character ASCII strings (s[i], iteration) are interned and kept
    // at hand, as CPython's latin-1 singletons.
    static StrObject* ascii[0x80];
    if (cp < 0x80 && ascii[cp]) return Value(ascii[cp]);
    std::string out;
    utf8_append(out, cp);
    if (cp >= 0x80) return make_str(out);
    Value v = intern(out);
    if (v) ascii[cp] = as_str(v);
    return v;
}

// -- Hash, equality, order ------------------------------------------------------------------------

int64_t str_hash(Value v) {
    StrObject* s = as_str(v);
    if (s->hash != -1) return s->hash;
    // FNV-1a; CPython randomizes str hashes, so no program may depend on them.
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < s->nbytes; i++) {
        h ^= static_cast<unsigned char>(s->data[i]);
        h *= 1099511628211ull;
    }
    int64_t r = static_cast<int64_t>(h >> 1);
    if (r == -1) r = -2;
    s->hash = r;
    return r;
}

bool str_equal(Value a, Value b) {
    if (a == b) return true;
    StrObject* x = as_str(a);
    StrObject* y = as_str(b);
    if (x->nbytes != y->nbytes) return false;
    if ((x->aux & STR_INTERNED) && (y->aux & STR_INTERNED)) return false;
    return std::memcmp(x->data, y->data, x->nbytes) == 0;
}

int str_compare(Value a, Value b) {
    // UTF-8 byte order is code-point order.
    return str_view(a).compare(str_view(b));
}

Value str_concat(Value a, Value b) {
    StrObject* x = as_str(a);
    StrObject* y = as_str(b);
    char* data;
    Value r = make_str_uninit(x->nbytes + y->nbytes, x->length + y->length,
                              (x->aux & y->aux & STR_ASCII) != 0, &data);
    if (!r) return r;
    std::memcpy(data, x->data, x->nbytes);
    std::memcpy(data + x->nbytes, y->data, y->nbytes);
    return r;
}

size_t str_byte_offset(Value v, size_t index) {
    StrObject* s = as_str(v);
    if (s->aux & STR_ASCII) return index;
    const char* p = s->data;
    for (size_t i = 0; i < index; i++) {
        unsigned char c = static_cast<unsigned char>(*p);
        p += c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    }
    return static_cast<size_t>(p - s->data);
}

uint32_t str_codepoint_at(Value v, size_t index) {
    const char* p = as_str(v)->data + str_byte_offset(v, index);
    return utf8_decode(p);
}

// -- repr -----------------------------------------------------------------------------------------

static bool printable(uint32_t cp) {
    if (cp < 0x7F) return cp >= 0x20;
    return unicode::has(cp, unicode::PRINTABLE);
}

std::string str_repr_text(std::string_view utf8) {
    bool has_single = utf8.find('\'') != std::string_view::npos;
    bool has_double = utf8.find('"') != std::string_view::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    std::string out;
    out.push_back(quote);
    const char* p = utf8.data();
    const char* end = p + utf8.size();
    char buf[16];
    while (p < end) {
        uint32_t cp = utf8_decode(p);
        if (cp == static_cast<uint32_t>(quote) || cp == '\\') {
            out.push_back('\\');
            out.push_back(static_cast<char>(cp));
        } else if (cp == '\n') {
            out += "\\n";
        } else if (cp == '\r') {
            out += "\\r";
        } else if (cp == '\t') {
            out += "\\t";
        } else if (!printable(cp)) {
            if (cp < 0x100)
                std::snprintf(buf, sizeof buf, "\\x%02x", cp);
            else if (cp < 0x10000)
                std::snprintf(buf, sizeof buf, "\\u%04x", cp);
            else
                std::snprintf(buf, sizeof buf, "\\U%08x", cp);
            out += buf;
        } else {
            utf8_append(out, cp);
        }
    }
    out.push_back(quote);
    return out;
}

// -- Slots
// ------------------------------------------------------------------------------------------

static Value str_repr(Value self) {
    return make_str(str_repr_text(str_view(self)));
}
static Value str_str(Value self) {
    if (is_exact_str(self)) return self;
    return make_str(str_view(self));
}
static int64_t str_hash_slot(Value self) {
    return str_hash(self);
}

static Value str_richcompare(Value a, Value b, CompareOp op) {
    if (!is_str(a) || !is_str(b)) return NotImplemented();
    if (op == CMP_EQ) return Bool(str_equal(a, b));
    if (op == CMP_NE) return Bool(!str_equal(a, b));
    int c = str_compare(a, b);
    switch (op) {
    case CMP_LT: return Bool(c < 0);
    case CMP_LE: return Bool(c <= 0);
    case CMP_GT: return Bool(c > 0);
    case CMP_GE: return Bool(c >= 0);
    default: return NotImplemented();
    }
}

static int64_t str_len(Value self) {
    return static_cast<int64_t>(str_length(self));
}

static Value str_add(Value a, Value b) {
    // sq_concat: the other operand's __radd__ has had its turn.
    if (!is_str(a) || !is_str(b))
        return raise(exc::TypeError, "can only concatenate str (not \"%s\") to str", type_name(b));
    return str_concat(a, b);
}

static Value str_mul(Value a, Value b) {
    Value s = is_str(a) ? a : b;
    Value n = is_str(a) ? b : a;
    if (!is_str(s) || !is_index_like(n)) return NotImplemented();
    int64_t count;
    if (!index_as_int64(n, &count, exc::OverflowError)) return Value();
    if (count <= 0) return intern("");
    // An exact str repeated once is itself, as in CPython.
    if (count == 1 && is_exact_str(s)) return s;
    // A length (in code points) past the C ssize_t range is an
    // OverflowError, as in CPython; a merely huge one a MemoryError.
    size_t len = as_str(s)->length;
    if (len && static_cast<uint64_t>(count) > uint64_t(INT64_MAX) / len)
        return raise(exc::OverflowError, "repeated string is too long");
    size_t nb = as_str(s)->nbytes;
    if (nb && static_cast<uint64_t>(count) > (size_t(1) << 40) / nb) {
        raise_memory_error();
        return Value();
    }
    // Built in place in the heap, so a huge result is a MemoryError, not a
    // C++ allocation failure.
    size_t total = nb * static_cast<size_t>(count);
    auto* r = gc_new<StrObject>(&StrType, sizeof(StrObject) + total + 1);
    if (!r) return Value();
    for (int64_t i = 0; i < count; i++)
        std::memcpy(r->data + i * nb, as_str(s)->data, nb);
    r->nbytes = total;
    r->length = as_str(s)->length * static_cast<size_t>(count);
    r->hash = -1;
    r->aux = as_str(s)->aux & STR_ASCII;
    return Value(r);
}

static Value str_getitem(Value self, Value key) {
    size_t len = str_length(self);
    if (is_index_like(key)) {
        int64_t i;
        if (!index_as_int64(key, &i, exc::IndexError)) return Value();
        if (i < 0) i += static_cast<int64_t>(len);
        if (i < 0 || static_cast<size_t>(i) >= len)
            return raise(exc::IndexError, "string index out of range");
        return str_from_codepoint(str_codepoint_at(self, static_cast<size_t>(i)));
    }
    if (type_of(key) == &SliceType) {
        int64_t start, stop, step, n;
        if (!slice_indices(key, static_cast<int64_t>(len), &start, &stop, &step, &n))
            return Value();
        if (str_is_ascii(self)) {
            // One byte per character: copied or gathered straight into the result.
            const char* src = as_str(self)->data;
            char* out;
            Value r = make_str_uninit(static_cast<size_t>(n), static_cast<size_t>(n), true, &out);
            if (!r) return r;
            if (step == 1)
                std::memcpy(out, src + start, static_cast<size_t>(n));
            else
                for (int64_t k = 0, i = start; k < n; k++, i += step)
                    out[k] = src[i];
            return r;
        }
        std::string_view text = str_view(self);
        if (step == 1) {
            // The byte range of the code points [start, start + n): one walk.
            size_t from = str_byte_offset(self, static_cast<size_t>(start));
            const char* p = text.data() + from;
            for (int64_t k = 0; k < n; k++)
                utf8_decode(p);
            return make_str(text.substr(from, static_cast<size_t>(p - text.data()) - from));
        }
        // Any other step: decode once, then pick.
        std::vector<uint32_t> cps = str_codepoints(text);
        std::string out;
        for (int64_t k = 0, i = start; k < n; k++, i += step)
            utf8_append(out, cps[static_cast<size_t>(i)]);
        return make_str(out);
    }
    return raise(exc::TypeError, "string indices must be integers, not '%s'", type_name(key));
}

static int str_contains(Value self, Value item) {
    if (!is_str(item)) {
        raise(exc::TypeError, "'in <string>' requires string as left operand, not %s",
              type_name(item));
        return -1;
    }
    return str_view(self).find(str_view(item)) != std::string_view::npos;
}

static Value str_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("str", "object=, encoding=, errors=");
    Value a[3];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    Value r;
    if (a[1] || a[2]) {
        // str(bytes, encoding[, errors]) decodes.
        for (int i = 1; i < 3; i++)
            if (a[i] && !is_str(a[i]))
                return raise(exc::TypeError, "str() argument '%s' must be str, not %s",
                             i == 1 ? "encoding" : "errors", type_name(a[i]));
        Value src = a[0] ? a[0] : make_bytes_value("");
        if (is_str(src)) return raise(exc::TypeError, "decoding str is not supported");
        if (!is_bytes(src) && !is_bytearray(src))
            return raise(exc::TypeError, "decoding to str: need a bytes-like object, %s found",
                         type_name(src));
        r = codec_decode(bytes_view(src), a[1] ? str_view(a[1]) : "utf-8",
                         a[2] ? str_view(a[2]) : "strict");
    } else {
        r = a[0] ? str_of(a[0]) : intern("");
    }
    if (!r || type == &StrType) return r;
    return make_str_subclass(type, str_view(r));
}

// Iteration over code points.
struct StrIterObject : Object {
    Value str;
    size_t byte_pos;
};
static Type StrIterType;

static void str_iter_trace(Object* o, Tracer& t) {
    t.visit(static_cast<StrIterObject*>(o)->str);
}

static Value str_iter(Value self) {
    auto* it = gc_new<StrIterObject>(&StrIterType);
    if (!it) return Value();
    it->str = self;
    return Value(it);
}

static Value str_iter_next(Value self) {
    auto* it = static_cast<StrIterObject*>(self.as_ptr());
    StrObject* s = as_str(it->str);
    if (it->byte_pos >= s->nbytes) return Value();
    const char* p = s->data + it->byte_pos;
    uint32_t cp = utf8_decode(p);
    it->byte_pos = static_cast<size_t>(p - s->data);
    return str_from_codepoint(cp);
}

// __length_hint__: the code points after the current one.
static Value str_iter_length_hint(Value self, const Value*, size_t, Value) {
    auto* it = static_cast<StrIterObject*>(self.as_ptr());
    StrObject* s = as_str(it->str);
    if (it->byte_pos >= s->nbytes) return Value::small_int(0);
    std::string_view rest(s->data + it->byte_pos, s->nbytes - it->byte_pos);
    return make_int(static_cast<int64_t>((s->aux & STR_ASCII) ? rest.size() : utf8_length(rest)));
}

static Value self_iter(Value self) {
    return self;
}

void init_str_type() {
    StrType.repr = str_repr;
    StrType.str = str_str;
    StrType.hash = str_hash_slot;
    StrType.richcompare = str_richcompare;
    StrType.len = str_len;
    StrType.getitem = str_getitem;
    StrType.contains = str_contains;
    StrType.iter = str_iter;
    StrType.tp_new = str_new;
    StrType.sq_concat = str_add;
    StrType.nb[NB_MULTIPLY] = str_mul;
    StrType.item_size = 1;
    init_static_type(&StrType, "str", &ObjectType, sizeof(StrObject),
                     TYPE_BASETYPE | TYPE_STR_SUBCLASS);
    StrIterType.trace = str_iter_trace;
    StrIterType.iter = self_iter;
    StrIterType.iternext = str_iter_next;
    init_static_type(&StrIterType, "str_ascii_iterator", &ObjectType, sizeof(StrIterObject), 0);
    static const NativeMethodDef str_iter_methods[] = {
        {"__length_hint__", str_iter_length_hint, NATIVE_NOARGS, nullptr},
        {nullptr, nullptr, 0, nullptr},
    };
    add_methods(&StrIterType, str_iter_methods);
    init_str_methods(&StrType);
}

} // namespace uopy
