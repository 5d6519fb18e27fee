// In-memory streams of the `_io` module: StringIO (text) and BytesIO
// (bytes). CPython counterpart: Modules/_io/stringio.c, Modules/_io/bytesio.c.
//
// Both keep their contents in a GC byte buffer that the object's trace
// function marks (a GC object has no destructor, so it must not own malloc'd
// memory). StringIO stores code points, so that positions (which count
// characters) index in O(1); BytesIO stores bytes. Writing past the end pads
// with zeros, as in CPython. BytesIO.getbuffer() lends the buffer itself to
// a memoryview (objects/memoryview.h's BufferExporter) and counts the views:
// while one lives, nothing may resize the buffer.
//
// StringIO's newline argument works as in CPython: None translates "\r\n"
// and "\r" to "\n" as text is written, "" keeps everything but reads lines
// ending in any of them, and "\r" or "\r\n" replace each written "\n".
#include "modules/io_module.h"

#include "objects/bytes.h"
#include "objects/memoryview.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <cstring>

namespace uopy {

Type StringIOType, BytesIOType;

// The capacity to grow a buffer of [cap] to so that it holds [need].
static size_t grown_capacity(size_t cap, size_t need) {
    size_t c = cap ? cap : 32;
    while (c < need)
        c = c > (SIZE_MAX >> 2) ? need : c * 2;
    return c;
}

// A position or size argument that must be an integer (never None).
static bool index_arg(Value v, int64_t* out) {
    return int_as_int64(v, out);
}

// -- StringIO ---------------------------------------------------------------------------------

struct StringIOObject : IOBaseObject {
    uint32_t* buf; // the text as code points: [len] used of [cap]
    size_t len, cap;
    size_t pos;    // may be past len (a write there pads with U+0000)
    Value readnl;  // the newline argument (a str), null for None
    Value writenl; // "\r" or "\r\n": what a written "\n" becomes; null otherwise
    int seennl;    // IO_SEEN_* bits, with universal newlines
    bool ok;       // __init__ has run
    bool closed;
    bool readuniversal; // newline None or "": the decoder of CPython's StringIO
    bool readtranslate; // newline None
};

static StringIOObject* SIO(Value v) {
    return static_cast<StringIOObject*>(v.as_ptr());
}

static void stringio_trace(Object* o, Tracer& t) {
    auto* s = static_cast<StringIOObject*>(o);
    iobase_trace(o, t);
    t.visit_buffer(s->buf);
    t.visit(s->readnl);
    t.visit(s->writenl);
}

// CHECK_INITIALIZED and CHECK_CLOSED of stringio.c.
static bool stringio_check(StringIOObject* s, bool closed_too = true) {
    if (!s->ok) {
        raise(exc::ValueError, "I/O operation on uninitialized object");
        return false;
    }
    if (closed_too && s->closed) {
        raise(exc::ValueError, "I/O operation on closed file");
        return false;
    }
    return true;
}

static bool stringio_reserve(StringIOObject* s, size_t need) {
    if (need <= s->cap) return true;
    size_t cap = grown_capacity(s->cap, need);
    uint32_t* p = io_grow_cps(s->buf, s->len, cap);
    if (!p) return false;
    s->buf = p;
    s->cap = cap;
    return true;
}

// Writes [text] at the current position, translating newlines as the
// newline argument asks.
static bool stringio_write_str(StringIOObject* s, Value text) {
    std::vector<uint32_t> cps;
    io_str_to_cps(text, cps);
    if (s->readuniversal) io_scan_newlines(cps, &s->seennl, s->readtranslate);
    if (s->writenl) {
        std::vector<uint32_t> nl, out;
        io_str_to_cps(s->writenl, nl);
        for (uint32_t c : cps)
            if (c == '\n')
                out.insert(out.end(), nl.begin(), nl.end());
            else
                out.push_back(c);
        cps.swap(out);
    }
    if (cps.empty()) return true;
    size_t end = s->pos + cps.size();
    if (!stringio_reserve(s, end)) return false;
    if (s->pos > s->len) std::memset(s->buf + s->len, 0, (s->pos - s->len) * sizeof(uint32_t));
    std::memcpy(s->buf + s->pos, cps.data(), cps.size() * sizeof(uint32_t));
    s->pos = end;
    if (end > s->len) s->len = end;
    return true;
}

static Value stringio_new(Type* type, const Value*, size_t, Value) {
    Object* o = io_alloc(type, sizeof(StringIOObject));
    return o ? Value(o) : Value();
}

// StringIO(initial_value='', newline='\n')
static int stringio_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("StringIO", "initial_value=, newline=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return -1;
    Value value = a[0];
    Value newline = a[1] ? a[1] : intern("\n");
    if (!io_check_newline(newline, "newline", true)) return -1;
    if (value && !is_none(value) && !is_str(value)) {
        raise(exc::TypeError, "initial_value must be str or None, not %s", type_name(value));
        return -1;
    }
    StringIOObject* s = SIO(self);
    s->ok = false;
    s->closed = false;
    s->len = s->pos = 0;
    s->seennl = 0;
    s->readnl = is_none(newline) ? Value() : newline;
    s->readuniversal = is_none(newline) || str_view(newline).empty();
    s->readtranslate = is_none(newline);
    s->writenl = s->readnl && str_view(s->readnl).substr(0, 1) == "\r" ? s->readnl : Value();
    if (value && !is_none(value) && str_length(value) > 0) {
        if (!stringio_write_str(s, value)) return -1;
        s->pos = 0;
    }
    s->ok = true;
    return 0;
}

static Value stringio_getvalue(Value self, const Value*, size_t, Value) {
    StringIOObject* s = SIO(self);
    if (!stringio_check(s)) return Value();
    return io_cps_to_str(s->buf, s->len);
}

static Value stringio_read(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("read", nargs, 0, 1)) return Value();
    StringIOObject* s = SIO(self);
    if (!stringio_check(s)) return Value();
    int64_t n = -1;
    if (nargs && !io_size_arg(args[0], &n)) return Value();
    size_t avail = s->pos < s->len ? s->len - s->pos : 0;
    size_t take = n < 0 || static_cast<size_t>(n) > avail ? avail : static_cast<size_t>(n);
    Value r = io_cps_to_str(s->buf + (take ? s->pos : 0), take);
    if (r) s->pos += take;
    return r;
}

