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
#include "runtime/gc.h"
#include "runtime/import.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <algorithm>
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

// -- struct_time -------------------------------------------------------------------------------
//
// A struct sequence of nine visible items (the 9-tuple that len(), ==,
// hash and repr see) with tm_zone and tm_gmtoff stored after them, as
// CPython's hidden fields: read by attribute, kept by pickling, and given
// back to strftime's %Z. The object header's aux word marks a struct_time
// that has them (one made as a plain tuple of a subclass would not).

constexpr size_t kTmVisible = 9;
constexpr size_t kTmFields = 11;               // with tm_zone, tm_gmtoff
constexpr uint32_t kTmHasHidden = 0x544d5a4eu; // "TMZN"
static const char* const kTmHiddenNames[kTmFields - kTmVisible] = {"tm_zone", "tm_gmtoff"};

static TraceFn g_tuple_trace; // TupleType's trace, for the visible items

static void struct_time_trace(Object* o, Tracer& t) {
    g_tuple_trace(o, t);
    if (o->aux == kTmHasHidden)
        t.visit_values(static_cast<TupleObject*>(o)->items + kTmVisible, kTmFields - kTmVisible);
}

// A struct_time (of [type], or a subclass) holding all kTmFields [items].
static Value new_struct_time(Type* type, const Value* items) {
    auto* t = gc_new<TupleObject>(type, sizeof(TupleObject) + kTmFields * sizeof(Value) +
                                            var_instance_extra(type));
    if (!t) return Value();
    t->size = kTmVisible;
    t->hash = -1;
    t->aux = kTmHasHidden;
    for (size_t i = 0; i < kTmFields; i++)
        t->items[i] = items[i];
    return Value(t);
}

// The hidden field K (0: tm_zone); None when it has none.
template <size_t K> static Value struct_time_hidden(Value self) {
    Object* o = self.as_ptr();
    if (o->aux != kTmHasHidden) return None();
    return static_cast<TupleObject*>(o)->items[kTmVisible + K];
}
static const GetSetDef struct_time_hidden_getsets[] = {
    {"tm_zone", struct_time_hidden<0>, nullptr, "abbreviation of timezone name"},
    {"tm_gmtoff", struct_time_hidden<1>, nullptr, "offset from UTC in seconds"},
    {nullptr, nullptr, nullptr, nullptr},
};

// time.struct_time(sequence, dict=None): 9 to 11 items; the hidden fields
// not given come from [dict] or are None.
static Value struct_time_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("structseq", "sequence, dict=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    Value seq = sequence_to_tuple(a[0]);
    if (!seq) return seq;
    size_t n = tuple_size(seq);
    if (n < kTmVisible)
        return raise(exc::TypeError,
                     "time.struct_time() takes an at least %zu-sequence (%zu-sequence given)",
                     kTmVisible, n);
    if (n > kTmFields)
        return raise(exc::TypeError,
                     "time.struct_time() takes an at most %zu-sequence (%zu-sequence given)",
                     kTmFields, n);
    Dict* d = nullptr;
    if (a[1] && !is_none(a[1])) {
        if (!is_dict(a[1]))
            return raise(exc::TypeError, "time.struct_time() takes a dict as second arg, if any");
        d = as_dict(a[1]);
    }
    Value items[kTmFields];
    for (size_t i = 0; i < kTmFields; i++) {
        Value v = i < n ? tuple_get(seq, i)
                  : d   ? dict_get_cstr(d, kTmHiddenNames[i - kTmVisible])
                        : Value();
        items[i] = v ? v : None();
    }
    return new_struct_time(type, items);
}

