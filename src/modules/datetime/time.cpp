// datetime.time: a time of day with an optional tzinfo and the PEP 495
// fold. CPython counterpart: the PyDateTime_Time part of
// Modules/_datetimemodule.c.
//
// A time's tzinfo methods are called with None (a time has no date to
// resolve a UTC offset that changes over the year).
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
#include "runtime/slots.h"
#include "runtime/type.h"

#include <cstdio>
#include <string>

namespace uopy::datetime {

Type TimeType;

namespace {

// The pickled state: hour (with the fold in its top bit, protocol 4 and
// later), minute, second, microsecond in three big-endian bytes.
constexpr size_t kTimeStateSize = 6;

std::string time_state(TimeObject* t, bool with_fold) {
    std::string s(kTimeStateSize, '\0');
    s[0] = static_cast<char>(t->hour | (with_fold && t->fold ? 0x80 : 0));
    s[1] = static_cast<char>(t->minute);
    s[2] = static_cast<char>(t->second);
    s[3] = static_cast<char>((t->microsecond >> 16) & 0xff);
    s[4] = static_cast<char>((t->microsecond >> 8) & 0xff);
    s[5] = static_cast<char>(t->microsecond & 0xff);
    return s;
}

void time_trace(Object* o, Tracer& t) {
    t.visit(static_cast<TimeObject*>(o)->tzinfo);
}

Value time_from_state(Type* type, std::string_view state, Value tzinfo) {
    if (!is_none(tzinfo) && !is_tzinfo(tzinfo))
        return raise(exc::TypeError, "bad tzinfo state arg");
    auto* t = gc_new<TimeObject>(type, type->basic_size);
    if (!t) return Value();
    auto byte = [&](size_t i) { return static_cast<uint8_t>(state[i]); };
    t->hash = -1;
    t->hour = byte(0) & 0x7f;
    t->fold = byte(0) >> 7;
    t->minute = byte(1);
    t->second = byte(2);
    t->microsecond = (byte(3) << 16) | (byte(4) << 8) | byte(5);
    t->tzinfo = tzinfo;
    return Value(t);
}

// time(hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0),
// or time(state[, tzinfo]) from a pickle.
Value time_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    if (nargs >= 1 && nargs <= 2) {
        Value state = args[0];
        Value tzinfo = nargs == 2 ? args[1] : None();
        if (is_bytes(state)) {
            std::string_view s = bytes_view(state);
            if (s.size() == kTimeStateSize && (static_cast<uint8_t>(s[0]) & 0x7f) < 24)
                return time_from_state(type, s, tzinfo);
        } else if (is_str(state) && str_length(state) == kTimeStateSize &&
                   (str_codepoint_at(state, 0) & 0x7f) < 24) {
            std::string bytes;
            for (size_t i = 0; i < kTimeStateSize; i++) {
                uint32_t cp = str_codepoint_at(state, i);
                if (cp > 0xff)
                    return raise(exc::ValueError,
                                 "Failed to encode latin1 string when unpickling a time object. "
                                 "pickle.load(data, encoding='latin1') is assumed.");
                bytes += static_cast<char>(cp);
            }
            return time_from_state(type, bytes, tzinfo);
        }
    }
    static const ArgSpec specs[] = {
        {"hour", ArgKind::Int},        {"minute", ArgKind::Int},    {"second", ArgKind::Int},
        {"microsecond", ArgKind::Int}, {"tzinfo", ArgKind::Object}, {"fold", ArgKind::Int},
    };
    static const ArgParser parser{nullptr, specs, 6, 0, 5};
    ArgValue a[6];
    if (!parser.parse(args, nargs, kwnames, a)) return Value();
    return new_time(a[0].i, a[1].i, a[2].i, a[3].i, a[4].given ? a[4].obj : None(), a[5].i, type);
}

// -- Fields -----------------------------------------------------------------------------------

template <uint8_t TimeObject::*Field> Value time_byte_field(Value self) {
    return make_int(as_time(self)->*Field);
}
Value time_microsecond(Value self) {
    return make_int(as_time(self)->microsecond);
}
Value time_tzinfo_get(Value self) {
    return time_tzinfo(self);
}

const GetSetDef time_getsets[] = {
    {"hour", time_byte_field<&TimeObject::hour>, nullptr, nullptr},
    {"minute", time_byte_field<&TimeObject::minute>, nullptr, nullptr},
    {"second", time_byte_field<&TimeObject::second>, nullptr, nullptr},
    {"microsecond", time_microsecond, nullptr, nullptr},
    {"tzinfo", time_tzinfo_get, nullptr, nullptr},
    {"fold", time_byte_field<&TimeObject::fold>, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- tzinfo methods ---------------------------------------------------------------------------

Value time_utcoffset(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_noargs("time.utcoffset", nargs, kwnames)) return Value();
    return call_utcoffset(time_tzinfo(self), None());
}
Value time_dst(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_noargs("time.dst", nargs, kwnames)) return Value();
    return call_dst(time_tzinfo(self), None());
}
Value time_tzname(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_noargs("time.tzname", nargs, kwnames)) return Value();
    return call_tzname(time_tzinfo(self), None());
}