// One line from the current position, at most [limit] characters (-1: no limit).
static Value stringio_readline_impl(StringIOObject* s, int64_t limit) {
    if (s->pos >= s->len) return intern("");
    size_t avail = s->len - s->pos;
    if (limit >= 0 && static_cast<size_t>(limit) < avail) avail = static_cast<size_t>(limit);
    IoLineMode mode;
    mode.translated = s->readtranslate;
    mode.universal = s->readuniversal;
    if (s->readnl) {
        std::vector<uint32_t> nl;
        io_str_to_cps(s->readnl, nl);
        mode.readnl.assign(nl.begin(), nl.end());
    } else {
        mode.readnl = U"\n";
    }
    bool found;
    size_t n = io_find_line_end(mode, s->buf + s->pos, avail, &found);
    if (!found) n = avail; // no line ending: everything up to the limit
    Value r = io_cps_to_str(s->buf + s->pos, n);
    if (r) s->pos += n;
    return r;
}

static Value stringio_readline(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("readline", nargs, 0, 1)) return Value();
    StringIOObject* s = SIO(self);
    if (!stringio_check(s)) return Value();
    int64_t limit = -1;
    if (nargs && !io_size_arg(args[0], &limit)) return Value();
    return stringio_readline_impl(s, limit);
}

// __next__: readline(), through the method for subclasses (which may override it).
static Value stringio_iternext(Value self) {
    StringIOObject* s = SIO(self);
    if (!stringio_check(s)) return Value();
    Value line;
    if (type_of(self) == &StringIOType) {
        line = stringio_readline_impl(s, -1);
    } else {
        line = call_method(self, "readline", {});
        if (line && !is_str(line))
            return raise(exc::OSError, "readline() should have returned a str object, not '%s'",
                         type_name(line));
    }
    if (!line || str_length(line) == 0) return Value();
    return line;
}

static Value stringio_write(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("write", nargs, 1, 1)) return Value();
    StringIOObject* s = SIO(self);
    if (!stringio_check(s, false)) return Value();
    if (!is_str(args[0]))
        return raise(exc::TypeError, "string argument expected, got '%s'", type_name(args[0]));
    if (!stringio_check(s)) return Value();
    size_t n = str_length(args[0]);
    if (n > 0 && !stringio_write_str(s, args[0])) return Value();
    return make_int(static_cast<int64_t>(n));
}

