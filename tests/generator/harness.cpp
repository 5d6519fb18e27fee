// Compile-only harness for the cases generator's output on
// tests/generator/sample.def: stubs for what src/vm/ceval.cpp provides (Value,
// CodeUnit, read_u16/32/64, the TARGET/DISPATCH/... macros, the locals frame,
// stack_pointer, next_instr, oparg) around the generated files.
// test_cases_generator.py runs: g++ -std=c++20 -fsyntax-only -Wall -Wextra -Werror
//     -I <generated dir> tests/generator/harness.cpp
#include <cassert>
#include <cstdint>
#include <cstring>

namespace uopy {

struct Object;

// The interface of src/objects/value.h that bodies use.
class Value {
  public:
    constexpr Value() : bits_(0) {}
    static constexpr Value small_int(int64_t i) {
        Value v;
        v.bits_ = (static_cast<uint64_t>(i) << 1) | 1;
        return v;
    }
    static constexpr bool fits_small(int64_t i) {
        return i >= -(int64_t(1) << 62) && i < (int64_t(1) << 62);
    }
    constexpr bool is_int() const { return (bits_ & 1) != 0; }
    constexpr bool is_ptr() const { return bits_ != 0 && (bits_ & 1) == 0; }
    constexpr int64_t as_int() const { return static_cast<int64_t>(bits_) >> 1; }
    Object* as_ptr() const { return reinterpret_cast<Object*>(bits_); }
    constexpr uint64_t raw() const { return bits_; }
    explicit constexpr operator bool() const { return bits_ != 0; }

  private:
    uint64_t bits_;
};

} // namespace uopy

namespace uopy::vm {

union CodeUnit {
    uint16_t cache;
    struct {
        uint8_t code;
        uint8_t arg;
    } op;
};

inline uint16_t read_u16(const uint16_t* p) {
    return *p;
}
inline uint32_t read_u32(const uint16_t* p) {
    uint32_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}
inline uint64_t read_u64(const uint16_t* p) {
    uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

struct Frame {
    CodeUnit* instr_ptr;
    Value* localsplus;
    Value* consts;
    Value* names;
    Value* globals_values;
    uint16_t globals_version;
};
struct Tuple {
    int64_t size;
    Value items[1];
};
struct Function {
    uint32_t version;
};

// Runtime functions the sample bodies call (declared only).
Value binary_op(Value lhs, Value rhs, int oparg);
void specialize_binary_op(Value lhs, Value rhs, CodeUnit* instr, int oparg);
void specialize_call(Value callable, Value* args, CodeUnit* instr, int oparg);
Value call_object(Value callable, Value* args, int nargs);
Frame* push_frame(Frame* frame, Value callable, Value self_or_null, Value* args, int nargs);
Value load_global(Frame* frame, Value name);
int unpack_iterable(Value seq, int n, Value* out);
Value make_tuple(Value* items, int n);
void run_executor(Frame* frame, int index);
bool is_function(Value v);

} // namespace uopy::vm

#include "opcode_ids.h"
#include "opcode_metadata.h"
#include "uop_ids.h"
#include "uop_metadata.h"

namespace uopy::vm {

// What the sample's metadata must say (see sample.def).
static_assert(opcode_num_popped(CALL, 3) == 5 && opcode_num_pushed(CALL, 3) == 1);
static_assert(opcode_num_pushed(UNPACK_SEQUENCE, 4) == 4);
static_assert(opcode_deopt[BINARY_OP_ADD_INT] == BINARY_OP);
static_assert(opcode_cache_size[BINARY_OP] == INLINE_CACHE_ENTRIES_BINARY_OP);
static_assert((opcode_flags[LOAD_FAST] & HAS_LOCAL_FLAG) != 0);
static_assert(opcode_expansion[BINARY_OP_ADD_INT].count == 2);
static_assert(opcode_expansion[BINARY_OP_ADD_INT].uops[1].uop == _BINARY_OP_ADD_INT);
static_assert(uop_num_popped(_CALL, 2) == 4);
static_assert(pseudo_targets[JUMP - MIN_PSEUDO_OPCODE].count == 2);

#define TARGET(op) TARGET_##op:
#define DISPATCH()                                                                                 \
    do {                                                                                           \
        opcode = next_instr->op.code;                                                              \
        oparg = next_instr->op.arg;                                                                \
        goto* opcode_targets[opcode];                                                              \
    } while (0)
#define DISPATCH_SAME_OPARG()                                                                      \
    do {                                                                                           \
        opcode = next_instr->op.code;                                                              \
        goto* opcode_targets[opcode];                                                              \
    } while (0)
#define GOTO_ERROR() goto error
#define JUMP_TO_PREDICTED(op) goto PREDICTED_##op
#define UPDATE_MISS_STATS(op) ((void)0)
static int hits[256];
#define COUNTING_TARGET(op)                                                                        \
    COUNT_##op : hits[op]++;                                                                       \
    goto TARGET_##op;
#define GETLOCAL(i) (frame->localsplus[(i)])
#define SETLOCAL(i, v) (frame->localsplus[(i)] = (v))
#define CONSTANT(i) (frame->consts[(i)])
#define NAME_AT(i) (frame->names[(i)])
#define JUMPBY(x) (next_instr += (x))
#define IS_TUPLE(v) ((v).is_ptr())
#define PTR_TUPLE(v) (reinterpret_cast<Tuple*>((v).as_ptr()))
#define IS_FUNCTION(v) (is_function(v))
#define PTR_FUNCTION(v) (reinterpret_cast<Function*>((v).as_ptr()))

int run_frame(Frame* frame, Value* stack_pointer) {
#include "tier1_targets.inc"
    (void)opcode_counting_targets;
    CodeUnit* next_instr = frame->instr_ptr;
    int opcode;
    int oparg;
    DISPATCH();
#include "tier1_cases.inc"
_unknown_opcode:
error:
    (void)opcode;
    return -1;
}

} // namespace uopy::vm
