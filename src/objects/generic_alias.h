// types.GenericAlias: what list[int] and dict[str, int] evaluate to (PEP
// 585). It records the origin class and the arguments, prints as written,
// and calling it calls the origin. CPython counterpart: Objects/genericaliasobject.c.
#pragma once

#include "objects/object.h"

namespace uopy {

// origin[args]; [args] is one object or a tuple.
Value make_generic_alias(Value origin, Value args);
// Adds __class_getitem__ (returning a GenericAlias) to a built-in type.
void add_class_getitem(Type* t);

bool is_generic_alias(Value v);

void init_generic_alias_type();

} // namespace uopy
