// The text layer of the `_io` module: TextIOWrapper and
// IncrementalNewlineDecoder. CPython counterpart: Modules/_io/textio.c.
//
// TextIOWrapper decodes chunks of the buffer's bytes itself (UTF-8, Latin-1
// and ASCII, the codecs uopy has), recording for each decoded character the
// byte offset where it ends. A chunk never ends inside a character, nor (for
// universal newlines) just after a '\r', which waits for the next chunk; so
// tell() is the byte position of the next character, and seek() takes it
// back. CPython's opaque cookies (decoder state, characters to skip) are
// never needed for these stateless codecs.
#include "modules/io_module.h"

#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
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
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace uopy {

// -- TextIOWrapper ------------------------------------------------------------------------------

struct TextIOObject : IOBaseObject {
    Value buffer;      // the binary stream; null once detached
    Value encoding;    // str, as given (or "UTF-8" for the locale's)
    Value errors;      // str
    Value readnl;      // the newline argument, null for None
    Value pending;     // bytes read but not decoded yet (a partial character, a held '\r'), or null
    Value snapshot;    // bytes: the input decoded into [dec], or null
    uint32_t* dec;     // characters decoded from [snapshot] (GC buffer), null when none
    uint32_t* dec_end; // for each, the byte offset in [snapshot] where it ends
    size_t dec_len, dec_used;
    int64_t chunk_size;
    Codec codec;
    int seennl;      // IO_SEEN_* bits, with universal newlines
    char writenl[3]; // what "\n" becomes on output ("\r", "\r\n"), "" for itself
    bool ok, detached;
    bool readable, writable, seekable;
    bool telling; // false while iterating (tell() is refused, as in CPython)
    bool has_read1;
    bool readuniversal, readtranslate;
    bool line_buffering, write_through;
};

static TextIOObject* TIO(Value v) {
    return static_cast<TextIOObject*>(v.as_ptr());
}

static void textio_trace(Object* o, Tracer& t) {
    auto* x = static_cast<TextIOObject*>(o);
    iobase_trace(o, t);
    t.visit(x->buffer);
    t.visit(x->encoding);
    t.visit(x->errors);
    t.visit(x->readnl);
    t.visit(x->pending);
    t.visit(x->snapshot);
    t.visit_buffer(x->dec);
    t.visit_buffer(x->dec_end);
}

// CHECK_ATTACHED of textio.c.
static bool textio_check_attached(TextIOObject* t) {
    if (t->ok && !t->detached) return true;
    raise(exc::ValueError, t->detached ? "underlying buffer has been detached"
                                       : "I/O operation on uninitialized object");
    return false;
}
// buffer.closed: 1, 0, or -1 on error.
static int textio_buffer_closed(TextIOObject* t) {
    Value closed = get_attr_cstr(t->buffer, "closed");
    return closed ? truthy(closed) : -1;
}
// CHECK_ATTACHED, then CHECK_CLOSED: buffer.closed.
static bool textio_check(TextIOObject* t) {
    if (!textio_check_attached(t)) return false;
    int tc = textio_buffer_closed(t);
    if (tc < 0) return false;
    if (tc) {
        raise(exc::ValueError, "I/O operation on closed file.");
        return false;
    }
    return true;
}

static void textio_clear_decoded(TextIOObject* t) {
    t->dec = t->dec_end = nullptr;
    t->dec_len = t->dec_used = 0;
    t->snapshot = Value();
}
// Forgets everything read ahead (after a seek or a write).
static void textio_reset_decoder(TextIOObject* t) {
    textio_clear_decoded(t);
    t->pending = Value();
}

// Decodes [in] (see io_decode_bytes); with universal newlines a final '\r'
// also waits for the next chunk (it may be half of "\r\n"), and the line
// endings are counted and translated. Returns the number of bytes decoded,
// or -1 with the exception set.
static int64_t textio_decode(TextIOObject* t, std::string_view in, bool final,
                             std::vector<uint32_t>& cps, std::vector<uint32_t>& ends) {
    int64_t used = io_decode_bytes(t->codec, t->encoding, t->errors, in, final, cps, ends);
    if (used < 0) return used;
    if (!final && t->readuniversal && !cps.empty() && cps.back() == '\r') {
        cps.pop_back();
        ends.pop_back();
        used = ends.empty() ? 0 : ends.back();
    }
    if (t->readuniversal) io_scan_newlines(cps, &t->seennl, t->readtranslate, &ends);
    return used;
}

// Reads and decodes the next chunk of the buffer: 1 when more may come, 0
// at the end of the file, -1 on error.
static int textio_read_chunk(TextIOObject* t) {
    Value size = make_int(t->chunk_size);
    Value input = io_call(t->buffer, t->has_read1 ? "read1" : "read", &size, 1);
    if (!input) return -1;
    if (!is_bytes(input) && !is_bytearray(input)) {
        raise(exc::TypeError, "underlying %s() should have returned a bytes-like object, not '%s'",
              t->has_read1 ? "read1" : "read", type_name(input));
        return -1;
    }
    std::string data(t->pending ? bytes_view(t->pending) : std::string_view());
    bool eof = bytes_view(input).empty();
    data += bytes_view(input);
    std::vector<uint32_t> cps, ends;
    int64_t used = textio_decode(t, data, eof, cps, ends);
    if (used < 0) return -1;
    Value snapshot = make_bytes(data);
    Value pending = static_cast<size_t>(used) < data.size()
                        ? make_bytes(std::string_view(data).substr(static_cast<size_t>(used)))
                        : Value();
    uint32_t* dec = io_grow_cps(nullptr, 0, cps.size());
    uint32_t* dec_end = io_grow_cps(nullptr, 0, ends.size());
    if (!snapshot || !dec || !dec_end) return -1;
    // (memcpy from an empty vector's null data is undefined, even for 0 bytes)
    if (!cps.empty()) std::memcpy(dec, cps.data(), cps.size() * sizeof(uint32_t));
    if (!ends.empty()) std::memcpy(dec_end, ends.data(), ends.size() * sizeof(uint32_t));
    t->snapshot = snapshot;
    t->pending = pending;
    t->dec = dec;
    t->dec_end = dec_end;
    t->dec_len = cps.size();
    t->dec_used = 0;
    return eof && cps.empty() ? 0 : 1;
}

// Moves up to [n] decoded characters to [out].
static void textio_take(TextIOObject* t, size_t n, std::vector<uint32_t>& out) {
    size_t avail = t->dec_len - t->dec_used;
    if (n > avail) n = avail;
    out.insert(out.end(), t->dec + t->dec_used, t->dec + t->dec_used + n);
    t->dec_used += n;
}

static Value textio_new(Type* type, const Value*, size_t, Value) {
    Object* o = io_alloc(type, sizeof(TextIOObject));
    return o ? Value(o) : Value();
}

// Sets the newline handling from a checked newline argument (null: None).
static void textio_set_newline(TextIOObject* t, Value newline) {
    t->readnl = newline;
    t->readuniversal = !newline || str_view(newline).empty();
    t->readtranslate = !newline;
    t->writenl[0] = '\0';
    if (newline && str_view(newline).substr(0, 1) == "\r")
        std::strcpy(t->writenl, std::string(str_view(newline)).c_str());
}

// An optional str argument: null for None or not given.
static bool textio_str_arg(Value v, const char* fname, const char* name, Value* out) {
    *out = Value();
    if (!v || is_none(v)) return true;
    if (!is_str(v)) {
        raise(exc::TypeError, "%s() argument '%s' must be str or None, not %s", fname, name,
              type_name(v));
        return false;
    }
    *out = v;
    return true;
}
// The codec of [encoding] ("locale" is uopy's: UTF-8).
static bool textio_lookup(Value* encoding, Codec* codec) {
    if (str_view(*encoding) == "locale") *encoding = intern("UTF-8");
    *codec = codec_lookup(str_view(*encoding));
    if (*codec != Codec::Unknown) return true;
    raise(exc::LookupError, "unknown encoding: %s", std::string(str_view(*encoding)).c_str());
    return false;
}

// TextIOWrapper(buffer, encoding=None, errors=None, newline=None,
//               line_buffering=False, write_through=False)
static int textio_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig(
        "TextIOWrapper", "buffer, encoding=, errors=, newline=, line_buffering=, write_through=");
    Value a[6];
    if (!sig.bind(args, nargs, kwnames, a)) return -1;
    TextIOObject* t = TIO(self);
    t->ok = false;
    t->detached = false;
    Value encoding, errors, newline;
    if (!textio_str_arg(a[1], "TextIOWrapper", "encoding", &encoding) ||
        !textio_str_arg(a[2], "TextIOWrapper", "errors", &errors) ||
        !textio_str_arg(a[3], "TextIOWrapper", "newline", &newline) ||
        !io_check_newline(newline, "TextIOWrapper() argument 'newline'", false))
        return -1;
    bool flags[2] = {false, false};
    for (int k = 0; k < 2; k++)
        if (a[4 + k]) {
            int v = truthy(a[4 + k]);
            if (v < 0) return -1;
            flags[k] = v != 0;
        }
    if (!encoding) encoding = intern("locale");
    Codec codec;
    if (!textio_lookup(&encoding, &codec)) return -1;
    Value buffer = a[0];
    int readable = io_call_bool(buffer, "readable");
    int writable = readable < 0 ? -1 : io_call_bool(buffer, "writable");
    int seekable = writable < 0 ? -1 : io_call_bool(buffer, "seekable");
    if (seekable < 0) return -1;
    Value read1 = get_attr_optional(buffer, intern("read1"));
    if (!read1 && err_occurred()) return -1;
    t->buffer = buffer;
    t->encoding = encoding;
    t->errors = errors ? errors : intern("strict");
    t->codec = codec;
    textio_set_newline(t, newline);
    textio_reset_decoder(t);
    t->seennl = 0;
    t->chunk_size = 8192;
    t->line_buffering = flags[0];
    t->write_through = flags[1];
    t->readable = readable;
    t->writable = writable;
    t->seekable = t->telling = seekable;
    t->has_read1 = read1.raw() != 0;
    t->iobase_closed = false;
    t->ok = true;
    return 0;
}

