// The uop interpreter's entry point, for the tier-1 loop (ceval.cpp).
#pragma once

#include "objects/frame.h"
#include "optimizer/executor.h"

namespace uopy::vm {

// Where a trace left the uop interpreter. The trace may have pushed and
// popped frames: [frame] is the one running now, with [stack_pointer].
// [next_instr] is where tier 1 continues in it; null means an error is
// being raised at frame->instr_ptr (tier 1 unwinds).
struct Tier2Exit {
    Frame* frame;
    Value* stack_pointer;
    CodeUnit* next_instr;
};

// Runs [executor]'s trace, and the side traces its exits lead to, in
// [frame] with its value stack at [stack_pointer].
Tier2Exit run_trace(Executor* executor, Frame* frame, Value* stack_pointer);

} // namespace uopy::vm
