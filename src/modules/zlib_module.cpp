// The `zlib` module: DEFLATE compression through the system zlib (one-shot
// compress()/decompress(), the streaming Compress and Decompress objects,
// the crc32() and adler32() checksums). CPython counterpart:
// Modules/zlibmodule.c.
//
// Behaviour, defaults and messages follow CPython 3.11: data arguments are
// bytes-like objects (bytes, bytearray, memoryview); errors zlib reports
// become zlib.error("Error -3 while decompressing data: incorrect header
// check"), bad parameters ValueError or zlib.error as CPython words them.
//
// A Compress or Decompress object owns a z_stream whose state zlib
// allocates with malloc (charged to the collector's budget, so that garbage
// streams are found soon). The state is freed when the stream is finished
// (Compress.flush(Z_FINISH), Decompress.flush() at the end of the data) or
// by the type's finalizer when the collector frees the object. The z_stream
// lives inside the object: zlib keeps a pointer back to it, and the
// collector never moves objects. Output is gathered in malloc'd memory, so no
// collection can run while zlib is working on a stream.
#include "modules/compress_common.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/memoryview.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <gmp.h>
#define ZLIB_CONST // z_stream's next_in and msg point to const
#include <zlib.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace uopy {

namespace {

// CPython's defaults (zlibmodule.c): the memory level deflate uses when none
// is given, and the first size of a decompression's output buffer.
constexpr int kDefMemLevel = 8;
constexpr size_t kDefBufSize = 16384;

Type* g_error = nullptr; // zlib.error

Type CompressType, DecompressType;

// -- Arguments ------------------------------------------------------------------------------

// Argument Clinic's keyword parsing for [nnames] parameters of which the
// first [posonly] are positional-only and the first [minpos] required.
bool unpack_args(const char* fname, const char* const* names, size_t nnames, size_t posonly,
                 size_t minpos, const Value* args, size_t nargs, Value kwnames, Value* out) {
    return unpack_keyword_args(fname, names, nnames, minpos, nnames, args, nargs, kwnames, out,
                               posonly);
}

// The methods without parameters: "copy() takes no arguments".
bool no_args(const char* fname, size_t nargs, Value kwnames) {
    if (nargs == 0 && (!kwnames || tuple_size(kwnames) == 0)) return true;
    raise(exc::TypeError, "%s() takes no arguments", fname);
    return false;
}

// A Py_ssize_t argument; [dflt] when not given.
bool ssize_arg(Value v, int64_t dflt, int64_t* out) {
    if (!v) {
        *out = dflt;
        return true;
    }
    Value i = number_index(v);
    if (!i) return false;
    return int_as_int64(i, out);
}

// An unsigned int taken modulo 2**32 (Argument Clinic's
// unsigned_int(bitwise=True)): the starting value of a checksum.
bool u32_arg(Value v, uint32_t* out) {
    Value i = number_index(v);
    if (!i) return false;
    int64_t x;
    if (int_fits_int64(i, &x)) {
        *out = static_cast<uint32_t>(static_cast<uint64_t>(x));
        return true;
    }
    mpz_t z;
    mpz_init(z);
    int_to_mpz(i, z);
    mpz_fdiv_r_2exp(z, z, 32); // the low 32 bits of the two's complement
    *out = static_cast<uint32_t>(mpz_get_ui(z));
    mpz_clear(z);
    return true;
}

bool is_buffer_like(Value v) {
    return is_bytes(v) || is_bytearray(v) || (v.is_ptr() && isinstance_of(v, &MemoryViewType));
}

// The TypeError for a data argument that is not bytes-like.
bool check_buffer(Value v) {
    if (is_buffer_like(v)) return true;
    raise(exc::TypeError, "a bytes-like object is required, not '%s'", type_name(v));
    return false;
}

using Buffer = ByteArg<Bytef>;

bool get_buffer(Value v, Buffer& out) {
    return get_byte_arg(v, out);
}

// -- zlib glue ------------------------------------------------------------------------------

// zlib's allocator: malloc, charged to the collector (see gc_charge_external).
voidpf zlib_alloc(voidpf, uInt items, uInt size) {
    size_t n = static_cast<size_t>(items) * size;
    gc_charge_external(n);
    return std::malloc(n ? n : 1);
}
void zlib_free(voidpf, voidpf p) {
    std::free(p);
}

void init_stream(z_stream& zst) {
    zst.zalloc = zlib_alloc;
    zst.zfree = zlib_free;
    zst.opaque = Z_NULL;
    zst.next_in = Z_NULL;
    zst.avail_in = 0;
}

// Raises zlib.error for status [err]: "Error <err> <msg>: <what zlib says>".
Value zlib_error(const z_stream& zst, int err, const char* msg) {
    const char* zmsg = nullptr;
    if (err == Z_VERSION_ERROR) zmsg = "library version mismatch";
    if (!zmsg) zmsg = zst.msg;
    if (!zmsg) {
        switch (err) {
        case Z_BUF_ERROR: zmsg = "incomplete or truncated stream"; break;
        case Z_STREAM_ERROR: zmsg = "inconsistent stream state"; break;
        case Z_DATA_ERROR: zmsg = "invalid input data"; break;
        }
    }
    if (!zmsg) return raise(g_error, "Error %d %s", err, msg);
    return raise(g_error, "Error %d %s: %.200s", err, msg, zmsg);
}

// Hands zlib the next piece of the input ([remains] bytes from next_in on;
// avail_in is a uInt, so more than 4 GiB goes in pieces).
void feed(z_stream& zst, size_t& remains) {
    uInt n = remains > UINT_MAX ? UINT_MAX : static_cast<uInt>(remains);
    zst.avail_in = n;
    remains -= n;
}

// The output of a zlib call sequence: a malloc'd buffer that doubles when
// full, up to [limit] bytes (Decompress.decompress's max_length).
class OutBuf {
  public:
    enum Room { ROOM, FULL, NOMEM };

