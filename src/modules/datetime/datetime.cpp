// datetime.datetime: a date and a time of day with an optional tzinfo and
// the PEP 495 fold. CPython counterpart: the PyDateTime_DateTime part of
// Modules/_datetimemodule.c.
//
// Aware datetimes compare, subtract and hash through their UTC offsets;
// two with the same tzinfo object compare by their fields. A naive and an
// aware datetime are unequal, and ordering or subtracting them raises.
// Anything that needs the C library's local time (timestamps, now(),
// astimezone()) lives in localtime.cpp.
#include "modules/datetime/datetime_internal.h"

#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/import.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <cstdio>
#include <string>

namespace uopy::datetime {

Type DateTimeType;

namespace {

// The pickled state: the date's four bytes (the fold in the month byte's
// top bit, protocol 4 and later), then hour, minute, second and three
// big-endian microsecond bytes.
constexpr size_t kDateTimeStateSize = 10;

std::string datetime_state(DateTimeObject* d, bool with_fold) {
    std::string s(kDateTimeStateSize, '\0');
    s[0] = static_cast<char>((d->year >> 8) & 0xff);
    s[1] = static_cast<char>(d->year & 0xff);
    s[2] = static_cast<char>(d->month | (with_fold && d->fold ? 0x80 : 0));
    s[3] = static_cast<char>(d->day);
    s[4] = static_cast<char>(d->hour);
    s[5] = static_cast<char>(d->minute);
    s[6] = static_cast<char>(d->second);
    s[7] = static_cast<char>((d->microsecond >> 16) & 0xff);
    s[8] = static_cast<char>((d->microsecond >> 8) & 0xff);
    s[9] = static_cast<char>(d->microsecond & 0xff);
    return s;
}

void datetime_trace(Object* o, Tracer& t) {
    t.visit(static_cast<DateTimeObject*>(o)->tzinfo);
}

Value datetime_from_state(Type* type, std::string_view state, Value tzinfo) {
    if (!is_none(tzinfo) && !is_tzinfo(tzinfo))
        return raise(exc::TypeError, "bad tzinfo state arg");
    auto* d = gc_new<DateTimeObject>(type, type->basic_size);
    if (!d) return Value();
    auto byte = [&](size_t i) { return static_cast<uint8_t>(state[i]); };
    d->hash = -1;
    d->year = (byte(0) << 8) | byte(1);
    d->month = byte(2) & 0x7f;
    d->fold = byte(2) >> 7;
    d->day = byte(3);
    d->hour = byte(4);
    d->minute = byte(5);
    d->second = byte(6);
    d->microsecond = (byte(7) << 16) | (byte(8) << 8) | byte(9);
    d->tzinfo = tzinfo;
    return Value(d);
}

const ArgSpec kDateTimeSpecs[] = {
    {"year", ArgKind::Int},        {"month", ArgKind::Int},     {"day", ArgKind::Int},
    {"hour", ArgKind::Int},        {"minute", ArgKind::Int},    {"second", ArgKind::Int},
    {"microsecond", ArgKind::Int}, {"tzinfo", ArgKind::Object}, {"fold", ArgKind::Int},
};

// datetime(year, month, day, hour=0, minute=0, second=0, microsecond=0,
// tzinfo=None, *, fold=0), or datetime(state[, tzinfo]) from a pickle.
Value datetime_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    if (nargs >= 1 && nargs <= 2) {
        Value state = args[0];
        Value tzinfo = nargs == 2 ? args[1] : None();
        if (is_bytes(state)) {
            std::string_view s = bytes_view(state);
            if (s.size() == kDateTimeStateSize && (static_cast<uint8_t>(s[2]) & 0x7f) - 1u < 12)
                return datetime_from_state(type, s, tzinfo);
        } else if (is_str(state) && str_length(state) == kDateTimeStateSize &&
                   (str_codepoint_at(state, 2) & 0x7f) - 1u < 12) {
            std::string bytes;
            for (size_t i = 0; i < kDateTimeStateSize; i++) {
                uint32_t cp = str_codepoint_at(state, i);
                if (cp > 0xff)
                    return raise(exc::ValueError,
                                 "Failed to encode latin1 string when unpickling a datetime "
                                 "object. pickle.load(data, encoding='latin1') is assumed.");
                bytes += static_cast<char>(cp);
            }
            return datetime_from_state(type, bytes, tzinfo);
        }
    }
    static const ArgParser parser{nullptr, kDateTimeSpecs, 9, 3, 8};
    ArgValue a[9];
    if (!parser.parse(args, nargs, kwnames, a)) return Value();
    return new_datetime(a[0].i, a[1].i, a[2].i, a[3].i, a[4].i, a[5].i, a[6].i,
                        a[7].given ? a[7].obj : None(), a[8].i, type);
}

// -- Fields -----------------------------------------------------------------------------------

template <uint8_t DateTimeObject::*Field> Value datetime_byte_field(Value self) {
    return make_int(as_datetime(self)->*Field);
}
Value datetime_microsecond(Value self) {
    return make_int(as_datetime(self)->microsecond);
}
Value datetime_tzinfo_get(Value self) {
    return dt_tzinfo(self);
}

const GetSetDef datetime_getsets[] = {
    {"hour", datetime_byte_field<&DateTimeObject::hour>, nullptr, nullptr},
    {"minute", datetime_byte_field<&DateTimeObject::minute>, nullptr, nullptr},
    {"second", datetime_byte_field<&DateTimeObject::second>, nullptr, nullptr},
    {"microsecond", datetime_microsecond, nullptr, nullptr},
    {"tzinfo", datetime_tzinfo_get, nullptr, nullptr},
    {"fold", datetime_byte_field<&DateTimeObject::fold>, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- tzinfo methods ---------------------------------------------------------------------------

Value datetime_utcoffset(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_noargs("datetime.utcoffset", nargs, kwnames)) return Value();
    return datetime_utcoffset_value(self);
}
Value datetime_dst(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_noargs("datetime.dst", nargs, kwnames)) return Value();
    return datetime_dst_value(self);
}
Value datetime_tzname(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_noargs("datetime.tzname", nargs, kwnames)) return Value();
    return call_tzname(dt_tzinfo(self), self);
}

