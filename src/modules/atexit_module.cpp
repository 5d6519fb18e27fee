// The `atexit` module: functions to run when the interpreter shuts down.
// CPython counterpart: Modules/atexitmodule.c.
//
// The registered calls live in a C++ vector whose Values a GC root function
// traces. As in CPython 3.11, unregister() leaves a hole where each removed
// call was (so _ncallbacks(), the number of slots, does not go down), and
// register() always appends. run_atexit_callbacks() (atexit_module.h), called
// at shutdown, and atexit._run_exitfuncs() run the slots from the last to
// the first, printing what a call raises as an "unraisable" exception, and
// then forget them all.
#include "modules/atexit_module.h"

#include "modules/io_stdio.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/traceback.h"

#include <cstdio>
#include <string>
#include <vector>

namespace uopy {

namespace {

// One registered call: func(*args, **kwargs). A null func is a hole left by
// unregister().
struct AtexitCallback {
    Value func;
    Value args;   // tuple
    Value kwargs; // dict, or null when there were no keyword arguments
};

std::vector<AtexitCallback>& callbacks() {
    static std::vector<AtexitCallback> list;
    return list;
}

void trace_callbacks(Tracer& t) {
    for (const AtexitCallback& cb : callbacks()) {
        t.visit(cb.func);
        t.visit(cb.args);
        t.visit(cb.kwargs);
    }
}

// What CPython's default sys.unraisablehook prints for an exception raised
// by an exit function: a header naming the function, then the traceback.
void report_callback_error(Value func) {
    write_unraisable("Exception ignored in atexit callback", func);
}

// Runs every registered call, the last registered first. A call may
// register (not run this time: it lands beyond the starting point) or
// unregister (its slot becomes a hole, skipped) others; all are forgotten at
// the end.
void run_callbacks() {
    std::vector<AtexitCallback>& list = callbacks();
    for (size_t i = list.size(); i-- > 0;) {
        if (i >= list.size() || !list[i].func) continue; // cleared or unregistered meanwhile
        AtexitCallback cb = list[i];                     // a copy: the call may change the vector
        Value r = call_tuple_dict(cb.func, cb.args, cb.kwargs);
        if (!r) report_callback_error(cb.func);
    }
    list.clear();
}

// register(func, *args, **kwargs) -> func
Value atexit_register(Value, const Value* args, size_t nargs, Value kwnames) {
    if (nargs == 0) return raise(exc::TypeError, "register() takes at least 1 argument (0 given)");
    Value func = args[0];
    if (!callable(func)) return raise(exc::TypeError, "the first argument must be callable");
    Value pos = make_tuple_from(args + 1, nargs - 1);
    if (!pos) return Value();
    Value kwargs;
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    if (nkw > 0) {
        Dict* d = make_dict();
        if (!d) return Value();
        kwargs = Value(d);
        for (size_t i = 0; i < nkw; i++)
            if (!dict_set(d, tuple_get(kwnames, i), args[nargs + i])) return Value();
    }
    callbacks().push_back({func, pos, kwargs});
    return func;
}

// unregister(func): removes every registration of a function equal to func.
Value atexit_unregister(Value, const Value* args, size_t, Value) {
    std::vector<AtexitCallback>& list = callbacks();
    for (size_t i = 0; i < list.size(); i++) {
        if (!list[i].func) continue;
        Value f = list[i].func; // __eq__ may run code that changes the list
        int eq = equals(f, args[0]);
        if (eq < 0) return Value();
        if (eq && i < list.size() && list[i].func == f) list[i] = AtexitCallback{};
    }
    return None();
}

Value atexit_run_exitfuncs(Value, const Value*, size_t, Value) {
    run_callbacks();
    return None();
}

Value atexit_clear(Value, const Value*, size_t, Value) {
    callbacks().clear();
    return None();
}

// The number of slots, holes left by unregister() included (as in 3.11).
Value atexit_ncallbacks(Value, const Value*, size_t, Value) {
    return Value::small_int(static_cast<int64_t>(callbacks().size()));
}

const NativeMethodDef atexit_functions[] = {
    {"register", atexit_register, NATIVE_KEYWORDS,
     "register(func, *args, **kwargs) -> func\n\n"
     "Register a function to be called, with the given arguments, when the\n"
     "interpreter exits normally. Returns func, so that register can be used\n"
     "as a decorator."},
    {"unregister", atexit_unregister, NATIVE_O,
     "unregister(func) -> None\n\n"
     "Forget every registration of func (compared with ==)."},
    {"_run_exitfuncs", atexit_run_exitfuncs, NATIVE_NOARGS,
     "_run_exitfuncs() -> None\n\nRun the registered exit functions now, then forget them."},
    {"_clear", atexit_clear, NATIVE_NOARGS,
     "_clear() -> None\n\nForget every registered exit function."},
    {"_ncallbacks", atexit_ncallbacks, NATIVE_NOARGS,
     "_ncallbacks() -> int\n\nThe number of registered exit functions."},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace

void run_atexit_callbacks() {
    if (callbacks().empty()) return;
    // Nothing may be pending: the main program's exception was reported.
    if (err_occurred()) err_clear();
    run_callbacks();
}

Value init_atexit_module() {
    static bool rooted = false;
    if (!rooted) {
        gc_add_root_fn(trace_callbacks);
        rooted = true;
    }
    ModuleObject* m = make_module("atexit");
    if (!m) return Value();
    Value mod(m);
    add_functions(m->dict, atexit_functions, mod);
    if (!dict_set_cstr(m->dict, "__doc__",
                       make_str("Register functions to be run when the interpreter exits.")))
        return Value();
    return mod;
}

} // namespace uopy
