// Generators: a suspended frame plus its state. The frame is stored inside
// the generator object and linked into the thread's frame chain while it
// runs. CPython counterpart: Objects/genobject.c.
#pragma once

#include "objects/frame.h"
#include "objects/object.h"

namespace uopy {

enum : int8_t {
    GEN_CREATED = 0,
    GEN_SUSPENDED = 1,
    GEN_RUNNING = 2,
    GEN_COMPLETED = 3,
};

struct GeneratorObject : Object {
    Value name;
    Value qualname;
    Value exc_state;  // the exception being handled inside the generator (sys.exc_info())
    Value yield_from; // the sub-iterator of a `yield from`, or null
    // While running in its caller's dispatch loop (FOR_ITER_GEN, SEND_GEN):
    // the caller's handled exception, restored when it yields or ends.
    Value outer_exc_info;
    int8_t state;
    alignas(8) char frame_storage[]; // a Frame with code->framesize Values

    Frame* frame() { return reinterpret_cast<Frame*>(frame_storage); }
};

inline bool is_generator(Value v) {
    return v.is_ptr() && v.as_ptr()->type == &GeneratorType;
}
inline GeneratorObject* as_generator(Value v) {
    return static_cast<GeneratorObject*>(v.as_ptr());
}

// Coroutines (async def) and async generators (async def with yield) are
// generator objects of their own types (vm/coroutine.cpp).
extern Type CoroutineType;
extern Type AsyncGeneratorType;
inline bool is_coroutine(Value v) {
    return v.is_ptr() && v.as_ptr()->type == &CoroutineType;
}

// What the three kinds share (vm/generator.cpp). gen_resume resumes [g]
// with [value] (or with the current exception when [throwing]): the value
// it yields; on return null with no exception and *returned set; on error
// null with the exception set.
Value gen_resume(GeneratorObject* g, Value value, bool throwing, Value* returned);
// g.throw(exc): the exception thrown in where [g] is suspended.
Value gen_throw_exc(GeneratorObject* g, Value exc);
// The exception instance throw(typ[, val[, tb]]) means; null on error.
Value gen_throw_args_to_exc(const Value* args, size_t nargs);
// g.close().
Value gen_close_object(GeneratorObject* g);
// What the collector does to a generator, coroutine or async generator it
// found unreachable while suspended (finalizers.cpp calls it): close it, or
// for an async generator whose first iteration saw sys.set_asyncgen_hooks'
// finalizer, call that with it. Errors are reported as unraisable.
void gen_finalize(Value gen);
// The finalizer hook an async generator is to be handed to, or null.
Value agen_finalize_hook(Value agen);
// The iterator [g] is suspended delegating to (`yield from`, `await`), or null.
Value gen_delegate(GeneratorObject* g);
// gi_frame / cr_frame / ag_frame: a frame object (a snapshot, see
// frame_object.h) of [g]'s frame as it is now; None once [g] has finished.
Value gen_frame_object(GeneratorObject* g);

// An async generator's own yielded value, wrapped (INTRINSIC_ASYNC_GEN_WRAP).
Value async_gen_wrap(Value v);

void init_generator_type();
void init_coroutine_types();

} // namespace uopy
