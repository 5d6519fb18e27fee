// datetime.tzinfo (the abstract base of time zones) and datetime.timezone
// (a fixed UTC offset with an optional name), and the checked calls that
// time and datetime make into any tzinfo. CPython counterpart: the
// PyDateTime_TZInfo and PyDateTime_TimeZone parts and the "tzinfo helpers"
// of Modules/_datetimemodule.c.
//
// tzinfo may be instantiated (pickling of subclasses needs it); its
// methods raise NotImplementedError except fromutc, which implements the
// standard-offset-plus-dst conversion. timezone is final; timezone(
// timedelta(0)) without a name is the timezone.utc singleton.
#include "modules/datetime/datetime_internal.h"

#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <cstdio>
#include <string>

namespace uopy::datetime {

Type TzInfoType, TimeZoneType;

namespace {

Value g_utc; // timezone.utc, rooted in init_tzinfo_types

// The offset of a timezone; a bare instance (object.__new__) has none and
// reads as UTC's.
Value offset_of(Value tz) {
    Value off = as_timezone(tz)->offset;
    return off ? off : as_timezone(g_utc)->offset;
}

// An offset must lie strictly within a day.
bool offset_out_of_range(Value offset) {
    DeltaObject* d = as_delta(offset);
    return (d->days == -1 && d->seconds == 0 && d->microseconds < 1) || d->days < -1 ||
           d->days >= 1;
}

Value call_tzinfo_method(Value tzinfo, const char* name, Value arg) {
    if (is_none(tzinfo)) return None();
    Value offset = call_method(tzinfo, name, {arg});
    if (!offset || is_none(offset)) return offset;
    if (!is_delta(offset))
        return raise(exc::TypeError, "tzinfo.%s() must return None or timedelta, not '%s'", name,
                     type_name(offset));
    if (offset_out_of_range(offset))
        return raise(exc::ValueError, "offset must be a timedelta strictly between "
                                      "-timedelta(hours=24) and timedelta(hours=24).");
    return offset;
}

// -- tzinfo -----------------------------------------------------------------------------------

// tzinfo(*args, **kwargs): the arguments are a subclass's __init__'s.
Value tzinfo_new(Type* type, const Value*, size_t, Value) {
    return alloc_instance(type);
}

Value tzinfo_nogo(const char* method) {
    return raise(exc::NotImplementedError, "a tzinfo subclass must implement %s()", method);
}

Value tzinfo_tzname(Value, const Value*, size_t nargs, Value kwnames) {
    if (!check_one_arg("tzinfo.tzname", nargs, kwnames)) return Value();
    return tzinfo_nogo("tzname");
}
Value tzinfo_utcoffset(Value, const Value*, size_t nargs, Value kwnames) {
    if (!check_one_arg("tzinfo.utcoffset", nargs, kwnames)) return Value();
    return tzinfo_nogo("utcoffset");
}
Value tzinfo_dst(Value, const Value*, size_t nargs, Value kwnames) {
    if (!check_one_arg("tzinfo.dst", nargs, kwnames)) return Value();
    return tzinfo_nogo("dst");
}

// The default fromutc: dt (in UTC, tzinfo self) moved by the standard
// offset (utcoffset - dst), then by the dst found at the result.
Value tzinfo_fromutc(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!check_one_arg("tzinfo.fromutc", nargs, kwnames)) return Value();
    Value dt = args[0];
    if (!is_datetime(dt)) return raise(exc::TypeError, "fromutc: argument must be a datetime");
    if (dt_tzinfo(dt) != self) return raise(exc::ValueError, "fromutc: dt.tzinfo is not self");
    Value off = datetime_utcoffset_value(dt);
    if (!off) return off;
    if (is_none(off))
        return raise(exc::ValueError, "fromutc: non-None utcoffset() result required");
    Value dst = datetime_dst_value(dt);
    if (!dst) return dst;
    if (is_none(dst)) return raise(exc::ValueError, "fromutc: non-None dst() result required");
    Value delta = delta_subtract(off, dst);
    if (!delta) return delta;
    Value result = require_datetime(add_datetime_timedelta(dt, delta, 1));
    if (!result) return result;
    dst = call_dst(dt_tzinfo(dt), result);
    if (!dst) return dst;
    if (is_none(dst))
        return raise(exc::ValueError,
                     "fromutc: tz.dst() gave inconsistent results; cannot convert");
    if (!delta_is_zero(dst)) result = add_datetime_timedelta(result, dst, 1);
    return result;
}

// (type(self), self.__getinitargs__() or (), self.__getstate__())
Value tzinfo_reduce(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_noargs("tzinfo.__reduce__", nargs, kwnames)) return Value();
    Value getinitargs = get_attr_optional(self, intern("__getinitargs__"));
    if (!getinitargs && err_occurred()) return Value();
    Value args = getinitargs ? call0(getinitargs) : empty_tuple();
    if (!args) return args;
    Value state = call_method(self, "__getstate__", {});
    if (!state) return state;
    return tuple_pack({Value(type_of(self)), args, state});
}

