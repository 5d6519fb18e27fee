// The `_bz2` module: bzip2 compression through the system libbz2, the
// accelerator under the standard library's bz2.py (BZ2File, compress(),
// decompress(), open()). CPython counterpart: Modules/_bz2module.c.
//
// Two types: BZ2Compressor(compresslevel=9, /) with compress(data) and
// flush(), and BZ2Decompressor() with decompress(data, max_length=-1) and
// the eof, unused_data and needs_input attributes. Behaviour and messages
// follow CPython 3.11: a corrupt stream is OSError("Invalid data stream"),
// decompressing past the end EOFError("End of stream already reached"),
// using a flushed compressor ValueError("Compressor has been flushed").
// Neither type can be subclassed or pickled.
//
// Each object owns a bz_stream whose state libbz2 allocates with malloc
// (charged to the collector's budget). The state is released as soon as it
// is of no more use (after flush(), at the end of the compressed stream) or
// by the type's finalizer. Input a max_length limit left unconsumed is kept
// in a malloc'd buffer of the decompressor's, and output is gathered in
// malloc'd memory, so no collection runs while libbz2 works on a stream.
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

#include <bzlib.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

namespace uopy {

namespace {

Type BZ2CompressorType, BZ2DecompressorType;

// -- Arguments ------------------------------------------------------------------------------

using Buffer = ByteArg<char>;

bool get_buffer(Value v, Buffer& out) {
    return get_byte_arg(v, out);
}

// -- libbz2 glue ----------------------------------------------------------------------------

// libbz2's allocator: malloc, charged to the collector (see gc_charge_external).
void* bz_alloc(void*, int items, int size) {
    if (items < 0 || size < 0) return nullptr;
    size_t n = static_cast<size_t>(items) * static_cast<size_t>(size);
    gc_charge_external(n);
    return std::malloc(n ? n : 1);
}
void bz_free(void*, void* p) {
    std::free(p);
}

void init_stream(bz_stream& bzs) {
    std::memset(&bzs, 0, sizeof bzs);
    bzs.bzalloc = bz_alloc;
    bzs.bzfree = bz_free;
    bzs.opaque = nullptr;
}

// False with the exception CPython raises for libbz2 status [ret] set;
// true for the statuses that are no error.
bool check_bz2(int ret) {
    switch (ret) {
    case BZ_OK:
    case BZ_RUN_OK:
    case BZ_FLUSH_OK:
    case BZ_FINISH_OK:
    case BZ_STREAM_END: return true;
    case BZ_CONFIG_ERROR: raise(exc::SystemError, "libbzip2 was not compiled correctly"); break;
    case BZ_PARAM_ERROR:
        raise(exc::ValueError, "Internal error - invalid parameters passed to libbzip2");
        break;
    case BZ_MEM_ERROR: raise_memory_error(); break;
    case BZ_DATA_ERROR:
    case BZ_DATA_ERROR_MAGIC: raise(exc::OSError, "Invalid data stream"); break;
    case BZ_IO_ERROR: raise(exc::OSError, "Unknown I/O error"); break;
    case BZ_UNEXPECTED_EOF:
        raise(exc::EOFError, "Compressed file ended before the logical end-of-stream was detected");
        break;
    case BZ_SEQUENCE_ERROR:
        raise(exc::RuntimeError, "Internal error - Invalid sequence of commands sent to libbzip2");
        break;
    default: raise(exc::OSError, "Unrecognized error from libbzip2: %d", ret); break;
    }
    return false;
}

// Points [bzs]'s output at [out]'s free room (at most UINT_MAX bytes of it:
// avail_out is an unsigned int).
void arrange(CompressOutput& out, bz_stream& bzs) {
    bzs.next_out = out.next<char>();
    bzs.avail_out = out.room() > UINT_MAX ? UINT_MAX : static_cast<unsigned>(out.room());
}

// -- BZ2Compressor --------------------------------------------------------------------------

struct CompObject : Object {
    bz_stream bzs;
    bool initialised; // bzs holds compressor state (until flush())
    bool flushed;     // flush() was called
};

CompObject* C(Value v) {
    return static_cast<CompObject*>(v.as_ptr());
}

void comp_finalize(Object* o) {
    auto* c = static_cast<CompObject*>(o);
    if (c->initialised) {
        c->initialised = false;
        BZ2_bzCompressEnd(&c->bzs);
    }
}

// BZ2Compressor.__new__: a compressor not yet set up (as if flushed);
// __init__ sets it up, as in CPython 3.11.
Value comp_new(Type* type, const Value*, size_t, Value) {
    auto* c = gc_new<CompObject>(type, type->basic_size);
    if (!c) return Value();
    init_stream(c->bzs);
    return Value(c);
}

// BZ2Compressor.__init__(compresslevel=9, /): (re)starts the stream.
int comp_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("BZ2Compressor", kwnames) ||
        !check_nargs_expected("BZ2Compressor", nargs, 0, 1))
        return -1;
    int level;
    if (!c_int_arg(nargs > 0 ? args[0] : Value(), 9, &level)) return -1;
    if (level < 1 || level > 9) {
        raise(exc::ValueError, "compresslevel must be between 1 and 9");
        return -1;
    }
    CompObject* c = C(self);
    comp_finalize(c);
    init_stream(c->bzs);
    c->flushed = false;
    if (!check_bz2(BZ2_bzCompressInit(&c->bzs, level, 0, 0))) return -1;
    c->initialised = true;
    return 0;
}

