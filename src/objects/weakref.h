// Weak references (see weakref.cpp).
#pragma once

#include "objects/object.h"

namespace uopy {

extern Type WeakRefType;

// The weak reference an object's __weakref__ attribute shows: its plain
// reference (weakref.ref without a callback) if it has one, else one of
// its references, else None.
Value weakref_first(Value obj);

// Calls the callbacks of weak references cleared by the last collections
// (at a safe point: the eval breaker, gc.collect()).
void run_pending_weakref_callbacks();

void init_weakref_types();

} // namespace uopy
