// The `builtins` functions that need neither the compiler nor the VM
// (builtins.cpp); the rest are in builtins_core.cpp.
#pragma once

#include "objects/object.h"

namespace uopy {

void init_builtins_functions(Value module);

} // namespace uopy