// -- Arithmetic -------------------------------------------------------------------------------

Value datetime_add(Value a, Value b) {
    if (is_datetime(a)) {
        if (is_delta(b)) return add_datetime_timedelta(a, b, 1);
    } else if (is_delta(a)) {
        return add_datetime_timedelta(b, a, 1);
    }
    return NotImplemented();
}

Value datetime_sub_slot(Value a, Value b) {
    if (!is_datetime(a)) return NotImplemented();
    if (is_datetime(b)) return datetime_subtract(a, b);
    if (is_delta(b)) return add_datetime_timedelta(a, b, -1);
    return NotImplemented();
}

// -- Comparison and hashing -------------------------------------------------------------------

int datetime_fields_cmp(DateTimeObject* x, DateTimeObject* y) {
    const int64_t a[7] = {x->year, x->month, x->day, x->hour, x->minute, x->second, x->microsecond};
    const int64_t b[7] = {y->year, y->month, y->day, y->hour, y->minute, y->second, y->microsecond};
    for (int i = 0; i < 7; i++)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}

// The same datetime with the fold flipped, of the same class.
Value flip_fold(Value dt) {
    DateTimeObject* d = as_datetime(dt);
    return new_datetime(d->year, d->month, d->day, d->hour, d->minute, d->second, d->microsecond,
                        dt_tzinfo(dt), !d->fold, type_of(dt));
}

bool offsets_differ(Value a, Value b) {
    if (a == b) return false;
    if (!is_delta(a) || !is_delta(b)) return true;
    return delta_cmp(a, b) != 0;
}

