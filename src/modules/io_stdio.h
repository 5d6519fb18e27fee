// The standard streams: sys.stdin, sys.stdout and sys.stderr are _io
// TextIOWrapper objects made at start-up (make_std_stream, in
// io_module.cpp), as CPython's create_stdio makes them; this file has what
// the rest of the runtime needs of them. CPython counterpart:
// Python/pylifecycle.c (create_stdio), Python/bltinmodule.c (print).
#pragma once

#include "objects/object.h"

namespace uopy {

// sys.stdin/stdout/stderr: _io.TextIOWrapper objects over buffered FileIOs
// of [fd] (io_module.cpp); None when [fd] is not open.
Value make_std_stream(int fd, const char* name, bool write, Value encoding, Value errors,
                      bool unbuffered, bool line_buffering);
// Flushes sys.stdout and sys.stderr (at exit, before reading stdin, before
// an unraisable error's report); errors are dropped.
void flush_std_files();
// Whether print() may hand [file] one joined string rather than CPython's
// sequence of writes: true for an exact TextIOWrapper whose write() is not
// replaced on the instance (no program can tell the difference).
bool print_may_join(Value file);

} // namespace uopy