const NativeMethodDef tzinfo_methods[] = {
    {"tzname", tzinfo_tzname, NATIVE_KEYWORDS, "The name of the time zone at a datetime."},
    {"utcoffset", tzinfo_utcoffset, NATIVE_KEYWORDS,
     "The offset from UTC at a datetime (positive east of UTC)."},
    {"dst", tzinfo_dst, NATIVE_KEYWORDS, "The daylight saving adjustment at a datetime."},
    {"fromutc", tzinfo_fromutc, NATIVE_KEYWORDS, "A UTC datetime as local time in this zone."},
    {"__reduce__", tzinfo_reduce, NATIVE_KEYWORDS, "Pickling through __getinitargs__."},
    {nullptr, nullptr, 0, nullptr},
};

// -- timezone ---------------------------------------------------------------------------------

void timezone_trace(Object* o, Tracer& t) {
    auto* tz = static_cast<TimeZoneObject*>(o);
    t.visit(tz->offset);
    t.visit(tz->name);
}

Value create_timezone(Value offset, Value name) {
    auto* tz = gc_new<TimeZoneObject>(&TimeZoneType);
    if (!tz) return Value();
    tz->offset = offset;
    tz->name = name;
    return Value(tz);
}

// timezone(offset, name=<none>)
Value timezone_new(Type*, const Value* args, size_t nargs, Value kwnames) {
    static const ArgSpec specs[] = {{"offset", ArgKind::Typed, &DeltaType}, {"name", ArgKind::Str}};
    static const ArgParser parser{"timezone", specs, 2, 1, 2};
    ArgValue a[2];
    if (!parser.parse(args, nargs, kwnames, a)) return Value();
    return new_timezone(a[0].obj, a[1].given ? a[1].obj : Value());
}

// Equal offsets are equal time zones, whatever their names.
Value timezone_richcompare(Value a, Value b, CompareOp op) {
    if (op != CMP_EQ && op != CMP_NE) return NotImplemented();
    if (!is_timezone(b)) return NotImplemented();
    return diff_to_bool(delta_cmp(offset_of(a), offset_of(b)), op);
}

int64_t timezone_hash(Value self) {
    return delta_hash(offset_of(self));
}

Value timezone_repr(Value self) {
    std::string type = repr_type_name(self);
    if (self == g_utc) return make_str(type + ".utc");
    TimeZoneObject* tz = as_timezone(self);
    Value r = repr(offset_of(self));
    if (!r) return r;
    std::string out = type + "(" + std::string(str_view(r));
    if (tz->name) {
        Value n = repr(tz->name);
        if (!n) return n;
        out += ", " + std::string(str_view(n));
    }
    return make_str(out + ")");
}

// The name, or "UTC" for a zero offset, or "UTC+HH:MM[:SS[.ffffff]]".
Value timezone_str(Value self) {
    TimeZoneObject* tz = as_timezone(self);
    if (tz->name) return tz->name;
    Value offset = offset_of(self);
    if (self == g_utc || delta_is_zero(offset)) return make_str("UTC");
    char sign = '+';
    if (as_delta(offset)->days < 0) {
        sign = '-';
        offset = delta_negative(offset);
        if (!offset) return offset;
    }
    int64_t us = as_delta(offset)->microseconds;
    int64_t seconds = as_delta(offset)->seconds;
    int64_t minutes = floor_divmod(seconds, 60, &seconds);
    int64_t hours = floor_divmod(minutes, 60, &minutes);
    char buf[64];
    int n = std::snprintf(buf, sizeof buf, "UTC%c%02lld:%02lld", sign,
                          static_cast<long long>(hours), static_cast<long long>(minutes));
    if (us)
        std::snprintf(buf + n, sizeof buf - n, ":%02lld.%06lld", static_cast<long long>(seconds),
                      static_cast<long long>(us));
    else if (seconds)
        std::snprintf(buf + n, sizeof buf - n, ":%02lld", static_cast<long long>(seconds));
    return make_str(buf);
}

bool timezone_check_argument(Value dt, const char* method) {
    if (is_none(dt) || is_datetime(dt)) return true;
    raise(exc::TypeError, "%s(dt) argument must be a datetime instance or None, not %s", method,
          type_name(dt));
    return false;
}

Value timezone_tzname(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!check_one_arg("timezone.tzname", nargs, kwnames) ||
        !timezone_check_argument(args[0], "tzname"))
        return Value();
    return timezone_str(self);
}

Value timezone_utcoffset(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!check_one_arg("timezone.utcoffset", nargs, kwnames) ||
        !timezone_check_argument(args[0], "utcoffset"))
        return Value();
    return offset_of(self);
}

Value timezone_dst(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!check_one_arg("timezone.dst", nargs, kwnames) || !timezone_check_argument(args[0], "dst"))
        return Value();
    return None();
}

Value timezone_fromutc(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!check_one_arg("timezone.fromutc", nargs, kwnames)) return Value();
    Value dt = args[0];
    if (!is_datetime(dt)) return raise(exc::TypeError, "fromutc: argument must be a datetime");
    if (dt_tzinfo(dt) != self) return raise(exc::ValueError, "fromutc: dt.tzinfo is not self");
    return add_datetime_timedelta(dt, offset_of(self), 1);
}