// PEP 495: equality between datetimes is False when either one's UTC
// offset depends on its fold. 1: the exception applies, 0: not, -1: error.
int pep495_eq_exception(Value self, Value other, Value offset_self, Value offset_other) {
    Value flipped = flip_fold(self);
    Value flip_offset = flipped ? datetime_utcoffset_value(flipped) : flipped;
    if (!flip_offset) return -1;
    if (offsets_differ(flip_offset, offset_self)) return 1;
    flipped = flip_fold(other);
    flip_offset = flipped ? datetime_utcoffset_value(flipped) : flipped;
    if (!flip_offset) return -1;
    return offsets_differ(flip_offset, offset_other) ? 1 : 0;
}

Value datetime_richcompare(Value a, Value b, CompareOp op) {
    if (!is_datetime(b)) {
        // A date would be compared by its date part alone in date's
        // comparison: datetimes and dates are unequal and unordered.
        if (is_date(b)) {
            if (op == CMP_EQ) return False();
            if (op == CMP_NE) return True();
            return raise(exc::TypeError, "can't compare %s to %s", type_name(a), type_name(b));
        }
        return NotImplemented();
    }
    DateTimeObject* x = as_datetime(a);
    DateTimeObject* y = as_datetime(b);
    if (dt_tzinfo(a) == dt_tzinfo(b)) return diff_to_bool(datetime_fields_cmp(x, y), op);
    Value off1 = datetime_utcoffset_value(a);
    if (!off1) return off1;
    Value off2 = datetime_utcoffset_value(b);
    if (!off2) return off2;
    int64_t diff;
    if (off1 == off2 || (is_delta(off1) && is_delta(off2) && delta_cmp(off1, off2) == 0)) {
        diff = datetime_fields_cmp(x, y);
    } else if (!is_none(off1) && !is_none(off2)) {
        Value delta = datetime_subtract(a, b);
        if (!delta) return delta;
        DeltaObject* d = as_delta(delta);
        diff = d->days;
        if (diff == 0) diff = d->seconds | d->microseconds;
    } else {
        if (op == CMP_EQ) return False();
        if (op == CMP_NE) return True();
        return raise(exc::TypeError, "can't compare offset-naive and offset-aware datetimes");
    }
    if ((op == CMP_EQ || op == CMP_NE) && diff == 0) {
        int ex = pep495_eq_exception(a, b, off1, off2);
        if (ex < 0) return Value();
        if (ex) diff = 1;
    }
    return diff_to_bool(diff, op);
}

// Naive: the hash of the state bytes. Aware: the hash of the UTC time as
// a timedelta since 0001-01-01, with the offset at fold 0.
int64_t datetime_hash(Value self) {
    DateTimeObject* d = as_datetime(self);
    if (d->hash != -1) return d->hash;
    Value self0 = self;
    if (d->fold) {
        self0 = new_datetime(d->year, d->month, d->day, d->hour, d->minute, d->second,
                             d->microsecond, dt_tzinfo(self), 0, type_of(self));
        if (!self0) return -1;
    }
    Value offset = datetime_utcoffset_value(self0);
    if (!offset) return -1;
    int64_t h;
    if (is_none(offset)) {
        Value b = make_bytes(datetime_state(d, false));
        if (!b) return -1;
        h = hash_of(b);
    } else {
        Value local = new_delta(ymd_to_ord(d->year, d->month, d->day),
                                d->hour * 3600 + d->minute * 60 + d->second, d->microsecond, true);
        Value utc = local ? delta_subtract(local, offset) : local;
        if (!utc) return -1;
        h = delta_hash(utc);
    }
    if (h != -1) d->hash = h;
    return h;
}

// -- Strings ----------------------------------------------------------------------------------

