// Executors: optimized uop traces, the unit tier 2 runs. An executor holds
// its trace (main body, then the exit, deopt and error stubs), one ExitData
// per side exit, a bloom filter of what it depends on, and the tier-1
// instruction it replaced. Root executors live in their code object's
// executor array and are entered through ENTER_EXECUTOR; side executors
// (trace trees) are reached only through a parent's exit.
// CPython counterpart: Include/internal/pycore_optimizer.h
// (_PyExecutorObject, _PyExitData, _PyBloomFilter, _PyUOpInstruction).
#pragma once

#include "objects/code.h"
#include "objects/object.h"

#include <cstdint>

namespace uopy {

// One uop of a trace: (opcode, oparg, operand, target). Guards leave
// through jump_target (the index of their exit or deopt stub) and errors
// through error_target (the index of their _ERROR_POP_N stub). target is
// the code-unit index of the tier-1 instruction the uop comes from (its
// first EXTENDED_ARG, if it has any), where tier 1 re-executes it after a
// deopt; exit_target is where a failed guard resumes, the same but for the
// guards that stand for tier-1 control flow (a branch's other direction,
// a loop's exit).
struct UopInstruction {
    uint16_t opcode;
    uint16_t oparg;
    uint16_t jump_target;
    uint16_t error_target;
    uint32_t target;
    uint32_t exit_target;
    uint64_t operand0;
};
static_assert(sizeof(UopInstruction) == 24);

struct Executor;

// A side exit. Its temperature counts down each time the exit is taken;
// when warm, a side trace is projected from [target] and linked here.
// Until then [executor] is the shared cold executor (cold_executor()), so
// that taking an exit is always a jump to an executor (CPython 3.14).
struct ExitData {
    uint32_t target;
    uint16_t temperature;
    uint8_t chain_depth; // of the executor the exit belongs to
    Executor* executor;  // the side trace, or the cold executor
};

// 256 bits, k = 6 bits per key (CPython's parameters: few false positives
// for the handful of dependencies a trace has).
struct BloomFilter {
    uint32_t bits[8];
};

// Dependency keys: what invalidates an executor. Objects are keyed by
// address; versions (a type's version tag, a function's version, a dict's
// keys version) by kind and number, so that the code that changes a
// version needs no lookup of the executors' objects.
enum class DependencyKind : uint64_t {
    Object = 0,
    TypeVersion = 1,
    FunctionVersion = 2,
    DictKeysVersion = 3,
};
uint64_t dependency_key(DependencyKind kind, uint64_t value);
inline uint64_t dependency_key(const void* object) {
    return dependency_key(DependencyKind::Object, reinterpret_cast<uintptr_t>(object));
}
void bloom_add(BloomFilter* bloom, uint64_t key);
bool bloom_may_contain(const BloomFilter* bloom, uint64_t key);

struct Executor : Object {
    // The tier-1 instruction ENTER_EXECUTOR replaced (root executors).
    uint8_t vm_opcode;
    uint8_t vm_oparg;
    bool valid;
    bool warm;
    uint8_t chain_depth; // 0 for a root executor, 1.. for side traces
    int32_t index;       // code-unit index of its ENTER_EXECUTOR, -1 if not installed
    CodeObject* code;    // where it is installed (strong), or null
    BloomFilter bloom;
    Executor* prev; // the list of all executors (for invalidation)
    Executor* next;
    uint32_t trace_length; // uops in trace[], stubs included
    uint32_t body_length;  // uops before the first stub
    uint32_t exit_count;
    uint32_t ref_count; // objects the trace names (code objects of inlined calls)
    ExitData* exits;
    Value* refs;
    UopInstruction trace[];
};

extern Type ExecutorType;

inline bool is_executor(Value v) {
    return v.is_ptr() && v.as_ptr()->type == &ExecutorType;
}

// A new executor for [trace] (length uops, body_length of them before the
// stubs) with [exit_count] exits and the objects in [refs] kept alive;
// linked into the executor list, valid, not installed.
Executor* make_executor(const UopInstruction* trace, uint32_t length, uint32_t body_length,
                        uint32_t exit_count, const Value* refs, uint32_t ref_count,
                        const BloomFilter& deps, int chain_depth);

// The executor every cold exit leads to: one uop, _COLD_EXIT, which warms
// the exit it came from (ThreadState::tier2_exit) and grows its side trace
// when it is hot. Immortal, shared, never invalidated.
Executor* cold_executor();

// The per-code executor array: at most 256 (ENTER_EXECUTOR's oparg byte).
constexpr int kMaxExecutorsPerCode = 256;
Executor* code_executor(CodeObject* code, int slot);
// Installs [ex] at code unit [index] of [code] as ENTER_EXECUTOR; false if
// the code object is full.
bool install_executor(CodeObject* code, int index, Executor* ex);
// The executor installed at code unit [index], or null.
Executor* executor_at(CodeObject* code, int index);
// The original opcode and oparg of the instruction at [index] (looking
// through ENTER_EXECUTOR).
void code_original_instruction(CodeObject* code, int index, uint8_t* opcode, uint8_t* oparg);

// Invalidation: the executor stops being entered (its ENTER_EXECUTOR is
// replaced by the original instruction) and a running copy leaves at its
// next _CHECK_VALIDITY. Memory is the collector's business: an executor
// no code object or exit refers to, and that is not on the native stack
// (running), is freed like any unreachable object.
void executor_invalidate(Executor* ex);
void invalidate_dependency(uint64_t key);

void trace_code_executors(CodeObject* code, Tracer& t); // for code_trace
void free_code_executors(CodeObject* code);             // code object finalizer

void init_executor_type();

} // namespace uopy
