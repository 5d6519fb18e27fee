// The abstract object protocol (see abstract.h): every generic operation
// goes through the operand types' slots. CPython counterpart:
// Objects/abstract.c and Objects/object.c.
#include "runtime/abstract.h"
#include "runtime/args.h"

#include "objects/bytes.h"

#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/interp.h"
#include "runtime/type.h"

namespace uopy {

// -- repr / str / hash / truth ------------------------------------------------------

// Native recursion through repr() and comparisons is bounded by the same
// limit as Python recursion (CPython's Py_EnterRecursiveCall), so a deeply
// nested structure fails with RecursionError instead of exhausting memory.
namespace {
struct NativeDepth {
    bool ok;
    explicit NativeDepth(const char* where) {
        ok = ++g_ts->native_depth <= g_ts->recursion_limit && check_native_stack();
        if (!ok && !err_occurred())
            raise(exc::RecursionError, "maximum recursion depth exceeded%s", where);
    }
    ~NativeDepth() { --g_ts->native_depth; }
};
} // namespace

Value repr(Value v) {
    NativeDepth guard(" while getting the repr of an object");
    if (!guard.ok) return Value();
    UnaryFn f = type_of(v)->repr;
    Value r = f(v);
    if (r && !is_str(r))
        return raise(exc::TypeError, "__repr__ returned non-string (type %s)", type_name(r));
    return r;
}

Value str_of(Value v) {
    if (is_exact_str(v)) return v;
    if (!check_native_stack()) return Value();
    UnaryFn f = type_of(v)->str;
    Value r = f ? f(v) : repr(v);
    if (r && !is_str(r))
        return raise(exc::TypeError, "__str__ returned non-string (type %s)", type_name(r));
    return r;
}

Value ascii_of(Value v) {
    Value r = repr(v);
    if (!r || str_is_ascii(r)) return r;
    std::string out;
    const char* p = as_str(r)->data;
    const char* end = p + as_str(r)->nbytes;
    char buf[16];
    while (p < end) {
        uint32_t cp = utf8_decode(p);
        if (cp < 0x80)
            out.push_back(static_cast<char>(cp));
        else if (cp < 0x100)
            std::snprintf(buf, sizeof buf, "\\x%02x", cp), out += buf;
        else if (cp < 0x10000)
            std::snprintf(buf, sizeof buf, "\\u%04x", cp), out += buf;
        else
            std::snprintf(buf, sizeof buf, "\\U%08x", cp), out += buf;
    }
    return make_str(out);
}

int64_t hash_of_slow(Value v) {
    if (v.is_int()) return int_hash_slow(v);
    if (is_exact_str(v)) return str_hash(v);
    HashFn f = type_of(v)->hash;
    if (!f) {
        raise(exc::TypeError, "unhashable type: '%s'", type_name(v));
        return -1;
    }
    return f(v);
}

int truthy(Value v) {
    if (v == True()) return 1;
    if (v == False() || v == None()) return 0;
    if (v.is_int()) return v.as_int() != 0;
    Type* t = type_of(v);
    if (t->nb_bool) return t->nb_bool(v);
    if (t->len) {
        int64_t n = t->len(v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

// -- Comparison ---------------------------------------------------------------------

static const char* const kCmpSymbols[] = {"<", "<=", "==", "!=", ">", ">="};
static const CompareOp kSwapped[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};

Value rich_compare(Value a, Value b, CompareOp op) {
    NativeDepth guard(" in comparison");
    if (!guard.ok) return Value();
    Type* ta = type_of(a);
    Type* tb = type_of(b);
    bool checked_reverse = false;
    if (ta != tb && is_subtype(tb, ta) && tb->richcompare) {
        checked_reverse = true;
        Value r = tb->richcompare(b, a, kSwapped[op]);
        if (r != NotImplemented()) return r;
    }
    if (ta->richcompare) {
        Value r = ta->richcompare(a, b, op);
        if (r != NotImplemented()) return r;
    }
    if (!checked_reverse && tb->richcompare) {
        Value r = tb->richcompare(b, a, kSwapped[op]);
        if (r != NotImplemented()) return r;
    }
    switch (op) {
    case CMP_EQ: return Bool(a == b);
    case CMP_NE: return Bool(a != b);
    default:
        return raise(exc::TypeError, "'%s' not supported between instances of '%s' and '%s'",
                     kCmpSymbols[op], ta->name, tb->name);
    }
}

int rich_compare_bool(Value a, Value b, CompareOp op) {
    if (a == b) {
        if (op == CMP_EQ) return 1;
        if (op == CMP_NE) return 0;
    }
    if (a.is_int() && b.is_int()) {
        int64_t x = a.as_int(), y = b.as_int();
        switch (op) {
        case CMP_LT: return x < y;
        case CMP_LE: return x <= y;
        case CMP_EQ: return x == y;
        case CMP_NE: return x != y;
        case CMP_GT: return x > y;
        case CMP_GE: return x >= y;
        }
    }
    if (op == CMP_EQ && is_exact_str(a) && is_exact_str(b)) return str_equal(a, b);
    Value r = rich_compare(a, b, op);
    if (!r) return -1;
    if (r == True()) return 1;
    if (r == False()) return 0;
    return truthy(r);
}

int equals(Value a, Value b) {
    return rich_compare_bool(a, b, CMP_EQ);
}

// -- Arithmetic -----------------------------------------------------------------------

static const char* const kBinarySymbols[] = {"+", "&",           "//", "<<", "@", "*", "%",
                                             "|", "** or pow()", ">>", "-",  "/", "^"};
static const char* const kInplaceSymbols[] = {
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};

// uopy keeps the built-in sequences' repetition in their nb[NB_MULTIPLY]
// slots and list's / bytearray's in-place concatenation and repetition in
// nb_inplace; CPython keeps them in sq_repeat, sq_inplace_concat and
// sq_inplace_repeat, which get their turn only after both operands' number
// slots declined (so `[1] * x` tries x.__rmul__ first, and `lst += x`
// x.__radd__). These recognise those slots so binary_op can defer them.
static bool is_repeat_slot(BinaryFn f) {
    return f && (f == ListType.nb[NB_MULTIPLY] || f == TupleType.nb[NB_MULTIPLY] ||
                 f == StrType.nb[NB_MULTIPLY] || f == BytesType.nb[NB_MULTIPLY] ||
                 f == ByteArrayType.nb[NB_MULTIPLY]);
}

static bool is_inplace_sequence_slot(BinaryFn f, int base) {
    if (!f) return false;
    if (base == NB_ADD)
        return f == ListType.nb_inplace[NB_ADD] || f == ByteArrayType.nb_inplace[NB_ADD];
    if (base == NB_MULTIPLY)
        return f == ListType.nb_inplace[NB_MULTIPLY] || f == ByteArrayType.nb_inplace[NB_MULTIPLY];
    return false;
}

// Whether CPython would give [t] sequence methods (tp_as_sequence): every
// class written in Python, and the built-in containers.
static bool has_sequence_methods(Type* t) {
    return (t->flags & TYPE_HEAP) || t->contains || t->sq_concat ||
           is_repeat_slot(t->nb[NB_MULTIPLY]);
}

// CPython's binary_op1: the left operand's slot, then the right's, with the
// right going first when its type is a subclass of the left's.
static Value binary_op1(Value a, Value b, int op) {
    Type* ta = type_of(a);
    Type* tb = type_of(b);
    BinaryFn slotv = ta->nb[op];
    BinaryFn slotw = nullptr;
    if (tb != ta) {
        slotw = tb->nb[op];
        if (slotw == slotv) slotw = nullptr;
    }
    if (op == NB_MULTIPLY) {
        // Sequence repetition comes after both operands' number slots.
        if (is_repeat_slot(slotv)) slotv = nullptr;
        if (is_repeat_slot(slotw)) slotw = nullptr;
    }
    if (slotv) {
        if (slotw && is_subtype(tb, ta)) {
            Value r = slotw(a, b);
            if (r != NotImplemented()) return r;
            slotw = nullptr;
        }
        Value r = slotv(a, b);
        if (r != NotImplemented()) return r;
    }
    if (slotw) return slotw(a, b);
    return NotImplemented();
}

// CPython's sequence_repeat: [seq] repeated by [n], which must have __index__.
static Value sequence_repeat(BinaryFn repeat, Value a, Value b, Value n) {
    if (!is_index_like(n))
        return raise(exc::TypeError, "can't multiply sequence by non-int of type '%s'",
                     type_name(n));
    return repeat(a, b);
}

Value binary_op(Value a, Value b, int op) {
    if (!check_native_stack()) return Value();
    if (op == NB_SUBSCR) return get_item(a, b);
    bool inplace = op >= NB_INPLACE_OFFSET;
    int base = inplace ? op - NB_INPLACE_OFFSET : op;
    BinaryFn seq_inplace = nullptr; // sq_inplace_concat / sq_inplace_repeat
    if (inplace) {
        BinaryFn f = type_of(a)->nb_inplace[base];
        // A class written in Python that inherits list's or bytearray's
        // __iadd__ gets CPython's generic in-place slot, which calls it
        // first (`RList() += x` never tries x.__radd__); *= still defers.
        bool heap_iadd = base == NB_ADD && (type_of(a)->flags & TYPE_HEAP);
        if (is_inplace_sequence_slot(f, base) && !heap_iadd) {
            seq_inplace = f;
        } else if (f) {
            Value r = f(a, b);
            if (r != NotImplemented()) return r;
        }
    }
    Value r = binary_op1(a, b, base);
    if (r != NotImplemented()) return r;
    if (base == NB_MULTIPLY) {
        Type* ta = type_of(a);
        Type* tb = type_of(b);
        BinaryFn repeat = nullptr;
        Value count = b;
        if (seq_inplace) {
            repeat = seq_inplace;
        } else if (is_repeat_slot(ta->nb[NB_MULTIPLY])) {
            repeat = ta->nb[NB_MULTIPLY];
        } else if (!(inplace && has_sequence_methods(ta)) && is_repeat_slot(tb->nb[NB_MULTIPLY])) {
            // In place, the right operand is repeated only when the left one
            // has no sequence methods at all (as CPython).
            repeat = tb->nb[NB_MULTIPLY];
            count = a;
        }
        if (repeat) {
            r = sequence_repeat(repeat, a, b, count);
            if (r != NotImplemented()) return r;
        }
    }
    if (base == NB_ADD) {
        // The sequences' concatenation (CPython's sq_inplace_concat and
        // sq_concat fallbacks).
        BinaryFn concat = seq_inplace ? seq_inplace : type_of(a)->sq_concat;
        if (concat) {
            r = concat(a, b);
            if (r != NotImplemented()) return r;
        }
    }
    if (base == NB_POWER && !inplace)
        return raise(exc::TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                     type_name(a), type_name(b));
    return raise(exc::TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                 inplace ? kInplaceSymbols[base] : kBinarySymbols[base], type_name(a),
                 type_name(b));
}

Value power3(Value a, Value b, Value c) {
    if (is_none(c)) return binary_op(a, b, NB_POWER);
    // CPython's ternary_op: the base's slot and the exponent's (a subclass's
    // first), then the modulus's when it is yet another function.
    Type* ta = type_of(a);
    Type* tb = type_of(b);
    TernaryFn slotv = ta->nb_power3;
    TernaryFn slotw = nullptr;
    if (tb != ta) {
        slotw = tb->nb_power3;
        if (slotw == slotv) slotw = nullptr;
    }
    if (slotv) {
        if (slotw && is_subtype(tb, ta)) {
            Value r = slotw(a, b, c);
            if (r != NotImplemented()) return r;
            slotw = nullptr;
        }
        Value r = slotv(a, b, c);
        if (r != NotImplemented()) return r;
    }
    if (slotw) {
        Value r = slotw(a, b, c);
        if (r != NotImplemented()) return r;
    }
    TernaryFn slotz = type_of(c)->nb_power3;
    if (slotz && slotz != slotv && slotz != slotw) {
        Value r = slotz(a, b, c);
        if (r != NotImplemented()) return r;
    }
    return raise(exc::TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                 type_name(a), type_name(b), type_name(c));
}

#define UNARY(fname, slot, symbol)                                                                 \
    Value fname(Value v) {                                                                         \
        UnaryFn f = type_of(v)->slot;                                                              \
        if (!f)                                                                                    \
            return raise(exc::TypeError, "bad operand type for " symbol ": '%s'", type_name(v));   \
        return f(v);                                                                               \
    }
UNARY(unary_negative, nb_negative, "unary -")
UNARY(unary_positive, nb_positive, "unary +")
UNARY(unary_invert, nb_invert, "unary ~")
UNARY(unary_absolute, nb_absolute, "abs()")
#undef UNARY

// -- Attributes -------------------------------------------------------------------------

Value get_attr(Value obj, Value name) {
    Type* t = type_of(obj);
    Value r = t->getattr ? t->getattr(obj, name) : generic_getattr(obj, name);
    if (!r) add_attribute_error_context(obj, name);
    return r;
}

Value get_attr_cstr(Value obj, const char* name) {
    Value n = intern_cstr(name);
    return n ? get_attr(obj, n) : n;
}

Value get_attr_optional(Value obj, Value name) {
    Value r = get_attr(obj, name);
    if (!r && err_matches(exc::AttributeError)) err_clear();
    return r;
}

int set_attr(Value obj, Value name, Value value) {
    Type* t = type_of(obj);
    if (!t->setattr) {
        raise(exc::AttributeError, "'%s' object has no attribute '%s'", t->name,
              str_view(name).data());
        return -1;
    }
    return t->setattr(obj, name, value);
}

int set_attr_cstr(Value obj, const char* name, Value value) {
    return set_attr(obj, intern(name), value);
}

bool has_attr(Value obj, Value name) {
    Value r = get_attr(obj, name);
    if (!r) {
        err_clear();
        return false;
    }
    return true;
}

// -- Items --------------------------------------------------------------------------------

Value get_item(Value obj, Value key) {
    Type* t = type_of(obj);
    if (t->getitem) return t->getitem(obj, key);
    // A class itself: __class_getitem__ (list[int]). type[int] is a special
    // case, as in CPython: type has no __class_getitem__, which its
    // instances (every class) would otherwise all find.
    if (obj.is_ptr() && isinstance_of(obj, &TypeType)) {
        if (obj.as_ptr() == &TypeType) return make_generic_alias(obj, key);
        Value f = get_attr_optional(obj, names::__class_getitem__);
        if (f) return call1(f, key);
        if (err_occurred()) return Value();
        return raise(exc::TypeError, "type '%s' is not subscriptable",
                     static_cast<Type*>(obj.as_ptr())->name);
    }
    return raise(exc::TypeError, "'%s' object is not subscriptable", t->name);
}

int set_item(Value obj, Value key, Value value) {
    Type* t = type_of(obj);
    if (!t->setitem) {
        raise(exc::TypeError, "'%s' object does not support item assignment", t->name);
        return -1;
    }
    return t->setitem(obj, key, value);
}

int del_item(Value obj, Value key) {
    Type* t = type_of(obj);
    if (!t->setitem) {
        // CPython words it after the sequence protocol for an index.
        if (has_sequence_methods(t) && is_index_like(key))
            raise(exc::TypeError, "'%s' object doesn't support item deletion", t->name);
        else
            raise(exc::TypeError, "'%s' object does not support item deletion", t->name);
        return -1;
    }
    return t->setitem(obj, key, Value());
}

int contains(Value container, Value item) {
    Type* t = type_of(container);
    if (t->contains) return t->contains(container, item);
    Value it = get_iter(container);
    if (!it) {
        if (err_matches(exc::TypeError)) {
            err_clear();
            raise(exc::TypeError, "argument of type '%s' is not iterable", t->name);
        }
        return -1;
    }
    for (;;) {
        Value x = iter_next(it);
        if (!x) return err_occurred() ? -1 : 0;
        int eq = rich_compare_bool(x, item, CMP_EQ);
        if (eq != 0) return eq;
    }
}

int64_t length(Value obj) {
    Type* t = type_of(obj);
    if (!t->len) {
        raise(exc::TypeError, "object of type '%s' has no len()", t->name);
        return -1;
    }
    return t->len(obj);
}

// CPython's PyObject_LengthHint: len() when it works (a TypeError from it is
// not an error here), then type(obj).__length_hint__(obj), then [fallback].
int64_t length_hint(Value obj, int64_t fallback) {
    if (type_of(obj)->len) {
        int64_t n = length(obj);
        if (n >= 0) return n;
        if (!err_matches(exc::TypeError)) return -1;
        err_clear();
    }
    Value hint = call_special(obj, names::__length_hint__, {});
    if (!hint) {
        if (!err_occurred()) return fallback; // no __length_hint__
        if (!err_matches(exc::TypeError)) return -1;
        err_clear();
        return fallback;
    }
    if (hint == NotImplemented()) return fallback;
    if (!is_int(hint)) {
        raise(exc::TypeError, "__length_hint__ must be an integer, not %s", type_name(hint));
        return -1;
    }
    int64_t n;
    if (!int_as_int64(hint, &n)) return -1;
    if (n < 0) {
        raise(exc::ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

// -- Iteration ------------------------------------------------------------------------------

Value make_sequence_iterator(Value seq); // objects/iterators.cpp

Value get_iter(Value obj) {
    Type* t = type_of(obj);
    if (t->iter) {
        Value it = t->iter(obj);
        if (it && !type_of(it)->iternext)
            return raise(exc::TypeError, "iter() returned non-iterator of type '%s'",
                         type_name(it));
        return it;
    }
    if (t->getitem) return make_sequence_iterator(obj);
    return raise(exc::TypeError, "'%s' object is not iterable", t->name);
}

Value iter_next_none(Value iter, UnaryFn f) {
    if (!f) return raise(exc::TypeError, "'%s' object is not an iterator", type_name(iter));
    // An iterator may end by raising StopIteration: that is not an error here.
    if (err_matches(exc::StopIteration)) err_clear();
    return Value();
}

static std::vector<Value>& reprs_in_progress() {
    static auto* s = new std::vector<Value>();
    return *s;
}

bool repr_enter(Value v) {
    auto& s = reprs_in_progress();
    for (Value x : s)
        if (x == v) return true;
    s.push_back(v);
    return false;
}

void repr_leave(Value v) {
    auto& s = reprs_in_progress();
    for (size_t i = s.size(); i-- > 0;)
        if (s[i] == v) {
            s.erase(s.begin() + static_cast<std::ptrdiff_t>(i));
            return;
        }
}

Value sequence_to_list(Value iterable) {
    Value list = make_list(0);
    if (!list) return list;
    if (!list_extend(list, iterable)) return Value();
    return list;
}

Value sequence_to_tuple(Value iterable) {
    if (is_exact_tuple(iterable)) return iterable;
    Value list = sequence_to_list(iterable);
    if (!list) return list;
    return list_as_tuple(list);
}

// -- isinstance / issubclass ------------------------------------------------------------------
// As CPython's abstract.c: a class's own __instancecheck__/__subclasscheck__
// decides (type's own are object_isinstance / recursive_issubclass below);
// objects that are not types take part through __class__ and __bases__.

static bool is_type_object(Value v) {
    return v.is_ptr() && isinstance_of(v, &TypeType);
}

// cls.__bases__ if it is a tuple; null otherwise (an error only if raised).
static Value abstract_bases(Value cls) {
    Value bases = get_attr_optional(cls, names::__bases__);
    if (!bases || is_tuple(bases)) return bases;
    return Value();
}

static bool check_class(Value cls, const char* msg) {
    if (abstract_bases(cls)) return true;
    if (!err_occurred()) raise_str(exc::TypeError, msg);
    return false;
}

// Is [cls] among derived.__bases__, transitively (by identity)?
static int abstract_issubclass(Value derived, Value cls) {
    while (true) {
        if (derived == cls) return 1;
        Value bases = abstract_bases(derived);
        if (!bases) return err_occurred() ? -1 : 0;
        size_t n = tuple_size(bases);
        if (n == 0) return 0;
        if (n == 1) {
            derived = tuple_get(bases, 0);
            continue;
        }
        NativeDepth guard(" in __issubclass__");
        if (!guard.ok) return -1;
        for (size_t i = 0; i < n; i++) {
            int r = abstract_issubclass(tuple_get(bases, i), cls);
            if (r != 0) return r;
        }
        return 0;
    }
}

int object_isinstance(Value obj, Value cls) {
    if (is_type_object(cls)) {
        if (isinstance_of(obj, static_cast<Type*>(cls.as_ptr()))) return 1;
        // An object may claim another class through __class__.
        Value icls = get_attr_optional(obj, names::__class__);
        if (!icls) return err_occurred() ? -1 : 0;
        if (icls != Value(type_of(obj)) && is_type_object(icls))
            return is_subtype(static_cast<Type*>(icls.as_ptr()), static_cast<Type*>(cls.as_ptr()));
        return 0;
    }
    if (!check_class(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union"))
        return -1;
    Value icls = get_attr_optional(obj, names::__class__);
    if (!icls) return err_occurred() ? -1 : 0;
    return abstract_issubclass(icls, cls);
}

int recursive_issubclass(Value derived, Value cls) {
    if (is_type_object(cls) && is_type_object(derived))
        return is_subtype(static_cast<Type*>(derived.as_ptr()), static_cast<Type*>(cls.as_ptr()));
    if (!check_class(derived, "issubclass() arg 1 must be a class")) return -1;
    if (!check_class(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        return -1;
    return abstract_issubclass(derived, cls);
}

int is_instance(Value obj, Value cls) {
    if (Value(type_of(obj)) == cls) return 1;
    if (cls.is_ptr() && type_of(cls) == &TypeType) return object_isinstance(obj, cls);
    if (is_tuple(cls)) {
        NativeDepth guard(" in __instancecheck__");
        if (!guard.ok) return -1;
        for (size_t i = 0; i < tuple_size(cls); i++) {
            int r = is_instance(obj, tuple_get(cls, i));
            if (r != 0) return r;
        }
        return 0;
    }
    Value check = lookup_special(cls, names::__instancecheck__);
    if (check) {
        Value r = call_special(cls, names::__instancecheck__, {obj});
        if (!r) return -1;
        return truthy(r);
    }
    if (err_occurred()) return -1;
    return object_isinstance(obj, cls);
}

int is_subclass(Value derived, Value cls) {
    if (cls.is_ptr() && type_of(cls) == &TypeType) {
        if (derived == cls) return 1;
        return recursive_issubclass(derived, cls);
    }
    if (is_tuple(cls)) {
        NativeDepth guard(" in __subclasscheck__");
        if (!guard.ok) return -1;
        for (size_t i = 0; i < tuple_size(cls); i++) {
            int r = is_subclass(derived, tuple_get(cls, i));
            if (r != 0) return r;
        }
        return 0;
    }
    Value check = lookup_special(cls, names::__subclasscheck__);
    if (check) {
        Value r = call_special(cls, names::__subclasscheck__, {derived});
        if (!r) return -1;
        return truthy(r);
    }
    if (err_occurred()) return -1;
    return recursive_issubclass(derived, cls);
}

bool callable(Value v) {
    return type_of(v)->call != nullptr;
}

Value format_value(Value v, Value spec) {
    if (!spec) spec = intern("");
    if (!is_str(spec))
        return raise(exc::TypeError, "format() argument 2 must be str, not %s",
                     arg_type_name(spec));
    if (is_exact_str(v) && str_length(spec) == 0) return v;
    Value r = call_special(v, names::__format__, {spec});
    if (!r) {
        if (!err_occurred())
            raise(exc::TypeError, "Type %s doesn't define __format__", type_name(v));
        return Value();
    }
    if (!is_str(r))
        return raise(exc::TypeError, "__format__ must return a str, not %s", type_name(r));
    return r;
}

std::string repr_text(Value v) {
    Value r = repr(v);
    if (!r) {
        err_clear();
        return "<unprintable object>";
    }
    return std::string(str_view(r));
}

std::string str_text(Value v) {
    Value r = str_of(v);
    if (!r) {
        err_clear();
        return "<unprintable object>";
    }
    return std::string(str_view(r));
}

} // namespace uopy
