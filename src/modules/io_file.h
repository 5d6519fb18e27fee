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
// builtins.open
Value builtin_open(Value self, const Value* args, size_t nargs, Value kwnames);

void init_file_type();

} // namespace uopy
