// What the two dispatch loops share: the words instruction bodies use
// (bytecodes.def) that mean the same in both tiers, and the frame
// transitions both perform. Included by ceval.cpp (tier 1) and
// ceval_tier2.cpp (the uop interpreter) only.
// CPython counterpart: Python/ceval_macros.h.
#pragma once

#include "objects/code.h"
#include "objects/exception_group.h"
#include "objects/frame.h"
#include "objects/generator.h"
#include "objects/tuple.h"
#include "runtime/interp.h"
#include "vm/ceval_helpers.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace uopy::vm {

// -- Inline cache access -----------------------------------------------------------

static inline uint16_t read_u16(const uint16_t* p) {
    return *p;
}
static inline uint32_t read_u32(const uint16_t* p) {
    uint32_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}
static inline uint64_t read_u64(const uint16_t* p) {
    uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

// -- Frames ----------------------------------------------------------------------------

// A generator's frame lives inside its GeneratorObject.
static inline GeneratorObject* generator_of(Frame* f) {
    return reinterpret_cast<GeneratorObject*>(reinterpret_cast<char*>(f) -
                                              offsetof(GeneratorObject, frame_storage));
}

static inline void clear_frame_for_exit(Frame* f) {
    g_ts->current_frame = f->previous;
    g_ts->py_depth--;
    if (f->owner == FRAME_OWNED_BY_THREAD) pop_frame(f);
}

#ifdef UOPY_CHECK_STACK
[[noreturn]] static inline void stack_overrun(Frame* f, Value* sp) {
    std::fprintf(stderr, "uopy: value stack out of bounds in %s at offset %d (depth %ld of %d)\n",
                 str_view(f->code->qualname).data(), static_cast<int>(f->instr_ptr - f->code->code),
                 static_cast<long>(sp - f->stack_base()), f->code->stacksize);
    std::abort();
}
#endif

// -- Calls and returns (the bodies of _INIT_CALL_*, _PUSH_FRAME and RETURN_VALUE) --------

// A callee's frame travels on the value stack between _INIT_CALL_* and
// _PUSH_FRAME. Frames are 16-byte aligned, so the word reads as a pointer;
// it is not a heap object, which the collector's conservative frame scan
// tolerates.
static inline Value frame_as_value(Frame* f) {
    return Value::from_raw(reinterpret_cast<uintptr_t>(f));
}
static inline Frame* value_as_frame(Value v) {
    return reinterpret_cast<Frame*>(v.raw());
}

// A frame returns into its caller: generator bookkeeping, then it is popped.
static inline void vm_pop_returning_frame(Frame* dying) {
    if (dying->owner == FRAME_OWNED_BY_GENERATOR) {
        generator_of(dying)->state = GEN_COMPLETED;
        vm_leave_generator(generator_of(dying), true);
    }
    clear_frame_for_exit(dying);
}

// -- Words of the instruction bodies -------------------------------------------------

#define GETLOCAL(i) (frame->localsplus[(i)])
#define CONSTANT(i) (tuple_items(frame->code->consts)[(i)])
#define NAME_AT(i) (tuple_items(frame->code->names)[(i)])
#define EVAL_BREAKER_SET() (g_interp->eval_breaker != 0)
// Sanitizer builds check at each dispatch that the value stack stays within
// the frame: the compiler's stack-depth analysis is what sizes frames, and an
// underestimate would silently overwrite the next frame.
#ifdef UOPY_CHECK_STACK
#define CHECK_STACK()                                                                              \
    do {                                                                                           \
        if (stack_pointer < frame->stack_base() ||                                                 \
            stack_pointer > frame->localsplus + frame->code->framesize)                            \
            stack_overrun(frame, stack_pointer);                                                   \
    } while (0)
#else
#define CHECK_STACK() ((void)0)
#endif

} // namespace uopy::vm