// __reduce__: (struct_time, (visible items, {hidden name: value})).
static Value struct_time_reduce(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("__reduce__", nargs, 0, 0)) return Value();
    Value visible = make_tuple_from(tuple_items(self), std::min(tuple_size(self), kTmVisible));
    Dict* hidden = make_dict();
    if (!visible || !hidden) return Value();
    for (size_t k = 0; k < kTmFields - kTmVisible; k++) {
        Value v = self.as_ptr()->aux == kTmHasHidden ? tuple_get(self, kTmVisible + k) : None();
        if (!dict_set_cstr(hidden, kTmHiddenNames[k], v)) return Value();
    }
    Value args = tuple_pack({visible, Value(hidden)});
    return args ? tuple_pack({Value(type_of(self)), args}) : Value();
}
static const NativeMethodDef struct_time_methods[] = {
    {"__reduce__", struct_time_reduce, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

static Type* make_struct_time_type() {
    Type* t = make_struct_seq_type("time", "struct_time",
                                   {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
                                    "tm_wday", "tm_yday", "tm_isdst"});
    g_tuple_trace = TupleType.trace;
    t->trace = struct_time_trace;
    t->tp_new = struct_time_new;
    add_getsets(t, struct_time_hidden_getsets);
    add_methods(t, struct_time_methods);
    dict_set_cstr(t->dict, "n_fields", make_int(static_cast<int64_t>(kTmFields)));
    dict_set_cstr(t->dict, "n_unnamed_fields", make_int(0));
    type_modified(t);
    return t;
}

static Type* struct_time_type() {
    static Type* t = make_struct_time_type();
    return t;
}

// -- Calendar time -------------------------------------------------------------------------------

static Value from_tm(const struct tm& tm) {
    // Python's weekday counts from Monday, C's from Sunday; months and
    // days of the year from 1.
    Value items[kTmFields] = {make_int(tm.tm_year + 1900),
                              make_int(tm.tm_mon + 1),
                              make_int(tm.tm_mday),
                              make_int(tm.tm_hour),
                              make_int(tm.tm_min),
                              make_int(tm.tm_sec),
                              make_int((tm.tm_wday + 6) % 7),
                              make_int(tm.tm_yday + 1),
                              make_int(tm.tm_isdst),
                              tm.tm_zone ? make_str(tm.tm_zone) : None(),
                              make_int(tm.tm_gmtoff)};
    for (Value v : items)
        if (!v) return v;
    return new_struct_time(struct_time_type(), items);
}

// A struct_time or 9-tuple into a struct tm, checking the ranges as CPython.
// A struct_time also gives its tm_zone (kept in [zone], which must outlive
// the struct tm) and tm_gmtoff.
static bool to_tm(Value t, struct tm* out, const char* fn, std::string* zone) {
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
    if (type_of(t) != struct_time_type() || t.as_ptr()->aux != kTmHasHidden) return true;
    Value z = tuple_get(t, kTmVisible);
    if (!is_none(z)) {
        if (!is_str(z))
            return raise(exc::TypeError, "bad argument type for built-in operation"), false;
        *zone = std::string(str_view(z));
        out->tm_zone = zone->c_str();
    }
    Value off = tuple_get(t, kTmVisible + 1);
    if (!is_none(off)) {
        int64_t n;
        if (!index_as_int64(off, &n, exc::OverflowError)) return false;
        out->tm_gmtoff = static_cast<long>(n);
    }
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
    std::string zone;
    if (!to_tm(a[0], &tm, "mktime", &zone)) return Value();
    tm.tm_wday = -1; // mktime sets it: still -1 means it failed
    time_t t = mktime(&tm);
    if (t == static_cast<time_t>(-1) && tm.tm_wday == -1)
        return raise(exc::OverflowError, "mktime argument out of range");
    return make_float(static_cast<double>(t));
}

// The current local time, when a struct_time argument is absent.
static bool time_arg(const Value* a, size_t n, struct tm* tm, const char* fn, std::string* zone) {
    if (n == 0 || is_none(a[0])) {
        time_t now = time(nullptr);
        localtime_r(&now, tm);
        return true;
    }
    return to_tm(a[0], tm, fn, zone);
}

static Value t_strftime(Value, const Value* a, size_t n, Value) {
    if (!check_nargs("strftime", n, 1, 2)) return Value();
    if (!is_str(a[0]))
        return raise(exc::TypeError, "strftime() argument 1 must be str, not %s", type_name(a[0]));
    struct tm tm;
    std::string zone;
    if (!time_arg(a + 1, n - 1, &tm, "strftime", &zone)) return Value();
    if (tm.tm_mon < 0 || tm.tm_mon > 11) return raise(exc::ValueError, "month out of range");
    if (tm.tm_mday < 0 || tm.tm_mday > 31)
        return raise(exc::ValueError, "day of month out of range");
    if (tm.tm_mday == 0) tm.tm_mday = 1;
    // %Z may index tzname[] by tm_isdst: keep it within -1..1, as CPython.
    tm.tm_isdst = tm.tm_isdst < -1 ? -1 : tm.tm_isdst > 1 ? 1 : tm.tm_isdst;
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
    std::string zone;
    if (!time_arg(a, n, &tm, "asctime", &zone)) return Value();
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

// The time zone attributes (timezone, altzone, daylight, tzname) as tzset()
// leaves the C library's.
static bool set_timezone_attrs(Dict* d) {
    tzset();
    Value names = tuple_pack({make_str(tzname[0]), make_str(tzname[1])});
    return names && dict_set_cstr(d, "timezone", make_int(timezone)) &&
           dict_set_cstr(d, "altzone", make_int(daylight ? timezone - 3600 : timezone)) &&
           dict_set_cstr(d, "daylight", make_int(daylight)) && dict_set_cstr(d, "tzname", names);
}

// tzset(): reads TZ again (after os.environ['TZ'] = ...). [self] is the module.
static Value t_tzset(Value self, const Value*, size_t n, Value) {
    if (!check_nargs("tzset", n, 0, 0)) return Value();
    if (!set_timezone_attrs(as_module(self)->dict)) return Value();
    return None();
}

static const NativeMethodDef time_functions[] = {
    {"tzset", t_tzset, 0, nullptr},
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
    // How many items _strptime passes to struct_time: the nine visible
    // ones, then tm_zone and tm_gmtoff.
    dict_set_cstr(m->dict, "_STRUCT_TM_ITEMS", Value::small_int(static_cast<int64_t>(kTmFields)));
    // The local time zone, as tzset() finds it.
    if (!set_timezone_attrs(m->dict)) return Value();
    return Value(m);
}

} // namespace uopy