static Value stringio_tell(Value self, const Value*, size_t, Value) {
    StringIOObject* s = SIO(self);
    if (!stringio_check(s)) return Value();
    return make_int(static_cast<int64_t>(s->pos));
}

static Value stringio_seek(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("seek", nargs, 1, 2)) return Value();
    StringIOObject* s = SIO(self);
    int64_t pos, whence = 0;
    if (!index_arg(args[0], &pos) || (nargs > 1 && !index_arg(args[1], &whence))) return Value();
    if (!stringio_check(s)) return Value();
    if (whence != 0 && whence != 1 && whence != 2)
        return raise(exc::ValueError, "Invalid whence (%lld, should be 0, 1 or 2)",
                     static_cast<long long>(whence));
    if (pos < 0 && whence == 0)
        return raise(exc::ValueError, "Negative seek position %lld", static_cast<long long>(pos));
    if (whence != 0 && pos != 0) return raise(exc::OSError, "Can't do nonzero cur-relative seeks");
    if (whence == 1)
        pos = static_cast<int64_t>(s->pos);
    else if (whence == 2)
        pos = static_cast<int64_t>(s->len);
    s->pos = static_cast<size_t>(pos);
    return make_int(pos);
}

static Value stringio_truncate(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("truncate", nargs, 0, 1)) return Value();
    StringIOObject* s = SIO(self);
    if (!stringio_check(s)) return Value();
    int64_t size = static_cast<int64_t>(s->pos);
    if (nargs && !is_none(args[0]) && !index_arg(args[0], &size)) return Value();
    if (size < 0)
        return raise(exc::ValueError, "Negative size value %lld", static_cast<long long>(size));
    if (static_cast<size_t>(size) < s->len) s->len = static_cast<size_t>(size);
    return make_int(size);
}

static Value stringio_true(Value self, const Value*, size_t, Value) {
    return stringio_check(SIO(self)) ? True() : Value();
}

static Value stringio_close(Value self, const Value*, size_t, Value) {
    StringIOObject* s = SIO(self);
    s->closed = true;
    s->buf = nullptr; // the text goes at the next collection
    s->len = s->cap = 0;
    return None();
}

static Value stringio_get_closed(Value self) {
    StringIOObject* s = SIO(self);
    if (!stringio_check(s, false)) return Value();
    return Bool(s->closed);
}
static Value stringio_get_line_buffering(Value self) {
    return stringio_check(SIO(self)) ? False() : Value();
}
static Value stringio_get_newlines(Value self) {
    StringIOObject* s = SIO(self);
    if (!stringio_check(s)) return Value();
    return s->readuniversal ? io_newlines_value(s->seennl) : None();
}

