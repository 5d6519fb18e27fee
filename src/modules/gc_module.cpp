// The `gc` module: the collector's switches (objects die when a collection
// finds them unreachable; see runtime/gc.h). CPython counterpart:
// Modules/gcmodule.c.
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"

#include <time.h>

namespace uopy {

static Value g_collect(Value, const Value*, size_t, Value) {
    size_t freed = gc_collect();
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

static const NativeMethodDef gc_functions[] = {
    {"collect", g_collect, NATIVE_KEYWORDS, nullptr},
    {"enable", g_enable, 0, nullptr},
    {"disable", g_disable, 0, nullptr},
    {"isenabled", g_isenabled, 0, nullptr},
    {"get_count", g_get_count, 0, nullptr},
    {"get_threshold", g_get_threshold, 0, nullptr},
    {"set_threshold", g_set_threshold, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Value init_gc_module() {
    ModuleObject* m = make_module("gc");
    if (!m) return Value();
    add_functions(m->dict, gc_functions, Value(m));
    return Value(m);
}

} // namespace uopy
