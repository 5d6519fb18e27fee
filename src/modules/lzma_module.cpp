// The `_lzma` module: LZMA/XZ compression through the system liblzma, the
// accelerator under the standard library's lzma.py (LZMAFile, compress(),
// decompress(), open()). CPython counterpart: Modules/_lzmamodule.c.
//
// LZMACompressor(format=FORMAT_XZ, check=-1, preset=None, filters=None)
// with compress(data) and flush(); LZMADecompressor(format=FORMAT_AUTO,
// memlimit=None, filters=None) with decompress(data, max_length=-1) and the
// eof, unused_data, needs_input and check attributes; is_check_supported();
// _encode_filter_properties() and _decode_filter_properties() (used by
// zipfile's LZMA support); LZMAError and the FORMAT_*, CHECK_*, FILTER_*,
// MF_*, MODE_* and PRESET_* constants. Behaviour and messages follow
// CPython 3.11; errors liblzma reports become LZMAError("Corrupt input
// data") and the like.
//
// A filter chain is a sequence of at most four mappings, each with an "id"
// (FILTER_LZMA1, FILTER_LZMA2, FILTER_DELTA or a BCJ filter) and the
// filter's options: preset, dict_size, lc, lp, pb, mode, nice_len, mf and
// depth for LZMA1/LZMA2, dist for DELTA, start_offset for the BCJ filters.
// The options are read into a FilterChain on the C++ stack: liblzma copies
// what it needs when a coder is set up.
//
// Each object owns an lzma_stream whose state liblzma allocates with malloc
// (charged to the collector's budget). The state is released as soon as it
// is of no more use (after flush(), at the end of the compressed stream) or
// by the type's finalizer. Input a max_length limit left unconsumed is kept
// in a malloc'd buffer of the decompressor's, and output is gathered in
// malloc'd memory, so no collection runs while liblzma works on a stream.
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
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <gmp.h>
#include <lzma.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

namespace uopy {

namespace {

// The container formats (the module's own numbering, as CPython's).
enum { FORMAT_AUTO, FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW };

// The check a decompressor reports before it has seen one.
constexpr int kCheckUnknown = LZMA_CHECK_ID_MAX + 1;

Type* g_error = nullptr; // _lzma.LZMAError

Type LZMACompressorType, LZMADecompressorType;

// -- Arguments ------------------------------------------------------------------------------

using Buffer = ByteArg<uint8_t>;

bool get_buffer(Value v, Buffer& out) {
    return get_byte_arg(v, out);
}

// An int as PyLong_AsUnsignedLongLong reads it (no __index__: ints only).
bool u64_arg(Value v, uint64_t* out) {
    if (!is_int(v)) {
        raise(exc::TypeError, "an integer is required");
        return false;
    }
    if (int_sign(v) < 0) {
        raise(exc::OverflowError, "can't convert negative int to unsigned");
        return false;
    }
    int64_t x;
    if (int_fits_int64(v, &x)) {
        *out = static_cast<uint64_t>(x);
        return true;
    }
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    bool fits = mpz_sizeinbase(z, 2) <= 64;
    if (fits) {
        uint64_t lo = 0;
        mpz_export(&lo, nullptr, -1, sizeof lo, 0, 0, z);
        *out = lo;
    }
    mpz_clear(z);
    if (!fits) raise(exc::OverflowError, "int too big to convert");
    return fits;
}

// The same, checked to fit a 32-bit field (CPython's uint32_converter).
bool u32_arg(Value v, uint32_t* out, const char* type = "uint32_t") {
    uint64_t x;
    if (!u64_arg(v, &x)) return false;
    if (x > UINT32_MAX) {
        raise(exc::OverflowError, "Value too large for %s type", type);
        return false;
    }
    *out = static_cast<uint32_t>(x);
    return true;
}

// -- liblzma glue ---------------------------------------------------------------------------

// liblzma's allocator: malloc, charged to the collector (see gc_charge_external).
void* lz_alloc(void*, size_t nmemb, size_t size) {
    if (size != 0 && nmemb > SIZE_MAX / size) return nullptr;
    size_t n = nmemb * size;
    gc_charge_external(n);
    return std::malloc(n ? n : 1);
}
void lz_free(void*, void* p) {
    std::free(p);
}
const lzma_allocator g_allocator = {lz_alloc, lz_free, nullptr};

void init_stream(lzma_stream& lzs) {
    std::memset(&lzs, 0, sizeof lzs); // LZMA_STREAM_INIT
    lzs.allocator = &g_allocator;
}

// False with the exception CPython raises for liblzma status [ret] set;
// true for the statuses that are no error.
bool check_lzma(lzma_ret ret) {
    switch (ret) {
    case LZMA_OK:
    case LZMA_GET_CHECK:
    case LZMA_NO_CHECK:
    case LZMA_STREAM_END: return true;
    case LZMA_UNSUPPORTED_CHECK: raise(g_error, "Unsupported integrity check"); break;
    case LZMA_MEM_ERROR: raise_memory_error(); break;
    case LZMA_MEMLIMIT_ERROR: raise(g_error, "Memory usage limit exceeded"); break;
    case LZMA_FORMAT_ERROR: raise(g_error, "Input format not supported by decoder"); break;
    case LZMA_OPTIONS_ERROR: raise(g_error, "Invalid or unsupported options"); break;
    case LZMA_DATA_ERROR: raise(g_error, "Corrupt input data"); break;
    case LZMA_BUF_ERROR: raise(g_error, "Insufficient buffer space"); break;
    case LZMA_PROG_ERROR: raise(g_error, "Internal error"); break;
    default: raise(g_error, "Unrecognized error from liblzma: %d", static_cast<int>(ret)); break;
    }
    return false;
}

// Points [lzs]'s output at [out]'s free room.
void arrange(CompressOutput& out, lzma_stream& lzs) {
    lzs.next_out = out.next<uint8_t>();
    lzs.avail_out = out.room();
}

// -- Filter chains --------------------------------------------------------------------------

// A filter chain and the options of its filters (each filter i points at
// its own slot of the option arrays), terminated by LZMA_VLI_UNKNOWN.
struct FilterChain {
    lzma_filter filters[LZMA_FILTERS_MAX + 1];
    lzma_options_lzma lzma[LZMA_FILTERS_MAX];
    lzma_options_delta delta[LZMA_FILTERS_MAX];
    lzma_options_bcj bcj[LZMA_FILTERS_MAX];

