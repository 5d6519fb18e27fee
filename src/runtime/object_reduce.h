// object.__reduce_ex__, __reduce__ and __getstate__ (runtime/object_reduce.cpp).
#pragma once

#include "objects/function.h"

namespace uopy {

extern const NativeMethodDef object_reduce_methods[];

// CPython's _PyObject_GetState: what __getstate__() returns (by default the
// instance dict or None, with the __slots__ values beside it). Null on error.
Value object_state(Value obj);

} // namespace uopy
