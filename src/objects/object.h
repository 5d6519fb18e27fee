// The object header and the type object: what every heap value starts with
// and how operations on it are dispatched. CPython counterpart:
// Include/object.h (PyObject, PyTypeObject) and Include/cpython/object.h.
//
// Every heap object begins with an ObjectHeader: the type pointer and the
// collector's bits. Types carry C++ function pointers ("slots") for the
// operations the VM performs often; a class written in Python gets slot
// functions that look up and call its dunder methods (see runtime/slots.cpp),
// so the VM always dispatches through the slot and never asks "is this a
// built-in?". Types also carry a version tag for tier-1 specialization and
// tier-2 guards: it changes whenever the type or anything in its MRO changes.
#pragma once

#include "objects/value.h"

#include <cstddef>
#include <cstdint>

namespace uopy {

struct Type;
struct Tracer;
struct Dict;
struct SharedKeys;

// Bits of ObjectHeader::gc_flags.
enum : uint32_t {
    GC_MARK = 1u << 0,      // reached in the current collection
    GC_IMMORTAL = 1u << 1,  // statically allocated or never freed: the collector skips it
    GC_LARGE = 1u << 2,     // allocated in the large-object space
    GC_FINALIZED = 1u << 3, // __del__ already ran (it runs at most once)
    // On the collector's list of objects whose class has a __del__ (runtime/gc.cpp,
    // "Finalizers"): keeps an object from being entered twice.
    GC_FINALIZER_TRACKED = 1u << 4,
};

struct Object {
    Type* type;
    uint32_t gc_flags;
    // A small per-type field that would otherwise cost padding: a str's
    // "interned/ascii" bits, a list's nothing. Types document their use.
    uint32_t aux;
};

static_assert(sizeof(Object) == 16, "the header is two words");
static_assert(alignof(Object) >= 8, "Value tags use the low bits of object pointers");

inline Value V(Object* o) {
    return Value(o);
}
// The type of any Value, including small ints (IntType).
Type* type_of(Value v);

// Rich comparison operators, numbered as CPython's Py_LT..Py_GE.
enum CompareOp : int { CMP_LT = 0, CMP_LE = 1, CMP_EQ = 2, CMP_NE = 3, CMP_GT = 4, CMP_GE = 5 };

// Binary operators, numbered as CPython 3.14's NB_* (BINARY_OP's oparg).
// In-place forms are NB_INPLACE_ADD.. = the plain form + NB_INPLACE_OFFSET.
enum BinaryOp : int {
    NB_ADD = 0,
    NB_AND = 1,
    NB_FLOOR_DIVIDE = 2,
    NB_LSHIFT = 3,
    NB_MATRIX_MULTIPLY = 4,
    NB_MULTIPLY = 5,
    NB_REMAINDER = 6,
    NB_OR = 7,
    NB_POWER = 8,
    NB_RSHIFT = 9,
    NB_SUBTRACT = 10,
    NB_TRUE_DIVIDE = 11,
    NB_XOR = 12,
    NB_NUM_BINARY = 13,
    NB_INPLACE_OFFSET = 13,
    NB_SUBSCR = 26,
};

// Slot signatures. Every fallible slot returns a null Value (or -1) with the
// thread's exception set. Binary slots return NotImplemented when they do
// not handle the operand types.
using TraceFn = void (*)(Object* self, Tracer& t);
using FinalizeFn = void (*)(Object* self);
using UnaryFn = Value (*)(Value self);
using BinaryFn = Value (*)(Value a, Value b);
using TernaryFn = Value (*)(Value a, Value b, Value c);
using RichCompareFn = Value (*)(Value a, Value b, CompareOp op);
using HashFn = int64_t (*)(Value self); // -1: error
using LenFn = int64_t (*)(Value self);  // -1: error
using BoolFn = int (*)(Value self);     // 1, 0, or -1 on error
using GetAttrFn = Value (*)(Value self, Value name);
using SetAttrFn = int (*)(Value self, Value name, Value value); // value null: delete
using GetItemFn = Value (*)(Value self, Value key);
using SetItemFn = int (*)(Value self, Value key, Value value); // value null: delete
using ContainsFn = int (*)(Value self, Value item);
// Vectorcall-style: positional args, then keyword values named by the tuple
// [kwnames] (null when there are none). [args] may be modified by the callee
// only at args[-1] when the caller says so (see runtime/call.h).
using CallFn = Value (*)(Value callable, const Value* args, size_t nargs, Value kwnames);
using NewFn = Value (*)(Type* type, const Value* args, size_t nargs, Value kwnames);
using InitFn = int (*)(Value self, const Value* args, size_t nargs, Value kwnames);
using DescrGetFn = Value (*)(Value descr, Value obj, Value type); // obj may be null
using DescrSetFn = int (*)(Value descr, Value obj, Value value);  // value null: delete

// Bits of Type::flags.
enum : uint32_t {
    TYPE_HEAP = 1u << 0,         // created by a class statement or type(); mutable
    TYPE_BASETYPE = 1u << 1,     // may be subclassed
    TYPE_HAS_DICT = 1u << 2,     // instances carry a __dict__
    TYPE_INT_SUBCLASS = 1u << 3, // fast subclass checks, as CPython's Py_TPFLAGS_*_SUBCLASS
    TYPE_LIST_SUBCLASS = 1u << 4,
    TYPE_TUPLE_SUBCLASS = 1u << 5,
    TYPE_STR_SUBCLASS = 1u << 6,
    TYPE_DICT_SUBCLASS = 1u << 7,
    TYPE_EXC_SUBCLASS = 1u << 8, // BaseException and subclasses
    TYPE_TYPE_SUBCLASS = 1u << 9,
    TYPE_BYTES_SUBCLASS = 1u << 10,
    TYPE_IS_ABSTRACT = 1u << 11,
    TYPE_IMMUTABLE = 1u << 12, // built-in: attributes cannot be set
    TYPE_METHOD_DESCRIPTOR =
        1u << 13, // calling it with self as args[0] == calling the bound method
    TYPE_READY = 1u << 14,
    // Instances keep their attributes in inline values described by
    // Type::shared_keys (objects/instance_values.h).
    TYPE_INLINE_VALUES = 1u << 15,
    // Instances have a Python-level __del__ (defined or inherited; kept up to
    // date by runtime/slots.cpp). Such a class also has a finalize slot, so
    // that its allocations leave gc_alloc_object's inline path, whose slow
    // path hands them to the collector's finalization candidates.
    TYPE_HAS_DEL = 1u << 16,
    // Instances accept weak references (CPython's tp_weaklistoffset != 0):
    // set on the built-in types that have it, inherited, and given to a
    // class statement's class as CPython gives it a __weakref__ slot.
    TYPE_WEAKREFABLE = 1u << 17,
    // Generators, coroutines and async generators: one that is collected
    // while suspended is closed first (CPython's _PyGen_Finalize), through
    // the same queue as __del__ (vm_make_generator tracks those that can
    // tell: their code has an exception handler, or they are async).
    TYPE_GEN_FINALIZE = 1u << 18,
};

// Subclasses of variable-size built-ins (str, bytes, tuple) keep their
// __dict__ pointer in the last word of the object's GC cell, after the
// items (CPython uses a negative tp_dictoffset for the same reason); their
// allocations ask for var_instance_extra() more bytes.
constexpr size_t DICT_AT_END = SIZE_MAX;

struct Type : Object {
    const char* name; // tp_name for built-ins ("int", "collections.deque")
    Value name_str;   // __name__ (str)
    Value qualname;   // __qualname__ (str)
    Type* base;       // the solid base (tp_base)
    Value bases;      // tuple of Types
    Value mro;        // tuple of Types, C3 order
    Dict* dict;       // the type's namespace
    Value subclasses; // list of subclasses (strong refs for now), or null
    Value module;     // __module__ for built-ins is in dict too; cached for repr
    uint32_t flags;
    // Tier-1 specialization and tier-2 guards key on this; 0 means "not
    // assigned" (see runtime/type_version.cpp, issue 5).
    uint32_t version_tag;
    uint32_t versions_assigned; // how many tags this type has been given
    // Size of an instance, for allocation; variable-size types add per-item.
    size_t basic_size;
    size_t item_size;
    // Offset of the instance __dict__ pointer, 0 if none, or DICT_AT_END.
    size_t dict_offset;
    // Number of __slots__ Values stored after the dict pointer.
    size_t nslots;

