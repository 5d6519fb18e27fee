// The text layer of the `_io` module: TextIOWrapper and
// IncrementalNewlineDecoder. CPython counterpart: Modules/_io/textio.c.
//
// TextIOWrapper has two ways to decode. UTF-8, Latin-1 and ASCII, the
// stateless codecs uopy knows, it decodes itself, recording for each
// decoded character the byte offset where it ends. A chunk never ends
// inside a character, nor (for universal newlines) just after a '\r',
// which waits for the next chunk; so tell() is the byte position of the
// next character, and seek() takes it back.
//
// Every other codec goes through the incremental encoder and decoder of
// its CodecInfo, as in CPython, with universal newlines handled by the
// steps of IncrementalNewlineDecoder run inline. tell() then returns
// CPython's cookie (its layout: the byte position of a point where the
// decoder had nothing buffered, the decoder flags there, how many bytes to
// feed from there, whether to finish the decoder, how many characters to
// skip), found by replaying the decoder from the last snapshot point; and
// seek() replays it forward.
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
#include <climits>
#include <cstring>

namespace uopy {

// -- TextIOWrapper ------------------------------------------------------------------------------

struct TextIOObject : IOBaseObject {
    Value buffer;   // the binary stream; null once detached
    Value encoding; // str, as given (or "UTF-8" for the locale's)
    Value errors;   // str
    Value readnl;   // the newline argument, null for None
    Value encoder;  // other codecs: the incremental encoder (null when not writable)
    Value decoder;  // other codecs: the incremental decoder (null when not readable)
    Value
        pending; // native codecs: bytes read but not decoded yet (a partial character, a held '\r')
    // The input decoded into [dec]: native codecs, from [pending] on; other
    // codecs, from a point where the decoder state was (b"", snap_flags).
    // Null when there is none (other codecs: tell() is the buffer's).
    Value snapshot;
    uint32_t* dec;     // characters decoded from [snapshot] (GC buffer), null when none
    uint32_t* dec_end; // native codecs: for each, the byte offset in [snapshot] where it ends
    size_t dec_len, dec_used;
    int64_t chunk_size;
    int64_t snap_flags; // other codecs: the decoder flags at the snapshot point
    double b2cratio;    // bytes per character of the last chunk: tell()'s first guess
    Codec codec;        // Codec::Unknown: through [encoder] and [decoder]
    int seennl;         // IO_SEEN_* bits, with universal newlines
    char writenl[3];    // what "\n" becomes on output ("\r", "\r\n"), "" for itself
    bool ok, detached;
    bool readable, writable, seekable;
    bool telling; // false while iterating (tell() is refused, as in CPython)
    bool has_read1;
    bool readuniversal, readtranslate;
    bool pendingcr; // other codecs, universal newlines: a '\r' ended the last output and waits
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
    t.visit(x->encoder);
    t.visit(x->decoder);
    t.visit(x->pending);
    t.visit(x->snapshot);
    t.visit_buffer(x->dec);
    t.visit_buffer(x->dec_end);
}

static bool textio_native(const TextIOObject* t) {
    return t->codec != Codec::Unknown;
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
// Makes [cps] (and, for native codecs, [ends]) the decoded characters.
static bool textio_set_decoded(TextIOObject* t, const std::vector<uint32_t>& cps,
                               const std::vector<uint32_t>* ends) {
    uint32_t* dec = io_grow_cps(nullptr, 0, cps.size());
    uint32_t* dec_end = ends ? io_grow_cps(nullptr, 0, ends->size()) : nullptr;
    if (!dec || (ends && !dec_end)) return false;
    // (memcpy from an empty vector's null data is undefined, even for 0 bytes)
    if (!cps.empty()) std::memcpy(dec, cps.data(), cps.size() * sizeof(uint32_t));
    if (ends && !ends->empty()) std::memcpy(dec_end, ends->data(), ends->size() * sizeof(uint32_t));
    t->dec = dec;
    t->dec_end = dec_end;
    t->dec_len = cps.size();
    t->dec_used = 0;
    return true;
}

// -- Codecs without a native path -----------------------------------------------------------

// decoder.decode(input, final) into [cps], followed, for universal
// newlines, by what IncrementalNewlineDecoder does to the output: a held
// '\r' goes first, a final '\r' is held (it may be half of "\r\n"), line
// endings are counted and translated.
static bool textio_codec_decode(TextIOObject* t, Value input, bool final,
                                std::vector<uint32_t>& cps) {
    Value args[2] = {input, Bool(final)};
    Value out = io_call(t->decoder, "decode", args, 2);
    if (!out) return false;
    if (!is_str(out)) {
        raise(exc::TypeError, "decoder should return a string result, not '%s'", type_name(out));
        return false;
    }
    io_str_to_cps(out, cps);
    if (!t->readuniversal) return true;
    if (t->pendingcr && (final || !cps.empty())) {
        cps.insert(cps.begin(), '\r');
        t->pendingcr = false;
    }
    if (!final && !cps.empty() && cps.back() == '\r') {
        cps.pop_back();
        t->pendingcr = true;
    }
    io_scan_newlines(cps, &t->seennl, t->readtranslate);
    return true;
}
// The number of characters decoding [input] gives (tell()'s replays).
static int64_t textio_codec_count(TextIOObject* t, std::string_view input, bool final) {
    Value in = make_bytes(input);
    std::vector<uint32_t> cps;
    if (!in || !textio_codec_decode(t, in, final, cps)) return -1;
    return static_cast<int64_t>(cps.size());
}

// decoder.getstate() as (buffered input, flags); with universal newlines
// the flags carry the held '\r' in their low bit, as the state of an
// IncrementalNewlineDecoder does.
static bool textio_codec_getstate(TextIOObject* t, Value* buffered, int64_t* flags) {
    Value state = io_call(t->decoder, "getstate");
    if (!state) return false;
    if (!is_tuple(state) || tuple_size(state) != 2) {
        raise(exc::TypeError, "illegal decoder state");
        return false;
    }
    Value b = tuple_get(state, 0);
    if (!is_bytes(b)) {
        raise(exc::TypeError,
              "illegal decoder state: the first item should be a bytes object, not '%s'",
              type_name(b));
        return false;
    }
    int64_t f;
    if (!is_int(tuple_get(state, 1))) {
        raise(exc::TypeError, "illegal decoder state");
        return false;
    }
    if (!int_as_int64(tuple_get(state, 1), &f)) return false;
    if (t->readuniversal) f = f * 2 + (t->pendingcr ? 1 : 0);
    *buffered = b;
    *flags = f;
    return true;
}
static bool textio_codec_setstate(TextIOObject* t, Value buffered, int64_t flags) {
    if (t->readuniversal) {
        t->pendingcr = (flags & 1) != 0;
        flags >>= 1;
    }
    Value state = tuple_pack({buffered, make_int(flags)});
    return state && io_call(t->decoder, "setstate", &state, 1);
}

// The decoder starts over, and (as a new IncrementalNewlineDecoder's) the
// count of the newlines seen.
static bool textio_codec_reset(TextIOObject* t) {
    t->pendingcr = false;
    t->seennl = 0;
    return !t->decoder || io_call(t->decoder, "reset");
}

// Decoding starts over where the buffer is: what was decoded or read ahead
// is dropped, and the decoder reset.
static bool textio_reset_decoder(TextIOObject* t) {
    textio_clear_decoded(t);
    t->pending = Value();
    return textio_codec_reset(t);
}

// At the start of the stream the encoder starts over (a BOM comes first);
// elsewhere it is told that it is not at the start.
static bool textio_reset_encoder(TextIOObject* t, bool start_of_stream) {
    if (!t->encoder) return true;
    if (start_of_stream) return !io_call(t->encoder, "reset").is_null();
    Value zero = Value::small_int(0);
    return !io_call(t->encoder, "setstate", &zero, 1).is_null();
}

// -- Cookies ----------------------------------------------------------------------------------

// What tell() returns for a codec with state. Packed into an int as
// CPython packs it (its cookie_type, little-endian): the position in 8
// bytes, then the flags, the bytes to feed and the characters to skip in 4
// each, then the EOF flag in 1; a plain byte position is the same int.
struct TextCookie {
    int64_t start_pos = 0;
    int32_t dec_flags = 0;
    int32_t bytes_to_feed = 0;
    int32_t chars_to_skip = 0;
    bool need_eof = false;
};
constexpr size_t kCookieBytes = 8 + 3 * 4 + 1;

static Value textio_build_cookie(const TextCookie& c) {
    unsigned char buf[kCookieBytes];
    std::memcpy(buf, &c.start_pos, 8);
    std::memcpy(buf + 8, &c.dec_flags, 4);
    std::memcpy(buf + 12, &c.bytes_to_feed, 4);
    std::memcpy(buf + 16, &c.chars_to_skip, 4);
    buf[20] = c.need_eof ? 1 : 0;
    static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "the cookie's fields are copied");
    mpz_t z;
    mpz_init(z);
    mpz_import(z, kCookieBytes, -1, 1, 0, 0, buf);
    return make_int_steal_mpz(z);
}

// A seek() argument (a non-negative int) back into its fields:
// OverflowError "int too big to convert" when it has too many bits.
static bool textio_parse_cookie(Value v, TextCookie* c) {
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    if (mpz_sizeinbase(z, 256) > kCookieBytes) {
        mpz_clear(z);
        raise(exc::OverflowError, "int too big to convert");
        return false;
    }
    unsigned char buf[kCookieBytes] = {};
    size_t n = 0;
    mpz_export(buf, &n, -1, 1, 0, 0, z);
    mpz_clear(z);
    std::memcpy(&c->start_pos, buf, 8);
    std::memcpy(&c->dec_flags, buf + 8, 4);
    std::memcpy(&c->bytes_to_feed, buf + 12, 4);
    std::memcpy(&c->chars_to_skip, buf + 16, 4);
    c->need_eof = buf[20] != 0;
    return true;
}

// The decoder as at a cookie's start point (CPython's
// _textiowrapper_decoder_setstate): at the start of the stream it is reset
// instead, since some decoders (UTF-16) start in a state of their own.
static bool textio_decoder_at_cookie(TextIOObject* t, const TextCookie& c) {
    if (c.start_pos == 0 && c.dec_flags == 0) return textio_codec_reset(t);
    Value empty = make_bytes("");
    return empty && textio_codec_setstate(t, empty, c.dec_flags);
}

// -- Decoding chunks ----------------------------------------------------------------------------

// Native codecs: decodes [in] (see io_decode_bytes); with universal
// newlines a final '\r' also waits for the next chunk (it may be half of
// "\r\n"), and the line endings are counted and translated. Returns the
// number of bytes decoded, or -1 with the exception set.
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

// Native codecs: decodes [data] (pending bytes, then new input) into the
// decoded characters, keeping what is left undecoded as the pending bytes.
static bool textio_decode_native(TextIOObject* t, Value data, bool final) {
    std::vector<uint32_t> cps, ends;
    std::string_view d = bytes_view(data);
    int64_t used = textio_decode(t, d, final, cps, ends);
    if (used < 0) return false;
    Value pending = static_cast<size_t>(used) < d.size()
                        ? make_bytes(d.substr(static_cast<size_t>(used)))
                        : Value();
    if (static_cast<size_t>(used) < d.size() && !pending) return false;
    if (!textio_set_decoded(t, cps, &ends)) return false;
    t->snapshot = data;
    t->pending = pending;
    return true;
}

// buffer.read1(size) (buffer.read(size) when [read1] is false or the
// buffer has none), checked to be bytes-like, as bytes. Null on error.
static Value textio_read_input(TextIOObject* t, int64_t size, bool read1) {
    read1 = read1 && t->has_read1;
    Value n = make_int(size);
    Value input = io_call(t->buffer, read1 ? "read1" : "read", &n, 1);
    if (!input) return input;
    if (!is_bytes(input) && !is_bytearray(input))
        return raise(exc::TypeError,
                     "underlying %s() should have returned a bytes-like object, not '%s'",
                     read1 ? "read1" : "read", type_name(input));
    return is_bytes(input) ? input : make_bytes(bytes_view(input));
}

// Reads and decodes the next chunk of the buffer, of _CHUNK_SIZE bytes or
// (a read() of [size_hint] characters) more: 1 when more may come, 0 at
// the end of the file, -1 on error.
static int textio_read_chunk(TextIOObject* t, int64_t size_hint) {
    int64_t size = t->chunk_size;
    if (size_hint > 0)
        size = std::max(size, static_cast<int64_t>(std::max(t->b2cratio, 1.0) *
                                                   static_cast<double>(size_hint)));
    if (textio_native(t)) {
        Value input = textio_read_input(t, size, true);
        if (!input) return -1;
        size_t nbytes = bytes_view(input).size();
        bool eof = nbytes == 0;
        Value data = input;
        if (t->pending) {
            std::string joined(bytes_view(t->pending));
            joined += bytes_view(input);
            data = make_bytes(joined);
            if (!data) return -1;
        }
        if (!textio_decode_native(t, data, eof)) return -1;
        t->b2cratio =
            t->dec_len ? static_cast<double>(nbytes) / static_cast<double>(t->dec_len) : 0.0;
        return eof && t->dec_len == 0 ? 0 : 1;
    }
    // The snapshot point: the decoder state before this chunk, with the
    // bytes it had buffered put back in front of the input.
    Value buffered;
    int64_t flags = 0;
    if (t->telling && !textio_codec_getstate(t, &buffered, &flags)) return -1;
    Value input = textio_read_input(t, size, true);
    if (!input) return -1;
    size_t nbytes = bytes_view(input).size();
    bool eof = nbytes == 0;
    std::vector<uint32_t> cps;
    if (!textio_codec_decode(t, input, eof, cps) || !textio_set_decoded(t, cps, nullptr)) return -1;
    t->b2cratio = cps.empty() ? 0.0 : static_cast<double>(nbytes) / static_cast<double>(cps.size());
    if (t->telling) {
        std::string next(bytes_view(buffered));
        next += bytes_view(input);
        t->snapshot = make_bytes(next);
        if (!t->snapshot) return -1;
        t->snap_flags = flags;
    } else {
        t->snapshot = Value();
    }
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
// The codec of [encoding] ("locale" is uopy's: UTF-8): a native one, or
// else the CodecInfo of a text encoding in [*info].
static bool textio_lookup(Value* encoding, Codec* codec, Value* info) {
    if (str_view(*encoding) == "locale") *encoding = intern("UTF-8");
    *codec = codec_lookup(str_view(*encoding));
    *info = Value();
    if (*codec != Codec::Unknown) return true;
    *info = codec_lookup_text(str_view(*encoding), "codecs.open()");
    return info->raw() != 0;
}

// Sets up the encoding: the codec, then (other codecs) the incremental
// decoder when the buffer is readable and the encoder when it is writable,
// and (CPython's _textiowrapper_fix_encoder_state) an encoder that does
// not start the stream when the buffer is not at its start: no BOM in the
// middle of a file.
static bool textio_set_encoding(TextIOObject* t, Value encoding, Codec codec, Value info,
                                Value errors) {
    Value decoder, encoder;
    if (info && t->readable) {
        Value make = get_attr_cstr(info, "incrementaldecoder");
        decoder = make ? call1(make, errors) : make;
        if (!decoder) return false;
    }
    if (info && t->writable) {
        Value make = get_attr_cstr(info, "incrementalencoder");
        encoder = make ? call1(make, errors) : make;
        if (!encoder) return false;
    }
    t->encoding = encoding;
    t->errors = errors;
    t->codec = codec;
    t->decoder = decoder;
    t->encoder = encoder;
    t->seennl = 0;
    t->pendingcr = false;
    if (t->seekable && encoder) {
        Value pos = io_call(t->buffer, "tell");
        if (!pos) return false;
        int at_start = rich_compare_bool(pos, Value::small_int(0), CMP_EQ);
        if (at_start < 0 || !textio_reset_encoder(t, at_start != 0)) return false;
    }
    return true;
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
    Value info;
    if (!textio_lookup(&encoding, &codec, &info)) return -1;
    Value buffer = a[0];
    int readable = io_call_bool(buffer, "readable");
    int writable = readable < 0 ? -1 : io_call_bool(buffer, "writable");
    int seekable = writable < 0 ? -1 : io_call_bool(buffer, "seekable");
    if (seekable < 0) return -1;
    Value read1 = get_attr_optional(buffer, intern("read1"));
    if (!read1 && err_occurred()) return -1;
    t->buffer = buffer;
    t->readable = readable;
    t->writable = writable;
    t->seekable = t->telling = seekable;
    t->has_read1 = read1.raw() != 0;
    textio_set_newline(t, newline);
    textio_clear_decoded(t);
    t->pending = Value();
    t->chunk_size = 8192;
    t->line_buffering = flags[0];
    t->write_through = flags[1];
    if (!textio_set_encoding(t, encoding, codec, info, errors ? errors : intern("strict")))
        return -1;
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
        std::vector<uint32_t> rest;
        if (textio_native(t)) {
            std::string data(t->pending ? bytes_view(t->pending) : std::string_view());
            data += bytes_view(bytes);
            std::vector<uint32_t> ends;
            if (textio_decode(t, data, true, rest, ends) < 0) return Value();
            t->pending = Value();
        } else {
            if (!is_bytes(bytes) && !(bytes = make_bytes(bytes_view(bytes)))) return Value();
            if (!textio_codec_decode(t, bytes, true, rest)) return Value();
        }
        textio_take(t, t->dec_len, out);
        out.insert(out.end(), rest.begin(), rest.end());
        textio_clear_decoded(t);
        return io_cps_to_str(out.data(), out.size());
    }
    size_t want = static_cast<size_t>(n);
    textio_take(t, want, out);
    while (out.size() < want) {
        int r = textio_read_chunk(t, static_cast<int64_t>(want - out.size()));
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
            int r = textio_read_chunk(t, 0);
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
    Value bytes;
    if (textio_native(t)) {
        bytes = codec_encode_native(t->codec, out, str_view(t->errors));
    } else {
        bytes = io_call(t->encoder, "encode", &out, 1);
        if (bytes && !is_bytes(bytes))
            return raise(exc::TypeError, "encoder should return a bytes object, not '%s'",
                         type_name(bytes));
    }
    if (!bytes) return bytes;
    // Whatever was read ahead is forgotten: the next read starts where the
    // buffer is (and, as CPython resets its decoder, `newlines` starts over).
    if (!textio_reset_decoder(t)) return Value();
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

// tell() for native codecs: the byte position of the next character.
static Value textio_tell_native(TextIOObject* t, int64_t pos) {
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
    TextCookie cookie;
    cookie.start_pos = start + static_cast<int64_t>(offset);
    if (t->readuniversal && offset > 0 && snap[offset - 1] == '\r') {
        // Just after a lone '\r': CPython's newline decoder holds it there
        // until it sees the next character, so its cookie says "the '\r'
        // held (flag 1), then the next character's bytes fed, one character
        // skipped", or at the end of the input "finish the decoder".
        cookie.dec_flags = 1;
        cookie.chars_to_skip = 1;
        if (t->dec_used < t->dec_len)
            cookie.bytes_to_feed = static_cast<int32_t>(t->dec_end[t->dec_used] - offset);
        else
            cookie.need_eof = true;
    }
    return textio_build_cookie(cookie);
}

// tell() for other codecs (CPython's algorithm): from the snapshot point,
// where the decoder had nothing buffered, replay the decoder until it has
// given the characters read so far, noting the last point on the way where
// it again had nothing buffered. First a guess from the bytes per character
// of the chunk skips most of the way with a single decode() call.
static bool textio_find_cookie(TextIOObject* t, TextCookie* cookie) {
    std::string_view input = bytes_view(t->snapshot);
    int64_t chars_to_skip = static_cast<int64_t>(t->dec_used);
    int64_t skip_bytes = static_cast<int64_t>(t->b2cratio * static_cast<double>(chars_to_skip));
    int64_t skip_back = 1;
    Value buffered;
    int64_t flags;
    while (skip_bytes > 0) {
        if (!textio_decoder_at_cookie(t, *cookie)) return false;
        size_t take = std::min(static_cast<size_t>(skip_bytes), input.size());
        int64_t n = textio_codec_count(t, input.substr(0, take), false);
        if (n < 0) return false;
        if (n <= chars_to_skip) {
            if (!textio_codec_getstate(t, &buffered, &flags)) return false;
            if (bytes_view(buffered).empty()) {
                // Before the position, nothing buffered: a start point.
                cookie->dec_flags = static_cast<int32_t>(flags);
                chars_to_skip -= n;
                break;
            }
            skip_bytes -= static_cast<int64_t>(bytes_view(buffered).size());
            skip_back = 1;
        } else {
            skip_bytes -= skip_back; // too far: back off, faster each time
            skip_back *= 2;
        }
    }
    if (skip_bytes <= 0) {
        skip_bytes = 0;
        if (!textio_decoder_at_cookie(t, *cookie)) return false;
    }
    cookie->start_pos += skip_bytes;
    cookie->chars_to_skip = static_cast<int32_t>(chars_to_skip);
    if (chars_to_skip == 0) return true;
    // One byte at a time from there.
    int64_t chars_decoded = 0;
    size_t i = static_cast<size_t>(skip_bytes);
    for (; i < input.size(); i++) {
        int64_t n = textio_codec_count(t, input.substr(i, 1), false);
        if (n < 0) return false;
        chars_decoded += n;
        cookie->bytes_to_feed++;
        if (!textio_codec_getstate(t, &buffered, &flags)) return false;
        if (bytes_view(buffered).empty() && chars_decoded <= chars_to_skip) {
            // Nothing buffered: a safe start point, nearer.
            cookie->start_pos += cookie->bytes_to_feed;
            chars_to_skip -= chars_decoded;
            cookie->dec_flags = static_cast<int32_t>(flags);
            cookie->bytes_to_feed = 0;
            chars_decoded = 0;
        }
        if (chars_decoded >= chars_to_skip) break;
    }
    if (i == input.size()) {
        // Not enough characters: what finishing the decoder gives counts too.
        int64_t n = textio_codec_count(t, std::string_view(), true);
        if (n < 0) return false;
        chars_decoded += n;
        cookie->need_eof = true;
        if (chars_decoded < chars_to_skip) {
            raise(exc::OSError, "can't reconstruct logical file position");
            return false;
        }
    }
    cookie->chars_to_skip = static_cast<int32_t>(chars_to_skip);
    return true;
}

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
    if (textio_native(t)) return textio_tell_native(t, pos);
    if (!t->decoder) return posobj;
    TextCookie cookie;
    cookie.start_pos = pos - static_cast<int64_t>(bytes_view(t->snapshot).size());
    cookie.dec_flags = static_cast<int32_t>(t->snap_flags);
    if (t->dec_used == 0) return textio_build_cookie(cookie);
    // The replay must leave the decoder as it was.
    Value saved_buffer;
    int64_t saved_flags;
    if (!textio_codec_getstate(t, &saved_buffer, &saved_flags)) return Value();
    bool found = textio_find_cookie(t, &cookie);
    Value err = found ? Value() : err_fetch();
    if (!textio_codec_setstate(t, saved_buffer, saved_flags)) return Value();
    if (err) return raise_instance(err);
    return textio_build_cookie(cookie);
}

static Value textio_seek(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("seek", nargs, 1, 2)) return Value();
    TextIOObject* t = TIO(self);
    int64_t whence = 0;
    if (nargs > 1 && !int_as_int64(args[1], &whence)) return Value();
    if (!textio_check(t)) return Value();
    if (!t->seekable) return io_unsupported("underlying stream is not seekable");
    // The cookie is compared with 0 and converted by int(), as in CPython
    // (so seek(1.5) goes to 1 and returns 1.5).
    Value cookieobj = args[0];
    Value zero = Value::small_int(0);
    if (whence == SEEK_CUR || whence == SEEK_END) {
        int is_zero = rich_compare_bool(cookieobj, zero, CMP_EQ);
        if (is_zero < 0) return Value();
        if (!is_zero)
            return io_unsupported(whence == SEEK_CUR ? "can't do nonzero cur-relative seeks"
                                                     : "can't do nonzero end-relative seeks");
    }
    if (whence == SEEK_CUR) {
        cookieobj = io_call(self, "tell");
        if (!cookieobj) return Value();
    } else if (whence == SEEK_END) {
        if (!io_call(self, "flush") || !textio_reset_decoder(t)) return Value();
        Value sargs[2] = {Value::small_int(0), Value::small_int(2)};
        Value position = io_call(t->buffer, "seek", sargs, 2);
        if (!position) return position;
        if (t->encoder) {
            int at_start = rich_compare_bool(position, Value::small_int(0), CMP_EQ);
            if (at_start < 0 || !textio_reset_encoder(t, at_start != 0)) return Value();
        }
        return position;
    } else if (whence != SEEK_SET) {
        return raise(exc::ValueError, "invalid whence (%lld, should be 0, 1 or 2)",
                     static_cast<long long>(whence));
    }
    int negative = rich_compare_bool(cookieobj, zero, CMP_LT);
    if (negative < 0) return Value();
    if (negative) {
        std::string r = repr_text(cookieobj);
        return raise(exc::ValueError, "negative seek position %s", r.c_str());
    }
    if (!io_call(self, "flush")) return Value();
    // Back to the cookie's start point, then forward as a read would go.
    Value cookie_int = is_int(cookieobj) ? cookieobj : call1(Value(&IntType), cookieobj);
    TextCookie cookie;
    if (!cookie_int || !textio_parse_cookie(cookie_int, &cookie)) return Value();
    Value posobj = make_int(cookie.start_pos);
    if (!posobj || !io_call(t->buffer, "seek", &posobj, 1)) return Value();
    textio_clear_decoded(t);
    t->pending = Value();
    if (textio_native(t)) {
        // (A cookie's decoder flags mean nothing to these stateless codecs.)
        if (cookie.start_pos == 0 && cookie.dec_flags == 0) t->seennl = 0;
    } else if (t->decoder && !textio_decoder_at_cookie(t, cookie)) {
        return Value();
    }
    if (cookie.chars_to_skip) {
        Value input = textio_read_input(t, cookie.bytes_to_feed, false);
        if (!input) return input;
        if (textio_native(t)) {
            // A held '\r' (see textio_tell_native) goes back in front: the
            // snapshot then starts at its byte, just before the start point.
            if ((cookie.dec_flags & 1) && t->readuniversal) {
                std::string data("\r");
                data += bytes_view(input);
                if (!(input = make_bytes(data))) return Value();
            }
            if (!textio_decode_native(t, input, cookie.need_eof)) return Value();
        } else {
            std::vector<uint32_t> cps;
            if (!t->decoder) return io_unsupported("not readable");
            if (!textio_codec_decode(t, input, cookie.need_eof, cps) ||
                !textio_set_decoded(t, cps, nullptr))
                return Value();
            t->snapshot = input;
            t->snap_flags = cookie.dec_flags;
        }
        if (t->dec_len < static_cast<size_t>(cookie.chars_to_skip))
            return raise(exc::OSError, "can't restore logical file position");
        t->dec_used = static_cast<size_t>(cookie.chars_to_skip);
    } else if (!textio_native(t)) {
        t->snapshot = make_bytes("");
        if (!t->snapshot) return Value();
        t->snap_flags = cookie.dec_flags;
    }
    if (!textio_reset_encoder(t, cookie.start_pos == 0 && cookie.dec_flags == 0)) return Value();
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
    textio_clear_decoded(t);
    t->pending = Value();
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
    // A new encoding, errors or newline: new codec objects (a new decoder
    // for the newline, as CPython wraps its decoder for universal newlines).
    bool change = encoding || errors || set_newline;
    Codec codec = t->codec;
    Value info;
    if (encoding) {
        if (!textio_lookup(&encoding, &codec, &info)) return Value();
        if (!errors) errors = intern("strict");
    } else if (change) {
        encoding = t->encoding;
        if (!errors) errors = t->errors;
        if (codec == Codec::Unknown &&
            !(info = codec_lookup_text(str_view(encoding), "codecs.open()")))
            return Value();
    }
    if (!io_call(self, "flush")) return Value();
    if (set_newline) textio_set_newline(t, newline);
    if (change && !textio_set_encoding(t, encoding, codec, info, errors)) return Value();
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