// -- Comparison and hashing -------------------------------------------------------------------

int time_fields_cmp(TimeObject* x, TimeObject* y) {
    int64_t a = ((int64_t(x->hour) * 60 + x->minute) * 60 + x->second) * 1000000 + x->microsecond;
    int64_t b = ((int64_t(y->hour) * 60 + y->minute) * 60 + y->second) * 1000000 + y->microsecond;
    return a < b ? -1 : a > b ? 1 : 0;
}

// Same tzinfo, or equal offsets: the fields. Different offsets: the times
// moved to UTC (whole seconds of the offsets, as CPython). Naive against
// aware: unequal, and ordering raises.
Value time_richcompare(Value a, Value b, CompareOp op) {
    if (!is_time(b)) return NotImplemented();
    TimeObject* x = as_time(a);
    TimeObject* y = as_time(b);
    if (time_tzinfo(a) == time_tzinfo(b)) return diff_to_bool(time_fields_cmp(x, y), op);
    Value off1 = call_utcoffset(time_tzinfo(a), None());
    if (!off1) return off1;
    Value off2 = call_utcoffset(time_tzinfo(b), None());
    if (!off2) return off2;
    if (off1 == off2 || (is_delta(off1) && is_delta(off2) && delta_cmp(off1, off2) == 0))
        return diff_to_bool(time_fields_cmp(x, y), op);
    if (!is_none(off1) && !is_none(off2)) {
        int64_t s1 = x->hour * 3600 + x->minute * 60 + x->second -
                     int64_t(as_delta(off1)->days) * 86400 - as_delta(off1)->seconds;
        int64_t s2 = y->hour * 3600 + y->minute * 60 + y->second -
                     int64_t(as_delta(off2)->days) * 86400 - as_delta(off2)->seconds;
        int64_t diff = s1 - s2;
        if (diff == 0) diff = x->microsecond - y->microsecond;
        return diff_to_bool(diff, op);
    }
    if (op == CMP_EQ) return False();
    if (op == CMP_NE) return True();
    return raise(exc::TypeError, "can't compare offset-naive and offset-aware times");
}

// Naive: the hash of the state bytes. Aware: the hash of the time moved to
// UTC as a timedelta, so that equal times hash alike. The offset is the
// one at fold 0.
int64_t time_hash(Value self) {
    TimeObject* t = as_time(self);
    if (t->hash != -1) return t->hash;
    Value self0 = self;
    if (t->fold) {
        self0 = new_time(t->hour, t->minute, t->second, t->microsecond, time_tzinfo(self), 0,
                         type_of(self));
        if (!self0) return -1;
    }
    Value offset = call_utcoffset(time_tzinfo(self0), None());
    if (!offset) return -1;
    int64_t h;
    if (is_none(offset)) {
        Value b = make_bytes(time_state(t, false));
        if (!b) return -1;
        h = hash_of(b);
    } else {
        Value local =
            new_delta(0, t->hour * 3600 + t->minute * 60 + t->second, t->microsecond, true);
        Value utc = local ? delta_subtract(local, offset) : local;
        if (!utc) return -1;
        h = delta_hash(utc);
    }
    if (h != -1) t->hash = h;
    return h;
}

// -- Strings ----------------------------------------------------------------------------------

