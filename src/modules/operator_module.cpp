// The _operator module: the functions operator.py replaces its pure-Python
// definitions with (`from _operator import *`), the attrgetter, itemgetter
// and methodcaller types, and _compare_digest (what hmac needs). CPython
// counterpart: Modules/_operator.c (3.11).
//
// Every function goes through the runtime's abstract operations
// (runtime/abstract.h), so reflected operands, in-place fallbacks and the
// error messages are the VM's own: operator.iadd(a, b) is binary_op with
// NB_INPLACE_ADD, exactly what `a += b` runs.
//
// The functions check their arguments themselves (they are registered with
// NATIVE_KEYWORDS) because CPython names them "_operator.add()" in the
// keyword error and checks keywords before the argument count, where the
// generic native call path would say "add()".
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/import.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace uopy {

static Type AttrGetterType, ItemGetterType, MethodCallerType;

namespace {

// -- Argument checks --------------------------------------------------------------------------

// "_operator.add() takes no keyword arguments"
bool no_keywords(const char* qualname, Value kwnames) {
    if (!kwnames || tuple_size(kwnames) == 0) return true;
    raise(exc::TypeError, "%s() takes no keyword arguments", qualname);
    return false;
}

// METH_O: "_operator.neg() takes exactly one argument (0 given)".
bool one_arg(const char* qualname, size_t nargs, Value kwnames) {
    if (!no_keywords(qualname, kwnames)) return false;
    if (nargs == 1) return true;
    raise(exc::TypeError, "%s() takes exactly one argument (%zu given)", qualname, nargs);
    return false;
}

// METH_NOARGS: "itemgetter.__reduce__() takes no arguments (1 given)".
bool no_args(const char* qualname, size_t nargs, Value kwnames) {
    if (!no_keywords(qualname, kwnames)) return false;
    if (nargs == 0) return true;
    raise(exc::TypeError, "%s() takes no arguments (%zu given)", qualname, nargs);
    return false;
}

// Argument Clinic's positional-only parsing: "add expected 2 arguments, got 1".
bool positional_args(const char* qualname, const char* name, size_t nargs, Value kwnames,
                     size_t min, size_t max) {
    return no_keywords(qualname, kwnames) && check_nargs_expected(name, nargs, min, max);
}

// -- Helpers ----------------------------------------------------------------------------------

// CPython's binary_op1: both operands' slots, the right one first when its
// type is a subclass of the left's; NotImplemented when neither handles the
// pair (no error raised for that).
Value try_binary(Value a, Value b, int op) {
    Type* ta = type_of(a);
    Type* tb = type_of(b);
    BinaryFn slotv = ta->nb[op];
    BinaryFn slotw = tb != ta ? tb->nb[op] : nullptr;
    if (slotw == slotv) slotw = nullptr;
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

// PySequence_Check: anything with __getitem__ that is not a dict.
bool is_sequence(Value v) {
    return !is_dict(v) && type_of(v)->getitem != nullptr;
}

// Whether [v]'s nearest built-in type is a sequence that concatenates
// through its nb[NB_ADD] slot rather than sq_concat (deque): it
// concatenates (or reports the mismatch) itself, as CPython's sq_concat.
bool has_builtin_concat(Value v) {
    Type* t = type_of(v);
    while (t && (t->flags & TYPE_HEAP))
        t = t->base;
    return t && t != &ObjectType && t->getitem && t->nb[NB_ADD] && !is_subtype(t, &DictType);
}

Value cannot_concatenate(Value a) {
    return raise(exc::TypeError, "'%s' object can't be concatenated", type_name(a));
}

// CPython's _PySequence_IterSearch for indexOf (count false) and countOf.
Value iter_search(Value seq, Value obj, bool count) {
    Value it = get_iter(seq);
    if (!it) {
        if (err_matches(exc::TypeError)) {
            err_clear();
            raise(exc::TypeError, "argument of type '%s' is not iterable", type_name(seq));
        }
        return Value();
    }
    int64_t n = 0;
    for (;;) {
        Value item = iter_next(it);
        if (!item) {
            if (err_occurred()) return Value();
            break;
        }
        int eq = rich_compare_bool(item, obj, CMP_EQ);
        if (eq < 0) return Value();
        if (count) {
            n += eq;
        } else {
            if (eq) return make_int(n);
            n++;
        }
    }
    if (count) return make_int(n);
    return raise(exc::ValueError, "sequence.index(x): x not in sequence");
}

// -- The functions ----------------------------------------------------------------------------

#define OPERATOR_BINARY(fname, opcode)                                                             \
    Value op_##fname(Value, const Value* args, size_t nargs, Value kwnames) {                      \
        if (!positional_args("_operator." #fname, #fname, nargs, kwnames, 2, 2)) return Value();   \
        return binary_op(args[0], args[1], opcode);                                                \
    }

OPERATOR_BINARY(add, NB_ADD)
OPERATOR_BINARY(sub, NB_SUBTRACT)
OPERATOR_BINARY(mul, NB_MULTIPLY)
OPERATOR_BINARY(matmul, NB_MATRIX_MULTIPLY)
OPERATOR_BINARY(floordiv, NB_FLOOR_DIVIDE)
OPERATOR_BINARY(truediv, NB_TRUE_DIVIDE)
OPERATOR_BINARY(mod, NB_REMAINDER)
OPERATOR_BINARY(lshift, NB_LSHIFT)
OPERATOR_BINARY(rshift, NB_RSHIFT)
OPERATOR_BINARY(and_, NB_AND)
OPERATOR_BINARY(xor, NB_XOR)
OPERATOR_BINARY(or_, NB_OR)
OPERATOR_BINARY(pow, NB_POWER)
OPERATOR_BINARY(iadd, NB_ADD + NB_INPLACE_OFFSET)
OPERATOR_BINARY(isub, NB_SUBTRACT + NB_INPLACE_OFFSET)
OPERATOR_BINARY(imul, NB_MULTIPLY + NB_INPLACE_OFFSET)
OPERATOR_BINARY(imatmul, NB_MATRIX_MULTIPLY + NB_INPLACE_OFFSET)
OPERATOR_BINARY(ifloordiv, NB_FLOOR_DIVIDE + NB_INPLACE_OFFSET)
OPERATOR_BINARY(itruediv, NB_TRUE_DIVIDE + NB_INPLACE_OFFSET)
OPERATOR_BINARY(imod, NB_REMAINDER + NB_INPLACE_OFFSET)
OPERATOR_BINARY(ilshift, NB_LSHIFT + NB_INPLACE_OFFSET)
OPERATOR_BINARY(irshift, NB_RSHIFT + NB_INPLACE_OFFSET)
OPERATOR_BINARY(iand, NB_AND + NB_INPLACE_OFFSET)
OPERATOR_BINARY(ixor, NB_XOR + NB_INPLACE_OFFSET)
OPERATOR_BINARY(ior, NB_OR + NB_INPLACE_OFFSET)
OPERATOR_BINARY(ipow, NB_POWER + NB_INPLACE_OFFSET)
#undef OPERATOR_BINARY

#define OPERATOR_COMPARE(fname, cmp)                                                               \
    Value op_##fname(Value, const Value* args, size_t nargs, Value kwnames) {                      \
        if (!positional_args("_operator." #fname, #fname, nargs, kwnames, 2, 2)) return Value();   \
        return rich_compare(args[0], args[1], cmp);                                                \
    }

OPERATOR_COMPARE(lt, CMP_LT)
OPERATOR_COMPARE(le, CMP_LE)
OPERATOR_COMPARE(eq, CMP_EQ)
OPERATOR_COMPARE(ne, CMP_NE)
OPERATOR_COMPARE(gt, CMP_GT)
OPERATOR_COMPARE(ge, CMP_GE)
#undef OPERATOR_COMPARE

#define OPERATOR_UNARY(fname, fn)                                                                  \
    Value op_##fname(Value, const Value* args, size_t nargs, Value kwnames) {                      \
        if (!one_arg("_operator." #fname, nargs, kwnames)) return Value();                         \
        return fn(args[0]);                                                                        \
    }

OPERATOR_UNARY(neg, unary_negative)
OPERATOR_UNARY(pos, unary_positive)
OPERATOR_UNARY(abs, unary_absolute)
OPERATOR_UNARY(inv, unary_invert)
OPERATOR_UNARY(invert, unary_invert)
#undef OPERATOR_UNARY

// index(a): PyNumber_Index, whose result is always an exact int (True -> 1).
Value op_index(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!one_arg("_operator.index", nargs, kwnames)) return Value();
    Value r = number_index(args[0]);
    if (r && !is_exact_int(r)) return int_positive(r);
    return r;
}

Value op_truth(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!one_arg("_operator.truth", nargs, kwnames)) return Value();
    int r = truthy(args[0]);
    if (r < 0) return Value();
    return Bool(r != 0);
}

Value op_not_(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!one_arg("_operator.not_", nargs, kwnames)) return Value();
    int r = truthy(args[0]);
    if (r < 0) return Value();
    return Bool(r == 0);
}

Value op_is_(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!positional_args("_operator.is_", "is_", nargs, kwnames, 2, 2)) return Value();
    return Bool(args[0] == args[1]);
}

Value op_is_not(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!positional_args("_operator.is_not", "is_not", nargs, kwnames, 2, 2)) return Value();
    return Bool(args[0] != args[1]);
}

// concat(a, b): PySequence_Concat. A sequence with sq_concat (str, bytes,
// list, tuple, ...) concatenates or reports the mismatch in its own words;
// other sequences go through +, but only when both operands are sequences.
Value op_concat(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!positional_args("_operator.concat", "concat", nargs, kwnames, 2, 2)) return Value();
    Value a = args[0], b = args[1];
    if (BinaryFn fn = type_of(a)->sq_concat) return fn(a, b);
    if (has_builtin_concat(a)) return binary_op(a, b, NB_ADD);
    if (is_sequence(a) && is_sequence(b)) {
        Value r = try_binary(a, b, NB_ADD);
        if (r != NotImplemented()) return r;
    }
    return cannot_concatenate(a);
}