    FilterChain() {
        std::memset(static_cast<void*>(this), 0, sizeof *this);
        for (lzma_filter& f : filters)
            f.id = LZMA_VLI_UNKNOWN;
    }
};

// spec[key]: the value, or null with no exception when there is no such
// key (KeyError), or null with the exception another error raised.
Value spec_item(Value spec, const char* key) {
    Value k = make_str(key);
    if (!k) return Value();
    Value v = get_item(spec, k);
    if (!v && err_matches(exc::KeyError)) err_clear();
    return v;
}

// The options of a filter are read as PyArg_ParseTupleAndKeywords reads
// keyword arguments from the spec: it must be a dict whose keys are all
// among [names]; each present value is converted by [convert]. Any failure
// is the ValueError "Invalid filter specifier for <what> filter".
template <class Convert>
bool parse_options(Value spec, const char* const* names, size_t nnames, const char* what,
                   Convert convert) {
    bool ok = is_dict(spec);
    if (ok) {
        Dict* d = as_dict(spec);
        size_t pos = 0;
        Value key, value;
        while (ok && dict_next(d, &pos, &key, &value)) {
            ok = is_str(key);
            if (!ok) break;
            std::string_view k = str_view(key);
            ok = false;
            for (size_t i = 0; i < nnames && !ok; i++)
                ok = k == names[i];
        }
        for (size_t i = 0; ok && i < nnames; i++) {
            Value v = dict_get_cstr(d, names[i]);
            if (v)
                ok = convert(i, v);
            else if (err_occurred())
                ok = false;
        }
    }
    if (ok) return true;
    err_clear();
    raise(exc::ValueError, "Invalid filter specifier for %s filter", what);
    return false;
}

bool parse_lzma_options(Value spec, lzma_options_lzma* o) {
    uint32_t preset = LZMA_PRESET_DEFAULT;
    Value p = spec_item(spec, "preset");
    if (!p && err_occurred()) return false;
    if (p && !u32_arg(p, &preset)) return false;
    if (lzma_lzma_preset(o, preset)) {
        raise(g_error, "Invalid compression preset: %u", preset);
        return false;
    }
    static const char* const names[] = {"id", "preset", "dict_size", "lc", "lp",
                                        "pb", "mode",   "nice_len",  "mf", "depth"};
    return parse_options(spec, names, 10, "LZMA", [o](size_t i, Value v) {
        uint32_t x;
        switch (i) {
        case 0:
        case 1: return true; // read above
        case 2: return u32_arg(v, &o->dict_size);
        case 3: return u32_arg(v, &o->lc);
        case 4: return u32_arg(v, &o->lp);
        case 5: return u32_arg(v, &o->pb);
        case 6:
            if (!u32_arg(v, &x, "lzma_mode")) return false;
            o->mode = static_cast<lzma_mode>(x);
            return true;
        case 7: return u32_arg(v, &o->nice_len);
        case 8:
            if (!u32_arg(v, &x, "lzma_match_finder")) return false;
            o->mf = static_cast<lzma_match_finder>(x);
            return true;
        default: return u32_arg(v, &o->depth);
        }
    });
}

bool parse_delta_options(Value spec, lzma_options_delta* o) {
    static const char* const names[] = {"id", "dist"};
    uint32_t dist = 1;
    if (!parse_options(spec, names, 2, "delta",
                       [&dist](size_t i, Value v) { return i == 0 || u32_arg(v, &dist); }))
        return false;
    o->type = LZMA_DELTA_TYPE_BYTE;
    o->dist = dist;
    return true;
}

bool parse_bcj_options(Value spec, lzma_options_bcj* o) {
    static const char* const names[] = {"id", "start_offset"};
    uint32_t start = 0;
    if (!parse_options(spec, names, 2, "BCJ",
                       [&start](size_t i, Value v) { return i == 0 || u32_arg(v, &start); }))
        return false;
    o->start_offset = start;
    return true;
}

// Reads filter spec [spec] into filter [i] of [chain].
bool parse_filter(Value spec, FilterChain& chain, size_t i) {
    if (!spec.is_ptr() || !type_of(spec)->getitem) {
        raise(exc::TypeError, "Filter specifier must be a dict or dict-like object");
        return false;
    }
    Value id_obj = spec_item(spec, "id");
    if (!id_obj) {
        if (!err_occurred()) raise(exc::ValueError, "Filter specifier must have an \"id\" entry");
        return false;
    }
    uint64_t id;
    if (!u64_arg(id_obj, &id)) return false;
    lzma_filter& f = chain.filters[i];
    switch (id) {
    case LZMA_FILTER_LZMA1:
    case LZMA_FILTER_LZMA2:
        f.options = &chain.lzma[i];
        if (!parse_lzma_options(spec, &chain.lzma[i])) return false;
        break;
    case LZMA_FILTER_DELTA:
        f.options = &chain.delta[i];
        if (!parse_delta_options(spec, &chain.delta[i])) return false;
        break;
    case LZMA_FILTER_X86:
    case LZMA_FILTER_POWERPC:
    case LZMA_FILTER_IA64:
    case LZMA_FILTER_ARM:
    case LZMA_FILTER_ARMTHUMB:
    case LZMA_FILTER_SPARC:
        f.options = &chain.bcj[i];
        if (!parse_bcj_options(spec, &chain.bcj[i])) return false;
        break;
    default:
        raise(exc::ValueError, "Invalid filter ID: %llu", static_cast<unsigned long long>(id));
        return false;
    }
    f.id = id;
    return true;
}

// Reads the sequence of filter specs [specs] into [chain].
bool parse_filter_chain(Value specs, FilterChain& chain) {
    int64_t n = length(specs);
    if (n < 0) return false;
    if (n > LZMA_FILTERS_MAX) {
        raise(exc::ValueError, "Too many filters - liblzma supports a maximum of %d",
              LZMA_FILTERS_MAX);
        return false;
    }
    for (int64_t i = 0; i < n; i++) {
        Value spec = get_item(specs, make_int(i));
        if (!spec || !parse_filter(spec, chain, static_cast<size_t>(i))) return false;
    }
    // A list that shrank while its items were read ends the chain early.
    for (int64_t i = n; i <= LZMA_FILTERS_MAX; i++)
        chain.filters[i].id = LZMA_VLI_UNKNOWN;
    return true;
}

// The spec of a decoded filter, as a dict: its id and the options its
// properties encode.
Value build_filter_spec(const lzma_filter& f) {
    Dict* d = make_dict();
    if (!d) return Value();
    Value spec(d);
    auto add = [d](const char* key, uint64_t value) {
        Value v = make_uint(value);
        return v && dict_set_cstr(d, key, v);
    };
    if (!add("id", f.id)) return Value();
    bool ok = true;
    switch (f.id) {
    case LZMA_FILTER_LZMA1: {
        auto* o = static_cast<const lzma_options_lzma*>(f.options);
        ok = add("lc", o->lc) && add("lp", o->lp) && add("pb", o->pb) &&
             add("dict_size", o->dict_size);
        break;
    }
    case LZMA_FILTER_LZMA2:
        ok = add("dict_size", static_cast<const lzma_options_lzma*>(f.options)->dict_size);
        break;
    case LZMA_FILTER_DELTA:
        ok = add("dist", static_cast<const lzma_options_delta*>(f.options)->dist);
        break;
    case LZMA_FILTER_X86:
    case LZMA_FILTER_POWERPC:
    case LZMA_FILTER_IA64:
    case LZMA_FILTER_ARM:
    case LZMA_FILTER_ARMTHUMB:
    case LZMA_FILTER_SPARC:
        // Empty properties (start offset 0) leave no options at all.
        if (f.options)
            ok = add("start_offset", static_cast<const lzma_options_bcj*>(f.options)->start_offset);
        break;
    default:
        return raise(exc::ValueError, "Invalid filter ID: %llu",
                     static_cast<unsigned long long>(f.id));
    }
    if (!ok) return Value();
    return spec;
}

// -- LZMACompressor -------------------------------------------------------------------------

struct CompObject : Object {
    lzma_stream lzs;
    bool flushed; // flush() was called (the state is then released)
};

CompObject* C(Value v) {
    return static_cast<CompObject*>(v.as_ptr());
}

void comp_finalize(Object* o) {
    lzma_end(&static_cast<CompObject*>(o)->lzs); // a no-op once released
}

// Sets up [lzs] as the encoder for [format]; false with an exception set.
bool init_encoder(lzma_stream& lzs, int format, int check, uint32_t preset, Value filters) {
    lzma_ret ret;
    switch (format) {
    case FORMAT_XZ:
        if (check == -1) check = LZMA_CHECK_CRC64;
        if (!filters) {
            ret = lzma_easy_encoder(&lzs, preset, static_cast<lzma_check>(check));
        } else {
            FilterChain chain;
            if (!parse_filter_chain(filters, chain)) return false;
            ret = lzma_stream_encoder(&lzs, chain.filters, static_cast<lzma_check>(check));
        }
        return check_lzma(ret);
    case FORMAT_ALONE:
        if (!filters) {
            lzma_options_lzma options;
            if (lzma_lzma_preset(&options, preset)) {
                raise(g_error, "Invalid compression preset: %u", preset);
                return false;
            }
            ret = lzma_alone_encoder(&lzs, &options);
        } else {
            FilterChain chain;
            if (!parse_filter_chain(filters, chain)) return false;
            if (chain.filters[0].id != LZMA_FILTER_LZMA1 ||
                chain.filters[1].id != LZMA_VLI_UNKNOWN) {
                raise(exc::ValueError,
                      "Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter");
                return false;
            }
            ret = lzma_alone_encoder(
                &lzs, static_cast<const lzma_options_lzma*>(chain.filters[0].options));
        }
        return check_lzma(ret);
    case FORMAT_RAW: {
        if (!filters) {
            raise(exc::ValueError, "Must specify filters for FORMAT_RAW");
            return false;
        }
        FilterChain chain;
        if (!parse_filter_chain(filters, chain)) return false;
        return check_lzma(lzma_raw_encoder(&lzs, chain.filters));
    }
    default: raise(exc::ValueError, "Invalid container format: %d", format); return false;
    }
}

// LZMACompressor.__new__: a compressor not yet set up (as if flushed);
// __init__ sets it up, as in CPython 3.11.
Value comp_new(Type* type, const Value*, size_t, Value) {
    auto* c = gc_new<CompObject>(type, type->basic_size);
    if (!c) return Value();
    init_stream(c->lzs);
    c->flushed = true;
    return Value(c);
}

// LZMACompressor.__init__(format=FORMAT_XZ, check=-1, preset=None,
// filters=None): (re)starts the stream.
int comp_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const char* const names[] = {"format", "check", "preset", "filters"};
    Value a[4];
    if (!unpack_keyword_args("LZMACompressor", names, 4, 0, 4, args, nargs, kwnames, a)) return -1;
    int format, check;
    if (!c_int_arg(a[0], FORMAT_XZ, &format) || !c_int_arg(a[1], -1, &check)) return -1;
    Value preset_obj = a[2] && !is_none(a[2]) ? a[2] : Value();
    Value filters = a[3] && !is_none(a[3]) ? a[3] : Value();
    if (format != FORMAT_XZ && check != -1 && check != LZMA_CHECK_NONE) {
        raise(exc::ValueError, "Integrity checks are only supported by FORMAT_XZ");
        return -1;
    }
    if (preset_obj && filters) {
        raise(exc::ValueError, "Cannot specify both preset and filter chain");
        return -1;
    }
    uint32_t preset = LZMA_PRESET_DEFAULT;
    if (preset_obj && !u32_arg(preset_obj, &preset)) return -1;
    CompObject* c = C(self);
    lzma_end(&c->lzs);
    init_stream(c->lzs);
    c->flushed = true; // until the encoder is set up
    if (!init_encoder(c->lzs, format, check, preset, filters)) {
        lzma_end(&c->lzs);
        return -1;
    }
    c->flushed = false;
    return 0;
}

// Runs the encoder over [size] bytes at [data] with [action] (LZMA_RUN:
// until the input is taken; LZMA_FINISH: until the end of the stream).
Value run_compress(CompObject* c, const uint8_t* data, size_t size, lzma_action action) {
    lzma_stream& lzs = c->lzs;
    CompressOutput out(SIZE_MAX);
    lzs.next_in = data;
    lzs.avail_in = size;
    bool ok = true;
    for (;;) {
        if (out.room() == 0 && !out.grow()) {
            ok = false;
            break;
        }
        arrange(out, lzs);
        lzma_ret ret = lzma_code(&lzs, action);
        out.commit(lzs.next_out);
        // No progress with room left is only the end of the input.
        if (ret == LZMA_BUF_ERROR && size == 0 && lzs.avail_out > 0) ret = LZMA_OK;
        if (!check_lzma(ret)) {
            ok = false;
            break;
        }
        if ((action == LZMA_RUN && lzs.avail_in == 0) ||
            (action == LZMA_FINISH && ret == LZMA_STREAM_END))
            break;
    }
    // The input is not ours to keep.
    lzs.next_in = nullptr;
    lzs.avail_in = 0;
    if (!ok) return Value();
    return out.to_bytes();
}

// LZMACompressor.compress(data, /)
Value comp_compress(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("LZMACompressor.compress", kwnames) ||
        !check_nargs("LZMACompressor.compress", nargs, 1, 1))
        return Value();
    Buffer data;
    if (!get_buffer(args[0], data)) return Value();
    CompObject* c = C(self);
    if (c->flushed) return raise(exc::ValueError, "Compressor has been flushed");
    return run_compress(c, data.data, data.size, LZMA_RUN);
}

