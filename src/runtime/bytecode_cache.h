// The bytecode cache: imported modules' compiled code kept on disk between
// runs, so an import parses and compiles a source file only when it (or
// uopy itself) changed. Entries live under a cache root, never beside the
// sources; docs/bytecode-cache.md gives the file format and the rules.
// CPython counterpart: Lib/importlib/_bootstrap_external.py
// (SourceLoader.get_code, cache_from_source, _write_atomic).
#pragma once

#include "objects/code.h"

#include <string>

namespace uopy {

// The code object for the module source file [path], spelled as the import
// found it (it becomes co_filename): built from its cache entry when that
// is valid for the file as it is now, otherwise read and compiled, and then
// stored unless sys.dont_write_bytecode is true. Null with the exception
// set: OSError (the file cannot be read), SyntaxError or a subclass (never
// cached), MemoryError. The cache itself never makes an import fail: an
// entry that is missing, stale, damaged or cannot be written is passed by.
CodeObject* load_source_module_code(const std::string& path);

} // namespace uopy