static Value textio_read(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("read", nargs, 0, 1)) return Value();
    TextIOObject* t = TIO(self);
    int64_t n = -1;
    if (nargs && !io_size_arg(args[0], &n)) return Value();
    if (!textio_check(t)) return Value();
    if (!t->readable) return io_unsupported("not readable");
    std::vector<uint32_t> out;
    if (n < 0) {
        // Everything: what is decoded, then the rest of the buffer at once.
        Value bytes = io_call(t->buffer, "read");
        if (!bytes) return bytes;
        if (!is_bytes(bytes) && !is_bytearray(bytes))
            return raise(exc::TypeError,
                         "underlying read() should have returned a bytes object, not '%s'",
                         type_name(bytes));
        std::string data(t->pending ? bytes_view(t->pending) : std::string_view());
        data += bytes_view(bytes);
        std::vector<uint32_t> rest, ends;
        if (textio_decode(t, data, true, rest, ends) < 0) return Value();
        textio_take(t, t->dec_len, out);
        out.insert(out.end(), rest.begin(), rest.end());
        textio_reset_decoder(t);
        return io_cps_to_str(out.data(), out.size());
    }
    size_t want = static_cast<size_t>(n);
    textio_take(t, want, out);
    while (out.size() < want) {
        int r = textio_read_chunk(t);
        if (r < 0) return Value();
        if (r == 0) break;
        textio_take(t, want - out.size(), out);
    }
    return io_cps_to_str(out.data(), out.size());
}