// LZMACompressor.flush(): the rest of the stream; the compressor is then done.
Value comp_flush(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("LZMACompressor.flush", kwnames) ||
        !check_nargs("LZMACompressor.flush", nargs, 0, 0))
        return Value();
    CompObject* c = C(self);
    if (c->flushed) return raise(exc::ValueError, "Repeated call to flush()");
    c->flushed = true;
    Value result = run_compress(c, nullptr, 0, LZMA_FINISH);
    lzma_end(&c->lzs); // the stream is over whatever happened
    return result;
}

// -- LZMADecompressor -----------------------------------------------------------------------

struct DecompObject : Object {
    lzma_stream lzs;
    int check;         // the stream's integrity check (kCheckUnknown until known)
    bool eof;          // the end of the compressed stream was reached
    bool needs_input;  // more input is needed before more output can come
    Value unused_data; // bytes found after the end of the stream
    // Input decompress() left unconsumed (a max_length limit): malloc'd.
    PendingInput<uint8_t> pending;
};

DecompObject* D(Value v) {
    return static_cast<DecompObject*>(v.as_ptr());
}

void decomp_trace(Object* o, Tracer& t) {
    t.visit(static_cast<DecompObject*>(o)->unused_data);
}

void decomp_finalize(Object* o) {
    auto* d = static_cast<DecompObject*>(o);
    lzma_end(&d->lzs);
    d->pending.release();
}

