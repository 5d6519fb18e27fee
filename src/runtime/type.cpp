// Types at run time: built-in type set-up, class creation, C3 MRO, attribute
// lookup, and the `type` and `object` types themselves. CPython counterpart:
// Objects/typeobject.c. The slot functions that route the VM's slot calls to
// a class's dunder methods live in runtime/slots.cpp.
#include "runtime/type.h"

#include <algorithm>

#include "objects/dict.h"
#include "objects/int.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/instance_values.h"
#include "objects/mappingproxy.h"
#include "objects/list.h"
#include "objects/misc.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/union_type.h"
#include "objects/weakref.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/interp.h"
#include "runtime/object_reduce.h"
#include "runtime/slots.h"

#include <cstring>
#include <vector>

namespace uopy {

Type TypeType, ObjectType;

// -- Interned names -------------------------------------------------------------

namespace names {
#define UOPY_DEFINE_NAME(n) Value n;
UOPY_INTERNED_NAMES(UOPY_DEFINE_NAME)
#undef UOPY_DEFINE_NAME
} // namespace names

void init_names() {
    using namespace names;
#define UOPY_INIT_NAME(n) n = intern(#n);
    UOPY_INTERNED_NAMES(UOPY_INIT_NAME)
#undef UOPY_INIT_NAME
}

// -- Subtypes and the MRO ---------------------------------------------------------

bool is_subtype(Type* a, Type* b) {
    if (a == b) return true;
    if (a->mro.is_null()) {
        for (Type* t = a; t; t = t->base)
            if (t == b) return true;
        return false;
    }
    size_t n = tuple_size(a->mro);
    Value* items = tuple_items(a->mro);
    for (size_t i = 0; i < n; i++)
        if (items[i].as_ptr() == b) return true;
    return false;
}

// C3 linearization of [t] with direct bases [bases]: the MRO as a tuple, or
// null with TypeError when no consistent order exists.
static Value compute_mro(Type* t, Value bases) {
    std::vector<std::vector<Type*>> seqs;
    size_t nb = tuple_size(bases);
    for (size_t i = 0; i < nb; i++) {
        Type* b = static_cast<Type*>(tuple_get(bases, i).as_ptr());
        std::vector<Type*> s;
        for (size_t j = 0; j < tuple_size(b->mro); j++)
            s.push_back(static_cast<Type*>(tuple_get(b->mro, j).as_ptr()));
        seqs.push_back(std::move(s));
    }
    std::vector<Type*> direct;
    for (size_t i = 0; i < nb; i++)
        direct.push_back(static_cast<Type*>(tuple_get(bases, i).as_ptr()));
    seqs.push_back(direct);
    std::vector<Type*> result{t};
    std::vector<size_t> heads(seqs.size(), 0);
    for (;;) {
        bool empty = true;
        for (size_t i = 0; i < seqs.size(); i++)
            if (heads[i] < seqs[i].size()) empty = false;
        if (empty) break;
        Type* candidate = nullptr;
        for (size_t i = 0; i < seqs.size() && !candidate; i++) {
            if (heads[i] >= seqs[i].size()) continue;
            Type* c = seqs[i][heads[i]];
            bool in_tail = false;
            for (size_t j = 0; j < seqs.size() && !in_tail; j++)
                for (size_t k = heads[j] + 1; k < seqs[j].size(); k++)
                    if (seqs[j][k] == c) {
                        in_tail = true;
                        break;
                    }
            if (!in_tail) candidate = c;
        }
        if (!candidate) {
            // Name the classes the merge is stuck on (the heads left), as CPython.
            std::string msg = "Cannot create a consistent method resolution\norder (MRO) for bases";
            std::vector<Type*> stuck;
            for (size_t i = 0; i < seqs.size(); i++)
                if (heads[i] < seqs[i].size() &&
                    std::find(stuck.begin(), stuck.end(), seqs[i][heads[i]]) == stuck.end())
                    stuck.push_back(seqs[i][heads[i]]);
            for (size_t i = 0; i < stuck.size(); i++) {
                msg += i ? ", " : " ";
                msg += stuck[i]->name;
            }
            return raise_str(exc::TypeError, msg);
        }
        result.push_back(candidate);
        for (size_t i = 0; i < seqs.size(); i++)
            if (heads[i] < seqs[i].size() && seqs[i][heads[i]] == candidate) heads[i]++;
    }
    Value mro = make_tuple(result.size());
    if (!mro) return mro;
    for (size_t i = 0; i < result.size(); i++)
        tuple_items(mro)[i] = Value(result[i]);
    return mro;
}

// The walk along the MRO, uncached.
static Value type_lookup_uncached(Type* t, Value name) {
    Value mro = t->mro;
    if (mro.is_null()) return t->dict ? dict_get_str(t->dict, name) : Value();
    size_t n = tuple_size(mro);
    Value* items = tuple_items(mro);
    for (size_t i = 0; i < n; i++) {
        Type* b = static_cast<Type*>(items[i].as_ptr());
        if (!b->dict) continue;
        Value v = dict_get_str(b->dict, name);
        if (v) return v;
    }
    return Value();
}

// The type attribute cache: see type_lookup in type.h.
namespace type_cache_detail {
Entry g_entries[kSize];
} // namespace type_cache_detail

namespace {
bool g_type_cache_enabled = false;
} // namespace

void enable_type_attribute_cache() {
    g_type_cache_enabled = true;
}

Value type_lookup_slow(Type* t, Value name) {
    using namespace type_cache_detail;
    if (!g_type_cache_enabled || !name.is_ptr() || name.as_ptr()->type != &StrType ||
        !(name.as_ptr()->aux & STR_INTERNED))
        return type_lookup_uncached(t, name);
    uint32_t version = t->version_tag ? t->version_tag : assign_type_version(t);
    if (!version) return type_lookup_uncached(t, name);
    Value v = type_lookup_uncached(t, name);
    g_entries[slot(version, name.as_ptr())] = Entry{version, name.as_ptr(), v};
    return v;
}

Value type_lookup_cstr(Type* t, const char* name) {
    return type_lookup(t, intern(name));
}

const char* type_name_of(Type* t) {
    return t->name;
}

const char* type_name(Value v) {
    return type_of(v)->name;
}

// -- Type versions --------------------------------------------------------------

// type_modified and assign_type_version live in type_version.cpp.

// -- Tracing ----------------------------------------------------------------------

static void type_trace(Object* o, Tracer& t) {
    Type* ty = static_cast<Type*>(o);
    t.visit(ty->name_str);
    t.visit(ty->qualname);
    t.visit(ty->base);
    t.visit(ty->bases);
    t.visit(ty->mro);
    t.visit(ty->dict);
    t.visit(ty->subclasses);
    t.visit(ty->module);
    t.visit(ty->extra);
    t.visit(ty->spec_init);
    t.visit(reinterpret_cast<Object*>(ty->shared_keys));
}

// Instances of heap types: the base's references, then dict and __slots__.
static void heap_instance_trace(Object* o, Tracer& t) {
    Type* ty = o->type;
    Type* solid = ty;
    while (solid && (solid->flags & TYPE_HEAP))
        solid = solid->base;
    if (solid && solid->trace && solid->trace != heap_instance_trace) solid->trace(o, t);
    if (ty->dict_offset) {
        Dict* d = *instance_dict_slot(Value(o));
        t.visit(d);
        if (!d && (ty->flags & TYPE_INLINE_VALUES))
            t.visit_values(inline_values(o), inline_values_count(o));
    }
    if (ty->nslots) {
        Value* slots = reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + ty->basic_size -
                                                ty->nslots * sizeof(Value));
        t.visit_values(slots, ty->nslots);
    }
}

void heap_instance_finalize(Object* o) {
    Type* solid = o->type;
    while (solid && (solid->flags & TYPE_HEAP))
        solid = solid->base;
    if (solid && solid->finalize) solid->finalize(o);
}

// -- Readying types ---------------------------------------------------------------

