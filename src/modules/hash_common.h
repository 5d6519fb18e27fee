// What the hash modules (_md5, _sha1, _sha256, _sha512, _sha3, _blake2)
// share: reading the data argument, the constructors' argument checks in
// CPython's words, and the refusal to make hash objects from their types.
#pragma once

#include "objects/object.h"

#include <string_view>

namespace uopy {

// The bytes of a bytes-like argument (bytes, bytearray, memoryview), with
// CPython's messages for a str and for anything else. The view stays valid
// until the next allocation.
bool hash_data_arg(Value v, std::string_view* out);

// Argument Clinic's checks of a constructor's argument counts, in its words
// ("md5() takes at most 1 positional argument (2 given)"), before
// NativeSignature binds them: [nparams] parameters, the first alone positional.
bool hash_check_counts(const char* fname, size_t nargs, Value kwnames, size_t nparams);

// tp_new of a hash type: "cannot create '_md5.md5' instances" (only the
// module's constructor functions make them).
Value hash_no_new(Type* type, const Value* args, size_t nargs, Value kwnames);

} // namespace uopy