    OutBuf(size_t first, size_t limit) : first_(first ? first : 1), limit_(limit) {}
    ~OutBuf() { std::free(buf_); }
    OutBuf(const OutBuf&) = delete;
    OutBuf& operator=(const OutBuf&) = delete;

    // Points zlib's output at the free room, growing the buffer when there
    // is none: FULL when the limit is reached, NOMEM (MemoryError raised)
    // when memory is exhausted.
    Room arrange(z_stream& zst) {
        if (used_ >= limit_) return FULL;
        if (used_ == cap_) {
            // CPython's output blocks (32 KB, 64 KB, 256 KB, ... 256 MB):
            // zlib writes stored blocks (level 0) as the room allows, so the
            // same room gives the same bytes as CPython.
            static constexpr size_t kBlockSizes[] = {
                size_t(32) << 10, size_t(64) << 10, size_t(256) << 10, size_t(1) << 20,
                size_t(4) << 20,  size_t(8) << 20,  size_t(16) << 20,  size_t(16) << 20,
                size_t(32) << 20, size_t(32) << 20, size_t(32) << 20,  size_t(32) << 20,
                size_t(64) << 20, size_t(64) << 20, size_t(128) << 20, size_t(128) << 20,
                size_t(256) << 20};
            constexpr size_t kBlocks = sizeof kBlockSizes / sizeof kBlockSizes[0];
            size_t grow = blocks_ == 0 ? first_ : kBlockSizes[std::min(blocks_, kBlocks - 1)];
            blocks_++;
            size_t cap = limit_ - cap_ < grow ? limit_ : cap_ + grow;
            void* p = std::realloc(buf_, cap);
            if (!p) {
                raise_memory_error();
                return NOMEM;
            }
            buf_ = static_cast<char*>(p);
            cap_ = cap;
        }
        size_t room = cap_ - used_;
        zst.next_out = reinterpret_cast<Bytef*>(buf_ + used_);
        zst.avail_out = room > UINT_MAX ? UINT_MAX : static_cast<uInt>(room);
        return ROOM;
    }
    // Counts what zlib wrote since arrange().
    void commit(const z_stream& zst) {
        used_ = static_cast<size_t>(reinterpret_cast<char*>(zst.next_out) - buf_);
    }
    Value to_bytes() const { return make_bytes(std::string_view(buf_ ? buf_ : "", used_)); }

  private:
    char* buf_ = nullptr;
    size_t cap_ = 0;
    size_t used_ = 0;
    size_t blocks_ = 0;
    size_t first_;
    size_t limit_;
};

// -- Module functions -----------------------------------------------------------------------

// compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS)
Value z_compress(Value, const Value* args, size_t nargs, Value kwnames) {
    static const char* const names[] = {"data", "level", "wbits"};
    Value a[3];
    if (!unpack_args("compress", names, 3, 1, 1, args, nargs, kwnames, a)) return Value();
    if (!check_buffer(a[0])) return Value();
    int level, wbits;
    if (!c_int_arg(a[1], Z_DEFAULT_COMPRESSION, &level) || !c_int_arg(a[2], MAX_WBITS, &wbits))
        return Value();
    Buffer data;
    if (!get_buffer(a[0], data)) return Value();

    z_stream zst{};
    init_stream(zst);
    int err = deflateInit2(&zst, level, Z_DEFLATED, wbits, kDefMemLevel, Z_DEFAULT_STRATEGY);
    switch (err) {
    case Z_OK: break;
    case Z_MEM_ERROR: return raise(exc::MemoryError, "Out of memory while compressing data");
    case Z_STREAM_ERROR: return raise(g_error, "Bad compression level");
    default: deflateEnd(&zst); return zlib_error(zst, err, "while compressing data");
    }
    OutBuf out(size_t(32) << 10, SIZE_MAX);
    zst.next_in = data.data;
    size_t remains = data.size;
    int flush;
    do {
        feed(zst, remains);
        flush = remains == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            if (out.arrange(zst) != OutBuf::ROOM) {
                deflateEnd(&zst);
                return Value();
            }
            err = deflate(&zst, flush);
            out.commit(zst);
            if (err == Z_STREAM_ERROR) {
                deflateEnd(&zst);
                return zlib_error(zst, err, "while compressing data");
            }
        } while (zst.avail_out == 0);
    } while (flush != Z_FINISH);
    err = deflateEnd(&zst);
    if (err != Z_OK) return zlib_error(zst, err, "while finishing compression");
    return out.to_bytes();
}

// decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE): the whole
// stream; anything after its end is ignored.
Value z_decompress(Value, const Value* args, size_t nargs, Value kwnames) {
    static const char* const names[] = {"data", "wbits", "bufsize"};
    Value a[3];
    if (!unpack_args("decompress", names, 3, 1, 1, args, nargs, kwnames, a)) return Value();
    if (!check_buffer(a[0])) return Value();
    int wbits;
    int64_t bufsize;
    if (!c_int_arg(a[1], MAX_WBITS, &wbits) ||
        !ssize_arg(a[2], static_cast<int64_t>(kDefBufSize), &bufsize))
        return Value();
    if (bufsize < 0) return raise(exc::ValueError, "bufsize must be non-negative");
    if (bufsize == 0) bufsize = 1;
    Buffer data;
    if (!get_buffer(a[0], data)) return Value();

    z_stream zst{};
    init_stream(zst);
    int err = inflateInit2(&zst, wbits);
    switch (err) {
    case Z_OK: break;
    case Z_MEM_ERROR: return raise(exc::MemoryError, "Out of memory while decompressing data");
    default: inflateEnd(&zst); return zlib_error(zst, err, "while preparing to decompress data");
    }
    // The first buffer is bufsize bytes, as CPython's; a huge bufsize only
    // means the output may be large, so the first piece is capped.
    OutBuf out(std::min<size_t>(static_cast<size_t>(bufsize), size_t(64) << 20), SIZE_MAX);
    zst.next_in = data.data;
    size_t remains = data.size;
    do {
        feed(zst, remains);
        int flush = remains == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            if (out.arrange(zst) != OutBuf::ROOM) {
                inflateEnd(&zst);
                return Value();
            }
            err = inflate(&zst, flush);
            out.commit(zst);
            switch (err) {
            case Z_OK:
            case Z_BUF_ERROR:
            case Z_STREAM_END: break;
            case Z_MEM_ERROR:
                inflateEnd(&zst);
                return raise(exc::MemoryError, "Out of memory while decompressing data");
            default: inflateEnd(&zst); return zlib_error(zst, err, "while decompressing data");
            }
        } while (zst.avail_out == 0);
    } while (err != Z_STREAM_END && remains != 0);
    if (err != Z_STREAM_END) {
        inflateEnd(&zst);
        return zlib_error(zst, err, "while decompressing data");
    }
    err = inflateEnd(&zst);
    if (err != Z_OK) return zlib_error(zst, err, "while finishing decompression");
    return out.to_bytes();
}

// crc32(data, value=0, /) and adler32(data, value=1, /): the checksum of
// data, continuing from value; an unsigned 32-bit result.
Value checksum(const char* fname, const char* qualname, bool crc, const Value* args, size_t nargs,
               Value kwnames) {
    if (!check_no_kwargs(qualname, kwnames) || !check_nargs_expected(fname, nargs, 1, 2))
        return Value();
    if (!check_buffer(args[0])) return Value();
    uint32_t start = crc ? 0 : 1;
    if (nargs > 1 && !u32_arg(args[1], &start)) return Value();
    Buffer data;
    if (!get_buffer(args[0], data)) return Value();
    uLong value = start;
    const Bytef* p = data.data;
    size_t n = data.size;
    while (n > 0) {
        uInt chunk = n > UINT_MAX ? UINT_MAX : static_cast<uInt>(n);
        value = crc ? ::crc32(value, p, chunk) : ::adler32(value, p, chunk);
        p += chunk;
        n -= chunk;
    }
    return make_int(static_cast<int64_t>(value & 0xffffffffu));
}
Value z_crc32(Value, const Value* args, size_t nargs, Value kwnames) {
    return checksum("crc32", "zlib.crc32", true, args, nargs, kwnames);
}
Value z_adler32(Value, const Value* args, size_t nargs, Value kwnames) {
    return checksum("adler32", "zlib.adler32", false, args, nargs, kwnames);
}

