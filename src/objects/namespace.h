// types.SimpleNamespace (see namespace.cpp).
#pragma once

#include "objects/dict.h"
#include "objects/object.h"

namespace uopy {

extern Type SimpleNamespaceType;
// A SimpleNamespace whose attributes are [attrs] (the dict becomes its __dict__).
Value make_simple_namespace(Dict* attrs);

void init_namespace_type();

} // namespace uopy
