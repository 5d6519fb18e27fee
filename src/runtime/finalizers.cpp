// Python-level finalizers (see finalizers.h): running __del__ for what the
// collector queued, and for what is still alive at exit. The collector side
// (tracking, queueing, resurrection for one cycle) is in runtime/gc.cpp,
// the TYPE_HAS_DEL flag in runtime/slots.cpp. CPython counterpart:
// Objects/typeobject.c (slot_tp_finalize), Python/pylifecycle.c.
//
// Generators (TYPE_GEN_FINALIZE) share the queue: one collected while
// suspended is closed (gen_finalize), so its `finally` blocks run, as
// CPython's _PyGen_Finalize does.
#include "runtime/finalizers.h"

#include "modules/io_stdio.h"
#include "objects/generator.h"
#include "objects/str.h"
#include "runtime/abstract.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/interp.h"
#include "runtime/traceback.h"
#include "runtime/type.h"

#include <cstdio>
#include <string>

namespace uopy {

// Set while a batch of __del__ calls runs, so that a collection inside one
// (whose queued objects the running loop picks up) does not start another.
static bool g_running = false;

// What CPython's default sys.unraisablehook prints for an exception a
// __del__ raised: "Exception ignored in: <function C.__del__ at 0x...>",
// then the traceback.
static void report_unraisable(Value del) {
    write_unraisable("Exception ignored in", del);
}

// Calls [obj].__del__(), if its class still has one (it may have been
// deleted since the object was queued); closes a generator. Never leaves
// an exception set.
static void call_finalizer(Value obj) {
    if (type_of(obj)->flags & TYPE_GEN_FINALIZE) {
        gen_finalize(obj);
        return;
    }
    Value del = type_lookup(type_of(obj), names::__del__);
    if (!del) return;
    Value r = call_special(obj, names::__del__, {});
    if (!r && err_occurred()) report_unraisable(del);
}

int run_pending_finalizers() {
    if (g_running) return 0;
    g_running = true;
    // Normally nothing is pending at a safe point; whatever is stays so.
    Value saved = err_fetch();
    int ran = 0;
    ValueVec batch; // a root: the queued objects stay alive until their turn
    while (gc_take_finalizer_queue(batch)) {
        for (size_t i = 0; i < batch.size(); i++) {
            Value obj = batch[i];
            // Only [obj] (on this stack) keeps it now: once its __del__ has
            // returned, a collection the next ones cause may free it.
            batch[i] = Value();
            call_finalizer(obj);
            ran++;
        }
        batch.clear();
    }
    if (saved) g_ts->current_exception = saved; // as it was (raising anew would chain it)
    g_running = false;
    return ran;
}

void run_exit_finalizers() {
    if (err_occurred()) err_clear(); // the main program's exception was reported
    run_pending_finalizers();
    ValueVec live;
    gc_take_finalizer_candidates(live);
    if (live.empty()) return;
    g_running = true;
    for (size_t i = 0; i < live.size(); i++) {
        Value obj = live[i];
        live[i] = Value();
        Object* o = obj.as_ptr();
        if (o->gc_flags & GC_FINALIZED) continue; // (defensive: never twice)
        o->gc_flags |= GC_FINALIZED;
        call_finalizer(obj);
    }
    g_running = false;
    // Objects that the calls above made and dropped, found by collections
    // they caused. Those made and kept are not finalized: one pass, so that
    // a __del__ that makes another object with a __del__ cannot loop forever.
    run_pending_finalizers();
}

} // namespace uopy