// -- Compress objects -----------------------------------------------------------------------

struct CompObject : Object {
    z_stream zst;
    bool initialised; // zst holds deflate state (until flush(Z_FINISH))
};

CompObject* C(Value v) {
    return static_cast<CompObject*>(v.as_ptr());
}

void comp_finalize(Object* o) {
    auto* c = static_cast<CompObject*>(o);
    if (c->initialised) {
        c->initialised = false;
        deflateEnd(&c->zst);
    }
}

// compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
//             memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None)
Value z_compressobj(Value, const Value* args, size_t nargs, Value kwnames) {
    static const char* const names[] = {"level",    "method",   "wbits",
                                        "memLevel", "strategy", "zdict"};
    Value a[6];
    if (!unpack_args("compressobj", names, 6, 0, 0, args, nargs, kwnames, a)) return Value();
    int level, method, wbits, mem_level, strategy;
    if (!c_int_arg(a[0], Z_DEFAULT_COMPRESSION, &level) || !c_int_arg(a[1], Z_DEFLATED, &method) ||
        !c_int_arg(a[2], MAX_WBITS, &wbits) || !c_int_arg(a[3], kDefMemLevel, &mem_level) ||
        !c_int_arg(a[4], Z_DEFAULT_STRATEGY, &strategy))
        return Value();
    Buffer zdict;
    if (a[5] && !get_buffer(a[5], zdict)) return Value(); // None too is refused
    if (a[5] && zdict.size > UINT_MAX)
        return raise(exc::OverflowError, "zdict length does not fit in an unsigned int");

    auto* c = gc_new<CompObject>(&CompressType);
    if (!c) return Value();
    Value result(c);
    init_stream(c->zst);
    int err = deflateInit2(&c->zst, level, method, wbits, mem_level, strategy);
    switch (err) {
    case Z_OK:
        c->initialised = true;
        if (a[5]) {
            err = deflateSetDictionary(&c->zst, zdict.data, static_cast<uInt>(zdict.size));
            if (err == Z_STREAM_ERROR) return raise(exc::ValueError, "Invalid dictionary");
            if (err != Z_OK) return raise(exc::ValueError, "deflateSetDictionary()");
        }
        return result;
    case Z_MEM_ERROR:
        return raise(exc::MemoryError, "Can't allocate memory for compression object");
    case Z_STREAM_ERROR: return raise(exc::ValueError, "Invalid initialization option");
    default: return zlib_error(c->zst, err, "while creating compression object");
    }
}

// Compress.compress(data, /): the compressed data zlib has ready so far.
Value comp_compress(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const char* const names[] = {"data"};
    Value a[1];
    if (!unpack_args("compress", names, 1, 1, 1, args, nargs, kwnames, a)) return Value();
    Buffer data;
    if (!get_buffer(a[0], data)) return Value();
    z_stream& zst = C(self)->zst;
    OutBuf out(size_t(32) << 10, SIZE_MAX);
    zst.next_in = data.data;
    size_t remains = data.size;
    do {
        feed(zst, remains);
        do {
            if (out.arrange(zst) != OutBuf::ROOM) {
                zst.avail_in = 0;
                return Value();
            }
            int err = deflate(&zst, Z_NO_FLUSH);
            out.commit(zst);
            if (err == Z_STREAM_ERROR) {
                zst.avail_in = 0;
                return zlib_error(zst, err, "while compressing data");
            }
        } while (zst.avail_out == 0);
    } while (remains != 0);
    zst.next_in = Z_NULL;
    zst.avail_in = 0;
    return out.to_bytes();
}

// Compress.flush(mode=Z_FINISH, /): what is pending, flushed as [mode] says;
// Z_FINISH ends the stream (and frees its state).
Value comp_flush(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const char* const names[] = {"mode"};
    Value a[1];
    if (!unpack_args("flush", names, 1, 1, 0, args, nargs, kwnames, a)) return Value();
    int mode;
    if (!c_int_arg(a[0], Z_FINISH, &mode)) return Value();
    if (mode == Z_NO_FLUSH) return make_bytes(""); // a no-op
    CompObject* c = C(self);
    z_stream& zst = c->zst;
    zst.next_in = Z_NULL;
    zst.avail_in = 0;
    OutBuf out(size_t(32) << 10, SIZE_MAX);
    int err;
    do {
        if (out.arrange(zst) != OutBuf::ROOM) return Value();
        err = deflate(&zst, mode);
        out.commit(zst);
        if (err == Z_STREAM_ERROR) return zlib_error(zst, err, "while flushing");
    } while (zst.avail_out == 0);
    if (err == Z_STREAM_END && mode == Z_FINISH) {
        // deflateEnd frees the state whatever it returns.
        c->initialised = false;
        err = deflateEnd(&zst);
        if (err != Z_OK) return zlib_error(zst, err, "while finishing compression");
    } else if (err != Z_OK && err != Z_BUF_ERROR) {
        // Z_BUF_ERROR: the buffer was full and there was no more to write.
        return zlib_error(zst, err, "while flushing");
    }
    return out.to_bytes();
}

