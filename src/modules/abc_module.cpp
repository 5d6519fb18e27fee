// The _abc module: the helpers abc.ABCMeta is written on top of
// (_abc_init, _abc_register, _abc_instancecheck, _abc_subclasscheck,
// get_cache_token and the debugging helpers). Without it abc.py falls back
// to _py_abc, whose messages and type names differ. CPython counterpart:
// Modules/_abc.c (3.11).
//
// Each ABC carries an _abc_impl attribute, an _abc_data object holding its
// registry of virtual subclasses, the cache of known subclasses and the
// negative cache of known non-subclasses. All three are sets of weak
// references (weakref.ref objects, objects/weakref.h), as in CPython: a
// class is looked up through a weak reference to it, which compares and
// hashes as its referent; each stored reference has a callback that
// removes it from its set once the class is collected. A global counter,
// bumped by every register(), invalidates the negative caches lazily.
//
// collections.abc.Sequence and Mapping mark themselves with
// __abc_tpflags__, which CPython turns into a type flag (and deletes) for
// pattern matching. uopy's `match` reads that attribute along the MRO
// instead (vm/pattern_matching.cpp), so _abc_init leaves it in place, and
// registering a class with such an ABC sets the attribute on the class
// (where CPython sets the flag on the class and its subclasses).
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <cstdint>

