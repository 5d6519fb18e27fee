// Decoding the bodies of string and bytes literals: escape sequences to
// UTF-8 text or raw bytes. Shared by the parser for plain literals and
// f-string pieces. CPython counterpart: Parser/string_parser.c.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace uopy::frontend {

// Appends code point [cp] to [out] as UTF-8.
void append_utf8(std::string& out, uint32_t cp);
// Decodes the escapes of a non-raw literal body into [out]; false with
// CPython's message in [error] for a malformed escape.
bool decode_escapes(std::string_view body, bool bytes, std::string& out, std::string& error);

} // namespace uopy::frontend
