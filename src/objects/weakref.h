// Weak references (see weakref.cpp).
#pragma once

#include "objects/object.h"

namespace uopy {

extern Type WeakRefType;

// Calls the callbacks of weak references cleared by the last collections
// (at a safe point: the eval breaker, gc.collect()).
void run_pending_weakref_callbacks();

void init_weakref_types();

} // namespace uopy
