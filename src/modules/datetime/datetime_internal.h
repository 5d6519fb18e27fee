// The `_datetime` module's shared declarations: the object layouts of the
// six types (and IsoCalendarDate), the calendar arithmetic, the checked
// constructors, the calls into tzinfo objects and the argument parser the
// type files use. CPython counterpart: Modules/_datetimemodule.c, which the
// host stdlib's datetime.py replaces itself with (`from _datetime import *`).
//
// The files of src/modules/datetime/, one concept each:
//   calendar.cpp   ordinals, ISO weeks, range checks, normalization
//   getargs.cpp    PyArg_ParseTupleAndKeywords' conversions and messages
//   timedelta.cpp  timedelta
//   date.cpp       date and IsoCalendarDate
//   time.cpp       time
//   datetime.cpp   datetime: fields, arithmetic, comparison, strings, pickling
//   localtime.cpp  everything that asks the C library about local time
//   tzinfo.cpp     tzinfo, timezone and the checked calls of tzinfo methods
//   isoformat.cpp  fromisoformat() of the three types
//   strftime.cpp   strftime() (%z, %Z and %f first, then time.strftime), ctime
//   module.cpp     the types' class attributes and the module itself
//
// Values are stored unpacked (CPython keeps packed bytes); the pickled state
// is CPython's byte layout, built and read in the type files. A naive time or
// datetime holds None in [tzinfo]; a bare instance made by object.__new__
// holds zeros and a null tzinfo, which every function reads as None, and the
// calendar functions accept such out-of-range fields without misbehaving.
#pragma once

#include "objects/object.h"

#include <cstdint>
#include <string>

