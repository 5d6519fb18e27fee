// The `_io` module: DEFAULT_BUFFER_SIZE, UnsupportedOperation, open(),
// open_code(), text_encoding(), and the mixin base classes _IOBase,
// _RawIOBase, _BufferedIOBase and _TextIOBase that io.py turns into ABCs.
// The concrete classes live in io_memory.cpp (StringIO, BytesIO) and
// io_buffered.cpp (FileIO, the Buffered* classes, TextIOWrapper,
// IncrementalNewlineDecoder). CPython counterpart: Modules/_io/_iomodule.c,
// Modules/_io/iobase.c.
//
// The mixin methods work on any subclass through its own methods, looked up
// by name as CPython does: _IOBase.readline() calls self.read() (and
// self.peek() when there is one), _RawIOBase.read() calls self.readinto(),
// close() calls self.flush(), and so on. So a class written in Python that
// only defines readinto() (or read()) gets the rest.
//
// uopy's builtins.open and sys.stdout are still the file objects of
// io_file.cpp; this module does not touch them.
#include "modules/io_module.h"

#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
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
#include "runtime/slots.h"
#include "runtime/type.h"

#include <fcntl.h>

#include <cstddef>
#include <cstring>

namespace uopy {

Type IOBaseType, RawIOBaseType, BufferedIOBaseType, TextIOBaseType;
Type* io_unsupported_operation = nullptr;

// Defined in runtime/type.cpp (not in its header): the __dict__ getset.
void add_instance_dict_descriptor(Type* t);

static IOBaseObject* IOB(Value v) {
    return static_cast<IOBaseObject*>(v.as_ptr());
}

// An interned name, made once (interned strings are immortal).
#define IO_NAME(var, text) static const Value var = intern(text)

// -- Shared helpers (declared in io_module.h) ---------------------------------------------------

void iobase_trace(Object* o, Tracer& t) {
    t.visit(static_cast<IOBaseObject*>(o)->dict);
}

Object* io_alloc(Type* type, size_t size) {
    return gc_alloc_object(type, type->basic_size > size ? type->basic_size : size);
}

void io_ready_type(Type* t, const char* name, Type* base, size_t size, TraceFn trace, NewFn nw,
                   InitFn init, const NativeMethodDef* methods, const GetSetDef* getsets) {
    t->trace = trace;
    if (nw) t->tp_new = nw;
    if (init) t->init = init;
    init_static_type(t, name, base, size, TYPE_BASETYPE | TYPE_WEAKREFABLE);
    t->dict_offset = offsetof(IOBaseObject, dict);
    t->flags |= TYPE_HAS_DICT;
    if (methods) add_methods(t, methods);
    if (getsets) add_getsets(t, getsets);
    add_slot_wrappers(t);
    if (nw) add_builtin_new_wrapper(t);
}

Value io_unsupported(const char* msg) {
    return raise(io_unsupported_operation, "%s", msg);
}

Value io_raise_errno(int err, Value filename) {
    Value args[3] = {make_int(err), make_str(std::strerror(err)), filename};
    // OSError(errno, strerror[, filename]) picks the subclass (FileNotFoundError, ...).
    Value e = call(Value(exc::OSError), args, filename ? 3 : 2);
    if (!e) return e;
    return raise_instance(e);
}

Value io_first_error(Value err, Value r) {
    if (!err) return r;
    if (!r) err_clear();
    return raise_instance(err);
}

Value io_call(Value obj, const char* name, const Value* args, size_t nargs) {
    Value m = get_attr_cstr(obj, name);
    if (!m) return m;
    return call(m, args, nargs);
}

int io_call_bool(Value obj, const char* name) {
    Value r = io_call(obj, name);
    return r ? truthy(r) : -1;
}

Value io_repr_attr(Value obj, const char* name, bool* error) {
    Value v = get_attr_optional(obj, intern(name));
    if (!v) {
        if (err_occurred()) {
            if (err_matches(exc::ValueError))
                err_clear();
            else
                *error = true;
        }
        return v;
    }
    Value r = repr(v);
    if (!r) *error = true;
    return r;
}

bool io_size_arg(Value v, int64_t* out) {
    *out = -1;
    if (!v || is_none(v)) return true;
    if (!is_index_like(v)) {
        raise(exc::TypeError, "argument should be integer or None, not '%s'", type_name(v));
        return false;
    }
    return int_as_int64(v, out);
}

bool io_bytes_arg(Value v, std::string& out) {
    if (is_bytes(v) || is_bytearray(v)) {
        out.assign(bytes_view(v));
        return true;
    }
    if (v.is_ptr() && type_of(v) == &MemoryViewType) {
        Value b = call_method(v, "tobytes", {}); // ValueError once released
        if (!b) return false;
        out.assign(bytes_view(b));
        return true;
    }
    raise(exc::TypeError, "a bytes-like object is required, not '%s'", type_name(v));
    return false;
}

bool io_writable_buffer_len(Value v, size_t* n) {
    if (is_bytearray(v)) {
        *n = bytes_view(v).size();
        return true;
    }
    if (v.is_ptr() && type_of(v) == &MemoryViewType) {
        Value ro = get_attr_cstr(v, "readonly");
        if (!ro) return false;
        if (ro != True()) {
            int64_t len = length(v);
            if (len < 0) return false;
            *n = static_cast<size_t>(len);
            return true;
        }
    }
    raise(exc::TypeError, "readinto() argument must be read-write bytes-like object, not %s",
          type_name(v));
    return false;
}

bool io_buffer_store(Value v, std::string_view data) {
    if (data.empty()) return true;
    if (is_bytearray(v)) {
        auto* ba = static_cast<ByteArrayObject*>(v.as_ptr());
        std::memcpy(ba->data, data.data(), data.size() <= ba->size ? data.size() : ba->size);
        return true;
    }
    Value b = make_bytes(data);
    if (!b) return false;
    Value sl = make_slice(Value::small_int(0), make_int(static_cast<int64_t>(data.size())), None());
    if (!sl) return false;
    return set_item(v, sl, b) >= 0;
}

void io_str_to_cps(Value s, std::vector<uint32_t>& out) {
    std::string_view sv = str_view(s);
    out.clear();
    out.reserve(str_length(s));
    if (str_is_ascii(s)) {
        for (char c : sv)
            out.push_back(static_cast<unsigned char>(c));
        return;
    }
    const char* p = sv.data();
    const char* end = p + sv.size();
    while (p < end)
        out.push_back(utf8_decode(p));
}

Value io_cps_to_str(const uint32_t* p, size_t n) {
    std::string s;
    s.reserve(n);
    for (size_t i = 0; i < n; i++) {
        if (p[i] < 0x80)
            s.push_back(static_cast<char>(p[i]));
        else
            utf8_append(s, p[i]);
    }
    return make_str(s);
}

uint32_t* io_grow_cps(uint32_t* old, size_t keep, size_t n) {
    char* b = gc_alloc_bytes((n ? n : 1) * sizeof(uint32_t));
    if (!b) return nullptr;
    auto* p = reinterpret_cast<uint32_t*>(b);
    if (keep) std::memcpy(p, old, keep * sizeof(uint32_t));
    return p;
}

// The length of the valid UTF-8 sequence at p[0..n): > 0 when valid; 0
// when invalid, with *bad the length of the maximal invalid part (which
// CPython's error handlers treat as one unit); -1 when it is a valid start
// cut off by the end of the input.
static int utf8_sequence(const unsigned char* p, size_t n, size_t* bad) {
    unsigned c = p[0];
    if (c < 0x80) return 1;
    int len;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F; // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F; // nothing past U+10FFFF
    } else {
        *bad = 1;
        return 0;
    }
    for (int k = 1; k < len; k++) {
        if (static_cast<size_t>(k) >= n) return -1;
        if (p[k] < lo || p[k] > hi) {
            *bad = static_cast<size_t>(k);
            return 0;
        }
        lo = 0x80;
        hi = 0xBF;
    }
    return len;
}

