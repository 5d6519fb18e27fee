// Out-of-line helpers that instruction bodies in bytecodes.def call: the
// parts of an instruction bigger than a few lines. Each returns null / -1
// with the exception set on failure, like every runtime function.
// CPython counterpart: Python/ceval.c's static helpers and
// Python/intrinsics.c.
#pragma once

#include "objects/code.h"
#include "objects/frame.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/instance_values.h"
#include "objects/float.h"
#include "objects/int.h"
#include "runtime/abstract.h"
#include "runtime/interp.h"

namespace uopy::vm {

// Coroutines (vm/coroutine.cpp).
Value vm_get_awaitable(Value v, int where);
Value vm_get_aiter(Value v);
Value vm_get_anext(Value aiter);

// Frames.
Frame* vm_push_function_frame(FunctionObject* f, const Value* args, size_t nargs, Value kwnames);
// A frame for a class body: no arguments, [ns] as its locals.
Frame* vm_push_body_frame(FunctionObject* f, Value ns);
// CALL_PY_EXACT_ARGS: [args] are exactly f's positional parameters (the
// specializer checked the code's flags; the function version pins them).
Frame* vm_push_frame_exact_args(FunctionObject* f, const Value* args);

// A function's frame, filled in: its function and namespaces.
inline void init_function_frame(Frame* frame, FunctionObject* f) {
    frame->func = Value(f);
    frame->globals = f->globals;
    frame->builtins = f->builtins ? f->builtins : g_interp->builtins;
}
// A new frame for [f] called with exactly its positional parameters.
inline Frame* fill_exact_args_frame(Frame* frame, FunctionObject* f, const Value* args) {
    init_function_frame(frame, f);
    for (int i = 0; i < f->code->argcount; i++)
        frame->localsplus[i] = args[i];
    return frame;
}
// vm_push_frame_exact_args when frame_fits(f->code) was checked: it cannot
// fail (CALL_PY_EXACT_ARGS checks with _CHECK_STACK_SPACE first).
inline Frame* vm_push_frame_exact_args_that_fits(FunctionObject* f, const Value* args) {
    CodeObject* co = f->code;
    Frame* frame = claim_frame_that_fits(co);
    init_function_frame(frame, f);
    // The arguments are the first locals; only the rest need clearing.
    int i = 0;
    for (; i < co->argcount; i++)
        frame->localsplus[i] = args[i];
    for (; i < co->nlocalsplus; i++)
        frame->localsplus[i] = Value();
    return frame;
}
// CALL_ALLOC_AND_ENTER_INIT: pushes the shim frame (holding the new
// instance args[0]) and then the frame of [tp]'s __init__ with [args];
// returns the __init__ frame and sets *shim. Null with the error set.
Frame* vm_push_init_frames(Type* tp, const Value* args, size_t nargs, Frame** shim);
// EXIT_INIT_CHECK: TypeError unless __init__ returned None.
int vm_exit_init_check(Value returned);
// Creates the shim code object (EXIT_INIT_CHECK; RETURN_VALUE).
void init_shim_code();
// The code of the shim frame __init__ returns into (EXIT_INIT_CHECK, RETURN_VALUE).
CodeObject* init_shim_code_object();
// True when [f] takes exactly [n] positional parameters and nothing else.
inline bool vm_exact_args_function(FunctionObject* f, int n) {
    CodeObject* co = f->code;
    return co->argcount == n && co->kwonlyargcount == 0 &&
           !(co->flags & (CO_VARARGS | CO_VARKEYWORDS));
}
// The instance dict slot of [owner], whose type has an ordinary dict_offset
// (guarded by the type version the specializer checked it for).
inline Dict** instance_dict_at(Value owner) {
    Object* o = owner.as_ptr();
    return reinterpret_cast<Dict**>(reinterpret_cast<char*>(o) + o->type->dict_offset);
}
void vm_copy_free_vars(Frame* frame, int n);
Value vm_make_generator(Frame* frame, CodeUnit* resume_at);
// FOR_ITER_GEN / SEND_GEN: resume [g] (created or suspended) inside the
// caller's dispatch loop with [sent] on its stack; null on RecursionError.
Frame* vm_enter_generator(GeneratorObject* g, Frame* caller, Value sent);
// The generator frame entered so goes back to its caller: yielding
// ([completed] false) or returning / raising (true).
void vm_leave_generator(GeneratorObject* g, bool completed);
// 0: the sub-iterator yielded [*out]; 1: it returned [*out]; -1: error.
int vm_send(Value receiver, Value v, Value* out);
Value vm_get_yield_from_iter(Value iterable);
Value vm_stop_iteration_value(Value exc);

// Errors.
void vm_unbound_local_error(Frame* frame, int index);
void vm_unbound_deref_error(Frame* frame, int index);
int vm_bad_opcode(Frame* frame, int opcode);
// 1: re-raise (no new traceback entry), 0: a new exception is set.
int vm_do_raise(Value exc, Value cause);
int vm_check_exc_match(Value exc, Value match_type);
Value vm_with_except_start(Value exit_func, Value exit_self, Value val);
int vm_handle_eval_breaker();

// Operators.
Value vm_binary_op(Value lhs, Value rhs, int oparg);
Value vm_compare_op(Value left, Value right, int oparg);
Value vm_binary_slice(Value container, Value start, Value stop);
// The specialized forms' operations (BINARY_OP_*_INT, COMPARE_OP_*, ...).
inline Value vm_int_add(Value a, Value b) {
    if (a.is_int() && b.is_int()) {
        int64_t r = a.as_int() + b.as_int(); // |a|, |b| < 2^62: no overflow
        if (Value::fits_small(r)) return Value::small_int(r);
    }
    return int_add(a, b);
}
inline Value vm_int_sub(Value a, Value b) {
    if (a.is_int() && b.is_int()) {
        int64_t r = a.as_int() - b.as_int();
        if (Value::fits_small(r)) return Value::small_int(r);
    }
    return int_sub(a, b);
}
inline Value vm_int_mul(Value a, Value b) {
    int64_t r;
    if (a.is_int() && b.is_int() && !__builtin_mul_overflow(a.as_int(), b.as_int(), &r) &&
        Value::fits_small(r))
        return Value::small_int(r);
    return int_mul(a, b);
}
// BINARY_OP_EXTEND's float arithmetic (op: NB_ADD, NB_SUBTRACT,
// NB_MULTIPLY or NB_TRUE_DIVIDE) on exact floats and small ints, as
// float.__add__ and friends compute it: false, with nothing done, for other
// operands, two ints (but for a division), ints that a double does not hold
// exactly (|i| >= 2^53: int/int must round the exact quotient once) and a
// zero divisor (the generic path raises ZeroDivisionError).
inline bool vm_float_operand(Value v, double* out) {
    constexpr int64_t k = int64_t(1) << 53;
    if (v.is_inline_float()) {
        *out = v.inline_float();
        return true;
    }
    if (v.is_int()) {
        int64_t i = v.as_int();
        *out = static_cast<double>(i);
        return i > -k && i < k;
    }
    if (v.is_ptr() && v.as_ptr()->type == &FloatType) {
        *out = static_cast<FloatObject*>(v.as_ptr())->value;
        return true;
    }
    return false;
}
inline bool vm_float_arith(int op, Value a, Value b, double* out) {
    double x, y;
    if (!vm_float_operand(a, &x) || !vm_float_operand(b, &y)) return false;
    switch (op) {
    case NB_TRUE_DIVIDE:
        if (y == 0.0) return false;
        *out = x / y;
        return true;
    case NB_ADD: *out = x + y; break;
    case NB_SUBTRACT: *out = x - y; break;
    default: *out = x * y; break; // NB_MULTIPLY
    }
    return !(a.is_int() && b.is_int());
}
// STORE_ATTR_INSTANCE_VALUE(_POLY): [value] into inline value [index] of
// [o], an instance whose attributes are its inline values. False, with
// nothing stored, when the name was deleted from the instance (adding it
// back out of order needs a dict) or [index] is past the values' capacity:
// the generic path decides.
inline bool vm_store_inline_value(Object* o, uint32_t index, Value value) {
    Value* values = inline_values(o);
    if (index < inline_values_count(o)) {
        if (values[index].is_null()) return false;
    } else {
        if (index >= inline_values_capacity(o)) return false;
        set_inline_values_count(o, index + 1u);
    }
    values[index] = value;
    return true;
}
// UNARY_NEGATIVE's common operands without a call: small ints (but the
// smallest, whose negation is not small) and inline floats (negation keeps
// the exponent, so the result is inline too).
inline Value vm_unary_negative(Value v) {
    if (v.is_int() && v.as_int() != Value::kSmallMin) return Value::small_int(-v.as_int());
    if (v.is_inline_float()) return make_float(-v.inline_float());
    return unary_negative(v);
}
template <typename T> inline bool compare_values(T a, T b, int cmp) {
    switch (cmp) {
    case CMP_LT: return a < b;
    case CMP_LE: return a <= b;
    case CMP_EQ: return a == b;
    case CMP_NE: return a != b;
    case CMP_GT: return a > b;
    default: return a >= b;
    }
}
inline bool compare_int64(int64_t a, int64_t b, int cmp) {
    return compare_values(a, b, cmp);
}
inline bool compare_double(double a, double b, int cmp) {
    return compare_values(a, b, cmp);
}
// d[key] for an exact dict: KeyError when missing.
Value vm_dict_subscript(Value dict, Value key);
int vm_store_slice(Value container, Value start, Value stop, Value v);

// Collections.
Value vm_build_set(const Value* values, size_t n);
Value vm_build_map(const Value* values, size_t n);
Value vm_build_string(const Value* pieces, size_t n);
int vm_list_extend(Value list, Value iterable);
int vm_dict_update(Value dict, Value update);
int vm_dict_merge(Value callable, Value dict, Value update);
int vm_unpack_sequence(Value seq, int n, Value* out);
int vm_unpack_ex(Value seq, int before, int after, Value* out);

// Names and attributes.
Value vm_load_name(Frame* frame, Value name);
int vm_store_name(Frame* frame, Value name, Value v);
int vm_delete_name(Frame* frame, Value name);
Value vm_load_global(Frame* frame, Value name);
int vm_delete_global(Frame* frame, Value name);
Value vm_load_from_dict_or_deref(Frame* frame, Value dict, int index);
Value vm_load_from_dict_or_globals(Frame* frame, Value dict, Value name);
// LOAD_ATTR's method form: returns the callable; *self_slot gets self when
// the callable is an unbound function that needs it, null otherwise.
Value vm_load_method(Value owner, Value name, Value* self_slot);
Value vm_load_super_attr(Value global_super, Value cls, Value self, Value name, int oparg,
                         Value* null_slot);
int vm_load_special(Value owner, int which, Value* method_and_self);
// super(cls, self).name for an instance [self] of [cls]. With [self_slot]
// (the method form), a function found along the MRO is returned unbound and
// *self_slot keeps self; otherwise *self_slot is set to null and the
// attribute is bound as usual.
Value vm_super_lookup(Value cls, Value self, Value name, Value* self_slot);

// Calls.
Value vm_call_function_ex(Value func, Value callargs, Value kwargs);
Value vm_call_intrinsic_1(Frame* frame, int which, Value v);
Value vm_call_intrinsic_2(Frame* frame, int which, Value v2, Value v1);
void vm_set_function_attribute(Value func, int flag, Value attr);
Value vm_load_build_class(Frame* frame);
Value vm_common_constant(int which);

// Imports and annotations.
Value vm_import_name(Frame* frame, Value name, Value fromlist, Value level);
Value vm_import_from(Value module, Value name);
int vm_setup_annotations(Frame* frame);

// Pattern matching.
bool vm_match_mapping(Value subject);
bool vm_match_sequence(Value subject);
Value vm_match_keys(Value subject, Value keys);
Value vm_match_class(Value subject, Value type, int nargs, Value names);

} // namespace uopy::vm