// iconcat(a, b): PySequence_InPlaceConcat. CPython's sq_inplace_concat is
// the in-place slot here (a list or bytearray is extended in place), then
// the concatenation as for concat().
Value op_iconcat(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!positional_args("_operator.iconcat", "iconcat", nargs, kwnames, 2, 2)) return Value();
    Value a = args[0], b = args[1];
    Type* ta = type_of(a);
    bool builtin = has_builtin_concat(a);
    if (ta->sq_concat || builtin || (is_sequence(a) && is_sequence(b))) {
        if (BinaryFn inplace = ta->nb_inplace[NB_ADD]) {
            Value r = inplace(a, b);
            if (r != NotImplemented()) return r;
        }
        if (ta->sq_concat) return ta->sq_concat(a, b);
        if (builtin) return binary_op(a, b, NB_ADD);
        Value r = try_binary(a, b, NB_ADD);
        if (r != NotImplemented()) return r;
    }
    return cannot_concatenate(a);
}

Value op_contains(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!positional_args("_operator.contains", "contains", nargs, kwnames, 2, 2)) return Value();
    int r = contains(args[0], args[1]);
    if (r < 0) return Value();
    return Bool(r != 0);
}

Value op_indexOf(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!positional_args("_operator.indexOf", "indexOf", nargs, kwnames, 2, 2)) return Value();
    return iter_search(args[0], args[1], false);
}