int64_t io_decode_bytes(Codec codec, Value encoding, Value errors, std::string_view in, bool final,
                        std::vector<uint32_t>& cps, std::vector<uint32_t>& ends) {
    const auto* p = reinterpret_cast<const unsigned char*>(in.data());
    size_t n = in.size(), i = 0;
    std::string_view enc = str_view(encoding), errs = str_view(errors);
    cps.clear();
    ends.clear();
    while (i < n) {
        size_t bad = 1;
        int len = codec == Codec::Latin1  ? 1
                  : codec == Codec::Ascii ? (p[i] < 0x80 ? 1 : 0)
                                          : utf8_sequence(p + i, n - i, &bad);
        if (len < 0) {
            if (!final) break; // the rest of the character comes with the next chunk
            len = 0;
            bad = n - i;
        }
        if (len > 0) {
            uint32_t cp = p[i];
            if (len > 1) {
                cp &= 0x7Fu >> len;
                for (int k = 1; k < len; k++)
                    cp = (cp << 6) | (p[i + static_cast<size_t>(k)] & 0x3F);
            }
            cps.push_back(cp);
            i += static_cast<size_t>(len);
            ends.push_back(static_cast<uint32_t>(i));
            continue;
        }
        // Undecodable bytes: the codec applies the error handler. "strict"
        // decodes the whole input so that the error's positions are its.
        if (errs == "strict") {
            if (codec_decode(in, enc, errs)) raise(exc::UnicodeError, "invalid data");
            return -1;
        }
        Value rep = codec_decode(in.substr(i, bad), enc, errs);
        if (!rep) return -1;
        std::vector<uint32_t> rc;
        io_str_to_cps(rep, rc);
        i += bad;
        for (uint32_t c : rc) {
            cps.push_back(c);
            ends.push_back(static_cast<uint32_t>(i));
        }
    }
    return static_cast<int64_t>(i);
}

