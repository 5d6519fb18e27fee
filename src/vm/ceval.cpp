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
#include "vm/ceval_common.h"
#include "vm/ceval_tier2.h"
#include "vm/ceval_helpers.h"
#include "vm/specialize.h"
#include "vm/generated/opcode_ids.h"
#include "vm/generated/opcode_metadata.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace uopy::vm {

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

// -- The loop ---------------------------------------------------------------------------

#define TARGET(op) TARGET_##op:
// -X specialization-stats counts the executions (hits) and guard failures
// (misses) of specialized instructions; generic ones count nothing. Hits are
// counted on the way in: with stats on, dispatch goes through
// opcode_counting_targets, whose entries for specialized instructions lead
// to a COUNT_ label that counts and jumps to the instruction. So the
// instructions themselves carry no stats test (4% fewer instructions on
// nbody, callgrind).
#define COUNTING_TARGET(op)                                                                        \
    COUNT_##op : g_specialization_stats->hits[op]++;                                               \
    goto TARGET_##op;
#define UPDATE_MISS_STATS(op)                                                                      \
    do {                                                                                           \
        if (__builtin_expect(g_specialization_stats != nullptr, 0))                                \
            g_specialization_stats->misses[op]++;                                                  \
    } while (0)
#define DISPATCH_GOTO() goto* dispatch_table[opcode]
#define DISPATCH()                                                                                 \
    do {                                                                                           \
        CHECK_STACK();                                                                             \
        opcode = next_instr->op.code;                                                              \
        oparg = next_instr->op.arg;                                                                \
        DISPATCH_GOTO();                                                                           \
    } while (0)
#define JUMPBY(n) (next_instr += (n))
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
// The branch history the projector reads: the last 16 outcomes, newest
// lowest. Only tier 2 reads it, so without tier 2 it is not kept (a few
// percent of tier 1's instructions on branchy code).
#define RECORD_BRANCH_TAKEN(CACHE, TAKEN)                                                          \
    do {                                                                                           \
        if (tier2_enabled()) (CACHE) = static_cast<uint16_t>((CACHE) << 1 | (TAKEN));              \
    } while (0)
// Into tier 2: run [EXECUTOR]'s trace (ceval_tier2.cpp) until it leaves,
// then continue where it left, in whichever frame it left: at an
// instruction, or unwinding an error from frame->instr_ptr.
#define GOTO_TIER_TWO(EXECUTOR)                                                                    \
    do {                                                                                           \
        Tier2Exit exit_ = run_trace((EXECUTOR), frame, stack_pointer);                             \
        frame = exit_.frame;                                                                       \
        stack_pointer = exit_.stack_pointer;                                                       \
        if (exit_.next_instr == nullptr) {                                                         \
            next_instr = frame->instr_ptr + 1;                                                     \
            goto error;                                                                            \
        }                                                                                          \
        next_instr = exit_.next_instr;                                                             \
        DISPATCH();                                                                                \
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
        Value result_ = (VALUE);                                                                   \
        LEAVE_EVAL_IF_ENTRY_FRAME(result_);                                                        \
        Frame* dying_ = frame;                                                                     \
        frame = dying_->previous;                                                                  \
        vm_pop_returning_frame(dying_);                                                            \
        stack_pointer = frame->stackpointer;                                                       \
        next_instr = frame->instr_ptr + frame->return_offset;                                      \
        *stack_pointer++ = result_;                                                                \
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
    void* const* const dispatch_table =
        g_specialization_stats ? opcode_counting_targets : opcode_targets;
    Frame* frame = entry;
    CodeUnit* next_instr;
    Value* stack_pointer;
    uint8_t opcode;
    int oparg;

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
        exception_add_traceback(err_current(), frame,
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
    LEAVE_EVAL_IF_ENTRY_FRAME(Value());
    Frame* dying = frame;
    frame = dying->previous;
    vm_pop_returning_frame(dying);
    // Continue unwinding at the caller's instruction (a call, FOR_ITER_GEN,
    // SEND_GEN): the handler lookup uses next_instr - 1.
    next_instr = frame->instr_ptr + 1;
    goto error;
}
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
