// Executors: allocation, the per-code executor array, the bloom filter of
// dependencies, invalidation, and the Python-visible executor object
// (`_opcode.get_executor(code, offset)` returns one).
// CPython counterpart: Python/optimizer.c (executor lifecycle, bloom
// filter, _PyUOpExecutor_Type).
#include "optimizer/executor.h"

#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "optimizer/optimizer.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/type.h"
#include "vm/generated/opcode_ids.h"
#include "vm/generated/uop_metadata.h"

#include <cstring>

namespace uopy {

Type ExecutorType;

// -- Dependencies -------------------------------------------------------------------------

uint64_t dependency_key(DependencyKind kind, uint64_t value) {
    return static_cast<uint64_t>(kind) << 62 ^ value;
}

// An FNV-style hash of the key's bytes; six 8-bit slices of it pick the
// filter bits.
static uint64_t bloom_hash(uint64_t key) {
    uint64_t h = 20221211;
    for (int i = 0; i < 8; i++) {
        h ^= (key >> (8 * i)) & 0xff;
        h *= 1000003;
    }
    return h;
}

void bloom_add(BloomFilter* bloom, uint64_t key) {
    uint64_t h = bloom_hash(key);
    for (int i = 0; i < 6; i++) {
        unsigned bit = (h >> (8 * i)) & 255;
        bloom->bits[bit >> 5] |= 1u << (bit & 31);
    }
}

bool bloom_may_contain(const BloomFilter* bloom, uint64_t key) {
    uint64_t h = bloom_hash(key);
    for (int i = 0; i < 6; i++) {
        unsigned bit = (h >> (8 * i)) & 255;
        if (!(bloom->bits[bit >> 5] & (1u << (bit & 31)))) return false;
    }
    return true;
}

// -- Executor objects --------------------------------------------------------------------

// Every live executor, for invalidation (CPython: interp->executor_list_head).
static Executor* g_executors = nullptr;

static void executor_trace(Object* o, Tracer& t) {
    auto* ex = static_cast<Executor*>(o);
    t.visit(ex->code);
    for (uint32_t i = 0; i < ex->exit_count; i++)
        t.visit(ex->exits[i].executor);
    t.visit_values(ex->refs, ex->ref_count);
}

static void unlink_executor(Executor* ex) {
    if (ex->prev) ex->prev->next = ex->next;
    if (ex->next) ex->next->prev = ex->prev;
    if (g_executors == ex) g_executors = ex->next;
    ex->prev = ex->next = nullptr;
}

// The collector frees an executor nothing refers to any more.
static void executor_finalize(Object* o) {
    auto* ex = static_cast<Executor*>(o);
    unlink_executor(ex);
}

Executor* make_executor(const UopInstruction* trace, uint32_t length, uint32_t body_length,
                        uint32_t exit_count, const Value* refs, uint32_t ref_count,
                        const BloomFilter& deps, int chain_depth) {
    size_t size = sizeof(Executor) + sizeof(UopInstruction) * length +
                  sizeof(ExitData) * exit_count + sizeof(Value) * ref_count;
    auto* ex = gc_new<Executor>(&ExecutorType, size);
    if (!ex) return nullptr;
    ex->valid = true;
    ex->warm = true;
    ex->chain_depth = static_cast<uint8_t>(chain_depth);
    ex->index = -1;
    ex->code = nullptr;
    ex->bloom = deps;
    ex->trace_length = length;
    ex->body_length = body_length;
    ex->exit_count = exit_count;
    ex->ref_count = ref_count;
    std::memcpy(ex->trace, trace, sizeof(UopInstruction) * length);
    ex->exits = reinterpret_cast<ExitData*>(ex->trace + length);
    ex->refs = reinterpret_cast<Value*>(ex->exits + exit_count);
    for (uint32_t i = 0; i < ref_count; i++)
        ex->refs[i] = refs[i];
    ex->prev = nullptr;
    ex->next = g_executors;
    if (g_executors) g_executors->prev = ex;
    g_executors = ex;
    return ex;
}

static Executor* g_cold_executor = nullptr;

Executor* cold_executor() {
    return g_cold_executor;
}

static void make_cold_executor() {
    auto* ex = gc_new<Executor>(&ExecutorType, sizeof(Executor) + sizeof(UopInstruction));
    ex->gc_flags |= GC_IMMORTAL;
    gc_add_static(ex);
    ex->valid = true;
    ex->index = -1;
    ex->trace_length = ex->body_length = 1;
    ex->trace[0] = UopInstruction{vm::_COLD_EXIT, 0, 0, 0, 0, 0, 0};
    ex->exits = nullptr;
    ex->refs = nullptr;
    g_cold_executor = ex;
}

// -- The per-code executor array -----------------------------------------------------------
// A gc_alloc_values buffer: [0] is the capacity (a small int), then the
// executors (null where a slot is free).

static int array_capacity(CodeObject* code) {
    auto* arr = static_cast<Value*>(code->executors);
    return arr ? static_cast<int>(arr[0].as_int()) : 0;
}

Executor* code_executor(CodeObject* code, int slot) {
    return static_cast<Executor*>(static_cast<Value*>(code->executors)[1 + slot].as_ptr());
}

void trace_code_executors(CodeObject* code, Tracer& t) {
    auto* arr = static_cast<Value*>(code->executors);
    if (!arr) return;
    t.visit_buffer(arr);
    t.visit_values(arr + 1, static_cast<size_t>(arr[0].as_int()));
}

bool install_executor(CodeObject* code, int index, Executor* ex) {
    if (code->code[index].op.code == vm::ENTER_EXECUTOR) return false;
    auto* arr = static_cast<Value*>(code->executors);
    int cap = array_capacity(code);
    int slot = 0;
    while (slot < cap && arr[1 + slot])
        slot++;
    if (slot == cap) {
        if (cap >= kMaxExecutorsPerCode) return false;
        int new_cap = cap ? cap * 2 : 4;
        Value* grown = gc_alloc_values(1 + static_cast<size_t>(new_cap));
        if (!grown) {
            err_clear();
            return false;
        }
        grown[0] = Value::small_int(new_cap);
        for (int i = 0; i < new_cap; i++)
            grown[1 + i] = i < cap ? arr[1 + i] : Value();
        code->executors = grown;
        arr = grown;
    }
    CodeUnit& unit = code->code[index];
    ex->vm_opcode = unit.op.code;
    ex->vm_oparg = unit.op.arg;
    ex->index = index;
    ex->code = code;
    arr[1 + slot] = Value(ex);
    unit.op.code = vm::ENTER_EXECUTOR;
    unit.op.arg = static_cast<uint8_t>(slot);
    return true;
}

// By the executors' own record of where they are installed, not by the
// bytecode: a cache entry can look like an ENTER_EXECUTOR.
Executor* executor_at(CodeObject* code, int index) {
    auto* arr = static_cast<Value*>(code->executors);
    if (!arr || index < 0 || static_cast<size_t>(index) >= code->ncodeunits ||
        code->code[index].op.code != vm::ENTER_EXECUTOR)
        return nullptr;
    int cap = array_capacity(code);
    for (int slot = 0; slot < cap; slot++) {
        Value v = arr[1 + slot];
        if (v && static_cast<Executor*>(v.as_ptr())->index == index)
            return static_cast<Executor*>(v.as_ptr());
    }
    return nullptr;
}

void code_original_instruction(CodeObject* code, int index, uint8_t* opcode, uint8_t* oparg) {
    if (Executor* ex = executor_at(code, index)) {
        *opcode = ex->vm_opcode;
        *oparg = ex->vm_oparg;
        return;
    }
    *opcode = code->code[index].op.code;
    *oparg = code->code[index].op.arg;
}

// Puts the original instruction back and frees the slot.
static void detach_executor(Executor* ex) {
    CodeObject* code = ex->code;
    if (!code) return;
    CodeUnit& unit = code->code[ex->index];
    auto* arr = static_cast<Value*>(code->executors);
    if (unit.op.code == vm::ENTER_EXECUTOR && arr[1 + unit.op.arg] == Value(ex)) {
        arr[1 + unit.op.arg] = Value();
        unit.op.code = ex->vm_opcode;
        unit.op.arg = ex->vm_oparg;
    }
    ex->code = nullptr;
    ex->index = -1;
}

void executor_invalidate(Executor* ex) {
    if (!ex->valid) return;
    ex->valid = false;
    detach_executor(ex);
    // Side traces hang off the exits; dropping them lets them be collected
    // (they are invalidated on their own when they depend on the change).
    for (uint32_t i = 0; i < ex->exit_count; i++)
        ex->exits[i].executor = g_cold_executor;
}

void invalidate_dependency(uint64_t key) {
    for (Executor* ex = g_executors; ex; ex = ex->next) {
        if (ex->valid && bloom_may_contain(&ex->bloom, key)) {
            tier2_note_invalidation(ex);
            executor_invalidate(ex);
        }
    }
}

// -- The Python-visible executor ------------------------------------------------------------

static Executor* E(Value v) {
    return static_cast<Executor*>(v.as_ptr());
}

static Value ex_is_valid(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("is_valid", nargs, 0, 0)) return Value();
    return Bool(E(self)->valid);
}

