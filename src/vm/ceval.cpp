// The tier-1 dispatch loop. One loop runs every Python frame of a call
// chain: a call to a Python function pushes a frame and continues here, a
// return pops it (no C recursion). The instruction bodies come from
// bytecodes.def through the generated tier1_cases.inc; this file defines the
// macros they use, the error/unwind path and the frame transitions.
// CPython counterpart: Python/ceval.c and Python/ceval_macros.h.
#include "vm/ceval.h"

#include "objects/dict.h"
#include "objects/exceptions.h"
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
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/interp.h"
#include "runtime/type.h"
#include "optimizer/optimizer.h"
#include "vm/backoff.h"
#include "vm/ceval_helpers.h"
#include "vm/specialize.h"
#include "vm/generated/opcode_ids.h"
#include "vm/generated/opcode_metadata.h"
#include "vm/generated/uop_ids.h"

#include <cassert>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace uopy::vm {

// -- Inline cache access -----------------------------------------------------------

static inline uint16_t read_u16(const uint16_t* p) {
    return *p;
}
static inline uint32_t read_u32(const uint16_t* p) {
    uint32_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}
static inline uint64_t read_u64(const uint16_t* p) {
    uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

// -- The exception table -------------------------------------------------------------
// CPython's format: entries of varints (6 bits per byte, 0x40 = more bytes
// follow, 0x80 marks an entry's first byte): start, length, target,
// depth << 1 | lasti, all in code units.

static int read_varint(const uint8_t*& p) {
    int v = *p & 63;
    while (*p++ & 64)
        v = (v << 6) | (*p & 63);
    return v;
}

struct Handler {
    int target, depth;
    bool lasti;
};

static bool find_handler(CodeObject* co, int index, Handler* h) {
    const uint8_t* p = co->exceptiontable;
    const uint8_t* end = p + co->exceptiontable_len;
    while (p < end) {
        int start = read_varint(p);
        int length = read_varint(p);
        int target = read_varint(p);
        int dl = read_varint(p);
        if (index >= start && index < start + length) {
            h->target = target;
            h->depth = dl >> 1;
            h->lasti = dl & 1;
            return true;
        }
        if (start > index) return false;
    }
    return false;
}

// -- Frames ----------------------------------------------------------------------------

// A generator's frame lives inside its GeneratorObject.
static GeneratorObject* generator_of(Frame* f) {
    return reinterpret_cast<GeneratorObject*>(reinterpret_cast<char*>(f) -
                                              offsetof(GeneratorObject, frame_storage));
}

static void clear_frame_for_exit(Frame* f) {
    g_ts->current_frame = f->previous;
    g_ts->py_depth--;
    if (f->owner == FRAME_OWNED_BY_THREAD) pop_frame(f);
}

#ifdef UOPY_CHECK_STACK
[[noreturn]] static void stack_overrun(Frame* f, Value* sp) {
    std::fprintf(stderr, "uopy: value stack out of bounds in %s at offset %d (depth %ld of %d)\n",
                 str_view(f->code->qualname).data(), static_cast<int>(f->instr_ptr - f->code->code),
                 static_cast<long>(sp - f->stack_base()), f->code->stacksize);
    std::abort();
}
#endif

// -- Calls and returns (the bodies of _INIT_CALL_*, _PUSH_FRAME and RETURN_VALUE) --------

// A callee's frame travels on the value stack between _INIT_CALL_* and
// _PUSH_FRAME. Frames are 16-byte aligned, so the word reads as a pointer;
// it is not a heap object, which the collector's conservative frame scan
// tolerates.
static inline Value frame_as_value(Frame* f) {
    return Value::from_raw(reinterpret_cast<uintptr_t>(f));
}
static inline Frame* value_as_frame(Value v) {
    return reinterpret_cast<Frame*>(v.raw());
}

// Whether a frame for [code] can be pushed without raising (tier 2 checks
// before it commits to a call; tier 1 raises the error itself).
static inline bool vm_frame_fits(CodeObject* code) {
    ThreadState* ts = g_ts;
    return ts->py_depth < ts->recursion_limit &&
           ts->datastack_top + frame_size_bytes(code) + 16 <= ts->datastack_limit;
}

// A frame returns into its caller: generator bookkeeping, then it is popped.
static inline void vm_pop_returning_frame(Frame* dying) {
    if (dying->owner == FRAME_OWNED_BY_GENERATOR) {
        generator_of(dying)->state = GEN_COMPLETED;
        vm_leave_generator(generator_of(dying), true);
    }
    clear_frame_for_exit(dying);
}

// A uop id the tier-2 loop has no case for: a projector bug.
[[noreturn]] static void vm_bad_uop(int uop) {
    std::fprintf(stderr, "uopy: uop %d in a trace has no tier-2 case\n", uop);
    std::abort();
}

// -- The loop ---------------------------------------------------------------------------

#define TARGET(op) TARGET_##op:
// -X specialization-stats counts the executions (hits) and guard failures
// (misses) of specialized instructions; generic ones count nothing.
#define INSTRUCTION_STATS(op)                                                                      \
    do {                                                                                           \
        if constexpr (opcode_deopt[op] != op) {                                                    \
            if (__builtin_expect(g_specialization_stats != nullptr, 0))                            \
                g_specialization_stats->hits[op]++;                                                \
        }                                                                                          \
    } while (0)
#define UPDATE_MISS_STATS(op)                                                                      \
    do {                                                                                           \
        if (__builtin_expect(g_specialization_stats != nullptr, 0))                                \
            g_specialization_stats->misses[op]++;                                                  \
    } while (0)
#define DISPATCH_GOTO() goto* opcode_targets[opcode]
// Sanitizer builds check at each dispatch that the value stack stays within
// the frame: the compiler's stack-depth analysis is what sizes frames, and an
// underestimate would silently overwrite the next frame.
#ifdef UOPY_CHECK_STACK
#define CHECK_STACK()                                                                              \
    do {                                                                                           \
        if (stack_pointer < frame->stack_base() ||                                                 \
            stack_pointer > frame->localsplus + frame->code->framesize)                            \
            stack_overrun(frame, stack_pointer);                                                   \
    } while (0)
#else
#define CHECK_STACK() ((void)0)
#endif

#define DISPATCH()                                                                                 \
    do {                                                                                           \
        CHECK_STACK();                                                                             \
        opcode = next_instr->op.code;                                                              \
        oparg = next_instr->op.arg;                                                                \
        DISPATCH_GOTO();                                                                           \
    } while (0)
#define JUMPBY(n) (next_instr += (n))
#define GETLOCAL(i) (frame->localsplus[(i)])
#define CONSTANT(i) (tuple_items(frame->code->consts)[(i)])
#define NAME_AT(i) (tuple_items(frame->code->names)[(i)])
#define GOTO_ERROR() goto error
#define GOTO_UNWIND() goto exception_unwind
#define JUMP_TO_PREDICTED(op) goto PREDICTED_##op
// Adaptive instructions (see vm/specialize.h and vm/backoff.h).
#define SPECIALIZE_TRIGGERS(counter) backoff_counter_triggers(counter)
#define ADVANCE_ADAPTIVE_COUNTER(counter) ((counter) = advance_backoff_counter(counter))
// Run the instruction at next_instr again, as rewritten by a specializer,
// with the oparg already decoded (it may carry EXTENDED_ARG bits).
#define DISPATCH_SAME_OPARG()                                                                      \
    do {                                                                                           \
        opcode = next_instr->op.code;                                                              \
        DISPATCH_GOTO();                                                                           \
    } while (0)
#define EVAL_BREAKER_SET() (g_interp->eval_breaker != 0)
// Tier-1 meanings of the words the call and return bodies share with tier 2.
#define LOAD_IP(OFFSET) (next_instr = frame->instr_ptr + (OFFSET))
#define RETURN_OFFSET() static_cast<uint16_t>(next_instr - frame->instr_ptr)
#define LEAVE_EVAL_IF_ENTRY_FRAME(VALUE)                                                           \
    do {                                                                                           \
        if (frame->is_entry) {                                                                     \
            Value rv_ = (VALUE);                                                                   \
            if (frame->owner == FRAME_OWNED_BY_GENERATOR)                                          \
                generator_of(frame)->state = GEN_COMPLETED;                                        \
            clear_frame_for_exit(frame);                                                           \
            return rv_;                                                                            \
        }                                                                                          \
    } while (0)
// -X uops-stats compares the loop iterations run in each tier.
#define COUNT_TIER1_BACK_EDGE()                                                                    \
    do {                                                                                           \
        if (__builtin_expect(g_uop_stats != nullptr, 0)) g_uop_stats->tier1_back_edges++;          \
    } while (0)
// The branch history the projector reads: the last 16 outcomes, newest lowest.
#define RECORD_BRANCH_TAKEN(CACHE, TAKEN) ((CACHE) = static_cast<uint16_t>((CACHE) << 1 | (TAKEN)))
// Into tier 2: run [EXECUTOR]'s trace from its first uop.
#define GOTO_TIER_TWO(EXECUTOR)                                                                    \
    do {                                                                                           \
        current_executor = (EXECUTOR);                                                             \
        next_uop = current_executor->trace;                                                        \
        g_ts->tier2_active = true;                                                                 \
        goto enter_tier_two;                                                                       \
    } while (0)

// Continue in [NEW_FRAME], a freshly pushed callee; stack_pointer has been
// lowered past the call's inputs already.
#define DISPATCH_INLINED(NEW_FRAME)                                                                \
    do {                                                                                           \
        frame->stackpointer = stack_pointer;                                                       \
        frame->return_offset = static_cast<uint16_t>(next_instr - frame->instr_ptr);               \
        (NEW_FRAME)->previous = frame;                                                             \
        frame = (NEW_FRAME);                                                                       \
        g_ts->current_frame = frame;                                                               \
        goto start_frame;                                                                          \
    } while (0)

// Continue in the frame of a generator resumed by FOR_ITER_GEN / SEND_GEN.
// Its yields come back to the instruction after this one; a return comes
// back [RETURN_OFFSET] code units after this instruction (the loop's
// END_FOR, or the END_SEND of `yield from`).
#define DISPATCH_GENERATOR(GEN_FRAME, RETURN_OFFSET)                                               \
    do {                                                                                           \
        frame->stackpointer = stack_pointer;                                                       \
        frame->return_offset = static_cast<uint16_t>(RETURN_OFFSET);                               \
        frame = (GEN_FRAME);                                                                       \
        g_ts->current_frame = frame;                                                               \
        goto start_frame;                                                                          \
    } while (0)
// FOR_ITER and SEND are both one code unit and one cache unit long, so a
// generator yielding back to either resumes its caller at the same offset.
static_assert(opcode_cache_size[FOR_ITER] == opcode_cache_size[SEND]);
static constexpr int kYieldResumeOffset = 1 + opcode_cache_size[SEND];
// Leave the current frame with [VALUE]: back into the caller in this loop,
// or out of the loop when the frame is the one it was entered for.
#define RETURN_TO_CALLER(VALUE)                                                                    \
    do {                                                                                           \
        Value rv_ = (VALUE);                                                                       \
        Frame* dying_ = frame;                                                                     \
        if (dying_->owner == FRAME_OWNED_BY_GENERATOR) {                                           \
            generator_of(dying_)->state = GEN_COMPLETED;                                           \
            if (!dying_->is_entry) vm_leave_generator(generator_of(dying_), true);                 \
        }                                                                                          \
        if (dying_->is_entry) {                                                                    \
            clear_frame_for_exit(dying_);                                                          \
            return rv_;                                                                            \
        }                                                                                          \
        frame = dying_->previous;                                                                  \
        clear_frame_for_exit(dying_);                                                              \
        stack_pointer = frame->stackpointer;                                                       \
        next_instr = frame->instr_ptr + frame->return_offset;                                      \
        *stack_pointer++ = rv_;                                                                    \
        DISPATCH();                                                                                \
    } while (0)

// Suspend the current (generator) frame and hand [VALUE] to whoever resumed
// it: a caller in this loop (FOR_ITER_GEN, SEND_GEN) continues after its
// instruction with the value pushed; a resumption from C++ returns it.
#define YIELD_TO_CALLER(VALUE)                                                                     \
    do {                                                                                           \
        Value yv_ = (VALUE);                                                                       \
        frame->stackpointer = stack_pointer;                                                       \
        frame->instr_ptr = next_instr;                                                             \
        generator_of(frame)->state = GEN_SUSPENDED;                                                \
        g_ts->current_frame = frame->previous;                                                     \
        g_ts->py_depth--;                                                                          \
        if (frame->is_entry) return yv_;                                                           \
        vm_leave_generator(generator_of(frame), false);                                            \
        frame = frame->previous;                                                                   \
        stack_pointer = frame->stackpointer;                                                       \
        next_instr = frame->instr_ptr + kYieldResumeOffset;                                        \
        *stack_pointer++ = yv_;                                                                    \
        DISPATCH();                                                                                \
    } while (0)

static Value eval_frame_loop(Frame* entry, bool throwflag);

// A nested loop starts in tier 1; the caller's tier is back when it returns.
Value eval_frame(Frame* entry, bool throwflag) {
    bool outer_active = g_ts->tier2_active;
    g_ts->tier2_active = false;
    Value result = eval_frame_loop(entry, throwflag);
    g_ts->tier2_active = outer_active;
    return result;
}

static Value eval_frame_loop(Frame* entry, bool throwflag) {
#include "vm/generated/tier1_targets.inc"
#include "vm/generated/tier2_targets.inc"
    Frame* frame = entry;
    CodeUnit* next_instr;
    Value* stack_pointer;
    uint8_t opcode;
    int oparg;
    // Tier 2: the executor running and its next uop (null in tier 1).
    Executor* current_executor = nullptr;
    const UopInstruction* next_uop = nullptr;
    void* const* uop_table = uop_targets; // uop_counting_targets under -X uops-stats

    frame->is_entry = 1;
    g_ts->current_frame = frame;
    if (!check_native_stack()) {
        clear_frame_for_exit(frame);
        return Value();
    }
    if (throwflag) {
        next_instr = frame->instr_ptr;
        stack_pointer = frame->stackpointer;
        goto error;
    }

start_frame:
    // Entered for a new frame, or a generator frame being resumed.
    next_instr = frame->instr_ptr;
    stack_pointer = frame->stackpointer;
    DISPATCH();

#include "vm/generated/tier1_cases.inc"

_unknown_opcode:
    vm_bad_opcode(frame, opcode);
    goto error;

error:
    // A new exception at frame->instr_ptr: record where it passed (shim
    // frames are the VM's own and do not appear).
    if (!(frame->code->flags & CO_UOPY_SHIM))
        exception_add_traceback(err_current(), frame->code,
                                static_cast<int>(frame->instr_ptr - frame->code->code));

exception_unwind : {
    // Find a handler in this frame, or pop frames until one has one. The
    // lookup uses the executing instruction (next_instr - 1), not
    // frame->instr_ptr: RERAISE moves instr_ptr back to where the exception
    // was first raised (for the traceback), and looking that up again would
    // find the very handler that is re-raising.
    int index = static_cast<int>(next_instr - 1 - frame->code->code);
    Handler h;
    if (find_handler(frame->code, index, &h)) {
        stack_pointer = frame->stack_base() + h.depth;
        if (h.lasti) *stack_pointer++ = Value::small_int(index);
        Value exc = err_fetch();
        *stack_pointer++ = exc;
        next_instr = frame->code->code + h.target;
        DISPATCH();
    }
    Frame* dying = frame;
    if (dying->owner == FRAME_OWNED_BY_GENERATOR) {
        generator_of(dying)->state = GEN_COMPLETED;
        if (!dying->is_entry) vm_leave_generator(generator_of(dying), true);
    }
    if (dying->is_entry) {
        clear_frame_for_exit(dying);
        return Value();
    }
    frame = dying->previous;
    clear_frame_for_exit(dying);
    // Continue unwinding at the caller's instruction (a call, FOR_ITER_GEN,
    // SEND_GEN): the handler lookup uses next_instr - 1.
    next_instr = frame->instr_ptr + 1;
    goto error;
}

// -- Tier 2: the uop interpreter ------------------------------------------------------------
// Entered through GOTO_TIER_TWO from ENTER_EXECUTOR, from a hot
// JUMP_BACKWARD, or from a side exit into a side trace. The uops share
// frame and stack_pointer with tier 1; exits and deopts go back to
// tier 1 at an instruction (GOTO_TIER_ONE), errors unwind through the
// tier-1 error path. CPython counterpart: the tier-2 section of
// Python/ceval.c and Python/executor_cases.c.h.
#undef LOAD_IP
#define LOAD_IP(OFFSET) ((void)0)
#undef RETURN_OFFSET
#define RETURN_OFFSET() CURRENT_OPARG()
#undef LEAVE_EVAL_IF_ENTRY_FRAME
#define LEAVE_EVAL_IF_ENTRY_FRAME(VALUE) assert(!frame->is_entry)
#define UOP_TARGET(op) UOP_##op:
#define UOP_DISPATCH()                                                                             \
    do {                                                                                           \
        CHECK_STACK();                                                                             \
        goto* uop_table[(next_uop++)->opcode];                                                     \
    } while (0)
#define CURRENT_OPARG() (next_uop[-1].oparg)
#define CURRENT_OPERAND0() (next_uop[-1].operand0)
#define CURRENT_TARGET() (next_uop[-1].target)
#define JUMP_TO_JUMP_TARGET()                                                                      \
    do {                                                                                           \
        next_uop = current_executor->trace + next_uop[-1].jump_target;                             \
        UOP_DISPATCH();                                                                            \
    } while (0)
#define JUMP_TO_ERROR()                                                                            \
    do {                                                                                           \
        next_uop = current_executor->trace + next_uop[-1].error_target;                            \
        UOP_DISPATCH();                                                                            \
    } while (0)
#define GOTO_TIER_ONE(TARGET)                                                                      \
    do {                                                                                           \
        current_executor = nullptr;                                                                \
        g_ts->tier2_active = false;                                                                \
        next_instr = (TARGET);                                                                     \
        DISPATCH();                                                                                \
    } while (0)
#define GOTO_TIER_ONE_ERROR()                                                                      \
    do {                                                                                           \
        current_executor = nullptr;                                                                \
        g_ts->tier2_active = false;                                                                \
        next_instr = frame->instr_ptr + 1;                                                         \
        goto error;                                                                                \
    } while (0)
#define UOP_STAT_EXIT(op)                                                                          \
    do {                                                                                           \
        if (__builtin_expect(g_uop_stats != nullptr, 0)) g_uop_stats->exits[op]++;                 \
    } while (0)
#define UOP_STAT_DEOPT(op)                                                                         \
    do {                                                                                           \
        if (__builtin_expect(g_uop_stats != nullptr, 0)) g_uop_stats->deopts[op]++;                \
    } while (0)

enter_tier_two:
    uop_table = g_uop_stats ? uop_counting_targets : uop_targets;
    UOP_DISPATCH();

_count_uop:
    g_uop_stats->executed[next_uop[-1].opcode]++;
    goto* uop_targets[next_uop[-1].opcode];

#include "vm/generated/tier2_cases.inc"

_unknown_uop:
    vm_bad_uop(next_uop[-1].opcode);
}

// -- Entry points -------------------------------------------------------------------------

Value call_function(FunctionObject* f, const Value* args, size_t nargs, Value kwnames) {
    Frame* frame = vm_push_function_frame(f, args, nargs, kwnames);
    if (!frame) return Value();
    frame->previous = g_ts->current_frame;
    return eval_frame(frame, false);
}

Value run_code(CodeObject* code, Value globals, Value locals) {
    Frame* frame = push_frame(code);
    if (!frame) return Value();
    frame->globals = globals;
    Value b = dict_get_str(as_dict(globals), names::__builtins__);
    if (b && is_dict(b))
        frame->builtins = b;
    else if (b && is_module(b))
        frame->builtins = Value(as_module(b)->dict);
    else
        frame->builtins = g_interp->builtins;
    frame->locals = locals;
    frame->previous = g_ts->current_frame;
    return eval_frame(frame, false);
}

void init_eval() {
    uopy::g_call_python_function = call_function;
    init_shim_code();
}

} // namespace uopy::vm