Value io_newlines_value(int seennl) {
    switch (seennl) {
    case IO_SEEN_LF: return intern("\n");
    case IO_SEEN_CR: return intern("\r");
    case IO_SEEN_CRLF: return intern("\r\n");
    case IO_SEEN_CR | IO_SEEN_LF: return tuple_pack({intern("\r"), intern("\n")});
    case IO_SEEN_LF | IO_SEEN_CRLF: return tuple_pack({intern("\n"), intern("\r\n")});
    case IO_SEEN_CR | IO_SEEN_CRLF: return tuple_pack({intern("\r"), intern("\r\n")});
    case IO_SEEN_CR | IO_SEEN_LF | IO_SEEN_CRLF:
        return tuple_pack({intern("\r"), intern("\n"), intern("\r\n")});
    default: return None();
    }
}

void io_scan_newlines(std::vector<uint32_t>& cps, int* seennl, bool translate,
                      std::vector<uint32_t>* ends) {
    size_t n = cps.size(), w = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = cps[i];
        size_t src = i;
        if (c == '\r' && i + 1 < n && cps[i + 1] == '\n') {
            *seennl |= IO_SEEN_CRLF;
            if (!translate) {
                // Both characters stay, and the '\n' must not count as a lone LF.
                for (size_t k = i; k <= i + 1; k++, w++) {
                    cps[w] = cps[k];
                    if (ends) (*ends)[w] = (*ends)[k];
                }
                i++;
                continue;
            }
            c = '\n';
            src = ++i; // the pair ends where its '\n' does
        } else if (c == '\r') {
            *seennl |= IO_SEEN_CR;
            if (translate) c = '\n';
        } else if (c == '\n') {
            *seennl |= IO_SEEN_LF;
        }
        cps[w] = c;
        if (ends) (*ends)[w] = (*ends)[src];
        w++;
    }
    cps.resize(w);
    if (ends) ends->resize(w);
}

bool io_check_newline(Value v, const char* what, bool repr_value) {
    if (!v || is_none(v)) return true;
    if (!is_str(v)) {
        raise(exc::TypeError, "%s must be str or None, not %s", what, type_name(v));
        return false;
    }
    std::string_view s = str_view(v);
    if (s.empty() || s == "\n" || s == "\r" || s == "\r\n") return true;
    std::string shown = repr_value ? repr_text(v) : std::string(s);
    raise(exc::ValueError, "illegal newline value: %s", shown.c_str());
    return false;
}

size_t io_find_line_end(const IoLineMode& mode, const uint32_t* p, size_t n, bool* found) {
    *found = false;
    if (mode.translated || (!mode.universal && mode.readnl.size() == 1)) {
        uint32_t nl = mode.translated ? '\n' : mode.readnl[0];
        for (size_t i = 0; i < n; i++)
            if (p[i] == nl) {
                *found = true;
                return i + 1;
            }
        return n;
    }
    if (mode.universal) {
        for (size_t i = 0; i < n; i++) {
            if (p[i] == '\n') {
                *found = true;
                return i + 1;
            }
            if (p[i] == '\r') {
                // A '\r' at the very end ends a line too: readers hold a
                // trailing '\r' back until they know what follows it.
                *found = true;
                return i + 1 < n && p[i + 1] == '\n' ? i + 2 : i + 1;
            }
        }
        return n;
    }
    // A multi-character newline ("\r\n"): the last character may start one.
    const std::u32string& nl = mode.readnl;
    for (size_t i = 0; i + nl.size() <= n; i++)
        if (std::memcmp(p + i, nl.data(), nl.size() * sizeof(uint32_t)) == 0) {
            *found = true;
            return i + nl.size();
        }
    return n >= nl.size() - 1 ? n - (nl.size() - 1) : 0;
}

// -- _IOBase ------------------------------------------------------------------------------------

// _checkClosed: raises ValueError when self.closed (which subclasses override) is true.
static bool check_closed_attr(Value self) {
    IO_NAME(closed_name, "closed");
    Value c = get_attr_optional(self, closed_name);
    if (!c) return !err_occurred();
    int t = truthy(c);
    if (t < 0) return false;
    if (t) {
        raise(exc::ValueError, "I/O operation on closed file.");
        return false;
    }
    return true;
}

// self.<meth>() must return True, else UnsupportedOperation(msg).
static Value check_true(Value self, const char* meth, const char* msg) {
    Value r = call_method(self, meth, {});
    if (!r) return r;
    if (r != True()) return io_unsupported(msg);
    return True();
}

static Value iobase_new(Type* type, const Value*, size_t, Value) {
    Object* o = io_alloc(type, sizeof(IOBaseObject));
    return o ? Value(o) : Value();
}

