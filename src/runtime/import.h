// The import system: built-in modules, `.py` modules and packages found on
// sys.path, relative imports, `from m import *`. CPython counterpart:
// Python/import.c and Lib/importlib/_bootstrap.py (uopy implements the
// path-based finder natively; importlib itself is not used).
#pragma once

#include "objects/frame.h"
#include "objects/object.h"

#include <string>

namespace uopy {

// IMPORT_NAME: __import__(name, globals, locals, fromlist, level).
Value import_name(Frame* frame, Value name, Value fromlist, Value level);
// Imports the absolute dotted module [name] and returns it (not the top package).
Value import_module(const std::string& name);
// `from module import *` into the frame's locals.
int import_star(Frame* frame, Value module);
// builtins.__import__
Value builtin___import__(Value self, const Value* args, size_t nargs, Value kwnames);

// A native module's init function, registered under its name.
using ModuleInit = Value (*)();
void register_builtin_module(const char* name, ModuleInit init);

// Runs a .py file as the module [module_name]; returns the module.
Value exec_file_as_module(const std::string& path, const std::string& module_name);

} // namespace uopy
