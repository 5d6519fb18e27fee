// The bridge between type slots and dunder methods, in both directions:
// classes written in Python get slot functions that call their dunders
// (so `a + b` on instances reaches __add__/__radd__), and built-in types
// expose their slots as dunders (`int.__add__`, `object.__init__`).
// CPython counterpart: the slotdefs table in Objects/typeobject.c.
#pragma once

#include "objects/object.h"

namespace uopy {

// Sets every slot of the new heap type [t] from the dunders along its MRO.
void fixup_slots(Type* t);
// For a static built-in type: adds wrapper objects for the slots it defines
// itself (not inherited) under their dunder names, unless already present.
void add_slot_wrappers(Type* t);
// The attributes of wrapper_descriptor and method-wrapper (once the
// descriptor types exist).
void add_slot_wrapper_attributes();

// Descriptors defined in objects/descr.cpp.
struct GetSetDef {
    const char* name;
    Value (*get)(Value self);
    int (*set)(Value self, Value value); // null: read-only; value null: delete
    const char* doc;
};
void add_getsets(Type* t, const GetSetDef* defs); // terminated by a null name
// The class's __new__ is written in Python (its tp_new calls it).
bool type_has_python_new(Type* t);
// The setter of what CPython declares a READONLY member (slice.start,
// range.step, complex.real, timedelta.days ...): assigning or deleting is
// AttributeError "readonly attribute" (a getset without a setter says
// "attribute 'x' of 'T' objects is not writable" instead).
int readonly_member_set(Value self, Value value);
Value make_slot_member(Type* owner, Value name, size_t offset);
Value make_staticmethod(Value f);
Value make_classmethod(Value f);
Value make_property(Value fget, Value fset, Value fdel, Value doc);
Value make_super(Type* type, Value obj);
// What super(start, obj) finds for [name]: the raw attribute in the first
// class after [start] along [obj_type]'s MRO (not yet bound), or null.
// __class__ is never looked up there (it is the super object's own).
Value super_lookup(Type* start, Type* obj_type, Value name);
// The parent's __init_subclass__(**kwargs) for a new class.
bool init_subclass(Type* t, Value kwargs);

void init_type_and_object();
void init_descriptor_types();

} // namespace uopy