// readline(limit): as CPython's _textiowrapper_readline. Characters that may
// start a line ending ([rem], for a newline of "\r\n") are carried over to
// the next chunk.
static Value textio_readline_impl(TextIOObject* t, int64_t limit) {
    IoLineMode mode;
    mode.translated = t->readtranslate;
    mode.universal = t->readuniversal;
    if (t->readnl) {
        std::vector<uint32_t> nl;
        io_str_to_cps(t->readnl, nl);
        mode.readnl.assign(nl.begin(), nl.end());
    }
    std::vector<uint32_t> line, rem, work;
    for (;;) {
        bool eof = false;
        while (t->dec_used >= t->dec_len) {
            int r = textio_read_chunk(t);
            if (r < 0) return Value();
            if (r == 0) {
                eof = true;
                break;
            }
        }
        if (eof) {
            line.insert(line.end(), rem.begin(), rem.end());
            textio_clear_decoded(t);
            break;
        }
        const uint32_t* p = t->dec + t->dec_used;
        size_t n = t->dec_len - t->dec_used, off = rem.size();
        if (off) {
            work = rem;
            work.insert(work.end(), p, p + n);
            p = work.data();
            n = work.size();
            rem.clear();
        }
        bool found;
        size_t end = io_find_line_end(mode, p, n, &found);
        if (limit >= 0 && line.size() + end >= static_cast<size_t>(limit)) {
            end = static_cast<size_t>(limit) - line.size();
            found = true;
        }
        if (found) {
            line.insert(line.end(), p, p + end);
            t->dec_used += end > off ? end - off : 0;
            break;
        }
        line.insert(line.end(), p, p + end);
        rem.assign(p + end, p + n);
        t->dec_used = t->dec_len;
    }
    return io_cps_to_str(line.data(), line.size());
}

