// Printing uncaught exceptions in CPython's format (see traceback.cpp).
#pragma once

#include "objects/object.h"

#include <string>

namespace uopy {

std::string format_exception(Value exc);
// Writes the formatted exception chain to the process's stderr.
void print_exception(Value exc);

} // namespace uopy
