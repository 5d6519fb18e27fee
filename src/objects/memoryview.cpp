// memoryview over bytes, bytearray and the memory of a BufferExporter
// (BytesIO.getbuffer()): a window (start, length, step) on the underlying
// object's bytes, read through each time it is used. One dimension; items
// are bytes ('B') or, after cast(), native integers or floats of another
// size. A view of an exporter holds one export until it is released or
// collected. CPython counterpart: Objects/memoryobject.c.
#include "objects/memoryview.h"

#include "objects/bytes.h"
#include "objects/float.h"
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
#include "runtime/slots.h"
#include "runtime/type.h"

#include <cstdio>
#include <cstring>
#include <string>

namespace uopy {

Type MemoryViewType;

struct MemoryViewObject : Object {
    Value obj;                      // bytes, bytearray, or an exporter's object
    const BufferExporter* exporter; // null for bytes and bytearray
    int64_t start;                  // byte offset of item 0
    int64_t length;                 // items
    int64_t step;                   // in items
    int itemsize;                   // bytes per item
    char format;                    // struct-module code of an item
    bool released;
    bool readonly; // toreadonly(): no stores through this view (or views of it)
};

static MemoryViewObject* MV(Value v) {
    return static_cast<MemoryViewObject*>(v.as_ptr());
}

static void mv_trace(Object* o, Tracer& t) {
    t.visit(static_cast<MemoryViewObject*>(o)->obj);
}

// Ends the view's export, once (release(), `with`, or the collector).
static void mv_end_export(MemoryViewObject* m) {
    if (m->exporter && !m->released) m->exporter->release(m->obj);
    m->released = true;
}
static void mv_finalize(Object* o) {
    mv_end_export(static_cast<MemoryViewObject*>(o));
}

// The bytes the view's object holds now.
static std::string_view mv_memory(const MemoryViewObject* m) {
    if (!m->exporter) return bytes_view(m->obj);
    size_t size = 0;
    char* p = m->exporter->memory(m->obj, &size);
    return std::string_view(size ? p : "", size);
}
// Whether the memory may be written (not bytes).
static bool mv_is_writable(const MemoryViewObject* m) {
    return !m->readonly && (m->exporter || is_bytearray(m->obj));
}
// The writable memory now, its size in *size (a view checks each store
// against it: a bytearray may have shrunk).
static char* mv_writable_memory(const MemoryViewObject* m, size_t* size) {
    if (m->exporter) return m->exporter->memory(m->obj, size);
    auto* ba = static_cast<ByteArrayObject*>(m->obj.as_ptr());
    *size = ba->size;
    return ba->data;
}

static bool is_memoryview(Value v) {
    return v.is_ptr() && type_of(v) == &MemoryViewType;
}

// A new view of [obj]; [exporter] (of a view it derives from) counts one
// more export.
static Value make_view(Value obj, const BufferExporter* exporter, int64_t start, int64_t length,
                       int64_t step) {
    auto* m = gc_new<MemoryViewObject>(&MemoryViewType);
    if (!m) return Value();
    if (exporter) exporter->retain(obj);
    m->obj = obj;
    m->exporter = exporter;
    m->start = start;
    m->length = length;
    m->step = step;
    m->itemsize = 1;
    m->format = 'B';
    return Value(m);
}

// The viewed bytes, or null with ValueError once released.
static bool check_live(Value self) {
    if (MV(self)->released) {
        raise(exc::ValueError, "operation forbidden on released memoryview object");
        return false;
    }
    return true;
}

// The bytes the view shows, copied out.
static bool view_bytes(Value self, std::string* out) {
    if (!check_live(self)) return false;
    MemoryViewObject* m = MV(self);
    std::string_view all = mv_memory(m);
    out->clear();
    for (int64_t i = 0; i < m->length; i++) {
        int64_t k = m->start + i * m->step * m->itemsize;
        if (k < 0 || static_cast<size_t>(k + m->itemsize) > all.size()) break; // it shrank
        out->append(all.substr(static_cast<size_t>(k), static_cast<size_t>(m->itemsize)));
    }
    return true;
}

// The bytes of any bytes-like object (bytes, bytearray, memoryview).
static bool bytes_like(Value v, std::string* out) {
    if (is_memoryview(v)) return view_bytes(v, out);
    if (is_bytes(v) || is_bytearray(v)) {
        *out = std::string(bytes_view(v));
        return true;
    }
    return false;
}

// The item at byte offset [k], as its format says.
static Value item_at(MemoryViewObject* m, std::string_view all, size_t k) {
    const char* p = all.data() + k;
    switch (m->format) {
    case 'b': return Value::small_int(static_cast<signed char>(*p));
    case 'c': return make_bytes(std::string_view(p, 1));
    case 'h': {
        int16_t v;
        std::memcpy(&v, p, 2);
        return Value::small_int(v);
    }
    case 'H': {
        uint16_t v;
        std::memcpy(&v, p, 2);
        return Value::small_int(v);
    }
    case 'i': {
        int32_t v;
        std::memcpy(&v, p, 4);
        return Value::small_int(v);
    }
    case 'I': {
        uint32_t v;
        std::memcpy(&v, p, 4);
        return make_int(v);
    }
    case 'l':
    case 'q': {
        int64_t v;
        std::memcpy(&v, p, 8);
        return make_int(v);
    }
    case 'L':
    case 'Q': {
        uint64_t v;
        std::memcpy(&v, p, 8);
        return make_uint(v);
    }
    case 'f': {
        float v;
        std::memcpy(&v, p, 4);
        return make_float(v);
    }
    case 'd': {
        double v;
        std::memcpy(&v, p, 8);
        return make_float(v);
    }
    default: return Value::small_int(static_cast<unsigned char>(*p));
    }
}

static Value mv_new(Type*, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("memoryview", "object");
    Value a[1];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    Value obj = a[0];
    if (is_memoryview(obj)) {
        if (!check_live(obj)) return Value();
        MemoryViewObject* src = MV(obj);
        Value v = make_view(src->obj, src->exporter, src->start, src->length, src->step);
        if (v) {
            MV(v)->itemsize = src->itemsize;
            MV(v)->format = src->format;
            MV(v)->readonly = src->readonly;
        }
        return v;
    }
    if (!is_bytes(obj) && !is_bytearray(obj))
        return raise(exc::TypeError, "memoryview: a bytes-like object is required, not '%s'",
                     type_name(obj));
    return make_view(obj, nullptr, 0, static_cast<int64_t>(bytes_view(obj).size()), 1);
}

Value memoryview_from_exporter(Value obj, const BufferExporter* exporter, size_t size) {
    auto* m = gc_new<MemoryViewObject>(&MemoryViewType);
    if (!m) {
        exporter->release(obj);
        return Value();
    }
    m->obj = obj;
    m->exporter = exporter;
    m->start = 0;
    m->length = static_cast<int64_t>(size);
    m->step = 1;
    m->itemsize = 1;
    m->format = 'B';
    return Value(m);
}

bool memoryview_is_released(Value view) {
    return MV(view)->released;
}

static int64_t mv_len(Value self) {
    if (!check_live(self)) return -1;
    return MV(self)->length;
}

static Value mv_getitem(Value self, Value key) {
    if (!check_live(self)) return Value();
    MemoryViewObject* m = MV(self);
    if (is_index_like(key)) {
        int64_t i;
        if (!index_as_int64(key, &i, nullptr)) return Value();
        if (i < 0) i += m->length;
        if (i < 0 || i >= m->length)
            return raise(exc::IndexError, "index out of bounds on dimension 1");
        std::string_view all = mv_memory(m);
        size_t k = static_cast<size_t>(m->start + i * m->step * m->itemsize);
        if (k + static_cast<size_t>(m->itemsize) > all.size())
            return raise(exc::IndexError, "index out of bounds on dimension 1");
        return item_at(m, all, k);
    }
    if (key.is_ptr() && type_of(key) == &SliceType) {
        int64_t start, stop, step, n;
        if (!slice_indices(key, m->length, &start, &stop, &step, &n)) return Value();
        Value v = make_view(m->obj, m->exporter, m->start + start * m->step * m->itemsize, n,
                            step * m->step);
        if (v) {
            MV(v)->itemsize = m->itemsize;
            MV(v)->format = m->format;
            MV(v)->readonly = m->readonly;
        }
        return v;
    }
    return raise(exc::TypeError, "memoryview: invalid slice key");
}

// Stores [byte] at item [i] of the view; IndexError when the memory has
// shrunk below it since the view was made.
static bool mv_store(MemoryViewObject* m, int64_t i, char byte) {
    size_t size = 0;
    char* p = mv_writable_memory(m, &size);
    int64_t k = m->start + i * m->step;
    if (!p || k < 0 || static_cast<size_t>(k) >= size) {
        raise(exc::IndexError, "index out of bounds on dimension 1");
        return false;
    }
    p[k] = byte;
    return true;
}

static int mv_setitem(Value self, Value key, Value value) {
    if (!check_live(self)) return -1;
    MemoryViewObject* m = MV(self);
    if (!mv_is_writable(m)) {
        raise(exc::TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!value) {
        raise(exc::TypeError, "cannot delete memory");
        return -1;
    }
    if (m->itemsize != 1) {
        raise(exc::NotImplementedError, "memoryview: assignment to items of format '%c'",
              m->format);
        return -1;
    }
    if (is_index_like(key)) {
        int64_t i, byte;
        if (!index_as_int64(key, &i, nullptr)) return -1;
        if (i < 0) i += m->length;
        if (i < 0 || i >= m->length) {
            raise(exc::IndexError, "index out of bounds on dimension 1");
            return -1;
        }
        if (!is_int(value)) {
            raise(exc::TypeError, "memoryview: invalid type for format 'B'");
            return -1;
        }
        if (!int_fits_int64(value, &byte) || byte < 0 || byte > 255) {
            raise(exc::ValueError, "memoryview: invalid value for format 'B'");
            return -1;
        }
        return mv_store(m, i, static_cast<char>(byte)) ? 0 : -1;
    }
    if (key.is_ptr() && type_of(key) == &SliceType) {
        int64_t start, stop, step, n;
        if (!slice_indices(key, m->length, &start, &stop, &step, &n)) return -1;
        std::string src;
        if (!bytes_like(value, &src)) {
            raise(exc::TypeError, "a bytes-like object is required, not '%s'", type_name(value));
            return -1;
        }
        if (static_cast<int64_t>(src.size()) != n) {
            raise(exc::ValueError,
                  "memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        for (int64_t i = 0; i < n; i++)
            if (!mv_store(m, start + i * step, src[static_cast<size_t>(i)])) return -1;
        return 0;
    }
    raise(exc::TypeError, "memoryview: invalid slice key");
    return -1;
}

static Value mv_richcompare(Value a, Value b, CompareOp op) {
    if (op != CMP_EQ && op != CMP_NE) return NotImplemented();
    if (a == b) return Bool(op == CMP_EQ);
    std::string x, y;
    if (MV(a)->released) return Bool(op == CMP_NE);
    if (!view_bytes(a, &x)) return Value();
    if (!bytes_like(b, &y)) {
        if (err_occurred()) return Value();
        return NotImplemented();
    }
    return Bool((x == y) == (op == CMP_EQ));
}

static int64_t mv_hash(Value self) {
    if (!check_live(self)) return -1;
    if (mv_is_writable(MV(self))) {
        raise(exc::ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    std::string b;
    if (!view_bytes(self, &b)) return -1;
    Value bv = make_bytes(b);
    return bv ? hash_of(bv) : -1;
}

static Value mv_repr(Value self) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "<%smemory at %p>", MV(self)->released ? "released " : "",
                  static_cast<void*>(self.as_ptr()));
    return make_str(buf);
}

static Value mv_tobytes(Value self, const Value*, size_t, Value) {
    std::string b;
    if (!view_bytes(self, &b)) return Value();
    return make_bytes(b);
}
static Value mv_tolist(Value self, const Value*, size_t, Value) {
    std::string b;
    if (!view_bytes(self, &b)) return Value();
    Value l = make_list(0);
    size_t size = static_cast<size_t>(MV(self)->itemsize);
    for (size_t k = 0; l && k + size <= b.size(); k += size) {
        Value item = item_at(MV(self), b, k);
        if (!item || !list_append(l, item)) return Value();
    }
    return l;
}

// cast(format): the same bytes seen as items of another native format.
static Value mv_cast(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("cast", nargs, 1, 2)) return Value();
    if (!check_live(self)) return Value();
    if (!is_str(args[0]))
        return raise(exc::TypeError, "memoryview: format argument must be a string");
    std::string_view f = str_view(args[0]);
    static const char kFormats[] = "BbcHhIiLlQqfd";
    static const int kSizes[] = {1, 1, 1, 2, 2, 4, 4, 8, 8, 8, 8, 4, 8};
    const char* at = f.size() == 1 ? std::strchr(kFormats, f[0]) : nullptr;
    if (!at || !*at)
        return raise(exc::ValueError,
                     "memoryview: destination format must be a native single character format "
                     "prefixed with an optional '@'");
    MemoryViewObject* m = MV(self);
    if (m->step != 1)
        return raise(exc::TypeError, "memoryview: casts are restricted to C-contiguous views");
    int size = kSizes[at - kFormats];
    int64_t nbytes = m->length * m->itemsize;
    if (nbytes % size != 0)
        return raise(exc::TypeError, "memoryview: length is not a multiple of itemsize");
    Value v = make_view(m->obj, m->exporter, m->start, nbytes / size, 1);
    if (!v) return v;
    MV(v)->itemsize = size;
    MV(v)->format = *at;
    MV(v)->readonly = m->readonly;
    return v;
}
static Value mv_hex(Value self, const Value* args, size_t nargs, Value kwnames) {
    std::string b;
    if (!view_bytes(self, &b)) return Value();
    return bytes_hex_method(b, args, nargs, kwnames); // hex(sep=, bytes_per_sep=)
}
// toreadonly(): a view of the same memory that refuses stores.
static Value mv_toreadonly(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("toreadonly", nargs, 0, 0) || !check_live(self)) return Value();
    MemoryViewObject* m = MV(self);
    Value v = make_view(m->obj, m->exporter, m->start, m->length, m->step);
    if (!v) return v;
    MV(v)->itemsize = m->itemsize;
    MV(v)->format = m->format;
    MV(v)->readonly = true;
    return v;
}
// iter(view): a memory_iterator, reading the items through the view (so a
// release() ends it with ValueError as any other use would).
static Type MemoryIterType;
struct MemoryIterObject : Object {
    Value view; // null once exhausted
    int64_t index;
};
static void mem_iter_trace(Object* o, Tracer& t) {
    t.visit(static_cast<MemoryIterObject*>(o)->view);
}
static Value mem_iter_self(Value self) {
    return self;
}
static Value mem_iter_next(Value self) {
    auto* it = static_cast<MemoryIterObject*>(self.as_ptr());
    if (!it->view) return Value();
    if (!check_live(it->view)) return Value();
    if (it->index >= MV(it->view)->length) {
        it->view = Value();
        return Value();
    }
    return mv_getitem(it->view, Value::small_int(it->index++));
}
static Value mv_iter(Value self) {
    if (!check_live(self)) return Value();
    auto* it = gc_new<MemoryIterObject>(&MemoryIterType);
    if (!it) return Value();
    it->view = self;
    it->index = 0;
    return Value(it);
}
static Value mv_release(Value self, const Value*, size_t, Value) {
    mv_end_export(MV(self));
    return None();
}
static Value mv_enter(Value self, const Value*, size_t, Value) {
    if (!check_live(self)) return Value();
    return self;
}
static Value mv_exit(Value self, const Value*, size_t, Value) {
    mv_end_export(MV(self));
    return False();
}

static Value g_obj(Value s) {
    return check_live(s) ? MV(s)->obj : Value();
}
static Value g_nbytes(Value s) {
    return check_live(s) ? make_int(MV(s)->length * MV(s)->itemsize) : Value();
}
static Value g_readonly(Value s) {
    return check_live(s) ? Bool(!mv_is_writable(MV(s))) : Value();
}
static Value g_itemsize(Value s) {
    return check_live(s) ? Value::small_int(MV(s)->itemsize) : Value();
}
static Value g_format(Value s) {
    return check_live(s) ? make_str(std::string(1, MV(s)->format)) : Value();
}
static Value g_ndim(Value s) {
    return check_live(s) ? Value::small_int(1) : Value();
}
static Value g_shape(Value s) {
    return check_live(s) ? tuple_pack({make_int(MV(s)->length)}) : Value();
}
static Value g_strides(Value s) {
    return check_live(s) ? tuple_pack({make_int(MV(s)->step * MV(s)->itemsize)}) : Value();
}
static Value g_contiguous(Value s) {
    return check_live(s) ? Bool(MV(s)->step == 1 || MV(s)->length <= 1) : Value();
}
static Value g_suboffsets(Value s) {
    return check_live(s) ? Value(make_tuple(0)) : Value();
}

static const NativeMethodDef mv_methods[] = {
    {"tobytes", mv_tobytes, 0, nullptr},
    {"tolist", mv_tolist, 0, nullptr},
    {"hex", mv_hex, NATIVE_KEYWORDS, nullptr},
    {"release", mv_release, 0, nullptr},
    {"cast", mv_cast, 0, nullptr},
    {"toreadonly", mv_toreadonly, 0, nullptr},
    {"__enter__", mv_enter, 0, nullptr},
    {"__exit__", mv_exit, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static const GetSetDef mv_getsets[] = {
    {"obj", g_obj, nullptr, nullptr},
    {"nbytes", g_nbytes, nullptr, nullptr},
    {"readonly", g_readonly, nullptr, nullptr},
    {"itemsize", g_itemsize, nullptr, nullptr},
    {"format", g_format, nullptr, nullptr},
    {"ndim", g_ndim, nullptr, nullptr},
    {"shape", g_shape, nullptr, nullptr},
    {"strides", g_strides, nullptr, nullptr},
    {"contiguous", g_contiguous, nullptr, nullptr},
    {"c_contiguous", g_contiguous, nullptr, nullptr},
    {"f_contiguous", g_contiguous, nullptr, nullptr},
    {"suboffsets", g_suboffsets, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

void init_memoryview_type() {
    MemoryViewType.trace = mv_trace;
    MemoryViewType.finalize = mv_finalize;
    MemoryViewType.tp_new = mv_new;
    MemoryViewType.len = mv_len;
    MemoryViewType.getitem = mv_getitem;
    MemoryViewType.iter = mv_iter;
    MemoryViewType.setitem = mv_setitem;
    MemoryViewType.richcompare = mv_richcompare;
    MemoryViewType.hash = mv_hash;
    MemoryViewType.repr = mv_repr;
    init_static_type(&MemoryViewType, "memoryview", &ObjectType, sizeof(MemoryViewObject),
                     TYPE_WEAKREFABLE);
    add_methods(&MemoryViewType, mv_methods);
    add_getsets(&MemoryViewType, mv_getsets);
    MemoryIterType.trace = mem_iter_trace;
    MemoryIterType.iter = mem_iter_self;
    MemoryIterType.iternext = mem_iter_next;
    init_static_type(&MemoryIterType, "memory_iterator", &ObjectType, sizeof(MemoryIterObject), 0);
}

} // namespace uopy
