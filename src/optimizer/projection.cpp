// The trace projector: from a hot instruction, walk tier-1 bytecode the
// way execution is likely to go and write down each instruction's uops
// (the generated expansion table says which). Branches are followed in
// the direction their recorded history favours and become guards; calls
// of Python functions are followed into the callee (found by the function
// version the call site was specialized for) and back out at its return;
// the loop closes with _JUMP_TO_TOP when projection comes back to where it
// started. Anything tier 2 cannot run ends the trace with _EXIT_TRACE.
// CPython counterpart: Python/optimizer.c (translate_bytecode_to_trace,
// 3.14 projection, not 3.15's recording).
#include "objects/dict.h"
#include "objects/function.h"
#include "optimizer/optimizer.h"
#include "optimizer/trace.h"
#include "vm/ceval_helpers.h"
#include "vm/generated/opcode_ids.h"
#include "vm/generated/opcode_metadata.h"
#include "vm/generated/uop_ids.h"
#include "vm/generated/uop_metadata.h"

#include <cstring>

namespace uopy {

using namespace vm;

namespace {

// One instruction with its EXTENDED_ARG prefixes folded in.
struct Decoded {
    int start;      // its first code unit (the first prefix)
    int index;      // the unit holding the opcode
    uint8_t opcode; // the original opcode when ENTER_EXECUTOR stands there
    uint32_t oparg; // with the prefixes' bits
    int next;       // the instruction after it (after its caches)
    bool executor;  // an ENTER_EXECUTOR is installed here
};

Decoded decode(CodeObject* code, int i) {
    Decoded d{};
    d.start = i;
    uint32_t oparg = 0;
    for (;;) {
        uint8_t op, arg;
        code_original_instruction(code, i, &op, &arg);
        d.executor = code->code[i].op.code == ENTER_EXECUTOR;
        oparg = oparg << 8 | arg;
        if (op != EXTENDED_ARG || static_cast<size_t>(i + 1) >= code->ncodeunits) {
            d.opcode = op;
            break;
        }
        i++;
    }
    d.index = i;
    d.oparg = oparg;
    d.next = i + 1 + opcode_cache_size[d.opcode];
    return d;
}

// The cache entry of [size] code units at [offset] after the opcode unit.
uint64_t read_cache(CodeObject* code, int index, int size, int offset) {
    const CodeUnit* p = &code->code[index + 1 + offset];
    uint64_t v = 0;
    std::memcpy(&v, p, static_cast<size_t>(size) * 2);
    return v;
}

// Tier-1 control flow inside an expansion, and its tier-2 stand-in.
uint16_t tier2_replacement(uint16_t uop) {
    switch (uop) {
    case _ITER_JUMP_LIST: return _GUARD_NOT_EXHAUSTED_LIST;
    case _ITER_JUMP_TUPLE: return _GUARD_NOT_EXHAUSTED_TUPLE;
    case _ITER_JUMP_RANGE: return _GUARD_NOT_EXHAUSTED_RANGE;
    case _FOR_ITER: return _FOR_ITER_TIER_TWO;
    // A fused *_JUMP form's branch: the next instruction (the jump
    // itself) is translated after it, so nothing here.
    case _POP_JUMP_FUSED: return _NOP;
    default: return uop;
    }
}

// The uops whose exit leaves the loop (to the instruction after END_FOR).
bool exits_loop(uint16_t uop) {
    return uop == _GUARD_NOT_EXHAUSTED_LIST || uop == _GUARD_NOT_EXHAUSTED_TUPLE ||
           uop == _GUARD_NOT_EXHAUSTED_RANGE || uop == _FOR_ITER_TIER_TWO;
}

// What a uop's operand tells about the trace's assumptions, for
// invalidation: a type version, a function version or a dict keys version.
void add_operand_dependency(TraceBuffer& out, uint16_t uop, uint64_t operand) {
    switch (uop) {
    case _GUARD_TYPE_VERSION:
    case _CHECK_ATTR_CLASS:
    case _CHECK_AND_ALLOCATE_OBJECT:
        bloom_add(&out.deps, dependency_key(DependencyKind::TypeVersion, operand));
        break;
    case _CHECK_FUNCTION_VERSION:
    case _CHECK_METHOD_VERSION:
    case _CHECK_FUNCTION_VERSION_KW:
    case _CHECK_METHOD_VERSION_KW:
        bloom_add(&out.deps, dependency_key(DependencyKind::FunctionVersion, operand));
        break;
    case _GUARD_GLOBALS_VERSION:
    case _GUARD_BUILTINS_VERSION:
    case _CHECK_ATTR_MODULE:
        bloom_add(&out.deps, dependency_key(DependencyKind::DictKeysVersion, operand));
        break;
    default: break;
    }
}

// The branch guard that keeps the trace on the likely path
// (CPython's BRANCH_TO_GUARD), by [op] and whether the jump is likely.
uint16_t branch_guard(uint8_t op, bool jump_likely) {
    switch (op) {
    case POP_JUMP_IF_FALSE: return jump_likely ? _GUARD_IS_FALSE_POP : _GUARD_IS_TRUE_POP;
    case POP_JUMP_IF_TRUE: return jump_likely ? _GUARD_IS_TRUE_POP : _GUARD_IS_FALSE_POP;
    case POP_JUMP_IF_NONE: return jump_likely ? _GUARD_IS_NONE_POP : _GUARD_IS_NOT_NONE_POP;
    default: return jump_likely ? _GUARD_IS_NOT_NONE_POP : _GUARD_IS_NONE_POP;
    }
}

constexpr int kConfidenceRange = 1000;
constexpr int kConfidenceCutoff = 333;

struct Caller {
    CodeObject* code;
    int return_index; // the instruction after the call
};

} // namespace

// A specialization whose assumption is already false (tier 1 has not run
// the instruction since the globals' keys changed): its guard would fail
// every time. Only the trace's own frame's namespaces are known here.
static bool stale_globals_guard(Frame* frame, uint16_t uop, uint64_t version) {
    if (uop == _GUARD_GLOBALS_VERSION) return as_dict(frame->globals)->keys_version != version;
    if (uop == _GUARD_BUILTINS_VERSION) return as_dict(frame->builtins)->keys_version != version;
    return false;
}

// The instructions project_trace handles itself rather than through the
// expansion table.
static bool is_control_flow(uint8_t op) {
    switch (op) {
    case NOP:
    case NOT_TAKEN:
    case EXTENDED_ARG:
    case JUMP_FORWARD:
    case JUMP_BACKWARD:
    case JUMP_BACKWARD_NO_INTERRUPT:
    case POP_JUMP_IF_FALSE:
    case POP_JUMP_IF_TRUE:
    case POP_JUMP_IF_NONE:
    case POP_JUMP_IF_NOT_NONE:
    case RETURN_VALUE: return true;
    default: return false;
    }
}

bool projector_can_translate(uint8_t op) {
    return is_control_flow(op) || opcode_expansion[op].count > 0;
}

bool project_trace(Frame* frame, int start, int chain_depth, TraceBuffer& out) {
    CodeObject* root = frame->code;
    CodeObject* code = root;
    int i = start;
    bool first = true;
    bool jump_seen = false; // one back-edge may be followed: the traced loop's
    int confidence = kConfidenceRange;
    Caller stack[kTraceStackSize];
    int depth = 0;
    bloom_add(&out.deps, dependency_key(root));
    out.emit(_START_EXECUTOR, 0, 0, static_cast<uint32_t>(start));
    out.emit(_MAKE_WARM, 0, 0, static_cast<uint32_t>(start));

    // Ends the trace before instruction [at] of the current code: tier 1
    // continues there.
    auto stop = [&](int at, const std::string& why) {
        out.stop_reason = why;
        out.emit(_EXIT_TRACE, 0, 0, static_cast<uint32_t>(at));
    };
    for (;;) {
        if (!first && code == root && i == start && depth == 0) {
            out.stop_reason = "loop closed";
            out.emit(_JUMP_TO_TOP, 0, 0, static_cast<uint32_t>(i));
            break;
        }
        if (static_cast<size_t>(i) >= code->ncodeunits) {
            stop(i, "end of code");
            break;
        }
        Decoded d = decode(code, i);
        uint32_t target = static_cast<uint32_t>(d.start);
        if (d.executor && !first) {
            // Another executor takes over here (CPython 3.14 stitching).
            stop(d.start, "reached an executor");
            break;
        }
        if (d.oparg > 0xFFFF) {
            stop(d.start, "oparg too large");
            break;
        }
        if (static_cast<int>(out.uops.size()) + 3 + MAX_EXPANSION_LENGTH + 1 > kMaxTraceLength) {
            stop(d.start, "trace too long");
            break;
        }
        uint16_t oparg = static_cast<uint16_t>(d.oparg);
        uint64_t ip = reinterpret_cast<uintptr_t>(&code->code[d.index]);
        size_t rollback = out.uops.size();
        auto begin_instruction = [&]() {
            out.emit(_CHECK_VALIDITY, 0, 0, target);
            out.emit(_SET_IP, 0, ip, target);
        };
        uint8_t op = d.opcode;
        if (op == NOP || op == NOT_TAKEN || op == EXTENDED_ARG) {
            i = d.next;
            first = false;
            continue;
        }
        if (op == JUMP_FORWARD) {
            i = d.next + oparg;
            first = false;
            continue;
        }
        if (op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT) {
            if (op == JUMP_BACKWARD) {
                if (jump_seen) {
                    stop(d.start, "inner loop");
                    break;
                }
                jump_seen = true;
                begin_instruction();
                out.emit(_CHECK_PERIODIC, 0, 0, target);
            }
            out.instructions++;
            i = d.next - oparg;
            first = false;
            continue;
        }
        if (op == POP_JUMP_IF_FALSE || op == POP_JUMP_IF_TRUE || op == POP_JUMP_IF_NONE ||
            op == POP_JUMP_IF_NOT_NONE) {
            int taken = __builtin_popcount(code->code[d.index + 1].cache);
            bool likely = taken > 8;
            confidence = likely ? confidence * taken / 16 : confidence * (16 - taken) / 16;
            if (confidence < kConfidenceCutoff) {
                stop(d.start, "low confidence");
                break;
            }
            int jump_to = d.next + oparg;
            out.emit(branch_guard(op, likely), 0, 0, target,
                     static_cast<uint32_t>(likely ? d.next : jump_to));
            out.instructions++;
            i = likely ? jump_to : d.next;
            first = false;
            continue;
        }
        if (op == RETURN_VALUE) {
            if (depth == 0) {
                stop(d.start, "return from the trace's frame");
                break;
            }
            begin_instruction();
            out.emit(_RETURN_VALUE, 0, 0, target);
            out.instructions++;
            depth--;
            code = stack[depth].code;
            i = stack[depth].return_index;
            first = false;
            continue;
        }
        const OpcodeExpansion& exp = opcode_expansion[op];
        if (exp.count == 0) {
            stop(d.start, std::string("unsupported instruction ") + opcode_names[op]);
            break;
        }
        begin_instruction();
        uint32_t func_version = 0;
        uint32_t init_type_version = 0; // a class instantiation: __init__ runs under a shim
        for (int k = 0; k < exp.count; k++) {
            const UopExpansionEntry& e = exp.uops[k];
            uint16_t uop = tier2_replacement(e.uop);
            uint64_t operand = e.size ? read_cache(code, d.index, e.size, e.offset) : 0;
            uint16_t uop_oparg = oparg;
            uint32_t exit_target = target;
            if (uop == _SAVE_RETURN_OFFSET)
                uop_oparg = static_cast<uint16_t>(1 + opcode_cache_size[op]);
            if (exits_loop(uop)) exit_target = static_cast<uint32_t>(d.next + oparg + 1);
            if (uop == _CHECK_FUNCTION_VERSION || uop == _CHECK_METHOD_VERSION ||
                uop == _CHECK_FUNCTION_VERSION_KW || uop == _CHECK_METHOD_VERSION_KW)
                func_version = static_cast<uint32_t>(operand);
            if (uop == _CHECK_AND_ALLOCATE_OBJECT)
                init_type_version = static_cast<uint32_t>(operand);
            if (depth == 0 && stale_globals_guard(frame, uop, operand)) {
                out.uops.resize(rollback);
                stop(d.start, "stale specialization");
                goto done;
            }
            add_operand_dependency(out, uop, operand);
            if (uop == _PUSH_FRAME) {
                CodeObject* callee = init_type_version
                                         ? init_code_for_type_version(init_type_version)
                                         : code_for_function_version(func_version);
                if (!callee) {
                    out.uops.resize(rollback);
                    stop(d.start, "unknown callee");
                    goto done;
                }
                operand = reinterpret_cast<uintptr_t>(callee);
                out.emit(uop, uop_oparg, operand, target);
                out.instructions++;
                bool recursive = callee == code;
                for (int s = 0; s < depth; s++)
                    recursive |= stack[s].code == callee;
                if (recursive) {
                    // The callee's frame is running now: stop at its start.
                    out.refs.push_back(Value(callee));
                    stop(0, "recursive call");
                    goto done;
                }
                int frames = init_type_version ? 2 : 1;
                if (depth + frames > kTraceStackSize) {
                    out.stop_reason = "calls nested too deeply";
                    return false;
                }
                stack[depth++] = Caller{code, d.next};
                if (init_type_version) stack[depth++] = Caller{init_shim_code_object(), 0};
                bloom_add(&out.deps, dependency_key(callee));
                out.refs.push_back(Value(callee));
                code = callee;
                i = 0;
                first = false;
                goto next_instruction;
            }
            out.emit(uop, uop_oparg, operand, target, exit_target);
        }
        out.instructions++;
        i = d.next;
        first = false;
    next_instruction:;
    }
done:
    // A root trace must get somewhere beyond its back-edge.
    return out.instructions >= (chain_depth == 0 ? 2 : 1);
}

} // namespace uopy
