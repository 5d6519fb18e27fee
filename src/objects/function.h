// Functions, bound methods, cells and the native-function objects that wrap
// C++ code. CPython counterpart: Objects/funcobject.c, classobject.c,
// cellobject.c, methodobject.c, descrobject.c.
#pragma once

#include "objects/code.h"
#include "objects/object.h"

namespace uopy {

struct FunctionObject : Object {
    CodeObject* code;
    Value globals;    // dict
    Value builtins;   // dict
    Value name;       // str
    Value qualname;   // str
    Value defaults;   // tuple or null
    Value kwdefaults; // dict or null
    Value closure;    // tuple of cells or null
    Value doc;
    Value module;
    Value annotations;
    Dict* dict;
    // Changes when __code__ or __defaults__ are assigned; tier 1 checks it (issue 5).
    uint32_t version;
};

struct MethodObject : Object {
    Value func;
    Value self;
};

struct CellObject : Object {
    Value ref; // null when empty
};

// The native calling convention: positional args, then keyword values named
// by the tuple [kwnames] (null when none). [self] is the bound object, the
// module, or null. Returns null with an exception set on error.
using NativeFn = Value (*)(Value self, const Value* args, size_t nargs, Value kwnames);

enum : uint32_t {
    NATIVE_KEYWORDS = 1u << 0, // accepts keyword arguments
    NATIVE_CLASS = 1u << 1,    // a classmethod: self is the type
    NATIVE_STATIC = 1u << 2,   // a staticmethod: self is null
    // Arity checked by the caller with CPython's METH_NOARGS / METH_O
    // messages ("int.bit_length() takes no arguments (1 given)").
    NATIVE_NOARGS = 1u << 3,
    NATIVE_O = 1u << 4,
};

struct NativeMethodDef {
    const char* name;
    NativeFn fn;
    uint32_t flags;
    const char* doc;
};

// A native function, possibly bound to self (list.append bound to a list,
// or a module function bound to its module).
struct BuiltinFunctionObject : Object {
    const NativeMethodDef* def;
    Value self;
    Value module; // __module__ (str) or null
};

// An unbound native method stored in a type's dict (list.append).
struct MethodDescriptorObject : Object {
    const NativeMethodDef* def;
    Type* owner;
};

// A native slot exposed as a dunder (int.__add__, object.__init__): calls
// [wrapper] with the slot function [slot].
using SlotWrapperFn = Value (*)(void* slot, Value self, const Value* args, size_t nargs,
                                Value kwnames);
struct SlotWrapperObject : Object {
    const char* name;
    SlotWrapperFn wrapper;
    void* slot;
    Type* owner;
    const char* doc; // "name($self, ...)\n--\n\n<text>", or null
};

// A slot wrapper bound to an object: (1).__add__ (CPython's method-wrapper).
struct MethodWrapperObject : Object {
    SlotWrapperObject* descr;
    Value self;
};
extern Type MethodWrapperType;

// CPython's convention for the docs of built-ins: a doc may start with
// "name(signature)\n--\n\n". __text_signature__ is "(signature)" (None
// without one) and __doc__ the rest (None when empty or absent).
Value doc_text_signature(const char* name, const char* doc);
Value doc_without_signature(const char* name, const char* doc);

inline bool is_function(Value v) {
    return v.is_ptr() && v.as_ptr()->type == &FunctionType;
}
inline FunctionObject* as_function(Value v) {
    return static_cast<FunctionObject*>(v.as_ptr());
}

FunctionObject* make_function(CodeObject* code, Value globals, Value qualname);
Value make_method(Value func, Value self);
CellObject* make_cell(Value v);
Value make_builtin_function(const NativeMethodDef* def, Value self, Value module = Value());
Value make_method_descriptor(const NativeMethodDef* def, Type* owner);
// Installs [defs] (terminated by a def with a null name) in [type]'s dict.
void add_methods(Type* type, const NativeMethodDef* defs);
// Installs module-level functions into a module dict.
void add_functions(Dict* module_dict, const NativeMethodDef* defs, Value module);

// The code of the function that had [version] (for the trace projector),
// or null if unknown.
CodeObject* code_for_function_version(uint32_t version);
// The code of the __init__ that CALL_ALLOC_AND_ENTER_INIT runs for the class
// with [type_version] (recorded by the specializer), or null.
void record_init_code(uint32_t type_version, CodeObject* code);
CodeObject* init_code_for_type_version(uint32_t type_version);

void init_function_types();

} // namespace uopy
