// The tier-2 interpreter: runs an executor's uops, one case per uop, from
// the generated tier2_cases.inc (bytecodes.def is the one definition). It
// shares frames and value stacks with tier 1 and leaves at the first exit,
// deopt or error that does not lead into another trace. A function of its
// own, beside the tier-1 loop rather than inside it: the two loops'
// registers do not compete (one shared function cost tier 1 about 4% of
// its instructions), and a JIT backend replaces exactly this function.
// CPython counterpart: the tier-2 section of Python/ceval.c and
// Python/executor_cases.c.h.
#include "vm/ceval_tier2.h"

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
#include "optimizer/optimizer.h"
#include "runtime/abstract.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/interp.h"
#include "runtime/type.h"
#include "vm/ceval_common.h"
#include "vm/ceval_helpers.h"
#include "vm/specialize.h"
#include "vm/generated/opcode_ids.h"
#include "vm/generated/uop_ids.h"

#include <cassert>
#include <cstdio>
#include <cstdlib>

namespace uopy::vm {

// A uop id the tier-2 loop has no case for: a projector bug.
[[noreturn]] static void bad_uop(int uop) {
    std::fprintf(stderr, "uopy: uop %d in a trace has no tier-2 case\n", uop);
    std::abort();
}

// Tier-2 meanings of the words the bodies share with tier 1 (see ceval.cpp).
#define LOAD_IP(OFFSET) ((void)0)
#define RETURN_OFFSET() CURRENT_OPARG()
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
// A guard failed: to its exit or deopt stub.
#define JUMP_TO_JUMP_TARGET()                                                                      \
    do {                                                                                           \
        next_uop = current_executor->trace + next_uop[-1].jump_target;                             \
        UOP_DISPATCH();                                                                            \
    } while (0)
// An error: to its _ERROR_POP_N stub.
#define JUMP_TO_ERROR()                                                                            \
    do {                                                                                           \
        next_uop = current_executor->trace + next_uop[-1].error_target;                            \
        UOP_DISPATCH();                                                                            \
    } while (0)
// Into another trace (a side trace, or the cold executor).
#define GOTO_TIER_TWO(EXECUTOR)                                                                    \
    do {                                                                                           \
        current_executor = (EXECUTOR);                                                             \
        next_uop = current_executor->trace;                                                        \
        UOP_DISPATCH();                                                                            \
    } while (0)
// Back to tier 1, at an instruction or unwinding an error.
#define GOTO_TIER_ONE(TARGET)                                                                      \
    do {                                                                                           \
        g_ts->tier2_active = false;                                                                \
        return Tier2Exit{frame, stack_pointer, (TARGET)};                                          \
    } while (0)
#define GOTO_TIER_ONE_ERROR()                                                                      \
    do {                                                                                           \
        g_ts->tier2_active = false;                                                                \
        return Tier2Exit{frame, stack_pointer, nullptr};                                           \
    } while (0)
#define UOP_STAT_EXIT(op)                                                                          \
    do {                                                                                           \
        if (__builtin_expect(g_uop_stats != nullptr, 0)) g_uop_stats->exits[op]++;                 \
    } while (0)
#define UOP_STAT_DEOPT(op)                                                                         \
    do {                                                                                           \
        if (__builtin_expect(g_uop_stats != nullptr, 0)) g_uop_stats->deopts[op]++;                \
    } while (0)

Tier2Exit run_trace(Executor* executor, Frame* frame, Value* stack_pointer) {
#include "vm/generated/tier2_targets.inc"
    // Under -X uops-stats every uop goes through _count_uop first.
    void* const* uop_table = g_uop_stats ? uop_counting_targets : uop_targets;
    Executor* current_executor = executor;
    const UopInstruction* next_uop = executor->trace;
    int oparg;
    g_ts->tier2_active = true;
    UOP_DISPATCH();

_count_uop:
    g_uop_stats->executed[next_uop[-1].opcode]++;
    goto* uop_targets[next_uop[-1].opcode];

#include "vm/generated/tier2_cases.inc"

_unknown_uop:
    bad_uop(next_uop[-1].opcode);
}

} // namespace uopy::vm