Value datetime_repr(Value self) {
    DateTimeObject* d = as_datetime(self);
    char buf[96];
    int n = std::snprintf(buf, sizeof buf, "(%d, %d, %d, %d, %d", d->year, d->month, d->day,
                          d->hour, d->minute);
    if (d->microsecond)
        std::snprintf(buf + n, sizeof buf - n, ", %d, %d)", d->second, d->microsecond);
    else if (d->second)
        std::snprintf(buf + n, sizeof buf - n, ", %d)", d->second);
    else
        std::snprintf(buf + n, sizeof buf - n, ")");
    std::string out = std::string(repr_type_name(self)) + buf;
    if (d->fold) out.insert(out.size() - 1, ", fold=" + std::to_string(d->fold));
    Value tz = dt_tzinfo(self);
    if (!is_none(tz)) {
        Value r = repr(tz);
        if (!r) return r;
        out.insert(out.size() - 1, ", tzinfo=" + std::string(str_view(r)));
    }
    return make_str(out);
}

// isoformat(sep='T', timespec='auto')
Value datetime_isoformat(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const ArgSpec specs[] = {{"sep", ArgKind::Char}, {"timespec", ArgKind::CStr}};
    static const ArgParser parser{"isoformat", specs, 2, 0, 2};
    ArgValue a[2];
    if (!parser.parse(args, nargs, kwnames, a)) return Value();
    DateTimeObject* d = as_datetime(self);
    std::string sep;
    utf8_append(sep, a[0].given ? static_cast<uint32_t>(a[0].i) : 'T');
    std::string spec = a[1].given ? std::string(str_view(a[1].obj)) : "auto";
    if (spec == "auto") spec = d->microsecond ? "microseconds" : "seconds";
    char date_part[32];
    std::snprintf(date_part, sizeof date_part, "%04d-%02d-%02d", d->year, d->month, d->day);
    char time_part[48];
    if (spec == "hours")
        std::snprintf(time_part, sizeof time_part, "%02d", d->hour);
    else if (spec == "minutes")
        std::snprintf(time_part, sizeof time_part, "%02d:%02d", d->hour, d->minute);
    else if (spec == "seconds")
        std::snprintf(time_part, sizeof time_part, "%02d:%02d:%02d", d->hour, d->minute, d->second);
    else if (spec == "milliseconds")
        std::snprintf(time_part, sizeof time_part, "%02d:%02d:%02d.%03d", d->hour, d->minute,
                      d->second, d->microsecond / 1000);
    else if (spec == "microseconds")
        std::snprintf(time_part, sizeof time_part, "%02d:%02d:%02d.%06d", d->hour, d->minute,
                      d->second, d->microsecond);
    else
        return raise(exc::ValueError, "Unknown timespec value");
    std::string out = std::string(date_part) + sep + time_part;
    Value tz = dt_tzinfo(self);
    if (!is_none(tz)) {
        std::string offset;
        if (!format_utcoffset(&offset, ":", tz, self)) return Value();
        out += offset;
    }
    return make_str(out);
}

Value datetime_str(Value self) {
    Value space = make_str(" ");
    return space ? call_method(self, "isoformat", {space}) : space;
}

Value datetime_ctime(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_noargs("datetime.ctime", nargs, kwnames)) return Value();
    DateTimeObject* d = as_datetime(self);
    return format_ctime(d->year, d->month, d->day, d->hour, d->minute, d->second);
}

// -- Conversions ------------------------------------------------------------------------------

// The tm_isdst of timetuple(): -1 naive or dst() None, else whether dst() is nonzero.
Value datetime_timetuple(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_noargs("datetime.timetuple", nargs, kwnames)) return Value();
    DateTimeObject* d = as_datetime(self);
    int dstflag = -1;
    Value tz = dt_tzinfo(self);
    if (!is_none(tz)) {
        Value dst = call_dst(tz, self);
        if (!dst) return dst;
        if (!is_none(dst)) dstflag = delta_is_zero(dst) ? 0 : 1;
    }
    return build_struct_time(d->year, d->month, d->day, d->hour, d->minute, d->second, dstflag);
}