// LZMADecompressor.__new__: a decompressor not yet set up (as if at the
// end of its stream); __init__ sets it up, as in CPython 3.11.
Value decomp_new(Type* type, const Value*, size_t, Value) {
    Value empty = make_bytes("");
    if (!empty) return Value();
    auto* d = gc_new<DecompObject>(type, type->basic_size);
    if (!d) return Value();
    d->unused_data = empty;
    d->check = kCheckUnknown;
    d->eof = true;
    init_stream(d->lzs);
    return Value(d);
}

// LZMADecompressor.__init__(format=FORMAT_AUTO, memlimit=None,
// filters=None): (re)starts the stream.
int decomp_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const char* const names[] = {"format", "memlimit", "filters"};
    Value a[3];
    if (!unpack_keyword_args("LZMADecompressor", names, 3, 0, 3, args, nargs, kwnames, a))
        return -1;
    int format;
    if (!c_int_arg(a[0], FORMAT_AUTO, &format)) return -1;
    Value memlimit_obj = a[1] && !is_none(a[1]) ? a[1] : Value();
    Value filters = a[2] && !is_none(a[2]) ? a[2] : Value();
    uint64_t memlimit = UINT64_MAX;
    if (memlimit_obj) {
        if (format == FORMAT_RAW) {
            raise(exc::ValueError, "Cannot specify memory limit with FORMAT_RAW");
            return -1;
        }
        if (!u64_arg(memlimit_obj, &memlimit)) return -1;
    }
    if (format == FORMAT_RAW && !filters) {
        raise(exc::ValueError, "Must specify filters for FORMAT_RAW");
        return -1;
    }
    if (format != FORMAT_RAW && filters) {
        raise(exc::ValueError, "Cannot specify filters except with FORMAT_RAW");
        return -1;
    }
    Value empty = make_bytes("");
    if (!empty) return -1;
    DecompObject* d = D(self);
    decomp_finalize(d);
    init_stream(d->lzs);
    d->unused_data = empty;
    d->needs_input = true;
    d->check = kCheckUnknown;
    d->eof = true; // until the decoder is set up
    const uint32_t flags = LZMA_TELL_ANY_CHECK | LZMA_TELL_NO_CHECK;
    bool ok;
    switch (format) {
    case FORMAT_AUTO: ok = check_lzma(lzma_auto_decoder(&d->lzs, memlimit, flags)); break;
    case FORMAT_XZ: ok = check_lzma(lzma_stream_decoder(&d->lzs, memlimit, flags)); break;
    case FORMAT_ALONE:
        d->check = LZMA_CHECK_NONE;
        ok = check_lzma(lzma_alone_decoder(&d->lzs, memlimit));
        break;
    case FORMAT_RAW: {
        d->check = LZMA_CHECK_NONE;
        FilterChain chain;
        ok = parse_filter_chain(filters, chain) &&
             check_lzma(lzma_raw_decoder(&d->lzs, chain.filters));
        break;
    }
    default:
        raise(exc::ValueError, "Invalid container format: %d", format);
        ok = false;
        break;
    }
    if (!ok) {
        lzma_end(&d->lzs);
        return -1;
    }
    d->eof = false;
    return 0;
}

