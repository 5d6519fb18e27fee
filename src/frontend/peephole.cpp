// Peephole rewrites of adjacent instruction pairs, on the compiler's
// instruction list before assembly. CPython counterpart: Python/flowgraph.c.
//
// - Superinstructions: pairs of local-variable instructions fused into one
//   (LOAD_FAST a; LOAD_FAST b -> LOAD_FAST_LOAD_FAST), so that `x * y`
//   dispatches once instead of twice (insert_superinstructions), with the
//   same conditions: both locals below 16 (they share the oparg's nibbles),
//   the same line, and no jump landing on the second instruction.
// - BUILD_TUPLE n; UNPACK_SEQUENCE n for n <= 3 (`a, b = b, a`) becomes a
//   SWAP (or nothing): the tuple is never built (optimize_basic_block).
#include "frontend/compiler_internal.h"
#include "vm/generated/opcode_ids.h"

#include <vector>

namespace uopy::frontend {

using namespace uopy::vm;

namespace {

// The fused opcode for [first] followed by [second], or -1.
int fused(int first, int second) {
    if (first == LOAD_FAST && second == LOAD_FAST) return LOAD_FAST_LOAD_FAST;
    if (first == STORE_FAST && second == LOAD_FAST) return STORE_FAST_LOAD_FAST;
    if (first == STORE_FAST && second == STORE_FAST) return STORE_FAST_STORE_FAST;
    return -1;
}

} // namespace

void form_superinstructions(std::vector<Instr>& instrs, std::vector<int>& label_pos) {
    size_t n = instrs.size();
    std::vector<bool> is_target(n + 1, false);
    for (int pos : label_pos)
        if (pos >= 0 && static_cast<size_t>(pos) <= n) is_target[static_cast<size_t>(pos)] = true;
    std::vector<Instr> out;
    out.reserve(n);
    // new_index[k]: where old instruction k (or what replaced it) now is.
    std::vector<int> new_index(n + 1);
    for (size_t k = 0; k < n; k++) {
        new_index[k] = static_cast<int>(out.size());
        const Instr& a = instrs[k];
        if (k + 1 < n && !is_target[k + 1]) {
            const Instr& b = instrs[k + 1];
            if (a.opcode == BUILD_TUPLE && b.opcode == UNPACK_SEQUENCE && a.oparg == b.oparg &&
                a.oparg <= 3 && a.handler == b.handler) {
                // The values are on the stack in order; the targets take
                // them first to last, from the top: reverse them.
                if (a.oparg >= 2) out.push_back(Instr{SWAP, a.oparg, -1, b.line, b.handler});
                new_index[k + 1] = new_index[k];
                k++;
                continue;
            }
            int op = fused(a.opcode, b.opcode);
            if (op >= 0 && a.oparg < 16 && b.oparg < 16 && a.line == b.line &&
                a.handler == b.handler) {
                out.push_back(Instr{op, a.oparg << 4 | b.oparg, -1, a.line, a.handler});
                new_index[k + 1] = new_index[k];
                k++;
                continue;
            }
        }
        out.push_back(a);
    }
    new_index[n] = static_cast<int>(out.size());
    for (int& pos : label_pos)
        if (pos >= 0) pos = new_index[static_cast<size_t>(pos)];
    instrs.swap(out);
}

} // namespace uopy::frontend
