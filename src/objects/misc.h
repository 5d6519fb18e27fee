// Small built-in types without much behaviour of their own: range, slice,
// property, classmethod, staticmethod, super, NoneType & co. CPython
// counterpart: Objects/rangeobject.c, sliceobject.c, descrobject.c,
// funcobject.c (classmethod/staticmethod), typeobject.c (super).
#pragma once

#include "objects/object.h"

namespace uopy {

struct RangeObject : Object {
    Value start, stop, step, length; // ints
};

// A range iterator over int64 values (the common case) or big ints.
// FOR_ITER_RANGE reads it directly.
struct RangeIterObject : Object {
    int64_t next, step, remaining; // remaining -1: the big_* fields are in use
    Value big_next, big_step, big_remaining;
};
extern Type RangeIterType;

struct SliceObject : Object {
    Value start, stop, step; // None when omitted
};

// A __slots__ member: the Value at [offset] bytes into an instance.
// LOAD_ATTR_SLOT / STORE_ATTR_SLOT read the offset at specialization time.
struct MemberDescriptorObject : Object {
    Type* owner;
    Value name;
    size_t offset;
};
extern Type MemberDescriptorType;

struct PropertyObject : Object {
    Value fget, fset, fdel, doc;
    Value name;
};

// classmethod and staticmethod share this layout.
struct WrapperMethodObject : Object {
    Value callable;
    Dict* dict;
};

struct SuperObject : Object {
    Type* type;     // the class super() was called in
    Value obj;      // the instance or class, or null
    Type* obj_type; // type used for the MRO walk
};

Value make_range(Value start, Value stop, Value step);
Value make_slice(Value start, Value stop, Value step);
// Resolves a slice against a sequence of [length]: as PySlice_GetIndicesEx.
bool slice_indices(Value slice, int64_t length, int64_t* start, int64_t* stop, int64_t* step,
                   int64_t* slicelength);

void init_misc_types();

} // namespace uopy