// LZMADecompressor.decompress(data, max_length=-1): what data (after any
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
    if (d->eof) return raise(exc::EOFError, "Already at end of stream");

    // The input: the pending bytes followed by data, or data alone.
    const uint8_t* in = data.data;
    size_t in_len = data.size;
    if (d->pending.len > 0) {
        if (!d->pending.append(data.data, data.size)) return Value();
        in = d->pending.data;
        in_len = d->pending.len;
    }

    lzma_stream& lzs = d->lzs;
    CompressOutput out(max_length < 0 ? SIZE_MAX : static_cast<size_t>(max_length));
    lzs.next_in = in;
    lzs.avail_in = in_len;
    bool ok = true;
    for (;;) {
        if (out.room() == 0 && !out.full() && !out.grow()) {
            ok = false;
            break;
        }
        arrange(out, lzs);
        lzma_ret ret = lzma_code(&lzs, LZMA_RUN);
        out.commit(lzs.next_out);
        // No progress with room left is only the end of the input.
        if (ret == LZMA_BUF_ERROR && lzs.avail_in == 0 && lzs.avail_out > 0) ret = LZMA_OK;
        if (!check_lzma(ret)) {
            ok = false;
            break;
        }
        if (ret == LZMA_GET_CHECK || ret == LZMA_NO_CHECK) d->check = lzma_get_check(&lzs);
        if (ret == LZMA_STREAM_END) {
            d->eof = true;
            break;
        }
        if (lzs.avail_out == 0) {
            if (out.full()) break; // else more room next time round
        } else if (lzs.avail_in == 0) {
            break;
        }
    }
    const uint8_t* rest = lzs.next_in;
    size_t remains = lzs.avail_in;
    bool limited = lzs.avail_out == 0;
    lzs.next_in = nullptr;
    lzs.avail_in = 0;
    if (!ok) {
        d->pending.len = 0; // as CPython, the input is dropped after an error
        return Value();
    }
    Value result = out.to_bytes();
    if (!result) return Value();
    if (d->eof) {
        d->needs_input = false;
        if (remains > 0) {
            Value u = make_bytes(std::string_view(reinterpret_cast<const char*>(rest), remains));
            if (!u) return Value();
            d->unused_data = u;
        }
        // The state is of no more use (and the input with it).
        lzma_end(&lzs);
        d->pending.release();
    } else if (remains == 0) {
        d->pending.len = 0;
        // At the output limit, the coder may still hold output.
        d->needs_input = !limited;
    } else {
        d->needs_input = false;
        if (!d->pending.keep(rest, remains)) return Value();
    }
    return result;
}

