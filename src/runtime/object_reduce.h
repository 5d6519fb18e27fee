// object.__reduce_ex__, __reduce__ and __getstate__ (runtime/object_reduce.cpp).
#pragma once

#include "objects/function.h"

namespace uopy {

extern const NativeMethodDef object_reduce_methods[];

} // namespace uopy