namespace uopy {

static Type AbcDataType;

namespace {

// Bumped by every register() on any ABC; what get_cache_token() returns.
uint64_t g_invalidation_counter = 0;

// CPython's Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING, the values
// collections.abc puts in __abc_tpflags__.
constexpr int64_t kTpflagsSequence = int64_t(1) << 5;
constexpr int64_t kTpflagsMapping = int64_t(1) << 6;
constexpr int64_t kCollectionFlags = kTpflagsSequence | kTpflagsMapping;

struct AbcDataObject : Object {
    // Sets of weak references; null until something is added.
    Value registry;
    Value cache;
    Value negative_cache;
    uint64_t negative_cache_version; // the counter when the negative cache was last valid
};

AbcDataObject* as_abc_data(Value v) {
    return static_cast<AbcDataObject*>(v.as_ptr());
}

void abc_data_trace(Object* o, Tracer& t) {
    auto* d = static_cast<AbcDataObject*>(o);
    t.visit(d->registry);
    t.visit(d->cache);
    t.visit(d->negative_cache);
}

Value make_abc_data(Type* type) {
    auto* d = gc_new<AbcDataObject>(type, type->basic_size);
    if (!d) return Value();
    d->negative_cache_version = g_invalidation_counter;
    return Value(d);
}

// _abc_data(): the arguments are ignored, as in CPython.
Value abc_data_new(Type* type, const Value*, size_t, Value) {
    return make_abc_data(type);
}

// -- Argument checks --------------------------------------------------------------------------

bool no_keywords(const char* qualname, Value kwnames) {
    if (!kwnames || tuple_size(kwnames) == 0) return true;
    raise(exc::TypeError, "%s() takes no keyword arguments", qualname);
    return false;
}

// METH_O: "_abc._abc_init() takes exactly one argument (0 given)".
bool one_arg(const char* qualname, size_t nargs, Value kwnames) {
    if (!no_keywords(qualname, kwnames)) return false;
    if (nargs == 1) return true;
    raise(exc::TypeError, "%s() takes exactly one argument (%zu given)", qualname, nargs);
    return false;
}

// Argument Clinic: "_abc_register expected 2 arguments, got 1".
bool two_args(const char* qualname, const char* name, size_t nargs, Value kwnames) {
    return no_keywords(qualname, kwnames) && check_nargs_expected(name, nargs, 2, 2);
}

// -- Weak sets --------------------------------------------------------------------------------

bool is_class(Value v) {
    return v.is_ptr() && isinstance_of(v, &TypeType);
}

Type* as_type(Value v) {
    return static_cast<Type*>(v.as_ptr());
}

// Whether [set] (a set of weak references, or null) holds a reference to
// [obj]; 1, 0 or -1. What cannot be weakly referenced is in no weak set.
int in_weak_set(Value set, Value obj) {
    if (!set || set_size(set) == 0) return 0;
    Value ref = call1(Value(&WeakRefType), obj);
    if (!ref) {
        if (err_matches(exc::TypeError)) {
            err_clear();
            return 0;
        }
        return -1;
    }
    return set_contains(set, ref);
}

// The callback of the references in a weak set (bound to the set): drops
// the dead reference.
Value weak_set_remove(Value set, const Value* args, size_t nargs, Value) {
    if (nargs != 1) return raise(exc::TypeError, "_destroy() takes exactly one argument");
    if (set_discard(set, args[0]) < 0) return Value();
    return None();
}

const NativeMethodDef weak_set_remove_def = {"_destroy", weak_set_remove, 0, nullptr};

// Adds a weak reference to [obj] to the set in [*slot], made on first use.
bool add_to_weak_set(Value* slot, Value obj) {
    if (!*slot) {
        Value s = make_set();
        if (!s) return false;
        *slot = s;
    }
    Value set = *slot;
    Value callback = make_builtin_function(&weak_set_remove_def, set);
    if (!callback) return false;
    Value ref = call2(Value(&WeakRefType), obj, callback);
    if (!ref) return false;
    return set_add(set, ref);
}

// A new set with the items of [src] (a set or null).
Value copy_set(Value src) {
    Value s = make_set();
    if (!s || !src) return s;
    if (!set_update(s, src)) return Value();
    return s;
}

// -- Per-class data ---------------------------------------------------------------------------

// cls._abc_impl, checked to be an _abc_data object.
Value get_impl(Value self) {
    Value impl = get_attr(self, intern("_abc_impl"));
    if (!impl) return impl;
    if (type_of(impl) != &AbcDataType)
        return raise(exc::TypeError, "_abc_impl is set to a wrong type");
    return impl;
}

// The collection flag of a class: the __abc_tpflags__ found first along
// its MRO (as vm/pattern_matching.cpp reads it), masked; 0 when none.
int64_t collection_flag_of(Type* t) {
    Value mro = t->mro;
    if (!mro) return 0;
    Value key = intern("__abc_tpflags__");
    for (size_t i = 0; i < tuple_size(mro); i++) {
        Type* b = as_type(tuple_get(mro, i));
        if (!b->dict) continue;
        Value f = dict_get_str(b->dict, key);
        if (f && f.is_int()) return f.as_int() & kCollectionFlags;
    }
    return 0;
}

// CPython's set_collection_flag_recursive: a registered class (and its
// subclasses) becomes a sequence or a mapping for `match`. Built-in types
// are left alone. Failing to set the attribute is not an error here.
void set_collection_flag(Type* child, int64_t flag, int depth) {
    if (depth > 1000 || !(child->flags & TYPE_HEAP) || (child->flags & TYPE_IMMUTABLE)) return;
    if (collection_flag_of(child) == flag) return;
    if (set_attr(Value(child), intern("__abc_tpflags__"), Value::small_int(flag)) < 0) {
        err_clear();
        return;
    }
    Value subs = child->subclasses;
    if (!subs) return;
    for (size_t i = 0; i < list_size(subs); i++) {
        Value sub = list_get(subs, i);
        if (is_class(sub)) set_collection_flag(as_type(sub), flag, depth + 1);
    }
}

// _PyObject_IsAbstract: getattr(value, '__isabstractmethod__', False), as truth.
int is_abstract(Value value) {
    Value r = get_attr_optional(value, intern("__isabstractmethod__"));
    if (!r) return err_occurred() ? -1 : 0;
    return truthy(r);
}

// The names in [self]'s namespace whose value is abstract, and the
// abstract names of its bases that are still abstract in [self], stored as
// the frozenset self.__abstractmethods__.
bool compute_abstract_methods(Value self) {
    Value abstracts = make_set(&FrozenSetType);
    if (!abstracts) return false;

    // Stage 1: the class's own namespace. A list of the items first: an
    // __isabstractmethod__ property could change the namespace.
    Value ns = get_attr(self, names::__dict__);
    if (!ns) return false;
    Value items = call_method(ns, "items", {});
    if (!items) return false;
    items = sequence_to_list(items);
    if (!items) return false;
    for (size_t i = 0; i < list_size(items); i++) {
        Value item = list_get(items, i);
        if (!is_tuple(item)) {
            Value t = sequence_to_tuple(item);
            if (!t) {
                if (err_matches(exc::TypeError)) {
                    err_clear();
                    raise(exc::TypeError, "items() returned non-iterable");
                }
                return false;
            }
            item = t;
        }
        if (tuple_size(item) != 2) {
            raise(exc::TypeError, "items() returned item which size is not 2");
            return false;
        }
        Value key = tuple_get(item, 0);
        int r = is_abstract(tuple_get(item, 1));
        if (r < 0 || (r > 0 && !set_add(abstracts, key))) return false;
    }

    // Stage 2: inherited abstract names that nothing in the class overrides.
    Value bases = get_attr(self, names::__bases__);
    if (!bases) return false;
    if (!is_tuple(bases)) {
        raise(exc::TypeError, "__bases__ is not tuple");
        return false;
    }
    Value abstract_name = intern("__abstractmethods__");
    for (size_t i = 0; i < tuple_size(bases); i++) {
        Value base_abstracts = get_attr_optional(tuple_get(bases, i), abstract_name);
        if (!base_abstracts) {
            if (err_occurred()) return false;
            continue;
        }
        Value it = get_iter(base_abstracts);
        if (!it) return false;
        for (;;) {
            Value key = iter_next(it);
            if (!key) {
                if (err_occurred()) return false;
                break;
            }
            if (!is_str(key)) {
                raise(exc::TypeError, "attribute name must be string, not '%s'", type_name(key));
                return false;
            }
            Value value = get_attr_optional(self, key);
            if (!value) {
                if (err_occurred()) return false;
                continue;
            }
            int r = is_abstract(value);
            if (r < 0 || (r > 0 && !set_add(abstracts, key))) return false;
        }
    }
    return set_attr(self, abstract_name, abstracts) >= 0;
}

// -- The functions ----------------------------------------------------------------------------

Value abc_get_cache_token(Value, const Value*, size_t nargs, Value kwnames) {
    if (!no_keywords("_abc.get_cache_token", kwnames)) return Value();
    if (nargs != 0)
        return raise(exc::TypeError, "_abc.get_cache_token() takes no arguments (%zu given)",
                     nargs);
    return make_int(static_cast<int64_t>(g_invalidation_counter));
}

// _abc_init(cls): the abstract methods, a fresh _abc_impl, and the check
// of __abc_tpflags__ (left in the namespace, see the top of the file).
Value abc_init(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!one_arg("_abc._abc_init", nargs, kwnames)) return Value();
    Value self = args[0];
    if (!compute_abstract_methods(self)) return Value();
    Value data = make_abc_data(&AbcDataType);
    if (!data) return data;
    if (set_attr(self, intern("_abc_impl"), data) < 0) return Value();
    if (is_class(self) && as_type(self)->dict) {
        Value flags = dict_get_str(as_type(self)->dict, intern("__abc_tpflags__"));
        if (!flags && err_occurred()) return Value();
        int64_t val;
        if (flags && is_exact_int(flags) && int_fits_int64(flags, &val) &&
            (val & kCollectionFlags) == kCollectionFlags)
            return raise(exc::TypeError, "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE "
                                         "and Py_TPFLAGS_MAPPING");
    }
    return None();
}

// _abc_register(cls, subclass): cls.register(subclass).
Value abc_register(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!two_args("_abc._abc_register", "_abc_register", nargs, kwnames)) return Value();
    Value self = args[0], subclass = args[1];
    if (!is_class(subclass)) return raise(exc::TypeError, "Can only register classes");
    int r = is_subclass(subclass, self);
    if (r > 0) return subclass; // already a subclass
    if (r < 0) return Value();
    // Cycles are tested for after "already a subclass": X.register(X) is a no-op.
    r = is_subclass(self, subclass);
    if (r > 0) return raise(exc::RuntimeError, "Refusing to create an inheritance cycle");
    if (r < 0) return Value();
    Value impl = get_impl(self);
    if (!impl) return impl;
    if (!add_to_weak_set(&as_abc_data(impl)->registry, subclass)) return Value();
    g_invalidation_counter++; // invalidates every negative cache
    if (is_class(self)) {
        int64_t flag = collection_flag_of(as_type(self));
        if (flag) set_collection_flag(as_type(subclass), flag, 0);
    }
    return subclass;
}

