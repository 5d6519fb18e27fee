// The `sys` module (see sysmodule.cpp).
#pragma once

#include "objects/object.h"

#include <string>
#include <vector>

namespace uopy {

Value make_sys_module(const std::vector<std::string>& argv, const std::vector<std::string>& path);
Value sys_stdout();
Value sys_stderr();
Value sys_stdin();

// sys.set_asyncgen_hooks: called with an async generator on its first
// iteration (firstiter) and meant for its finalization (finalizer); null
// when unset. Read by vm/coroutine.cpp.
Value asyncgen_firstiter_hook();
Value asyncgen_finalizer_hook();
// sys.is_finalizing(): set once the interpreter has begun shutting down.
void set_runtime_finalizing();

} // namespace uopy
