// types.MappingProxyType (see mappingproxy.cpp).
#pragma once

#include "objects/object.h"

namespace uopy {

extern Type MappingProxyType;
// A read-only view of [mapping].
Value make_mappingproxy(Value mapping);
void init_mappingproxy_type();

} // namespace uopy
