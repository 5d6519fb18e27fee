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

} // namespace uopy
