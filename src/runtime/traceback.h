// Printing uncaught exceptions in CPython's format (see traceback.cpp).
#pragma once

#include "objects/object.h"

#include <string>

namespace uopy {

std::string format_exception(Value exc);
// Writes the formatted exception chain to the process's stderr.
void print_exception(Value exc);
// Hands the pending exception, which it clears, to sys.unraisablehook with
// [obj] and [header]; the default hook writes "[header]: repr(obj)" then the
// traceback on sys.stderr, after what the program printed.
void write_unraisable(const char* header, Value obj);
// sys.__unraisablehook__(unraisable): the default report on sys.stderr.
Value sys_default_unraisablehook(Value, const Value* args, size_t nargs, Value kwnames);

} // namespace uopy