// _abc_instancecheck(cls, instance): isinstance(instance, cls).
Value abc_instancecheck(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!two_args("_abc._abc_instancecheck", "_abc_instancecheck", nargs, kwnames)) return Value();
    Value self = args[0], instance = args[1];
    Value impl = get_impl(self);
    if (!impl) return impl;
    AbcDataObject* data = as_abc_data(impl);
    Value subclass = get_attr(instance, names::__class__);
    if (!subclass) return subclass;
    int incache = in_weak_set(data->cache, subclass);
    if (incache < 0) return Value();
    if (incache > 0) return True();
    Value subtype(type_of(instance));
    if (subtype == subclass) {
        if (data->negative_cache_version == g_invalidation_counter) {
            incache = in_weak_set(data->negative_cache, subclass);
            if (incache < 0) return Value();
            if (incache > 0) return False();
        }
        return call_method(self, "__subclasscheck__", {subclass});
    }
    Value result = call_method(self, "__subclasscheck__", {subclass});
    if (!result) return result;
    int truth = truthy(result);
    if (truth < 0) return Value();
    if (truth > 0) return result;
    return call_method(self, "__subclasscheck__", {subtype});
}

// Whether [subclass] is a subclass of something in the registry (caching
// a yes); 1, 0 or -1.
int check_registry(Value impl, Value subclass) {
    AbcDataObject* data = as_abc_data(impl);
    int r = in_weak_set(data->registry, subclass);
    if (r != 0) return r;
    if (!data->registry || set_size(data->registry) == 0) return 0;
    // A snapshot: a collection may drop entries while Python code runs.
    Value registry = data->registry;
    Value snapshot = make_tuple(set_size(registry));
    if (!snapshot) return -1;
    size_t pos = 0, n = 0;
    Value ref;
    while (n < tuple_size(snapshot) && set_next(registry, &pos, &ref))
        tuple_items(snapshot)[n++] = ref;
    for (size_t i = 0; i < n; i++) {
        Value rkey = call0(tuple_get(snapshot, i));
        if (!rkey) return -1;
        if (is_none(rkey)) continue; // the class is gone
        r = is_subclass(subclass, rkey);
        if (r < 0) return -1;
        if (r > 0) return add_to_weak_set(&data->cache, subclass) ? 1 : -1;
    }
    return 0;
}

