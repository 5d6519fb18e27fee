// Types at run time: readying built-in types, creating classes, the MRO,
// attribute lookup through it, and the slot functions that make a class
// written in Python answer the VM's slot calls through its dunder methods.
// CPython counterpart: Objects/typeobject.c.
#pragma once

#include "objects/object.h"

namespace uopy {

// Fills in a statically allocated built-in type: header, name, base, MRO,
// dict, inherited slots. Call after its own slots are set, before
// add_methods(). [base] null means object.
void init_static_type(Type* t, const char* name, Type* base, size_t basic_size, uint32_t flags);
// Creates a built-in class at start-up in the heap (exception classes).
Type* make_builtin_heap_type(const char* name, Type* base, const char* module = "builtins");

// type(name, bases, dict) and class statements. [meta] is the metaclass.
Value make_class(Type* meta, Value name, Value bases, Dict* ns);
// Recomputes slots after a dunder is assigned on a class (`C.__add__ = f`).
void type_update_slot(Type* t, Value name);
// Invalidates [t]'s and its subclasses' version tags (type_version.cpp).
void type_modified(Type* t);
// [t]'s version tag, assigning one if it has none; 0 when no more versions
// can be given (then the caller does not specialize).
uint32_t assign_type_version(Type* t);

// The attribute [name] (a str) found along [t]'s MRO, or null (no exception).
Value type_lookup(Type* t, Value name);
Value type_lookup_cstr(Type* t, const char* name);
// Turns on the attribute cache behind type_lookup, once the built-in
// types are complete (startup).
void enable_type_attribute_cache();

// object.__getattribute__ / object.__setattr__ semantics.
Value generic_getattr(Value obj, Value name);
int generic_setattr(Value obj, Value name, Value value);
// The instance dict slot of [obj], or null if its type has none. It holds
// a Dict, or null: no attributes yet, or (TYPE_INLINE_VALUES) the
// attributes are inline values (objects/instance_values.h).
Dict** instance_dict_slot(Value obj);
// The instance dict, created on first use (and made from the inline values
// when there are some); null if the type has none, or with MemoryError set.
Dict* instance_dict(Value obj);
// The instance attribute [name] (dict or inline values), without creating
// a dict: null when missing, or with an exception set (a key's __eq__).
Value instance_attr(Value obj, Value name);

// Allocates a bare instance of a (heap or built-in) type: object.__new__.
Value alloc_instance(Type* t);
// The type's __name__ as text.
const char* type_name_of(Type* t);
Value type_repr_value(Type* t);

// Interned names used across the runtime (__init__, __repr__, ...).
namespace names {
extern Value __init__, __new__, __repr__, __str__, __hash__, __eq__, __ne__, __lt__, __le__, __gt__,
    __ge__, __call__, __getattr__, __getattribute__, __setattr__, __delattr__, __get__, __set__,
    __delete__, __iter__, __next__, __len__, __bool__, __contains__, __getitem__, __setitem__,
    __delitem__, __enter__, __exit__, __name__, __qualname__, __module__, __doc__, __dict__,
    __class__, __bases__, __mro__, __slots__, __init_subclass__, __set_name__, __index__, __int__,
    __float__, __neg__, __pos__, __abs__, __invert__, __format__, __instancecheck__,
    __subclasscheck__, __build_class__, __import__, __builtins__, __main__, __file__, __path__,
    __package__, __spec__, __loader__, __all__, __classcell__, __class_getitem__, __missing__,
    __reversed__, __del__, __round__, __trunc__, __floor__, __ceil__, __annotations__, __prepare__,
    __mro_entries__, __length_hint__, __reduce__, __sizeof__, __dir__, __weakref__, __objclass__,
    __wrapped__, __self__, __code__, __defaults__, __kwdefaults__, __closure__, __globals__,
    __firstlineno__, __static_attributes__, __orig_bases__, __type_params__, __debug__;
} // namespace names
void init_names();

} // namespace uopy