Value comp_copy_of(Value self) {
    CompObject* c = C(self);
    if (!c->initialised) return raise(exc::ValueError, "Inconsistent stream state");
    auto* n = gc_new<CompObject>(&CompressType);
    if (!n) return Value();
    Value result(n);
    int err = deflateCopy(&n->zst, &c->zst);
    switch (err) {
    case Z_OK: break;
    case Z_STREAM_ERROR: return raise(exc::ValueError, "Inconsistent stream state");
    case Z_MEM_ERROR:
        return raise(exc::MemoryError, "Can't allocate memory for compression object");
    default: return zlib_error(c->zst, err, "while copying compression object");
    }
    n->initialised = true;
    return result;
}

// Compress.copy(), __copy__(), __deepcopy__(memo, /): an independent
// compressor in the same state.
Value comp_copy(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!no_args("copy", nargs, kwnames)) return Value();
    return comp_copy_of(self);
}
Value comp_copy_dunder(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!no_args("__copy__", nargs, kwnames)) return Value();
    return comp_copy_of(self);
}
Value comp_deepcopy(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const char* const names[] = {"memo"};
    Value a[1];
    if (!unpack_args("__deepcopy__", names, 1, 1, 1, args, nargs, kwnames, a)) return Value();
    return comp_copy_of(self);
}

// -- Decompress objects ---------------------------------------------------------------------

struct DecompObject : Object {
    z_stream zst;
    bool initialised;      // zst holds inflate state (until flush() finds the end)
    bool eof;              // the end of the compressed stream was reached
    Value unused_data;     // bytes found after the end of the stream
    Value unconsumed_tail; // input left over when max_length stopped decompress()
    Value zdict;           // the dictionary (a bytes-like object), or null
};

DecompObject* D(Value v) {
    return static_cast<DecompObject*>(v.as_ptr());
}

void decomp_trace(Object* o, Tracer& t) {
    auto* d = static_cast<DecompObject*>(o);
    t.visit(d->unused_data);
    t.visit(d->unconsumed_tail);
    t.visit(d->zdict);
}

void decomp_finalize(Object* o) {
    auto* d = static_cast<DecompObject*>(o);
    if (d->initialised) {
        d->initialised = false;
        inflateEnd(&d->zst);
    }
}

// Gives inflate the object's dictionary (when the stream asks for one, or
// at once for a raw stream).
bool set_inflate_zdict(DecompObject* d) {
    Buffer zdict;
    if (!get_buffer(d->zdict, zdict)) return false;
    if (zdict.size > UINT_MAX) {
        raise(exc::OverflowError, "zdict length does not fit in an unsigned int");
        return false;
    }
    int err = inflateSetDictionary(&d->zst, zdict.data, static_cast<uInt>(zdict.size));
    if (err != Z_OK) {
        zlib_error(d->zst, err, "while setting zdict");
        return false;
    }
    return true;
}

// decompressobj(wbits=MAX_WBITS, zdict=b'')
Value z_decompressobj(Value, const Value* args, size_t nargs, Value kwnames) {
    static const char* const names[] = {"wbits", "zdict"};
    Value a[2];
    if (!unpack_args("decompressobj", names, 2, 0, 0, args, nargs, kwnames, a)) return Value();
    int wbits;
    if (!c_int_arg(a[0], MAX_WBITS, &wbits)) return Value();
    Value zdict = a[1];
    if (zdict && !is_buffer_like(zdict))
        return raise(exc::TypeError, "zdict argument must support the buffer protocol");
    Value empty = make_bytes("");
    if (!empty) return Value();
    auto* d = gc_new<DecompObject>(&DecompressType);
    if (!d) return Value();
    Value result(d);
    d->unused_data = empty;
    d->unconsumed_tail = empty;
    d->zdict = zdict;
    init_stream(d->zst);
    int err = inflateInit2(&d->zst, wbits);
    switch (err) {
    case Z_OK:
        d->initialised = true;
        if (zdict && wbits < 0 && !set_inflate_zdict(d)) return Value();
        return result;
    case Z_STREAM_ERROR: return raise(exc::ValueError, "Invalid initialization option");
    case Z_MEM_ERROR:
        return raise(exc::MemoryError, "Can't allocate memory for decompression object");
    default: return zlib_error(d->zst, err, "while creating decompression object");
    }
}