Value op_countOf(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!positional_args("_operator.countOf", "countOf", nargs, kwnames, 2, 2)) return Value();
    return iter_search(args[0], args[1], true);
}

Value op_getitem(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!positional_args("_operator.getitem", "getitem", nargs, kwnames, 2, 2)) return Value();
    return get_item(args[0], args[1]);
}

Value op_setitem(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!positional_args("_operator.setitem", "setitem", nargs, kwnames, 3, 3)) return Value();
    if (set_item(args[0], args[1], args[2]) < 0) return Value();
    return None();
}

Value op_delitem(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!positional_args("_operator.delitem", "delitem", nargs, kwnames, 2, 2)) return Value();
    if (del_item(args[0], args[1]) < 0) return Value();
    return None();
}

// length_hint(obj, default=0, /): runtime/abstract's length_hint.
Value op_length_hint(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!positional_args("_operator.length_hint", "length_hint", nargs, kwnames, 1, 2))
        return Value();
    int64_t fallback = 0;
    if (nargs > 1) {
        Value d = number_index(args[1]);
        if (!d || !int_as_int64(d, &fallback)) return Value();
    }
    int64_t n = length_hint(args[0], fallback);
    // (A negative default comes back as itself, with no exception set.)
    if (n < 0 && err_occurred()) return Value();
    return make_int(n);
}

// call(obj, /, *args, **kwargs): the keyword values follow the positionals,
// so the tail of [args] is still laid out as a call.
Value op_call(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!check_nargs_expected("call", nargs, 1, SIZE_MAX)) return Value();
    return call(args[0], args + 1, nargs - 1, kwnames);
}

// Compares in time that depends on the length of [b] only, not on where
// the first difference is (no early exit).
bool constant_time_equal(std::string_view a, std::string_view b) {
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    std::string_view left = a.size() == b.size() ? a : b;
    for (size_t i = 0; i < b.size(); i++)
        diff |= static_cast<unsigned char>(left[i] ^ b[i]);
    return diff == 0;
}

