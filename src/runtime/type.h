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
// The type attribute cache (CPython: the method cache of typeobject.c):
// the result of an MRO walk, keyed by the type's version and the interned
// name. A version is unique and any change to the type or a base (or its
// namespace, which is watched) gives the type a new one, so an entry can
// never be stale when it matches; its value is kept alive by the namespace
// it was found in for as long as the version stays. Not-found results are
// cached too. Only interned names are entered, so a name that matches an
// entry's pointer is that name. The hit is inline: the generic attribute
// paths (every LOAD_ATTR a specialization misses) look up the type first.
namespace type_cache_detail {
struct Entry {
    uint32_t version;
    Object* name;
    Value value;
};
constexpr size_t kSize = 4096;
extern Entry g_entries[kSize];
inline size_t slot(uint32_t version, const Object* name) {
    return ((version * 2654435761u) ^ (reinterpret_cast<uintptr_t>(name) >> 4)) & (kSize - 1);
}
} // namespace type_cache_detail

// A miss: walks the MRO (assigning the type a version if it has none) and
// fills the cache entry.
Value type_lookup_slow(Type* t, Value name);
inline Value type_lookup(Type* t, Value name) {
    using namespace type_cache_detail;
    uint32_t version = t->version_tag;
    if (__builtin_expect(version != 0 && name.is_ptr(), 1)) {
        const Entry& e = g_entries[slot(version, name.as_ptr())];
        if (e.version == version && e.name == name.as_ptr()) return e.value;
    }
    return type_lookup_slow(t, name);
}
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

// The finalize slot of classes written in Python: their solid base's
// (a socket subclass closes its descriptor), if it has one. Classes with a
// __del__ get it even when the base has none (see TYPE_HAS_DEL).
void heap_instance_finalize(Object* o);
// Allocates a bare instance of a (heap or built-in) type: object.__new__.
Value alloc_instance(Type* t);
// The type's __name__ as text.
const char* type_name_of(Type* t);
// The nearest class in t's base chain that fixes the instances' layout
// (CPython's solid_base): a built-in type, object, or a class written in
// Python that adds __slots__ of its own. Bases whose solid bases are not
// on one line conflict ("multiple bases have instance lay-out conflict").
Type* type_solid_base(Type* t);
// The same among the built-in types only: the nearest built-in class (or
// object) whose layout t's instances have.
Type* type_builtin_base(Type* t);
Value type_repr_value(Type* t);

// Interned names used across the runtime (__init__, __repr__, ...).
// clang-format off
#define UOPY_INTERNED_NAMES(X) \
    X(__init__) \
    X(__new__) \
    X(__repr__) \
    X(__str__) \
    X(__hash__) \
    X(__eq__) \
    X(__ne__) \
    X(__lt__) \
    X(__le__) \
    X(__gt__) \
    X(__ge__) \
    X(__call__) \
    X(__getattr__) \
    X(__getattribute__) \
    X(__setattr__) \
    X(__delattr__) \
    X(__get__) \
    X(__set__) \
    X(__delete__) \
    X(__iter__) \
    X(__next__) \
    X(__len__) \
    X(__bool__) \
    X(__contains__) \
    X(__getitem__) \
    X(__setitem__) \
    X(__delitem__) \
    X(__enter__) \
    X(__exit__) \
    X(__name__) \
    X(__qualname__) \
    X(__module__) \
    X(__doc__) \
    X(__dict__) \
    X(__class__) \
    X(__bases__) \
    X(__mro__) \
    X(__slots__) \
    X(__init_subclass__) \
    X(__set_name__) \
    X(__index__) \
    X(__int__) \
    X(__float__) \
    X(__neg__) \
    X(__pos__) \
    X(__abs__) \
    X(__invert__) \
    X(__format__) \
    X(__instancecheck__) \
    X(__subclasscheck__) \
    X(__build_class__) \
    X(__import__) \
    X(__builtins__) \
    X(__main__) \
    X(__file__) \
    X(__path__) \
    X(__package__) \
    X(__spec__) \
    X(__loader__) \
    X(__all__) \
    X(__classcell__) \
    X(__class_getitem__) \
    X(__missing__) \
    X(__reversed__) \
    X(__del__) \
    X(__round__) \
    X(__trunc__) \
    X(__floor__) \
    X(__ceil__) \
    X(__annotations__) \
    X(__prepare__) \
    X(__mro_entries__) \
    X(__length_hint__) \
    X(__reduce__) \
    X(__sizeof__) \
    X(__dir__) \
    X(__weakref__) \
    X(__objclass__) \
    X(__wrapped__) \
    X(__self__) \
    X(__code__) \
    X(__defaults__) \
    X(__kwdefaults__) \
    X(__closure__) \
    X(__globals__) \
    X(__firstlineno__) \
    X(__static_attributes__) \
    X(__orig_bases__) \
    X(__type_params__) \
    X(__debug__)
// clang-format on

namespace names {
#define UOPY_DECLARE_NAME(n) extern Value n;
UOPY_INTERNED_NAMES(UOPY_DECLARE_NAME)
#undef UOPY_DECLARE_NAME
} // namespace names
void init_names();

// T.__new__(S, *args) on [t]: the static method through which a subclass's
// __new__ reaches T's allocator (CPython's tp_new_wrapper). The types made
// at start-up get it from type.cpp; modules add it to the types they make.
void add_builtin_new_wrapper(Type* t);

} // namespace uopy
