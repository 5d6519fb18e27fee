// From a hot spot to an installed executor: project a trace, run the
// passes over it, lay out its exit and error stubs, make the executor and
// (for a root trace) install it as ENTER_EXECUTOR; and the side-exit logic
// that grows trace trees. Also the -X uops-stats and -X jit-verbose output.
// CPython counterpart: Python/optimizer.c (_PyOptimizer_Optimize,
// uop_optimize, prepare_for_execution, make_executor_from_uops),
// Python/optimizer_analysis.c (remove_unneeded_uops).
#include "optimizer/optimizer.h"

#include "objects/str.h"
#include "optimizer/trace.h"
#include "runtime/errors.h"
#include "vm/generated/opcode_ids.h"
#include "vm/generated/opcode_metadata.h"
#include "vm/generated/uop_ids.h"
#include "vm/generated/uop_metadata.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>

namespace uopy {

using namespace vm;

Tier2Mode g_tier2_mode = Tier2Mode::Interp;
uint16_t g_jump_backward_initial = make_backoff_counter(4095, 12);
uint16_t g_side_exit_initial = make_backoff_counter(4095, 12);

void set_tier2_threshold(int n) {
    n = std::clamp(n, 1, 4096);
    g_jump_backward_initial = make_backoff_counter(static_cast<uint16_t>(n - 1), 12);
    // A side exit must stay cold longer than tier 1's re-specialization
    // cooldown (53), or side traces would be projected from stale code.
    int exit_n = std::max(n, 64);
    g_side_exit_initial = make_backoff_counter(static_cast<uint16_t>(exit_n - 1), 12);
}

// -- Statistics and the verbose log ----------------------------------------------------------

UopStats* g_uop_stats = nullptr;
static bool g_jit_verbose = false;

namespace {
struct OptimizerCounters {
    uint64_t attempts = 0, traces = 0, side_traces = 0, aborted = 0, invalidations = 0;
    std::map<std::string, uint64_t> stop_reasons;  // of traces made
    std::map<std::string, uint64_t> abort_reasons; // of attempts that made none
    std::map<int, uint64_t> length_histogram;      // by power of two
};
OptimizerCounters g_counters;

std::string where(CodeObject* code, int index) {
    return std::string(str_view(code->qualname)) + " (" + std::string(str_view(code->filename)) +
           ":" + std::to_string(code_addr_to_line(code, index)) + ")";
}
} // namespace

void enable_uops_stats() {
    if (!g_uop_stats) g_uop_stats = new UopStats{};
}

void enable_jit_verbose() {
    g_jit_verbose = true;
}

void tier2_note_invalidation(Executor* ex) {
    g_counters.invalidations++;
    if (g_jit_verbose)
        std::fprintf(stderr, "[tier2] invalidate executor %p (%u uops)\n", static_cast<void*>(ex),
                     ex->trace_length);
}

void print_uops_stats() {
    if (!g_uop_stats) return;
    OptimizerCounters& c = g_counters;
    FILE* out = stderr;
    std::fprintf(out, "uops stats:\n");
    std::fprintf(
        out,
        "  projections attempted %llu, traces %llu (side traces %llu), aborted %llu, "
        "invalidations %llu\n",
        static_cast<unsigned long long>(c.attempts), static_cast<unsigned long long>(c.traces),
        static_cast<unsigned long long>(c.side_traces), static_cast<unsigned long long>(c.aborted),
        static_cast<unsigned long long>(c.invalidations));
    for (auto& [why, n] : c.stop_reasons)
        std::fprintf(out, "  trace ended: %-40s %8llu\n", why.c_str(),
                     static_cast<unsigned long long>(n));
    for (auto& [why, n] : c.abort_reasons)
        std::fprintf(out, "  no trace:    %-40s %8llu\n", why.c_str(),
                     static_cast<unsigned long long>(n));
    for (auto& [len, n] : c.length_histogram)
        std::fprintf(out, "  trace length <= %-5d %8llu\n", len,
                     static_cast<unsigned long long>(n));
    uint64_t total = 0, exits = 0, deopts = 0;
    for (int u = 0; u <= MAX_UOP_ID; u++) {
        total += g_uop_stats->executed[u];
        exits += g_uop_stats->exits[u];
        deopts += g_uop_stats->deopts[u];
    }
    // A loop iteration in tier 2 passes the _CHECK_PERIODIC of the traced
    // JUMP_BACKWARD; one in tier 1 runs the JUMP_BACKWARD itself.
    uint64_t t2 = g_uop_stats->executed[_CHECK_PERIODIC];
    uint64_t t1 = g_uop_stats->tier1_back_edges;
    std::fprintf(out, "  loop back-edges: %llu in tier 2, %llu in tier 1 (%.1f%% in tier 2)\n",
                 static_cast<unsigned long long>(t2), static_cast<unsigned long long>(t1),
                 t1 + t2 ? 100.0 * static_cast<double>(t2) / static_cast<double>(t1 + t2) : 0.0);
    std::fprintf(out, "  uops executed %llu, exits taken %llu, deopts %llu\n",
                 static_cast<unsigned long long>(total), static_cast<unsigned long long>(exits),
                 static_cast<unsigned long long>(deopts));
    for (int u = 0; u <= MAX_UOP_ID; u++) {
        const UopStats& s = *g_uop_stats;
        if (!s.executed[u] && !s.exits[u] && !s.deopts[u]) continue;
        std::fprintf(out, "    %-40s %12llu executed %10llu exits %10llu deopts\n", uop_names[u],
                     static_cast<unsigned long long>(s.executed[u]),
                     static_cast<unsigned long long>(s.exits[u]),
                     static_cast<unsigned long long>(s.deopts[u]));
    }
}

// -- The passes ---------------------------------------------------------------------------------

namespace {

bool is_terminator(uint16_t uop) {
    return uop == _EXIT_TRACE || uop == _JUMP_TO_TOP || uop == _DEOPT;
}

// A uop after which frame->instr_ptr must be right: anything that may run
// other code (tracebacks, sys._getframe() read it), and _PUSH_FRAME, after
// which the caller's position is where its callee returns and where an
// exception from the callee continues unwinding.
bool needs_ip(uint16_t uop) {
    return (uop_flags[uop] & HAS_ESCAPES_FLAG) || uop == _PUSH_FRAME;
}

// Uops that only push a value computed from nothing that can change.
bool is_pure_push(uint16_t uop) {
    return uop == _LOAD_FAST || uop == _LOAD_FAST_BORROW || uop == _LOAD_CONST ||
           uop == _LOAD_SMALL_INT || uop == _PUSH_NULL;
}

} // namespace

// Drops the _SET_IPs no later uop needs (before the next _SET_IP), the
// _CHECK_VALIDITYs with nothing escaping since the previous check, and
// pushes that are immediately popped. CPython 3.14's pass of the same name.
void remove_unneeded_uops(TraceBuffer& trace) {
    std::vector<UopInstruction>& u = trace.uops;
    int last_set_ip = -1;
    bool may_have_escaped = false;
    for (size_t i = 0; i < u.size(); i++) {
        uint16_t op = u[i].opcode;
        if (op == _START_EXECUTOR) {
            may_have_escaped = false;
            continue;
        }
        if (op == _SET_IP) {
            u[i].opcode = _NOP;
            last_set_ip = static_cast<int>(i);
            continue;
        }
        if (op == _CHECK_VALIDITY) {
            if (may_have_escaped)
                may_have_escaped = false;
            else
                u[i].opcode = _NOP;
            continue;
        }
        if (needs_ip(op) && last_set_ip >= 0) {
            u[last_set_ip].opcode = _SET_IP;
            last_set_ip = -1;
        }
        if (uop_flags[op] & HAS_ESCAPES_FLAG) may_have_escaped = true;
        if (op == _POP_TOP) {
            // Cancel against the nearest preceding uop that is not a no-op.
            for (size_t j = i; j-- > 0;) {
                uint16_t prev = u[j].opcode;
                if (prev == _NOP || prev == _CHECK_VALIDITY || prev == _SET_IP) continue;
                if (is_pure_push(prev)) {
                    u[j].opcode = _NOP;
                    u[i].opcode = _NOP;
                }
                break;
            }
        }
        if (is_terminator(op)) break;
    }
    // Compact the no-ops away.
    size_t n = 0;
    for (size_t i = 0; i < u.size(); i++)
        if (u[i].opcode != _NOP) u[n++] = u[i];
    u.resize(n);
}

namespace {

// Appends the stubs: every guard gets an _EXIT_TRACE (EXIT_IF) or _DEOPT
// (DEOPT_IF) stub with its resume target, every uop that can fail an
// _ERROR_POP_N stub; consecutive uops with the same stub share it. Returns
// the number of exits (the _EXIT_TRACE uops, body terminator included).
uint32_t prepare_for_execution(std::vector<UopInstruction>& u, uint32_t* body_length) {
    size_t body = 0;
    while (body < u.size() && !is_terminator(u[body].opcode))
        body++;
    body = std::min(body + 1, u.size());
    u.resize(body);
    *body_length = static_cast<uint32_t>(body);
    uint16_t last_exit_op = 0, last_error_oparg = 0;
    uint32_t last_exit_target = UINT32_MAX, last_error_target = UINT32_MAX;
    uint16_t last_exit_stub = 0, last_error_stub = 0;
    for (size_t i = 0; i < body; i++) {
        uint16_t op = u[i].opcode;
        uint32_t flags = uop_flags[op];
        if (op == _JUMP_TO_TOP) u[i].jump_target = 1;
        if (flags & (HAS_EXIT_FLAG | HAS_DEOPT_FLAG)) {
            uint16_t stub_op = (flags & HAS_EXIT_FLAG) ? _EXIT_TRACE : _DEOPT;
            uint32_t to = u[i].exit_target;
            if (stub_op != last_exit_op || to != last_exit_target) {
                last_exit_stub = static_cast<uint16_t>(u.size());
                last_exit_op = stub_op;
                last_exit_target = to;
                u.push_back(UopInstruction{stub_op, 0, 0, 0, to, to, 0});
            }
            u[i].jump_target = last_exit_stub;
        }
        if (flags & HAS_ERROR_FLAG) {
            int popped = uop_num_popped(op, u[i].oparg);
            uint16_t pop = static_cast<uint16_t>(popped < 0 ? 0 : popped);
            if (u[i].target != last_error_target || pop != last_error_oparg) {
                last_error_stub = static_cast<uint16_t>(u.size());
                last_error_target = u[i].target;
                last_error_oparg = pop;
                u.push_back(UopInstruction{_ERROR_POP_N, pop, 0, 0, u[i].target, u[i].target, 0});
            }
            u[i].error_target = last_error_stub;
        }
    }
    uint32_t exits = 0;
    for (const UopInstruction& x : u)
        exits += x.opcode == _EXIT_TRACE;
    return exits;
}

// The first code unit (EXTENDED_ARG prefix included) of the instruction
// whose opcode is at [index]. Found by decoding from the top: the unit
// before an instruction may be a cache entry that merely looks like an
// EXTENDED_ARG.
int instruction_start(CodeObject* code, int index) {
    int i = 0, start = 0;
    while (i < index) {
        uint8_t op, arg;
        code_original_instruction(code, i, &op, &arg);
        if (op == EXTENDED_ARG) {
            i++;
            continue;
        }
        i += 1 + opcode_cache_size[op];
        start = i;
    }
    return start;
}

int length_bucket(size_t n) {
    int b = 8;
    while (static_cast<size_t>(b) < n)
        b *= 2;
    return b;
}

} // namespace

Executor* tier2_optimize(Frame* frame, CodeUnit* instr, int chain_depth) {
    CodeObject* code = frame->code;
    int index = static_cast<int>(instr - code->code);
    int start = chain_depth ? index : instruction_start(code, index);
    g_counters.attempts++;
    if (g_jit_verbose)
        std::fprintf(stderr, "[tier2] start %s at %s\n", chain_depth ? "side trace" : "trace",
                     where(code, start).c_str());
    TraceBuffer trace;
    bool ok = project_trace(frame, start, chain_depth, trace);
    if (!ok) {
        g_counters.aborted++;
        g_counters.abort_reasons[trace.stop_reason]++;
        if (g_jit_verbose)
            std::fprintf(stderr, "[tier2] abort %s at %s: %s\n",
                         chain_depth ? "side trace" : "trace", where(code, index).c_str(),
                         trace.stop_reason.c_str());
        return nullptr;
    }
    remove_unneeded_uops(trace);
    uint32_t body_length = 0;
    uint32_t exit_count = prepare_for_execution(trace.uops, &body_length);
    if (trace.uops.size() > 0xFFFF) return nullptr;
    Executor* ex = make_executor(trace.uops.data(), static_cast<uint32_t>(trace.uops.size()),
                                 body_length, exit_count, trace.refs.data(),
                                 static_cast<uint32_t>(trace.refs.size()), trace.deps, chain_depth);
    if (!ex) {
        err_clear();
        return nullptr;
    }
    // Operands that point into the executor itself.
    uint32_t next_exit = 0;
    for (uint32_t i = 0; i < ex->trace_length; i++) {
        UopInstruction& u = ex->trace[i];
        if (u.opcode == _START_EXECUTOR) u.operand0 = reinterpret_cast<uintptr_t>(ex);
        if (u.opcode == _EXIT_TRACE) {
            ExitData& e = ex->exits[next_exit++];
            e.target = u.target;
            e.temperature = g_side_exit_initial;
            e.chain_depth = static_cast<uint8_t>(chain_depth);
            e.executor = cold_executor();
            u.operand0 = reinterpret_cast<uintptr_t>(&e);
        }
    }
    if (chain_depth == 0 && !install_executor(code, index, ex)) {
        executor_invalidate(ex);
        return nullptr;
    }
    g_counters.traces++;
    if (chain_depth) g_counters.side_traces++;
    g_counters.stop_reasons[trace.stop_reason]++;
    g_counters.length_histogram[length_bucket(body_length)]++;
    if (g_jit_verbose)
        std::fprintf(stderr, "[tier2] %s at %s: %u uops (%d instructions), %u exits, ends: %s\n",
                     chain_depth ? "side trace" : "trace", where(code, start).c_str(), body_length,
                     trace.instructions, exit_count, trace.stop_reason.c_str());
    return ex;
}

Executor* tier2_reset_exit(ExitData* exit) {
    exit->executor = cold_executor();
    exit->temperature = g_side_exit_initial;
    return exit->executor;
}

Executor* tier2_cold_exit(Frame* frame, ExitData* exit) {
    if (!backoff_counter_triggers(exit->temperature)) {
        if (exit->temperature != kUnreachableCounter)
            exit->temperature = advance_backoff_counter(exit->temperature);
        return nullptr;
    }
    // Warm. Where another executor is installed, link to it (stitching).
    int at = static_cast<int>(exit->target);
    while (frame->code->code[at].op.code == EXTENDED_ARG)
        at++;
    if (Executor* there = executor_at(frame->code, at)) {
        if (there->valid) {
            exit->executor = there;
            return there;
        }
    }
    int depth = exit->chain_depth + 1;
    if (depth > kMaxChainDepth) {
        exit->temperature = kUnreachableCounter; // the tree is deep enough
        return nullptr;
    }
    Executor* side = tier2_optimize(frame, frame->code->code + exit->target, depth);
    if (!side) {
        // An instruction tier 2 will never run (no tier-2 form, and no
        // specialization that could give it one) stays cold for good: the
        // exit that ends a trace before a YIELD_VALUE, for instance.
        uint8_t op, arg;
        code_original_instruction(frame->code, at, &op, &arg);
        bool never = !projector_can_translate(op) && opcode_cache_size[op] == 0;
        exit->temperature =
            never ? kUnreachableCounter : restart_backoff_counter(exit->temperature);
        return nullptr;
    }
    exit->temperature = g_side_exit_initial;
    exit->executor = side;
    return side;
}

} // namespace uopy