Value decomp_check(Value self) {
    return make_int(D(self)->check);
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

// -- Module functions -----------------------------------------------------------------------

// is_check_supported(check_id, /)
Value lz_is_check_supported(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("_lzma.is_check_supported", kwnames) ||
        !check_nargs("_lzma.is_check_supported", nargs, 1, 1))
        return Value();
    int id;
    if (!c_int_arg(args[0], 0, &id)) return Value();
    return Bool(lzma_check_is_supported(static_cast<lzma_check>(id)));
}

// _encode_filter_properties(filter, /): the properties of the filter spec
// as the .xz and .7z formats store them.
Value lz_encode_filter_properties(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("_lzma._encode_filter_properties", kwnames) ||
        !check_nargs("_lzma._encode_filter_properties", nargs, 1, 1))
        return Value();
    FilterChain chain;
    if (!parse_filter(args[0], chain, 0)) return Value();
    uint32_t size = 0;
    if (!check_lzma(lzma_properties_size(&size, &chain.filters[0]))) return Value();
    std::string out(size, '\0');
    if (!check_lzma(
            lzma_properties_encode(&chain.filters[0], reinterpret_cast<uint8_t*>(out.data()))))
        return Value();
    return make_bytes(out);
}

// _decode_filter_properties(filter_id, encoded_props, /): the filter spec
// (a dict) the properties describe.
Value lz_decode_filter_properties(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("_decode_filter_properties", kwnames) ||
        !check_nargs_expected("_decode_filter_properties", nargs, 2, 2))
        return Value();
    uint64_t id;
    if (!u64_arg(args[0], &id)) return Value();
    Buffer props;
    if (!get_buffer(args[1], props)) return Value();
    lzma_filter f;
    f.id = id;
    f.options = nullptr;
    // Decoded with liblzma's default allocator (malloc), so freed with free().
    lzma_ret ret = lzma_properties_decode(&f, nullptr, props.data, props.size);
    if (!check_lzma(ret)) return Value();
    Value spec = build_filter_spec(f);
    std::free(f.options);
    return spec;
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
    {"check", decomp_check, readonly_member_set,
     "ID of the integrity check used by the input stream."},
    {"eof", decomp_eof, readonly_member_set, "True if the end-of-stream marker has been reached."},
    {"needs_input", decomp_needs_input, readonly_member_set,
     "True if more input is needed before more decompressed data can be produced."},
    {"unused_data", decomp_unused_data, readonly_member_set,
     "Data found after the end of the compressed stream."},
    {nullptr, nullptr, nullptr, nullptr},
};