// Runs the compressor over [size] bytes at [data] with [action] (BZ_RUN:
// until the input is taken; BZ_FINISH: until the end of the stream).
Value run_compress(CompObject* c, const char* data, size_t size, int action) {
    bz_stream& bzs = c->bzs;
    CompressOutput out(SIZE_MAX);
    bzs.next_in = const_cast<char*>(data);
    bzs.avail_in = 0;
    size_t remains = size;
    for (;;) {
        if (bzs.avail_in == 0 && remains > 0) {
            bzs.avail_in = remains > UINT_MAX ? UINT_MAX : static_cast<unsigned>(remains);
            remains -= bzs.avail_in;
        }
        if (action == BZ_RUN && bzs.avail_in == 0) break;
        if (out.room() == 0 && !out.grow()) break;
        arrange(out, bzs);
        int ret = BZ2_bzCompress(&bzs, action);
        out.commit(bzs.next_out);
        if (!check_bz2(ret)) break;
        if (action == BZ_FINISH && ret == BZ_STREAM_END) {
            bzs.next_in = nullptr;
            bzs.avail_in = 0;
            return out.to_bytes();
        }
    }
    // The input is not ours to keep.
    bzs.next_in = nullptr;
    bzs.avail_in = 0;
    if (err_occurred()) return Value();
    return out.to_bytes();
}

// BZ2Compressor.compress(data, /)
Value comp_compress(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("BZ2Compressor.compress", kwnames) ||
        !check_nargs("BZ2Compressor.compress", nargs, 1, 1))
        return Value();
    Buffer data;
    if (!get_buffer(args[0], data)) return Value();
    CompObject* c = C(self);
    if (c->flushed || !c->initialised) return raise(exc::ValueError, "Compressor has been flushed");
    return run_compress(c, data.data, data.size, BZ_RUN);
}

// BZ2Compressor.flush(): the rest of the stream; the compressor is then done.
Value comp_flush(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("BZ2Compressor.flush", kwnames) ||
        !check_nargs("BZ2Compressor.flush", nargs, 0, 0))
        return Value();
    CompObject* c = C(self);
    if (c->flushed || !c->initialised) return raise(exc::ValueError, "Repeated call to flush()");
    c->flushed = true;
    Value result = run_compress(c, nullptr, 0, BZ_FINISH);
    // The stream is over whatever happened: its state is of no more use.
    c->initialised = false;
    BZ2_bzCompressEnd(&c->bzs);
    return result;
}

// -- BZ2Decompressor ------------------------------------------------------------------------

struct DecompObject : Object {
    bz_stream bzs;
    bool initialised;  // bzs holds decompressor state (until the end of the stream)
    bool eof;          // the end of the compressed stream was reached
    bool needs_input;  // more input is needed before more output can come
    Value unused_data; // bytes found after the end of the stream
    // Input decompress() left unconsumed (a max_length limit): malloc'd.
    PendingInput<char> pending;
};

DecompObject* D(Value v) {
    return static_cast<DecompObject*>(v.as_ptr());
}

void decomp_trace(Object* o, Tracer& t) {
    t.visit(static_cast<DecompObject*>(o)->unused_data);
}