static const NativeMethodDef stringio_methods[] = {
    {"getvalue", stringio_getvalue, NATIVE_NOARGS, nullptr},
    {"read", stringio_read, 0, nullptr},
    {"readline", stringio_readline, 0, nullptr},
    {"write", stringio_write, 0, nullptr},
    {"tell", stringio_tell, NATIVE_NOARGS, nullptr},
    {"seek", stringio_seek, 0, nullptr},
    {"truncate", stringio_truncate, 0, nullptr},
    {"readable", stringio_true, NATIVE_NOARGS, nullptr},
    {"writable", stringio_true, NATIVE_NOARGS, nullptr},
    {"seekable", stringio_true, NATIVE_NOARGS, nullptr},
    {"close", stringio_close, NATIVE_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static const GetSetDef stringio_getsets[] = {
    {"closed", stringio_get_closed, nullptr, nullptr},
    {"line_buffering", stringio_get_line_buffering, nullptr, nullptr},
    {"newlines", stringio_get_newlines, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- BytesIO ----------------------------------------------------------------------------------

struct BytesIOObject : IOBaseObject {
    char* buf; // the contents: [len] used of [cap]
    size_t len, cap;
    size_t pos;      // may be past len (a write there pads with zero bytes)
    int64_t exports; // live getbuffer() views: [buf] may not move or change size meanwhile
    bool closed;
};

static BytesIOObject* BIO(Value v) {
    return static_cast<BytesIOObject*>(v.as_ptr());
}

static void bytesio_trace(Object* o, Tracer& t) {
    iobase_trace(o, t);
    t.visit_buffer(static_cast<BytesIOObject*>(o)->buf);
}

static bool bytesio_check(BytesIOObject* b) {
    if (b->closed) {
        raise(exc::ValueError, "I/O operation on closed file.");
        return false;
    }
    return true;
}

// CPython's CHECK_EXPORTS: what would resize or free the buffer raises
// BufferError while a getbuffer() view is alive. CPython frees a dropped
// view at once; here the collector finds it, so it is asked first.
static bool bytesio_check_exports(BytesIOObject* b) {
    if (b->exports == 0) return true;
    gc_collect();
    if (b->exports == 0) return true;
    raise(exc::BufferError, "Existing exports of data: object cannot be re-sized");
    return false;
}

static bool bytesio_reserve(BytesIOObject* b, size_t need) {
    if (need <= b->cap) return true;
    size_t cap = grown_capacity(b->cap, need);
    char* p = gc_alloc_bytes(cap);
    if (!p) return false;
    if (b->len) std::memcpy(p, b->buf, b->len);
    b->buf = p;
    b->cap = cap;
    return true;
}

// Writes [data] at the current position.
static bool bytesio_write_bytes(BytesIOObject* b, std::string_view data) {
    if (data.empty()) return true;
    size_t end = b->pos + data.size();
    if (!bytesio_reserve(b, end)) return false;
    if (b->pos > b->len) std::memset(b->buf + b->len, 0, b->pos - b->len);
    std::memcpy(b->buf + b->pos, data.data(), data.size());
    b->pos = end;
    if (end > b->len) b->len = end;
    return true;
}

// The next [n] bytes (at most what is left), consumed.
static Value bytesio_take(BytesIOObject* b, int64_t n) {
    size_t avail = b->pos < b->len ? b->len - b->pos : 0;
    size_t take = n < 0 || static_cast<size_t>(n) > avail ? avail : static_cast<size_t>(n);
    Value r = make_bytes(std::string_view(take ? b->buf + b->pos : "", take));
    if (r) b->pos += take;
    return r;
}

// The length of the line at the current position, at most [limit] (-1: no limit).
static size_t bytesio_line_length(BytesIOObject* b, int64_t limit) {
    if (b->pos >= b->len) return 0;
    size_t avail = b->len - b->pos;
    if (limit >= 0 && static_cast<size_t>(limit) < avail) avail = static_cast<size_t>(limit);
    const void* nl = std::memchr(b->buf + b->pos, '\n', avail);
    return nl ? static_cast<size_t>(static_cast<const char*>(nl) - (b->buf + b->pos)) + 1 : avail;
}

static Value bytesio_new(Type* type, const Value*, size_t, Value) {
    Object* o = io_alloc(type, sizeof(BytesIOObject));
    return o ? Value(o) : Value();
}

// BytesIO(initial_bytes=b'')
static int bytesio_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("BytesIO", "initial_bytes=");
    Value a[1];
    if (!sig.bind(args, nargs, kwnames, a)) return -1;
    BytesIOObject* b = BIO(self);
    // (CPython empties the object before it looks at the exports.)
    b->len = b->pos = 0;
    if (!bytesio_check_exports(b)) return -1;
    b->closed = false;
    if (a[0] && !is_none(a[0])) {
        std::string data;
        if (!io_bytes_arg(a[0], data) || !bytesio_write_bytes(b, data)) return -1;
        b->pos = 0;
    }
    return 0;
}

static Value bytesio_getvalue(Value self, const Value*, size_t, Value) {
    BytesIOObject* b = BIO(self);
    if (!bytesio_check(b)) return Value();
    return make_bytes(std::string_view(b->len ? b->buf : "", b->len));
}

// getbuffer() views lend the BytesIO's own buffer: writes through them
// change the contents.
static char* bytesio_export_memory(Value obj, size_t* size) {
    BytesIOObject* b = BIO(obj);
    *size = b->len;
    return b->buf;
}
static void bytesio_export_retain(Value obj) {
    BIO(obj)->exports++;
}
static void bytesio_export_release(Value obj) {
    BIO(obj)->exports--;
}
static const BufferExporter bytesio_exporter = {bytesio_export_memory, bytesio_export_retain,
                                                bytesio_export_release};

// getbuffer(): a writable view of the contents, holding an export until
// it is released (or collected).
static Value bytesio_getbuffer(Value self, const Value*, size_t, Value) {
    BytesIOObject* b = BIO(self);
    if (!bytesio_check(b)) return Value();
    b->exports++;
    return memoryview_from_exporter(self, &bytesio_exporter, b->len);
}

static Value bytesio_read(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("read", nargs, 0, 1)) return Value();
    BytesIOObject* b = BIO(self);
    if (!bytesio_check(b)) return Value();
    int64_t n = -1;
    if (nargs && !io_size_arg(args[0], &n)) return Value();
    return bytesio_take(b, n);
}

static Value bytesio_readinto(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("readinto", nargs, 1, 1)) return Value();
    BytesIOObject* b = BIO(self);
    if (!bytesio_check(b)) return Value();
    size_t n;
    if (!io_writable_buffer_len(args[0], &n)) return Value();
    size_t avail = b->pos < b->len ? b->len - b->pos : 0;
    if (n > avail) n = avail;
    if (!io_buffer_store(args[0], std::string_view(n ? b->buf + b->pos : "", n))) return Value();
    b->pos += n;
    return make_int(static_cast<int64_t>(n));
}

static Value bytesio_readline(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("readline", nargs, 0, 1)) return Value();
    BytesIOObject* b = BIO(self);
    if (!bytesio_check(b)) return Value();
    int64_t limit = -1;
    if (nargs && !io_size_arg(args[0], &limit)) return Value();
    return bytesio_take(b, static_cast<int64_t>(bytesio_line_length(b, limit)));
}

