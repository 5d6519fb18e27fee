// Tier-1 specialization (PEP 659): quickening new code objects and the
// specializers that adaptive instructions call when their counter triggers.
// Each specializer looks at the operands the instruction sees now and
// rewrites the instruction in place to a specialized form of its family (and
// fills its inline cache), or leaves the generic form with a longer backoff.
// Specialized forms check their assumptions (DEOPT_IF / EXIT_IF) and fall
// back to the generic form's body on a miss; see docs/specialization.md.
// CPython counterpart: Python/specialize.c.
#pragma once

#include "objects/code.h"
#include "objects/frame.h"
#include "objects/list.h"

#include <cstdint>
#include <cstdio>
#include <map>
#include <string>

namespace uopy::vm {

// Sets every adaptive instruction's counter to its warm-up value. Called once
// for each new code object.
void quicken(CodeObject* co);

// `-X specialization=off`: adaptive instructions never specialize (they back
// off to the longest countdown at each attempt), for comparison.
extern bool g_specialization_enabled;

// `-X specialization-stats`: counts kept while the program runs and printed
// to stderr at exit. Null (and nothing counted) otherwise.
struct SpecializationStats {
    uint64_t hits[256] = {};      // executions of each specialized form
    uint64_t misses[256] = {};    // its guards failing (back to the generic path)
    uint64_t successes[256] = {}; // specializations to each form
    uint64_t failures[256] = {};  // failed attempts, by family
    std::map<std::string, uint64_t> failure_reasons[256];
};
extern SpecializationStats* g_specialization_stats;
void enable_specialization_stats();
void print_specialization_stats(FILE* out);

// The polymorphic attribute loads (LOAD_ATTR_INSTANCE_VALUE_POLY,
// LOAD_ATTR_METHOD_WITH_VALUES_POLY): a site that has seen instances of
// several classes with the same attribute -- subclasses sharing a base's
// __init__, as richards' tasks -- keeps what it learned about each class,
// by type version, instead of missing on every change of class. A type
// version names one state of one class for good (a changed class gets a new
// one), so an entry never turns wrong: it only stops matching.
struct AttrPolyEntry {
    uint32_t type_version; // 0: unused
    uint32_t keys_version; // method form: the class's shared keys, without the name
    uint64_t payload;      // the inline-values index, or the method (a raw Value)
};
struct AttrPolyCache {
    static constexpr int kEntries = 4;
    AttrPolyEntry entries[kEntries];
    uint32_t replace_next; // once all are used, the entry a new class takes
};
inline const AttrPolyEntry* attr_poly_find(const AttrPolyCache* c, uint32_t type_version) {
    if (type_version == 0) return nullptr;
    for (const AttrPolyEntry& e : c->entries)
        if (e.type_version == type_version) return &e;
    return nullptr;
}

// The side table at [index] in code->spec_tables (a list of gc_alloc_bytes
// buffers: the list holds each buffer's object, whose payload follows it).
inline AttrPolyCache* spec_table_at(CodeObject* code, uint16_t index) {
    Object* buffer = as_list(code->spec_tables)->items[index].as_ptr();
    return reinterpret_cast<AttrPolyCache*>(buffer + 1);
}

// An entry of BINARY_OP_EXTEND's table: when [guard] accepts both operands,
// [action] computes `lhs op rhs` without failing.
struct BinaryOpExtension {
    int op; // NB_* without the in-place offset
    bool (*guard)(Value lhs, Value rhs);
    Value (*action)(Value lhs, Value rhs);
    // Float arithmetic with an int operand, or a true division: guard and
    // action are vm_float_arith's, which BINARY_OP_EXTEND runs inline
    // rather than through the two calls.
    bool float_arith = false;
};

void vm_specialize_binary_op(Value lhs, Value rhs, CodeUnit* instr, int oparg);
void vm_specialize_compare_op(Value left, Value right, CodeUnit* instr, int oparg);
void vm_specialize_load_global(Frame* frame, CodeUnit* instr, Value name);
void vm_specialize_to_bool(Value value, CodeUnit* instr);
void vm_specialize_store_subscr(Value container, Value sub, CodeUnit* instr);
void vm_specialize_contains_op(Value container, CodeUnit* instr);
void vm_specialize_for_iter(Value iter, CodeUnit* instr);
void vm_specialize_unpack_sequence(Value seq, CodeUnit* instr, int oparg);
void vm_specialize_send(Value receiver, CodeUnit* instr);
void vm_specialize_call(Value callable, Value self_or_null, CodeUnit* instr, int oparg);
void vm_specialize_call_kw(Value callable, Value self_or_null, CodeUnit* instr);
void vm_specialize_load_attr(CodeObject* code, Value owner, CodeUnit* instr, Value name, int oparg);
void vm_specialize_store_attr(CodeObject* code, Value owner, CodeUnit* instr, Value name);
void vm_specialize_load_super_attr(Value global_super, Value cls, CodeUnit* instr, int oparg);

} // namespace uopy::vm