namespace uopy::datetime {

extern Type DeltaType, DateType, TimeType, DateTimeType, TzInfoType, TimeZoneType,
    IsoCalendarDateType;

constexpr int kMinYear = 1;
constexpr int kMaxYear = 9999;
constexpr int kMaxOrdinal = 3652059; // date(9999, 12, 31).toordinal()
constexpr int kMaxDeltaDays = 999999999;

// -- Object layouts ---------------------------------------------------------------------------

struct DeltaObject : Object {
    int64_t hash; // -1 until computed
    int32_t days; // |days| <= kMaxDeltaDays
    int32_t seconds;
    int32_t microseconds;
};

struct DateObject : Object {
    int64_t hash;
    int32_t year;
    uint8_t month;
    uint8_t day;
};

// A datetime is a date: its first fields are a date's, so date's methods
// read a datetime's date part.
struct DateTimeObject : DateObject {
    uint8_t hour;
    uint8_t minute;
    uint8_t second;
    uint8_t fold;
    int32_t microsecond;
    Value tzinfo; // None for a naive datetime (null in a bare instance)
};

struct TimeObject : Object {
    int64_t hash;
    uint8_t hour;
    uint8_t minute;
    uint8_t second;
    uint8_t fold;
    int32_t microsecond;
    Value tzinfo;
};

struct TimeZoneObject : Object {
    Value offset; // a timedelta strictly within one day
    Value name;   // str, or null when none was given
};

inline DeltaObject* as_delta(Value v) {
    return static_cast<DeltaObject*>(v.as_ptr());
}
inline DateObject* as_date(Value v) {
    return static_cast<DateObject*>(v.as_ptr());
}
inline DateTimeObject* as_datetime(Value v) {
    return static_cast<DateTimeObject*>(v.as_ptr());
}
inline TimeObject* as_time(Value v) {
    return static_cast<TimeObject*>(v.as_ptr());
}
inline TimeZoneObject* as_timezone(Value v) {
    return static_cast<TimeZoneObject*>(v.as_ptr());
}
inline bool is_delta(Value v) {
    return v.is_ptr() && isinstance_of(v, &DeltaType);
}
inline bool is_date(Value v) {
    return v.is_ptr() && isinstance_of(v, &DateType);
}
inline bool is_datetime(Value v) {
    return v.is_ptr() && isinstance_of(v, &DateTimeType);
}
inline bool is_time(Value v) {
    return v.is_ptr() && isinstance_of(v, &TimeType);
}
inline bool is_tzinfo(Value v) {
    return v.is_ptr() && isinstance_of(v, &TzInfoType);
}
inline bool is_timezone(Value v) {
    return v.is_ptr() && isinstance_of(v, &TimeZoneType);
}
// The tzinfo of a time or datetime: None when naive.
inline Value tzinfo_of(Value tz) {
    return tz ? tz : None();
}
inline Value dt_tzinfo(Value dt) {
    return tzinfo_of(as_datetime(dt)->tzinfo);
}
inline Value time_tzinfo(Value t) {
    return tzinfo_of(as_time(t)->tzinfo);
}

// -- Calendar (calendar.cpp) ------------------------------------------------------------------

bool is_leap(int year);
int days_in_month(int year, int month);
int days_before_month(int year, int month);
int ymd_to_ord(int year, int month, int day);
void ord_to_ymd(int ordinal, int* year, int* month, int* day);
// Monday is 0.
int weekday_of(int year, int month, int day);
int iso_week1_monday(int year);
// The date of ISO (year, week, day): 0, or -2 (bad week), -3 (bad day),
// -4 (year out of range); nothing is raised.
int iso_to_ymd(int iso_year, int iso_week, int iso_day, int* year, int* month, int* day);
// Python's floor division and modulo for y > 0.
int64_t floor_divmod(int64_t x, int64_t y, int64_t* r);

// ValueError with CPython's messages when a field is out of range.
bool check_date_args(int64_t year, int64_t month, int64_t day);
bool check_time_args(int64_t hour, int64_t minute, int64_t second, int64_t us, int64_t fold);
// OverflowError "days=N; must have magnitude <= 999999999".
bool check_delta_day_range(int64_t days);
// Brings seconds into [0, 86400) and microseconds into [0, 10**6), carrying into days.
void normalize_d_s_us(int64_t* d, int64_t* s, int64_t* us);
// Carries every field into the next larger one; OverflowError "date value
// out of range" when the year leaves [1, 9999].
bool normalize_datetime(int64_t* year, int64_t* month, int64_t* day, int64_t* hour, int64_t* minute,
                        int64_t* second, int64_t* us);

// -- Argument parsing (getargs.cpp) -----------------------------------------------------------

// One parameter, as a PyArg_ParseTupleAndKeywords format unit.
enum class ArgKind : uint8_t {
    Int,    // i: an int (through __index__) that fits a C int
    Object, // O
    Typed,  // O!: an instance of [type]
    Str,    // U: a str
    CStr,   // s: a str without NUL characters
    Char,   // C: a str of one character
};
struct ArgSpec {
    const char* name;
    ArgKind kind;
    Type* type = nullptr; // ArgKind::Typed
};
struct ArgValue {
    bool given = false;
    Value obj;     // the argument (every kind)
    int64_t i = 0; // Int: the value; Char: the code point
};
// The signature of one native function: [fname] names it in messages (null:
// "function", as a format without ":name"); the first [required] parameters
// are required; parameters from [kwonly] on are keyword-only; [keywords]
// false gives PyArg_ParseTuple's positional-only checks and messages.
struct ArgParser {
    const char* fname;
    const ArgSpec* specs;
    size_t count;
    size_t required;
    size_t kwonly;
    bool keywords = true;
    // Fills out[0..count); false with TypeError, ValueError or OverflowError set.
    bool parse(const Value* args, size_t nargs, Value kwnames, ArgValue* out) const;
};
// TypeError "<name>() takes no keyword arguments" (METH_VARARGS methods,
// named without their class), and the METH_NOARGS / METH_O checks with
// their messages: "date.isoformat() takes no arguments (1 given)". An
// instance method is named by the class defining it (what a direct call
// reports in CPython, which calls the method descriptor); a classmethod by
// the class it is called on: class_method_name(cls, "fromisoformat").
bool check_no_keywords(const char* name, Value kwnames);
bool check_noargs(const char* qualname, size_t nargs, Value kwnames);
bool check_one_arg(const char* qualname, size_t nargs, Value kwnames);
std::string class_method_name(Value cls, const char* name);
// The "i" conversion of one value ("'float' object cannot be interpreted as
// an integer", "signed integer is greater than maximum").
bool arg_c_int(Value v, int64_t* out);
// False with UnicodeEncodeError set when the str holds a surrogate, which
// CPython's UTF-8 view of a str refuses.
bool check_utf8_encodable(Value s);
// OSError for errno [e] (as PyErr_SetFromErrno).
Value raise_os_error(int e);

// -- Constructors -----------------------------------------------------------------------------

// timedelta.cpp. Days, seconds and microseconds are normalized when
// [normalize]; OverflowError when the days leave the range.
Value new_delta(int64_t days, int64_t seconds, int64_t us, bool normalize, Type* type = &DeltaType);
int delta_cmp(Value a, Value b);
bool delta_is_zero(Value d);
Value delta_negative(Value d);
Value delta_subtract(Value a, Value b);
// The Python int days * 86400 * 10**6 + seconds * 10**6 + microseconds.
Value delta_to_microseconds(Value d);
// The timedelta (of [type]) of a Python int of microseconds; OverflowError
// when out of range.
Value microseconds_to_delta(Value us, Type* type = &DeltaType);
int64_t delta_hash(Value d);

// date.cpp: a date of exactly [type] (checked); and one of class [cls]: the
// fast path for date and datetime, cls(year, month, day) for subclasses.
Value new_date(int64_t year, int64_t month, int64_t day, Type* type = &DateType);
Value new_date_subclass(int64_t year, int64_t month, int64_t day, Value cls);
// date.__format__, shared with time: str(self) for "", else self.strftime(fmt).
Value date_format_method(Value self, const Value* args, size_t nargs, Value kwnames);

// datetime.cpp
Value new_datetime(int64_t year, int64_t month, int64_t day, int64_t hour, int64_t minute,
                   int64_t second, int64_t us, Value tzinfo, int64_t fold,
                   Type* type = &DateTimeType);
// datetime: the fast path; a subclass: cls(y, m, d, hh, mm, ss, us, tzinfo),
// which in CPython 3.11 leaves the fold out.
Value new_datetime_subclass(int64_t year, int64_t month, int64_t day, int64_t hour, int64_t minute,
                            int64_t second, int64_t us, Value tzinfo, int64_t fold, Value cls);
// dt + delta * factor (factor 1 or -1), of dt's class, keeping its tzinfo.
Value add_datetime_timedelta(Value dt, Value delta, int factor);
Value datetime_subtract(Value a, Value b);
// [v] itself when it is a datetime (or null); TypeError otherwise. What a
// subclass's constructor returned must pass before its fields are read.
Value require_datetime(Value v);
Value datetime_utcoffset_value(Value dt);
Value datetime_dst_value(Value dt);
// The epoch, 1970-01-01T00:00:00+00:00.
Value epoch_datetime();

// time.cpp
Value new_time(int64_t hour, int64_t minute, int64_t second, int64_t us, Value tzinfo, int64_t fold,
               Type* type = &TimeType);

// tzinfo.cpp. The checked calls of tzinfo.utcoffset/dst/tzname(arg): None
// for a None tzinfo; TypeError for a result of the wrong type, ValueError
// for an offset of a day or more.
Value call_utcoffset(Value tzinfo, Value arg);
Value call_dst(Value tzinfo, Value arg);
Value call_tzname(Value tzinfo, Value arg);
// TypeError unless [v] is None or a tzinfo.
bool check_tzinfo_subclass(Value v);
// timezone(offset[, name]) with the range check; the utc singleton for a
// zero offset without a name. [name] may be null.
Value new_timezone(Value offset, Value name);
Value utc_timezone();
// tzinfo.utcoffset(arg) as "+HH<sep>MM[<sep>SS[.ffffff]]" (empty for None).
bool format_utcoffset(std::string* out, const char* sep, Value tzinfo, Value arg);

// localtime.cpp
Value date_fromtimestamp(Value cls, Value timestamp);
Value datetime_from_timestamp(Value cls, Value timestamp, Value tzinfo, bool utc);
Value datetime_now(Value cls, Value tzinfo, bool utc);
Value datetime_timestamp(Value dt);
Value datetime_astimezone(Value dt, Value tzinfo);
// The current time as a float, as time.time().
Value time_time_value();

// isoformat.cpp
Value date_fromisoformat(Value cls, Value s);
Value time_fromisoformat(Value cls, Value s);
Value datetime_fromisoformat(Value cls, Value s);

// strftime.cpp. [object] is the date, time or datetime; [timetuple] what
// time.strftime receives; [tzinfoarg] what %z and %Z pass to tzinfo.
Value wrap_strftime(Value object, Value format, Value timetuple, Value tzinfoarg);
Value format_ctime(int year, int month, int day, int hour, int minute, int second);
// time.struct_time((y, m, d, hh, mm, ss, weekday, yday, dstflag)).
Value build_struct_time(int year, int month, int day, int hour, int minute, int second,
                        int dstflag);

// -- Shared helpers ---------------------------------------------------------------------------

// "<b>" of a comparison result: [diff] is <0, 0 or >0.
Value diff_to_bool(int64_t diff, CompareOp op);
// The type's tp_name, as CPython's reprs use: "datetime.date", or a
// subclass's bare name.
const char* repr_type_name(Value v);

// Builds the types once (module.cpp calls it; every type file adds its part).
void init_delta_type();
void init_date_types();
void init_time_type();
void init_datetime_type();
void init_tzinfo_types();

} // namespace uopy::datetime
