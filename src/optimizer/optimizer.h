// Tier 2's entry points for the tier-1 loop: turning a hot back-edge or a
// warm side exit into an executor, and the switches and counters of
// `-X tier2=`, `-X uops-stats` and `-X jit-verbose`.
// CPython counterpart: Python/optimizer.c (_PyOptimizer_Optimize,
// uop_optimize), Include/internal/pycore_optimizer.h.
#pragma once

#include "objects/frame.h"
#include "optimizer/executor.h"
#include "vm/backoff.h"
#include "vm/generated/uop_ids.h"

#include <vector>

namespace uopy {

// Limits (CPython 3.14's values unless noted; see docs/tier2.md).
constexpr int kMaxTraceLength = 800; // uops in a trace's body (3.13's UOP_MAX_TRACE_LENGTH)
constexpr int kTraceStackSize = 5;   // calls followed into, nested
constexpr int kMaxChainDepth = 4;    // side traces of side traces of ...

// Hotness: a back-edge projects after 4096 executions, a side exit grows a
// side trace after 4096 exits; failures back off (vm/backoff.h).
// -X tier2-threshold=N (tests) lowers both.
extern uint16_t g_jump_backward_initial;
extern uint16_t g_side_exit_initial;
void set_tier2_threshold(int n);

enum class Tier2Mode { Off, Interp, Jit };
extern Tier2Mode g_tier2_mode;
inline bool tier2_enabled() {
    return g_tier2_mode != Tier2Mode::Off;
}

// Projects a trace from [instr] (a JUMP_BACKWARD, or a side exit's target
// when chain_depth > 0), optimizes it and makes an executor. A root
// executor (chain_depth 0) is also installed in place of [instr]. Null if
// no useful trace starts there (the caller backs off). Never raises.
Executor* tier2_optimize(Frame* frame, CodeUnit* instr, int chain_depth);

// Called by _COLD_EXIT for a cold exit: warms it; when it gets hot, grows
// its side trace (or links the executor installed at its target) and
// returns it to continue in. Null: go back to tier 1 at the exit's target.
Executor* tier2_cold_exit(Frame* frame, ExitData* exit);
// Called by _EXIT_TRACE when the exit's side trace has been invalidated:
// the exit is cold again.
Executor* tier2_reset_exit(ExitData* exit);

// -- Introspection ---------------------------------------------------------------------------

struct UopStats {
    uint64_t executed[vm::MAX_UOP_ID + 1];
    uint64_t exits[vm::MAX_UOP_ID + 1];  // EXIT_IF taken, by uop
    uint64_t deopts[vm::MAX_UOP_ID + 1]; // DEOPT_IF taken, by uop
    uint64_t tier1_back_edges;           // JUMP_BACKWARDs run by tier 1
};
// Non-null under -X uops-stats: the uop interpreter counts into it.
extern UopStats* g_uop_stats;
void enable_uops_stats();
void enable_jit_verbose();
// Counts an invalidation for -X uops-stats and logs it under -X jit-verbose.
void tier2_note_invalidation(Executor* ex);
// Prints the -X uops-stats report to stderr (at exit).
void print_uops_stats();

// The Python module `_opcode` (get_executor and the opcode tables).
Value make_opcode_module();

} // namespace uopy
