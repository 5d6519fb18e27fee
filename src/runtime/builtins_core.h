// The built-ins that need the compiler or the VM, and the assembly of the
// `builtins` module (see builtins_core.cpp).
#pragma once

#include "objects/dict.h"
#include "objects/object.h"

namespace uopy {

Value make_builtins_module();
// A snapshot of the current frame's locals (locals(), vars(), dir()).
Value builtin_locals_dict();
// Adds enumerate, zip, map, filter, reversed (objects/iterators.cpp).
void add_iterator_types(Dict* builtins);

} // namespace uopy