// Runs inflate over the input at next_in ([remains] bytes) into [out]:
// with Z_SYNC_FLUSH for decompress(), or ([finishing]) as flush() does,
// Z_FINISH with the last piece. Stops at the end of the stream, at an
// error (left in *status for the caller), when the input is used up or the
// output limit is reached. False with an exception set (no memory, a bad
// dictionary).
bool run_inflate(DecompObject* d, OutBuf& out, size_t remains, bool finishing, int* status) {
    z_stream& zst = d->zst;
    int err = Z_OK;
    do {
        feed(zst, remains);
        int flush = !finishing ? Z_SYNC_FLUSH : remains == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            OutBuf::Room r = out.arrange(zst);
            if (r == OutBuf::NOMEM) return false;
            if (r == OutBuf::FULL) {
                *status = err;
                return true;
            }
            err = inflate(&zst, flush);
            out.commit(zst);
            if (err == Z_NEED_DICT && d->zdict) {
                if (!set_inflate_zdict(d)) return false;
            } else if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
                *status = err;
                return true;
            }
        } while (zst.avail_out == 0 || err == Z_NEED_DICT);
    } while (err != Z_STREAM_END && remains != 0);
    *status = err;
    return true;
}

// After run_inflate over input ending at [end]: input after the end of the
// stream is added to unused_data; unconsumed_tail becomes the input inflate
// did not take (or b'' again once it has taken it all), as CPython does.
bool save_unconsumed_input(DecompObject* d, const Bytef* end, int err) {
    z_stream& zst = d->zst;
    if (err == Z_STREAM_END && zst.avail_in > 0) {
        std::string_view old = bytes_view(d->unused_data);
        std::string joined;
        joined.reserve(old.size() + static_cast<size_t>(end - zst.next_in));
        joined.append(old);
        joined.append(reinterpret_cast<const char*>(zst.next_in),
                      static_cast<size_t>(end - zst.next_in));
        Value v = make_bytes(joined);
        if (!v) return false;
        d->unused_data = v;
        zst.avail_in = 0;
    }
    if (zst.avail_in > 0 || !bytes_view(d->unconsumed_tail).empty()) {
        Value v = make_bytes(std::string_view(reinterpret_cast<const char*>(zst.next_in),
                                              static_cast<size_t>(end - zst.next_in)));
        if (!v) return false;
        d->unconsumed_tail = v;
    }
    return true;
}

// Decompress.decompress(data, /, max_length=0): what data decompresses to,
// at most max_length bytes (0: no limit; the input left over is then in
// unconsumed_tail).
Value decomp_decompress(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const char* const names[] = {"data", "max_length"};
    Value a[2];
    if (!unpack_args("decompress", names, 2, 1, 1, args, nargs, kwnames, a)) return Value();
    if (!check_buffer(a[0])) return Value();
    int64_t max_length;
    if (!ssize_arg(a[1], 0, &max_length)) return Value();
    if (max_length < 0) return raise(exc::ValueError, "max_length must be non-negative");
    Buffer data;
    if (!get_buffer(a[0], data)) return Value();
    DecompObject* d = D(self);
    size_t limit = max_length == 0 ? SIZE_MAX : static_cast<size_t>(max_length);
    OutBuf out(std::min(kDefBufSize, limit), limit);
    d->zst.next_in = data.data;
    int err = Z_OK;
    bool ok = run_inflate(d, out, data.size, false, &err) &&
              save_unconsumed_input(d, data.data + data.size, err);
    d->zst.next_in = Z_NULL; // the data is not ours to keep
    d->zst.avail_in = 0;
    if (!ok) return Value();
    if (err == Z_STREAM_END) {
        d->eof = true; // inflateEnd waits for flush(), as in CPython
    } else if (err != Z_OK && err != Z_BUF_ERROR) {
        return zlib_error(d->zst, err, "while decompressing data");
    }
    return out.to_bytes();
}

// Decompress.flush(length=DEF_BUF_SIZE, /): the rest of the output,
// decompressing unconsumed_tail; at the end of the stream, frees its state.
Value decomp_flush(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const char* const names[] = {"length"};
    Value a[1];
    if (!unpack_args("flush", names, 1, 1, 0, args, nargs, kwnames, a)) return Value();
    int64_t length;
    if (!ssize_arg(a[0], static_cast<int64_t>(kDefBufSize), &length)) return Value();
    if (length <= 0) return raise(exc::ValueError, "length must be greater than zero");
    DecompObject* d = D(self);
    std::string tail(bytes_view(d->unconsumed_tail));
    const Bytef* in = reinterpret_cast<const Bytef*>(tail.data());
    OutBuf out(std::min<size_t>(static_cast<size_t>(length), size_t(64) << 20), SIZE_MAX);
    d->zst.next_in = in;
    int err = Z_OK;
    bool ok = run_inflate(d, out, tail.size(), true, &err) &&
              save_unconsumed_input(d, in + tail.size(), err);
    d->zst.next_in = Z_NULL;
    d->zst.avail_in = 0;
    if (!ok) return Value();
    if (err == Z_STREAM_END) {
        d->eof = true;
        // inflateEnd frees the state whatever it returns.
        d->initialised = false;
        err = inflateEnd(&d->zst);
        if (err != Z_OK) return zlib_error(d->zst, err, "while finishing decompression");
    }
    return out.to_bytes();
}