// Copies slots the type did not set from its base.
static void inherit_slots(Type* t, Type* b) {
#define INHERIT(f)                                                                                 \
    if (!t->f) t->f = b->f;
    INHERIT(trace)
    INHERIT(finalize)
    INHERIT(repr)
    INHERIT(str)
    INHERIT(getattr)
    INHERIT(setattr)
    INHERIT(call)
    INHERIT(tp_new)
    INHERIT(init)
    INHERIT(descr_get)
    INHERIT(descr_set)
    INHERIT(iter)
    INHERIT(iternext)
    INHERIT(nb_power3)
    INHERIT(nb_negative)
    INHERIT(nb_positive)
    INHERIT(nb_invert)
    INHERIT(nb_absolute)
    INHERIT(nb_bool)
    INHERIT(nb_int)
    INHERIT(nb_float)
    INHERIT(nb_index)
    INHERIT(len)
    INHERIT(getitem)
    INHERIT(setitem)
    INHERIT(contains)
    INHERIT(sq_concat)
#undef INHERIT
    // hash and richcompare are inherited together, as CPython does: a type
    // that defines equality without hashing is unhashable.
    if (!t->hash && !t->richcompare) {
        t->hash = b->hash;
        t->richcompare = b->richcompare;
    }
    for (int i = 0; i < NB_NUM_BINARY; i++) {
        if (!t->nb[i]) t->nb[i] = b->nb[i];
        if (!t->nb_inplace[i]) t->nb_inplace[i] = b->nb_inplace[i];
    }
    if (!t->basic_size) t->basic_size = b->basic_size;
    if (!t->item_size) t->item_size = b->item_size;
    if (!t->dict_offset) t->dict_offset = b->dict_offset;
    t->flags |=
        b->flags & (TYPE_INT_SUBCLASS | TYPE_LIST_SUBCLASS | TYPE_TUPLE_SUBCLASS |
                    TYPE_STR_SUBCLASS | TYPE_DICT_SUBCLASS | TYPE_EXC_SUBCLASS |
                    TYPE_TYPE_SUBCLASS | TYPE_BYTES_SUBCLASS | TYPE_HAS_DICT | TYPE_WEAKREFABLE);
}

static std::vector<Type*>& static_types() {
    static std::vector<Type*> v;
    return v;
}

void init_static_type(Type* t, const char* name, Type* base, size_t basic_size, uint32_t flags) {
    t->type = &TypeType;
    t->gc_flags |= GC_IMMORTAL;
    t->name = name;
    t->flags |= flags | TYPE_IMMUTABLE | TYPE_READY;
    t->basic_size = basic_size;
    if (t != &ObjectType && !base) base = &ObjectType;
    t->base = base;
    // A built-in type straight under object with neither constructor nor
    // initializer of its own has no instances but the runtime's: calling it
    // is "cannot create 'T' instances" (CPython's DISALLOW_INSTANTIATION).
    // Built from nothing, such an object would crash its own methods.
    bool no_instances = base == &ObjectType && !t->tp_new && !t->init;
    if (base) inherit_slots(t, base);
    if (no_instances) t->tp_new = nullptr;
    if (!t->trace) t->trace = nullptr;
    t->dict = make_dict();
    // The qualified name is everything after the last dot ("collections.deque").
    const char* dot = std::strrchr(name, '.');
    t->name_str = intern(dot ? dot + 1 : name);
    t->qualname = t->name_str;
    std::string mod = dot ? std::string(name, dot - name) : "builtins";
    t->module = intern(mod);
    t->bases = base ? tuple_pack({Value(base)}) : empty_tuple();
    if (base) {
        size_t n = tuple_size(base->mro);
        t->mro = make_tuple(n + 1);
        tuple_items(t->mro)[0] = Value(t);
        for (size_t i = 0; i < n; i++)
            tuple_items(t->mro)[i + 1] = tuple_get(base->mro, i);
    } else {
        t->mro = tuple_pack({Value(t)});
    }
    t->version_tag = 0;
    gc_add_static(t);
    static_types().push_back(t);
    if (base) {
        if (base->subclasses.is_null()) base->subclasses = make_list(0);
        list_append(base->subclasses, Value(t));
    }
}

Type* make_builtin_heap_type(const char* name, Type* base, const char* module) {
    Type* t = gc_new<Type>(&TypeType);
    t->gc_flags |= GC_IMMORTAL; // lives as long as the interpreter: never swept
    gc_add_static(t);
    t->name = name;
    t->flags = TYPE_BASETYPE | TYPE_IMMUTABLE | TYPE_READY;
    t->base = base;
    inherit_slots(t, base);
    t->dict = make_dict();
    t->name_str = intern(name);
    t->qualname = t->name_str;
    t->module = intern(module);
    t->bases = tuple_pack({Value(base)});
    size_t n = tuple_size(base->mro);
    t->mro = make_tuple(n + 1);
    tuple_items(t->mro)[0] = Value(t);
    for (size_t i = 0; i < n; i++)
        tuple_items(t->mro)[i + 1] = tuple_get(base->mro, i);
    if (base->subclasses.is_null()) base->subclasses = make_list(0);
    list_append(base->subclasses, Value(t));
    return t;
}

void add_instance_dict_descriptor(Type* t);
static void add_instance_weakref_descriptor(Type* t);

// -- Instances --------------------------------------------------------------------

Dict** instance_dict_slot(Value obj) {
    if (!obj.is_ptr()) return nullptr;
    Type* t = obj.as_ptr()->type;
    if (!t->dict_offset) return nullptr;
    char* base = reinterpret_cast<char*>(obj.as_ptr());
    if (t->dict_offset == DICT_AT_END)
        return reinterpret_cast<Dict**>(base + gc_cell_size(obj.as_ptr()) - sizeof(Dict*));
    return reinterpret_cast<Dict**>(base + t->dict_offset);
}

Dict* instance_dict(Value obj) {
    Dict** slot = instance_dict_slot(obj);
    if (!slot) return nullptr;
    if (!*slot) {
        if (obj.as_ptr()->type->flags & TYPE_INLINE_VALUES)
            return materialize_inline_values(obj.as_ptr());
        *slot = make_dict();
    }
    return *slot;
}

Value instance_attr(Value obj, Value name) {
    Dict** slot = instance_dict_slot(obj);
    if (!slot) return Value();
    if (*slot) return dict_get_str(*slot, name);
    if (obj.as_ptr()->type->flags & TYPE_INLINE_VALUES)
        return inline_values_get(obj.as_ptr(), name);
    return Value();
}

Value alloc_instance(Type* t) {
    Object* o = (t->flags & TYPE_INLINE_VALUES) ? alloc_inline_values_instance(t)
                                                : gc_alloc_object(t, t->basic_size);
    return o ? Value(o) : Value();
}

// -- Attribute access ---------------------------------------------------------------

static bool is_data_descriptor(Value v) {
    return v.is_ptr() && type_of(v)->descr_set != nullptr;
}

Value generic_getattr(Value obj, Value name) {
    Type* t = type_of(obj);
    Value attr = type_lookup(t, name);
    DescrGetFn get = nullptr;
    if (attr) {
        get = type_of(attr)->descr_get;
        if (get && is_data_descriptor(attr)) return get(attr, obj, Value(t));
    }
    if (t->dict_offset) {
        Value v = instance_attr(obj, name);
        if (v) return v;
        if (err_occurred()) return Value();
    }
    if (get) return get(attr, obj, Value(t));
    if (attr) return attr;
    return raise(exc::AttributeError, "'%s' object has no attribute '%s'", t->name,
                 str_view(name).data());
}

