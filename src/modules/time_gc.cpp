// The `time` and `gc` modules. CPython counterpart: Modules/timemodule.c,
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

static double clock_seconds(clockid_t id) {
    timespec ts;
    clock_gettime(id, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}
static int64_t clock_ns(clockid_t id) {
    timespec ts;
    clock_gettime(id, &ts);
    return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

static Value t_time(Value, const Value*, size_t, Value) {
    return make_float(clock_seconds(CLOCK_REALTIME));
}
static Value t_time_ns(Value, const Value*, size_t, Value) {
    return make_int(clock_ns(CLOCK_REALTIME));
}
static Value t_perf(Value, const Value*, size_t, Value) {
    return make_float(clock_seconds(CLOCK_MONOTONIC));
}
static Value t_perf_ns(Value, const Value*, size_t, Value) {
    return make_int(clock_ns(CLOCK_MONOTONIC));
}
static Value t_process(Value, const Value*, size_t, Value) {
    return make_float(clock_seconds(CLOCK_PROCESS_CPUTIME_ID));
}
static Value t_sleep(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("sleep", n, 1, 1)) return Value();
    double s;
    if (!number_to_double(a[0], &s)) return Value();
    if (s < 0) return raise(exc::ValueError, "sleep length must be non-negative");
    timespec ts{static_cast<time_t>(s),
                static_cast<long>((s - static_cast<double>(static_cast<time_t>(s))) * 1e9)};
    nanosleep(&ts, nullptr);
    return None();
}

static const NativeMethodDef time_functions[] = {
    {"time", t_time, 0, nullptr},
    {"time_ns", t_time_ns, 0, nullptr},
    {"perf_counter", t_perf, 0, nullptr},
    {"perf_counter_ns", t_perf_ns, 0, nullptr},
    {"monotonic", t_perf, 0, nullptr},
    {"monotonic_ns", t_perf_ns, 0, nullptr},
    {"process_time", t_process, 0, nullptr},
    {"sleep", t_sleep, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Value init_time_module() {
    ModuleObject* m = make_module("time");
    if (!m) return Value();
    add_functions(m->dict, time_functions, Value(m));
    return Value(m);
}

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