void decomp_finalize(Object* o) {
    auto* d = static_cast<DecompObject*>(o);
    if (d->initialised) {
        d->initialised = false;
        BZ2_bzDecompressEnd(&d->bzs);
    }
    d->pending.release();
}

// BZ2Decompressor.__new__: a decompressor not yet set up (as if at the
// end of its stream); __init__ sets it up, as in CPython 3.11.
Value decomp_new(Type* type, const Value*, size_t, Value) {
    Value empty = make_bytes("");
    if (!empty) return Value();
    auto* d = gc_new<DecompObject>(type, type->basic_size);
    if (!d) return Value();
    d->unused_data = empty;
    init_stream(d->bzs);
    return Value(d);
}

// BZ2Decompressor.__init__(): (re)starts the stream.
int decomp_init(Value self, const Value*, size_t nargs, Value kwnames) {
    if (nargs > 0) {
        raise(exc::TypeError, "BZ2Decompressor() takes no positional arguments");
        return -1;
    }
    if (!check_no_kwargs("BZ2Decompressor", kwnames)) return -1;
    Value empty = make_bytes("");
    if (!empty) return -1;
    DecompObject* d = D(self);
    decomp_finalize(d);
    init_stream(d->bzs);
    d->unused_data = empty;
    d->eof = false;
    d->needs_input = true;
    if (!check_bz2(BZ2_bzDecompressInit(&d->bzs, 0, 0))) return -1;
    d->initialised = true;
    return 0;
}

// BZ2Decompressor.decompress(data, max_length=-1): what data (after any
// input left over from the last call) decompresses to, at most max_length
// bytes when that is not negative.
Value decomp_decompress(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const char* const names[] = {"data", "max_length"};
    Value a[2];
    if (!unpack_keyword_args("decompress", names, 2, 1, 2, args, nargs, kwnames, a)) return Value();
    Buffer data;
    if (!get_buffer(a[0], data)) return Value();
    int64_t max_length = -1;
    if (a[1] && !ssize_arg(a[1], &max_length)) return Value();
    DecompObject* d = D(self);
    if (d->eof || !d->initialised) return raise(exc::EOFError, "End of stream already reached");

    // The input: the pending bytes followed by data, or data alone.
    const char* in = data.data;
    size_t in_len = data.size;
    if (d->pending.len > 0) {
        if (!d->pending.append(data.data, data.size)) return Value();
        in = d->pending.data;
        in_len = d->pending.len;
    }

    bz_stream& bzs = d->bzs;
    CompressOutput out(max_length < 0 ? SIZE_MAX : static_cast<size_t>(max_length));
    bzs.next_in = const_cast<char*>(in);
    size_t remains = in_len; // input not yet taken, bzs.avail_in included
    bool ok = true;
    for (;;) {
        if (out.room() == 0 && !out.full() && !out.grow()) {
            ok = false;
            break;
        }
        arrange(out, bzs);
        bzs.avail_in = remains > UINT_MAX ? UINT_MAX : static_cast<unsigned>(remains);
        remains -= bzs.avail_in;
        int ret = BZ2_bzDecompress(&bzs);
        remains += bzs.avail_in;
        out.commit(bzs.next_out);
        if (!check_bz2(ret)) {
            ok = false;
            break;
        }
        if (ret == BZ_STREAM_END) {
            d->eof = true;
            break;
        }
        if (remains == 0) break;
        if (out.room() == 0 && out.full()) break;
    }
    const char* rest = bzs.next_in;
    bzs.next_in = nullptr;
    bzs.avail_in = 0;
    if (!ok) {
        d->pending.len = 0; // as CPython, the input is dropped after an error
        return Value();
    }
    Value result = out.to_bytes();
    if (!result) return Value();
    if (d->eof) {
        d->needs_input = false;
        if (remains > 0) {
            Value u = make_bytes(std::string_view(rest, remains));
            if (!u) return Value();
            d->unused_data = u;
        }
        // The state is of no more use (and the input with it).
        d->initialised = false;
        BZ2_bzDecompressEnd(&bzs);
        d->pending.release();
    } else if (remains == 0) {
        d->pending.len = 0;
        d->needs_input = true;
    } else {
        d->needs_input = false;
        if (!d->pending.keep(rest, remains)) return Value();
    }
    return result;
}

