// Frame objects: what Python code sees of a frame (tb_frame, sys._getframe()).
// CPython counterpart: Objects/frameobject.c.
//
// uopy's frames live on the VM's data stack and are gone when they return,
// so a frame object is a snapshot taken when it is asked for: its code,
// namespaces and line, its caller (f_back, snapshotted with it) and, for
// sys._getframe(), its locals as a dict (the snapshot CPython 3.11's
// f_locals also is). A traceback's frame is made when tb_frame is first
// read, from what the traceback entry kept (code, globals, the locals
// mapping of module and class frames); a function frame's locals are not
// kept for it, so its f_locals is empty.
#pragma once

#include "objects/code.h"
#include "objects/dict.h"
#include "objects/frame.h"
#include "objects/object.h"

namespace uopy {

extern Type FrameObjectType;

// A snapshot of [f] and of its callers (f_back), the VM's shim frames left out.
Value make_frame_object(Frame* f);
// A snapshot from a traceback entry: no caller, no function locals.
Value make_frame_object_from(CodeObject* code, Value globals, Value locals, int lineno, int lasti);
// The locals of [f] as a new dict (or the mapping a module or class frame uses).
Value frame_locals_dict(Frame* f);

void init_frame_object_type();

} // namespace uopy
