// Definite assignment of fast locals: the compiler emits LOAD_FAST_CHECK for
// every local read (it raises UnboundLocalError on an empty slot); this pass
// follows the control flow, exception edges included, and turns each one
// that is always preceded by an assignment into a plain LOAD_FAST.
// CPython counterpart: Python/flowgraph.c
// (add_checks_for_loads_of_uninitialized_variables).
#include "frontend/compiler_internal.h"
#include "vm/generated/opcode_ids.h"

#include <vector>

namespace uopy::frontend {

using namespace uopy::vm;

namespace {

// The set of locals that may be unbound at a point, as a bit vector.
using MaybeUnbound = std::vector<bool>;

// Merges [from] into [into]; true when [into] grew.
bool merge(MaybeUnbound& into, const MaybeUnbound& from) {
    bool grew = false;
    for (size_t i = 0; i < into.size(); i++) {
        if (from[i] && !into[i]) {
            into[i] = true;
            grew = true;
        }
    }
    return grew;
}

bool is_unconditional_jump(int op) {
    return op == PSEUDO_JUMP || op == PSEUDO_JUMP_NO_INTERRUPT || op == JUMP_FORWARD ||
           op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT;
}

bool has_jump_target(int op) {
    return is_unconditional_jump(op) || op == POP_JUMP_IF_FALSE || op == POP_JUMP_IF_TRUE ||
           op == POP_JUMP_IF_NONE || op == POP_JUMP_IF_NOT_NONE || op == FOR_ITER || op == SEND;
}

bool ends_flow(int op) {
    return op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE;
}

} // namespace

void resolve_local_loads(std::vector<Instr>& instrs, const std::vector<int>& label_pos,
                         const std::vector<Handler>& handlers, const CodeData& data) {
    size_t n = instrs.size();
    size_t nlocals = data.localsplusnames.size();
    if (n == 0 || nlocals == 0) return;
    // At entry every local but the parameters may be unbound.
    int nparams = data.argcount + data.kwonlyargcount + ((data.flags & 0x4) ? 1 : 0) +
                  ((data.flags & 0x8) ? 1 : 0);
    MaybeUnbound entry(nlocals, true);
    for (int i = 0; i < nparams && static_cast<size_t>(i) < nlocals; i++)
        entry[i] = false;

    std::vector<MaybeUnbound> before(n);
    std::vector<bool> reached(n, false);
    std::vector<size_t> work;
    auto flow_to = [&](size_t idx, const MaybeUnbound& state) {
        if (idx >= n) return;
        if (!reached[idx]) {
            reached[idx] = true;
            before[idx] = state;
            work.push_back(idx);
        } else if (merge(before[idx], state)) {
            work.push_back(idx);
        }
    };
    flow_to(0, entry);
    while (!work.empty()) {
        size_t k = work.back();
        work.pop_back();
        const Instr& in = instrs[k];
        MaybeUnbound state = before[k];
        // A handler may run before or after this instruction's effect; the
        // state before it is the larger one (stores only shrink the set, and
        // a delete adds its local before it can raise).
        if (in.opcode == DELETE_FAST && static_cast<size_t>(in.oparg) < nlocals)
            state[in.oparg] = true;
        if (in.handler >= 0) {
            MaybeUnbound at_handler = before[k];
            merge(at_handler, state);
            flow_to(static_cast<size_t>(label_pos[handlers[in.handler].label]), at_handler);
        }
        if ((in.opcode == STORE_FAST || in.opcode == LOAD_FAST_CHECK) &&
            static_cast<size_t>(in.oparg) < nlocals)
            state[in.oparg] = false; // assigned, or the load raised
        if (has_jump_target(in.opcode) && in.target >= 0)
            flow_to(static_cast<size_t>(label_pos[in.target]), state);
        if (is_unconditional_jump(in.opcode) || ends_flow(in.opcode)) continue;
        flow_to(k + 1, state);
    }
    for (size_t k = 0; k < n; k++) {
        Instr& in = instrs[k];
        if (in.opcode == LOAD_FAST_CHECK && reached[k] && static_cast<size_t>(in.oparg) < nlocals &&
            !before[k][in.oparg])
            in.opcode = LOAD_FAST;
    }
}

} // namespace uopy::frontend
