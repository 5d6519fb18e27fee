// Code objects: bytecode plus everything the VM needs to run it. Created by
// the runtime from the compiler's plain CodeData (frontend/code_data.h).
// CPython counterpart: Objects/codeobject.c, Include/cpython/code.h.
//
// The bytecode is mutable: tier 1 rewrites instructions in place when it
// specializes them, and tier 2 installs ENTER_EXECUTOR (design.md).
#pragma once

#include "objects/object.h"

namespace uopy {

// A 16-bit code unit: an instruction (opcode, oparg) or an inline cache entry.
union CodeUnit {
    uint16_t cache;
    struct {
        uint8_t code;
        uint8_t arg;
    } op;
    uint16_t counter; // backoff counter layout, see vm/backoff.h (issue 5)
};
static_assert(sizeof(CodeUnit) == 2);

// co_flags, with CPython's values.
enum : int {
    CO_OPTIMIZED = 0x0001,
    CO_NEWLOCALS = 0x0002,
    CO_VARARGS = 0x0004,
    CO_VARKEYWORDS = 0x0008,
    CO_NESTED = 0x0010,
    CO_GENERATOR = 0x0020,
    CO_COROUTINE = 0x0080,
    CO_ITERABLE_COROUTINE = 0x0100,
    CO_ASYNC_GENERATOR = 0x0200,
    CO_HAS_DOCSTRING = 0x4000000,
    CO_METHOD = 0x8000000,
    // uopy's own: a VM-internal shim frame (the __init__ return check of
    // CALL_ALLOC_AND_ENTER_INIT), never shown in tracebacks.
    CO_UOPY_SHIM = 0x40000000,
};

// Kinds of localsplus slots (CPython 3.14's CO_FAST_*).
enum : uint8_t {
    CO_FAST_ARG_POS = 0x02,
    CO_FAST_ARG_KW = 0x04,
    CO_FAST_ARG_VAR = 0x08,
    CO_FAST_HIDDEN = 0x10,
    CO_FAST_LOCAL = 0x20,
    CO_FAST_CELL = 0x40,
    CO_FAST_FREE = 0x80,
};

struct CodeObject : Object {
    Value name;            // str
    Value qualname;        // str
    Value filename;        // str
    Value consts;          // tuple
    Value names;           // tuple of str (co_names)
    Value localsplusnames; // tuple of str
    // Raw tables in gc_alloc_bytes buffers (traced with visit_buffer).
    uint8_t* kinds;          // localspluskinds: nlocalsplus CO_FAST_* bytes
    uint8_t* exceptiontable; // CPython's varint exception table
    size_t exceptiontable_len;
    uint8_t* linetable; // CPython 3.11+ location table
    size_t linetable_len;
    int argcount;
    int posonlyargcount;
    int kwonlyargcount;
    int flags;
    int stacksize;
    int firstlineno;
    int nlocalsplus;
    int nlocals;
    int ncellvars;
    int nfreevars;
    int framesize;    // nlocalsplus + stacksize: Values a frame needs
    uint32_t version; // for CALL specialization (issue 5)
    void* executors;  // tier 2: per-code executor array (issue 6)
    // Side tables of specialized instructions whose caches do not fit their
    // inline cache (vm/specialize.h: AttrPolyCache buffers), in a list so
    // they live as long as the code (and its executors) may point to them.
    Value spec_tables;
    size_t ncodeunits;
    CodeUnit code[];
};

inline bool is_code(Value v) {
    return v.is_ptr() && v.as_ptr()->type == &CodeType;
}
inline CodeObject* as_code(Value v) {
    return static_cast<CodeObject*>(v.as_ptr());
}

// The source line of the instruction at code-unit index [index], or -1.
int code_addr_to_line(CodeObject* co, int index);
// co_positions() for one instruction: line, end line, column, end column (-1 if none).
struct CodePosition {
    int line, end_line, col, end_col;
};
CodePosition code_position(CodeObject* co, int index);

void init_code_type();

} // namespace uopy