Value decomp_copy_of(Value self) {
    DecompObject* d = D(self);
    if (!d->initialised) return raise(exc::ValueError, "Inconsistent stream state");
    auto* n = gc_new<DecompObject>(&DecompressType);
    if (!n) return Value();
    Value result(n);
    n->unused_data = d->unused_data;
    n->unconsumed_tail = d->unconsumed_tail;
    n->zdict = d->zdict;
    n->eof = d->eof;
    int err = inflateCopy(&n->zst, &d->zst);
    switch (err) {
    case Z_OK: break;
    case Z_STREAM_ERROR: return raise(exc::ValueError, "Inconsistent stream state");
    case Z_MEM_ERROR:
        return raise(exc::MemoryError, "Can't allocate memory for decompression object");
    default: return zlib_error(d->zst, err, "while copying decompression object");
    }
    n->initialised = true;
    return result;
}

// Decompress.copy(), __copy__(), __deepcopy__(memo, /).
Value decomp_copy(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!no_args("copy", nargs, kwnames)) return Value();
    return decomp_copy_of(self);
}
Value decomp_copy_dunder(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!no_args("__copy__", nargs, kwnames)) return Value();
    return decomp_copy_of(self);
}
Value decomp_deepcopy(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const char* const names[] = {"memo"};
    Value a[1];
    if (!unpack_args("__deepcopy__", names, 1, 1, 1, args, nargs, kwnames, a)) return Value();
    return decomp_copy_of(self);
}

Value decomp_unused_data(Value self) {
    return D(self)->unused_data;
}
Value decomp_unconsumed_tail(Value self) {
    return D(self)->unconsumed_tail;
}
Value decomp_eof(Value self) {
    return Bool(D(self)->eof);
}

// -- Types and module -----------------------------------------------------------------------

// Only compressobj() and decompressobj() make these objects.
Value no_new(Type* type, const Value*, size_t, Value) {
    return raise(exc::TypeError, "cannot create '%s' instances", type->name);
}

