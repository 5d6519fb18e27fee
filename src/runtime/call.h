// Calling anything callable from C++. Python functions called from here run
// in a nested invocation of the eval loop; calls between Python functions
// made by bytecode stay in one loop (vm/ceval.cpp). CPython counterpart:
// Objects/call.c (vectorcall), Python/ceval.c (_PyEval_Vector).
#pragma once

#include "objects/object.h"

#include <initializer_list>

namespace uopy {

// Calls [callable] with positional [args] and keyword values named by
// [kwnames] (a tuple of str, after the positionals in [args]).
Value call(Value callable, const Value* args, size_t nargs, Value kwnames = Value());
Value call0(Value callable);
Value call1(Value callable, Value a);
Value call2(Value callable, Value a, Value b);
Value call_list(Value callable, std::initializer_list<Value> args);
// f(*args_tuple, **kwargs_dict); kwargs may be null.
Value call_tuple_dict(Value callable, Value args, Value kwargs);
// obj.name(*args)
Value call_method(Value obj, const char* name, std::initializer_list<Value> args);
// Looks up a special method on type(obj) (not the instance), binds and calls
// it. Sets AttributeError-free "missing" result: returns null with no
// exception when the type has no such method.
Value call_special(Value obj, Value name, std::initializer_list<Value> args);
// Special method lookup on the type only: the raw attribute, or null.
Value lookup_special(Value obj, Value name);

// Runs a Python function in a nested eval loop; set by the VM at start-up
// (runtime code must not depend on vm/, so the VM installs itself here).
struct FunctionObject;
extern Value (*g_call_python_function)(FunctionObject* f, const Value* args, size_t nargs,
                                       Value kwnames);

// Binds [args]/[kwnames] to a Python function's parameters, writing the
// frame's locals (argument slots). False with TypeError set on mismatch,
// using CPython's messages.
struct FunctionObject;
bool bind_arguments(FunctionObject* func, Value* localsplus, const Value* args, size_t nargs,
                    Value kwnames);

} // namespace uopy
