// The `time` module: clocks, sleep, and calendar time (struct_time,
// gmtime/localtime/mktime, strftime, asctime/ctime, the timezone
// attributes; strptime is the host stdlib's _strptime). CPython
// counterpart: Modules/timemodule.c.
#include "modules/modules.h"
#include "objects/namespace.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/import.h"

#include <cmath>
#include <ctime>
#include <string>
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
static Value t_process_ns(Value, const Value*, size_t, Value) {
    return make_int(clock_ns(CLOCK_PROCESS_CPUTIME_ID));
}
static Value t_thread(Value, const Value*, size_t, Value) {
    return make_float(clock_seconds(CLOCK_THREAD_CPUTIME_ID));
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

// -- Calendar time -------------------------------------------------------------------------------

static Type* struct_time_type() {
    static Type* t = make_struct_seq_type("time", "struct_time",
                                          {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min",
                                           "tm_sec", "tm_wday", "tm_yday", "tm_isdst"});
    return t;
}

static Value from_tm(const struct tm& tm) {
    // Python's weekday counts from Monday, C's from Sunday; months and
    // days of the year from 1.
    return make_struct_seq(struct_time_type(),
                           {make_int(tm.tm_year + 1900), make_int(tm.tm_mon + 1),
                            make_int(tm.tm_mday), make_int(tm.tm_hour), make_int(tm.tm_min),
                            make_int(tm.tm_sec), make_int((tm.tm_wday + 6) % 7),
                            make_int(tm.tm_yday + 1), make_int(tm.tm_isdst)});
}

// A struct_time or 9-tuple into a struct tm, checking the ranges as CPython.
static bool to_tm(Value t, struct tm* out, const char* fn) {
    if (!is_tuple(t)) return raise(exc::TypeError, "Tuple or struct_time argument required"), false;
    if (tuple_size(t) != 9)
        return raise(exc::TypeError, "%s(): illegal time tuple argument", fn), false;
    int64_t v[9];
    for (int i = 0; i < 9; i++)
        if (!int_as_int64(tuple_get(t, static_cast<size_t>(i)), &v[i])) return false;
    *out = {};
    out->tm_year = static_cast<int>(v[0] - 1900);
    out->tm_mon = static_cast<int>(v[1] - 1);
    out->tm_mday = static_cast<int>(v[2]);
    out->tm_hour = static_cast<int>(v[3]);
    out->tm_min = static_cast<int>(v[4]);
    out->tm_sec = static_cast<int>(v[5]);
    out->tm_wday = static_cast<int>((v[6] + 1) % 7);
    out->tm_yday = static_cast<int>(v[7] - 1);
    out->tm_isdst = static_cast<int>(v[8]);
    return true;
}

// The seconds argument of gmtime/localtime/ctime: now when absent or None.
static bool seconds_arg(const Value* a, size_t n, time_t* out) {
    if (n == 0 || is_none(a[0])) {
        *out = time(nullptr);
        return true;
    }
    double d;
    if (!number_to_double(a[0], &d)) return false;
    if (std::isnan(d)) return raise(exc::ValueError, "Invalid value NaN (not a number)"), false;
    *out = static_cast<time_t>(std::floor(d));
    return true;
}

static Value t_gmtime(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("gmtime", n, 0, 1)) return Value();
    time_t s;
    if (!seconds_arg(a, n, &s)) return Value();
    struct tm tm;
    if (!gmtime_r(&s, &tm))
        return raise(exc::OverflowError, "timestamp out of range for platform time_t");
    return from_tm(tm);
}

static Value t_localtime(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("localtime", n, 0, 1)) return Value();
    time_t s;
    if (!seconds_arg(a, n, &s)) return Value();
    struct tm tm;
    if (!localtime_r(&s, &tm))
        return raise(exc::OverflowError, "timestamp out of range for platform time_t");
    return from_tm(tm);
}

static Value t_mktime(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("mktime", n, 1, 1)) return Value();
    struct tm tm;
    if (!to_tm(a[0], &tm, "mktime")) return Value();
    tm.tm_wday = -1; // mktime sets it: still -1 means it failed
    time_t t = mktime(&tm);
    if (t == static_cast<time_t>(-1) && tm.tm_wday == -1)
        return raise(exc::OverflowError, "mktime argument out of range");
    return make_float(static_cast<double>(t));
}

// The current local time, when a struct_time argument is absent.
static bool time_arg(const Value* a, size_t n, struct tm* tm, const char* fn) {
    if (n == 0 || is_none(a[0])) {
        time_t now = time(nullptr);
        localtime_r(&now, tm);
        return true;
    }
    return to_tm(a[0], tm, fn);
}

static Value t_strftime(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("strftime", n, 1, 2)) return Value();
    if (!is_str(a[0]))
        return raise(exc::TypeError, "strftime() argument 1 must be str, not %s", type_name(a[0]));
    struct tm tm;
    if (!time_arg(a + 1, n - 1, &tm, "strftime")) return Value();
    if (tm.tm_mon < 0 || tm.tm_mon > 11) return raise(exc::ValueError, "month out of range");
    if (tm.tm_mday < 0 || tm.tm_mday > 31)
        return raise(exc::ValueError, "day of month out of range");
    if (tm.tm_mday == 0) tm.tm_mday = 1;
    std::string fmt(str_view(a[0]));
    if (fmt.empty()) return make_str("");
    // strftime's result can be empty legitimately: grow until it fits.
    for (size_t size = 256; size <= (size_t(1) << 20); size *= 4) {
        std::string out(size, '\0');
        size_t len = strftime(out.data(), size, fmt.c_str(), &tm);
        if (len > 0 || size > fmt.size() * 64) {
            out.resize(len);
            return make_str(out);
        }
    }
    return make_str("");
}