static Value textio_readline(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("readline", nargs, 0, 1)) return Value();
    TextIOObject* t = TIO(self);
    int64_t limit = -1;
    if (nargs && !io_size_arg(args[0], &limit)) return Value();
    if (!textio_check(t)) return Value();
    if (!t->readable) return io_unsupported("not readable");
    return textio_readline_impl(t, limit);
}

// __next__: readline(), with tell() refused until the iteration ends.
static Value textio_iternext(Value self) {
    TextIOObject* t = TIO(self);
    if (!textio_check_attached(t)) return Value();
    t->telling = false;
    Value line;
    if (type_of(self) == &TextIOWrapperType) {
        if (!textio_check(t)) return Value();
        if (!t->readable) return io_unsupported("not readable");
        line = textio_readline_impl(t, -1);
    } else {
        line = io_call(self, "readline");
        if (line && !is_str(line))
            return raise(exc::OSError, "readline() should have returned a str object, not '%s'",
                         type_name(line));
    }
    if (!line) return line;
    if (str_length(line) == 0) {
        textio_clear_decoded(t);
        t->telling = t->seekable;
        return Value();
    }
    return line;
}

static Value textio_write(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("write", nargs, 1, 1)) return Value();
    TextIOObject* t = TIO(self);
    Value text = args[0];
    if (!is_str(text))
        return raise(exc::TypeError, "write() argument must be str, not %s", type_name(text));
    if (!textio_check(t)) return Value();
    if (!t->writable) return io_unsupported("not writable");
    std::string_view s = str_view(text);
    bool haslf = s.find('\n') != std::string_view::npos;
    bool needflush = t->line_buffering && (haslf || s.find('\r') != std::string_view::npos);
    Value out = text;
    if (haslf && t->writenl[0]) {
        std::string translated;
        for (char c : s)
            if (c == '\n')
                translated += t->writenl;
            else
                translated.push_back(c);
        out = make_str(translated);
        if (!out) return out;
    }
    Value bytes = codec_encode(out, str_view(t->encoding), str_view(t->errors));
    if (!bytes) return bytes;
    // Whatever was read ahead is forgotten: the next read starts where the
    // buffer is (and, as CPython resets its decoder, `newlines` starts over).
    textio_reset_decoder(t);
    t->seennl = 0;
    if (!io_call(t->buffer, "write", &bytes, 1)) return Value();
    if (needflush && !io_call(t->buffer, "flush")) return Value();
    return make_int(static_cast<int64_t>(str_length(text)));
}

static Value textio_flush(Value self, const Value*, size_t, Value) {
    TextIOObject* t = TIO(self);
    if (!textio_check(t)) return Value();
    t->telling = t->seekable;
    return io_call(t->buffer, "flush");
}