    TraceFn trace;
    FinalizeFn finalize;

    UnaryFn repr;
    UnaryFn str;
    HashFn hash;
    RichCompareFn richcompare;
    GetAttrFn getattr;
    SetAttrFn setattr;
    CallFn call;
    NewFn tp_new;
    InitFn init;
    DescrGetFn descr_get;
    DescrSetFn descr_set;
    UnaryFn iter;
    UnaryFn iternext; // null result without exception: exhausted

    BinaryFn nb[NB_NUM_BINARY];         // a OP b (called for either operand order)
    BinaryFn nb_inplace[NB_NUM_BINARY]; // a OP= b, null: fall back to nb
    // Sequence concatenation (CPython's sq_concat): `a + b` once neither
    // operand's nb[NB_ADD] took it, and the built-in sequences' __add__.
    // It raises for an unsuitable b instead of returning NotImplemented.
    BinaryFn sq_concat;
    TernaryFn nb_power3; // pow(a, b, c)
    UnaryFn nb_negative;
    UnaryFn nb_positive;
    UnaryFn nb_invert;
    UnaryFn nb_absolute;
    BoolFn nb_bool;
    UnaryFn nb_int;
    UnaryFn nb_float;
    UnaryFn nb_index;

    LenFn len;           // sq_length / mp_length
    GetItemFn getitem;   // mp_subscript
    SetItemFn setitem;   // mp_ass_subscript
    ContainsFn contains; // sq_contains