static Value ex_get_opcode(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("get_opcode", nargs, 0, 0)) return Value();
    return Value::small_int(E(self)->vm_opcode);
}

static Value ex_get_oparg(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("get_oparg", nargs, 0, 0)) return Value();
    return Value::small_int(E(self)->vm_oparg);
}

// uopy's own (CPython 3.15 has _testinternalcapi.get_exit_executor): the
// side traces grown from this executor's exits, in exit order, so that
// tests can see trace trees. Exits linked to an installed executor (a
// trace that ends where a loop's executor starts) are not its children.
static Value ex_side_executors(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("side_executors", nargs, 0, 0)) return Value();
    Executor* ex = E(self);
    Value out = make_list(0);
    if (!out) return Value();
    for (uint32_t i = 0; i < ex->exit_count; i++) {
        Executor* side = ex->exits[i].executor;
        if (!side || side == g_cold_executor || side->code) continue;
        if (!list_append(out, Value(side))) return Value();
    }
    return out;
}

static const NativeMethodDef executor_methods[] = {
    {"is_valid", ex_is_valid, 0, nullptr},   {"get_opcode", ex_get_opcode, 0, nullptr},
    {"get_oparg", ex_get_oparg, 0, nullptr}, {"side_executors", ex_side_executors, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

static int64_t executor_len(Value self) {
    return E(self)->trace_length;
}

// ex[i] -> (uop name, oparg, target, operand), as CPython's executor.
static Value executor_getitem(Value self, Value key) {
    Executor* ex = E(self);
    int64_t i;
    if (!index_as_int64(key, &i, exc::IndexError)) return Value();
    if (i < 0) i += ex->trace_length;
    if (i < 0 || i >= static_cast<int64_t>(ex->trace_length)) {
        raise(exc::IndexError, "index out of range");
        return Value();
    }
    const UopInstruction& u = ex->trace[i];
    Value items[4] = {make_str(vm::uop_names[u.opcode]), Value::small_int(u.oparg),
                      Value::small_int(u.target), make_int(static_cast<int64_t>(u.operand0))};
    if (!items[0] || !items[3]) return Value();
    return make_tuple_from(items, 4);
}

static Value executor_repr(Value self) {
    char buf[80];
    std::snprintf(buf, sizeof buf, "<uop_executor at %p, %u uops>", static_cast<void*>(E(self)),
                  E(self)->trace_length);
    return make_str(buf);
}

void init_executor_type() {
    ExecutorType.trace = executor_trace;
    ExecutorType.finalize = executor_finalize;
    ExecutorType.repr = executor_repr;
    ExecutorType.len = executor_len;
    ExecutorType.getitem = executor_getitem;
    init_static_type(&ExecutorType, "uop_executor", &ObjectType, sizeof(Executor), 0);
    add_methods(&ExecutorType, executor_methods);
    make_cold_executor();
}

} // namespace uopy
