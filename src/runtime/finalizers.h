// Python-level finalizers: the __del__ calls for the objects the collector
// found unreachable (runtime/gc.h queues them), and for those still alive at
// exit. CPython counterpart: Objects/typeobject.c (slot_tp_finalize),
// Objects/object.c (PyObject_CallFinalizer).
#pragma once

namespace uopy {

// Calls __del__ on every queued object, oldest first, including those queued
// by collections the calls themselves cause. An exception a __del__ raises
// is printed ("Exception ignored in: ...") and cleared, and the current
// exception, if any, is kept. Returns how many objects were finalized; 0
// when nothing was queued, or inside a __del__ (the outermost call drains
// the queue, so finalizers do not nest).
int run_pending_finalizers();

// At exit, after the atexit callbacks: the queued calls, then __del__ on
// every object still alive that was not finalized, in the order the objects
// were created (CPython finalizes the modules' globals then).
void run_exit_finalizers();

} // namespace uopy
