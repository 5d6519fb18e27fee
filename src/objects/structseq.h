// Struct sequences: tuples whose items also have names, like
// sys.version_info (major, minor, ...) and later time.struct_time and
// os.stat_result. CPython counterpart: Objects/structseq.c.
#pragma once

#include "objects/object.h"

#include <initializer_list>

namespace uopy {

// A tuple subclass "module.name" with one read-only attribute per field
// (at most 24) and the repr name(field=value, ...).
Type* make_struct_seq_type(const char* module, const char* name,
                           std::initializer_list<const char*> fields);
// An instance of a struct-sequence type holding [values].
Value make_struct_seq(Type* type, std::initializer_list<Value> values);

} // namespace uopy
