// Slot <-> dunder bridging (see slots.h). One table, kSlotDefs, lists every
// dunder the VM dispatches through a slot; it drives both fixup_slots (heap
// types) and add_slot_wrappers (built-in types), so the two never disagree.
#include "runtime/slots.h"

#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/interp.h"
#include "runtime/type.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace uopy {

Type SlotWrapperType;

// -- Generic slots for classes written in Python -----------------------------------

// Calls the dunder [name] found on type(self), or returns null with no
// exception set if there is none.
static Value call_dunder(Value self, Value name, std::initializer_list<Value> args) {
    return call_special(self, name, args);
}

static Value missing_dunder(Value self, const char* name) {
    if (!err_occurred())
        raise(exc::TypeError, "'%s' object has no method %s", type_name(self), name);
    return Value();
}

static Value slot_repr(Value self) {
    // The result is checked by repr() / str_of(), as PyObject_Repr does, so
    // object.__str__ over a bad __repr__ reports __str__ like CPython.
    Value r = call_dunder(self, names::__repr__, {});
    if (!r) return missing_dunder(self, "__repr__");
    return r;
}

static Value slot_str(Value self) {
    Value r = call_dunder(self, names::__str__, {});
    if (!r) return missing_dunder(self, "__str__");
    return r;
}

static int64_t slot_hash(Value self) {
    Value f = lookup_special(self, names::__hash__);
    if (!f || is_none(f)) {
        if (!err_occurred()) raise(exc::TypeError, "unhashable type: '%s'", type_name(self));
        return -1;
    }
    Value r = call_special(self, names::__hash__, {});
    if (!r) return -1;
    if (!is_int(r)) {
        raise(exc::TypeError, "__hash__ method should return an integer");
        return -1;
    }
    // A result that fits a machine word is the hash as it is (-1, which
    // means "error", becomes -2); bigger ones are reduced as int's hash is.
    int64_t h;
    if (!int_as_int64(r, &h)) {
        err_clear();
        h = int_hash(r);
    }
    return h == -1 ? -2 : h;
}

static int64_t unhashable(Value self) {
    raise(exc::TypeError, "unhashable type: '%s'", type_name(self));
    return -1;
}

static const Value* cmp_names[6];

static Value slot_richcompare(Value a, Value b, CompareOp op) {
    Value f = lookup_special(a, *cmp_names[op]);
    if (!f) {
        if (err_occurred()) return Value();
        return NotImplemented();
    }
    if (is_none(f)) return NotImplemented();
    return call_special(a, *cmp_names[op], {b});
}

static Value slot_getattr_hook(Value self, Value name) {
    // __getattribute__ overridden in Python, or __getattr__ defined: the
    // latter runs only after the normal lookup raised AttributeError.
    Type* t = type_of(self);
    Value ga = type_lookup(t, names::__getattribute__);
    Value r;
    if (ga && type_of(ga) != &SlotWrapperType) {
        r = call_special(self, names::__getattribute__, {name});
    } else {
        // The built-in lookup the MRO provides: type's for metaclasses,
        // object's otherwise.
        GetAttrFn fn = generic_getattr;
        if (ga) {
            auto* w = static_cast<SlotWrapperObject*>(ga.as_ptr());
            auto* wrapped = reinterpret_cast<GetAttrFn>(w->slot);
            if (wrapped && wrapped != slot_getattr_hook) fn = wrapped;
        }
        r = fn(self, name);
    }
    if (r || !err_matches(exc::AttributeError)) return r;
    Value getattr = type_lookup(t, names::__getattr__);
    if (!getattr) return r;
    err_clear();
    return call_special(self, names::__getattr__, {name});
}

static int slot_setattr(Value self, Value name, Value value) {
    Value r = value ? call_dunder(self, names::__setattr__, {name, value})
                    : call_dunder(self, names::__delattr__, {name});
    return r ? 0 : -1;
}

static Value slot_call(Value self, const Value* args, size_t nargs, Value kwnames) {
    Value f = lookup_special(self, names::__call__);
    if (!f) return missing_dunder(self, "__call__");
    // Bind self in front of the arguments.
    ValueVec all(nargs + 1 + (kwnames ? tuple_size(kwnames) : 0));
    all[0] = self;
    for (size_t i = 0; i + 1 < all.size(); i++)
        all[i + 1] = args[i];
    DescrGetFn get = type_of(f)->descr_get;
    if (is_function(f)) return call(f, all.data(), nargs + 1, kwnames);
    // Not a descriptor (a class, say): called as it is, without self.
    if (!get) return call(f, args, nargs, kwnames);
    Value bound = get(f, self, Value(type_of(self)));
    if (!bound) return bound;
    return call(bound, args, nargs, kwnames);
}

static Value slot_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    Value f = type_lookup(type, names::__new__);
    if (!f) return raise(exc::TypeError, "cannot create '%s' instances", type->name);
    Value fn = f;
    DescrGetFn get = type_of(f)->descr_get;
    if (get) {
        fn = get(f, Value(), Value(type));
        if (!fn) return fn;
    }
    ValueVec all(nargs + 1 + (kwnames ? tuple_size(kwnames) : 0));
    all[0] = Value(type);
    for (size_t i = 0; i + 1 < all.size(); i++)
        all[i + 1] = args[i];
    return call(fn, all.data(), nargs + 1, kwnames);
}

bool type_has_python_new(Type* t) {
    return t->tp_new == slot_new;
}

