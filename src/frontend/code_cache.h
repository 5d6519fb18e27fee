// The compiler's output (CodeData) as bytes and back: the payload of the
// bytecode cache (runtime/bytecode_cache.cpp writes the file header around
// it; docs/bytecode-cache.md describes both). Plain C++, no runtime objects,
// so the fuzz target links only the frontend. CPython counterpart:
// Python/marshal.c (w_object / r_object for code objects).
#pragma once

#include "frontend/code_data.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace uopy::frontend {

// Bump whenever the encoding below changes: readers compare it before they
// decode anything (the cache file header carries it).
constexpr uint32_t kCodeCacheFormatVersion = 1;

// Nesting of code objects and constant tuples/frozensets accepted on either
// side. The stdlib's deepest module nests 5 levels; the cap bounds the
// decoder's recursion on hostile input.
constexpr int kCodeCacheMaxDepth = 1000;
// Code objects, constants and strings in name lists, counted over a whole
// blob. The stdlib's largest module (_pydecimal) has about 4,600; the cap
// bounds the memory a hostile blob can make the decoder allocate (each
// element is at most ~300 bytes of C++ objects, whatever its encoding).
constexpr size_t kCodeCacheMaxElements = size_t(1) << 18;

// The bytes of [code], or "" when it cannot be stored: nesting past
// kCodeCacheMaxDepth, too many elements, localsplusnames and
// localspluskinds of different lengths, a negative argument count or
// stack size, a Code constant without code (or code on another kind), an
// Int constant whose text is not digits of its base. Whatever this
// returns, deserialize_code accepts and gives back field for field.
std::string serialize_code(const CodeData& code);

// Decodes [bytes] (any bytes at all: truncated, corrupted or hostile) into
// [out]. True only for exactly what serialize_code produces for some
// CodeData (the encoding is canonical: serialize_code(out) == bytes); false
// otherwise, with [out] reset to an empty CodeData. Never reads outside
// [bytes], never recurses past kCodeCacheMaxDepth; allocates the bytes'
// size for strings and tables, plus at most kCodeCacheMaxElements C++
// objects. The bytecode itself is not verified: a blob is trusted to hold
// what the compiler made (the cache file's checksum guards against
// damage).
bool deserialize_code(std::string_view bytes, CodeData& out);

} // namespace uopy::frontend