const NativeMethodDef lzma_functions[] = {
    {"is_check_supported", lz_is_check_supported, NATIVE_KEYWORDS,
     "Test whether the given integrity check is supported.\n\n"
     "Always returns True for CHECK_NONE and CHECK_CRC32."},
    {"_encode_filter_properties", lz_encode_filter_properties, NATIVE_KEYWORDS,
     "Return a bytes object encoding the options (properties) of the filter specified by "
     "*filter* (a dict).\n\nThe result does not include the filter ID itself, only the options."},
    {"_decode_filter_properties", lz_decode_filter_properties, NATIVE_KEYWORDS,
     "Return a filter spec (a dict) for the filter *filter_id* whose options (properties)\n"
     "are encoded in *encoded_props*."},
    {nullptr, nullptr, 0, nullptr},
};

struct IntConstant {
    const char* name;
    uint64_t value;
};
const IntConstant lzma_constants[] = {
    {"FORMAT_AUTO", FORMAT_AUTO},
    {"FORMAT_XZ", FORMAT_XZ},
    {"FORMAT_ALONE", FORMAT_ALONE},
    {"FORMAT_RAW", FORMAT_RAW},
    {"CHECK_NONE", LZMA_CHECK_NONE},
    {"CHECK_CRC32", LZMA_CHECK_CRC32},
    {"CHECK_CRC64", LZMA_CHECK_CRC64},
    {"CHECK_SHA256", LZMA_CHECK_SHA256},
    {"CHECK_ID_MAX", LZMA_CHECK_ID_MAX},
    {"CHECK_UNKNOWN", kCheckUnknown},
    {"FILTER_LZMA1", LZMA_FILTER_LZMA1},
    {"FILTER_LZMA2", LZMA_FILTER_LZMA2},
    {"FILTER_DELTA", LZMA_FILTER_DELTA},
    {"FILTER_X86", LZMA_FILTER_X86},
    {"FILTER_IA64", LZMA_FILTER_IA64},
    {"FILTER_ARM", LZMA_FILTER_ARM},
    {"FILTER_ARMTHUMB", LZMA_FILTER_ARMTHUMB},
    {"FILTER_SPARC", LZMA_FILTER_SPARC},
    {"FILTER_POWERPC", LZMA_FILTER_POWERPC},
    {"MF_HC3", LZMA_MF_HC3},
    {"MF_HC4", LZMA_MF_HC4},
    {"MF_BT2", LZMA_MF_BT2},
    {"MF_BT3", LZMA_MF_BT3},
    {"MF_BT4", LZMA_MF_BT4},
    {"MODE_FAST", LZMA_MODE_FAST},
    {"MODE_NORMAL", LZMA_MODE_NORMAL},
    {"PRESET_DEFAULT", LZMA_PRESET_DEFAULT},
    {"PRESET_EXTREME", LZMA_PRESET_EXTREME},
};