    // Per-type extra data for heap types (e.g. the __slots__ names).
    Value extra;
    // The __init__ function CALL_ALLOC_AND_ENTER_INIT calls; valid while
    // version_tag is the one the call site was specialized with.
    Value spec_init;
    // The attribute names the instances share (TYPE_INLINE_VALUES types).
    SharedKeys* shared_keys;
};

inline bool is_type_flag(Value v, uint32_t flag);

// The built-in types. Defined (and filled in) by their files in objects/.
extern Type TypeType, ObjectType, NoneType, NotImplementedType, EllipsisType, BoolType, IntType,
    FloatType, ComplexType, StrType, BytesType, ByteArrayType, TupleType, ListType, DictType,
    SetType, FrozenSetType, RangeType, SliceType, FunctionType, MethodType, BuiltinFunctionType,
    MethodDescriptorType, CodeType, CellType, ModuleType, GeneratorType, PropertyType,
    ClassMethodType, StaticMethodType, SuperType, BaseExceptionType;

// The immortal singletons.
extern Object NoneObject, NotImplementedObject, EllipsisObject;
struct BoolObject;
extern Object TrueObject, FalseObject;

inline Value None() {
    return Value(&NoneObject);
}
inline Value NotImplemented() {
    return Value(&NotImplementedObject);
}
inline Value Ellipsis() {
    return Value(&EllipsisObject);
}
inline Value True() {
    return Value(&TrueObject);
}
inline Value False() {
    return Value(&FalseObject);
}
inline Value Bool(bool b) {
    return b ? True() : False();
}
inline bool is_none(Value v) {
    return v == None();
}

inline Type* type_of(Value v) {
    if (__builtin_expect(v.is_ptr(), 1)) return v.as_ptr()->type;
    return v.is_int() ? &IntType : &FloatType;
}

inline bool is_type_flag(Value v, uint32_t flag) {
    return (type_of(v)->flags & flag) != 0;
}

// Exact-type checks: the fast paths of the VM.
inline bool is_exact(Value v, Type* t) {
    return type_of(v) == t;
}

// Subtype test through the MRO (runtime/type.cpp).
bool is_subtype(Type* a, Type* b);
inline bool isinstance_of(Value v, Type* t) {
    Type* vt = type_of(v);
    return vt == t || is_subtype(vt, t);
}

inline size_t var_instance_extra(const Type* t) {
    return t->dict_offset == DICT_AT_END ? sizeof(void*) : 0;
}

} // namespace uopy
