// The codecs built into uopy and the machinery around them, as CPython has
// them: UTF-8, ASCII, Latin-1, UTF-16, UTF-32, UTF-7, unicode-escape,
// raw-unicode-escape, the bytes escape codec and the charmap codec, each
// with CPython's UnicodeError positions and reasons; the error-handler
// registry (strict, ignore, replace, backslashreplace, xmlcharrefreplace,
// namereplace, surrogateescape, surrogatepass and handlers registered from
// Python, called as CPython calls them); and the codec registry of search
// functions that str.encode / bytes.decode use for every other encoding
// (the host stdlib's encodings package). str.encode, bytes.decode,
// str(b, enc), file I/O and the _codecs module all go through here.
// CPython counterpart: Objects/unicodeobject.c (the codecs), Python/codecs.c
// (the registries and the built-in error handlers), Objects/bytesobject.c
// (escape_decode).
#pragma once

#include "objects/object.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace uopy {

// str -> bytes: CPython's fast paths (utf-8, ascii, latin-1, utf-16, utf-32
// and their spellings) natively, any other text encoding through the codec
// registry. Null with LookupError / UnicodeEncodeError / ... set on failure.
Value codec_encode(Value str, std::string_view encoding, std::string_view errors);
// bytes -> str, likewise.
Value codec_decode(std::string_view data, std::string_view encoding, std::string_view errors);

// The built-in codec an encoding name denotes ("utf-8", "UTF8", "latin_1",
// ...), or Unknown. (The stateless codecs the io module decodes itself.)
enum class Codec { Utf8, Ascii, Latin1, Unknown };
Codec codec_lookup(std::string_view encoding);
// codec_encode for a codec already looked up (not Codec::Unknown), as a
// stream that encodes every write keeps it: no lookup by name each time.
Value codec_encode_native(Codec codec, Value str, std::string_view errors);

// -- The codec registry (Python/codecs.c) ------------------------------------------------------

bool codec_register(Value search_function);
void codec_unregister(Value search_function);
// The CodecInfo (a 4-tuple) for [encoding]; LookupError "unknown encoding: x".
Value codec_registry_lookup(std::string_view encoding);
// The same for a text encoding (_PyCodec_LookupTextEncoding): LookupError
// "'hex' is not a text encoding; use [alternate] to handle arbitrary codecs"
// for a codec whose CodecInfo says it is not one.
Value codec_lookup_text(std::string_view encoding, const char* alternate);
// codecs.encode / codecs.decode: [obj] through any codec's encoder/decoder,
// called with [errors] only when given (non-null), errors of simple types
// wrapped as CPython wraps them ("encoding with 'hex' codec failed (...)").
Value codec_registry_encode(Value obj, std::string_view encoding, Value errors);
Value codec_registry_decode(Value obj, std::string_view encoding, Value errors);

// -- Error handlers ------------------------------------------------------------------------

// codecs.register_error(name, handler) (name a str, handler callable).
bool codec_register_error(Value name, Value handler);
// codecs.lookup_error(name): LookupError "unknown error handler name 'x'".
Value codec_lookup_error(std::string_view name);

// The fields of a UnicodeEncodeError, UnicodeDecodeError or
// UnicodeTranslateError instance (objects/exceptions.cpp). Values are null
// when unset.
struct UnicodeErrorFields {
    Value encoding;
    Value object;
    Value reason;
    int64_t start;
    int64_t end;
};
// False when [exc] is not one of those.
bool unicode_error_fields(Value exc, UnicodeErrorFields* out);
// Stores start, end and reason (the codecs reuse one exception per call).
void unicode_error_update(Value exc, int64_t start, int64_t end, Value reason);

// -- The codecs of _codecs ---------------------------------------------------------------------
//
// Encoders take a str; decoders the bytes and, for an incremental decoder's
// non-final call, [consumed]: then they stop before an incomplete sequence
// at the end and store how many bytes they used (null: the data is final).
// [errors] is the error handler's name ("strict" for None).

Value codec_utf8_encode(Value str, std::string_view errors);
Value codec_utf8_decode(std::string_view data, std::string_view errors, size_t* consumed);
Value codec_ascii_encode(Value str, std::string_view errors);
Value codec_ascii_decode(std::string_view data, std::string_view errors);
Value codec_latin1_encode(Value str, std::string_view errors);
Value codec_latin1_decode(std::string_view data);
// [byteorder]: 0 writes a BOM and then native (little-endian) order, -1
// little-endian, 1 big-endian.
Value codec_utf16_encode(Value str, std::string_view errors, int byteorder);
Value codec_utf32_encode(Value str, std::string_view errors, int byteorder);
// [*byteorder] in: 0 detects a BOM (consumed; little-endian without one),
// -1 / 1 fixed order; out: the order a BOM chose (left alone otherwise).
Value codec_utf16_decode(std::string_view data, std::string_view errors, int* byteorder,
                         size_t* consumed);
Value codec_utf32_decode(std::string_view data, std::string_view errors, int* byteorder,
                         size_t* consumed);
Value codec_utf7_encode(Value str);
Value codec_utf7_decode(std::string_view data, std::string_view errors, size_t* consumed);
Value codec_unicode_escape_encode(Value str);
Value codec_unicode_escape_decode(std::string_view data, std::string_view errors, size_t* consumed);
Value codec_raw_unicode_escape_encode(Value str);
Value codec_raw_unicode_escape_decode(std::string_view data, std::string_view errors,
                                      size_t* consumed);
// The bytes escape codec (repr-style escapes in bytes, pickle's protocol 0).
Value codec_escape_encode(std::string_view data);
Value codec_escape_decode(std::string_view data, std::string_view errors);
// [mapping] null or None: Latin-1.
Value codec_charmap_encode(Value str, std::string_view errors, Value mapping);
Value codec_charmap_decode(std::string_view data, std::string_view errors, Value mapping);
// The encoding map of a decoding table (a dict code point -> byte).
Value codec_charmap_build(Value table);

} // namespace uopy
