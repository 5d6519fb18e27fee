// A trace under construction: what a trace front end (today the
// projector) hands to the optimizer passes and to make_executor. The
// passes and the backends see only this, so another front end (CPython
// 3.15's trace recording) can be added beside the projector.
#pragma once

#include "objects/code.h"
#include "objects/frame.h"
#include "optimizer/executor.h"

#include <string>
#include <vector>

namespace uopy {

struct TraceBuffer {
    std::vector<UopInstruction> uops; // the body; prepare_for_execution adds stubs
    BloomFilter deps{};
    std::vector<Value> refs; // objects the uops name (inlined code objects)
    std::string stop_reason; // why projection ended (for -X jit-verbose)
    int instructions = 0;    // tier-1 instructions translated

    void emit(uint16_t opcode, uint16_t oparg, uint64_t operand, uint32_t target,
              uint32_t exit_target) {
        uops.push_back(UopInstruction{opcode, oparg, 0, 0, target, exit_target, operand});
    }
    void emit(uint16_t opcode, uint16_t oparg, uint64_t operand, uint32_t target) {
        emit(opcode, oparg, operand, target, target);
    }
};

// The projector: walks tier-1 bytecode from [start] (a code-unit index of
// the code [frame] runs, the first unit of an instruction), expanding each
// instruction into its uops and following calls and branches. Returns false
// when no trace should be made (too short, or aborted; stop_reason says
// why).
bool project_trace(Frame* frame, int start, int chain_depth, TraceBuffer& out);

// Whether the projector can translate instructions with opcode [op] (by
// the expansion table, or as control flow it handles itself).
bool projector_can_translate(uint8_t op);

// The passes, in order (optimizer.cpp).
void remove_unneeded_uops(TraceBuffer& trace);

} // namespace uopy
