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

void init_generator_type();

} // namespace uopy