static Value iobase_seek(Value, const Value*, size_t, Value) {
    return io_unsupported("seek");
}
static Value iobase_tell(Value self, const Value*, size_t, Value) {
    return call_method(self, "seek", {Value::small_int(0), Value::small_int(1)});
}
static Value iobase_truncate(Value, const Value*, size_t, Value) {
    return io_unsupported("truncate");
}
static Value iobase_fileno(Value, const Value*, size_t, Value) {
    return io_unsupported("fileno");
}
static Value iobase_flush(Value self, const Value*, size_t, Value) {
    if (IOB(self)->iobase_closed) return raise(exc::ValueError, "I/O operation on closed file.");
    return None();
}
// close(): flushes (through self.flush()), then marks the object closed even
// when flushing failed.
static Value iobase_close(Value self, const Value*, size_t, Value) {
    if (IOB(self)->iobase_closed) return None();
    Value r = call_method(self, "flush", {});
    IOB(self)->iobase_closed = true;
    return r ? None() : Value();
}
static Value iobase_false(Value, const Value*, size_t, Value) {
    return False();
}
static Value iobase_isatty(Value self, const Value*, size_t, Value) {
    return check_closed_attr(self) ? False() : Value();
}
static Value iobase_check_closed(Value self, const Value*, size_t, Value) {
    return check_closed_attr(self) ? None() : Value();
}
static Value iobase_check_readable(Value self, const Value*, size_t, Value) {
    return check_true(self, "readable", "File or stream is not readable.");
}
static Value iobase_check_writable(Value self, const Value*, size_t, Value) {
    return check_true(self, "writable", "File or stream is not writable.");
}
static Value iobase_check_seekable(Value self, const Value*, size_t, Value) {
    return check_true(self, "seekable", "File or stream is not seekable.");
}
static Value iobase_enter(Value self, const Value*, size_t, Value) {
    return check_closed_attr(self) ? self : Value();
}
static Value iobase_exit(Value self, const Value*, size_t, Value) {
    return call_method(self, "close", {});
}

// readline(size=-1): bytes up to and including b"\n", read through
// self.peek() (to read ahead as far as the line goes) when the object has
// one, else one byte at a time through self.read(1).
static Value iobase_readline(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("readline", nargs, 0, 1)) return Value();
    int64_t limit = -1;
    if (nargs && !io_size_arg(args[0], &limit)) return Value();
    IO_NAME(peek_name, "peek");
    IO_NAME(read_name, "read");
    Value peek = get_attr_optional(self, peek_name);
    if (!peek && err_occurred()) return Value();
    std::string line;
    while (limit < 0 || static_cast<int64_t>(line.size()) < limit) {
        int64_t nreadahead = 1;
        if (peek) {
            Value ahead = call1(peek, Value::small_int(1));
            if (!ahead) return ahead;
            if (!is_bytes(ahead))
                return raise(exc::OSError, "peek() should have returned a bytes object, not '%s'",
                             type_name(ahead));
            std::string_view a = bytes_view(ahead);
            if (!a.empty()) {
                int64_t n = 0;
                while (n < static_cast<int64_t>(a.size()) &&
                       (limit < 0 || n < limit - static_cast<int64_t>(line.size())))
                    if (a[static_cast<size_t>(n++)] == '\n') break;
                nreadahead = n;
            }
        }
        Value rd = get_attr(self, read_name);
        if (!rd) return rd;
        Value b = call1(rd, make_int(nreadahead));
        if (!b) return b;
        if (!is_bytes(b))
            return raise(exc::OSError, "read() should have returned a bytes object, not '%s'",
                         type_name(b));
        std::string_view bv = bytes_view(b);
        if (bv.empty()) break;
        line += bv;
        if (line.back() == '\n') break;
    }
    return make_bytes(line);
}

// readlines(hint=-1): the lines of iter(self), stopping once their total
// length exceeds [hint] when it is positive.
static Value iobase_readlines(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("readlines", nargs, 0, 1)) return Value();
    int64_t hint = -1;
    if (nargs && !io_size_arg(args[0], &hint)) return Value();
    Value result = make_list(0);
    if (!result) return result;
    Value it = get_iter(self);
    if (!it) return it;
    int64_t total = 0;
    for (;;) {
        Value line = iter_next(it);
        if (!line) return err_occurred() ? Value() : result;
        if (!list_append(result, line)) return Value();
        if (hint > 0) {
            int64_t n = length(line);
            if (n < 0) return Value();
            total += n;
            if (total > hint) return result;
        }
    }
}

static Value iobase_writelines(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("writelines", nargs, 1, 1)) return Value();
    if (!check_closed_attr(self)) return Value();
    Value it = get_iter(args[0]);
    if (!it) return it;
    IO_NAME(write_name, "write");
    for (;;) {
        Value line = iter_next(it);
        if (!line) return err_occurred() ? Value() : None();
        Value w = get_attr(self, write_name);
        if (!w || !call1(w, line)) return Value();
    }
}