// tell(): the byte position of the next character to read.
static Value textio_tell(Value self, const Value*, size_t, Value) {
    TextIOObject* t = TIO(self);
    if (!textio_check(t)) return Value();
    if (!t->seekable) return io_unsupported("underlying stream is not seekable");
    if (!t->telling) return raise(exc::OSError, "telling position disabled by next() call");
    if (!io_call(self, "flush")) return Value();
    Value posobj = io_call(t->buffer, "tell");
    if (!posobj || !t->snapshot) return posobj;
    int64_t pos;
    if (!int_as_int64(posobj, &pos)) return Value();
    // The buffer is just after the snapshot's bytes.
    std::string_view snap = bytes_view(t->snapshot);
    int64_t start = pos - static_cast<int64_t>(snap.size());
    size_t offset = t->dec_used ? t->dec_end[t->dec_used - 1] : 0;
    if (start == 0 && t->readuniversal) {
        // CPython's tell() runs its decoder again from a reset state over a
        // chunk that starts the stream, so that `newlines` then reports only
        // the line endings before the position: so does this.
        std::vector<uint32_t> cps, ends;
        if (io_decode_bytes(t->codec, t->encoding, t->errors, snap.substr(0, offset), true, cps,
                            ends) < 0)
            return Value();
        t->seennl = 0;
        io_scan_newlines(cps, &t->seennl, false);
    }
    return make_int(start + static_cast<int64_t>(offset));
}

static Value textio_seek(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("seek", nargs, 1, 2)) return Value();
    TextIOObject* t = TIO(self);
    int64_t whence = 0, cookie;
    if (nargs > 1 && !int_as_int64(args[1], &whence)) return Value();
    if (!textio_check(t)) return Value();
    if (!t->seekable) return io_unsupported("underlying stream is not seekable");
    Value cookieobj = args[0];
    if (!int_as_int64(cookieobj, &cookie)) return Value();
    if (whence == SEEK_CUR) {
        if (cookie != 0) return io_unsupported("can't do nonzero cur-relative seeks");
        cookieobj = io_call(self, "tell");
        if (!cookieobj || !int_as_int64(cookieobj, &cookie)) return Value();
    } else if (whence == SEEK_END) {
        if (cookie != 0) return io_unsupported("can't do nonzero end-relative seeks");
        if (!io_call(self, "flush")) return Value();
        textio_reset_decoder(t);
        t->seennl = 0;
        Value sargs[2] = {Value::small_int(0), Value::small_int(2)};
        return io_call(t->buffer, "seek", sargs, 2);
    } else if (whence != SEEK_SET) {
        return raise(exc::ValueError, "invalid whence (%lld, should be 0, 1 or 2)",
                     static_cast<long long>(whence));
    }
    if (cookie < 0) {
        std::string r = repr_text(cookieobj);
        return raise(exc::ValueError, "negative seek position %s", r.c_str());
    }
    if (!io_call(self, "flush")) return Value();
    if (!io_call(t->buffer, "seek", &cookieobj, 1)) return Value();
    textio_reset_decoder(t);
    if (cookie == 0) t->seennl = 0;
    return cookieobj;
}

static Value textio_truncate(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("truncate", nargs, 0, 1)) return Value();
    TextIOObject* t = TIO(self);
    if (!textio_check_attached(t)) return Value();
    if (!io_call(self, "flush")) return Value();
    Value pos = nargs ? args[0] : None();
    return io_call(t->buffer, "truncate", &pos, 1);
}

// close(): self.flush(), then buffer.close(); the first error wins.
static Value textio_close(Value self, const Value*, size_t, Value) {
    TextIOObject* t = TIO(self);
    if (!textio_check_attached(t)) return Value();
    int c = textio_buffer_closed(t);
    if (c < 0) return Value();
    if (c) return None();
    Value r = io_call(self, "flush");
    Value err = r ? Value() : err_fetch();
    return io_first_error(err, io_call(t->buffer, "close"));
}

static Value textio_detach(Value self, const Value*, size_t, Value) {
    TextIOObject* t = TIO(self);
    if (!textio_check_attached(t)) return Value();
    if (!io_call(self, "flush")) return Value();
    Value buffer = t->buffer;
    t->buffer = Value();
    t->detached = true;
    textio_reset_decoder(t);
    return buffer;
}