// _abc_subclasscheck(cls, subclass): issubclass(subclass, cls).
Value abc_subclasscheck(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!two_args("_abc._abc_subclasscheck", "_abc_subclasscheck", nargs, kwnames)) return Value();
    Value self = args[0], subclass = args[1];
    if (!is_class(subclass)) return raise(exc::TypeError, "issubclass() arg 1 must be a class");
    Value impl = get_impl(self);
    if (!impl) return impl;
    AbcDataObject* data = as_abc_data(impl);

    // 1. The cache.
    int incache = in_weak_set(data->cache, subclass);
    if (incache < 0) return Value();
    if (incache > 0) return True();

    // 2. The negative cache, emptied first when a register() happened since.
    if (data->negative_cache_version < g_invalidation_counter) {
        data->negative_cache = Value();
        data->negative_cache_version = g_invalidation_counter;
    } else {
        incache = in_weak_set(data->negative_cache, subclass);
        if (incache < 0) return Value();
        if (incache > 0) return False();
    }

    // 3. The subclass hook.
    Value ok = call_method(self, "__subclasshook__", {subclass});
    if (!ok) return ok;
    if (ok == True()) return add_to_weak_set(&data->cache, subclass) ? True() : Value();
    if (ok == False()) return add_to_weak_set(&data->negative_cache, subclass) ? False() : Value();
    if (ok != NotImplemented())
        return raise(exc::AssertionError,
                     "__subclasshook__ must return either False, True, or NotImplemented");

    // 4. A direct subclass.
    Value mro = as_type(subclass)->mro;
    if (mro) {
        for (size_t i = 0; i < tuple_size(mro); i++)
            if (tuple_get(mro, i) == self)
                return add_to_weak_set(&data->cache, subclass) ? True() : Value();
    }

    // 5. A subclass of a registered class (recursively).
    int r = check_registry(impl, subclass);
    if (r < 0) return Value();
    if (r > 0) return True();

    // 6. A subclass of a subclass (recursively).
    Value subclasses = call_method(self, "__subclasses__", {});
    if (!subclasses) return subclasses;
    if (!is_list(subclasses)) return raise(exc::TypeError, "__subclasses__() must return a list");
    for (size_t i = 0; i < list_size(subclasses); i++) {
        r = is_subclass(subclass, list_get(subclasses, i));
        if (r < 0) return Value();
        if (r > 0) return add_to_weak_set(&data->cache, subclass) ? True() : Value();
    }

    // No dice: remember the answer.
    return add_to_weak_set(&data->negative_cache, subclass) ? False() : Value();
}