Value timezone_getinitargs(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_noargs("timezone.__getinitargs__", nargs, kwnames)) return Value();
    Value name = as_timezone(self)->name;
    return name ? tuple_pack({offset_of(self), name}) : tuple_pack({offset_of(self)});
}

const NativeMethodDef timezone_methods[] = {
    {"tzname", timezone_tzname, NATIVE_KEYWORDS, "The name, or 'UTC+HH:MM' when none was given."},
    {"utcoffset", timezone_utcoffset, NATIVE_KEYWORDS, "The fixed offset."},
    {"dst", timezone_dst, NATIVE_KEYWORDS, "None."},
    {"fromutc", timezone_fromutc, NATIVE_KEYWORDS, "A UTC datetime moved by the offset."},
    {"__getinitargs__", timezone_getinitargs, NATIVE_KEYWORDS, "Pickling: (offset[, name])."},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace

// -- Shared -----------------------------------------------------------------------------------

Value call_utcoffset(Value tzinfo, Value arg) {
    return call_tzinfo_method(tzinfo, "utcoffset", arg);
}

Value call_dst(Value tzinfo, Value arg) {
    return call_tzinfo_method(tzinfo, "dst", arg);
}

Value call_tzname(Value tzinfo, Value arg) {
    if (is_none(tzinfo)) return None();
    Value name = call_method(tzinfo, "tzname", {arg});
    if (!name || is_none(name) || is_str(name)) return name;
    return raise(exc::TypeError, "tzinfo.tzname() must return None or a string, not '%s'",
                 type_name(name));
}

bool check_tzinfo_subclass(Value v) {
    if (is_none(v) || is_tzinfo(v)) return true;
    raise(exc::TypeError, "tzinfo argument must be None or of a tzinfo subclass, not type '%s'",
          type_name(v));
    return false;
}

Value new_timezone(Value offset, Value name) {
    if (!name && delta_is_zero(offset)) return g_utc;
    if (offset_out_of_range(offset)) {
        Value r = repr(offset);
        if (!r) return r;
        return raise(exc::ValueError,
                     "offset must be a timedelta strictly between -timedelta(hours=24) and "
                     "timedelta(hours=24), not %s.",
                     std::string(str_view(r)).c_str());
    }
    return create_timezone(offset, name);
}

Value utc_timezone() {
    return g_utc;
}

bool format_utcoffset(std::string* out, const char* sep, Value tzinfo, Value arg) {
    out->clear();
    Value offset = call_utcoffset(tzinfo, arg);
    if (!offset) return false;
    if (is_none(offset)) return true;
    char sign = '+';
    if (as_delta(offset)->days < 0) {
        sign = '-';
        offset = delta_negative(offset);
        if (!offset) return false;
    }
    int64_t us = as_delta(offset)->microseconds;
    int64_t seconds = as_delta(offset)->seconds;
    int64_t minutes = floor_divmod(seconds, 60, &seconds);
    int64_t hours = floor_divmod(minutes, 60, &minutes);
    char buf[96];
    int n = std::snprintf(buf, sizeof buf, "%c%02lld%s%02lld", sign, static_cast<long long>(hours),
                          sep, static_cast<long long>(minutes));
    if (us)
        std::snprintf(buf + n, sizeof buf - n, "%s%02lld.%06lld", sep,
                      static_cast<long long>(seconds), static_cast<long long>(us));
    else if (seconds)
        std::snprintf(buf + n, sizeof buf - n, "%s%02lld", sep, static_cast<long long>(seconds));
    *out = buf;
    return true;
}

void init_tzinfo_types() {
    TzInfoType.tp_new = tzinfo_new;
    init_static_type(&TzInfoType, "datetime.tzinfo", &ObjectType, sizeof(Object), TYPE_BASETYPE);
    dict_set_cstr(
        TzInfoType.dict, "__doc__",
        make_str(
            "The abstract base of time zones: subclasses define utcoffset(), dst() and tzname()."));
    add_methods(&TzInfoType, tzinfo_methods);
    add_slot_wrappers(&TzInfoType);
    add_builtin_new_wrapper(&TzInfoType);

    TimeZoneType.trace = timezone_trace;
    TimeZoneType.tp_new = timezone_new;
    TimeZoneType.repr = timezone_repr;
    TimeZoneType.str = timezone_str;
    TimeZoneType.hash = timezone_hash;
    TimeZoneType.richcompare = timezone_richcompare;
    init_static_type(&TimeZoneType, "datetime.timezone", &TzInfoType, sizeof(TimeZoneObject), 0);
    dict_set_cstr(TimeZoneType.dict, "__doc__",
                  make_str("A fixed offset from UTC: timezone(offset, name=None)."));
    add_methods(&TimeZoneType, timezone_methods);
    add_slot_wrappers(&TimeZoneType);
    add_builtin_new_wrapper(&TimeZoneType);

    gc_add_root(&g_utc);
    Value zero = new_delta(0, 0, 0, false);
    g_utc = zero ? create_timezone(zero, Value()) : zero;
}

} // namespace uopy::datetime