Value datetime_utctimetuple(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_noargs("datetime.utctimetuple", nargs, kwnames)) return Value();
    Value utc = self;
    Value tz = dt_tzinfo(self);
    if (!is_none(tz)) {
        Value offset = call_utcoffset(tz, self);
        if (!offset) return offset;
        if (!is_none(offset)) {
            utc = require_datetime(add_datetime_timedelta(self, offset, -1));
            if (!utc) return utc;
        }
    }
    DateTimeObject* d = as_datetime(utc);
    return build_struct_time(d->year, d->month, d->day, d->hour, d->minute, d->second, 0);
}

Value datetime_getdate(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_noargs("datetime.date", nargs, kwnames)) return Value();
    DateTimeObject* d = as_datetime(self);
    return new_date(d->year, d->month, d->day);
}

Value datetime_gettime(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_noargs("datetime.time", nargs, kwnames)) return Value();
    DateTimeObject* d = as_datetime(self);
    return new_time(d->hour, d->minute, d->second, d->microsecond, None(), d->fold);
}

Value datetime_gettimetz(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_noargs("datetime.timetz", nargs, kwnames)) return Value();
    DateTimeObject* d = as_datetime(self);
    return new_time(d->hour, d->minute, d->second, d->microsecond, dt_tzinfo(self), d->fold);
}

Value datetime_timestamp_method(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_noargs("datetime.timestamp", nargs, kwnames)) return Value();
    return datetime_timestamp(self);
}

Value datetime_astimezone_method(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const ArgSpec specs[] = {{"tz", ArgKind::Object}};
    static const ArgParser parser{"astimezone", specs, 1, 0, 1};
    ArgValue a[1];
    if (!parser.parse(args, nargs, kwnames, a)) return Value();
    return datetime_astimezone(self, a[0].given ? a[0].obj : None());
}

// replace(...): built as type(self) directly, the fold checked first
// (CPython 3.11's order).
Value datetime_replace(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const ArgParser parser{"replace", kDateTimeSpecs, 9, 0, 8};
    ArgValue a[9];
    if (!parser.parse(args, nargs, kwnames, a)) return Value();
    DateTimeObject* d = as_datetime(self);
    int64_t fold = a[8].given ? a[8].i : d->fold;
    if (fold != 0 && fold != 1) return raise(exc::ValueError, "fold must be either 0 or 1");
    auto pick = [&](int i, int64_t current) { return a[i].given ? a[i].i : current; };
    return new_datetime(pick(0, d->year), pick(1, d->month), pick(2, d->day), pick(3, d->hour),
                        pick(4, d->minute), pick(5, d->second), pick(6, d->microsecond),
                        a[7].given ? a[7].obj : dt_tzinfo(self), fold, type_of(self));
}

// -- Pickling ---------------------------------------------------------------------------------

Value datetime_reduce_with(Value self, bool with_fold) {
    Value state = make_bytes(datetime_state(as_datetime(self), with_fold));
    if (!state) return state;
    Value tz = dt_tzinfo(self);
    Value args = is_none(tz) ? tuple_pack({state}) : tuple_pack({state, tz});
    return args ? tuple_pack({Value(type_of(self)), args}) : args;
}

Value datetime_reduce_ex(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const ArgSpec specs[] = {{"protocol", ArgKind::Int}};
    static const ArgParser parser{"__reduce_ex__", specs, 1, 1, 1, false};
    ArgValue a[1];
    if (!check_no_keywords("__reduce_ex__", kwnames) || !parser.parse(args, nargs, kwnames, a))
        return Value();
    return datetime_reduce_with(self, a[0].i > 3);
}

Value datetime_reduce(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_noargs("datetime.__reduce__", nargs, kwnames)) return Value();
    return datetime_reduce_with(self, false);
}

// -- Class methods ----------------------------------------------------------------------------

