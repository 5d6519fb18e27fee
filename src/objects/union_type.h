// types.UnionType: `int | str` (see union_type.cpp).
#pragma once

#include "objects/object.h"

namespace uopy {

// a | b for types, None, generic aliases and unions (type.__or__/__ror__):
// the union, or NotImplemented when either side cannot be a member.
Value type_or(Value a, Value b);

void init_union_type();

} // namespace uopy
