// Tier-1 specializers (see specialize.h). Each one either rewrites the
// instruction to a specialized form and sets its counter to the cool-down
// (so a specialized form that starts missing is given 53 misses before the
// next attempt), or restores the generic form with an exponentially longer
// countdown.
#include "vm/specialize.h"

#include <cmath>

#include "optimizer/optimizer.h"

#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/instance_values.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/misc.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/interp.h"
#include "runtime/type.h"
#include "vm/backoff.h"
#include "vm/ceval_helpers.h"
#include "vm/generated/opcode_ids.h"
#include "vm/generated/opcode_metadata.h"

#include <cstdio>
#include <cstring>

namespace uopy::vm {

bool g_specialization_enabled = true;
SpecializationStats* g_specialization_stats = nullptr;

void enable_specialization_stats() {
    if (!g_specialization_stats) g_specialization_stats = new SpecializationStats();
}

// One block per family that did anything: attempts that succeeded (by
// specialized form) and failed (by reason), and how often each specialized
// form ran (hits) and left for the generic path (misses).
void print_specialization_stats(FILE* out) {
    SpecializationStats* s = g_specialization_stats;
    if (!s) return;
    std::fprintf(out, "Specialization statistics (-X specialization-stats)\n");
    for (int head = 0; head < 256; head++) {
        if (opcode_deopt[head] != head || !opcode_names[head]) continue;
        uint64_t succeeded = 0, hits = 0, misses = 0;
        for (int op = 0; op < 256; op++) {
            if (opcode_deopt[op] != head || op == head) continue;
            succeeded += s->successes[op];
            hits += s->hits[op];
            misses += s->misses[op];
        }
        if (!succeeded && !s->failures[head]) continue;
        std::fprintf(out, "%s: %llu specialized, %llu failed, %llu hits, %llu misses\n",
                     opcode_names[head], static_cast<unsigned long long>(succeeded),
                     static_cast<unsigned long long>(s->failures[head]),
                     static_cast<unsigned long long>(hits),
                     static_cast<unsigned long long>(misses));
        for (int op = 0; op < 256; op++) {
            if (opcode_deopt[op] != head || op == head) continue;
            if (!s->successes[op] && !s->hits[op] && !s->misses[op]) continue;
            std::fprintf(out, "    %-32s %8llu specialized %12llu hits %10llu misses\n",
                         opcode_names[op], static_cast<unsigned long long>(s->successes[op]),
                         static_cast<unsigned long long>(s->hits[op]),
                         static_cast<unsigned long long>(s->misses[op]));
        }
        for (auto& [reason, n] : s->failure_reasons[head])
            std::fprintf(out, "    failure: %-26s %8llu\n", reason.c_str(),
                         static_cast<unsigned long long>(n));
    }
}

void quicken(CodeObject* co) {
    for (size_t i = 0; i < co->ncodeunits;) {
        int op = co->code[i].op.code;
        int caches = opcode_cache_size[op];
        // The first cache entry of an adaptive instruction is its counter.
        // JUMP_BACKWARD's counts towards tier 2; a branch's holds its
        // history (vm/ceval.cpp RECORD_BRANCH_TAKEN).
        if (caches > 0 && opcode_deopt[op] == op) {
            if (op == JUMP_BACKWARD)
                co->code[i + 1].counter = g_jump_backward_initial;
            else if (op == POP_JUMP_IF_FALSE || op == POP_JUMP_IF_TRUE || op == POP_JUMP_IF_NONE ||
                     op == POP_JUMP_IF_NOT_NONE)
                co->code[i + 1].cache = 0;
            else
                co->code[i + 1].counter = kAdaptiveWarmup;
        }
        i += 1 + caches;
    }
}

// -- Outcomes ---------------------------------------------------------------------------------

static void specialize(CodeUnit* instr, int specialized_op) {
    if (g_specialization_stats) g_specialization_stats->successes[specialized_op]++;
    instr->op.code = static_cast<uint8_t>(specialized_op);
    instr[1].counter = kAdaptiveCooldown;
}

// Back to the family's generic form, with a longer countdown before trying again.
static void unspecialize(CodeUnit* instr) {
    instr->op.code = static_cast<uint8_t>(opcode_deopt[instr->op.code]);
    instr[1].counter = restart_backoff_counter(instr[1].counter);
}

// A failed attempt, counted by family and [reason] for -X specialization-stats.
static void fail(CodeUnit* instr, const char* reason) {
    if (g_specialization_stats) {
        int head = opcode_deopt[instr->op.code];
        g_specialization_stats->failures[head]++;
        g_specialization_stats->failure_reasons[head][reason]++;
    }
    unspecialize(instr);
}

// Hints, indexes and LOAD_GLOBAL's versions live in single cache units.
static bool fits_u16(uint64_t v) {
    return v <= 0xFFFF;
}

// Cache entries wider than one unit (versions, pointers).
static void write_u32(CodeUnit* at, uint32_t v) {
    std::memcpy(at, &v, sizeof v);
}
static void write_u64(CodeUnit* at, uint64_t v) {
    std::memcpy(at, &v, sizeof v);
}
static uint32_t read_u32_at(const CodeUnit* at) {
    uint32_t v;
    std::memcpy(&v, at, sizeof v);
    return v;
}
static uint64_t read_u64_at(const CodeUnit* at) {
    uint64_t v;
    std::memcpy(&v, at, sizeof v);
    return v;
}

// -- BINARY_OP_EXTEND's table ------------------------------------------------------------------

// Float arithmetic with a small-int operand, and true division (of floats,
// or of small ints a double holds exactly): an entry matches exactly the
// operands vm_float_arith, which BINARY_OP_EXTEND runs inline for these
// entries, computes.
template <int OP> static bool float_arith_operands(Value a, Value b) {
    double r;
    return vm_float_arith(OP, a, b, &r);
}
template <int OP> static Value float_arith(Value a, Value b) {
    double r = 0.0; // (set: the entry's guard accepted the operands)
    vm_float_arith(OP, a, b, &r);
    return make_float(r);
}

static bool small_ints(Value a, Value b) {
    return a.is_int() && b.is_int();
}
static bool small_ints_nonzero_divisor(Value a, Value b) {
    return a.is_int() && b.is_int() && b.as_int() != 0;
}
// x ** y where libm's pow() is exactly what float.__pow__ computes: a
// positive finite base (a negative one with a fractional exponent gives a
// complex in Python), a finite exponent; or any finite base to a small int
// power but 0 to a negative one (ZeroDivisionError).
static bool float_pow_operands(Value a, Value b) {
    if (!is_exact_float(a)) return false;
    double x = float_value(a);
    if (!std::isfinite(x)) return false;
    if (b.is_int()) return x != 0.0 || b.as_int() >= 0;
    if (!is_exact_float(b) || !std::isfinite(float_value(b))) return false;
    return x > 0.0;
}
static Value float_pow(Value a, Value b) {
    double x = float_value(a);
    double y = b.is_int() ? static_cast<double>(b.as_int()) : float_value(b);
    double r = std::pow(x, y);
    // Overflow: the generic path raises OverflowError as CPython does.
    if (__builtin_expect(std::isinf(r), 0)) return binary_op(a, b, NB_POWER);
    return make_float(r);
}

// bytes[i] and bytearray[i] with a small int index, exact types: the byte as
// a small int; out of range goes to the generic path (IndexError).
static bool byte_string_and_small_int(Value a, Value b) {
    if (!b.is_int() || !a.is_ptr()) return false;
    Type* t = a.as_ptr()->type;
    return t == &BytesType || t == &ByteArrayType;
}
static Value byte_string_index(Value a, Value b) {
    int64_t i = b.as_int();
    bool is_array = a.as_ptr()->type == &ByteArrayType;
    size_t n = is_array ? static_cast<ByteArrayObject*>(a.as_ptr())->size
                        : static_cast<BytesObject*>(a.as_ptr())->size;
    if (i < 0) i += static_cast<int64_t>(n);
    if (__builtin_expect(i < 0 || static_cast<uint64_t>(i) >= n, 0))
        return binary_op(a, b, NB_SUBSCR);
    const char* data = is_array ? static_cast<ByteArrayObject*>(a.as_ptr())->data
                                : static_cast<BytesObject*>(a.as_ptr())->data;
    return Value::small_int(static_cast<unsigned char>(data[i]));
}

template <int OP> static Value small_int_op(Value a, Value b) {
    int64_t x = a.as_int(), y = b.as_int();
    switch (OP) {
    case NB_AND: return Value::small_int(x & y);
    case NB_OR: return Value::small_int(x | y);
    case NB_XOR: return Value::small_int(x ^ y);
    // The guard rules out a zero divisor, so these cannot fail.
    case NB_FLOOR_DIVIDE: return int_floordiv(a, b);
    default: return int_mod(a, b); // NB_REMAINDER
    }
}

static const BinaryOpExtension kBinaryOpExtensions[] = {
    {NB_ADD, float_arith_operands<NB_ADD>, float_arith<NB_ADD>, true},
    {NB_SUBTRACT, float_arith_operands<NB_SUBTRACT>, float_arith<NB_SUBTRACT>, true},
    {NB_MULTIPLY, float_arith_operands<NB_MULTIPLY>, float_arith<NB_MULTIPLY>, true},
    {NB_TRUE_DIVIDE, float_arith_operands<NB_TRUE_DIVIDE>, float_arith<NB_TRUE_DIVIDE>, true},
    {NB_POWER, float_pow_operands, float_pow},
    {NB_SUBSCR, byte_string_and_small_int, byte_string_index},
    {NB_AND, small_ints, small_int_op<NB_AND>},
    {NB_OR, small_ints, small_int_op<NB_OR>},
    {NB_XOR, small_ints, small_int_op<NB_XOR>},
    {NB_FLOOR_DIVIDE, small_ints_nonzero_divisor, small_int_op<NB_FLOOR_DIVIDE>},
    {NB_REMAINDER, small_ints_nonzero_divisor, small_int_op<NB_REMAINDER>},
};

static const BinaryOpExtension* find_binary_op_extension(int op, Value lhs, Value rhs) {
    for (const BinaryOpExtension& e : kBinaryOpExtensions)
        if (e.op == op && e.guard(lhs, rhs)) return &e;
    return nullptr;
}

// -- BINARY_OP --------------------------------------------------------------------------------

void vm_specialize_binary_op(Value lhs, Value rhs, CodeUnit* instr, int oparg) {
    if (!g_specialization_enabled) return fail(instr, "off");
    int base = oparg >= NB_INPLACE_OFFSET && oparg != NB_SUBSCR ? oparg - NB_INPLACE_OFFSET : oparg;
    bool ints = is_exact_int(lhs) && is_exact_int(rhs);
    bool floats = is_exact_float(lhs) && is_exact_float(rhs);
    switch (base) {
    case NB_ADD:
        if (ints) return specialize(instr, BINARY_OP_ADD_INT);
        if (floats) return specialize(instr, BINARY_OP_ADD_FLOAT);
        if (is_exact_str(lhs) && is_exact_str(rhs)) return specialize(instr, BINARY_OP_ADD_UNICODE);
        break;
    case NB_SUBTRACT:
        if (ints) return specialize(instr, BINARY_OP_SUBTRACT_INT);
        if (floats) return specialize(instr, BINARY_OP_SUBTRACT_FLOAT);
        break;
    case NB_MULTIPLY:
        if (ints) return specialize(instr, BINARY_OP_MULTIPLY_INT);
        if (floats) return specialize(instr, BINARY_OP_MULTIPLY_FLOAT);
        break;
    case NB_SUBSCR:
        if (is_exact_list(lhs) && rhs.is_int() && rhs.as_int() >= 0)
            return specialize(instr, BINARY_OP_SUBSCR_LIST_INT);
        if (is_exact_tuple(lhs) && rhs.is_int() && rhs.as_int() >= 0)
            return specialize(instr, BINARY_OP_SUBSCR_TUPLE_INT);
        if (is_exact_str(lhs) && str_is_ascii(lhs) && rhs.is_int() && rhs.as_int() >= 0)
            return specialize(instr, BINARY_OP_SUBSCR_STR_INT);
        if (is_exact_dict(lhs)) return specialize(instr, BINARY_OP_SUBSCR_DICT);
        break;
    default: break;
    }
    if (const BinaryOpExtension* ext = find_binary_op_extension(base, lhs, rhs)) {
        write_u64(&instr[2], reinterpret_cast<uint64_t>(ext));
        return specialize(instr, BINARY_OP_EXTEND);
    }
    fail(instr, "operand types");
}

// -- COMPARE_OP -------------------------------------------------------------------------------

// Whether the instruction at [instr] (with [cache] cache units) is followed
// by a conditional jump on its result: then its *_JUMP form applies.
static bool branch_follows(const CodeUnit* instr, int cache) {
    int next = instr[1 + cache].op.code;
    return next == POP_JUMP_IF_FALSE || next == POP_JUMP_IF_TRUE;
}

void vm_specialize_compare_op(Value left, Value right, CodeUnit* instr, int oparg) {
    if (!g_specialization_enabled) return fail(instr, "off");
    bool jump = branch_follows(instr, INLINE_CACHE_ENTRIES_COMPARE_OP);
    if (left.is_int() && right.is_int())
        return specialize(instr, jump ? COMPARE_OP_INT_JUMP : COMPARE_OP_INT);
    if (is_exact_float(left) && is_exact_float(right))
        return specialize(instr, jump ? COMPARE_OP_FLOAT_JUMP : COMPARE_OP_FLOAT);
    int cmp = oparg >> 5;
    if (is_exact_str(left) && is_exact_str(right) && (cmp == CMP_EQ || cmp == CMP_NE))
        return specialize(instr, jump ? COMPARE_OP_STR_JUMP : COMPARE_OP_STR);
    fail(instr, "operand types");
}

// -- TO_BOOL, STORE_SUBSCR, CONTAINS_OP ---------------------------------------------------

void vm_specialize_to_bool(Value value, CodeUnit* instr) {
    if (!g_specialization_enabled) return fail(instr, "off");
    bool jump = branch_follows(instr, INLINE_CACHE_ENTRIES_TO_BOOL);
    if (is_bool(value)) return specialize(instr, jump ? TO_BOOL_BOOL_JUMP : TO_BOOL_BOOL);
    if (is_exact_int(value)) return specialize(instr, jump ? TO_BOOL_INT_JUMP : TO_BOOL_INT);
    if (is_exact_list(value)) return specialize(instr, jump ? TO_BOOL_LIST_JUMP : TO_BOOL_LIST);
    if (is_none(value)) return specialize(instr, jump ? TO_BOOL_NONE_JUMP : TO_BOOL_NONE);
    if (is_exact_str(value)) return specialize(instr, jump ? TO_BOOL_STR_JUMP : TO_BOOL_STR);
    // An instance of a class without __bool__ and __len__.
    Type* t = type_of(value);
    if ((t->flags & TYPE_HEAP) && !t->nb_bool && !t->len) {
        uint32_t version = assign_type_version(t);
        if (!version) return fail(instr, "no type version");
        write_u32(&instr[2], version);
        return specialize(instr, jump ? TO_BOOL_ALWAYS_TRUE_JUMP : TO_BOOL_ALWAYS_TRUE);
    }
    fail(instr, "operand type");
}

void vm_specialize_store_subscr(Value container, Value sub, CodeUnit* instr) {
    if (!g_specialization_enabled) return fail(instr, "off");
    if (is_exact_list(container) && sub.is_int() && sub.as_int() >= 0)
        return specialize(instr, STORE_SUBSCR_LIST_INT);
    if (is_exact_dict(container)) return specialize(instr, STORE_SUBSCR_DICT);
    fail(instr, "container type");
}

void vm_specialize_contains_op(Value container, CodeUnit* instr) {
    if (!g_specialization_enabled) return fail(instr, "off");
    bool jump = branch_follows(instr, INLINE_CACHE_ENTRIES_CONTAINS_OP);
    if (is_exact_set_or_frozenset(container))
        return specialize(instr, jump ? CONTAINS_OP_SET_JUMP : CONTAINS_OP_SET);
    if (is_exact_dict(container))
        return specialize(instr, jump ? CONTAINS_OP_DICT_JUMP : CONTAINS_OP_DICT);
    fail(instr, "container type");
}

// -- FOR_ITER, UNPACK_SEQUENCE ----------------------------------------------------------------

void vm_specialize_for_iter(Value iter, CodeUnit* instr) {
    if (!g_specialization_enabled || !iter.is_ptr()) return fail(instr, "off or unusual operand");
    Type* t = iter.as_ptr()->type;
    if (t == &ListIterType) return specialize(instr, FOR_ITER_LIST);
    if (t == &TupleIterType) return specialize(instr, FOR_ITER_TUPLE);
    if (t == &RangeIterType && static_cast<RangeIterObject*>(iter.as_ptr())->remaining >= 0)
        return specialize(instr, FOR_ITER_RANGE);
    if (t == &GeneratorType) return specialize(instr, FOR_ITER_GEN);
    fail(instr, "iterator type");
}

void vm_specialize_unpack_sequence(Value seq, CodeUnit* instr, int oparg) {
    if (!g_specialization_enabled) return fail(instr, "off");
    if (is_exact_tuple(seq) && tuple_size(seq) == static_cast<size_t>(oparg))
        return specialize(instr, oparg == 2 ? UNPACK_SEQUENCE_TWO_TUPLE : UNPACK_SEQUENCE_TUPLE);
    if (is_exact_list(seq) && list_size(seq) == static_cast<size_t>(oparg))
        return specialize(instr, UNPACK_SEQUENCE_LIST);
    fail(instr, "sequence type or length");
}

// -- CALL -------------------------------------------------------------------------------------

// Instances that object.__new__ allocates whole (no var-size base).
static bool plain_layout_for_init(Type* t) {
    return t->item_size == 0 && t->dict_offset != DICT_AT_END;
}

static void specialize_python_call(FunctionObject* f, int nargs, bool bound, CodeUnit* instr) {
    write_u32(&instr[2], f->version);
    if (vm_exact_args_function(f, nargs))
        return specialize(instr, bound ? CALL_BOUND_METHOD_EXACT_ARGS : CALL_PY_EXACT_ARGS);
    specialize(instr, bound ? CALL_BOUND_METHOD_GENERAL : CALL_PY_GENERAL);
}

// A class whose instances come from object.__new__ and a plain Python
// __init__ taking the call's arguments.
static void specialize_class_call(Type* cls, CodeUnit* instr, int oparg) {
    if (!(cls->flags & TYPE_HEAP)) return specialize(instr, CALL_BUILTIN_CLASS);
    if (cls->tp_new != ObjectType.tp_new || !plain_layout_for_init(cls))
        return specialize(instr, CALL_NON_PY_GENERAL);
    Value init = type_lookup(cls, intern("__init__"));
    if (!is_function(init)) return specialize(instr, CALL_NON_PY_GENERAL);
    (void)oparg;
    uint32_t version = assign_type_version(cls);
    if (!version) return fail(instr, "no type version");
    cls->spec_init = init;
    record_init_code(version, as_function(init)->code);
    write_u32(&instr[2], version);
    specialize(instr, CALL_ALLOC_AND_ENTER_INIT);
}

void vm_specialize_call(Value callable, Value self_or_null, CodeUnit* instr, int oparg) {
    if (!g_specialization_enabled || !callable.is_ptr())
        return fail(instr, "off or unusual operand");
    bool has_self = !self_or_null.is_null();
    int total = oparg + (has_self ? 1 : 0);
    Type* t = callable.as_ptr()->type;
    if (t == &TypeType && !has_self && callable != Value(&TypeType) &&
        callable != Value(&StrType) && callable != Value(&TupleType))
        return specialize_class_call(static_cast<Type*>(callable.as_ptr()), instr, oparg);
    if (t == &FunctionType)
        return specialize_python_call(as_function(callable), total, false, instr);
    if (t == &MethodType && !has_self) {
        Value func = static_cast<MethodObject*>(callable.as_ptr())->func;
        if (is_function(func))
            return specialize_python_call(as_function(func), oparg + 1, true, instr);
        return fail(instr, "callable kind");
    }
    if (t == &FunctionType || t == &MethodType) return fail(instr, "callable kind");
    if (!has_self) {
        if (callable == g_interp->callable_cache.len && oparg == 1)
            return specialize(instr, CALL_LEN);
        if (callable == g_interp->callable_cache.isinstance && oparg == 2)
            return specialize(instr, CALL_ISINSTANCE);
        if (callable == Value(&TypeType) && oparg == 1) return specialize(instr, CALL_TYPE_1);
        if (callable == Value(&StrType) && oparg == 1) return specialize(instr, CALL_STR_1);
        if (callable == Value(&TupleType) && oparg == 1) return specialize(instr, CALL_TUPLE_1);
    }
    if (t == &BuiltinFunctionType) {
        uint32_t flags = static_cast<BuiltinFunctionObject*>(callable.as_ptr())->def->flags;
        if (flags & NATIVE_O)
            return specialize(instr, total == 1 ? CALL_BUILTIN_O : CALL_NON_PY_GENERAL);
        if (flags & NATIVE_NOARGS) return specialize(instr, CALL_NON_PY_GENERAL);
        return specialize(instr, (flags & NATIVE_KEYWORDS) ? CALL_BUILTIN_FAST_WITH_KEYWORDS
                                                           : CALL_BUILTIN_FAST);
    }
    if (t == &MethodDescriptorType && has_self) {
        auto* d = static_cast<MethodDescriptorObject*>(callable.as_ptr());
        if (type_of(self_or_null) != d->owner) return fail(instr, "self of another type");
        if (callable == g_interp->callable_cache.list_append && oparg == 1)
            return specialize(instr, CALL_LIST_APPEND);
        if (d->def->flags & NATIVE_NOARGS)
            return specialize(instr,
                              oparg == 0 ? CALL_METHOD_DESCRIPTOR_NOARGS : CALL_NON_PY_GENERAL);
        if (d->def->flags & NATIVE_O)
            return specialize(instr, oparg == 1 ? CALL_METHOD_DESCRIPTOR_O : CALL_NON_PY_GENERAL);
        return specialize(instr, (d->def->flags & NATIVE_KEYWORDS)
                                     ? CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS
                                     : CALL_METHOD_DESCRIPTOR_FAST);
    }
    specialize(instr, CALL_NON_PY_GENERAL);
}

// CALL_KW: Python functions and bound methods by version, anything else
// through its call slot.
void vm_specialize_call_kw(Value callable, Value self_or_null, CodeUnit* instr) {
    if (!g_specialization_enabled || !callable.is_ptr())
        return fail(instr, "off or unusual operand");
    Type* t = callable.as_ptr()->type;
    if (t == &FunctionType) {
        write_u32(&instr[2], as_function(callable)->version);
        return specialize(instr, CALL_KW_PY);
    }
    if (t == &MethodType) {
        Value func = static_cast<MethodObject*>(callable.as_ptr())->func;
        if (!self_or_null.is_null() || !is_function(func)) return fail(instr, "callable kind");
        write_u32(&instr[2], as_function(func)->version);
        return specialize(instr, CALL_KW_BOUND_METHOD);
    }
    specialize(instr, CALL_KW_NON_PY);
}

// -- LOAD_ATTR / STORE_ATTR ---------------------------------------------------------------------
// Cache units: [1] counter, [2..3] type version (or a module dict's keys
// version), [4] hint / index, [6..9] descr (a Value's bits: the object stays
// alive as long as the type's dict holds it, which the version guards).

// An instance whose attribute lookup is object.__getattribute__'s.
static bool generic_attributes(Type* t) {
    return t->getattr == ObjectType.getattr;
}

// An ordinary instance dict slot (none, or at a fixed offset).
static bool plain_dict_layout(Type* t) {
    return t->dict_offset != DICT_AT_END;
}

static void specialize_module_attr(Value owner, CodeUnit* instr, Value name) {
    Dict* d = as_module(owner)->dict;
    int64_t index = dict_lookup_index(d, name, str_hash(name));
    if (index < 0 || !fits_u16(static_cast<uint64_t>(index)))
        return fail(instr, "attribute not found");
    write_u32(&instr[2], dict_keys_version(d));
    instr[4].cache = static_cast<uint16_t>(index);
    specialize(instr, LOAD_ATTR_MODULE);
}

static void specialize_class_attr(Value owner, CodeUnit* instr, Value name) {
    Type* cls = static_cast<Type*>(owner.as_ptr());
    // The metaclass must not have a say: exactly `type`, and no data
    // descriptor of that name on it (__name__, __doc__, ...).
    if (type_of(owner) != &TypeType || type_lookup(&TypeType, name))
        return fail(instr, "metaclass");
    Value descr = type_lookup(cls, name);
    if (!descr) return fail(instr, "no such attribute");
    Type* dt = type_of(descr);
    // A function's __get__ with no instance returns the function itself.
    if (dt->descr_get && dt != &FunctionType) return fail(instr, "descriptor");
    uint32_t version = assign_type_version(cls);
    if (!version) return fail(instr, "no type version");
    write_u32(&instr[2], version);
    write_u64(&instr[6], descr.raw());
    specialize(instr, LOAD_ATTR_CLASS);
}

// -- Polymorphic attribute loads --------------------------------------------------------

// A new side table for a site of [code] (zeroed, so every entry unused);
// [*index] is its place in code->spec_tables.
static AttrPolyCache* new_attr_poly_cache(CodeObject* code, size_t* index) {
    if (!code->spec_tables) {
        code->spec_tables = make_list(0);
        if (!code->spec_tables) return nullptr;
    }
    char* mem = gc_alloc_bytes(sizeof(AttrPolyCache));
    if (!mem) return nullptr;
    // The list holds the buffer object (its header precedes the payload).
    *index = list_size(code->spec_tables);
    if (!list_append(code->spec_tables, Value(reinterpret_cast<Object*>(mem) - 1))) return nullptr;
    return reinterpret_cast<AttrPolyCache*>(mem);
}

// Records [entry] in the table: over an entry of the same class (its
// earlier state missed for another reason), else in a free one, else over
// the entries in turn.
static void attr_poly_add(AttrPolyCache* c, const AttrPolyEntry& entry) {
    for (AttrPolyEntry& e : c->entries)
        if (e.type_version == entry.type_version || e.type_version == 0) {
            e = entry;
            return;
        }
    c->entries[c->replace_next++ % AttrPolyCache::kEntries] = entry;
}

// The table of a site going polymorphic, with [entry] added: [existing]
// (the site was polymorphic already), else a new one holding [old], what the
// monomorphic form that missed had cached (*index: its place in
// code->spec_tables). Null when the site should stay monomorphic: [old] is
// the same class (it missed for another reason) or the table could not be
// made.
static AttrPolyCache* attr_poly_table(CodeObject* code, AttrPolyCache* existing,
                                      const AttrPolyEntry& old, const AttrPolyEntry& entry,
                                      size_t* index) {
    AttrPolyCache* c = existing;
    if (!c) {
        if (old.type_version == entry.type_version || old.type_version == 0) return nullptr;
        c = new_attr_poly_cache(code, index);
        if (!c) {
            err_clear(); // (a failed allocation only costs the specialization)
            return nullptr;
        }
        attr_poly_add(c, old);
    }
    attr_poly_add(c, entry);
    return c;
}

// LOAD_ATTR's cache: counter, type_version/2 at [2], index or keys version
// at [4], descr/4 at [6]; the polymorphic forms' side table is at [6].
// A site specialized to [mono] (LOAD_ATTR_INSTANCE_VALUE or
// LOAD_ATTR_METHOD_WITH_VALUES) that misses and would specialize to the same
// form for another class becomes [poly], keeping both. [prev] is the
// instruction as it was (the form that missed), [entry] the new class's.
// Returns false to specialize monomorphically as before.
static bool specialize_attr_poly(CodeObject* code, CodeUnit* instr, const CodeUnit* prev, int mono,
                                 int poly, const AttrPolyEntry& entry) {
    int was = prev[0].op.code;
    if (was != mono && was != poly) return false;
    AttrPolyCache* existing =
        was == poly ? reinterpret_cast<AttrPolyCache*>(read_u64_at(&prev[6])) : nullptr;
    AttrPolyEntry old{read_u32_at(&prev[2]), 0, 0};
    if (mono == LOAD_ATTR_INSTANCE_VALUE) {
        old.payload = prev[4].cache;
    } else {
        old.keys_version = read_u32_at(&prev[4]);
        old.payload = read_u64_at(&prev[6]);
    }
    size_t index;
    AttrPolyCache* c = attr_poly_table(code, existing, old, entry, &index);
    if (!c) return false;
    write_u64(&instr[6], reinterpret_cast<uint64_t>(c));
    specialize(instr, poly);
    return true;
}

void vm_specialize_load_attr(CodeObject* code, Value owner, CodeUnit* instr, Value name,
                             int oparg) {
    // The instruction as it was, before this specialization writes its cache.
    CodeUnit prev[1 + INLINE_CACHE_ENTRIES_LOAD_ATTR];
    std::memcpy(prev, instr, sizeof prev);
    if (!g_specialization_enabled || !is_exact_str(name))
        return fail(instr, "off or unusual operand");
    Type* t = type_of(owner);
    if (t == &ModuleType) return specialize_module_attr(owner, instr, name);
    if (t == &TypeType) return specialize_class_attr(owner, instr, name);
    if (!owner.is_ptr() || !generic_attributes(t) || !plain_dict_layout(t))
        return fail(instr, "custom attribute access");
    uint32_t version = assign_type_version(t);
    if (!version) return fail(instr, "no type version");
    write_u32(&instr[2], version);
    Value descr = type_lookup(t, name);
    Type* dt = descr ? type_of(descr) : nullptr;
    Dict* d = t->dict_offset ? *instance_dict_at(owner) : nullptr;
    // Inline values: the instance has no dict, its attributes are values.
    bool values = !d && (t->flags & TYPE_INLINE_VALUES);
    int key = values ? shared_keys_index(t->shared_keys, name) : -1;
    // A class attribute read through an instance with inline values: the
    // instance cannot shadow it while the keys lack the name (their version
    // is the guard).
    auto specialize_with_values = [&](int form) {
        if (key >= 0) return fail(instr, "name in shared keys");
        write_u32(&instr[4], t->shared_keys->version);
        specialize(instr, form);
    };
    bool method_form = oparg & 1;
    if (method_form && descr && (dt->flags & TYPE_METHOD_DESCRIPTOR)) {
        write_u64(&instr[6], descr.raw());
        if (!t->dict_offset) return specialize(instr, LOAD_ATTR_METHOD_NO_DICT);
        if (values && key < 0 &&
            specialize_attr_poly(code, instr, prev, LOAD_ATTR_METHOD_WITH_VALUES,
                                 LOAD_ATTR_METHOD_WITH_VALUES_POLY,
                                 {version, t->shared_keys->version, descr.raw()}))
            return;
        if (values) return specialize_with_values(LOAD_ATTR_METHOD_WITH_VALUES);
        if (!d) return specialize(instr, LOAD_ATTR_METHOD_LAZY_DICT);
        if (dict_get_str(d, name)) return fail(instr, "shadowed by instance dict");
        return specialize(instr, LOAD_ATTR_METHOD_WITH_DICT);
    }
    if (descr && dt->descr_set) {
        // Data descriptors win over the instance dict.
        if (dt == &MemberDescriptorType) {
            size_t offset = static_cast<MemberDescriptorObject*>(descr.as_ptr())->offset;
            if (offset % sizeof(Value) || !fits_u16(offset / sizeof(Value)))
                return fail(instr, "out of range");
            instr[4].cache = static_cast<uint16_t>(offset / sizeof(Value));
            return specialize(instr, LOAD_ATTR_SLOT);
        }
        if (dt == &PropertyType && !method_form) {
            Value fget = static_cast<PropertyObject*>(descr.as_ptr())->fget;
            if (!is_function(fget) || !vm_exact_args_function(as_function(fget), 1))
                return fail(instr, "property getter kind");
            write_u64(&instr[6], fget.raw());
            return specialize(instr, LOAD_ATTR_PROPERTY);
        }
        return fail(instr, "data descriptor");
    }
    if (values && key >= 0 && inline_values_get(owner.as_ptr(), name)) {
        if (specialize_attr_poly(code, instr, prev, LOAD_ATTR_INSTANCE_VALUE,
                                 LOAD_ATTR_INSTANCE_VALUE_POLY,
                                 {version, 0, static_cast<uint64_t>(key)}))
            return;
        instr[4].cache = static_cast<uint16_t>(key);
        return specialize(instr, LOAD_ATTR_INSTANCE_VALUE);
    }
    if (d) {
        int64_t index = dict_lookup_index(d, name, str_hash(name));
        if (index >= 0) {
            if (!fits_u16(static_cast<uint64_t>(index))) return fail(instr, "out of range");
            instr[4].cache = static_cast<uint16_t>(index);
            return specialize(instr, LOAD_ATTR_WITH_HINT);
        }
    }
    if (descr && !dt->descr_get && !method_form) {
        write_u64(&instr[6], descr.raw());
        if (values) return specialize_with_values(LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES);
        return specialize(instr, t->dict_offset ? LOAD_ATTR_NONDESCRIPTOR_WITH_DICT
                                                : LOAD_ATTR_NONDESCRIPTOR_NO_DICT);
    }
    fail(instr, "attribute kind");
}

// STORE_ATTR's cache (counter, type_version/2 at [2], index at [4]) has no
// room for a pointer: STORE_ATTR_INSTANCE_VALUE_POLY keeps its table's place
// in code->spec_tables at [2]. As specialize_attr_poly, for the store.
static bool specialize_store_attr_poly(CodeObject* code, CodeUnit* instr, const CodeUnit* prev,
                                       const AttrPolyEntry& entry) {
    int was = prev[0].op.code;
    if (was != STORE_ATTR_INSTANCE_VALUE && was != STORE_ATTR_INSTANCE_VALUE_POLY) return false;
    bool is_poly = was == STORE_ATTR_INSTANCE_VALUE_POLY;
    size_t index = prev[2].cache;
    AttrPolyCache* existing = is_poly ? spec_table_at(code, prev[2].cache) : nullptr;
    AttrPolyEntry old{read_u32_at(&prev[2]), 0, prev[4].cache};
    if (!is_poly && code->spec_tables && !fits_u16(list_size(code->spec_tables)))
        return false; // (its place would not fit the cache unit)
    if (!attr_poly_table(code, existing, old, entry, &index)) return false;
    instr[2].cache = static_cast<uint16_t>(index);
    specialize(instr, STORE_ATTR_INSTANCE_VALUE_POLY);
    return true;
}

void vm_specialize_store_attr(CodeObject* code, Value owner, CodeUnit* instr, Value name) {
    CodeUnit prev[1 + INLINE_CACHE_ENTRIES_STORE_ATTR];
    std::memcpy(prev, instr, sizeof prev);
    if (!g_specialization_enabled || !is_exact_str(name) || !owner.is_ptr())
        return fail(instr, "off or unusual operand");
    Type* t = type_of(owner);
    if (t->setattr != ObjectType.setattr || !plain_dict_layout(t))
        return fail(instr, "custom attribute access");
    uint32_t version = assign_type_version(t);
    if (!version) return fail(instr, "no type version");
    Value descr = type_lookup(t, name);
    if (descr && type_of(descr) == &MemberDescriptorType) {
        size_t offset = static_cast<MemberDescriptorObject*>(descr.as_ptr())->offset;
        if (offset % sizeof(Value) || !fits_u16(offset / sizeof(Value)))
            return fail(instr, "out of range");
        write_u32(&instr[2], version);
        instr[4].cache = static_cast<uint16_t>(offset / sizeof(Value));
        return specialize(instr, STORE_ATTR_SLOT);
    }
    if (descr && type_of(descr)->descr_set) return fail(instr, "data descriptor");
    if (!t->dict_offset) return fail(instr, "no instance dict");
    write_u32(&instr[2], version);
    Dict* d = *instance_dict_at(owner);
    if (!d && (t->flags & TYPE_INLINE_VALUES)) {
        // The generic store would add the name to the keys as well.
        int key = shared_keys_insert(t->shared_keys, name);
        if (key < 0) return fail(instr, "shared keys full");
        if (specialize_store_attr_poly(code, instr, prev, {version, 0, static_cast<uint64_t>(key)}))
            return;
        instr[4].cache = static_cast<uint16_t>(key);
        return specialize(instr, STORE_ATTR_INSTANCE_VALUE);
    }
    int64_t index = d ? dict_lookup_index(d, name, str_hash(name)) : -1;
    if (index >= 0 && fits_u16(static_cast<uint64_t>(index))) {
        instr[4].cache = static_cast<uint16_t>(index);
        return specialize(instr, STORE_ATTR_WITH_HINT);
    }
    specialize(instr, STORE_ATTR_INSTANCE_DICT);
}

void vm_specialize_send(Value receiver, CodeUnit* instr) {
    if (!g_specialization_enabled) return fail(instr, "off");
    if (is_generator(receiver)) return specialize(instr, SEND_GEN);
    fail(instr, "receiver type");
}

// -- LOAD_SUPER_ATTR ----------------------------------------------------------------------------

void vm_specialize_load_super_attr(Value global_super, Value cls, CodeUnit* instr, int oparg) {
    if (!g_specialization_enabled) return fail(instr, "off");
    if (global_super != Value(&SuperType)) return fail(instr, "super is not the builtin");
    if (!cls.is_ptr() || !(type_of(cls)->flags & TYPE_TYPE_SUBCLASS))
        return fail(instr, "class is not a type");
    specialize(instr, (oparg & 1) ? LOAD_SUPER_ATTR_METHOD : LOAD_SUPER_ATTR_ATTR);
}

// -- LOAD_GLOBAL ------------------------------------------------------------------------------

// LOAD_GLOBAL's cache holds 16-bit versions and index, as CPython's: a dict
// whose version or a name whose entry index does not fit is not specialized.

void vm_specialize_load_global(Frame* frame, CodeUnit* instr, Value name) {
    if (!g_specialization_enabled) return fail(instr, "off");
    if (!is_exact_dict(frame->globals) || !is_exact_dict(frame->builtins) || !is_exact_str(name))
        return fail(instr, "globals or builtins not a dict");
    Dict* globals = as_dict(frame->globals);
    Dict* builtins = as_dict(frame->builtins);
    int64_t hash = str_hash(name);
    int64_t index = dict_lookup_index(globals, name, hash);
    uint32_t gv = dict_keys_version(globals);
    if (index >= 0) {
        if (!fits_u16(static_cast<uint64_t>(index)) || !fits_u16(gv))
            return fail(instr, "out of range");
        instr[2].cache = static_cast<uint16_t>(gv);
        instr[4].cache = static_cast<uint16_t>(index);
        return specialize(instr, LOAD_GLOBAL_MODULE);
    }
    index = dict_lookup_index(builtins, name, hash);
    uint32_t bv = dict_keys_version(builtins);
    if (index < 0 || !fits_u16(static_cast<uint64_t>(index)) || !fits_u16(gv) || !fits_u16(bv))
        return fail(instr, "name not found");
    instr[2].cache = static_cast<uint16_t>(gv);
    instr[3].cache = static_cast<uint16_t>(bv);
    instr[4].cache = static_cast<uint16_t>(index);
    specialize(instr, LOAD_GLOBAL_BUILTIN);
}

} // namespace uopy::vm
