// Peephole rewrites of short instruction runs, on the compiler's
// instruction list before assembly. CPython counterpart: Python/flowgraph.c
// (optimize_basic_block, insert_superinstructions). A run is only rewritten
// when no jump lands inside it (on any instruction but its first) and all of
// it is covered by the same exception handler.
//
// - TO_BOOL after IS_OP or CONTAINS_OP goes: they always push a bool.
// - `x is None` / `x is not None` jumping: LOAD_CONST None; IS_OP k;
//   POP_JUMP_IF_FALSE/TRUE becomes one POP_JUMP_IF_NONE / _NOT_NONE.
// - BUILD_TUPLE n; UNPACK_SEQUENCE n for n <= 3 (`a, b = b, a`) becomes a
//   SWAP (or nothing): the tuple is never built.
// - Superinstructions: pairs of local-variable instructions fused into one
//   (LOAD_FAST a; LOAD_FAST b -> LOAD_FAST_LOAD_FAST), so that `x * y`
//   dispatches once instead of twice; as CPython, both locals below 16
//   (they share the oparg's nibbles) and both on the same line.
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

// One left-to-right pass: [rewrite](k, out) may append replacements for the
// instructions from k on and return how many it consumed (0: keep instrs[k]
// as it is). Labels are renumbered to the new positions.
template <class F>
void rewrite_pass(std::vector<Instr>& instrs, std::vector<int>& label_pos, F rewrite) {
    size_t n = instrs.size();
    std::vector<bool> is_target(n + 1, false);
    for (int pos : label_pos)
        if (pos >= 0 && static_cast<size_t>(pos) <= n) is_target[static_cast<size_t>(pos)] = true;
    // Whether instructions k..k+len-1 may be rewritten as a unit.
    auto plain_run = [&](size_t k, size_t len) {
        if (k + len > n) return false;
        for (size_t j = k + 1; j < k + len; j++)
            if (is_target[j] || instrs[j].handler != instrs[k].handler) return false;
        return true;
    };
    std::vector<Instr> out;
    out.reserve(n);
    std::vector<int> new_index(n + 1); // where old instruction k now begins
    for (size_t k = 0; k < n;) {
        new_index[k] = static_cast<int>(out.size());
        size_t used = rewrite(k, plain_run, out);
        if (used == 0) {
            out.push_back(instrs[k]);
            used = 1;
        }
        for (size_t j = k + 1; j < k + used; j++)
            new_index[j] = new_index[k];
        k += used;
    }
    new_index[n] = static_cast<int>(out.size());
    for (int& pos : label_pos)
        if (pos >= 0) pos = new_index[static_cast<size_t>(pos)];
    instrs.swap(out);
}

} // namespace

void run_peephole(std::vector<Instr>& instrs, std::vector<int>& label_pos, const CodeData& data) {
    auto is_none_const = [&](const Instr& in) {
        return in.opcode == LOAD_CONST && in.oparg >= 0 &&
               static_cast<size_t>(in.oparg) < data.consts.size() &&
               data.consts[static_cast<size_t>(in.oparg)].kind == ConstValue::Kind::None;
    };
    rewrite_pass(instrs, label_pos, [&](size_t k, auto plain_run, std::vector<Instr>& out) {
        const Instr& a = instrs[k];
        if ((a.opcode == IS_OP || a.opcode == CONTAINS_OP) && plain_run(k, 2) &&
            instrs[k + 1].opcode == TO_BOOL) {
            out.push_back(a);
            return size_t(2);
        }
        return size_t(0);
    });
    rewrite_pass(instrs, label_pos, [&](size_t k, auto plain_run, std::vector<Instr>& out) {
        const Instr& a = instrs[k];
        if (!is_none_const(a) || !plain_run(k, 3) || instrs[k + 1].opcode != IS_OP)
            return size_t(0);
        const Instr& j = instrs[k + 2];
        if (j.opcode != POP_JUMP_IF_FALSE && j.opcode != POP_JUMP_IF_TRUE) return size_t(0);
        // `is` jumping when false, or `is not` when true: jump if not None.
        bool is_not = instrs[k + 1].oparg == 1;
        bool jump_if_true = j.opcode == POP_JUMP_IF_TRUE;
        int op = (is_not == jump_if_true) ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
        out.push_back(Instr{op, 0, j.target, instrs[k + 1].loc, a.handler});
        return size_t(3);
    });
    rewrite_pass(instrs, label_pos, [&](size_t k, auto plain_run, std::vector<Instr>& out) {
        const Instr& a = instrs[k];
        if (!plain_run(k, 2)) return size_t(0);
        const Instr& b = instrs[k + 1];
        if (a.opcode == BUILD_TUPLE && b.opcode == UNPACK_SEQUENCE && a.oparg == b.oparg &&
            a.oparg <= 3) {
            // The values are on the stack in order; the targets take them
            // first to last, from the top: reverse them.
            if (a.oparg >= 2) out.push_back(Instr{SWAP, a.oparg, -1, b.loc, b.handler});
            return size_t(2);
        }
        return size_t(0);
    });
    rewrite_pass(instrs, label_pos, [&](size_t k, auto plain_run, std::vector<Instr>& out) {
        const Instr& a = instrs[k];
        if (!plain_run(k, 2)) return size_t(0);
        const Instr& b = instrs[k + 1];
        int op = fused(a.opcode, b.opcode);
        if (op < 0 || a.oparg >= 16 || b.oparg >= 16 || a.loc.line != b.loc.line)
            return size_t(0);
        out.push_back(Instr{op, a.oparg << 4 | b.oparg, -1, a.loc, a.handler});
        return size_t(2);
    });
}

} // namespace uopy::frontend
