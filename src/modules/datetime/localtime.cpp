// Everything of the datetime types that asks the C library about time:
// timestamps to dates and datetimes (local or UTC), now(), the local UTC
// offset of a naive datetime (timestamp(), astimezone()), and the PEP 495
// fold of an ambiguous local time. CPython counterpart: the timestamp and
// local-time functions of Modules/_datetimemodule.c (local, local_to_seconds,
// datetime_from_timet_and_us, datetime_astimezone, ...) and the
// timestamp conversions of Python/pytime.c.
//
// Seconds here count from 0001-01-01T00:00:00 ("utc seconds"); kEpoch is
// the Unix epoch on that scale. A local time is solved for its UTC
// seconds by probing localtime() a day (kMaxFoldSeconds) either side: no
// zone has moved its clock by more.
#include "modules/datetime/datetime_internal.h"

#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "runtime/abstract.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/import.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <ctime>
#include <string>

namespace uopy::datetime {

namespace {

constexpr int64_t kMaxFoldSeconds = 24 * 3600;
constexpr int64_t kEpoch = 719163LL * 24 * 60 * 60; // date(1970, 1, 1).toordinal() days

using TmFunc = struct tm* (*)(const time_t*, struct tm*);

// localtime_r / gmtime_r with CPython's error: OSError from errno.
bool to_tm(TmFunc f, time_t t, struct tm* out) {
    errno = 0;
    if (f(&t, out)) return true;
    raise_os_error(errno ? errno : EINVAL);
    return false;
}

Value time_t_overflow() {
    return raise(exc::OverflowError, "timestamp out of range for platform time_t");
}

// An int timestamp as time_t (through __index__).
bool int_to_time_t(Value v, time_t* out) {
    Value i = number_index(v);
    if (!i) return false;
    int64_t x;
    if (!int_fits_int64(i, &x)) return time_t_overflow(), false;
    *out = static_cast<time_t>(x);
    return true;
}

bool double_fits_time_t(double d) {
    return d >= -9223372036854775808.0 && d < 9223372036854775808.0;
}

// _PyTime_ObjectToTime_t with floor rounding: date.fromtimestamp().
bool object_to_time_t(Value v, time_t* out) {
    if (!is_float(v)) return int_to_time_t(v, out);
    double d = float_value(v);
    if (std::isnan(d)) return raise(exc::ValueError, "Invalid value NaN (not a number)"), false;
    double intpart = std::floor(d);
    if (!double_fits_time_t(intpart)) return time_t_overflow(), false;
    *out = static_cast<time_t>(intpart);
    return true;
}

// _PyTime_ObjectToTimeval with half-even rounding of the microseconds.
bool object_to_timeval(Value v, time_t* sec, int* us) {
    if (!is_float(v)) {
        *us = 0;
        return int_to_time_t(v, sec);
    }
    double d = float_value(v);
    if (std::isnan(d)) return raise(exc::ValueError, "Invalid value NaN (not a number)"), false;
    double intpart;
    double frac = std::modf(d, &intpart) * 1e6;
    double rounded = std::round(frac);
    if (std::fabs(frac - rounded) == 0.5) rounded = 2.0 * std::round(frac / 2.0);
    frac = rounded;
    if (frac >= 1e6) {
        frac -= 1e6;
        intpart += 1.0;
    } else if (frac < 0) {
        frac += 1e6;
        intpart -= 1.0;
    }
    if (!double_fits_time_t(intpart)) return time_t_overflow(), false;
    *sec = static_cast<time_t>(intpart);
    *us = static_cast<int>(frac);
    return true;
}

// The utc seconds of a calendar time; ValueError for a year out of range.
bool utc_to_seconds(int64_t year, int month, int day, int hour, int minute, int second,
                    int64_t* out) {
    if (year < kMinYear || year > kMaxYear) {
        raise(exc::ValueError, "year %lld is out of range", static_cast<long long>(year));
        return false;
    }
    int64_t ordinal = ymd_to_ord(static_cast<int>(year), month, day);
    *out = ((ordinal * 24 + hour) * 60 + minute) * 60 + second;
    return true;
}

// The local time of utc seconds [u], as utc seconds.
bool local(int64_t u, int64_t* out) {
    struct tm tm;
    if (!to_tm(localtime_r, static_cast<time_t>(u - kEpoch), &tm)) return false;
    return utc_to_seconds(int64_t(tm.tm_year) + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
                          tm.tm_min, tm.tm_sec, out);
}

// The utc seconds whose local time is the given one: with two candidates
// (a repeated hour) the fold picks the later; in a gap, the fold picks the
// earlier of the two offsets' readings, as CPython.
bool local_to_seconds(int64_t year, int month, int day, int hour, int minute, int second, int fold,
                      int64_t* out) {
    int64_t t, lt;
    if (!utc_to_seconds(year, month, day, hour, minute, second, &t) || !local(t, &lt)) return false;
    int64_t a = lt - t;
    int64_t u1 = t - a;
    int64_t t1;
    if (!local(u1, &t1)) return false;
    int64_t b;
    if (t1 == t) {
        // One solution; look for another on the fold's side.
        int64_t u2 = fold ? u1 + kMaxFoldSeconds : u1 - kMaxFoldSeconds;
        if (!local(u2, &lt)) return false;
        b = lt - u2;
        if (a == b) {
            *out = u1;
            return true;
        }
    } else {
        b = t1 - u1;
    }
    int64_t u2 = t - b;
    int64_t t2;
    if (!local(u2, &t2)) return false;
    if (t2 == t) {
        *out = u2;
    } else if (t1 == t) {
        *out = u1;
    } else {
        *out = fold ? std::min(u1, u2) : std::max(u1, u2);
    }
    return true;
}

// A datetime of class [cls] from a time_t and microseconds, read by
// localtime (utc false) or gmtime; a local naive one gets its fold.
Value from_timet_and_us(Value cls, bool utc, time_t timet, int us, Value tzinfo) {
    struct tm tm;
    if (!to_tm(utc ? gmtime_r : localtime_r, timet, &tm)) return Value();
    int64_t year = int64_t(tm.tm_year) + 1900;
    // A leap second (tm_sec 60) would only make the constructor complain.
    int second = tm.tm_sec > 59 ? 59 : tm.tm_sec;
    int fold = 0;
    if (is_none(tzinfo) && !utc) {
        int64_t result_seconds, probe;
        if (!utc_to_seconds(year, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, second,
                            &result_seconds) ||
            !local(kEpoch + timet - kMaxFoldSeconds, &probe))
            return Value();
        int64_t transition = result_seconds - probe - kMaxFoldSeconds;
        if (transition < 0) {
            if (!local(kEpoch + timet + transition, &probe)) return Value();
            if (probe == result_seconds) fold = 1;
        }
    }
    return new_datetime_subclass(year, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, second, us,
                                 tzinfo, fold, cls);
}

// The local time zone at a time_t: timezone(timedelta(seconds=tm_gmtoff), tm_zone).
Value local_timezone_from_timestamp(time_t t) {
    struct tm tm;
    if (!to_tm(localtime_r, t, &tm)) return Value();
    Value delta = new_delta(0, tm.tm_gmtoff, 0, true);
    if (!delta) return delta;
    Value name;
    if (tm.tm_zone) {
        name = make_str(tm.tm_zone);
        if (!name) return name;
    }
    return new_timezone(delta, name);
}

// The local time zone at an aware UTC datetime.
Value local_timezone(Value utc_time) {
    Value delta = datetime_subtract(utc_time, epoch_datetime());
    if (!delta) return delta;
    DeltaObject* d = as_delta(delta);
    int64_t seconds = int64_t(d->days) * 86400 + d->seconds;
    return local_timezone_from_timestamp(static_cast<time_t>(seconds));
}

// The local time zone of a naive datetime taken as local time, at the
// instant its fold selects (CPython 3.11 solves for that fold only).
Value local_timezone_from_local(Value dt) {
    DateTimeObject* d = as_datetime(dt);
    int64_t seconds;
    if (!local_to_seconds(d->year, d->month, d->day, d->hour, d->minute, d->second, d->fold,
                          &seconds))
        return Value();
    return local_timezone_from_timestamp(static_cast<time_t>(seconds - kEpoch));
}

} // namespace

Value time_time_value() {
    Value module = import_module("time");
    return module ? call_method(module, "time", {}) : module;
}

Value date_fromtimestamp(Value cls, Value timestamp) {
    time_t t;
    struct tm tm;
    if (!object_to_time_t(timestamp, &t) || !to_tm(localtime_r, t, &tm)) return Value();
    return new_date_subclass(int64_t(tm.tm_year) + 1900, tm.tm_mon + 1, tm.tm_mday, cls);
}

Value datetime_from_timestamp(Value cls, Value timestamp, Value tzinfo, bool utc) {
    if (!check_tzinfo_subclass(tzinfo)) return Value();
    time_t t;
    int us;
    if (!object_to_timeval(timestamp, &t, &us)) return Value();
    Value self = from_timet_and_us(cls, utc || !is_none(tzinfo), t, us, tzinfo);
    if (!self || is_none(tzinfo)) return self;
    return call_method(tzinfo, "fromutc", {self});
}

Value datetime_now(Value cls, Value tzinfo, bool utc) {
    if (!check_tzinfo_subclass(tzinfo)) return Value();
    timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    Value self = from_timet_and_us(cls, utc || !is_none(tzinfo), ts.tv_sec,
                                   static_cast<int>(ts.tv_nsec / 1000), tzinfo);
    if (!self || is_none(tzinfo)) return self;
    return call_method(tzinfo, "fromutc", {self});
}

// Aware: (self - epoch).total_seconds(). Naive: the local time's utc
// seconds, as a float.
Value datetime_timestamp(Value dt) {
    if (!is_none(dt_tzinfo(dt))) {
        Value delta = datetime_subtract(dt, epoch_datetime());
        Value us = delta ? delta_to_microseconds(delta) : delta;
        return us ? int_truediv(us, make_int(1000000)) : us;
    }
    DateTimeObject* d = as_datetime(dt);
    int64_t seconds;
    if (!local_to_seconds(d->year, d->month, d->day, d->hour, d->minute, d->second, d->fold,
                          &seconds))
        return Value();
    return make_float(static_cast<double>(seconds - kEpoch) + d->microsecond / 1e6);
}

// self in UTC (an aware copy with timezone.utc), then tz.fromutc() of it.
Value datetime_astimezone(Value self, Value tzinfo) {
    if (!check_tzinfo_subclass(tzinfo)) return Value();
    Value offset;
    for (bool naive = is_none(dt_tzinfo(self));;) {
        Value self_tz = naive ? local_timezone_from_local(self) : dt_tzinfo(self);
        if (!self_tz) return self_tz;
        if (self_tz == tzinfo) return self;
        offset = call_utcoffset(self_tz, self);
        if (!offset) return offset;
        if (!is_none(offset)) break;
        naive = true;
    }
    Value result = require_datetime(add_datetime_timedelta(self, offset, -1));
    if (!result) return result;
    DateTimeObject* r = as_datetime(result);
    if (is_none(dt_tzinfo(result))) {
        result = new_datetime(r->year, r->month, r->day, r->hour, r->minute, r->second,
                              r->microsecond, utc_timezone(), r->fold, type_of(result));
        if (!result) return result;
        r = as_datetime(result);
    } else {
        r->tzinfo = utc_timezone();
        r->hash = -1;
    }
    if (is_none(tzinfo)) {
        tzinfo = local_timezone(result);
        if (!tzinfo) return tzinfo;
    }
    r->tzinfo = tzinfo;
    r->hash = -1;
    return call_method(tzinfo, "fromutc", {result});
}

} // namespace uopy::datetime
