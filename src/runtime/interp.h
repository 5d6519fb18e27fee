// Interpreter and thread state: the current exception, the frame chain, the
// frame data stack, recursion limits, the module table. CPython counterpart:
// Include/internal/pycore_interp.h, pycore_tstate.h, Python/pystate.c.
// uopy runs one thread of Python; the state is a single global.
#pragma once

#include "objects/frame.h"
#include "objects/object.h"

#include <cstring>
#include <string>
#include <vector>

namespace uopy {

struct ExitData; // optimizer/executor.h

struct ThreadState {
    Value current_exception; // raised and propagating (null if none)
    Value exc_info;          // being handled: what sys.exc_info() reports (null if none)
    Frame* current_frame;    // innermost running Python frame
    // A frame pushed but not yet linked into the chain while its arguments
    // are bound: binding allocates (*args, **kwargs), and what it stored in
    // the frame must survive a collection meanwhile.
    Frame* frame_being_bound;
    // While a native function that asked for it runs (gc.collect()): the top
    // of the innermost frame's value stack at the call (its arguments' end),
    // so that a collection there does not take popped slots for live ones.
    Value* native_call_top;
    int py_depth;             // Python frames on the chain
    int native_depth;         // nested repr()/comparison calls in C++ (see abstract.cpp)
    int recursion_limit;      // sys.getrecursionlimit()
    char* native_stack_base;  // highest address of the native stack
    char* native_stack_limit; // below this, native recursion raises RecursionError
    bool tier2_active;        // the innermost eval loop runs a trace (sys._jit.is_active())
    ExitData* tier2_exit;     // the side exit being taken (for _COLD_EXIT)

    // The frame data stack: chunks of Values where thread-owned frames live.
    char* datastack_top;
    char* datastack_limit;
    struct Chunk {
        char* mem;
        char* limit;
        char* prev_top; // the top in the previous chunk when this one was started
        char* prev_limit;
    };
    std::vector<Chunk> datastack_chunks;
};

extern ThreadState* g_ts;

struct Interpreter {
    Value modules;  // sys.modules (dict)
    Value builtins; // the builtins module's dict
    Value builtins_module;
    Value sys_module;
    Value main_module;
    Value sys_path; // list
    Value argv;     // list
    std::string stdlib_dir;
    std::string executable;
    // sys.dont_write_bytecode and sys.pycache_prefix at start-up (RuntimeConfig).
    bool dont_write_bytecode;
    // -u / PYTHONUNBUFFERED: sys.stdout and sys.stderr have no buffer.
    bool unbuffered = false;
    // sys.flags.int_max_str_digits: the -X int_max_str_digits /
    // PYTHONINTMAXSTRDIGITS value given at start-up, -1 when none.
    int64_t int_max_str_digits_flag = -1;
    std::string pycache_prefix;
    int tier2_mode; // 0 off, 1 uop interpreter, 2 JIT (issue 6)
    bool gc_stress;
    bool isolated;
    // Builtins that CALL specializes by identity (CPython's callable_cache).
    struct {
        Value len, isinstance, list_append;
    } callable_cache;
    // The eval breaker: set asynchronously (signals); checked on back-edges and calls.
    volatile int eval_breaker;
    volatile int pending_sigint;
};

extern Interpreter* g_interp;

// Pushes a frame for [code] on the thread's data stack; the caller fills it.
// Null with RecursionError/MemoryError set when the limit is reached.
Frame* push_frame(CodeObject* code);

// Bytes a frame of [code] takes on the data stack.
inline size_t frame_stack_bytes(CodeObject* code) {
    return (frame_size_bytes(code) + 15) & ~size_t(15);
}
// Whether push_frame(code) would succeed without a new data-stack chunk
// (what tier 2's _CHECK_STACK_SPACE guards).
inline bool frame_fits(CodeObject* code) {
    ThreadState* ts = g_ts;
    return ts->py_depth < ts->recursion_limit &&
           frame_stack_bytes(code) <= static_cast<size_t>(ts->datastack_limit - ts->datastack_top);
}
// The first half of push_frame_that_fits: claims the frame's bytes and
// writes its header (no function, no namespaces yet), not its locals.
inline Frame* claim_frame_that_fits(CodeObject* code) {
    ThreadState* ts = g_ts;
    Frame* f = reinterpret_cast<Frame*>(ts->datastack_top);
    ts->datastack_top += frame_stack_bytes(code);
    // Every header field is written, one store each: a memset of the header
    // would call into libc (its size is not constant with the locals) and
    // most fields are overwritten at once anyway.
    f->code = code;
    f->previous = nullptr;
    f->func = Value();
    f->globals = Value();
    f->builtins = Value();
    f->locals = Value();
    f->instr_ptr = code->code;
    f->stackpointer = f->localsplus + code->nlocalsplus;
    f->return_offset = 0;
    f->owner = FRAME_OWNED_BY_THREAD;
    f->is_entry = 0;
    ts->py_depth++;
    return f;
}
// push_frame for a frame that fits (frame_fits(code) is true). The locals
// are cleared; the value stack above them is always written before it is
// read, and the collector scans it conservatively.
inline Frame* push_frame_that_fits(CodeObject* code) {
    Frame* f = claim_frame_that_fits(code);
    for (int i = 0; i < code->nlocalsplus; i++)
        f->localsplus[i] = Value();
    return f;
}
// Pops the innermost data-stack frame (it must be [f]).
void pop_frame_leaving_chunk(Frame* f);
inline void pop_frame(Frame* f) {
    ThreadState* ts = g_ts;
    // A frame at the very start of a chunk empties it: the chunk goes back.
    if (__builtin_expect(!ts->datastack_chunks.empty(), 0) &&
        reinterpret_cast<char*>(f) == ts->datastack_chunks.back().mem) {
        pop_frame_leaving_chunk(f);
        return;
    }
    ts->datastack_top = reinterpret_cast<char*>(f);
}

// Raises RecursionError when the native stack is nearly exhausted (deep
// recursion through C++ code, e.g. repr of a deeply nested list).
// Returns false with the exception set.
bool check_native_stack();

// The globals of the innermost running Python frame, or null.
Dict* current_globals();

void init_interpreter();

} // namespace uopy