// readlines(size=None): stops once the lines read reach [size] bytes.
static Value bytesio_readlines(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("readlines", nargs, 0, 1)) return Value();
    BytesIOObject* b = BIO(self);
    if (!bytesio_check(b)) return Value();
    int64_t hint = -1;
    if (nargs && !io_size_arg(args[0], &hint)) return Value();
    Value result = make_list(0);
    if (!result) return result;
    int64_t total = 0;
    for (;;) {
        size_t n = bytesio_line_length(b, -1);
        if (n == 0) return result;
        Value line = bytesio_take(b, static_cast<int64_t>(n));
        if (!line || !list_append(result, line)) return Value();
        total += static_cast<int64_t>(n);
        if (hint > 0 && total >= hint) return result;
    }
}

// iter() works even on a closed BytesIO (next() then raises).
static Value bytesio_iter(Value self) {
    return self;
}
static Value bytesio_iternext(Value self) {
    BytesIOObject* b = BIO(self);
    if (!bytesio_check(b)) return Value();
    size_t n = bytesio_line_length(b, -1);
    if (n == 0) return Value();
    return bytesio_take(b, static_cast<int64_t>(n));
}

static Value bytesio_write(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("write", nargs, 1, 1)) return Value();
    BytesIOObject* b = BIO(self);
    if (!bytesio_check(b) || !bytesio_check_exports(b)) return Value();
    std::string data;
    if (!io_bytes_arg(args[0], data) || !bytesio_write_bytes(b, data)) return Value();
    return make_int(static_cast<int64_t>(data.size()));
}

// writelines(lines): each written with BytesIO's own write (not self.write).
static Value bytesio_writelines(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("writelines", nargs, 1, 1)) return Value();
    BytesIOObject* b = BIO(self);
    if (!bytesio_check(b)) return Value();
    Value it = get_iter(args[0]);
    if (!it) return it;
    for (;;) {
        Value line = iter_next(it);
        if (!line) return err_occurred() ? Value() : None();
        std::string data;
        if (!bytesio_check(b) || !bytesio_check_exports(b) || !io_bytes_arg(line, data) ||
            !bytesio_write_bytes(b, data))
            return Value();
    }
}

static Value bytesio_tell(Value self, const Value*, size_t, Value) {
    BytesIOObject* b = BIO(self);
    if (!bytesio_check(b)) return Value();
    return make_int(static_cast<int64_t>(b->pos));
}