Value time_repr(Value self) {
    TimeObject* t = as_time(self);
    char buf[64];
    if (t->microsecond)
        std::snprintf(buf, sizeof buf, "(%d, %d, %d, %d)", t->hour, t->minute, t->second,
                      t->microsecond);
    else if (t->second)
        std::snprintf(buf, sizeof buf, "(%d, %d, %d)", t->hour, t->minute, t->second);
    else
        std::snprintf(buf, sizeof buf, "(%d, %d)", t->hour, t->minute);
    std::string out = std::string(repr_type_name(self)) + buf;
    Value tz = time_tzinfo(self);
    if (!is_none(tz)) {
        Value r = repr(tz);
        if (!r) return r;
        out.insert(out.size() - 1, ", tzinfo=" + std::string(str_view(r)));
    }
    if (t->fold) out.insert(out.size() - 1, ", fold=" + std::to_string(t->fold));
    return make_str(out);
}

// isoformat(timespec='auto')
Value time_isoformat(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const ArgSpec specs[] = {{"timespec", ArgKind::CStr}};
    static const ArgParser parser{"isoformat", specs, 1, 0, 1};
    ArgValue a[1];
    if (!parser.parse(args, nargs, kwnames, a)) return Value();
    TimeObject* t = as_time(self);
    std::string spec = a[0].given ? std::string(str_view(a[0].obj)) : "auto";
    char buf[48];
    if (spec == "auto") spec = t->microsecond ? "microseconds" : "seconds";
    if (spec == "hours")
        std::snprintf(buf, sizeof buf, "%02d", t->hour);
    else if (spec == "minutes")
        std::snprintf(buf, sizeof buf, "%02d:%02d", t->hour, t->minute);
    else if (spec == "seconds")
        std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", t->hour, t->minute, t->second);
    else if (spec == "milliseconds")
        std::snprintf(buf, sizeof buf, "%02d:%02d:%02d.%03d", t->hour, t->minute, t->second,
                      t->microsecond / 1000);
    else if (spec == "microseconds")
        std::snprintf(buf, sizeof buf, "%02d:%02d:%02d.%06d", t->hour, t->minute, t->second,
                      t->microsecond);
    else
        return raise(exc::ValueError, "Unknown timespec value");
    std::string out = buf;
    Value tz = time_tzinfo(self);
    if (!is_none(tz)) {
        std::string offset;
        if (!format_utcoffset(&offset, ":", tz, None())) return Value();
        out += offset;
    }
    return make_str(out);
}

Value time_str(Value self) {
    return call_method(self, "isoformat", {});
}

// strftime(format) over the time of day on 1900-01-01.
Value time_strftime(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const ArgSpec specs[] = {{"format", ArgKind::Str}};
    static const ArgParser parser{"strftime", specs, 1, 1, 1};
    ArgValue a[1];
    if (!parser.parse(args, nargs, kwnames, a)) return Value();
    TimeObject* t = as_time(self);
    Value tuple = tuple_pack({make_int(1900), make_int(1), make_int(1), make_int(t->hour),
                              make_int(t->minute), make_int(t->second), make_int(0), make_int(1),
                              make_int(-1)});
    if (!tuple) return tuple;
    return wrap_strftime(self, a[0].obj, tuple, None());
}

// -- replace and pickling ---------------------------------------------------------------------

// replace(hour, minute, second, microsecond, tzinfo, *, fold): built as
// type(self) directly; the fold is checked first (CPython 3.11's order).
Value time_replace(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const ArgSpec specs[] = {
        {"hour", ArgKind::Int},        {"minute", ArgKind::Int},    {"second", ArgKind::Int},
        {"microsecond", ArgKind::Int}, {"tzinfo", ArgKind::Object}, {"fold", ArgKind::Int},
    };
    static const ArgParser parser{"replace", specs, 6, 0, 5};
    ArgValue a[6];
    if (!parser.parse(args, nargs, kwnames, a)) return Value();
    TimeObject* t = as_time(self);
    int64_t fold = a[5].given ? a[5].i : t->fold;
    if (fold != 0 && fold != 1) return raise(exc::ValueError, "fold must be either 0 or 1");
    return new_time(a[0].given ? a[0].i : t->hour, a[1].given ? a[1].i : t->minute,
                    a[2].given ? a[2].i : t->second, a[3].given ? a[3].i : t->microsecond,
                    a[4].given ? a[4].obj : time_tzinfo(self), fold, type_of(self));
}

