// Printing uncaught exceptions in CPython's format (see traceback.cpp).
#pragma once

#include "objects/object.h"

#include <string>

namespace uopy {

std::string format_exception(Value exc);
// Writes the formatted exception chain to the process's stderr.
void print_exception(Value exc);
// CPython's default sys.unraisablehook for the pending exception, which it
// clears: "[header]: repr(obj)" then the traceback, on stderr, after what
// the program printed to its standard files.
void write_unraisable(const char* header, Value obj);

} // namespace uopy
