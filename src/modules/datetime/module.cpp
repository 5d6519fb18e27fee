// The `_datetime` module: builds the types once, gives them their class
// attributes (min, max, resolution, timezone.utc) and makes the module
// that the host stdlib's datetime.py imports everything from. CPython
// counterpart: the module initialization of Modules/_datetimemodule.c.
//
// datetime.py falls back to its pure-Python classes when this import
// raises ImportError, so any failure here is reported as one.
#include "modules/datetime/datetime_internal.h"

#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/type.h"

#include <string>

namespace uopy {

namespace datetime {

namespace {

Value g_epoch; // 1970-01-01T00:00:00+00:00

bool set_class_attr(Type* t, const char* name, Value v) {
    return v && dict_set_cstr(t->dict, name, v);
}

// Builds the types and their class attributes; false with an exception set.
bool init_types() {
    static bool types_made = false, ready = false;
    if (ready) return true;
    // The static types' dicts become roots once init_static_type has
    // registered them; nothing may be collected while they are made.
    bool was_enabled = gc_is_enabled();
    gc_set_enabled(false);
    if (!types_made) {
        types_made = true;
        init_delta_type();
        init_date_types();
        init_time_type();
        init_datetime_type();
        init_tzinfo_types();
        gc_add_root(&g_epoch);
    }
    g_epoch = new_datetime(1970, 1, 1, 0, 0, 0, 0, utc_timezone(), 0);
    constexpr int64_t kDaySeconds = 24 * 3600;
    bool ok = g_epoch && utc_timezone() &&
              set_class_attr(&DeltaType, "resolution", new_delta(0, 0, 1, false)) &&
              set_class_attr(&DeltaType, "min", new_delta(-kMaxDeltaDays, 0, 0, false)) &&
              set_class_attr(&DeltaType, "max",
                             new_delta(kMaxDeltaDays, kDaySeconds - 1, 999999, false)) &&
              set_class_attr(&DateType, "min", new_date(1, 1, 1)) &&
              set_class_attr(&DateType, "max", new_date(kMaxYear, 12, 31)) &&
              set_class_attr(&DateType, "resolution", new_delta(1, 0, 0, false)) &&
              set_class_attr(&TimeType, "min", new_time(0, 0, 0, 0, None(), 0)) &&
              set_class_attr(&TimeType, "max", new_time(23, 59, 59, 999999, None(), 0)) &&
              set_class_attr(&TimeType, "resolution", new_delta(0, 0, 1, false)) &&
              set_class_attr(&DateTimeType, "min", new_datetime(1, 1, 1, 0, 0, 0, 0, None(), 0)) &&
              set_class_attr(&DateTimeType, "max",
                             new_datetime(kMaxYear, 12, 31, 23, 59, 59, 999999, None(), 0)) &&
              set_class_attr(&DateTimeType, "resolution", new_delta(0, 0, 1, false)) &&
              set_class_attr(&TimeZoneType, "utc", utc_timezone());
    // timezone.min and max are whole minutes within a day: -23:59 and +23:59.
    if (ok) {
        Value lo = new_delta(-1, 60, 0, true);
        Value hi = new_delta(0, (23 * 60 + 59) * 60, 0, false);
        ok = lo && hi && set_class_attr(&TimeZoneType, "min", new_timezone(lo, Value())) &&
             set_class_attr(&TimeZoneType, "max", new_timezone(hi, Value()));
    }
    gc_set_enabled(was_enabled);
    ready = ok;
    return ok;
}

} // namespace

Value diff_to_bool(int64_t diff, CompareOp op) {
    switch (op) {
    case CMP_LT: return Bool(diff < 0);
    case CMP_LE: return Bool(diff <= 0);
    case CMP_EQ: return Bool(diff == 0);
    case CMP_NE: return Bool(diff != 0);
    case CMP_GT: return Bool(diff > 0);
    case CMP_GE: return Bool(diff >= 0);
    }
    return NotImplemented();
}

const char* repr_type_name(Value v) {
    return type_of(v)->name;
}

Value epoch_datetime() {
    return g_epoch;
}

} // namespace datetime

// `from _datetime import *` takes the public names: the six types,
// MINYEAR, MAXYEAR and UTC (datetime_CAPI, the C API capsule, has no use here).
Value init_datetime_module() {
    using namespace datetime;
    ModuleObject* m = nullptr;
    if (init_types()) m = make_module("_datetime");
    if (m) {
        const std::pair<const char*, Value> attrs[] = {
            {"__doc__", make_str("Native date and time types for the datetime module.")},
            {"date", Value(&DateType)},
            {"datetime", Value(&DateTimeType)},
            {"time", Value(&TimeType)},
            {"timedelta", Value(&DeltaType)},
            {"tzinfo", Value(&TzInfoType)},
            {"timezone", Value(&TimeZoneType)},
            {"MINYEAR", make_int(kMinYear)},
            {"MAXYEAR", make_int(kMaxYear)},
            {"UTC", utc_timezone()},
        };
        for (const auto& [name, value] : attrs)
            if (!value || !dict_set_cstr(m->dict, name, value)) m = nullptr;
    }
    if (m) return Value(m);
    // The pure-Python datetime takes over when this raises ImportError.
    std::string why = err_occurred() ? str_text(err_fetch()) : std::string("unknown error");
    return raise(exc::ImportError, "_datetime could not be initialized: %s", why.c_str());
}

} // namespace uopy