int generic_setattr(Value obj, Value name, Value value) {
    Type* t = type_of(obj);
    Value attr = type_lookup(t, name);
    if (attr) {
        DescrSetFn set = type_of(attr)->descr_set;
        if (set) return set(attr, obj, value);
    }
    Dict** slot = instance_dict_slot(obj);
    if (!slot) {
        if (!attr)
            raise(exc::AttributeError, "'%s' object has no attribute '%s'", t->name,
                  str_view(name).data());
        else
            raise(exc::AttributeError, "'%s' object attribute '%s' is read-only", t->name,
                  str_view(name).data());
        return -1;
    }
    if (!*slot && (t->flags & TYPE_INLINE_VALUES)) {
        switch (inline_values_store(obj.as_ptr(), name, value)) {
        case InlineStore::DONE: return 0;
        case InlineStore::MISSING:
            raise(exc::AttributeError, "'%s' object has no attribute '%s'", t->name,
                  str_view(name).data());
            return -1;
        case InlineStore::NEEDS_DICT:
            if (!materialize_inline_values(obj.as_ptr())) return -1;
            break;
        }
    }
    if (!*slot) {
        *slot = make_dict();
        if (!*slot) return -1;
    }
    if (value) return dict_set(*slot, name, value) ? 0 : -1;
    int r = dict_del(*slot, name);
    if (r == 0) {
        raise(exc::AttributeError, "'%s' object has no attribute '%s'", t->name,
              str_view(name).data());
        return -1;
    }
    return r < 0 ? -1 : 0;
}

// -- `object` -----------------------------------------------------------------------

static Value object_repr(Value self) {
    Type* t = type_of(self);
    Value mod = t->module;
    char buf[64];
    std::snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(self.as_ptr()));
    std::string s = "<";
    if (mod && is_str(mod) && str_view(mod) != "builtins") {
        s += str_view(mod);
        s += ".";
    }
    s += str_view(t->qualname);
    s += buf;
    return make_str(s);
}

static Value object_str(Value self) {
    UnaryFn r = type_of(self)->repr;
    return r ? r(self) : object_repr(self);
}

static int64_t object_hash(Value self) {
    // Identity hash: the address rotated so that the alignment zeros do not
    // all land in the low bits (as CPython's _Py_HashPointer).
    uint64_t y = self.raw();
    y = (y >> 4) | (y << 60);
    int64_t h = static_cast<int64_t>(y);
    return h == -1 ? -2 : h;
}

static Value object_richcompare(Value a, Value b, CompareOp op) {
    switch (op) {
    case CMP_EQ: return a == b ? True() : NotImplemented();
    case CMP_NE: {
        // Default __ne__ inverts __eq__ unless that returns NotImplemented.
        RichCompareFn eq = type_of(a)->richcompare;
        if (!eq) return NotImplemented();
        Value r = eq(a, b, CMP_EQ);
        if (!r || r == NotImplemented()) return r;
        int t = truthy(r);
        if (t < 0) return Value();
        return Bool(!t);
    }
    default: return NotImplemented();
    }
}

static Value object_new(Type* type, const Value*, size_t nargs, Value kwnames) {
    // Excess arguments are an error only when neither __new__ nor __init__
    // is overridden in a way that consumes them (CPython's rule).
    bool has_args = nargs > 0 || (kwnames && tuple_size(kwnames) > 0);
    if (has_args) {
        if (type->tp_new != object_new) {
            return raise(exc::TypeError,
                         "object.__new__() takes exactly one argument (the type to instantiate)");
        }
        if (type->init == ObjectType.init) {
            return raise(exc::TypeError, "%s() takes no arguments", type->name);
        }
    }
    if (type->flags & TYPE_IS_ABSTRACT) {
        // CPython's message: the abstract names, sorted, after "method(s)".
        Value names = dict_get_str(type->dict, intern("__abstractmethods__"));
        Value sorted = names ? sequence_to_list(names) : Value();
        if (!sorted || !list_sort(sorted, Value(), false)) return Value();
        std::string joined;
        for (size_t i = 0; i < list_size(sorted); i++) {
            if (i) joined += ", ";
            joined += str_text(list_get(sorted, i));
        }
        return raise(exc::TypeError,
                     "Can't instantiate abstract class %s with abstract method%s %s", type->name,
                     list_size(sorted) > 1 ? "s" : "", joined.c_str());
    }
    return alloc_instance(type);
}

static int object_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    (void)args;
    Type* type = type_of(self);
    bool has_args = nargs > 0 || (kwnames && tuple_size(kwnames) > 0);
    if (has_args) {
        if (type->init != object_init) {
            raise(exc::TypeError,
                  "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (type->tp_new == object_new) {
            raise(exc::TypeError,
                  "%s.__init__() takes exactly one argument (the instance to initialize)",
                  type->name);
            return -1;
        }
    }
    return 0;
}

// object.__class__, object.__dict__ and friends are implemented as getters
// in runtime/slots.cpp's descriptor table.

// -- `type` ---------------------------------------------------------------------------

Value type_repr_value(Type* t) {
    std::string s = "<class '";
    if (t->module && is_str(t->module) && str_view(t->module) != "builtins") {
        s += str_view(t->module);
        s += ".";
    }
    s += str_view(t->qualname);
    s += "'>";
    return make_str(s);
}

static Value type_repr(Value self) {
    return type_repr_value(static_cast<Type*>(self.as_ptr()));
}

static Value type_call(Value callable, const Value* args, size_t nargs, Value kwnames) {
    Type* type = static_cast<Type*>(callable.as_ptr());
    // type(x) with one argument returns x's type.
    if (type == &TypeType && nargs == 1 && (!kwnames || tuple_size(kwnames) == 0))
        return Value(type_of(args[0]));
    if (!type->tp_new) return raise(exc::TypeError, "cannot create '%s' instances", type->name);
    Value obj = type->tp_new(type, args, nargs, kwnames);
    if (!obj) return obj;
    // __init__ runs only when __new__ returned an instance of the type.
    Type* ot = type_of(obj);
    if (ot != type && !is_subtype(ot, type)) return obj;
    if (ot->init) {
        if (ot->init(obj, args, nargs, kwnames) < 0) return Value();
    }
    return obj;
}

static Value type_getattr(Value self, Value name) {
    Type* t = static_cast<Type*>(self.as_ptr());
    Type* meta = type_of(self);
    Value meta_attr = type_lookup(meta, name);
    DescrGetFn meta_get = nullptr;
    if (meta_attr) {
        meta_get = type_of(meta_attr)->descr_get;
        if (meta_get && is_data_descriptor(meta_attr))
            return meta_get(meta_attr, self, Value(meta));
    }
    Value attr = type_lookup(t, name);
    if (attr) {
        DescrGetFn get = type_of(attr)->descr_get;
        if (get) return get(attr, Value(), self);
        return attr;
    }
    if (meta_get) return meta_get(meta_attr, self, Value(meta));
    if (meta_attr) return meta_attr;
    return raise(exc::AttributeError, "type object '%s' has no attribute '%s'", t->name,
                 str_view(name).data());
}

static int type_setattr(Value self, Value name, Value value) {
    Type* t = static_cast<Type*>(self.as_ptr());
    if (!(t->flags & TYPE_HEAP)) {
        raise(exc::TypeError, "cannot set '%s' attribute of immutable type '%s'",
              str_view(name).data(), t->name);
        return -1;
    }
    Type* meta = type_of(self);
    Value meta_attr = type_lookup(meta, name);
    if (meta_attr) {
        DescrSetFn set = type_of(meta_attr)->descr_set;
        if (set) return set(meta_attr, self, value);
    }
    type_modified(t);
    if (value) {
        if (!dict_set(t->dict, name, value)) return -1;
    } else {
        int r = dict_del(t->dict, name);
        if (r <= 0) {
            if (r == 0)
                raise(exc::AttributeError, "type object '%s' has no attribute '%s'", t->name,
                      str_view(name).data());
            return -1;
        }
    }
    type_update_slot(t, name);
    return 0;
}

