// The `gc` module: the collector's switches (objects die when a collection
// finds them unreachable; see runtime/gc.h). CPython counterpart:
// Modules/gcmodule.c.
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/finalizers.h"
#include "runtime/gc.h"
#include "runtime/interp.h"

#include <time.h>

namespace uopy {

// Collections after __del__ calls, at most: a finalizer may drop objects
// whose own __del__ then runs in the next round, and so on; a bound, so
// that one which always makes such an object cannot keep gc.collect() busy.
static constexpr int kMaxFinalizerRounds = 8;

static Value g_collect(Value, const Value* args, size_t nargs, Value kwnames) {
    // Called from the eval loop, the arguments are the top of the caller's
    // value stack: what lies above was popped (interp.cpp, trace_thread).
    Frame* caller = g_ts->current_frame;
    Value* top = const_cast<Value*>(args) + nargs + (kwnames ? tuple_size(kwnames) : 0);
    bool on_stack = caller && args && top >= caller->stack_base() &&
                    top <= caller->localsplus + caller->code->framesize;
    auto collect = [&] {
        // Only while the caller is the innermost frame (not during a __del__).
        g_ts->native_call_top = on_stack && g_ts->current_frame == caller ? top : nullptr;
        size_t n = gc_collect();
        g_ts->native_call_top = nullptr;
        return n;
    };
    size_t freed = collect();
    // The objects the collection found with a __del__ survived it: their
    // __del__ runs now, before gc.collect() returns, as in CPython. Another
    // collection then frees those it did not resurrect, so that (as after
    // CPython's) their weak references are dead and the callbacks below run.
    for (int round = 0; round < kMaxFinalizerRounds && run_pending_finalizers() > 0; round++)
        freed += collect();
    run_pending_weakref_callbacks();
    return make_int(static_cast<int64_t>(freed));
}
static Value g_enable(Value, const Value*, size_t, Value) {
    gc_set_enabled(true);
    return None();
}
static Value g_disable(Value, const Value*, size_t, Value) {
    gc_set_enabled(false);
    return None();
}
static Value g_isenabled(Value, const Value*, size_t, Value) {
    return Bool(gc_is_enabled());
}
static Value g_get_count(Value, const Value*, size_t, Value) {
    return tuple_pack({Value::small_int(0), Value::small_int(0), Value::small_int(0)});
}
static Value g_get_threshold(Value, const Value*, size_t, Value) {
    return tuple_pack({Value::small_int(700), Value::small_int(10), Value::small_int(10)});
}
static Value g_set_threshold(Value, const Value*, size_t, Value) {
    return None();
}
// gc.is_finalized(obj): whether obj's __del__ has run (or begun to).
static Value g_is_finalized(Value, const Value* args, size_t, Value) {
    return Bool(args[0].is_ptr() && (args[0].as_ptr()->gc_flags & GC_FINALIZED));
}

static const NativeMethodDef gc_functions[] = {
    {"collect", g_collect, NATIVE_KEYWORDS, nullptr},
    {"enable", g_enable, 0, nullptr},
    {"disable", g_disable, 0, nullptr},
    {"isenabled", g_isenabled, 0, nullptr},
    {"get_count", g_get_count, 0, nullptr},
    {"get_threshold", g_get_threshold, 0, nullptr},
    {"set_threshold", g_set_threshold, 0, nullptr},
    {"is_finalized", g_is_finalized, NATIVE_O, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Value init_gc_module() {
    ModuleObject* m = make_module("gc");
    if (!m) return Value();
    add_functions(m->dict, gc_functions, Value(m));
    // Objects the collector could not free. A __del__ never stops it (PEP
    // 442), so the list stays empty; programs still read it.
    Value garbage = make_list(0);
    if (!garbage || !dict_set_cstr(m->dict, "garbage", garbage)) return Value();
    return Value(m);
}

} // namespace uopy