// reconfigure(*, encoding=None, errors=None, newline=None,
//             line_buffering=None, write_through=None)
static Value textio_reconfigure(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig(
        "reconfigure", "*, encoding=, errors=, newline=, line_buffering=, write_through=");
    if (nargs) return raise(exc::TypeError, "reconfigure() takes no positional arguments");
    Value a[5];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    TextIOObject* t = TIO(self);
    Value encoding, errors, newline;
    if (!textio_str_arg(a[0], "reconfigure", "encoding", &encoding) ||
        !textio_str_arg(a[1], "reconfigure", "errors", &errors))
        return Value();
    bool set_newline = a[2] != Value();
    if (set_newline && (!textio_str_arg(a[2], "reconfigure", "newline", &newline) ||
                        !io_check_newline(newline, "reconfigure() argument 'newline'", false)))
        return Value();
    if (t->dec && (encoding || errors || set_newline))
        return io_unsupported("It is not possible to set the encoding or newline of stream "
                              "after the first read");
    int flags[2] = {-1, -1};
    for (int k = 0; k < 2; k++)
        if (a[3 + k] && !is_none(a[3 + k]) && (flags[k] = truthy(a[3 + k])) < 0) return Value();
    Codec codec = t->codec;
    if (encoding) {
        if (!textio_lookup(&encoding, &codec)) return Value();
        if (!errors) errors = intern("strict");
    }
    if (!io_call(self, "flush")) return Value();
    if (encoding) {
        t->encoding = encoding;
        t->codec = codec;
    }
    if (errors) t->errors = errors;
    if (set_newline) textio_set_newline(t, newline);
    if (flags[0] >= 0) t->line_buffering = flags[0];
    if (flags[1] >= 0) t->write_through = flags[1];
    return None();
}

#define TEXTIO_FORWARD(fn, name)                                                                   \
    static Value fn(Value self, const Value*, size_t, Value) {                                     \
        TextIOObject* t = TIO(self);                                                               \
        return textio_check_attached(t) ? io_call(t->buffer, name) : Value();                      \
    }
TEXTIO_FORWARD(textio_fileno, "fileno")
TEXTIO_FORWARD(textio_isatty, "isatty")
TEXTIO_FORWARD(textio_seekable, "seekable")
TEXTIO_FORWARD(textio_readable, "readable")
TEXTIO_FORWARD(textio_writable, "writable")
#undef TEXTIO_FORWARD

static Value textio_buffer_attr(Value self, const char* name) {
    TextIOObject* t = TIO(self);
    return textio_check_attached(t) ? get_attr_cstr(t->buffer, name) : Value();
}
static Value textio_get_closed(Value self) {
    return textio_buffer_attr(self, "closed");
}
static Value textio_get_name(Value self) {
    return textio_buffer_attr(self, "name");
}
static Value textio_get_buffer(Value self) {
    Value b = TIO(self)->buffer;
    return b ? b : None(); // None once detached
}
static Value textio_get_encoding(Value self) {
    Value e = TIO(self)->encoding;
    return e ? e : None();
}
static Value textio_get_errors(Value self) {
    Value e = TIO(self)->errors;
    return e ? e : None();
}
static Value textio_get_line_buffering(Value self) {
    return Bool(TIO(self)->line_buffering);
}
static Value textio_get_write_through(Value self) {
    return Bool(TIO(self)->write_through);
}
static Value textio_get_newlines(Value self) {
    TextIOObject* t = TIO(self);
    if (!textio_check_attached(t)) return Value();
    return t->readable && t->readuniversal ? io_newlines_value(t->seennl) : None();
}
static Value textio_get_chunk_size(Value self) {
    TextIOObject* t = TIO(self);
    return textio_check_attached(t) ? make_int(t->chunk_size) : Value();
}
static int textio_set_chunk_size(Value self, Value v) {
    TextIOObject* t = TIO(self);
    if (!textio_check_attached(t)) return -1;
    if (!v) return io_failed(raise(exc::AttributeError, "cannot delete attribute"));
    int64_t n;
    if (!int_as_int64(v, &n)) return -1;
    if (n <= 0) return io_failed(raise(exc::ValueError, "a strictly positive integer is required"));
    t->chunk_size = n;
    return 0;
}

