// The text codecs built into uopy: UTF-8, ASCII and Latin-1 with CPython's
// error handlers (strict, ignore, replace, backslashreplace,
// xmlcharrefreplace, surrogateescape, surrogatepass) and CPython's
// UnicodeError messages. str.encode, bytes.decode, str(b, enc) and file I/O
// all go through here. CPython counterpart: Objects/unicodeobject.c's
// codec fast paths and Python/codecs.c.
#pragma once

#include "objects/object.h"

#include <string_view>

namespace uopy {

// str -> bytes. Null with LookupError / UnicodeEncodeError set on failure.
Value codec_encode(Value str, std::string_view encoding, std::string_view errors);
// bytes -> str. Null with LookupError / UnicodeDecodeError set on failure.
Value codec_decode(std::string_view data, std::string_view encoding, std::string_view errors);

// The built-in codec an encoding name denotes ("utf-8", "UTF8", "latin_1",
// ...), or Unknown.
enum class Codec { Utf8, Ascii, Latin1, Unknown };
Codec codec_lookup(std::string_view encoding);

} // namespace uopy