Value datetime_now_method(Value cls, const Value* args, size_t nargs, Value kwnames) {
    static const ArgSpec specs[] = {{"tz", ArgKind::Object}};
    static const ArgParser parser{"now", specs, 1, 0, 1};
    ArgValue a[1];
    if (!parser.parse(args, nargs, kwnames, a)) return Value();
    return datetime_now(cls, a[0].given ? a[0].obj : None(), false);
}

Value datetime_utcnow(Value cls, const Value*, size_t nargs, Value kwnames) {
    if (!check_noargs(class_method_name(cls, "utcnow").c_str(), nargs, kwnames)) return Value();
    return datetime_now(cls, None(), true);
}

Value datetime_fromtimestamp_method(Value cls, const Value* args, size_t nargs, Value kwnames) {
    static const ArgSpec specs[] = {{"timestamp", ArgKind::Object}, {"tz", ArgKind::Object}};
    static const ArgParser parser{"fromtimestamp", specs, 2, 1, 2};
    ArgValue a[2];
    if (!parser.parse(args, nargs, kwnames, a)) return Value();
    return datetime_from_timestamp(cls, a[0].obj, a[1].given ? a[1].obj : None(), false);
}

Value datetime_utcfromtimestamp(Value cls, const Value* args, size_t nargs, Value kwnames) {
    static const ArgSpec specs[] = {{"timestamp", ArgKind::Object}};
    static const ArgParser parser{"utcfromtimestamp", specs, 1, 1, 1, false};
    ArgValue a[1];
    if (!check_no_keywords("utcfromtimestamp", kwnames) || !parser.parse(args, nargs, kwnames, a))
        return Value();
    return datetime_from_timestamp(cls, a[0].obj, None(), true);
}

// strptime(string, format): the stdlib's _strptime._strptime_datetime(cls, ...).
Value datetime_strptime(Value cls, const Value* args, size_t nargs, Value kwnames) {
    static const ArgSpec specs[] = {{"string", ArgKind::Str}, {"format", ArgKind::Str}};
    static const ArgParser parser{"strptime", specs, 2, 2, 2, false};
    ArgValue a[2];
    if (!check_no_keywords("strptime", kwnames) || !parser.parse(args, nargs, kwnames, a))
        return Value();
    Value module = import_module("_strptime");
    if (!module) return module;
    return call_method(module, "_strptime_datetime", {cls, a[0].obj, a[1].obj});
}

// combine(date, time, tzinfo=time.tzinfo)
Value datetime_combine(Value cls, const Value* args, size_t nargs, Value kwnames) {
    static const ArgSpec specs[] = {{"date", ArgKind::Typed, &DateType},
                                    {"time", ArgKind::Typed, &TimeType},
                                    {"tzinfo", ArgKind::Object}};
    static const ArgParser parser{"combine", specs, 3, 2, 3};
    ArgValue a[3];
    if (!parser.parse(args, nargs, kwnames, a)) return Value();
    DateObject* d = as_date(a[0].obj);
    TimeObject* t = as_time(a[1].obj);
    Value tzinfo = a[2].given ? a[2].obj : time_tzinfo(a[1].obj);
    return new_datetime_subclass(d->year, d->month, d->day, t->hour, t->minute, t->second,
                                 t->microsecond, tzinfo, t->fold, cls);
}

Value datetime_fromisoformat_method(Value cls, const Value* args, size_t nargs, Value kwnames) {
    if (!check_one_arg(class_method_name(cls, "fromisoformat").c_str(), nargs, kwnames))
        return Value();
    return datetime_fromisoformat(cls, args[0]);
}