void init_types() {
    static bool done = false;
    if (done) return;
    done = true;
    // A static type's fields become roots only once init_static_type has
    // registered it, so no collection may run while the types are made.
    bool was = gc_is_enabled();
    gc_set_enabled(false);
    LZMACompressorType.finalize = comp_finalize;
    LZMACompressorType.tp_new = comp_new;
    LZMACompressorType.init = comp_init;
    init_static_type(&LZMACompressorType, "_lzma.LZMACompressor", &ObjectType, sizeof(CompObject),
                     0);
    add_methods(&LZMACompressorType, comp_methods);
    add_slot_wrappers(&LZMACompressorType);
    add_builtin_new_wrapper(&LZMACompressorType);
    dict_set_cstr(
        LZMACompressorType.dict, "__doc__",
        make_str("LZMACompressor(format=FORMAT_XZ, check=-1, preset=None, filters=None)\n\n"
                 "Create a compressor object for compressing data incrementally.\n\n"
                 "format is the container format of the output: FORMAT_XZ (the default),\n"
                 "FORMAT_ALONE or FORMAT_RAW. check is the integrity check (FORMAT_XZ only;\n"
                 "CHECK_CRC64 by default). The settings are either a preset level (0-9,\n"
                 "optionally OR-ed with PRESET_EXTREME; PRESET_DEFAULT by default) or a\n"
                 "custom filter chain, a sequence of dicts each with an \"id\" entry and the\n"
                 "filter's options. FORMAT_RAW needs a filter chain.\n\n"
                 "For one-shot compression, use the compress() function instead.\n"));

    LZMADecompressorType.trace = decomp_trace;
    LZMADecompressorType.finalize = decomp_finalize;
    LZMADecompressorType.tp_new = decomp_new;
    LZMADecompressorType.init = decomp_init;
    init_static_type(&LZMADecompressorType, "_lzma.LZMADecompressor", &ObjectType,
                     sizeof(DecompObject), 0);
    add_methods(&LZMADecompressorType, decomp_methods);
    add_getsets(&LZMADecompressorType, decomp_getsets);
    add_slot_wrappers(&LZMADecompressorType);
    add_builtin_new_wrapper(&LZMADecompressorType);
    dict_set_cstr(
        LZMADecompressorType.dict, "__doc__",
        make_str("Create a decompressor object for decompressing data incrementally.\n\n"
                 "format is the container format of the input: FORMAT_AUTO (the default)\n"
                 "detects FORMAT_XZ and FORMAT_ALONE; FORMAT_RAW streams need the filter\n"
                 "chain they were made with. memlimit limits the memory the decoder may\n"
                 "use.\n\n"
                 "For one-shot decompression, use the decompress() function instead."));
    gc_set_enabled(was);
}

} // namespace

Value init_lzma_module() {
    init_types();
    // The exception class lives as long as the interpreter (an immortal type).
    if (!g_error) {
        g_error = make_builtin_heap_type("LZMAError", exc::Exception, "_lzma");
        if (!g_error) return Value();
        if (!dict_set_cstr(g_error->dict, "__doc__", make_str("Call to liblzma failed.")))
            return Value();
    }
    ModuleObject* m = make_module("_lzma");
    if (!m) return Value();
    Value mod(m);
    add_functions(m->dict, lzma_functions, mod);
    Dict* d = m->dict;
    bool ok = dict_set_cstr(d, "LZMACompressor", Value(&LZMACompressorType)) &&
              dict_set_cstr(d, "LZMADecompressor", Value(&LZMADecompressorType)) &&
              dict_set_cstr(d, "LZMAError", Value(g_error));
    for (const IntConstant& c : lzma_constants)
        ok = ok && dict_set_cstr(d, c.name, make_uint(c.value));
    if (!ok) return Value();
    return mod;
}

} // namespace uopy