static Value textio_repr(Value self) {
    bool bad = false;
    std::string s = "<_io.TextIOWrapper";
    Value name = io_repr_attr(self, "name", &bad);
    if (bad) return Value();
    if (name) s += " name=" + std::string(str_view(name));
    Value mode = io_repr_attr(self, "mode", &bad);
    if (bad) return Value();
    if (mode) s += " mode=" + std::string(str_view(mode));
    Value enc = io_repr_attr(self, "encoding", &bad);
    if (bad) return Value();
    if (enc) s += " encoding=" + std::string(str_view(enc));
    return make_str(s + ">");
}

static const NativeMethodDef textio_methods[] = {
    {"read", textio_read, 0, nullptr},
    {"readline", textio_readline, 0, nullptr},
    {"write", textio_write, 0, nullptr},
    {"flush", textio_flush, NATIVE_NOARGS, nullptr},
    {"close", textio_close, NATIVE_NOARGS, nullptr},
    {"tell", textio_tell, NATIVE_NOARGS, nullptr},
    {"seek", textio_seek, 0, nullptr},
    {"truncate", textio_truncate, 0, nullptr},
    {"detach", textio_detach, NATIVE_NOARGS, nullptr},
    {"reconfigure", textio_reconfigure, NATIVE_KEYWORDS, nullptr},
    {"fileno", textio_fileno, NATIVE_NOARGS, nullptr},
    {"isatty", textio_isatty, NATIVE_NOARGS, nullptr},
    {"seekable", textio_seekable, NATIVE_NOARGS, nullptr},
    {"readable", textio_readable, NATIVE_NOARGS, nullptr},
    {"writable", textio_writable, NATIVE_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static const GetSetDef textio_getsets[] = {
    {"closed", textio_get_closed, nullptr, nullptr},
    {"name", textio_get_name, nullptr, nullptr},
    {"buffer", textio_get_buffer, nullptr, nullptr},
    {"encoding", textio_get_encoding, nullptr, nullptr},
    {"errors", textio_get_errors, nullptr, nullptr},
    {"line_buffering", textio_get_line_buffering, nullptr, nullptr},
    {"write_through", textio_get_write_through, nullptr, nullptr},
    {"newlines", textio_get_newlines, nullptr, nullptr},
    {"_CHUNK_SIZE", textio_get_chunk_size, textio_set_chunk_size, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- IncrementalNewlineDecoder ------------------------------------------------------------------

struct NLDecoderObject : IOBaseObject {
    Value decoder; // None, or the decoder whose output is translated
    Value errors;
    int seennl;
    bool pendingcr; // a '\r' ended the last output: it waits for a possible '\n'
    bool translate;
    bool ok;
};

static NLDecoderObject* NLD(Value v) {
    return static_cast<NLDecoderObject*>(v.as_ptr());
}
static void nldecoder_trace(Object* o, Tracer& t) {
    iobase_trace(o, t);
    t.visit(static_cast<NLDecoderObject*>(o)->decoder);
    t.visit(static_cast<NLDecoderObject*>(o)->errors);
}
static bool nldecoder_check(NLDecoderObject* d) {
    if (d->ok) return true;
    raise(exc::ValueError, "IncrementalNewlineDecoder.__init__() not called");
    return false;
}
static Value nldecoder_new(Type* type, const Value*, size_t, Value) {
    Object* o = io_alloc(type, sizeof(NLDecoderObject));
    return o ? Value(o) : Value();
}

// IncrementalNewlineDecoder(decoder, translate, errors='strict')
static int nldecoder_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("IncrementalNewlineDecoder", "decoder, translate, errors=");
    Value a[3];
    if (!sig.bind(args, nargs, kwnames, a)) return -1;
    int translate = truthy(a[1]);
    if (translate < 0) return -1;
    NLDecoderObject* d = NLD(self);
    d->decoder = a[0];
    d->errors = a[2] ? a[2] : intern("strict");
    d->translate = translate != 0;
    d->seennl = 0;
    d->pendingcr = false;
    d->ok = true;
    return 0;
}

// decode(input, final=False)
static Value nldecoder_decode(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("decode", "input, final=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    NLDecoderObject* d = NLD(self);
    if (!nldecoder_check(d)) return Value();
    int final = a[1] ? truthy(a[1]) : 0;
    if (final < 0) return Value();
    Value output = a[0];
    if (!is_none(d->decoder)) {
        Value dargs[2] = {a[0], Bool(final)};
        output = io_call(d->decoder, "decode", dargs, 2);
        if (!output) return output;
    }
    if (!is_str(output))
        return raise(exc::TypeError, "decoder should return a string result, not '%s'",
                     type_name(output));
    std::vector<uint32_t> cps;
    io_str_to_cps(output, cps);
    if (d->pendingcr && (final || !cps.empty())) {
        cps.insert(cps.begin(), '\r');
        d->pendingcr = false;
    }
    // A final '\r' may be the first half of "\r\n": it waits for more input.
    if (!final && !cps.empty() && cps.back() == '\r') {
        cps.pop_back();
        d->pendingcr = true;
    }
    io_scan_newlines(cps, &d->seennl, d->translate);
    return io_cps_to_str(cps.data(), cps.size());
}

// getstate(): (buffered input, flag), with the pending '\r' as the flag's low bit.
static Value nldecoder_getstate(Value self, const Value*, size_t, Value) {
    NLDecoderObject* d = NLD(self);
    if (!nldecoder_check(d)) return Value();
    Value buffer = make_bytes("");
    int64_t flag = 0;
    if (!is_none(d->decoder)) {
        Value state = io_call(d->decoder, "getstate");
        if (!state) return state;
        if (!is_tuple(state) || tuple_size(state) != 2)
            return raise(exc::TypeError, "illegal decoder state");
        buffer = tuple_get(state, 0);
        if (!int_as_int64(tuple_get(state, 1), &flag)) return Value();
        flag <<= 1;
    }
    if (d->pendingcr) flag |= 1;
    return tuple_pack({buffer, make_int(flag)});
}

static Value nldecoder_setstate(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("setstate", nargs, 1, 1)) return Value();
    NLDecoderObject* d = NLD(self);
    if (!nldecoder_check(d)) return Value();
    Value state = args[0];
    if (!is_tuple(state)) return raise(exc::TypeError, "state argument must be a tuple");
    if (tuple_size(state) != 2) return raise(exc::TypeError, "illegal decoder state");
    int64_t flag;
    if (!int_as_int64(tuple_get(state, 1), &flag)) return Value();
    d->pendingcr = (flag & 1) != 0;
    if (is_none(d->decoder)) return None();
    Value inner = tuple_pack({tuple_get(state, 0), make_int(flag >> 1)});
    return inner ? io_call(d->decoder, "setstate", &inner, 1) : inner;
}

static Value nldecoder_reset(Value self, const Value*, size_t, Value) {
    NLDecoderObject* d = NLD(self);
    if (!nldecoder_check(d)) return Value();
    d->seennl = 0;
    d->pendingcr = false;
    return is_none(d->decoder) ? None() : io_call(d->decoder, "reset");
}

static Value nldecoder_get_newlines(Value self) {
    NLDecoderObject* d = NLD(self);
    return nldecoder_check(d) ? io_newlines_value(d->seennl) : Value();
}

static const NativeMethodDef nldecoder_methods[] = {
    {"decode", nldecoder_decode, NATIVE_KEYWORDS, nullptr},
    {"getstate", nldecoder_getstate, NATIVE_NOARGS, nullptr},
    {"setstate", nldecoder_setstate, 0, nullptr},
    {"reset", nldecoder_reset, NATIVE_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static const GetSetDef nldecoder_getsets[] = {
    {"newlines", nldecoder_get_newlines, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- Types ------------------------------------------------------------------------------------

void io_init_text_types() {
    TextIOWrapperType.repr = textio_repr;
    TextIOWrapperType.iternext = textio_iternext;
    io_ready_type(&TextIOWrapperType, "_io.TextIOWrapper", &TextIOBaseType, sizeof(TextIOObject),
                  textio_trace, textio_new, textio_init, textio_methods, textio_getsets);

    io_ready_type(&IncrementalNewlineDecoderType, "_io.IncrementalNewlineDecoder", &ObjectType,
                  sizeof(NLDecoderObject), nldecoder_trace, nldecoder_new, nldecoder_init,
                  nldecoder_methods, nldecoder_getsets);
}

} // namespace uopy