const NativeMethodDef datetime_methods[] = {
    {"now", datetime_now_method, NATIVE_KEYWORDS | NATIVE_CLASS,
     "The current time in tz (local time when tz is None)."},
    {"utcnow", datetime_utcnow, NATIVE_KEYWORDS | NATIVE_CLASS,
     "The current UTC time as a naive datetime."},
    {"fromtimestamp", datetime_fromtimestamp_method, NATIVE_KEYWORDS | NATIVE_CLASS,
     "The time of a POSIX timestamp in tz (local time when tz is None)."},
    {"utcfromtimestamp", datetime_utcfromtimestamp, NATIVE_KEYWORDS | NATIVE_CLASS,
     "The UTC time of a POSIX timestamp as a naive datetime."},
    {"strptime", datetime_strptime, NATIVE_KEYWORDS | NATIVE_CLASS,
     "Parses a string with strptime() directives."},
    {"combine", datetime_combine, NATIVE_KEYWORDS | NATIVE_CLASS,
     "A datetime of a date and a time."},
    {"fromisoformat", datetime_fromisoformat_method, NATIVE_KEYWORDS | NATIVE_CLASS,
     "The datetime of an ISO 8601 string."},
    {"date", datetime_getdate, NATIVE_KEYWORDS, "The date part."},
    {"time", datetime_gettime, NATIVE_KEYWORDS, "The time part, without tzinfo."},
    {"timetz", datetime_gettimetz, NATIVE_KEYWORDS, "The time part, with tzinfo."},
    {"ctime", datetime_ctime, NATIVE_KEYWORDS, "A ctime()-style string."},
    {"timetuple", datetime_timetuple, NATIVE_KEYWORDS, "A time.struct_time, as time.localtime()."},
    {"timestamp", datetime_timestamp_method, NATIVE_KEYWORDS, "The POSIX timestamp, a float."},
    {"utctimetuple", datetime_utctimetuple, NATIVE_KEYWORDS, "A time.struct_time in UTC."},
    {"isoformat", datetime_isoformat, NATIVE_KEYWORDS,
     "YYYY-MM-DD<sep>HH:MM:SS[.ffffff][+HH:MM]; timespec picks the fields."},
    {"utcoffset", datetime_utcoffset, NATIVE_KEYWORDS, "self.tzinfo.utcoffset(self)"},
    {"tzname", datetime_tzname, NATIVE_KEYWORDS, "self.tzinfo.tzname(self)"},
    {"dst", datetime_dst, NATIVE_KEYWORDS, "self.tzinfo.dst(self)"},
    {"replace", datetime_replace, NATIVE_KEYWORDS, "The datetime with the given fields changed."},
    {"astimezone", datetime_astimezone_method, NATIVE_KEYWORDS,
     "The same time in the time zone tz (local when None)."},
    {"__reduce_ex__", datetime_reduce_ex, NATIVE_KEYWORDS, "Pickling by protocol."},
    {"__reduce__", datetime_reduce, NATIVE_KEYWORDS, "Pickling: (class, state)."},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace

// -- Shared -----------------------------------------------------------------------------------

Value new_datetime(int64_t year, int64_t month, int64_t day, int64_t hour, int64_t minute,
                   int64_t second, int64_t us, Value tzinfo, int64_t fold, Type* type) {
    if (!check_date_args(year, month, day) || !check_time_args(hour, minute, second, us, fold) ||
        !check_tzinfo_subclass(tzinfo))
        return Value();
    auto* d = gc_new<DateTimeObject>(type, type->basic_size);
    if (!d) return Value();
    d->hash = -1;
    d->year = static_cast<int32_t>(year);
    d->month = static_cast<uint8_t>(month);
    d->day = static_cast<uint8_t>(day);
    d->hour = static_cast<uint8_t>(hour);
    d->minute = static_cast<uint8_t>(minute);
    d->second = static_cast<uint8_t>(second);
    d->microsecond = static_cast<int32_t>(us);
    d->fold = static_cast<uint8_t>(fold);
    d->tzinfo = tzinfo;
    return Value(d);
}

Value new_datetime_subclass(int64_t year, int64_t month, int64_t day, int64_t hour, int64_t minute,
                            int64_t second, int64_t us, Value tzinfo, int64_t fold, Value cls) {
    if (cls == Value(&DateTimeType))
        return new_datetime(year, month, day, hour, minute, second, us, tzinfo, fold);
    return call_list(cls, {make_int(year), make_int(month), make_int(day), make_int(hour),
                           make_int(minute), make_int(second), make_int(us), tzinfo});
}

Value add_datetime_timedelta(Value dt, Value delta, int factor) {
    DateTimeObject* d = as_datetime(dt);
    DeltaObject* t = as_delta(delta);
    int64_t year = d->year, month = d->month, day = d->day + int64_t(t->days) * factor;
    int64_t hour = d->hour, minute = d->minute;
    int64_t second = d->second + int64_t(t->seconds) * factor;
    int64_t us = d->microsecond + int64_t(t->microseconds) * factor;
    if (!normalize_datetime(&year, &month, &day, &hour, &minute, &second, &us)) return Value();
    return new_datetime_subclass(year, month, day, hour, minute, second, us, dt_tzinfo(dt), 0,
                                 Value(type_of(dt)));
}

// a - b for two datetimes: the difference of the fields, corrected by the
// difference of the UTC offsets unless both have the same tzinfo.
Value datetime_subtract(Value a, Value b) {
    Value off1 = None(), off2 = None();
    if (dt_tzinfo(a) != dt_tzinfo(b)) {
        off1 = datetime_utcoffset_value(a);
        if (!off1) return off1;
        off2 = datetime_utcoffset_value(b);
        if (!off2) return off2;
        if (is_none(off1) != is_none(off2))
            return raise(exc::TypeError, "can't subtract offset-naive and offset-aware datetimes");
    }
    Value offdiff;
    if (off1 != off2 && is_delta(off1) && is_delta(off2) && delta_cmp(off1, off2) != 0) {
        offdiff = delta_subtract(off1, off2);
        if (!offdiff) return offdiff;
    }
    DateTimeObject* x = as_datetime(a);
    DateTimeObject* y = as_datetime(b);
    int64_t days =
        int64_t(ymd_to_ord(x->year, x->month, x->day)) - ymd_to_ord(y->year, y->month, y->day);
    int64_t seconds =
        (x->hour - y->hour) * 3600 + (x->minute - y->minute) * 60 + (x->second - y->second);
    int64_t us = int64_t(x->microsecond) - y->microsecond;
    Value result = new_delta(days, seconds, us, true);
    if (result && offdiff) result = delta_subtract(result, offdiff);
    return result;
}

Value require_datetime(Value v) {
    if (!v || is_datetime(v)) return v;
    return raise(exc::TypeError, "expected a datetime, got '%s'", type_name(v));
}

Value datetime_utcoffset_value(Value dt) {
    return call_utcoffset(dt_tzinfo(dt), dt);
}

Value datetime_dst_value(Value dt) {
    return call_dst(dt_tzinfo(dt), dt);
}

void init_datetime_type() {
    DateTimeType.trace = datetime_trace;
    DateTimeType.tp_new = datetime_new;
    DateTimeType.repr = datetime_repr;
    DateTimeType.str = datetime_str;
    DateTimeType.hash = datetime_hash;
    DateTimeType.richcompare = datetime_richcompare;
    DateTimeType.nb[NB_ADD] = datetime_add;
    DateTimeType.nb[NB_SUBTRACT] = datetime_sub_slot;
    init_static_type(&DateTimeType, "datetime.datetime", &DateType, sizeof(DateTimeObject),
                     TYPE_BASETYPE);
    dict_set_cstr(DateTimeType.dict, "__doc__",
                  make_str("A date and time of day: datetime(year, month, day, hour=0, minute=0, "
                           "second=0, microsecond=0, tzinfo=None, *, fold=0)."));
    add_methods(&DateTimeType, datetime_methods);
    add_getsets(&DateTimeType, datetime_getsets);
    add_slot_wrappers(&DateTimeType);
    add_builtin_new_wrapper(&DateTimeType);
}

} // namespace uopy::datetime
