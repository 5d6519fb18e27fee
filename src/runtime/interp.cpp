// Interpreter and thread state, the frame data stack, and the GC roots the
// VM contributes. CPython counterpart: Python/pystate.c
// (_PyThreadState_PushFrame, the data stack chunks).
#include "runtime/interp.h"

#include "objects/code.h"
#include "objects/function.h"
#include "runtime/errors.h"
#include "runtime/gc.h"

#include <cstdlib>
#include <cstring>

namespace uopy {

ThreadState* g_ts;
Interpreter* g_interp;

// Frames live in chunks of this many bytes; a frame never spans two chunks.
static constexpr size_t kChunkSize = 1 << 20;

Frame* push_frame(CodeObject* code) {
    ThreadState* ts = g_ts;
    if (ts->py_depth >= ts->recursion_limit) {
        raise(exc::RecursionError, "maximum recursion depth exceeded");
        return nullptr;
    }
    size_t size = frame_stack_bytes(code);
    // (No pointer arithmetic on the null top before the first chunk: UB.)
    if (!ts->datastack_top || size > static_cast<size_t>(ts->datastack_limit - ts->datastack_top)) {
        size_t chunk = size > kChunkSize ? size : kChunkSize;
        char* mem = static_cast<char*>(std::malloc(chunk));
        if (!mem) {
            raise_memory_error();
            return nullptr;
        }
        // Remember where the previous chunk stopped so pop_frame can go back.
        ts->datastack_chunks.push_back({mem, mem + chunk, ts->datastack_top, ts->datastack_limit});
        ts->datastack_top = mem;
        ts->datastack_limit = mem + chunk;
    }
    return push_frame_that_fits(code);
}

void pop_frame_leaving_chunk(Frame*) {
    // The chunk is empty again: free it and return to the previous one.
    ThreadState* ts = g_ts;
    ThreadState::Chunk c = ts->datastack_chunks.back();
    ts->datastack_chunks.pop_back();
    std::free(c.mem);
    ts->datastack_top = c.prev_top;
    ts->datastack_limit = c.prev_limit;
}

bool check_native_stack() {
    char here;
    if (&here < g_ts->native_stack_limit) {
        raise(exc::RecursionError, "maximum recursion depth exceeded");
        return false;
    }
    return true;
}

Dict* current_globals() {
    Frame* f = g_ts->current_frame;
    return f ? reinterpret_cast<Dict*>(f->globals.as_ptr()) : nullptr;
}

// Frames are roots: their code, function, namespaces, and the locals and
// value stack (scanned conservatively, as dead stack slots may be stale).
static void trace_frame_to(Frame* f, Tracer& t, Value* top);

void trace_frame(Frame* f, Tracer& t) {
    trace_frame_to(f, t, nullptr);
}

// [f]'s references; of its value stack, only the part below [top] (when
// given and inside it).
static void trace_frame_to(Frame* f, Tracer& t, Value* top) {
    t.visit(f->code);
    t.visit(f->func);
    t.visit(f->globals);
    t.visit(f->builtins);
    t.visit(f->locals);
    Value* begin = f->localsplus;
    Value* end = f->localsplus + f->code->framesize;
    // The value stack above [top] holds only what was popped: left out, it
    // cannot keep a dropped object alive (and its __del__ from running).
    if (top && top >= f->stack_base() && top <= end) end = top;
    gc_scan_conservatively(t, begin, end);
}

static void trace_thread(Tracer& t) {
    ThreadState* ts = g_ts;
    t.visit(ts->current_exception);
    t.visit(ts->exc_info);
    // A frame that called the next one in the eval loop (a Python call, a
    // generator resumed by for/yield from, __init__'s shim) saved its stack
    // top when it did, and has not run since: only the stack below it is
    // live. A frame that called native code (which entered the next frame
    // as a new eval loop: an entry frame), or the innermost one, keeps its
    // top in a register: all of its stack is scanned, unless the native
    // function running now gave it (ThreadState::native_call_top).
    Frame* inner = nullptr;
    for (Frame* f = ts->current_frame; f; inner = f, f = f->previous)
        trace_frame_to(f, t,
                       inner ? (inner->is_entry ? nullptr : f->stackpointer) : ts->native_call_top);
    if (ts->frame_being_bound) trace_frame(ts->frame_being_bound, t);
    Interpreter* in = g_interp;
    t.visit(in->modules);
    t.visit(in->builtins);
    t.visit(in->builtins_module);
    t.visit(in->sys_module);
    t.visit(in->main_module);
    t.visit(in->sys_path);
    t.visit(in->argv);
    t.visit(in->callable_cache.len);
    t.visit(in->callable_cache.isinstance);
    t.visit(in->callable_cache.list_append);
}

void init_interpreter() {
    g_ts = new ThreadState();
    g_ts->recursion_limit = 1000;
    g_interp = new Interpreter();
    gc_add_root_fn(trace_thread);
}

} // namespace uopy