static Value iobase_iter(Value self) {
    return check_closed_attr(self) ? self : Value();
}
// __next__: self.readline(), ending at an empty line.
static Value iobase_iternext(Value self) {
    Value line = call_method(self, "readline", {});
    if (!line) return line;
    int64_t n = length(line);
    if (n < 0) return Value();
    return n == 0 ? Value() : line;
}

static Value iobase_get_closed(Value self) {
    return Bool(IOB(self)->iobase_closed);
}

static const NativeMethodDef iobase_methods[] = {
    {"seek", iobase_seek, 0, nullptr},
    {"tell", iobase_tell, NATIVE_NOARGS, nullptr},
    {"truncate", iobase_truncate, 0, nullptr},
    {"flush", iobase_flush, NATIVE_NOARGS, nullptr},
    {"close", iobase_close, NATIVE_NOARGS, nullptr},
    {"seekable", iobase_false, NATIVE_NOARGS, nullptr},
    {"readable", iobase_false, NATIVE_NOARGS, nullptr},
    {"writable", iobase_false, NATIVE_NOARGS, nullptr},
    {"_checkClosed", iobase_check_closed, 0, nullptr},
    {"_checkSeekable", iobase_check_seekable, 0, nullptr},
    {"_checkReadable", iobase_check_readable, 0, nullptr},
    {"_checkWritable", iobase_check_writable, 0, nullptr},
    {"fileno", iobase_fileno, NATIVE_NOARGS, nullptr},
    {"isatty", iobase_isatty, NATIVE_NOARGS, nullptr},
    {"__enter__", iobase_enter, NATIVE_NOARGS, nullptr},
    {"__exit__", iobase_exit, 0, nullptr},
    {"readline", iobase_readline, 0, nullptr},
    {"readlines", iobase_readlines, 0, nullptr},
    {"writelines", iobase_writelines, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static const GetSetDef iobase_getsets[] = {
    {"closed", iobase_get_closed, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- _RawIOBase ---------------------------------------------------------------------------------

// read(size=-1): self.readall(), or self.readinto() on a new buffer.
static Value rawiobase_read(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("read", nargs, 0, 1)) return Value();
    int64_t n = -1;
    if (nargs && !io_size_arg(args[0], &n)) return Value();
    if (n < 0) return call_method(self, "readall", {});
    Value b = make_bytearray(std::string(static_cast<size_t>(n), '\0'));
    if (!b) return b;
    Value r = call_method(self, "readinto", {b});
    if (!r || is_none(r)) return r;
    int64_t got;
    if (!int_as_int64(r, &got)) return Value();
    if (got < 0 || got > n)
        return raise(exc::ValueError, "readinto returned %lld outside buffer size %lld",
                     static_cast<long long>(got), static_cast<long long>(n));
    return make_bytes(bytes_view(b).substr(0, static_cast<size_t>(got)));
}

// readall(): self.read(DEFAULT_BUFFER_SIZE) until it returns b"" (or None
// before any data: a non-blocking stream with nothing to read).
static Value rawiobase_readall(Value self, const Value*, size_t, Value) {
    std::string all;
    bool any = false;
    for (;;) {
        Value d = call_method(self, "read", {make_int(kIoDefaultBufferSize)});
        if (!d) return d;
        if (is_none(d)) {
            if (!any) return d;
            break;
        }
        if (!is_bytes(d)) return raise(exc::TypeError, "read() should return bytes");
        std::string_view v = bytes_view(d);
        if (v.empty()) break;
        all += v;
        any = true;
    }
    return make_bytes(all);
}

static Value rawiobase_not_implemented(Value, const Value*, size_t, Value) {
    return raise_empty(exc::NotImplementedError);
}

static const NativeMethodDef rawiobase_methods[] = {
    {"read", rawiobase_read, 0, nullptr},
    {"readall", rawiobase_readall, NATIVE_NOARGS, nullptr},
    {"readinto", rawiobase_not_implemented, 0, nullptr},
    {"write", rawiobase_not_implemented, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// -- _BufferedIOBase ----------------------------------------------------------------------------

static Value bufferediobase_read(Value, const Value*, size_t, Value) {
    return io_unsupported("read");
}
static Value bufferediobase_read1(Value, const Value*, size_t, Value) {
    return io_unsupported("read1");
}
static Value bufferediobase_write(Value, const Value*, size_t, Value) {
    return io_unsupported("write");
}
static Value bufferediobase_detach(Value, const Value*, size_t, Value) {
    return io_unsupported("detach");
}

// readinto(b) / readinto1(b): data = self.read(len(b)) (or read1), copied into b.
static Value readinto_generic(Value self, const Value* args, size_t nargs, bool one) {
    if (!check_nargs(one ? "readinto1" : "readinto", nargs, 1, 1)) return Value();
    size_t n;
    if (!io_writable_buffer_len(args[0], &n)) return Value();
    Value data = call_method(self, one ? "read1" : "read", {make_int(static_cast<int64_t>(n))});
    if (!data) return data;
    if (!is_bytes(data)) return raise(exc::TypeError, "read() should return bytes");
    std::string_view d = bytes_view(data);
    if (d.size() > n)
        return raise(exc::ValueError,
                     "read() returned too much data: %zu bytes requested, %zu "
                     "returned",
                     n, d.size());
    if (!io_buffer_store(args[0], d)) return Value();
    return make_int(static_cast<int64_t>(d.size()));
}
static Value bufferediobase_readinto(Value self, const Value* args, size_t nargs, Value) {
    return readinto_generic(self, args, nargs, false);
}
static Value bufferediobase_readinto1(Value self, const Value* args, size_t nargs, Value) {
    return readinto_generic(self, args, nargs, true);
}

static const NativeMethodDef bufferediobase_methods[] = {
    {"detach", bufferediobase_detach, 0, nullptr},
    {"read", bufferediobase_read, 0, nullptr},
    {"read1", bufferediobase_read1, 0, nullptr},
    {"readinto", bufferediobase_readinto, 0, nullptr},
    {"readinto1", bufferediobase_readinto1, 0, nullptr},
    {"write", bufferediobase_write, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// -- _TextIOBase --------------------------------------------------------------------------------

static Value textiobase_read(Value, const Value*, size_t, Value) {
    return io_unsupported("read");
}
static Value textiobase_readline(Value, const Value*, size_t, Value) {
    return io_unsupported("readline");
}
static Value textiobase_write(Value, const Value*, size_t, Value) {
    return io_unsupported("write");
}
static Value textiobase_detach(Value, const Value*, size_t, Value) {
    return io_unsupported("detach");
}
static Value textiobase_none(Value) {
    return None();
}

static const NativeMethodDef textiobase_methods[] = {
    {"detach", textiobase_detach, 0, nullptr},
    {"read", textiobase_read, 0, nullptr},
    {"readline", textiobase_readline, 0, nullptr},
    {"write", textiobase_write, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static const GetSetDef textiobase_getsets[] = {
    {"encoding", textiobase_none, nullptr, nullptr},
    {"newlines", textiobase_none, nullptr, nullptr},
    {"errors", textiobase_none, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- open(), open_code(), text_encoding() ---------------------------------------------------------

// An optional str argument of open(): null for None.
static bool optional_str_arg(Value v, const char* name, Value* out) {
    *out = Value();
    if (!v || is_none(v)) return true;
    if (!is_str(v)) {
        raise(exc::TypeError, "open() argument '%s' must be str or None, not %s", name,
              type_name(v));
        return false;
    }
    *out = v;
    return true;
}

// The steps after the raw file exists; [result] is what has been made so far.
static Value open_wrap(Value raw, Value* result, bool binary, bool updating, bool writing,
                       bool reading, int64_t buffering, Value encoding, Value errors, Value newline,
                       Value modeobj, const std::string& mode) {
    bool line_buffering = false;
    bool isatty = false;
    if (buffering < 0) {
        Value r = call_method(raw, "isatty", {});
        if (!r) return r;
        int t = truthy(r);
        if (t < 0) return Value();
        isatty = t != 0;
    }
    if (buffering == 1 || isatty) {
        buffering = -1;
        line_buffering = true;
    }
    if (buffering < 0) {
        Value bs = get_attr_cstr(raw, "_blksize");
        if (!bs || !int_as_int64(bs, &buffering)) return Value();
    }
    if (buffering < 0) return raise(exc::ValueError, "invalid buffering size");
    if (buffering == 0) {
        if (!binary) return raise(exc::ValueError, "can't have unbuffered text I/O");
        return raw;
    }
    Type* cls = updating  ? &BufferedRandomType
                : writing ? &BufferedWriterType
                : reading ? &BufferedReaderType
                          : nullptr;
    if (!cls) return raise(exc::ValueError, "unknown mode: '%s'", mode.c_str());
    Value bargs[2] = {raw, make_int(buffering)};
    Value buffer = call(Value(cls), bargs, 2);
    if (!buffer) return buffer;
    *result = buffer;
    if (binary) return buffer;
    Value targs[5] = {buffer, encoding ? encoding : None(), errors ? errors : None(),
                      newline ? newline : None(), Bool(line_buffering)};
    Value wrapper = call(Value(&TextIOWrapperType), targs, 5);
    if (!wrapper) return wrapper;
    *result = wrapper;
    if (set_attr_cstr(wrapper, "mode", modeobj) < 0) return Value();
    return wrapper;
}

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
//      closefd=True, opener=None)
static Value io_open(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig(
        "open", "file, mode=, buffering=, encoding=, errors=, newline=, closefd=, opener=");
    Value a[8];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    Value modeobj = a[1] ? a[1] : intern("r");
    if (!is_str(modeobj))
        return raise(exc::TypeError, "open() argument 'mode' must be str, not %s",
                     type_name(modeobj));
    std::string mode(str_view(modeobj));
    int64_t buffering = -1;
    if (a[2] && !int_as_int64(a[2], &buffering)) return Value();
    Value encoding, errors, newline;
    if (!optional_str_arg(a[3], "encoding", &encoding) ||
        !optional_str_arg(a[4], "errors", &errors) ||
        !optional_str_arg(a[5], "newline", &newline) ||
        !io_check_newline(newline, "open() argument 'newline'", false))
        return Value();
    bool closefd = true;
    if (a[6]) {
        int t = truthy(a[6]);
        if (t < 0) return Value();
        closefd = t != 0;
    }

    // Each mode character at most once, from "xrwa+tb".
    bool creating = false, reading = false, writing = false, appending = false, updating = false,
         text = false, binary = false;
    for (size_t i = 0; i < mode.size(); i++) {
        char c = mode[i];
        bool* flag = c == 'x'   ? &creating
                     : c == 'r' ? &reading
                     : c == 'w' ? &writing
                     : c == 'a' ? &appending
                     : c == '+' ? &updating
                     : c == 't' ? &text
                     : c == 'b' ? &binary
                                : nullptr;
        if (!flag || mode.find(c, i + 1) != std::string::npos)
            return raise(exc::ValueError, "invalid mode: '%s'", mode.c_str());
        *flag = true;
    }
    std::string rawmode;
    if (creating) rawmode += 'x';
    if (reading) rawmode += 'r';
    if (writing) rawmode += 'w';
    if (appending) rawmode += 'a';
    if (updating) rawmode += '+';
    if (text && binary) return raise(exc::ValueError, "can't have text and binary mode at once");
    if (int(creating) + int(reading) + int(writing) + int(appending) > 1)
        return raise(exc::ValueError, "must have exactly one of create/read/write/append mode");
    if (binary && encoding)
        return raise(exc::ValueError, "binary mode doesn't take an encoding argument");
    if (binary && errors)
        return raise(exc::ValueError, "binary mode doesn't take an errors argument");
    if (binary && newline)
        return raise(exc::ValueError, "binary mode doesn't take a newline argument");
    // (CPython warns about buffering=1 in binary mode; uopy has no warnings yet.)

    Value rawargs[4] = {a[0], make_str(rawmode), Bool(closefd), a[7] ? a[7] : None()};
    Value raw = call(Value(&FileIOType), rawargs, 4);
    if (!raw) return raw;
    Value result = raw;
    Value r = open_wrap(raw, &result, binary, updating, creating || writing || appending, reading,
                        buffering, encoding, errors, newline, modeobj, mode);
    if (r) return r;
    // Close what was opened, keeping the original error.
    Value err = err_fetch();
    if (!call_method(result, "close", {})) err_clear();
    return raise_instance(err);
}

// open_code(path): open(path, 'rb').
static Value io_open_code(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("open_code", "path");
    Value a[1];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    if (!is_str(a[0]))
        return raise(exc::TypeError, "open_code() argument 'path' must be str, not %s",
                     type_name(a[0]));
    Value oargs[2] = {a[0], intern("rb")};
    return io_open(self, oargs, 2, Value());
}

// text_encoding(encoding, stacklevel=2): the encoding, or "locale" for None.
static Value io_text_encoding(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("text_encoding", "encoding, stacklevel=, /");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    if (!is_none(a[0])) return a[0];
    return intern("locale");
}

static const NativeMethodDef io_functions[] = {
    {"open", io_open, NATIVE_KEYWORDS, nullptr},
    {"open_code", io_open_code, NATIVE_KEYWORDS, nullptr},
    {"text_encoding", io_text_encoding, NATIVE_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// -- The module ---------------------------------------------------------------------------------

// UnsupportedOperation(OSError, ValueError). Made as a class with OSError as
// its only base, then given ValueError as the second: uopy's layout check
// treats every built-in exception class as a layout of its own and would
// refuse the pair, though ValueError adds nothing to BaseException.
static Value g_unsupported_value;

static bool make_unsupported_operation() {
    Dict* ns = make_dict();
    if (!ns || !dict_set_cstr(ns, "__module__", intern("io"))) return false;
    Value t = make_class(&TypeType, intern("UnsupportedOperation"),
                         tuple_pack({Value(exc::OSError)}), ns);
    if (!t) return false;
    Type* ty = static_cast<Type*>(t.as_ptr());
    Value bases = tuple_pack({Value(exc::OSError), Value(exc::ValueError)});
    // The C3 order: the class, OSError, then ValueError's MRO (which shares
    // OSError's tail: Exception, BaseException, object).
    Value vmro = exc::ValueError->mro;
    Value mro = make_tuple(tuple_size(vmro) + 2);
    if (!bases || !mro) return false;
    tuple_items(mro)[0] = t;
    tuple_items(mro)[1] = Value(exc::OSError);
    for (size_t i = 0; i < tuple_size(vmro); i++)
        tuple_items(mro)[i + 2] = tuple_get(vmro, i);
    ty->bases = bases;
    ty->mro = mro;
    if (exc::ValueError->subclasses.is_null()) exc::ValueError->subclasses = make_list(0);
    list_append(exc::ValueError->subclasses, t);
    type_modified(ty);
    g_unsupported_value = t;
    gc_add_root(&g_unsupported_value);
    io_unsupported_operation = ty;
    return true;
}

static bool init_io_types() {
    static bool ready = false;
    if (ready) return true;
    // A static type's fields become roots only once init_static_type has
    // registered it, so no collection may run while the types are made.
    bool was_enabled = gc_is_enabled();
    gc_set_enabled(false);
    bool ok = make_unsupported_operation();
    if (ok) {
        IOBaseType.iter = iobase_iter;
        IOBaseType.iternext = iobase_iternext;
        io_ready_type(&IOBaseType, "_io._IOBase", &ObjectType, sizeof(IOBaseObject), iobase_trace,
                      iobase_new, nullptr, iobase_methods, iobase_getsets);
        add_instance_dict_descriptor(&IOBaseType);
        io_ready_type(&RawIOBaseType, "_io._RawIOBase", &IOBaseType, sizeof(IOBaseObject),
                      iobase_trace, nullptr, nullptr, rawiobase_methods, nullptr);
        io_ready_type(&BufferedIOBaseType, "_io._BufferedIOBase", &IOBaseType, sizeof(IOBaseObject),
                      iobase_trace, nullptr, nullptr, bufferediobase_methods, nullptr);
        io_ready_type(&TextIOBaseType, "_io._TextIOBase", &IOBaseType, sizeof(IOBaseObject),
                      iobase_trace, nullptr, nullptr, textiobase_methods, textiobase_getsets);
        io_init_memory_types();
        io_init_buffered_types();
        io_init_text_types();
        ready = true;
    }
    gc_set_enabled(was_enabled);
    return ok;
}

// sys.stdin, sys.stdout and sys.stderr as CPython's create_stdio makes them
// (Python/pylifecycle.c): a TextIOWrapper over a BufferedReader/Writer over
// a FileIO that does not close [fd]; the raw file is named "<stdout>" etc.
// Unbuffered (-u), an output stream writes straight through to its FileIO.
// None when [fd] is not open.
Value make_std_stream(int fd, const char* name, bool write, Value encoding, Value errors,
                      bool unbuffered, bool line_buffering) {
    if (fcntl(fd, F_GETFD) == -1) return None();
    if (!init_io_types()) return Value();
    Value rawargs[3] = {Value::small_int(fd), intern(write ? "wb" : "rb"), False()};
    Value raw = call(Value(&FileIOType), rawargs, 3);
    if (!raw || set_attr_cstr(raw, "name", make_str(name)) < 0) return Value();
    Value buffer = raw;
    if (!(write && unbuffered)) {
        Value bargs[2] = {raw, make_int(kIoDefaultBufferSize)};
        buffer = call(Value(write ? &BufferedWriterType : &BufferedReaderType), bargs, 2);
        if (!buffer) return buffer;
    }
    // POSIX: lines end in "\n" both ways, untranslated.
    Value targs[6] = {
        buffer, encoding, errors, make_str("\n"), Bool(line_buffering), Bool(write && unbuffered)};
    Value text = call(Value(&TextIOWrapperType), targs, 6);
    if (!text || set_attr_cstr(text, "mode", make_str(write ? "w" : "r")) < 0) return Value();
    return text;
}

Value init_io_module() {
    if (!init_io_types()) return Value();
    ModuleObject* m = make_module("_io");
    if (!m) return Value();
    Value mod(m);
    add_functions(m->dict, io_functions, mod);
    Type* const types[] = {&IOBaseType,
                           &RawIOBaseType,
                           &BufferedIOBaseType,
                           &TextIOBaseType,
                           &FileIOType,
                           &BytesIOType,
                           &StringIOType,
                           &BufferedReaderType,
                           &BufferedWriterType,
                           &BufferedRandomType,
                           &BufferedRWPairType,
                           &TextIOWrapperType,
                           &IncrementalNewlineDecoderType};
    for (Type* t : types)
        if (!dict_set(m->dict, t->name_str, Value(t))) return Value();
    if (!dict_set_cstr(m->dict, "DEFAULT_BUFFER_SIZE", make_int(kIoDefaultBufferSize)) ||
        !dict_set_cstr(m->dict, "BlockingIOError", Value(exc::BlockingIOError)) ||
        !dict_set_cstr(m->dict, "UnsupportedOperation", Value(io_unsupported_operation)))
        return Value();
    return mod;
}

} // namespace uopy