static int slot_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    Value f = type_lookup(type_of(self), names::__init__);
    if (!f) return 0;
    ValueVec all(nargs + 1 + (kwnames ? tuple_size(kwnames) : 0));
    all[0] = self;
    for (size_t i = 0; i + 1 < all.size(); i++)
        all[i + 1] = args[i];
    Value r;
    if (is_function(f)) {
        r = call(f, all.data(), nargs + 1, kwnames);
    } else {
        DescrGetFn get = type_of(f)->descr_get;
        Value fn = get ? get(f, self, Value(type_of(self))) : f;
        if (!fn) return -1;
        r = call(fn, args, nargs, kwnames); // bound, or not a descriptor: no self
    }
    if (!r) return -1;
    if (!is_none(r)) {
        raise(exc::TypeError, "__init__() should return None, not '%s'", type_name(r));
        return -1;
    }
    return 0;
}

static Value slot_descr_get(Value descr, Value obj, Value type) {
    return call_dunder(descr, names::__get__, {obj ? obj : None(), type ? type : None()});
}

static int slot_descr_set(Value descr, Value obj, Value value) {
    Value r = value ? call_dunder(descr, names::__set__, {obj, value})
                    : call_dunder(descr, names::__delete__, {obj});
    if (!r && !err_occurred()) raise(exc::AttributeError, value ? "__set__" : "__delete__");
    return r ? 0 : -1;
}

static Value slot_iter(Value self) {
    Value f = lookup_special(self, names::__iter__);
    if (!f || is_none(f)) {
        if (!err_occurred()) raise(exc::TypeError, "'%s' object is not iterable", type_name(self));
        return Value();
    }
    return call_special(self, names::__iter__, {});
}

static Value slot_iternext(Value self) {
    // A StopIteration raised by __next__ stays set: iter_next() treats it as
    // the end, and next() passes it on with its value.
    return call_dunder(self, names::__next__, {});
}

static Value slot_len_value(Value self) {
    return call_dunder(self, names::__len__, {});
}