static Value bytesio_seek(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("seek", nargs, 1, 2)) return Value();
    BytesIOObject* b = BIO(self);
    int64_t pos, whence = 0;
    if (!index_arg(args[0], &pos) || (nargs > 1 && !index_arg(args[1], &whence))) return Value();
    if (!bytesio_check(b)) return Value();
    if (pos < 0 && whence == 0)
        return raise(exc::ValueError, "negative seek value %lld", static_cast<long long>(pos));
    if (whence == 1)
        pos += static_cast<int64_t>(b->pos);
    else if (whence == 2)
        pos += static_cast<int64_t>(b->len);
    else if (whence != 0)
        return raise(exc::ValueError, "invalid whence (%lld, should be 0, 1 or 2)",
                     static_cast<long long>(whence));
    if (pos < 0) pos = 0;
    b->pos = static_cast<size_t>(pos);
    return make_int(pos);
}

static Value bytesio_truncate(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("truncate", nargs, 0, 1)) return Value();
    BytesIOObject* b = BIO(self);
    if (!bytesio_check(b) || !bytesio_check_exports(b)) return Value();
    int64_t size = static_cast<int64_t>(b->pos);
    if (nargs && !is_none(args[0]) && !index_arg(args[0], &size)) return Value();
    if (size < 0)
        return raise(exc::ValueError, "negative size value %lld", static_cast<long long>(size));
    if (static_cast<size_t>(size) < b->len) b->len = static_cast<size_t>(size);
    return make_int(size);
}

static Value bytesio_true(Value self, const Value*, size_t, Value) {
    return bytesio_check(BIO(self)) ? True() : Value();
}
static Value bytesio_isatty(Value self, const Value*, size_t, Value) {
    return bytesio_check(BIO(self)) ? False() : Value();
}
static Value bytesio_flush(Value self, const Value*, size_t, Value) {
    return bytesio_check(BIO(self)) ? None() : Value();
}
static Value bytesio_close(Value self, const Value*, size_t, Value) {
    BytesIOObject* b = BIO(self);
    if (!bytesio_check_exports(b)) return Value();
    b->closed = true;
    b->buf = nullptr; // the contents go at the next collection
    b->len = b->cap = 0;
    return None();
}
static Value bytesio_get_closed(Value self) {
    return Bool(BIO(self)->closed);
}

static const NativeMethodDef bytesio_methods[] = {
    {"getvalue", bytesio_getvalue, NATIVE_NOARGS, nullptr},
    {"getbuffer", bytesio_getbuffer, NATIVE_NOARGS, nullptr},
    {"read", bytesio_read, 0, nullptr},
    {"read1", bytesio_read, 0, nullptr},
    {"readinto", bytesio_readinto, 0, nullptr},
    {"readline", bytesio_readline, 0, nullptr},
    {"readlines", bytesio_readlines, 0, nullptr},
    {"write", bytesio_write, 0, nullptr},
    {"writelines", bytesio_writelines, 0, nullptr},
    {"tell", bytesio_tell, NATIVE_NOARGS, nullptr},
    {"seek", bytesio_seek, 0, nullptr},
    {"truncate", bytesio_truncate, 0, nullptr},
    {"readable", bytesio_true, NATIVE_NOARGS, nullptr},
    {"writable", bytesio_true, NATIVE_NOARGS, nullptr},
    {"seekable", bytesio_true, NATIVE_NOARGS, nullptr},
    {"isatty", bytesio_isatty, NATIVE_NOARGS, nullptr},
    {"flush", bytesio_flush, NATIVE_NOARGS, nullptr},
    {"close", bytesio_close, NATIVE_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static const GetSetDef bytesio_getsets[] = {
    {"closed", bytesio_get_closed, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

void io_init_memory_types() {
    StringIOType.iternext = stringio_iternext;
    io_ready_type(&StringIOType, "_io.StringIO", &TextIOBaseType, sizeof(StringIOObject),
                  stringio_trace, stringio_new, stringio_init, stringio_methods, stringio_getsets);
    BytesIOType.iter = bytesio_iter;
    BytesIOType.iternext = bytesio_iternext;
    io_ready_type(&BytesIOType, "_io.BytesIO", &BufferedIOBaseType, sizeof(BytesIOObject),
                  bytesio_trace, bytesio_new, bytesio_init, bytesio_methods, bytesio_getsets);
}

} // namespace uopy