Value op_compare_digest(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!positional_args("_operator._compare_digest", "_compare_digest", nargs, kwnames, 2, 2))
        return Value();
    Value a = args[0], b = args[1];
    if (is_str(a) && is_str(b)) {
        if (!str_is_ascii(a) || !str_is_ascii(b))
            return raise(exc::TypeError,
                         "comparing strings with non-ASCII characters is not supported");
        return Bool(constant_time_equal(str_view(a), str_view(b)));
    }
    bool buffer_a = is_bytes(a) || is_bytearray(a), buffer_b = is_bytes(b) || is_bytearray(b);
    if (!buffer_a && !buffer_b)
        return raise(exc::TypeError,
                     "unsupported operand types(s) or combination of types: '%s' and '%s'",
                     type_name(a), type_name(b));
    if (!buffer_a || !buffer_b)
        return raise(exc::TypeError, "a bytes-like object is required, not '%s'",
                     type_name(buffer_a ? b : a));
    return Bool(constant_time_equal(bytes_view(a), bytes_view(b)));
}

const char kLengthHintDoc[] =
    "Return an estimate of the number of items in obj.\n\nThis is useful for presizing "
    "containers when building from an iterable.\n\nIf the object supports len(), the result "
    "will be exact.\nOtherwise, it may over- or under-estimate by an arbitrary amount.\nThe "
    "result will be an integer >= 0.";

const char kCompareDigestDoc[] =
    "Return 'a == b'.\n\nThis function uses an approach designed to prevent\ntiming analysis, "
    "making it appropriate for cryptography.\n\na and b must both be of the same type: either "
    "str (ASCII only),\nor any bytes-like object.\n\nNote: If a and b are of different lengths, "
    "or if an error occurs,\na timing attack could theoretically reveal information about "
    "the\ntypes and lengths of a and b--but not their values.";

const NativeMethodDef operator_functions[] = {
    {"truth", op_truth, NATIVE_KEYWORDS, "Return True if a is true, False otherwise."},
    {"contains", op_contains, NATIVE_KEYWORDS, "Same as b in a (note reversed operands)."},
    {"indexOf", op_indexOf, NATIVE_KEYWORDS, "Return the first index of b in a."},
    {"countOf", op_countOf, NATIVE_KEYWORDS,
     "Return the number of items in a which are, or which equal, b."},
    {"is_", op_is_, NATIVE_KEYWORDS, "Same as a is b."},
    {"is_not", op_is_not, NATIVE_KEYWORDS, "Same as a is not b."},
    {"index", op_index, NATIVE_KEYWORDS, "Same as a.__index__()"},
    {"add", op_add, NATIVE_KEYWORDS, "Same as a + b."},
    {"sub", op_sub, NATIVE_KEYWORDS, "Same as a - b."},
    {"mul", op_mul, NATIVE_KEYWORDS, "Same as a * b."},
    {"matmul", op_matmul, NATIVE_KEYWORDS, "Same as a @ b."},
    {"floordiv", op_floordiv, NATIVE_KEYWORDS, "Same as a // b."},
    {"truediv", op_truediv, NATIVE_KEYWORDS, "Same as a / b."},
    {"mod", op_mod, NATIVE_KEYWORDS, "Same as a % b."},
    {"neg", op_neg, NATIVE_KEYWORDS, "Same as -a."},
    {"pos", op_pos, NATIVE_KEYWORDS, "Same as +a."},
    {"abs", op_abs, NATIVE_KEYWORDS, "Same as abs(a)."},
    {"inv", op_inv, NATIVE_KEYWORDS, "Same as ~a."},
    {"invert", op_invert, NATIVE_KEYWORDS, "Same as ~a."},
    {"lshift", op_lshift, NATIVE_KEYWORDS, "Same as a << b."},
    {"rshift", op_rshift, NATIVE_KEYWORDS, "Same as a >> b."},
    {"not_", op_not_, NATIVE_KEYWORDS, "Same as not a."},
    {"and_", op_and_, NATIVE_KEYWORDS, "Same as a & b."},
    {"xor", op_xor, NATIVE_KEYWORDS, "Same as a ^ b."},
    {"or_", op_or_, NATIVE_KEYWORDS, "Same as a | b."},
    {"iadd", op_iadd, NATIVE_KEYWORDS, "Same as a += b."},
    {"isub", op_isub, NATIVE_KEYWORDS, "Same as a -= b."},
    {"imul", op_imul, NATIVE_KEYWORDS, "Same as a *= b."},
    {"imatmul", op_imatmul, NATIVE_KEYWORDS, "Same as a @= b."},
    {"ifloordiv", op_ifloordiv, NATIVE_KEYWORDS, "Same as a //= b."},
    {"itruediv", op_itruediv, NATIVE_KEYWORDS, "Same as a /= b."},
    {"imod", op_imod, NATIVE_KEYWORDS, "Same as a %= b."},
    {"ilshift", op_ilshift, NATIVE_KEYWORDS, "Same as a <<= b."},
    {"irshift", op_irshift, NATIVE_KEYWORDS, "Same as a >>= b."},
    {"iand", op_iand, NATIVE_KEYWORDS, "Same as a &= b."},
    {"ixor", op_ixor, NATIVE_KEYWORDS, "Same as a ^= b."},
    {"ior", op_ior, NATIVE_KEYWORDS, "Same as a |= b."},
    {"concat", op_concat, NATIVE_KEYWORDS, "Same as a + b, for a and b sequences."},
    {"iconcat", op_iconcat, NATIVE_KEYWORDS, "Same as a += b, for a and b sequences."},
    {"getitem", op_getitem, NATIVE_KEYWORDS, "Same as a[b]."},
    {"setitem", op_setitem, NATIVE_KEYWORDS, "Same as a[b] = c."},
    {"delitem", op_delitem, NATIVE_KEYWORDS, "Same as del a[b]."},
    {"pow", op_pow, NATIVE_KEYWORDS, "Same as a ** b."},
    {"ipow", op_ipow, NATIVE_KEYWORDS, "Same as a **= b."},
    {"eq", op_eq, NATIVE_KEYWORDS, "Same as a == b."},
    {"ne", op_ne, NATIVE_KEYWORDS, "Same as a != b."},
    {"lt", op_lt, NATIVE_KEYWORDS, "Same as a < b."},
    {"le", op_le, NATIVE_KEYWORDS, "Same as a <= b."},
    {"gt", op_gt, NATIVE_KEYWORDS, "Same as a > b."},
    {"ge", op_ge, NATIVE_KEYWORDS, "Same as a >= b."},
    {"_compare_digest", op_compare_digest, NATIVE_KEYWORDS, kCompareDigestDoc},
    {"length_hint", op_length_hint, NATIVE_KEYWORDS, kLengthHintDoc},
    {"call", op_call, NATIVE_KEYWORDS, "Same as obj(*args, **kwargs)."},
    {nullptr, nullptr, 0, nullptr},
};