static int64_t slot_len(Value self) {
    Value r = slot_len_value(self);
    if (!r) return -1;
    if (!is_int(r)) {
        r = number_index(r); // __len__ may return anything with __index__
        if (!r) return -1;
    }
    int64_t n;
    if (!int_fits_int64(r, &n)) {
        raise(exc::OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    if (n < 0) {
        raise(exc::ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static int slot_bool(Value self) {
    Value f = lookup_special(self, names::__bool__);
    if (f) {
        Value r = call_special(self, names::__bool__, {});
        if (!r) return -1;
        if (!is_bool(r)) {
            raise(exc::TypeError, "__bool__ should return bool, returned %s", type_name(r));
            return -1;
        }
        return r == True();
    }
    if (err_occurred()) return -1;
    if (lookup_special(self, names::__len__)) {
        int64_t n = slot_len(self);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

static Value slot_getitem(Value self, Value key) {
    Value r = call_dunder(self, names::__getitem__, {key});
    if (!r && !err_occurred())
        raise(exc::TypeError, "'%s' object is not subscriptable", type_name(self));
    return r;
}

static int slot_setitem(Value self, Value key, Value value) {
    Value r = value ? call_dunder(self, names::__setitem__, {key, value})
                    : call_dunder(self, names::__delitem__, {key});
    if (!r && !err_occurred())
        raise(exc::TypeError,
              value ? "'%s' object does not support item assignment"
                    : "'%s' object does not support item deletion",
              type_name(self));
    return r ? 0 : -1;
}

static int slot_contains(Value self, Value item) {
    Value f = lookup_special(self, names::__contains__);
    if (f && is_none(f)) {
        // `__contains__ = None` blocks the iteration fallback (CPython
        // leaves the slot empty and `in` reports a non-container).
        raise(exc::TypeError, "'%s' object is not a container", type_name(self));
        return -1;
    }
    if (!f) {
        if (err_occurred()) return -1;
        // Fall back to iteration, as `in` does without __contains__.
        Value it = get_iter(self);
        if (!it) return -1;
        for (;;) {
            Value x = iter_next(it);
            if (!x) return err_occurred() ? -1 : 0;
            int eq = rich_compare_bool(x, item, CMP_EQ);
            if (eq != 0) return eq;
        }
    }
    Value r = call_special(self, names::__contains__, {item});
    if (!r) return -1;
    return truthy(r);
}

#define UNARY_SLOT(fname, dunder)                                                                  \
    static Value fname(Value self) {                                                               \
        Value r = call_dunder(self, names::dunder, {});                                            \
        if (!r) return missing_dunder(self, #dunder);                                              \
        return r;                                                                                  \
    }
UNARY_SLOT(slot_neg, __neg__)
UNARY_SLOT(slot_pos, __pos__)
UNARY_SLOT(slot_invert, __invert__)
UNARY_SLOT(slot_abs, __abs__)
UNARY_SLOT(slot_int, __int__)
UNARY_SLOT(slot_float, __float__)
UNARY_SLOT(slot_index, __index__)
#undef UNARY_SLOT

// Binary operator dunders, indexed by BinaryOp.
static const char* const kBinaryNames[NB_NUM_BINARY][3] = {
    {"__add__", "__radd__", "__iadd__"},
    {"__and__", "__rand__", "__iand__"},
    {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    {"__lshift__", "__rlshift__", "__ilshift__"},
    {"__matmul__", "__rmatmul__", "__imatmul__"},
    {"__mul__", "__rmul__", "__imul__"},
    {"__mod__", "__rmod__", "__imod__"},
    {"__or__", "__ror__", "__ior__"},
    {"__pow__", "__rpow__", "__ipow__"},
    {"__rshift__", "__rrshift__", "__irshift__"},
    {"__sub__", "__rsub__", "__isub__"},
    {"__truediv__", "__rtruediv__", "__itruediv__"},
    {"__xor__", "__rxor__", "__ixor__"},
};
static Value binary_names[NB_NUM_BINARY][3];

// Is [name] defined on [t] differently than on [base]? (CPython's
// method_is_overloaded, which decides whether a subclass's reflected method
// gets the first try.)
static bool overrides(Type* t, Type* base, Value name) {
    Value a = type_lookup(t, name);
    if (!a) return false;
    Value b = type_lookup(base, name);
    return a != b;
}

template <int OP> static Value slot_binary(Value a, Value b) {
    Type* ta = type_of(a);
    Type* tb = type_of(b);
    bool a_has = ta->nb[OP] == slot_binary<OP>;
    bool b_has = ta != tb && tb->nb[OP] == slot_binary<OP>;
    Value fwd = binary_names[OP][0];
    Value rev = binary_names[OP][1];
    if (a_has) {
        if (b_has && is_subtype(tb, ta) && overrides(tb, ta, rev)) {
            Value r = call_dunder(b, rev, {a});
            if (!r && err_occurred()) return r;
            if (r && r != NotImplemented()) return r;
            b_has = false;
        }
        Value f = lookup_special(a, fwd);
        if (f) {
            Value r = call_special(a, fwd, {b});
            if (!r || r != NotImplemented()) return r;
        } else if (err_occurred()) {
            return Value();
        }
    }
    if (b_has) {
        Value f = lookup_special(b, rev);
        if (f) return call_special(b, rev, {a});
        if (err_occurred()) return Value();
    }
    return NotImplemented();
}

template <int OP> static Value slot_inplace(Value a, Value b) {
    Value f = lookup_special(a, binary_names[OP][2]);
    if (!f) {
        if (err_occurred()) return Value();
        return NotImplemented();
    }
    return call_special(a, binary_names[OP][2], {b});
}

static Value slot_power3(Value a, Value b, Value c) {
    if (is_none(c)) return slot_binary<NB_POWER>(a, b);
    // Three-argument pow has no reflected form: only the base's own __pow__
    // (this slot is also reached for the exponent's or the modulus's type).
    if (type_of(a)->nb_power3 != slot_power3) return NotImplemented();
    Value r = call_dunder(a, binary_names[NB_POWER][0], {b, c});
    if (!r && !err_occurred()) return NotImplemented();
    return r;
}

template <int... I> struct BinarySlotTable {
    static constexpr BinaryFn binary[] = {slot_binary<I>...};
    static constexpr BinaryFn inplace[] = {slot_inplace<I>...};
};
using AllBinary = BinarySlotTable<0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12>;

// -- Wrappers: built-in slots seen as dunders -----------------------------------

static bool wrapper_nargs(const char* name, size_t nargs, Value kwnames, size_t want) {
    if (kwnames && tuple_size(kwnames)) {
        raise(exc::TypeError, "wrapper %s() takes no keyword arguments", name);
        return false;
    }
    if (nargs != want) {
        raise(exc::TypeError, "expected %zu argument%s, got %zu", want, want == 1 ? "" : "s",
              nargs);
        return false;
    }
    return true;
}

static Value wrap_unary(void* slot, Value self, const Value*, size_t nargs, Value kw) {
    if (!wrapper_nargs("unary", nargs, kw, 0)) return Value();
    return reinterpret_cast<UnaryFn>(slot)(self);
}
// The built-in sequences' repetition (CPython's sq_repeat and
// sq_inplace_repeat): called as __mul__/__rmul__/__imul__, a count without
// __index__ is an error, not NotImplemented.
static bool is_sequence_repeat(void* slot) {
    auto f = reinterpret_cast<BinaryFn>(slot);
    for (Type* t : {&ListType, &TupleType, &StrType, &BytesType, &ByteArrayType})
        if (f == t->nb[NB_MULTIPLY] || f == t->nb_inplace[NB_MULTIPLY]) return true;
    return false;
}
static bool repeat_count_ok(void* slot, Value count) {
    if (is_index_like(count) || !is_sequence_repeat(slot)) return true;
    raise(exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(count));
    return false;
}

static Value wrap_binary_l(void* slot, Value self, const Value* args, size_t nargs, Value kw) {
    if (!wrapper_nargs("binary", nargs, kw, 1) || !repeat_count_ok(slot, args[0])) return Value();
    return reinterpret_cast<BinaryFn>(slot)(self, args[0]);
}
static Value wrap_binary_r(void* slot, Value self, const Value* args, size_t nargs, Value kw) {
    if (!wrapper_nargs("binary", nargs, kw, 1) || !repeat_count_ok(slot, args[0])) return Value();
    return reinterpret_cast<BinaryFn>(slot)(args[0], self);
}
static Value wrap_hash(void* slot, Value self, const Value*, size_t nargs, Value kw) {
    if (!wrapper_nargs("__hash__", nargs, kw, 0)) return Value();
    int64_t h = reinterpret_cast<HashFn>(slot)(self);
    return h == -1 ? Value() : make_int(h);
}
static Value wrap_len(void* slot, Value self, const Value*, size_t nargs, Value kw) {
    if (!wrapper_nargs("__len__", nargs, kw, 0)) return Value();
    int64_t n = reinterpret_cast<LenFn>(slot)(self);
    return n < 0 ? Value() : make_int(n);
}
static Value wrap_bool(void* slot, Value self, const Value*, size_t nargs, Value kw) {
    if (!wrapper_nargs("__bool__", nargs, kw, 0)) return Value();
    int r = reinterpret_cast<BoolFn>(slot)(self);
    return r < 0 ? Value() : Bool(r);
}
static Value wrap_contains(void* slot, Value self, const Value* args, size_t nargs, Value kw) {
    if (!wrapper_nargs("__contains__", nargs, kw, 1)) return Value();
    int r = reinterpret_cast<ContainsFn>(slot)(self, args[0]);
    return r < 0 ? Value() : Bool(r);
}
static Value wrap_setitem(void* slot, Value self, const Value* args, size_t nargs, Value kw) {
    if (!wrapper_nargs("__setitem__", nargs, kw, 2)) return Value();
    return reinterpret_cast<SetItemFn>(slot)(self, args[0], args[1]) < 0 ? Value() : None();
}
static Value wrap_delitem(void* slot, Value self, const Value* args, size_t nargs, Value kw) {
    if (!wrapper_nargs("__delitem__", nargs, kw, 1)) return Value();
    return reinterpret_cast<SetItemFn>(slot)(self, args[0], Value()) < 0 ? Value() : None();
}
// CPython's hackcheck: a built-in __setattr__/__delattr__ applies only to
// objects whose nearest built-in type uses that same slot, so
// object.__setattr__(SomeClass, ...) cannot bypass type's own rules.
static bool setattr_applies(void* slot, Value self, const char* what) {
    Type* base = type_of(self);
    while (base && (base->flags & TYPE_HEAP))
        base = base->base;
    if (!base || reinterpret_cast<void*>(base->setattr) == slot) return true;
    raise(exc::TypeError, "can't apply this %s to %s object", what, type_name(self));
    return false;
}

static Value wrap_setattr(void* slot, Value self, const Value* args, size_t nargs, Value kw) {
    if (!wrapper_nargs("__setattr__", nargs, kw, 2)) return Value();
    if (!setattr_applies(slot, self, "__setattr__")) return Value();
    if (!is_str(args[0]))
        return raise(exc::TypeError, "attribute name must be string, not '%s'", type_name(args[0]));
    return reinterpret_cast<SetAttrFn>(slot)(self, args[0], args[1]) < 0 ? Value() : None();
}
static Value wrap_delattr(void* slot, Value self, const Value* args, size_t nargs, Value kw) {
    if (!wrapper_nargs("__delattr__", nargs, kw, 1)) return Value();
    if (!setattr_applies(slot, self, "__delattr__")) return Value();
    if (!is_str(args[0]))
        return raise(exc::TypeError, "attribute name must be string, not '%s'", type_name(args[0]));
    return reinterpret_cast<SetAttrFn>(slot)(self, args[0], Value()) < 0 ? Value() : None();
}
static Value wrap_getattr(void* slot, Value self, const Value* args, size_t nargs, Value kw) {
    if (!wrapper_nargs("__getattribute__", nargs, kw, 1)) return Value();
    if (!is_str(args[0]))
        return raise(exc::TypeError, "attribute name must be string, not '%s'", type_name(args[0]));
    // object.__getattribute__ must not recurse into a Python __getattr__.
    GetAttrFn f = reinterpret_cast<GetAttrFn>(slot);
    if (f == slot_getattr_hook) f = generic_getattr;
    return f(self, args[0]);
}
static Value wrap_call(void* slot, Value self, const Value* args, size_t nargs, Value kw) {
    return reinterpret_cast<CallFn>(slot)(self, args, nargs, kw);
}
static Value wrap_init(void* slot, Value self, const Value* args, size_t nargs, Value kw) {
    return reinterpret_cast<InitFn>(slot)(self, args, nargs, kw) < 0 ? Value() : None();
}
static Value wrap_next(void* slot, Value self, const Value*, size_t nargs, Value kw) {
    if (!wrapper_nargs("__next__", nargs, kw, 0)) return Value();
    Value r = reinterpret_cast<UnaryFn>(slot)(self);
    if (!r && !err_occurred()) return raise_empty(exc::StopIteration);
    return r;
}
static Value wrap_get(void* slot, Value self, const Value* args, size_t nargs, Value kw) {
    if (nargs < 1 || nargs > 2) return raise(exc::TypeError, "expected 1 or 2 arguments");
    (void)kw;
    Value obj = is_none(args[0]) ? Value() : args[0];
    Value type = nargs > 1 && !is_none(args[1]) ? args[1] : Value();
    return reinterpret_cast<DescrGetFn>(slot)(self, obj, type);
}
static Value wrap_set(void* slot, Value self, const Value* args, size_t nargs, Value kw) {
    if (!wrapper_nargs("__set__", nargs, kw, 2)) return Value();
    return reinterpret_cast<DescrSetFn>(slot)(self, args[0], args[1]) < 0 ? Value() : None();
}
static Value wrap_delete(void* slot, Value self, const Value* args, size_t nargs, Value kw) {
    if (!wrapper_nargs("__delete__", nargs, kw, 1)) return Value();
    return reinterpret_cast<DescrSetFn>(slot)(self, args[0], Value()) < 0 ? Value() : None();
}
static Value wrap_power(void* slot, Value self, const Value* args, size_t nargs, Value kw) {
    (void)kw;
    if (nargs == 1) return reinterpret_cast<TernaryFn>(slot)(self, args[0], None());
    if (nargs == 2) return reinterpret_cast<TernaryFn>(slot)(self, args[0], args[1]);
    return raise(exc::TypeError, "expected 1 or 2 arguments, got %zu", nargs);
}

template <int OP>
static Value wrap_richcmp(void* slot, Value self, const Value* args, size_t nargs, Value kw) {
    if (!wrapper_nargs("richcmp", nargs, kw, 1)) return Value();
    return reinterpret_cast<RichCompareFn>(slot)(self, args[0], static_cast<CompareOp>(OP));
}
static SlotWrapperFn const kRichWrappers[6] = {wrap_richcmp<0>, wrap_richcmp<1>, wrap_richcmp<2>,
                                               wrap_richcmp<3>, wrap_richcmp<4>, wrap_richcmp<5>};

// -- The table ------------------------------------------------------------------

// Where a slot lives in a Type, and how to wrap it. Each row is one dunder.
struct SlotDef {
    const char* name;
    size_t offset;         // offsetof(Type, slot)
    void* generic;         // the slot function for classes written in Python
    SlotWrapperFn wrapper; // exposes a built-in slot as this dunder
    Value interned;
    // The wrapper's doc, "name(signature)\n--\n\ntext" as CPython's
    // slotdefs give it; made by slot_doc from the kind of slot.
    std::string doc = {};
};

#define SLOT(name, field, generic, wrapper)                                                        \
    SlotDef {                                                                                      \
        name, offsetof(Type, field), reinterpret_cast<void*>(generic), wrapper, Value()            \
    }

// The signature and text of a slot's dunder, by the kind of slot (CPython's
// slotdefs: UNSLOT, BINSLOT, RBINSLOT, IBSLOT, the comparisons and the rest).
static const char* const kBinarySymbols[NB_NUM_BINARY] = {
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
};
static std::string slot_doc(const std::string& name) {
    struct Fixed {
        const char* name;
        const char* signature;
        const char* text;
    };
    static const Fixed kFixed[] = {
        {"__repr__", "($self, /)", "Return repr(self)."},
        {"__str__", "($self, /)", "Return str(self)."},
        {"__hash__", "($self, /)", "Return hash(self)."},
        {"__getattribute__", "($self, name, /)", "Return getattr(self, name)."},
        {"__setattr__", "($self, name, value, /)", "Implement setattr(self, name, value)."},
        {"__delattr__", "($self, name, /)", "Implement delattr(self, name)."},
        {"__call__", "($self, /, *args, **kwargs)", "Call self as a function."},
        {"__init__", "($self, /, *args, **kwargs)",
         "Initialize self.  See help(type(self)) for accurate signature."},
        {"__get__", "($self, instance, owner=None, /)",
         "Return an attribute of instance, which is of type owner."},
        {"__set__", "($self, instance, value, /)", "Set an attribute of instance to value."},
        {"__delete__", "($self, instance, /)", "Delete an attribute of instance."},
        {"__iter__", "($self, /)", "Implement iter(self)."},
        {"__next__", "($self, /)", "Implement next(self)."},
        {"__len__", "($self, /)", "Return len(self)."},
        {"__bool__", "($self, /)", "True if self else False"},
        {"__getitem__", "($self, key, /)", "Return self[key]."},
        {"__setitem__", "($self, key, value, /)", "Set self[key] to value."},
        {"__delitem__", "($self, key, /)", "Delete self[key]."},
        {"__contains__", "($self, key, /)", "Return key in self."},
        {"__neg__", "($self, /)", "-self"},
        {"__pos__", "($self, /)", "+self"},
        {"__invert__", "($self, /)", "~self"},
        {"__abs__", "($self, /)", "abs(self)"},
        {"__int__", "($self, /)", "int(self)"},
        {"__float__", "($self, /)", "float(self)"},
        {"__index__", "($self, /)",
         "Return self converted to an integer, if self is suitable for use as an index into a "
         "list."},
        {"__lt__", "($self, value, /)", "Return self<value."},
        {"__le__", "($self, value, /)", "Return self<=value."},
        {"__eq__", "($self, value, /)", "Return self==value."},
        {"__ne__", "($self, value, /)", "Return self!=value."},
        {"__gt__", "($self, value, /)", "Return self>value."},
        {"__ge__", "($self, value, /)", "Return self>=value."},
        {"__pow__", "($self, value, mod=None, /)", "Return pow(self, value, mod)."},
        {"__rpow__", "($self, value, mod=None, /)", "Return pow(value, self, mod)."},
    };
    for (const Fixed& f : kFixed)
        if (name == f.name) return name + f.signature + "\n--\n\n" + f.text;
    // The binary operators: self OP value, value OP self, self OP= value.
    for (int op = 0; op < NB_NUM_BINARY; op++)
        for (int k = 0; k < 3; k++) {
            if (name != kBinaryNames[op][k]) continue;
            std::string sym = kBinarySymbols[op];
            std::string text = k == 0   ? "Return self" + sym + "value."
                               : k == 1 ? "Return value" + sym + "self."
                                        : "Return self" + sym + "=value.";
            return name + "($self, value, /)\n--\n\n" + text;
        }
    return std::string();
}

static std::vector<SlotDef>& slot_defs() {
    static std::vector<SlotDef> defs;
    if (!defs.empty()) return defs;
    defs = {
        SLOT("__repr__", repr, slot_repr, wrap_unary),
        SLOT("__str__", str, slot_str, wrap_unary),
        SLOT("__hash__", hash, slot_hash, wrap_hash),
        SLOT("__getattribute__", getattr, slot_getattr_hook, wrap_getattr),
        SLOT("__getattr__", getattr, slot_getattr_hook, nullptr),
        SLOT("__setattr__", setattr, slot_setattr, wrap_setattr),
        SLOT("__delattr__", setattr, slot_setattr, wrap_delattr),
        SLOT("__call__", call, slot_call, wrap_call),
        SLOT("__init__", init, slot_init, wrap_init),
        SLOT("__get__", descr_get, slot_descr_get, wrap_get),
        SLOT("__set__", descr_set, slot_descr_set, wrap_set),
        SLOT("__delete__", descr_set, slot_descr_set, wrap_delete),
        SLOT("__iter__", iter, slot_iter, wrap_unary),
        SLOT("__next__", iternext, slot_iternext, wrap_next),
        SLOT("__len__", len, slot_len, wrap_len),
        SLOT("__bool__", nb_bool, slot_bool, wrap_bool),
        SLOT("__getitem__", getitem, slot_getitem, wrap_binary_l),
        SLOT("__setitem__", setitem, slot_setitem, wrap_setitem),
        SLOT("__delitem__", setitem, slot_setitem, wrap_delitem),
        SLOT("__contains__", contains, slot_contains, wrap_contains),
        // No generic: a class that defines __add__ works through nb[NB_ADD]
        // (and clears its inherited sq_concat, as CPython's does).
        SLOT("__add__", sq_concat, static_cast<void*>(nullptr), wrap_binary_l),
        SLOT("__neg__", nb_negative, slot_neg, wrap_unary),
        SLOT("__pos__", nb_positive, slot_pos, wrap_unary),
        SLOT("__invert__", nb_invert, slot_invert, wrap_unary),
        SLOT("__abs__", nb_absolute, slot_abs, wrap_unary),
        SLOT("__int__", nb_int, slot_int, wrap_unary),
        SLOT("__float__", nb_float, slot_float, wrap_unary),
        SLOT("__index__", nb_index, slot_index, wrap_unary),
    };
    for (int op = 0; op < 6; op++) {
        static const char* const cmp[6] = {"__lt__", "__le__", "__eq__",
                                           "__ne__", "__gt__", "__ge__"};
        defs.push_back(SlotDef{cmp[op], offsetof(Type, richcompare),
                               reinterpret_cast<void*>(slot_richcompare), kRichWrappers[op],
                               Value()});
    }
    for (int op = 0; op < NB_NUM_BINARY; op++) {
        size_t off = offsetof(Type, nb) + op * sizeof(BinaryFn);
        size_t ioff = offsetof(Type, nb_inplace) + op * sizeof(BinaryFn);
        void* gen = reinterpret_cast<void*>(AllBinary::binary[op]);
        defs.push_back(SlotDef{kBinaryNames[op][0], off, gen,
                               op == NB_POWER ? nullptr : wrap_binary_l, Value()});
        defs.push_back(SlotDef{kBinaryNames[op][1], off, gen, wrap_binary_r, Value()});
        defs.push_back(SlotDef{kBinaryNames[op][2], ioff,
                               reinterpret_cast<void*>(AllBinary::inplace[op]), wrap_binary_l,
                               Value()});
    }
    defs.push_back(SlotDef{"__pow__", offsetof(Type, nb_power3),
                           reinterpret_cast<void*>(slot_power3), wrap_power, Value()});
    for (auto& d : defs) {
        d.interned = intern(d.name);
        d.doc = slot_doc(d.name);
    }
    return defs;
}
#undef SLOT

static void*& slot_at(Type* t, size_t offset) {
    return *reinterpret_cast<void**>(reinterpret_cast<char*>(t) + offset);
}

// Sets the slot at [offset] of heap type [t] from whatever its MRO defines
// for the dunders that share that slot.
static void update_slot_at(Type* t, size_t offset) {
    void* chosen = nullptr;
    bool found_any = false;
    bool all_wrappers = true;
    bool any_python = false; // a dunder written in Python (or None)
    void* wrapped = nullptr;
    for (auto& d : slot_defs()) {
        if (d.offset != offset) continue;
        Value v = type_lookup(t, d.interned);
        if (!v) continue;
        bool is_wrapper = type_of(v) == &SlotWrapperType;
        if (is_wrapper) {
            auto* w = static_cast<SlotWrapperObject*>(v.as_ptr());
            if (std::strcmp(w->name, d.name) != 0) {
                // A built-in dunder stored under another name (IntEnum's
                // `__str__ = int.__repr__`): called by name, as one written
                // in Python is (CPython's update_one_slot uses the generic
                // slot function then).
                is_wrapper = false;
            } else if (w->owner && slot_at(w->owner, offset) != w->slot) {
                // A built-in dunder that wraps another slot than this one
                // (int's __add__, which is nb[NB_ADD], seen from sq_concat;
                // list's __add__, which is sq_concat, seen from nb[NB_ADD])
                // says nothing about this slot.
                continue;
            }
        }
        found_any = true;
        if (is_wrapper) {
            auto* w = static_cast<SlotWrapperObject*>(v.as_ptr());
            if (!wrapped)
                wrapped = w->slot;
            else if (wrapped != w->slot)
                all_wrappers = false;
        } else {
            all_wrappers = false;
            any_python = true;
            chosen = d.generic;
            if (offset == offsetof(Type, hash) && is_none(v))
                chosen = reinterpret_cast<void*>(unhashable);
        }
    }
    if (!found_any) {
        // Nothing along the MRO defines it (any more: `del C.__call__`): the
        // solid base's slot, as inheritance gave it.
        if (t->base) slot_at(t, offset) = slot_at(t->base, offset);
        return;
    }
    if (all_wrappers && wrapped) chosen = wrapped;
    if (chosen || any_python) slot_at(t, offset) = chosen;
    // tp_new is looked up by name, not via the table (it is a staticmethod).
}

// -- __del__ ----------------------------------------------------------------------
// __del__ has no slot function: the collector calls it (runtime/gc.h,
// runtime/finalizers.cpp). What a class needs is TYPE_HAS_DEL, and a
// finalize slot, which sends the allocation of its instances to the
// allocator's slow path, where they are tracked. The slot is kept when the
// class loses __del__ again (heap_instance_finalize does no harm); the flag
// says whether __del__ is there.

// Sets or clears TYPE_HAS_DEL on the heap type [t] from its MRO. Returns
// whether [t] has just gained it.
static bool update_del_flag(Type* t) {
    if (!(t->flags & TYPE_HEAP)) return false;
    bool had = (t->flags & TYPE_HAS_DEL) != 0;
    if (!type_lookup(t, names::__del__)) {
        t->flags &= ~TYPE_HAS_DEL;
        return false;
    }
    t->flags |= TYPE_HAS_DEL;
    if (!t->finalize) t->finalize = heap_instance_finalize;
    return !had;
}

// update_del_flag for [t] and its subclasses, after `t.__del__ = ...` or
// `del t.__del__`. Returns whether any of them gained the flag.
static bool update_del_flags(Type* t) {
    bool gained = update_del_flag(t);
    if (t->subclasses)
        for (size_t i = 0; i < list_size(t->subclasses); i++)
            gained |= update_del_flags(static_cast<Type*>(list_get(t->subclasses, i).as_ptr()));
    return gained;
}

void fixup_slots(Type* t) {
    // A new class has no instances yet: nothing to track.
    update_del_flag(t);
    std::vector<size_t> done;
    for (auto& d : slot_defs()) {
        if (std::find(done.begin(), done.end(), d.offset) != done.end()) continue;
        done.push_back(d.offset);
        update_slot_at(t, d.offset);
    }
    // A class that defines __eq__ but not __hash__ is unhashable.
    if (t->dict && dict_get_str(t->dict, names::__eq__) &&
        !dict_get_str(t->dict, names::__hash__)) {
        dict_set(t->dict, names::__hash__, None());
        t->hash = unhashable;
    }
    // __new__ defined in Python anywhere along the MRO before a built-in one.
    Value nw = type_lookup(t, names::__new__);
    if (nw && type_of(nw) != &BuiltinFunctionType) t->tp_new = slot_new;
    if (type_lookup(t, names::__getattr__)) t->getattr = slot_getattr_hook;
}

void type_update_slot(Type* t, Value name) {
    if (str_equal(name, names::__del__)) {
        // Instances made before the class had a __del__ were not tracked
        // when they were allocated: one heap walk finds them.
        if (update_del_flags(t)) gc_track_existing_finalizers();
        return;
    }
    for (auto& d : slot_defs()) {
        if (!str_equal(d.interned, name)) continue;
        update_slot_at(t, d.offset);
        if (t->subclasses)
            for (size_t i = 0; i < list_size(t->subclasses); i++)
                type_update_slot(static_cast<Type*>(list_get(t->subclasses, i).as_ptr()), name);
        return;
    }
    if (str_equal(name, names::__new__)) {
        Value nw = type_lookup(t, names::__new__);
        if (nw && type_of(nw) != &BuiltinFunctionType) t->tp_new = slot_new;
    }
}

void add_slot_wrappers(Type* t) {
    // Every built-in class has a __doc__ of its own, None when it has no
    // docstring (code reads fget.__doc__ off any object).
    if (!dict_get_str(t->dict, intern("__doc__")))
        dict_set(t->dict, intern("__doc__"),
                 t == &ObjectType ? make_str("The base class of the class hierarchy.") : None());
    for (auto& d : slot_defs()) {
        if (!d.wrapper) continue;
        void* s = slot_at(t, d.offset);
        if (!s) continue;
        // Only slots the type defines itself, not inherited ones.
        if (t->base && slot_at(t->base, d.offset) == s) continue;
        if (dict_get_str(t->dict, d.interned)) continue;
        auto* w = gc_new<SlotWrapperObject>(&SlotWrapperType);
        w->name = d.name;
        w->wrapper = d.wrapper;
        w->slot = s;
        w->owner = t;
        w->doc = d.doc.empty() ? nullptr : d.doc.c_str();
        dict_set(t->dict, d.interned, Value(w));
    }
    if (t->hash == nullptr && t->richcompare && !dict_get_str(t->dict, names::__hash__))
        dict_set(t->dict, names::__hash__, None());
}

// -- The slot-wrapper type itself -------------------------------------------------

static void slot_wrapper_trace(Object* o, Tracer& t) {
    t.visit(static_cast<SlotWrapperObject*>(o)->owner);
}

// Called unbound: `int.__add__(1, 2)` — the first argument is self.
static Value slot_wrapper_call(Value callable, const Value* args, size_t nargs, Value kwnames) {
    auto* w = static_cast<SlotWrapperObject*>(callable.as_ptr());
    if (nargs < 1)
        return raise(exc::TypeError, "descriptor '%s' of '%s' object needs an argument", w->name,
                     w->owner->name);
    if (!isinstance_of(args[0], w->owner))
        return raise(exc::TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                     w->name, w->owner->name, type_name(args[0]));
    return w->wrapper(w->slot, args[0], args + 1, nargs - 1, kwnames);
}

// Bound to an object: a method-wrapper, as in CPython ((1).__add__ is not
// a MethodType, which inspect.ismethod tells apart).
static Value slot_wrapper_get(Value descr, Value obj, Value) {
    if (!obj) return descr;
    auto* m = gc_new<MethodWrapperObject>(&MethodWrapperType);
    if (!m) return Value();
    m->descr = static_cast<SlotWrapperObject*>(descr.as_ptr());
    m->self = obj;
    return Value(m);
}

static Value slot_wrapper_repr(Value self) {
    auto* w = static_cast<SlotWrapperObject*>(self.as_ptr());
    std::string s =
        std::string("<slot wrapper '") + w->name + "' of '" + w->owner->name + "' objects>";
    return make_str(s);
}

static SlotWrapperObject* W(Value v) {
    return static_cast<SlotWrapperObject*>(v.as_ptr());
}
static Value slot_wrapper_name(Value self) {
    return make_str(W(self)->name);
}
static Value slot_wrapper_qualname(Value self) {
    return make_str(std::string(str_view(W(self)->owner->qualname)) + "." + W(self)->name);
}
static Value slot_wrapper_objclass(Value self) {
    return Value(W(self)->owner);
}
static Value slot_wrapper_doc(Value self) {
    return doc_without_signature(W(self)->name, W(self)->doc);
}
static Value slot_wrapper_text_signature(Value self) {
    return doc_text_signature(W(self)->name, W(self)->doc);
}
// __reduce__: getattr(owner, name), as CPython's descr_reduce.
static Value builtins_getattr() {
    Value b = g_interp->builtins;
    Value f = b ? dict_get_cstr(as_dict(b), "getattr") : Value();
    return f ? f : raise(exc::RuntimeError, "lost builtins.getattr");
}
static Value slot_wrapper_reduce(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("__reduce__", kwnames) || !check_nargs("__reduce__", nargs, 0, 0))
        return Value();
    Value getattr = builtins_getattr();
    Value args = getattr ? tuple_pack({Value(W(self)->owner), make_str(W(self)->name)}) : Value();
    return args ? tuple_pack({getattr, args}) : Value();
}
static const GetSetDef slot_wrapper_getsets[] = {
    {"__name__", slot_wrapper_name, nullptr, nullptr},
    {"__qualname__", slot_wrapper_qualname, nullptr, nullptr},
    {"__objclass__", slot_wrapper_objclass, nullptr, nullptr},
    {"__doc__", slot_wrapper_doc, nullptr, nullptr},
    {"__text_signature__", slot_wrapper_text_signature, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};
static const NativeMethodDef slot_wrapper_methods[] = {
    {"__reduce__", slot_wrapper_reduce, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// -- method-wrapper: a slot wrapper bound to its object ----------------------------

Type MethodWrapperType;

static MethodWrapperObject* MW(Value v) {
    return static_cast<MethodWrapperObject*>(v.as_ptr());
}
static void method_wrapper_trace(Object* o, Tracer& t) {
    t.visit(static_cast<MethodWrapperObject*>(o)->descr);
    t.visit(static_cast<MethodWrapperObject*>(o)->self);
}
static Value method_wrapper_call(Value callable, const Value* args, size_t nargs, Value kwnames) {
    SlotWrapperObject* w = MW(callable)->descr;
    return w->wrapper(w->slot, MW(callable)->self, args, nargs, kwnames);
}
static Value method_wrapper_repr(Value self) {
    char buf[48];
    std::snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(MW(self)->self.as_ptr()));
    return make_str(std::string("<method-wrapper '") + MW(self)->descr->name + "' of " +
                    type_name(MW(self)->self) + buf);
}
// Equal when they wrap the same slot of the same object (CPython's
// wrapper_richcompare compares the descriptors and `self is self`).
static Value method_wrapper_richcompare(Value a, Value b, CompareOp op) {
    if ((op != CMP_EQ && op != CMP_NE) || type_of(b) != &MethodWrapperType) return NotImplemented();
    bool eq = MW(a)->descr == MW(b)->descr && MW(a)->self == MW(b)->self;
    return Bool(op == CMP_EQ ? eq : !eq);
}
static int64_t method_wrapper_hash(Value self) {
    auto h = static_cast<int64_t>(reinterpret_cast<uintptr_t>(MW(self)->self.as_ptr()) >> 4) ^
             static_cast<int64_t>(reinterpret_cast<uintptr_t>(MW(self)->descr) >> 4);
    return h == -1 ? -2 : h;
}
static Value method_wrapper_name(Value self) {
    return make_str(MW(self)->descr->name);
}
static Value method_wrapper_qualname(Value self) {
    return slot_wrapper_qualname(Value(MW(self)->descr));
}
static Value method_wrapper_self(Value self) {
    return MW(self)->self;
}
static Value method_wrapper_objclass(Value self) {
    return Value(MW(self)->descr->owner);
}
static Value method_wrapper_doc(Value self) {
    return slot_wrapper_doc(Value(MW(self)->descr));
}
static Value method_wrapper_text_signature(Value self) {
    return slot_wrapper_text_signature(Value(MW(self)->descr));
}
// __reduce__: getattr(self, name), as CPython's wrapper_reduce.
static Value method_wrapper_reduce(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("__reduce__", kwnames) || !check_nargs("__reduce__", nargs, 0, 0))
        return Value();
    Value getattr = builtins_getattr();
    Value args = getattr ? tuple_pack({MW(self)->self, make_str(MW(self)->descr->name)}) : Value();
    return args ? tuple_pack({getattr, args}) : Value();
}
static const GetSetDef method_wrapper_getsets[] = {
    {"__name__", method_wrapper_name, nullptr, nullptr},
    {"__qualname__", method_wrapper_qualname, nullptr, nullptr},
    {"__self__", method_wrapper_self, nullptr, nullptr},
    {"__objclass__", method_wrapper_objclass, nullptr, nullptr},
    {"__doc__", method_wrapper_doc, nullptr, nullptr},
    {"__text_signature__", method_wrapper_text_signature, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};
static const NativeMethodDef method_wrapper_methods[] = {
    {"__reduce__", method_wrapper_reduce, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

void init_slot_wrapper_type() {
    for (int op = 0; op < NB_NUM_BINARY; op++)
        for (int k = 0; k < 3; k++) {
            binary_names[op][k] = intern(kBinaryNames[op][k]);
            gc_add_root(&binary_names[op][k]);
        }
    cmp_names[0] = &names::__lt__;
    cmp_names[1] = &names::__le__;
    cmp_names[2] = &names::__eq__;
    cmp_names[3] = &names::__ne__;
    cmp_names[4] = &names::__gt__;
    cmp_names[5] = &names::__ge__;
    slot_defs();
    SlotWrapperType.trace = slot_wrapper_trace;
    SlotWrapperType.call = slot_wrapper_call;
    SlotWrapperType.descr_get = slot_wrapper_get;
    SlotWrapperType.repr = slot_wrapper_repr;
    SlotWrapperType.flags = TYPE_METHOD_DESCRIPTOR;
    init_static_type(&SlotWrapperType, "wrapper_descriptor", &ObjectType, sizeof(SlotWrapperObject),
                     0);

    MethodWrapperType.trace = method_wrapper_trace;
    MethodWrapperType.call = method_wrapper_call;
    MethodWrapperType.repr = method_wrapper_repr;
    MethodWrapperType.richcompare = method_wrapper_richcompare;
    MethodWrapperType.hash = method_wrapper_hash;
    init_static_type(&MethodWrapperType, "method-wrapper", &ObjectType, sizeof(MethodWrapperObject),
                     0);
}

void add_slot_wrapper_attributes() {
    add_getsets(&SlotWrapperType, slot_wrapper_getsets);
    add_methods(&SlotWrapperType, slot_wrapper_methods);
    add_getsets(&MethodWrapperType, method_wrapper_getsets);
    add_methods(&MethodWrapperType, method_wrapper_methods);
}

} // namespace uopy
