// A minimal native file layer: the objects behind sys.stdout/stderr/stdin
// and open(). CPython counterpart: Modules/_io/ (FileIO, BufferedWriter,
// TextIOWrapper), much reduced.
#pragma once

#include "objects/object.h"

namespace uopy {

// A file object over [fd] ("r" or "w" mode; text).
Value make_stdio_file(int fd, const char* name, const char* mode, bool line_buffered);
// Flushes sys.stdout and sys.stderr buffers (at exit, before reading stdin).
void flush_std_files();
// True for uopy's own file objects (whose write() has no observable
// per-call behaviour, so print may hand them one joined string).
bool is_native_file(Value v);
// builtins.open
Value builtin_open(Value self, const Value* args, size_t nargs, Value kwnames);

void init_file_type();

} // namespace uopy