// -- Shared by the three callable types -------------------------------------------------------

// "operator.attrgetter" (the types cannot be subclassed, so this is always
// the type's own name, as CPython's tp_name in their reprs).
std::string type_label(Value self) {
    return std::string(type_of(self)->name);
}

std::string text_of(Value str) {
    return std::string(str_view(str));
}

// -- attrgetter -------------------------------------------------------------------------------

struct AttrGetterObject : Object {
    // One entry per name: an interned str, or for a dotted name the tuple
    // of its parts ("a.b" -> ('a', 'b')).
    Value attrs;
};

AttrGetterObject* as_attrgetter(Value v) {
    return static_cast<AttrGetterObject*>(v.as_ptr());
}

void attrgetter_trace(Object* o, Tracer& t) {
    t.visit(static_cast<AttrGetterObject*>(o)->attrs);
}

// A name as attrgetter stores it.
Value split_attr_name(Value name) {
    std::string_view s = str_view(name);
    if (s.find('.') == std::string_view::npos) return intern(s);
    size_t parts = 1;
    for (char c : s)
        parts += c == '.';
    Value chain = make_tuple(parts);
    if (!chain) return chain;
    size_t start = 0;
    for (size_t i = 0; i < parts; i++) {
        size_t end = s.find('.', start);
        if (end == std::string_view::npos) end = s.size();
        Value part = intern(s.substr(start, end - start));
        if (!part) return part;
        tuple_items(chain)[i] = part;
        start = end + 1;
    }
    return chain;
}

// attrgetter(attr, /, *attrs)
Value attrgetter_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    if (!no_keywords("attrgetter", kwnames)) return Value();
    if (nargs == 0) return raise(exc::TypeError, "attrgetter expected 1 argument, got 0");
    Value attrs = make_tuple(nargs);
    if (!attrs) return attrs;
    for (size_t i = 0; i < nargs; i++) {
        if (!is_str(args[i])) return raise(exc::TypeError, "attribute name must be a string");
        Value a = split_attr_name(args[i]);
        if (!a) return a;
        tuple_items(attrs)[i] = a;
    }
    auto* g = gc_new<AttrGetterObject>(type, type->basic_size);
    if (!g) return Value();
    g->attrs = attrs;
    return Value(g);
}