static std::string asctime_text(const struct tm& tm) {
    static const char* const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s %s %2d %02d:%02d:%02d %d", days[(tm.tm_wday % 7 + 7) % 7],
                  months[(tm.tm_mon % 12 + 12) % 12], tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                  tm.tm_year + 1900);
    return buf;
}

static Value t_asctime(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("asctime", n, 0, 1)) return Value();
    struct tm tm;
    if (!time_arg(a, n, &tm, "asctime")) return Value();
    return make_str(asctime_text(tm));
}

static Value t_ctime(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("ctime", n, 0, 1)) return Value();
    time_t s;
    if (!seconds_arg(a, n, &s)) return Value();
    struct tm tm;
    if (!localtime_r(&s, &tm))
        return raise(exc::OverflowError, "timestamp out of range for platform time_t");
    return make_str(asctime_text(tm));
}

// strptime is pure Python in the stdlib (_strptime), as in CPython.
static Value t_strptime(Value, const Value* a, size_t n, Value) {
    Value m = import_module("_strptime");
    if (!m) return m;
    Value f = get_attr(m, intern("_strptime_time"));
    return f ? call(f, a, n) : f;
}

// get_clock_info(name): how each clock is read, as CPython reports it on Linux.
static Value t_get_clock_info(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("get_clock_info", n, 1, 1)) return Value();
    if (!is_str(a[0]))
        return raise(exc::TypeError, "get_clock_info() argument 1 must be str, not %s",
                     type_name(a[0]));
    struct Clock {
        const char* name;
        clockid_t id;
        const char* impl;
        bool monotonic, adjustable;
    };
    static const Clock clocks[] = {
        {"time", CLOCK_REALTIME, "clock_gettime(CLOCK_REALTIME)", false, true},
        {"monotonic", CLOCK_MONOTONIC, "clock_gettime(CLOCK_MONOTONIC)", true, false},
        {"perf_counter", CLOCK_MONOTONIC, "clock_gettime(CLOCK_MONOTONIC)", true, false},
        {"process_time", CLOCK_PROCESS_CPUTIME_ID, "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true,
         false},
        {"thread_time", CLOCK_THREAD_CPUTIME_ID, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true,
         false},
    };
    for (const Clock& c : clocks) {
        if (str_view(a[0]) != c.name) continue;
        timespec res{};
        clock_getres(c.id, &res);
        Dict* d = make_dict();
        if (!d || !dict_set(d, intern("implementation"), make_str(c.impl)) ||
            !dict_set(d, intern("monotonic"), Bool(c.monotonic)) ||
            !dict_set(d, intern("adjustable"), Bool(c.adjustable)) ||
            !dict_set(d, intern("resolution"),
                      make_float(static_cast<double>(res.tv_sec) + res.tv_nsec * 1e-9)))
            return Value();
        return make_simple_namespace(d);
    }
    return raise(exc::ValueError, "unknown clock");
}

static const NativeMethodDef time_functions[] = {
    {"get_clock_info", t_get_clock_info, 0, nullptr},
    {"time", t_time, 0, nullptr},
    {"time_ns", t_time_ns, 0, nullptr},
    {"perf_counter", t_perf, 0, nullptr},
    {"perf_counter_ns", t_perf_ns, 0, nullptr},
    {"monotonic", t_perf, 0, nullptr},
    {"monotonic_ns", t_perf_ns, 0, nullptr},
    {"process_time", t_process, 0, nullptr},
    {"process_time_ns", t_process_ns, 0, nullptr},
    {"thread_time", t_thread, 0, nullptr},
    {"sleep", t_sleep, 0, nullptr},
    {"gmtime", t_gmtime, 0, nullptr},
    {"localtime", t_localtime, 0, nullptr},
    {"mktime", t_mktime, 0, nullptr},
    {"strftime", t_strftime, 0, nullptr},
    {"strptime", t_strptime, 0, nullptr},
    {"asctime", t_asctime, 0, nullptr},
    {"ctime", t_ctime, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Value init_time_module() {
    ModuleObject* m = make_module("time");
    if (!m) return Value();
    add_functions(m->dict, time_functions, Value(m));
    dict_set_cstr(m->dict, "struct_time", Value(struct_time_type()));
    // How many items _strptime passes to struct_time: the nine visible ones
    // (uopy's struct_time has no tm_zone / tm_gmtoff yet).
    dict_set_cstr(m->dict, "_STRUCT_TM_ITEMS", Value::small_int(9));
    // The local time zone, as tzset() found it.
    tzset();
    dict_set_cstr(m->dict, "timezone", make_int(timezone));
    dict_set_cstr(m->dict, "altzone", make_int(daylight ? timezone - 3600 : timezone));
    dict_set_cstr(m->dict, "daylight", make_int(daylight));
    dict_set_cstr(m->dict, "tzname", tuple_pack({make_str(tzname[0]), make_str(tzname[1])}));
    return Value(m);
}

} // namespace uopy