// _get_dump(cls): copies of the registry and both caches, and the negative
// cache's version.
Value abc_get_dump(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!one_arg("_abc._get_dump", nargs, kwnames)) return Value();
    Value impl = get_impl(args[0]);
    if (!impl) return impl;
    AbcDataObject* data = as_abc_data(impl);
    Value registry = copy_set(data->registry);
    if (!registry) return registry;
    Value cache = copy_set(data->cache);
    if (!cache) return cache;
    Value negative = copy_set(data->negative_cache);
    if (!negative) return negative;
    Value version = make_int(static_cast<int64_t>(data->negative_cache_version));
    if (!version) return version;
    return tuple_pack({registry, cache, negative, version});
}

Value abc_reset_registry(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!one_arg("_abc._reset_registry", nargs, kwnames)) return Value();
    Value impl = get_impl(args[0]);
    if (!impl) return impl;
    as_abc_data(impl)->registry = Value();
    return None();
}

Value abc_reset_caches(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!one_arg("_abc._reset_caches", nargs, kwnames)) return Value();
    Value impl = get_impl(args[0]);
    if (!impl) return impl;
    as_abc_data(impl)->cache = Value();
    as_abc_data(impl)->negative_cache = Value();
    return None();
}

const NativeMethodDef abc_functions[] = {
    {"get_cache_token", abc_get_cache_token, NATIVE_KEYWORDS,
     "Returns the current ABC cache token.\n\nThe token is an opaque object (supporting "
     "equality testing) identifying the\ncurrent version of the ABC cache for virtual "
     "subclasses. The token changes\nwith every call to register() on any ABC."},
    {"_abc_init", abc_init, NATIVE_KEYWORDS,
     "Internal ABC helper for class set-up. Should be never used outside abc module."},
    {"_reset_registry", abc_reset_registry, NATIVE_KEYWORDS,
     "Internal ABC helper to reset registry of a given class.\n\nShould be only used by "
     "refleak.py"},
    {"_reset_caches", abc_reset_caches, NATIVE_KEYWORDS,
     "Internal ABC helper to reset both caches of a given class.\n\nShould be only used by "
     "refleak.py"},
    {"_get_dump", abc_get_dump, NATIVE_KEYWORDS,
     "Internal ABC helper for cache and registry debugging.\n\nReturn shallow copies of "
     "registry, of both caches, and\nnegative cache version. Don't call this function "
     "directly,\ninstead use ABC._dump_registry() for a nice repr."},
    {"_abc_register", abc_register, NATIVE_KEYWORDS,
     "Internal ABC helper for subclasss registration. Should be never used outside abc "
     "module."},
    {"_abc_instancecheck", abc_instancecheck, NATIVE_KEYWORDS,
     "Internal ABC helper for instance checks. Should be never used outside abc module."},
    {"_abc_subclasscheck", abc_subclasscheck, NATIVE_KEYWORDS,
     "Internal ABC helper for subclasss checks. Should be never used outside abc module."},
    {nullptr, nullptr, 0, nullptr},
};

void init_abc_types() {
    static bool ready = false;
    if (ready) return;
    ready = true;
    // A static type's fields become roots only once init_static_type has
    // registered it, so no collection may run while the type is made.
    bool was_enabled = gc_is_enabled();
    gc_set_enabled(false);
    AbcDataType.trace = abc_data_trace;
    AbcDataType.tp_new = abc_data_new;
    init_static_type(&AbcDataType, "_abc._abc_data", &ObjectType, sizeof(AbcDataObject), 0);
    add_slot_wrappers(&AbcDataType);
    dict_set_cstr(AbcDataType.dict, "__doc__", make_str("Internal state held by ABC machinery."));
    gc_set_enabled(was_enabled);
}

} // namespace

Value init_abc_module() {
    init_abc_types();
    ModuleObject* m = make_module("_abc");
    if (!m) return Value();
    Value mod(m);
    add_functions(m->dict, abc_functions, mod);
    if (!dict_set_cstr(m->dict, "__doc__",
                       make_str("Module contains faster C implementation of abc.ABCMeta")))
        return Value();
    return mod;
}

} // namespace uopy