static Value type_new(Type* meta, const Value* args, size_t nargs, Value kwnames) {
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    if (nargs == 1 && nkw == 0 && meta == &TypeType) return Value(type_of(args[0]));
    if (nargs != 3) return raise(exc::TypeError, "type() takes 1 or 3 arguments");
    if (!is_str(args[0]))
        return raise(exc::TypeError, "type.__new__() argument 1 must be str, not %s",
                     type_name(args[0]));
    if (!is_tuple(args[1]))
        return raise(exc::TypeError, "type.__new__() argument 2 must be tuple, not %s",
                     type_name(args[1]));
    if (!is_dict(args[2]))
        return raise(exc::TypeError, "type.__new__() argument 3 must be dict, not %s",
                     type_name(args[2]));
    // The most derived metaclass of meta and the bases' types decides; if
    // it is not meta and has a __new__ of its own, that makes the class
    // (type('X', (SomeEnum,), ns, boundary=...) runs EnumType.__new__).
    Type* winner = meta;
    for (size_t i = 0; i < tuple_size(args[1]); i++) {
        Type* bt = type_of(tuple_get(args[1], i));
        if (is_subtype(winner, bt)) continue;
        if (is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        return raise(exc::TypeError,
                     "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                     "subclass of the metaclasses of all its bases");
    }
    if (winner != meta && winner->tp_new != type_new)
        return winner->tp_new(winner, args, nargs, kwnames);
    meta = winner;
    Dict* ns = dict_copy(as_dict(args[2]));
    if (!ns) return Value();
    // Keyword arguments other than metaclass go to __init_subclass__.
    Value kw;
    if (nkw) {
        Dict* kwd = make_dict();
        for (size_t i = 0; i < nkw; i++)
            if (!dict_set(kwd, tuple_get(kwnames, i), args[nargs + i])) return Value();
        kw = Value(kwd);
    }
    Value cls = make_class(meta, args[0], args[1], ns);
    if (!cls) return cls;
    if (!init_subclass(static_cast<Type*>(cls.as_ptr()), kw ? kw : Value(make_dict())))
        return Value();
    return cls;
}

static int type_init(Value, const Value*, size_t nargs, Value) {
    if (nargs != 1 && nargs != 3) {
        raise(exc::TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

// -- Class creation -----------------------------------------------------------------------

// A built-in class adds no layout of its own when (a built-in exception
// class) its instances are its base's size with the dict in the same
// place: TypeError and ArithmeticError are both BaseException inside, so
// a class may derive from both.
static bool builtin_adds_layout(const Type* t) {
    return t->basic_size != t->base->basic_size || t->dict_offset != t->base->dict_offset;
}

Type* type_solid_base(Type* t) {
    if (!t->base) return t;
    Type* b = type_solid_base(t->base);
    // A class statement's class adds to the layout with slots of its own;
    // its dict (as CPython's dict and weakref slots) does not count.
    if (t->flags & TYPE_HEAP) return t->nslots != b->nslots ? t : b;
    return builtin_adds_layout(t) ? t : b;
}

Type* type_builtin_base(Type* t) {
    while (t->base && ((t->flags & TYPE_HEAP) || !builtin_adds_layout(t)))
        t = t->base;
    return t;
}

// Whether instances of [t] vary in size as CPython's do (a nonzero
// tp_itemsize): int, bytes and tuple. (uopy's str has an item size, but
// CPython's str does not, and its subclasses may take weak references.)
static bool cpython_var_sized(const Type* t) {
    return (t->flags & (TYPE_INT_SUBCLASS | TYPE_BYTES_SUBCLASS | TYPE_TUPLE_SUBCLASS)) != 0;
}

// A __slots__ name as the class body sees it: "__x" in class C is "_C__x"
// (CPython's _Py_Mangle: not for dunder names, names with a dot, or a
// class name of underscores only).
static std::string mangle_slot_name(std::string_view cls, std::string_view name) {
    if (name.size() < 3 || name.substr(0, 2) != "__" ||
        (name.size() >= 4 && name.substr(name.size() - 2) == "__") ||
        name.find('.') != std::string_view::npos)
        return std::string(name);
    size_t lead = cls.find_first_not_of('_');
    if (lead == std::string_view::npos) return std::string(name);
    return "_" + std::string(cls.substr(lead)) + std::string(name);
}

// What a class statement's __slots__ asks for (CPython's type_new_slots):
// the slot names, mangled, and whether the class adds an instance dict and
// weak reference support. Without __slots__ it adds both unless its base
// has them (or, for weak references, is var-sized); with __slots__ only
// when '__dict__' / '__weakref__' are among them, or another base has them.
struct ClassSlots {
    std::vector<Value> names;
    bool add_dict = false, add_weak = false;
};
static bool read_class_slots(Type* t, Type* best, Value bases, Dict* ns, ClassSlots* out) {
    bool may_add_dict = best->dict_offset == 0;
    bool may_add_weak = !(best->flags & TYPE_WEAKREFABLE) && !cpython_var_sized(best);
    Value slots = dict_get_str(ns, names::__slots__);
    if (!slots) {
        out->add_dict = may_add_dict;
        out->add_weak = may_add_weak;
        return true;
    }
    Value seq = is_str(slots) ? tuple_pack({slots}) : sequence_to_tuple(slots);
    if (!seq) return false;
    size_t n = tuple_size(seq);
    if (n > 0 && cpython_var_sized(best)) {
        raise(exc::TypeError, "nonempty __slots__ not supported for subtype of '%s'", best->name);
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        Value s = tuple_get(seq, i);
        if (!is_str(s)) {
            raise(exc::TypeError, "__slots__ items must be strings, not '%s'", type_name(s));
            return false;
        }
        if (!str_is_identifier(s)) {
            raise(exc::TypeError, "__slots__ must be identifiers");
            return false;
        }
        std::string_view sv = str_view(s);
        if (sv == "__dict__") {
            if (!may_add_dict || out->add_dict) {
                raise(exc::TypeError, "__dict__ slot disallowed: we already got one");
                return false;
            }
            out->add_dict = true;
            continue;
        }
        if (sv == "__weakref__") {
            if (!may_add_weak || out->add_weak) {
                raise(
                    exc::TypeError,
                    "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                return false;
            }
            out->add_weak = true;
            continue;
        }
        std::string mangled = mangle_slot_name(str_view(t->name_str), sv);
        Value name = mangled == sv ? intern_value(s) : intern(mangled);
        if (!name) return false;
        if (dict_get_str(ns, name)) {
            std::string r = repr_text(name);
            raise(exc::ValueError, "%s in __slots__ conflicts with class variable", r.c_str());
            return false;
        }
        out->names.push_back(name);
    }
    // uopy's own limit: slots would overlap the items of a var-sized layout.
    if (!out->names.empty() && best->item_size) {
        raise(exc::TypeError, "nonempty __slots__ not supported for subtype of '%s'", best->name);
        return false;
    }
    // Secondary bases may bring a dict or weak references.
    for (size_t i = 0; i < tuple_size(bases); i++) {
        auto* b = static_cast<Type*>(tuple_get(bases, i).as_ptr());
        if (b == best) continue;
        if (may_add_dict && b->dict_offset) out->add_dict = true;
        if (may_add_weak && (b->flags & TYPE_WEAKREFABLE)) out->add_weak = true;
    }
    return true;
}

Value make_class(Type* meta, Value name, Value bases, Dict* ns) {
    size_t nb = tuple_size(bases);
    if (nb == 0) {
        bases = tuple_pack({Value(&ObjectType)});
        nb = 1;
    }
    // The metaclass must derive from every base's metaclass (a base that is
    // no class at all fails here too, as in CPython).
    Type* winner = meta;
    for (size_t i = 0; i < nb; i++) {
        Type* bm = type_of(tuple_get(bases, i));
        if (is_subtype(winner, bm)) continue;
        if (is_subtype(bm, winner)) {
            winner = bm;
            continue;
        }
        return raise(exc::TypeError, "metaclass conflict: the metaclass of a derived class must be "
                                     "a (non-strict) subclass of the metaclasses of all its bases");
    }
    for (size_t i = 0; i < nb; i++) {
        Value b = tuple_get(bases, i);
        if (!isinstance_of(b, &TypeType)) return raise(exc::TypeError, "bases must be types");
        Type* bt = static_cast<Type*>(b.as_ptr());
        if (!(bt->flags & TYPE_BASETYPE))
            return raise(exc::TypeError, "type '%s' is not an acceptable base type", bt->name);
        for (size_t j = 0; j < i; j++)
            if (tuple_get(bases, j) == b)
                return raise(exc::TypeError, "duplicate base class %s", bt->name);
    }
    // Pick the base whose layout all others are compatible with.
    Type* best = static_cast<Type*>(tuple_get(bases, 0).as_ptr());
    Type* best_solid = type_solid_base(best);
    for (size_t i = 1; i < nb; i++) {
        Type* bt = static_cast<Type*>(tuple_get(bases, i).as_ptr());
        Type* s = type_solid_base(bt);
        if (is_subtype(best_solid, s)) continue;
        if (is_subtype(s, best_solid)) {
            best = bt;
            best_solid = s;
            continue;
        }
        return raise(exc::TypeError, "multiple bases have instance lay-out conflict");
    }

    Type* t = gc_new<Type>(meta, meta->basic_size ? meta->basic_size : sizeof(Type));
    if (!t) return Value();
    t->flags = TYPE_HEAP | TYPE_BASETYPE | TYPE_READY;
    t->name_str = name;
    std::string nm(str_view(name));
    char* cname = gc_alloc_bytes(nm.size() + 1);
    if (!cname) return Value();
    std::memcpy(cname, nm.c_str(), nm.size() + 1);
    t->name = cname;
    t->extra =
        Value(reinterpret_cast<Object*>(cname - sizeof(Object))); // keeps the name buffer alive
    t->base = best;
    t->bases = bases;
    t->dict = ns;

    // Layout: the base's, then a __dict__ pointer (unless __slots__ says
    // otherwise), then one Value per slot name.
    ClassSlots cs;
    if (!read_class_slots(t, best, bases, ns, &cs)) return Value();
    const std::vector<Value>& slot_names = cs.names;
    bool want_dict = cs.add_dict;
    t->basic_size = best->basic_size;
    // A class's attributes live in its Type::dict (type's own __dict__
    // shows them): a metaclass adds no instance dict of its own.
    if (best->flags & TYPE_TYPE_SUBCLASS) want_dict = false;
    if (best->dict_offset) {
        t->dict_offset = best->dict_offset;
    } else if (want_dict && best->item_size) {
        t->dict_offset = DICT_AT_END;
    } else if (want_dict) {
        t->dict_offset = t->basic_size;
        t->basic_size += sizeof(Dict*);
    }
    if (t->dict_offset) t->flags |= TYPE_HAS_DICT;
    // (Weak references need no room in the instance: weakref.cpp keeps them
    // in a table keyed by the referent.)
    if (cs.add_weak) t->flags |= TYPE_WEAKREFABLE;
    bool introduces_dict = t->dict_offset && !best->dict_offset;
    t->nslots = best->nslots + slot_names.size();
    t->basic_size += slot_names.size() * sizeof(Value);
    t->trace = heap_instance_trace;
    t->finalize = best->finalize ? heap_instance_finalize : nullptr;

    Value mro = compute_mro(t, bases);
    if (!mro) return Value();
    t->mro = mro;
    inherit_slots(t, best);
    t->trace = heap_instance_trace;
    // Plain objects with a __dict__ keep their attributes inline.
    if (type_builtin_base(t) == &ObjectType && t->dict_offset && t->dict_offset != DICT_AT_END) {
        t->shared_keys = make_shared_keys(t);
        if (!t->shared_keys) return Value();
        t->flags |= TYPE_INLINE_VALUES;
    }

    // __module__ from the namespace, __qualname__ popped from it.
    Value qn = dict_get_str(ns, names::__qualname__);
    if (qn) {
        if (!is_str(qn))
            return raise(exc::TypeError, "type __qualname__ must be a str, not %s", type_name(qn));
        t->qualname = qn;
        dict_del(ns, names::__qualname__);
    } else {
        t->qualname = name;
    }
    Value mod = dict_get_str(ns, names::__module__);
    if (!mod && current_globals()) {
        mod = dict_get_str(current_globals(), names::__name__);
        if (mod) dict_set(ns, names::__module__, mod);
    }
    t->module = mod;
    if (!dict_get_str(ns, names::__doc__)) dict_set(ns, names::__doc__, None());

    if (introduces_dict && !dict_get_str(ns, names::__dict__)) add_instance_dict_descriptor(t);
    if (cs.add_weak && !dict_get_str(ns, names::__weakref__)) add_instance_weakref_descriptor(t);
    // Member descriptors for the slot names.
    size_t first_slot = t->basic_size - slot_names.size() * sizeof(Value);
    for (size_t i = 0; i < slot_names.size(); i++) {
        Value d = make_slot_member(t, slot_names[i], first_slot + i * sizeof(Value));
        if (!d || !dict_set(ns, slot_names[i], d)) return Value();
    }
    // __new__ and __init_subclass__ / __class_getitem__ are implicitly static/class methods.
    Value newf = dict_get_str(ns, names::__new__);
    if (newf && is_function(newf)) {
        Value sm = make_staticmethod(newf);
        if (!sm || !dict_set(ns, names::__new__, sm)) return Value();
    }
    for (Value n : {names::__init_subclass__, names::__class_getitem__}) {
        Value f = dict_get_str(ns, n);
        if (f && is_function(f)) {
            Value cm = make_classmethod(f);
            if (!cm || !dict_set(ns, n, cm)) return Value();
        }
    }

    for (size_t i = 0; i < nb; i++) {
        Type* bt = static_cast<Type*>(tuple_get(bases, i).as_ptr());
        if (bt->subclasses.is_null()) bt->subclasses = make_list(0);
        list_append(bt->subclasses, Value(t));
    }
    fixup_slots(t);

    // Zero-argument super() and __class__ refer to the class through this cell.
    Value cell = dict_get_str(ns, names::__classcell__);
    if (cell) {
        if (type_of(cell) != &CellType)
            return raise(exc::TypeError, "__classcell__ must be a nonlocal cell, not %s",
                         type_name(cell));
        static_cast<CellObject*>(cell.as_ptr())->ref = Value(t);
        dict_del(ns, names::__classcell__);
    }

    // __set_name__ on the namespace's descriptors, then the parent's __init_subclass__.
    size_t pos = 0;
    Value k, v;
    std::vector<std::pair<Value, Value>> items;
    while (dict_next(ns, &pos, &k, &v))
        items.push_back({k, v});
    for (auto& [key, val] : items) {
        Value set_name = lookup_special(val, names::__set_name__);
        if (set_name) {
            Value r = call_special(val, names::__set_name__, {Value(t), key});
            if (!r) {
                // CPython 3.11 wraps the error, chaining the original as the cause.
                Value cause = err_fetch();
                Value msg_repr = repr(key);
                if (!msg_repr) return Value();
                Value wrapped = make_exception(
                    exc::RuntimeError,
                    tuple_pack(
                        {make_str("Error calling __set_name__ on '" + std::string(type_name(val)) +
                                  "' instance " + std::string(str_view(msg_repr)) + " in '" +
                                  t->name + "'")}));
                if (!wrapped) return Value();
                auto* w = static_cast<ExceptionObject*>(wrapped.as_ptr());
                w->cause = cause;
                w->context = cause;
                w->suppress_context = true;
                return raise_instance(wrapped);
            }
        } else if (err_occurred()) {
            return Value();
        }
    }
    return Value(t);
}

// Runs the parent's __init_subclass__ with the class keywords (called by
// __build_class__ and type.__new__ after the class exists).
bool init_subclass(Type* t, Value kwargs) {
    Value sup = make_super(t, Value(t));
    if (!sup) return false;
    Value f = get_attr(sup, names::__init_subclass__);
    if (!f) return false;
    Value r = call_tuple_dict(f, empty_tuple(), kwargs);
    return r.raw() != 0;
}

// -- Attributes of `object` and `type` ---------------------------------------------------------

static Value object_init_subclass(Value cls, const Value*, size_t nargs, Value kwnames) {
    if (nargs || (kwnames && tuple_size(kwnames)))
        return raise(exc::TypeError, "%s.__init_subclass__() takes no keyword arguments",
                     cls.is_ptr() ? static_cast<Type*>(cls.as_ptr())->name : "object");
    return None();
}

static Value object_format(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("__format__", nargs, 1, 1)) return Value();
    if (!is_str(args[0]))
        return raise(exc::TypeError, "__format__() argument must be str, not %s",
                     type_name(args[0]));
    if (str_length(args[0]) > 0)
        return raise(exc::TypeError, "unsupported format string passed to %s.__format__",
                     type_name(self));
    return str_of(self);
}

static Value object_dir(Value self, const Value*, size_t, Value) {
    Dict* names = make_dict();
    if (!names) return Value();
    Dict** slot = instance_dict_slot(self);
    if (slot && *slot) {
        dict_merge_from_dict(names, *slot, true);
    } else if (slot && (type_of(self)->flags & TYPE_INLINE_VALUES)) {
        Object* o = self.as_ptr();
        SharedKeys* k = o->type->shared_keys;
        for (uint32_t i = 0; i < inline_values_count(o); i++)
            if (inline_values(o)[i] && !dict_set(names, k->names[i], None())) return Value();
    }
    Type* t = type_of(self);
    for (size_t i = 0; i < tuple_size(t->mro); i++) {
        Type* b = static_cast<Type*>(tuple_get(t->mro, i).as_ptr());
        if (b->dict) dict_merge_from_dict(names, b->dict, true);
    }
    Value keys = make_list(0);
    size_t pos = 0;
    Value k, v;
    while (dict_next(names, &pos, &k, &v))
        list_append(keys, k);
    return keys;
}

// object.__subclasshook__: no opinion (abc's classes override it).
static Value object_subclasshook(Value, const Value*, size_t, Value) {
    return NotImplemented();
}

// object.__sizeof__(): the instance's fixed size in bytes (uopy's layout,
// so the figures differ from CPython's; sys.getsizeof reports the same).
static Value object_sizeof(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("__sizeof__", nargs, 0, 0)) return Value();
    if (self.is_int()) return make_int(28);
    return make_int(static_cast<int64_t>(type_of(self)->basic_size));
}

static const NativeMethodDef object_methods[] = {
    {"__sizeof__", object_sizeof, 0, "__sizeof__($self, /)\n--\n\n"},
    {"__init_subclass__", object_init_subclass, NATIVE_CLASS | NATIVE_KEYWORDS, nullptr},
    {"__subclasshook__", object_subclasshook, NATIVE_CLASS, nullptr},
    {"__format__", object_format, 0, "__format__($self, format_spec, /)\n--\n\n"},
    {"__dir__", object_dir, 0, "__dir__($self, /)\n--\n\n"},
    {nullptr, nullptr, 0, nullptr},
};

static Value object_get_class(Value self) {
    return Value(type_of(self));
}
// The names a class's own __slots__ adds, sorted ("__dict__" and
// "__weakref__" aside: they add no slot).
static bool own_slot_names(Type* t, std::vector<std::string>* out) {
    Value slots = dict_get_str(t->dict, intern("__slots__"));
    if (!slots) return true;
    Value list = is_str(slots) ? make_list_from(&slots, 1) : sequence_to_list(slots);
    if (!list) return false;
    for (size_t i = 0; i < list_size(list); i++) {
        Value n = list_get(list, i);
        if (!is_str(n)) continue;
        std::string_view name = str_view(n);
        if (name != "__dict__" && name != "__weakref__") out->emplace_back(name);
    }
    std::sort(out->begin(), out->end());
    return true;
}

// CPython's compatible_for_assignment: instances of [ot] may become
// instances of [nt] when both lay out their memory alike: the same solid
// base, or sibling classes adding the same slots to the same base.
static int same_instance_layout(Type* nt, Type* ot) {
    if (nt->basic_size != ot->basic_size || nt->dict_offset != ot->dict_offset ||
        (nt->flags & TYPE_INLINE_VALUES) != (ot->flags & TYPE_INLINE_VALUES))
        return 0;
    Type* nb = type_solid_base(nt);
    Type* ob = type_solid_base(ot);
    if (nb == ob) return 1;
    if (nb->base != ob->base || nb->nslots != ob->nslots) return 0;
    std::vector<std::string> a, b;
    if (!own_slot_names(nb, &a) || !own_slot_names(ob, &b)) return -1;
    return a == b;
}

static int object_set_class(Value self, Value v) {
    if (!v) {
        raise(exc::TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!isinstance_of(v, &TypeType)) {
        raise(exc::TypeError, "__class__ must be set to a class, not '%s' object", type_name(v));
        return -1;
    }
    Type* nt = static_cast<Type*>(v.as_ptr());
    Type* ot = type_of(self);
    bool modules = is_subtype(nt, &ModuleType) && is_subtype(ot, &ModuleType);
    if (!modules && (!(nt->flags & TYPE_HEAP) || !(ot->flags & TYPE_HEAP))) {
        raise(exc::TypeError,
              "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    int same = same_instance_layout(nt, ot);
    if (same < 0) return -1;
    if (!same) {
        raise(exc::TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
              nt->name, ot->name);
        return -1;
    }
    // Inline values are indexed by the old class's keys: a dict from here on.
    if (nt != ot && (ot->flags & TYPE_INLINE_VALUES) && !*instance_dict_slot(self) &&
        !materialize_inline_values(self.as_ptr()))
        return -1;
    self.as_ptr()->type = nt;
    // Now an instance of a class with __del__: the collector must know it
    // (one that had such a class before is tracked already, or finalized).
    if (nt->flags & TYPE_HAS_DEL) gc_track_finalizer(self.as_ptr());
    return 0;
}
static Value object_get_dict(Value self) {
    Dict* d = instance_dict(self);
    if (!d)
        return raise(exc::AttributeError, "'%s' object has no attribute '__dict__'",
                     type_name(self));
    return Value(d);
}
static int object_set_dict(Value self, Value v) {
    Dict** slot = instance_dict_slot(self);
    if (!slot) {
        raise(exc::AttributeError, "'%s' object has no attribute '__dict__'", type_name(self));
        return -1;
    }
    if (!v || !is_dict(v)) {
        raise(exc::TypeError, "__dict__ must be set to a dictionary, not a '%s'",
              v ? type_name(v) : "NULL");
        return -1;
    }
    if (!*slot && (type_of(self)->flags & TYPE_INLINE_VALUES)) clear_inline_values(self.as_ptr());
    *slot = as_dict(v);
    return 0;
}
static const GetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};
static const GetSetDef instance_dict_getsets[] = {
    {"__dict__", object_get_dict, object_set_dict, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// Adds the __dict__ descriptor to a class that introduces an instance dict.
void add_instance_dict_descriptor(Type* t) {
    add_getsets(t, instance_dict_getsets);
}

static Value object_get_weakref(Value self) {
    return weakref_first(self);
}
static const GetSetDef instance_weakref_getsets[] = {
    {"__weakref__", object_get_weakref, nullptr, "list of weak references to the object"},
    {nullptr, nullptr, nullptr, nullptr},
};

// Adds the __weakref__ descriptor to a class that introduces weak references.
static void add_instance_weakref_descriptor(Type* t) {
    add_getsets(t, instance_weakref_getsets);
}

static Type* T(Value v) {
    return static_cast<Type*>(v.as_ptr());
}
static Value type_get_name(Value s) {
    return T(s)->name_str;
}
// Setting a heap type's __name__ or __qualname__ (CPython's
// check_set_special_type_attr and type_set_name).
static bool special_type_attr_settable(Value s, Value v, const char* what) {
    if (!v) {
        raise(exc::TypeError, "cannot delete '%s' attribute of immutable type '%s'", what,
              T(s)->name);
        return false;
    }
    if (!is_str(v)) {
        raise(exc::TypeError, "can only assign string to %s.%s, not '%s'", T(s)->name, what,
              type_name(v));
        return false;
    }
    return true;
}
static int type_set_name(Value s, Value v) {
    if (!special_type_attr_settable(s, v, "__name__")) return -1;
    std::string_view nm = str_view(v);
    if (nm.find('\0') != std::string_view::npos) {
        raise(exc::ValueError, "type name must not contain null characters");
        return -1;
    }
    // tp_name follows (error messages name the type by it), in a buffer of
    // its own kept alive by the type.
    char* cname = gc_alloc_bytes(nm.size() + 1);
    if (!cname) return -1;
    std::memcpy(cname, nm.data(), nm.size());
    cname[nm.size()] = '\0';
    T(s)->name = cname;
    T(s)->extra = Value(reinterpret_cast<Object*>(cname - sizeof(Object)));
    T(s)->name_str = v;
    return 0;
}
static Value type_get_qualname(Value s) {
    return T(s)->qualname;
}
static int type_set_qualname(Value s, Value v) {
    if (!special_type_attr_settable(s, v, "__qualname__")) return -1;
    T(s)->qualname = v;
    return 0;
}
static Value type_get_module(Value s) {
    Value m = T(s)->dict ? dict_get_str(T(s)->dict, names::__module__) : Value();
    // type's own dict holds this very descriptor (for its instances): for
    // type itself, the module comes from its name, as a built-in's does.
    if (m && !type_of(m)->descr_get) return m;
    return T(s)->module ? T(s)->module : intern("builtins");
}
static int type_set_module(Value s, Value v) {
    T(s)->module = v;
    return dict_set(T(s)->dict, names::__module__, v) ? 0 : -1;
}
static Value type_get_bases(Value s) {
    return T(s)->bases;
}
// C.__bases__ = (...): classes written in Python, with a new MRO (the
// layout must stay what it was: same solid base).
static int type_set_bases(Value s, Value v) {
    Type* t = T(s);
    if (!(t->flags & TYPE_HEAP)) {
        raise(exc::TypeError, "cannot set '__bases__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (!v || !is_tuple(v)) {
        raise(exc::TypeError, "can only assign tuple to %s.__bases__, not %s", t->name,
              v ? type_name(v) : "NULL");
        return -1;
    }
    if (tuple_size(v) == 0) {
        raise(exc::TypeError, "can only assign non-empty tuple to %s.__bases__, not ()", t->name);
        return -1;
    }
    for (size_t i = 0; i < tuple_size(v); i++) {
        Value b = tuple_get(v, i);
        if (!b.is_ptr() || !isinstance_of(b, &TypeType)) {
            raise(exc::TypeError, "%s.__bases__ must be tuple of classes, not '%s'", t->name,
                  type_name(b));
            return -1;
        }
        if (is_subtype(static_cast<Type*>(b.as_ptr()), t)) {
            raise(exc::TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    Type* new_base = static_cast<Type*>(tuple_get(v, 0).as_ptr());
    if (type_solid_base(new_base) != type_solid_base(t->base)) {
        raise(exc::TypeError, "__bases__ assignment: '%s' object layout differs from '%s'",
              new_base->name, t->base->name);
        return -1;
    }
    Value mro = compute_mro(t, v);
    if (!mro) return -1;
    t->bases = v;
    t->base = new_base;
    t->mro = mro;
    type_modified(t);
    return 0;
}

static Value type_get_base(Value s) {
    return T(s)->base ? Value(T(s)->base) : None();
}
static Value type_get_mro(Value s) {
    return T(s)->mro;
}
// C.__dict__: a live read-only view of the class namespace (later class
// attributes show through it; a walk over it while the class changes is
// "dictionary changed size during iteration", as in CPython).
static Value type_get_dict(Value s) {
    return make_mappingproxy(Value(T(s)->dict));
}
static Value type_get_doc(Value s) {
    Value d = T(s)->dict ? dict_get_str(T(s)->dict, names::__doc__) : Value();
    if (!d) return None();
    DescrGetFn get = type_of(d)->descr_get;
    return get ? get(d, Value(), s) : d;
}
// C.__doc__ = ...: classes written in Python only (CPython's check).
static int type_set_doc(Value s, Value v) {
    if (!(T(s)->flags & TYPE_HEAP)) {
        raise(exc::TypeError, "cannot set '__doc__' attribute of immutable type '%s'", T(s)->name);
        return -1;
    }
    if (!v) {
        raise(exc::TypeError, "cannot delete '__doc__' attribute of immutable type '%s'",
              T(s)->name);
        return -1;
    }
    int r = dict_set(T(s)->dict, names::__doc__, v) ? 0 : -1;
    type_modified(T(s));
    return r;
}

// __abstractmethods__ lives in the class's own dict (ABCMeta stores it);
// while it is true, object.__new__ refuses to make instances. type itself
// has none.
static Value type_get_abstractmethods(Value s) {
    Value v = T(s) != &TypeType ? dict_get_str(T(s)->dict, intern("__abstractmethods__")) : Value();
    if (!v) return raise_str(exc::AttributeError, "__abstractmethods__");
    return v;
}
static int type_set_abstractmethods(Value s, Value v) {
    Type* t = T(s);
    int abstract = v ? truthy(v) : 0;
    if (abstract < 0) return -1;
    Value name = intern("__abstractmethods__");
    if (v) {
        if (!dict_set(t->dict, name, v)) return -1;
    } else {
        int r = dict_del(t->dict, name);
        if (r <= 0) {
            if (r == 0) raise_str(exc::AttributeError, "__abstractmethods__");
            return -1;
        }
    }
    type_modified(t);
    if (abstract)
        t->flags |= TYPE_IS_ABSTRACT;
    else
        t->flags &= ~TYPE_IS_ABSTRACT;
    return 0;
}
// A class's __annotations__: its own (never a base's), made empty on first
// use; built-in types have none.
static Value type_get_annotations(Value s) {
    Type* t = T(s);
    if (!(t->flags & TYPE_HEAP))
        return raise(exc::AttributeError, "type object '%s' has no attribute '__annotations__'",
                     t->name);
    Value name = intern("__annotations__");
    Value v = dict_get_str(t->dict, name);
    if (v) {
        DescrGetFn get = type_of(v)->descr_get;
        return get ? get(v, Value(), s) : v;
    }
    Dict* d = make_dict();
    if (!d || !dict_set(t->dict, name, Value(d))) return Value();
    type_modified(t);
    return Value(d);
}
static int type_set_annotations(Value s, Value v) {
    Type* t = T(s);
    Value name = intern("__annotations__");
    if (v) {
        if (!dict_set(t->dict, name, v)) return -1;
    } else {
        int r = dict_del(t->dict, name);
        if (r <= 0) {
            if (r == 0) raise_str(exc::AttributeError, "__annotations__");
            return -1;
        }
    }
    type_modified(t);
    return 0;
}
// The layout attributes report uopy's own layout (sizes differ from
// CPython's); __weakrefoffset__ is nonzero exactly when instances take
// weak references (uopy keeps those in a side table).
static Value type_get_basicsize(Value s) {
    return make_int(static_cast<int64_t>(T(s)->basic_size));
}
static Value type_get_itemsize(Value s) {
    return make_int(static_cast<int64_t>(T(s)->item_size));
}
static Value type_get_dictoffset(Value s) {
    size_t off = T(s)->dict_offset;
    return make_int(off == DICT_AT_END ? -static_cast<int64_t>(sizeof(void*))
                                       : static_cast<int64_t>(off));
}
static Value type_get_weakrefoffset(Value s) {
    return make_int(T(s)->flags & TYPE_WEAKREFABLE ? static_cast<int64_t>(T(s)->basic_size) : 0);
}
// __flags__ with CPython's bit meanings for what programs test (inspect's
// isabstract, the fast subclass checks).
static Value type_get_flags(Value s) {
    Type* t = T(s);
    uint64_t f = 1u << 12;                         // READY
    f |= t->flags & TYPE_HEAP ? 1u << 9 : 1u << 8; // HEAPTYPE or IMMUTABLETYPE
    if (t->flags & TYPE_BASETYPE) f |= 1u << 10;
    if (t->trace || (t->flags & TYPE_HEAP)) f |= 1u << 14; // HAVE_GC
    if (t->flags & TYPE_IS_ABSTRACT) f |= 1u << 20;
    static Type* const kSubclassBits[] = {&IntType, &ListType, &TupleType,         &BytesType,
                                          &StrType, &DictType, &BaseExceptionType, &TypeType};
    for (int i = 0; i < 8; i++)
        if (is_subtype(t, kSubclassBits[i])) f |= uint64_t(1) << (24 + i);
    if (is_subtype(t, &ListType) || is_subtype(t, &TupleType) || is_subtype(t, &RangeType))
        f |= 1u << 5;                           // SEQUENCE
    if (is_subtype(t, &DictType)) f |= 1u << 6; // MAPPING
    return make_int(static_cast<int64_t>(f));
}
// Signatures of built-in classes come from their docstrings in CPython
// (inspect.signature(list), and of a plain class: object's). These are the
// built-in classes CPython 3.11 gives one; classes written in Python have none.
static Value type_get_text_signature(Value s) {
    static const struct {
        const char* name;
        const char* signature;
    } kSignatures[] = {
        {"object", "()"},
        {"float", "(x=0, /)"},
        {"list", "(iterable=(), /)"},
        {"tuple", "(iterable=(), /)"},
        {"complex", "(real=0, imag=0)"},
        {"memoryview", "(object)"},
        {"enumerate", "(iterable, start=0)"},
        {"reversed", "(sequence, /)"},
    };
    Type* t = T(s);
    if (t->flags & TYPE_HEAP) return None();
    Value b = g_interp->builtins;
    for (const auto& e : kSignatures)
        if (std::strcmp(t->name, e.name) == 0 && b && is_dict(b) &&
            dict_get_cstr(as_dict(b), e.name) == Value(t))
            return make_str(e.signature);
    return None();
}

static const GetSetDef type_getsets[] = {
    {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods, nullptr},
    {"__annotations__", type_get_annotations, type_set_annotations, nullptr},
    {"__basicsize__", type_get_basicsize, nullptr, nullptr},
    {"__itemsize__", type_get_itemsize, nullptr, nullptr},
    {"__dictoffset__", type_get_dictoffset, nullptr, nullptr},
    {"__weakrefoffset__", type_get_weakrefoffset, nullptr, nullptr},
    {"__flags__", type_get_flags, nullptr, nullptr},
    {"__text_signature__", type_get_text_signature, nullptr, nullptr},
    {"__name__", type_get_name, type_set_name, nullptr},
    {"__qualname__", type_get_qualname, type_set_qualname, nullptr},
    {"__module__", type_get_module, type_set_module, nullptr},
    {"__bases__", type_get_bases, type_set_bases, nullptr},
    {"__base__", type_get_base, nullptr, nullptr},
    {"__mro__", type_get_mro, nullptr, nullptr},
    {"__dict__", type_get_dict, nullptr, nullptr},
    {"__doc__", type_get_doc, type_set_doc, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

static Value type_mro_method(Value self, const Value*, size_t, Value) {
    return sequence_to_list(T(self)->mro);
}
static Value type_subclasses(Value self, const Value*, size_t, Value) {
    Value subs = T(self)->subclasses;
    return subs ? sequence_to_list(subs) : make_list(0);
}
static Value type_prepare(Value, const Value*, size_t, Value) {
    return Value(make_dict());
}
static Value type_instancecheck(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("__instancecheck__", nargs, 1, 1)) return Value();
    int r = object_isinstance(args[0], self);
    return r < 0 ? Value() : Bool(r);
}
static Value type_subclasscheck(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("__subclasscheck__", nargs, 1, 1)) return Value();
    int r = recursive_issubclass(args[0], self);
    return r < 0 ? Value() : Bool(r);
}
static const NativeMethodDef type_methods[] = {
    {"mro", type_mro_method, 0, "mro($self, /)\n--\n\n"},
    {"__subclasses__", type_subclasses, 0, "__subclasses__($self, /)\n--\n\n"},
    {"__prepare__", type_prepare, NATIVE_CLASS | NATIVE_KEYWORDS, nullptr},
    {"__instancecheck__", type_instancecheck, 0, "__instancecheck__($self, instance, /)\n--\n\n"},
    {"__subclasscheck__", type_subclasscheck, 0, "__subclasscheck__($self, subclass, /)\n--\n\n"},
    {nullptr, nullptr, 0, nullptr},
};

// T.__new__(S, *args): a static method on each built-in type that creates
// an instance of the subtype S with T's allocator (CPython's tp_new_wrapper).
static Value tp_new_wrapper(Value self, const Value* args, size_t nargs, Value kwnames) {
    Type* t = static_cast<Type*>(self.as_ptr());
    if (nargs < 1) return raise(exc::TypeError, "%s.__new__(): not enough arguments", t->name);
    if (!isinstance_of(args[0], &TypeType))
        return raise(exc::TypeError, "%s.__new__(X): X is not a type object (%s)", t->name,
                     type_name(args[0]));
    Type* sub = static_cast<Type*>(args[0].as_ptr());
    if (!is_subtype(sub, t))
        return raise(exc::TypeError, "%s.__new__(%s): %s is not a subtype of %s", t->name,
                     sub->name, sub->name, t->name);
    // The nearest class of S whose __new__ is not Python code must use this
    // very constructor: object.__new__(int) would skip int's own.
    Type* staticbase = sub;
    while (staticbase && type_has_python_new(staticbase))
        staticbase = staticbase->base;
    if (staticbase && staticbase->tp_new != t->tp_new)
        return raise(exc::TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", t->name,
                     sub->name, staticbase->name);
    return t->tp_new(sub, args + 1, nargs - 1, kwnames);
}
static const NativeMethodDef tp_new_def = {
    "__new__", tp_new_wrapper, NATIVE_KEYWORDS,
    "__new__($type, *args, **kwargs)\n--\n\n"
    "Create and return a new object.  See help(type) for accurate signature."};

static void add_new_wrapper(Type* t) {
    if (!t->tp_new || dict_get_str(t->dict, names::__new__)) return;
    if (t->base && t->base->tp_new == t->tp_new) return;
    add_builtin_new_wrapper(t);
}

void add_builtin_new_wrapper(Type* t) {
    dict_set(t->dict, names::__new__, make_builtin_function(&tp_new_def, Value(t)));
}

// Runs after every built-in type exists: the dunder wrappers need the
// wrapper type, and the getsets need the descriptor types.
void finish_static_types() {
    add_slot_wrapper_attributes();
    add_methods(&ObjectType, object_methods);
    add_methods(&ObjectType, object_reduce_methods);
    add_getsets(&ObjectType, object_getsets);
    add_methods(&TypeType, type_methods);
    add_getsets(&TypeType, type_getsets);
    for (Type* t : static_types()) {
        add_slot_wrappers(t);
        add_new_wrapper(t);
    }
}

// -- Set-up of `type` and `object` ---------------------------------------------------------

void init_type_and_object() {
    ObjectType.repr = object_repr;
    ObjectType.str = object_str;
    ObjectType.hash = object_hash;
    ObjectType.richcompare = object_richcompare;
    ObjectType.getattr = generic_getattr;
    ObjectType.setattr = generic_setattr;
    ObjectType.tp_new = object_new;
    ObjectType.init = object_init;
    init_static_type(&ObjectType, "object", nullptr, sizeof(Object), TYPE_BASETYPE);

    TypeType.trace = type_trace;
    TypeType.repr = type_repr;
    TypeType.call = type_call;
    TypeType.getattr = type_getattr;
    TypeType.setattr = type_setattr;
    TypeType.tp_new = type_new;
    TypeType.init = type_init;
    TypeType.nb[NB_OR] = type_or; // int | str: types.UnionType
    init_static_type(&TypeType, "type", &ObjectType, sizeof(Type),
                     TYPE_BASETYPE | TYPE_TYPE_SUBCLASS | TYPE_WEAKREFABLE);
    // `type` instances carry their attributes in Type::dict, not an instance dict.
    TypeType.dict_offset = 0;
    TypeType.hash = object_hash;
    TypeType.richcompare = object_richcompare;
}

} // namespace uopy