Value time_reduce_with(Value self, bool with_fold) {
    Value state = make_bytes(time_state(as_time(self), with_fold));
    if (!state) return state;
    Value tz = time_tzinfo(self);
    Value args = is_none(tz) ? tuple_pack({state}) : tuple_pack({state, tz});
    return args ? tuple_pack({Value(type_of(self)), args}) : args;
}

Value time_reduce_ex(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const ArgSpec specs[] = {{"protocol", ArgKind::Int}};
    static const ArgParser parser{"__reduce_ex__", specs, 1, 1, 1, false};
    ArgValue a[1];
    if (!check_no_keywords("__reduce_ex__", kwnames) || !parser.parse(args, nargs, kwnames, a))
        return Value();
    return time_reduce_with(self, a[0].i > 3);
}

Value time_reduce(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_noargs("time.__reduce__", nargs, kwnames)) return Value();
    return time_reduce_with(self, false);
}

Value time_fromisoformat_method(Value cls, const Value* args, size_t nargs, Value kwnames) {
    if (!check_one_arg(class_method_name(cls, "fromisoformat").c_str(), nargs, kwnames))
        return Value();
    return time_fromisoformat(cls, args[0]);
}

const NativeMethodDef time_methods[] = {
    {"isoformat", time_isoformat, NATIVE_KEYWORDS,
     "HH:MM:SS[.ffffff][+HH:MM]; timespec picks the fields."},
    {"strftime", time_strftime, NATIVE_KEYWORDS, "Formats with strftime() directives."},
    {"__format__", date_format_method, NATIVE_KEYWORDS, "format(self, spec)"},
    {"utcoffset", time_utcoffset, NATIVE_KEYWORDS, "self.tzinfo.utcoffset(None)"},
    {"tzname", time_tzname, NATIVE_KEYWORDS, "self.tzinfo.tzname(None)"},
    {"dst", time_dst, NATIVE_KEYWORDS, "self.tzinfo.dst(None)"},
    {"replace", time_replace, NATIVE_KEYWORDS, "The time with the given fields changed."},
    {"fromisoformat", time_fromisoformat_method, NATIVE_KEYWORDS | NATIVE_CLASS,
     "The time of an ISO 8601 string."},
    {"__reduce_ex__", time_reduce_ex, NATIVE_KEYWORDS, "Pickling by protocol."},
    {"__reduce__", time_reduce, NATIVE_KEYWORDS, "Pickling: (class, state)."},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace

Value new_time(int64_t hour, int64_t minute, int64_t second, int64_t us, Value tzinfo, int64_t fold,
               Type* type) {
    if (!check_time_args(hour, minute, second, us, fold) || !check_tzinfo_subclass(tzinfo))
        return Value();
    auto* t = gc_new<TimeObject>(type, type->basic_size);
    if (!t) return Value();
    t->hash = -1;
    t->hour = static_cast<uint8_t>(hour);
    t->minute = static_cast<uint8_t>(minute);
    t->second = static_cast<uint8_t>(second);
    t->microsecond = static_cast<int32_t>(us);
    t->fold = static_cast<uint8_t>(fold);
    t->tzinfo = tzinfo;
    return Value(t);
}

void init_time_type() {
    TimeType.trace = time_trace;
    TimeType.tp_new = time_new;
    TimeType.repr = time_repr;
    TimeType.str = time_str;
    TimeType.hash = time_hash;
    TimeType.richcompare = time_richcompare;
    init_static_type(&TimeType, "datetime.time", &ObjectType, sizeof(TimeObject), TYPE_BASETYPE);
    dict_set_cstr(TimeType.dict, "__doc__",
                  make_str("A time of day: time(hour=0, minute=0, second=0, microsecond=0, "
                           "tzinfo=None, *, fold=0)."));
    add_methods(&TimeType, time_methods);
    add_getsets(&TimeType, time_getsets);
    add_slot_wrappers(&TimeType);
    add_builtin_new_wrapper(&TimeType);
}

} // namespace uopy::datetime