Value decomp_eof(Value self) {
    return Bool(D(self)->eof);
}
Value decomp_unused_data(Value self) {
    return D(self)->unused_data;
}
Value decomp_needs_input(Value self) {
    return Bool(D(self)->needs_input);
}

// -- Types and module -----------------------------------------------------------------------

const NativeMethodDef comp_methods[] = {
    {"compress", comp_compress, NATIVE_KEYWORDS,
     "Provide data to the compressor object.\n\n"
     "Returns a chunk of compressed data if possible, or b'' otherwise.\n\n"
     "When you have finished providing data to the compressor, call the\n"
     "flush() method to finish the compression process."},
    {"flush", comp_flush, NATIVE_KEYWORDS,
     "Finish the compression process.\n\n"
     "Returns the compressed data left in internal buffers.\n\n"
     "The compressor object may not be used after this method is called."},
    {nullptr, nullptr, 0, nullptr},
};

const NativeMethodDef decomp_methods[] = {
    {"decompress", decomp_decompress, NATIVE_KEYWORDS,
     "Decompress *data*, returning uncompressed data as bytes.\n\n"
     "If *max_length* is nonnegative, returns at most *max_length* bytes of\n"
     "decompressed data. If this limit is reached and further output can be\n"
     "produced, *self.needs_input* is False and the next call may pass b''\n"
     "to get more of the output. Once all the input was decompressed and\n"
     "returned, *self.needs_input* is True.\n\n"
     "Decompressing after the end of the stream raises EOFError; data found\n"
     "after the end of the stream is kept in the unused_data attribute."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef decomp_getsets[] = {
    {"eof", decomp_eof, readonly_member_set, "True if the end-of-stream marker has been reached."},
    {"unused_data", decomp_unused_data, readonly_member_set,
     "Data found after the end of the compressed stream."},
    {"needs_input", decomp_needs_input, readonly_member_set,
     "True if more input is needed before more decompressed data can be produced."},
    {nullptr, nullptr, nullptr, nullptr},
};

void init_types() {
    static bool done = false;
    if (done) return;
    done = true;
    // A static type's fields become roots only once init_static_type has
    // registered it, so no collection may run while the types are made.
    bool was = gc_is_enabled();
    gc_set_enabled(false);
    BZ2CompressorType.finalize = comp_finalize;
    BZ2CompressorType.tp_new = comp_new;
    BZ2CompressorType.init = comp_init;
    init_static_type(&BZ2CompressorType, "_bz2.BZ2Compressor", &ObjectType, sizeof(CompObject), 0);
    add_methods(&BZ2CompressorType, comp_methods);
    add_slot_wrappers(&BZ2CompressorType);
    add_builtin_new_wrapper(&BZ2CompressorType);
    dict_set_cstr(BZ2CompressorType.dict, "__doc__",
                  make_str("Create a compressor object for compressing data incrementally.\n\n"
                           "  compresslevel\n"
                           "    Compression level, as a number between 1 and 9.\n\n"
                           "For one-shot compression, use the compress() function instead."));

    BZ2DecompressorType.trace = decomp_trace;
    BZ2DecompressorType.finalize = decomp_finalize;
    BZ2DecompressorType.tp_new = decomp_new;
    BZ2DecompressorType.init = decomp_init;
    init_static_type(&BZ2DecompressorType, "_bz2.BZ2Decompressor", &ObjectType,
                     sizeof(DecompObject), 0);
    add_methods(&BZ2DecompressorType, decomp_methods);
    add_getsets(&BZ2DecompressorType, decomp_getsets);
    add_slot_wrappers(&BZ2DecompressorType);
    add_builtin_new_wrapper(&BZ2DecompressorType);
    dict_set_cstr(BZ2DecompressorType.dict, "__doc__",
                  make_str("Create a decompressor object for decompressing data incrementally.\n\n"
                           "For one-shot decompression, use the decompress() function instead."));
    gc_set_enabled(was);
}

} // namespace

Value init_bz2_module() {
    init_types();
    ModuleObject* m = make_module("_bz2");
    if (!m) return Value();
    Value mod(m);
    Dict* d = m->dict;
    bool ok = dict_set_cstr(d, "BZ2Compressor", Value(&BZ2CompressorType)) &&
              dict_set_cstr(d, "BZ2Decompressor", Value(&BZ2DecompressorType));
    if (!ok) return Value();
    return mod;
}

} // namespace uopy
