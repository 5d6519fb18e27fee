// Frames: the activation records of Python functions, owned by the VM's
// frame stack (not heap objects), so calls between Python functions need no
// C recursion and tier 2 can trace through them. A generator's frame lives
// inside the generator object. CPython counterpart:
// Include/internal/pycore_interpframe.h (_PyInterpreterFrame).
#pragma once

#include "objects/code.h"

namespace uopy {

enum : uint8_t {
    FRAME_OWNED_BY_THREAD = 0,
    FRAME_OWNED_BY_GENERATOR = 1,
};

struct Frame {
    CodeObject* code;
    Frame* previous;        // the caller, null at the bottom
    Value func;             // the FunctionObject, or null for module/class code run directly
    Value globals;          // dict
    Value builtins;         // dict
    Value locals;           // the mapping for module/class/exec frames, else null
    CodeUnit* instr_ptr;    // the instruction being executed, or to resume at
    Value* stackpointer;    // top of the value stack while the frame is not running
    uint16_t return_offset; // caller resumes at instr_ptr + return_offset (as CPython 3.12+)
    uint8_t owner;
    uint8_t is_entry;   // returning from this frame leaves the eval loop
    Value localsplus[]; // nlocalsplus locals/cells/frees, then the value stack

    Value* stack_base() { return localsplus + code->nlocalsplus; }
};

// Bytes a frame of [co] needs.
inline size_t frame_size_bytes(CodeObject* co) {
    return sizeof(Frame) + sizeof(Value) * static_cast<size_t>(co->framesize);
}

} // namespace uopy