Value dotted_getattr(Value obj, Value attr) {
    if (!is_exact_tuple(attr)) return get_attr(obj, attr);
    for (size_t i = 0; i < tuple_size(attr); i++) {
        obj = get_attr(obj, tuple_get(attr, i));
        if (!obj) return obj;
    }
    return obj;
}

Value attrgetter_call(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!no_keywords("attrgetter", kwnames) || !check_nargs_expected("attrgetter", nargs, 1, 1))
        return Value();
    Value attrs = as_attrgetter(self)->attrs;
    size_t n = tuple_size(attrs);
    if (n == 1) return dotted_getattr(args[0], tuple_get(attrs, 0));
    Value result = make_tuple(n);
    if (!result) return result;
    for (size_t i = 0; i < n; i++) {
        Value v = dotted_getattr(args[0], tuple_get(attrs, i));
        if (!v) return v;
        tuple_items(result)[i] = v;
    }
    return result;
}

// The names as given: a tuple of str, dotted names joined again.
Value attrgetter_names(Value self) {
    Value attrs = as_attrgetter(self)->attrs;
    size_t n = tuple_size(attrs);
    Value names = make_tuple(n);
    if (!names) return names;
    for (size_t i = 0; i < n; i++) {
        Value a = tuple_get(attrs, i);
        if (is_exact_tuple(a)) {
            std::string joined;
            for (size_t k = 0; k < tuple_size(a); k++) {
                if (k) joined += '.';
                joined += str_view(tuple_get(a, k));
            }
            a = make_str(joined);
            if (!a) return a;
        }
        tuple_items(names)[i] = a;
    }
    return names;
}

// operator.attrgetter('a.b') / operator.attrgetter('a', 'b')
Value attrgetter_repr(Value self) {
    if (repr_enter(self)) return make_str(type_label(self) + "(...)");
    Value names = attrgetter_names(self);
    Value r;
    if (names) r = repr(tuple_size(names) == 1 ? tuple_get(names, 0) : names);
    repr_leave(self);
    if (!r) return r;
    if (tuple_size(names) == 1) return make_str(type_label(self) + "(" + text_of(r) + ")");
    return make_str(type_label(self) + text_of(r));
}

Value attrgetter_reduce(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!no_args("attrgetter.__reduce__", nargs, kwnames)) return Value();
    Value names = attrgetter_names(self);
    if (!names) return names;
    return tuple_pack({Value(type_of(self)), names});
}

const NativeMethodDef attrgetter_methods[] = {
    {"__reduce__", attrgetter_reduce, NATIVE_KEYWORDS, "Return state information for pickling"},
    {nullptr, nullptr, 0, nullptr},
};

const char kAttrGetterDoc[] =
    "attrgetter(attr, ...) --> attrgetter object\n\nReturn a callable object that fetches the "
    "given attribute(s) from its operand.\nAfter f = attrgetter('name'), the call f(r) returns "
    "r.name.\nAfter g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\n"
    "After h = attrgetter('name.first', 'name.last'), the call h(r) returns\n(r.name.first, "
    "r.name.last).";

// -- itemgetter -------------------------------------------------------------------------------

struct ItemGetterObject : Object {
    Value item;    // the one item, or the tuple of items when there are several
    size_t nitems; // how many were given
};

ItemGetterObject* as_itemgetter(Value v) {
    return static_cast<ItemGetterObject*>(v.as_ptr());
}

void itemgetter_trace(Object* o, Tracer& t) {
    t.visit(static_cast<ItemGetterObject*>(o)->item);
}

// itemgetter(item, /, *items)
Value itemgetter_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    if (!no_keywords("itemgetter", kwnames)) return Value();
    if (nargs == 0) return raise(exc::TypeError, "itemgetter expected 1 argument, got 0");
    Value item = nargs == 1 ? args[0] : make_tuple_from(args, nargs);
    if (!item) return item;
    auto* g = gc_new<ItemGetterObject>(type, type->basic_size);
    if (!g) return Value();
    g->item = item;
    g->nitems = nargs;
    return Value(g);
}