const NativeMethodDef comp_methods[] = {
    {"compress", comp_compress, NATIVE_KEYWORDS,
     "compress(data, /) -> bytes: feeds data to the compressor and returns the compressed\n"
     "bytes ready so far; the rest waits in the compressor until flush()."},
    {"flush", comp_flush, NATIVE_KEYWORDS,
     "flush(mode=Z_FINISH, /) -> bytes: the pending compressed bytes, flushed as mode says\n"
     "(Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_BLOCK...); Z_FINISH ends the stream."},
    {"copy", comp_copy, NATIVE_KEYWORDS,
     "copy() -> Compress: an independent compressor in the same state."},
    {"__copy__", comp_copy_dunder, NATIVE_KEYWORDS, nullptr},
    {"__deepcopy__", comp_deepcopy, NATIVE_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const NativeMethodDef decomp_methods[] = {
    {"decompress", decomp_decompress, NATIVE_KEYWORDS,
     "decompress(data, /, max_length=0) -> bytes: feeds data to the decompressor and\n"
     "returns what it yields, at most max_length bytes when that is not 0 (the input left\n"
     "over is then in unconsumed_tail)."},
    {"flush", decomp_flush, NATIVE_KEYWORDS,
     "flush(length=DEF_BUF_SIZE, /) -> bytes: the rest of the decompressed data;\n"
     "length is only the first size of the output buffer."},
    {"copy", decomp_copy, NATIVE_KEYWORDS,
     "copy() -> Decompress: an independent decompressor in the same state."},
    {"__copy__", decomp_copy_dunder, NATIVE_KEYWORDS, nullptr},
    {"__deepcopy__", decomp_deepcopy, NATIVE_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef decomp_getsets[] = {
    {"unused_data", decomp_unused_data, readonly_member_set,
     "The bytes that came after the end of the compressed stream."},
    {"unconsumed_tail", decomp_unconsumed_tail, readonly_member_set,
     "The input a max_length limit left for the next decompress() call."},
    {"eof", decomp_eof, readonly_member_set,
     "Whether the end of the compressed stream has been reached."},
    {nullptr, nullptr, nullptr, nullptr},
};

const NativeMethodDef zlib_functions[] = {
    {"adler32", z_adler32, NATIVE_KEYWORDS,
     "adler32(data, value=1, /) -> int: the Adler-32 checksum of data, continuing from value."},
    {"compress", z_compress, NATIVE_KEYWORDS,
     "compress(data, /, level=-1, wbits=15) -> bytes: data compressed in one go (level 0-9,\n"
     "or -1 for the default; wbits chooses the window size and the container)."},
    {"compressobj", z_compressobj, NATIVE_KEYWORDS,
     "compressobj(level=-1, method=DEFLATED, wbits=15, memLevel=8, strategy=0,\n"
     "zdict=None) -> Compress: a compressor for data given piece by piece."},
    {"crc32", z_crc32, NATIVE_KEYWORDS,
     "crc32(data, value=0, /) -> int: the CRC-32 of data, continuing from value."},
    {"decompress", z_decompress, NATIVE_KEYWORDS,
     "decompress(data, /, wbits=15, bufsize=16384) -> bytes: a whole compressed stream\n"
     "decompressed (bufsize is the first size of the output buffer)."},
    {"decompressobj", z_decompressobj, NATIVE_KEYWORDS,
     "decompressobj(wbits=15, zdict=b'') -> Decompress: a decompressor for data given piece\n"
     "by piece."},
    {nullptr, nullptr, 0, nullptr},
};

struct IntConstant {
    const char* name;
    int value;
};
const IntConstant zlib_constants[] = {
    {"MAX_WBITS", MAX_WBITS},
    {"DEFLATED", Z_DEFLATED},
    {"DEF_MEM_LEVEL", kDefMemLevel},
    {"DEF_BUF_SIZE", static_cast<int>(kDefBufSize)},
    {"Z_NO_COMPRESSION", Z_NO_COMPRESSION},
    {"Z_BEST_SPEED", Z_BEST_SPEED},
    {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION},
    {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION},
    {"Z_FILTERED", Z_FILTERED},
    {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY},
    {"Z_RLE", Z_RLE},
    {"Z_FIXED", Z_FIXED},
    {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY},
    {"Z_NO_FLUSH", Z_NO_FLUSH},
    {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH},
    {"Z_SYNC_FLUSH", Z_SYNC_FLUSH},
    {"Z_FULL_FLUSH", Z_FULL_FLUSH},
    {"Z_FINISH", Z_FINISH},
    {"Z_BLOCK", Z_BLOCK},
    {"Z_TREES", Z_TREES},
};

void init_types() {
    static bool done = false;
    if (done) return;
    done = true;
    // A static type's fields become roots only once init_static_type has
    // registered it, so no collection may run while the types are made.
    bool was = gc_is_enabled();
    gc_set_enabled(false);
    CompressType.finalize = comp_finalize;
    CompressType.tp_new = no_new;
    init_static_type(&CompressType, "zlib.Compress", &ObjectType, sizeof(CompObject), 0);
    add_methods(&CompressType, comp_methods);
    add_slot_wrappers(&CompressType);

    DecompressType.trace = decomp_trace;
    DecompressType.finalize = decomp_finalize;
    DecompressType.tp_new = no_new;
    init_static_type(&DecompressType, "zlib.Decompress", &ObjectType, sizeof(DecompObject), 0);
    add_methods(&DecompressType, decomp_methods);
    add_getsets(&DecompressType, decomp_getsets);
    add_slot_wrappers(&DecompressType);
    gc_set_enabled(was);
}

} // namespace

Value init_zlib_module() {
    init_types();
    // The exception class lives as long as the interpreter (an immortal type).
    if (!g_error) g_error = make_builtin_heap_type("error", exc::Exception, "zlib");
    ModuleObject* m = make_module("zlib");
    if (!m) return Value();
    Value mod(m);
    add_functions(m->dict, zlib_functions, mod);
    Dict* d = m->dict;
    bool ok =
        dict_set_cstr(d, "__doc__",
                      make_str("DEFLATE compression and decompression with the zlib library:\n"
                               "compress() and decompress() in one go, compressobj() and\n"
                               "decompressobj() for streams, crc32() and adler32() checksums.\n"
                               "wbits chooses the window size and the container: 9..15 zlib,\n"
                               "-9..-15 raw deflate, 25..31 gzip, and for decompression 0 (the\n"
                               "window size in the header) and 40..47 (zlib or gzip).")) &&
        dict_set_cstr(d, "error", Value(g_error)) &&
        dict_set_cstr(d, "ZLIB_VERSION", make_str(ZLIB_VERSION)) &&
        dict_set_cstr(d, "ZLIB_RUNTIME_VERSION", make_str(zlibVersion())) &&
        dict_set_cstr(d, "__version__", make_str("1.0"));
    for (const IntConstant& c : zlib_constants)
        ok = ok && dict_set_cstr(d, c.name, make_int(c.value));
    if (!ok) return Value();
    return mod;
}

} // namespace uopy
