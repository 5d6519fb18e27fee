// The tier-1 interpreter: entry points into the bytecode dispatch loop.
// CPython counterpart: Python/ceval.c (_PyEval_EvalFrameDefault,
// _PyEval_Vector, PyEval_EvalCode).
#pragma once

#include "objects/code.h"
#include "objects/frame.h"
#include "objects/function.h"
#include "objects/object.h"

namespace uopy::vm {

// Runs [frame] (already linked as the thread's current frame's callee, with
// its `previous` set) until it returns or yields. [throwflag]: an exception
// is already set and is raised at the frame's current instruction (used by
// generator.throw()). Returns the returned/yielded value, or null with the
// exception set.
Value eval_frame(Frame* frame, bool throwflag);

// Calls a Python function from C++: pushes a frame, binds the arguments,
// runs a nested dispatch loop.
Value call_function(FunctionObject* f, const Value* args, size_t nargs, Value kwnames);

// Runs module-level (or exec'd) code with the given globals and locals mapping.
Value run_code(CodeObject* code, Value globals, Value locals);

void init_eval();

} // namespace uopy::vm