Value itemgetter_call(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!no_keywords("itemgetter", kwnames) || !check_nargs_expected("itemgetter", nargs, 1, 1))
        return Value();
    ItemGetterObject* g = as_itemgetter(self);
    if (g->nitems == 1) return get_item(args[0], g->item);
    Value items = g->item;
    size_t n = tuple_size(items);
    Value result = make_tuple(n);
    if (!result) return result;
    for (size_t i = 0; i < n; i++) {
        Value v = get_item(args[0], tuple_get(items, i));
        if (!v) return v;
        tuple_items(result)[i] = v;
    }
    return result;
}

// operator.itemgetter(1) / operator.itemgetter(1, 'a')
Value itemgetter_repr(Value self) {
    if (repr_enter(self)) return make_str(type_label(self) + "(...)");
    ItemGetterObject* g = as_itemgetter(self);
    Value r = repr(g->item);
    repr_leave(self);
    if (!r) return r;
    if (g->nitems == 1) return make_str(type_label(self) + "(" + text_of(r) + ")");
    return make_str(type_label(self) + text_of(r));
}

Value itemgetter_reduce(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!no_args("itemgetter.__reduce__", nargs, kwnames)) return Value();
    ItemGetterObject* g = as_itemgetter(self);
    Value args = g->nitems == 1 ? tuple_pack({g->item}) : g->item;
    if (!args) return args;
    return tuple_pack({Value(type_of(self)), args});
}

const NativeMethodDef itemgetter_methods[] = {
    {"__reduce__", itemgetter_reduce, NATIVE_KEYWORDS, "Return state information for pickling"},
    {nullptr, nullptr, 0, nullptr},
};

const char kItemGetterDoc[] =
    "itemgetter(item, ...) --> itemgetter object\n\nReturn a callable object that fetches the "
    "given item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\n"
    "After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])";

// -- methodcaller -----------------------------------------------------------------------------

struct MethodCallerObject : Object {
    Value name; // str
    Value args; // tuple
    Value kwds; // dict, or null when no keywords were given
};

MethodCallerObject* as_methodcaller(Value v) {
    return static_cast<MethodCallerObject*>(v.as_ptr());
}

void methodcaller_trace(Object* o, Tracer& t) {
    auto* m = static_cast<MethodCallerObject*>(o);
    t.visit(m->name);
    t.visit(m->args);
    t.visit(m->kwds);
}

// methodcaller(name, /, *args, **kwargs)
Value methodcaller_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    if (nargs < 1)
        return raise(exc::TypeError, "methodcaller needs at least one argument, the method name");
    if (!is_str(args[0])) return raise(exc::TypeError, "method name must be a string");
    Value name = is_exact_str(args[0]) ? intern_value(args[0]) : args[0];
    if (!name) return name;
    Value rest = make_tuple_from(args + 1, nargs - 1);
    if (!rest) return rest;
    Value kwds;
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    if (nkw) {
        Dict* d = make_dict();
        if (!d) return Value();
        kwds = Value(d);
        for (size_t k = 0; k < nkw; k++)
            if (!dict_set(d, tuple_get(kwnames, k), args[nargs + k])) return Value();
    }
    auto* m = gc_new<MethodCallerObject>(type, type->basic_size);
    if (!m) return Value();
    m->name = name;
    m->args = rest;
    m->kwds = kwds;
    return Value(m);
}

Value methodcaller_call(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!no_keywords("methodcaller", kwnames) || !check_nargs_expected("methodcaller", nargs, 1, 1))
        return Value();
    MethodCallerObject* m = as_methodcaller(self);
    Value method = get_attr(args[0], m->name);
    if (!method) return method;
    return call_tuple_dict(method, m->args, m->kwds);
}

// operator.methodcaller('f', 1, k=2)
Value methodcaller_repr(Value self) {
    if (repr_enter(self)) return make_str(type_label(self) + "(...)");
    MethodCallerObject* m = as_methodcaller(self);
    std::string s;
    bool ok = false;
    do {
        Value r = repr(m->name);
        if (!r) break;
        s = type_label(self) + "(" + text_of(r);
        size_t i = 0;
        for (; i < tuple_size(m->args); i++) {
            Value a = repr(tuple_get(m->args, i));
            if (!a) break;
            s += ", " + text_of(a);
        }
        if (i < tuple_size(m->args)) break;
        if (m->kwds) {
            Dict* d = as_dict(m->kwds);
            size_t pos = 0;
            Value key, value;
            bool failed = false;
            while (dict_next(d, &pos, &key, &value)) {
                Value v = repr(value);
                if (!v) {
                    failed = true;
                    break;
                }
                s += ", " + text_of(key) + "=" + text_of(v);
            }
            if (failed) break;
        }
        s += ")";
        ok = true;
    } while (false);
    repr_leave(self);
    if (!ok) return Value();
    return make_str(s);
}

