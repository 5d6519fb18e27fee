// memoryview (see memoryview.cpp).
#pragma once

#include "objects/object.h"

#include <cstddef>

namespace uopy {

extern Type MemoryViewType;
void init_memoryview_type();

// How an object other than bytes and bytearray lends its memory to
// memoryviews (CPython's bf_getbuffer / bf_releasebuffer, reduced to what
// BytesIO.getbuffer() needs). The exporter counts its live views and
// refuses to move or resize the memory while that count is not zero.
struct BufferExporter {
    // The exported memory now: its start, and its size in *size (which the
    // views check every access against).
    char* (*memory)(Value obj, size_t* size);
    // One more view (a slice or cast of a view, memoryview(view)).
    void (*retain)(Value obj);
    // One view ended: released, left by `with`, or collected. Runs inside
    // the collector's finalizer pass too, so it must not allocate or raise.
    void (*release)(Value obj);
};

// A writable 'B' view of the first [size] bytes [exporter] lends for
// [obj], which has already counted this export. Null with MemoryError set
// (the export then released).
Value memoryview_from_exporter(Value obj, const BufferExporter* exporter, size_t size);
// Whether a memoryview has been released (CPython keeps that flag private too).
bool memoryview_is_released(Value view);

} // namespace uopy
