// The _codecs module: the codec registry (register, unregister, lookup,
// encode, decode), the error-handler registry (register_error,
// lookup_error) and the codec functions the host stdlib's encodings
// package is built on (utf_8_encode, utf_16_ex_decode, charmap_decode, ...),
// with CPython's signatures and (output, length consumed) results. The
// codecs and registries themselves are objects/codecs.cpp. CPython
// counterpart: Modules/_codecsmodule.c.
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/codecs.h"
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

#include <cstdint>
#include <string>

namespace uopy {

namespace {

// -- Arguments (Argument Clinic's converters) --------------------------------------------------

// errors (argument [i]): a str, or None / absent for "strict".
bool errors_arg(const char* fname, const Value* args, size_t nargs, size_t i,
                std::string_view* out) {
    *out = "strict";
    if (i >= nargs || is_none(args[i])) return true;
    if (!is_str(args[i])) {
        raise(exc::TypeError, "%s() argument %zu must be str or None, not %s", fname, i + 1,
              arg_type_name(args[i]));
        return false;
    }
    *out = str_view(args[i]);
    return true;
}

// A C int argument: anything with __index__ in the int range.
bool int_arg(Value v, int* out) {
    Value i = number_index(v);
    if (!i) return false;
    int64_t x = 0;
    if (!int_fits_int64(i, &x) || x < INT32_MIN || x > INT32_MAX) {
        raise(exc::OverflowError, "Python int too large to convert to C int");
        return false;
    }
    *out = static_cast<int>(x);
    return true;
}

// A flag argument (final): an int, [dflt] when absent.
bool flag_arg(const Value* args, size_t nargs, size_t i, bool dflt, bool* out) {
    *out = dflt;
    if (i >= nargs) return true;
    int v = 0;
    if (!int_arg(args[i], &v)) return false;
    *out = v != 0;
    return true;
}

// A buffer argument: bytes in place, bytearray and memoryview copied (an
// error handler could change them); with [accept_str], a str as its UTF-8.
bool data_arg(Value v, bool accept_str, std::string* copy, std::string_view* out) {
    if (is_bytes(v)) {
        *out = bytes_view(v);
        return true;
    }
    Value b;
    if (is_bytearray(v)) {
        b = v;
    } else if (v.is_ptr() && isinstance_of(v, &MemoryViewType)) {
        b = call_method(v, "tobytes", {}); // ValueError once released
        if (!b) return false;
    } else if (accept_str && is_str(v)) {
        b = codec_utf8_encode(v, "strict"); // lone surrogates: UnicodeEncodeError
        if (!b) return false;
    } else {
        raise(exc::TypeError, "a bytes-like object is required, not '%s'", type_name(v));
        return false;
    }
    copy->assign(bytes_view(b));
    *out = *copy;
    return true;
}

bool str_first_arg(const char* fname, const Value* args) {
    if (is_str(args[0])) return true;
    raise(exc::TypeError, "%s() argument 1 must be str, not %s", fname, arg_type_name(args[0]));
    return false;
}

// (output, length): the result of every codec function.
Value codec_tuple(Value output, size_t length) {
    if (!output) return output;
    Value n = make_int(static_cast<int64_t>(length));
    if (!n) return n;
    return tuple_pack({output, n});
}

// -- The registry ----------------------------------------------------------------------------

Value m_register(Value, const Value* args, size_t, Value) {
    return codec_register(args[0]) ? None() : Value();
}

Value m_unregister(Value, const Value* args, size_t, Value) {
    codec_unregister(args[0]);
    return err_occurred() ? Value() : None();
}

Value m_lookup(Value, const Value* args, size_t, Value) {
    if (!is_str(args[0]))
        return raise(exc::TypeError, "lookup() argument must be str, not %s",
                     arg_type_name(args[0]));
    return codec_registry_lookup(str_view(args[0]));
}

// encode(obj, encoding='utf-8', errors='strict') / decode(...): through the
// registry, the codec called with errors only when it was given.
Value registry_function(bool encode, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature encode_sig("encode", "obj, encoding=, errors=");
    static const NativeSignature decode_sig("decode", "obj, encoding=, errors=");
    const char* fname = encode ? "encode" : "decode";
    Value a[3];
    if (!(encode ? encode_sig : decode_sig).bind(args, nargs, kwnames, a)) return Value();
    if (a[1] && !is_str(a[1]))
        return raise(exc::TypeError, "%s() argument 'encoding' must be str, not %s", fname,
                     arg_type_name(a[1]));
    if (a[2] && !is_str(a[2]))
        return raise(exc::TypeError, "%s() argument 'errors' must be str, not %s", fname,
                     arg_type_name(a[2]));
    std::string_view encoding = a[1] ? str_view(a[1]) : "utf-8";
    return encode ? codec_registry_encode(a[0], encoding, a[2])
                  : codec_registry_decode(a[0], encoding, a[2]);
}

Value m_encode(Value, const Value* args, size_t nargs, Value kwnames) {
    return registry_function(true, args, nargs, kwnames);
}

Value m_decode(Value, const Value* args, size_t nargs, Value kwnames) {
    return registry_function(false, args, nargs, kwnames);
}

Value m_register_error(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_expected("register_error", nargs, 2, 2)) return Value();
    if (!is_str(args[0]))
        return raise(exc::TypeError, "register_error() argument 1 must be str, not %s",
                     arg_type_name(args[0]));
    return codec_register_error(args[0], args[1]) ? None() : Value();
}

Value m_lookup_error(Value, const Value* args, size_t, Value) {
    if (!is_str(args[0]))
        return raise(exc::TypeError, "lookup_error() argument must be str, not %s",
                     arg_type_name(args[0]));
    return codec_lookup_error(str_view(args[0]));
}

// -- Encoders: name(str, errors=None) -> (bytes, len(str)) ---------------------------------------

using SimpleEncoder = Value (*)(Value str, std::string_view errors);

Value simple_encode(const char* fname, SimpleEncoder fn, const Value* args, size_t nargs) {
    std::string_view errors;
    if (!check_nargs_expected(fname, nargs, 1, 2) || !str_first_arg(fname, args) ||
        !errors_arg(fname, args, nargs, 1, &errors))
        return Value();
    return codec_tuple(fn(args[0], errors), str_length(args[0]));
}

Value utf7_encode(Value str, std::string_view) {
    return codec_utf7_encode(str);
}
Value unicode_escape_encode(Value str, std::string_view) {
    return codec_unicode_escape_encode(str);
}
Value raw_unicode_escape_encode(Value str, std::string_view) {
    return codec_raw_unicode_escape_encode(str);
}
Value utf16_le_encode(Value str, std::string_view errors) {
    return codec_utf16_encode(str, errors, -1);
}
Value utf16_be_encode(Value str, std::string_view errors) {
    return codec_utf16_encode(str, errors, 1);
}
Value utf32_le_encode(Value str, std::string_view errors) {
    return codec_utf32_encode(str, errors, -1);
}
Value utf32_be_encode(Value str, std::string_view errors) {
    return codec_utf32_encode(str, errors, 1);
}

Value m_utf_8_encode(Value, const Value* a, size_t n, Value) {
    return simple_encode("utf_8_encode", codec_utf8_encode, a, n);
}
Value m_ascii_encode(Value, const Value* a, size_t n, Value) {
    return simple_encode("ascii_encode", codec_ascii_encode, a, n);
}
Value m_latin_1_encode(Value, const Value* a, size_t n, Value) {
    return simple_encode("latin_1_encode", codec_latin1_encode, a, n);
}
Value m_utf_7_encode(Value, const Value* a, size_t n, Value) {
    return simple_encode("utf_7_encode", utf7_encode, a, n);
}
Value m_unicode_escape_encode(Value, const Value* a, size_t n, Value) {
    return simple_encode("unicode_escape_encode", unicode_escape_encode, a, n);
}
Value m_raw_unicode_escape_encode(Value, const Value* a, size_t n, Value) {
    return simple_encode("raw_unicode_escape_encode", raw_unicode_escape_encode, a, n);
}
Value m_utf_16_le_encode(Value, const Value* a, size_t n, Value) {
    return simple_encode("utf_16_le_encode", utf16_le_encode, a, n);
}
Value m_utf_16_be_encode(Value, const Value* a, size_t n, Value) {
    return simple_encode("utf_16_be_encode", utf16_be_encode, a, n);
}
Value m_utf_32_le_encode(Value, const Value* a, size_t n, Value) {
    return simple_encode("utf_32_le_encode", utf32_le_encode, a, n);
}
Value m_utf_32_be_encode(Value, const Value* a, size_t n, Value) {
    return simple_encode("utf_32_be_encode", utf32_be_encode, a, n);
}

// utf_16_encode(str, errors=None, byteorder=0): byteorder 0 writes a BOM.
Value bom_encode(const char* fname, bool wide, const Value* args, size_t nargs) {
    std::string_view errors;
    int byteorder = 0;
    if (!check_nargs_expected(fname, nargs, 1, 3) || !str_first_arg(fname, args) ||
        !errors_arg(fname, args, nargs, 1, &errors) || (nargs > 2 && !int_arg(args[2], &byteorder)))
        return Value();
    Value b = wide ? codec_utf32_encode(args[0], errors, byteorder)
                   : codec_utf16_encode(args[0], errors, byteorder);
    return codec_tuple(b, str_length(args[0]));
}
Value m_utf_16_encode(Value, const Value* a, size_t n, Value) {
    return bom_encode("utf_16_encode", false, a, n);
}
Value m_utf_32_encode(Value, const Value* a, size_t n, Value) {
    return bom_encode("utf_32_encode", true, a, n);
}

// charmap_encode(str, errors=None, mapping=None)
Value m_charmap_encode(Value, const Value* args, size_t nargs, Value) {
    std::string_view errors;
    if (!check_nargs_expected("charmap_encode", nargs, 1, 3) ||
        !str_first_arg("charmap_encode", args) ||
        !errors_arg("charmap_encode", args, nargs, 1, &errors))
        return Value();
    Value mapping = nargs > 2 ? args[2] : Value();
    return codec_tuple(codec_charmap_encode(args[0], errors, mapping), str_length(args[0]));
}

// -- Decoders: name(data, errors=None[, final]) -> (str, bytes consumed) -----------------------

using StatefulDecoder = Value (*)(std::string_view data, std::string_view errors, size_t* consumed);

// [max] 3: a final argument (default [final_default]); 2: always final.
Value stateful_decode(const char* fname, StatefulDecoder fn, bool accept_str, size_t max,
                      bool final_default, const Value* args, size_t nargs) {
    std::string copy;
    std::string_view data, errors;
    bool final = true;
    if (!check_nargs_expected(fname, nargs, 1, max) ||
        !data_arg(args[0], accept_str, &copy, &data) ||
        !errors_arg(fname, args, nargs, 1, &errors) ||
        !flag_arg(args, nargs, 2, final_default, &final))
        return Value();
    size_t consumed = data.size();
    Value s = fn(data, errors, final ? nullptr : &consumed);
    return codec_tuple(s, consumed);
}

Value ascii_decode(std::string_view data, std::string_view errors, size_t*) {
    return codec_ascii_decode(data, errors);
}
Value latin1_decode(std::string_view data, std::string_view, size_t*) {
    return codec_latin1_decode(data);
}

Value m_utf_8_decode(Value, const Value* a, size_t n, Value) {
    return stateful_decode("utf_8_decode", codec_utf8_decode, false, 3, false, a, n);
}
Value m_utf_7_decode(Value, const Value* a, size_t n, Value) {
    return stateful_decode("utf_7_decode", codec_utf7_decode, false, 3, false, a, n);
}
Value m_ascii_decode(Value, const Value* a, size_t n, Value) {
    return stateful_decode("ascii_decode", ascii_decode, false, 2, true, a, n);
}
Value m_latin_1_decode(Value, const Value* a, size_t n, Value) {
    return stateful_decode("latin_1_decode", latin1_decode, false, 2, true, a, n);
}
Value m_unicode_escape_decode(Value, const Value* a, size_t n, Value) {
    return stateful_decode("unicode_escape_decode", codec_unicode_escape_decode, true, 3, true, a,
                           n);
}
Value m_raw_unicode_escape_decode(Value, const Value* a, size_t n, Value) {
    return stateful_decode("raw_unicode_escape_decode", codec_raw_unicode_escape_decode, true, 3,
                           true, a, n);
}

// utf_16_decode(data, errors=None, final=False) and the others: [byteorder]
// 0 detects a BOM; with [ex] (utf_16_ex_decode(data, errors=None,
// byteorder=0, final=False)) the result adds the byte order found.
Value bom_decode(const char* fname, bool wide, int byteorder, bool ex, const Value* args,
                 size_t nargs) {
    std::string copy;
    std::string_view data, errors;
    bool final = false;
    if (!check_nargs_expected(fname, nargs, 1, ex ? 4 : 3) ||
        !data_arg(args[0], false, &copy, &data) || !errors_arg(fname, args, nargs, 1, &errors) ||
        (ex && nargs > 2 && !int_arg(args[2], &byteorder)) ||
        !flag_arg(args, nargs, ex ? 3 : 2, false, &final))
        return Value();
    size_t consumed = data.size();
    size_t* partial = final ? nullptr : &consumed;
    Value s = wide ? codec_utf32_decode(data, errors, &byteorder, partial)
                   : codec_utf16_decode(data, errors, &byteorder, partial);
    if (!s) return s;
    Value n = make_int(static_cast<int64_t>(consumed));
    if (!n) return n;
    if (!ex) return tuple_pack({s, n});
    return tuple_pack({s, n, Value::small_int(byteorder)});
}

Value m_utf_16_decode(Value, const Value* a, size_t n, Value) {
    return bom_decode("utf_16_decode", false, 0, false, a, n);
}
Value m_utf_16_le_decode(Value, const Value* a, size_t n, Value) {
    return bom_decode("utf_16_le_decode", false, -1, false, a, n);
}
Value m_utf_16_be_decode(Value, const Value* a, size_t n, Value) {
    return bom_decode("utf_16_be_decode", false, 1, false, a, n);
}
Value m_utf_16_ex_decode(Value, const Value* a, size_t n, Value) {
    return bom_decode("utf_16_ex_decode", false, 0, true, a, n);
}
Value m_utf_32_decode(Value, const Value* a, size_t n, Value) {
    return bom_decode("utf_32_decode", true, 0, false, a, n);
}
Value m_utf_32_le_decode(Value, const Value* a, size_t n, Value) {
    return bom_decode("utf_32_le_decode", true, -1, false, a, n);
}
Value m_utf_32_be_decode(Value, const Value* a, size_t n, Value) {
    return bom_decode("utf_32_be_decode", true, 1, false, a, n);
}
Value m_utf_32_ex_decode(Value, const Value* a, size_t n, Value) {
    return bom_decode("utf_32_ex_decode", true, 0, true, a, n);
}

// charmap_decode(data, errors=None, mapping=None)
Value m_charmap_decode(Value, const Value* args, size_t nargs, Value) {
    std::string copy;
    std::string_view data, errors;
    if (!check_nargs_expected("charmap_decode", nargs, 1, 3) ||
        !data_arg(args[0], false, &copy, &data) ||
        !errors_arg("charmap_decode", args, nargs, 1, &errors))
        return Value();
    Value mapping = nargs > 2 ? args[2] : Value();
    return codec_tuple(codec_charmap_decode(data, errors, mapping), data.size());
}

// charmap_build(map): the encoding map of a decoding table.
Value m_charmap_build(Value, const Value* args, size_t, Value) {
    if (!is_str(args[0]))
        return raise(exc::TypeError, "charmap_build() argument must be str, not %s",
                     arg_type_name(args[0]));
    return codec_charmap_build(args[0]);
}

// -- Bytes to bytes ------------------------------------------------------------------------------

// escape_encode(data: bytes, errors=None) -> (escaped, len(data))
Value m_escape_encode(Value, const Value* args, size_t nargs, Value) {
    std::string_view errors;
    if (!check_nargs_expected("escape_encode", nargs, 1, 2)) return Value();
    if (!is_bytes(args[0]))
        return raise(exc::TypeError, "escape_encode() argument 1 must be bytes, not %s",
                     arg_type_name(args[0]));
    if (!errors_arg("escape_encode", args, nargs, 1, &errors)) return Value();
    std::string_view data = bytes_view(args[0]);
    return codec_tuple(codec_escape_encode(data), data.size());
}

// escape_decode(data, errors=None) -> (bytes, len(data))
Value m_escape_decode(Value, const Value* args, size_t nargs, Value) {
    std::string copy;
    std::string_view data, errors;
    if (!check_nargs_expected("escape_decode", nargs, 1, 2) ||
        !data_arg(args[0], true, &copy, &data) ||
        !errors_arg("escape_decode", args, nargs, 1, &errors))
        return Value();
    return codec_tuple(codec_escape_decode(data, errors), data.size());
}

// readbuffer_encode(data, errors=None) -> (bytes(data), len(data))
Value m_readbuffer_encode(Value, const Value* args, size_t nargs, Value) {
    std::string copy;
    std::string_view data, errors;
    if (!check_nargs_expected("readbuffer_encode", nargs, 1, 2) ||
        !data_arg(args[0], true, &copy, &data) ||
        !errors_arg("readbuffer_encode", args, nargs, 1, &errors))
        return Value();
    return codec_tuple(make_bytes(data), data.size());
}

const NativeMethodDef codecs_functions[] = {
    {"register", m_register, NATIVE_O, nullptr},
    {"unregister", m_unregister, NATIVE_O, nullptr},
    {"lookup", m_lookup, NATIVE_O, nullptr},
    {"encode", m_encode, NATIVE_KEYWORDS, nullptr},
    {"decode", m_decode, NATIVE_KEYWORDS, nullptr},
    {"escape_encode", m_escape_encode, 0, nullptr},
    {"escape_decode", m_escape_decode, 0, nullptr},
    {"utf_8_encode", m_utf_8_encode, 0, nullptr},
    {"utf_8_decode", m_utf_8_decode, 0, nullptr},
    {"utf_7_encode", m_utf_7_encode, 0, nullptr},
    {"utf_7_decode", m_utf_7_decode, 0, nullptr},
    {"utf_16_encode", m_utf_16_encode, 0, nullptr},
    {"utf_16_decode", m_utf_16_decode, 0, nullptr},
    {"utf_16_le_encode", m_utf_16_le_encode, 0, nullptr},
    {"utf_16_le_decode", m_utf_16_le_decode, 0, nullptr},
    {"utf_16_be_encode", m_utf_16_be_encode, 0, nullptr},
    {"utf_16_be_decode", m_utf_16_be_decode, 0, nullptr},
    {"utf_16_ex_decode", m_utf_16_ex_decode, 0, nullptr},
    {"utf_32_encode", m_utf_32_encode, 0, nullptr},
    {"utf_32_decode", m_utf_32_decode, 0, nullptr},
    {"utf_32_le_encode", m_utf_32_le_encode, 0, nullptr},
    {"utf_32_le_decode", m_utf_32_le_decode, 0, nullptr},
    {"utf_32_be_encode", m_utf_32_be_encode, 0, nullptr},
    {"utf_32_be_decode", m_utf_32_be_decode, 0, nullptr},
    {"utf_32_ex_decode", m_utf_32_ex_decode, 0, nullptr},
    {"unicode_escape_encode", m_unicode_escape_encode, 0, nullptr},
    {"unicode_escape_decode", m_unicode_escape_decode, 0, nullptr},
    {"raw_unicode_escape_encode", m_raw_unicode_escape_encode, 0, nullptr},
    {"raw_unicode_escape_decode", m_raw_unicode_escape_decode, 0, nullptr},
    {"latin_1_encode", m_latin_1_encode, 0, nullptr},
    {"latin_1_decode", m_latin_1_decode, 0, nullptr},
    {"ascii_encode", m_ascii_encode, 0, nullptr},
    {"ascii_decode", m_ascii_decode, 0, nullptr},
    {"charmap_encode", m_charmap_encode, 0, nullptr},
    {"charmap_decode", m_charmap_decode, 0, nullptr},
    {"charmap_build", m_charmap_build, NATIVE_O, nullptr},
    {"readbuffer_encode", m_readbuffer_encode, 0, nullptr},
    {"register_error", m_register_error, 0, nullptr},
    {"lookup_error", m_lookup_error, NATIVE_O, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace

Value init_codecs_module() {
    ModuleObject* m = make_module("_codecs");
    if (!m) return Value();
    Value mod(m);
    add_functions(m->dict, codecs_functions, mod);
    return mod;
}

} // namespace uopy