// (type, (name, *args)), or with keywords (partial(type, name, **kwds), args).
Value methodcaller_reduce(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!no_args("methodcaller.__reduce__", nargs, kwnames)) return Value();
    MethodCallerObject* m = as_methodcaller(self);
    Value cls(type_of(self));
    if (!m->kwds || dict_size(as_dict(m->kwds)) == 0) {
        size_t n = tuple_size(m->args);
        Value newargs = make_tuple(n + 1);
        if (!newargs) return newargs;
        tuple_items(newargs)[0] = m->name;
        for (size_t i = 0; i < n; i++)
            tuple_items(newargs)[i + 1] = tuple_get(m->args, i);
        return tuple_pack({cls, newargs});
    }
    Value functools = import_module("functools");
    if (!functools) return functools;
    Value partial = get_attr_cstr(functools, "partial");
    if (!partial) return partial;
    Value pargs = tuple_pack({cls, m->name});
    if (!pargs) return pargs;
    Value constructor = call_tuple_dict(partial, pargs, m->kwds);
    if (!constructor) return constructor;
    return tuple_pack({constructor, m->args});
}

const NativeMethodDef methodcaller_methods[] = {
    {"__reduce__", methodcaller_reduce, NATIVE_KEYWORDS, "Return state information for pickling"},
    {nullptr, nullptr, 0, nullptr},
};

const char kMethodCallerDoc[] =
    "methodcaller(name, ...) --> methodcaller object\n\nReturn a callable object that calls the "
    "given method on its operand.\nAfter f = methodcaller('name'), the call f(r) returns "
    "r.name().\nAfter g = methodcaller('name', 'date', foo=1), the call g(r) returns\n"
    "r.name('date', foo=1).";

const char kOperatorDoc[] =
    "Operator interface.\n\nThis module exports a set of functions implemented in C "
    "corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis "
    "equivalent to the expression x+y.  The function names are those\nused for special "
    "methods; variants without leading and trailing\n'__' are also provided for convenience.";

// -- Types and the module ---------------------------------------------------------------------

// The three types cannot be subclassed (as in CPython); their __new__ is
// reached only through calling the type.
void init_callable_type(Type* t, const char* name, size_t size, TraceFn trace, NewFn tp_new,
                        CallFn call_fn, UnaryFn repr_fn, const NativeMethodDef* methods,
                        const char* doc) {
    t->trace = trace;
    t->tp_new = tp_new;
    t->call = call_fn;
    t->repr = repr_fn;
    init_static_type(t, name, &ObjectType, size, 0);
    add_methods(t, methods);
    add_slot_wrappers(t);
    dict_set_cstr(t->dict, "__doc__", make_str(doc));
}

void init_operator_types() {
    static bool ready = false;
    if (ready) return;
    ready = true;
    // A static type's fields become roots only once init_static_type has
    // registered it, so no collection may run while the types are made.
    bool was_enabled = gc_is_enabled();
    gc_set_enabled(false);
    init_callable_type(&AttrGetterType, "operator.attrgetter", sizeof(AttrGetterObject),
                       attrgetter_trace, attrgetter_new, attrgetter_call, attrgetter_repr,
                       attrgetter_methods, kAttrGetterDoc);
    init_callable_type(&ItemGetterType, "operator.itemgetter", sizeof(ItemGetterObject),
                       itemgetter_trace, itemgetter_new, itemgetter_call, itemgetter_repr,
                       itemgetter_methods, kItemGetterDoc);
    init_callable_type(&MethodCallerType, "operator.methodcaller", sizeof(MethodCallerObject),
                       methodcaller_trace, methodcaller_new, methodcaller_call, methodcaller_repr,
                       methodcaller_methods, kMethodCallerDoc);
    gc_set_enabled(was_enabled);
}

} // namespace

Value init_operator_module() {
    init_operator_types();
    ModuleObject* m = make_module("_operator");
    if (!m) return Value();
    Value mod(m);
    add_functions(m->dict, operator_functions, mod);
    const std::pair<const char*, Type*> types[] = {
        {"attrgetter", &AttrGetterType},
        {"itemgetter", &ItemGetterType},
        {"methodcaller", &MethodCallerType},
    };
    for (const auto& [name, type] : types)
        if (!dict_set_cstr(m->dict, name, Value(type))) return Value();
    if (!dict_set_cstr(m->dict, "__doc__", make_str(kOperatorDoc))) return Value();
    return mod;
}

} // namespace uopy
