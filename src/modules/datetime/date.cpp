// datetime.date, and datetime.IsoCalendarDate (the tuple subclass that
// isocalendar() returns). CPython counterpart: the PyDateTime_Date and
// IsoCalendarDate parts of Modules/_datetimemodule.c.
//
// date's methods are datetime's too (DateTimeObject starts with a
// DateObject): a classmethod builds an instance of the class it is called
// on (cls(year, month, day) for a subclass), and date + timedelta keeps a
// subclass by calling it. date and datetime never compare equal: date's
// comparison leaves datetimes to datetime's.
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

Type DateType, IsoCalendarDateType;

namespace {

// The pickled state: year (two bytes, big-endian), month, day.
constexpr size_t kDateStateSize = 4;

std::string date_state(DateObject* d) {
    std::string s(kDateStateSize, '\0');
    s[0] = static_cast<char>((d->year >> 8) & 0xff);
    s[1] = static_cast<char>(d->year & 0xff);
    s[2] = static_cast<char>(d->month);
    s[3] = static_cast<char>(d->day);
    return s;
}

Value date_from_state(Type* type, std::string_view state) {
    auto* d = gc_new<DateObject>(type, type->basic_size);
    if (!d) return Value();
    d->hash = -1;
    d->year = (static_cast<uint8_t>(state[0]) << 8) | static_cast<uint8_t>(state[1]);
    d->month = static_cast<uint8_t>(state[2]);
    d->day = static_cast<uint8_t>(state[3]);
    return Value(d);
}

// date(year, month, day), or date(state) from a pickle: bytes of the
// state's size whose month byte is sane (a str of latin-1 characters,
// from Python 2 pickles, is accepted the same way).
Value date_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    if (nargs == 1) {
        Value state = args[0];
        if (is_bytes(state)) {
            std::string_view s = bytes_view(state);
            if (s.size() == kDateStateSize && static_cast<uint8_t>(s[2]) - 1u < 12)
                return date_from_state(type, s);
        } else if (is_str(state) && str_length(state) == kDateStateSize &&
                   str_codepoint_at(state, 2) - 1u < 12) {
            std::string bytes;
            for (size_t i = 0; i < kDateStateSize; i++) {
                uint32_t cp = str_codepoint_at(state, i);
                if (cp > 0xff)
                    return raise(exc::ValueError,
                                 "Failed to encode latin1 string when unpickling a date object. "
                                 "pickle.load(data, encoding='latin1') is assumed.");
                bytes += static_cast<char>(cp);
            }
            return date_from_state(type, bytes);
        }
    }
    static const ArgSpec specs[] = {
        {"year", ArgKind::Int}, {"month", ArgKind::Int}, {"day", ArgKind::Int}};
    static const ArgParser parser{nullptr, specs, 3, 3, 3};
    ArgValue a[3];
    if (!parser.parse(args, nargs, kwnames, a)) return Value();
    return new_date(a[0].i, a[1].i, a[2].i, type);
}

// -- Fields -----------------------------------------------------------------------------------

Value date_year(Value self) {
    return make_int(as_date(self)->year);
}
Value date_month(Value self) {
    return make_int(as_date(self)->month);
}
Value date_day(Value self) {
    return make_int(as_date(self)->day);
}

const GetSetDef date_getsets[] = {
    {"year", date_year, nullptr, nullptr},
    {"month", date_month, nullptr, nullptr},
    {"day", date_day, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- Arithmetic and comparison ----------------------------------------------------------------

// date + delta (negate: date - delta), of the date's class.
Value add_date_timedelta(Value date, Value delta, bool negate) {
    DateObject* d = as_date(date);
    int64_t days = as_delta(delta)->days;
    int64_t year = d->year, month = d->month, day = d->day + (negate ? -days : days);
    int64_t hour = 0, minute = 0, second = 0, us = 0;
    if (!normalize_datetime(&year, &month, &day, &hour, &minute, &second, &us)) return Value();
    return new_date_subclass(year, month, day, Value(type_of(date)));
}

Value date_add(Value a, Value b) {
    if (is_datetime(a) || is_datetime(b)) return NotImplemented();
    if (is_date(a)) {
        if (is_delta(b)) return add_date_timedelta(a, b, false);
    } else if (is_delta(a)) {
        return add_date_timedelta(b, a, false);
    }
    return NotImplemented();
}

Value date_subtract(Value a, Value b) {
    if (is_datetime(a) || is_datetime(b)) return NotImplemented();
    if (!is_date(a)) return NotImplemented();
    if (is_date(b)) {
        DateObject* x = as_date(a);
        DateObject* y = as_date(b);
        return new_delta(int64_t(ymd_to_ord(x->year, x->month, x->day)) -
                             ymd_to_ord(y->year, y->month, y->day),
                         0, 0, false);
    }
    if (is_delta(b)) return add_date_timedelta(a, b, true);
    return NotImplemented();
}

int date_cmp(DateObject* x, DateObject* y) {
    if (x->year != y->year) return x->year < y->year ? -1 : 1;
    if (x->month != y->month) return x->month < y->month ? -1 : 1;
    if (x->day != y->day) return x->day < y->day ? -1 : 1;
    return 0;
}

// CPython 3.11 compares the date parts of any two dates here; a datetime
// operand reaches datetime's comparison first (it is the subclass), which
// refuses dates.
Value date_richcompare(Value a, Value b, CompareOp op) {
    if (!is_date(b)) return NotImplemented();
    return diff_to_bool(date_cmp(as_date(a), as_date(b)), op);
}

// The hash of the pickled state's bytes, as CPython hashes the packed fields.
int64_t date_hash(Value self) {
    DateObject* d = as_date(self);
    if (d->hash != -1) return d->hash;
    Value b = make_bytes(date_state(d));
    if (!b) return -1;
    d->hash = hash_of(b);
    return d->hash;
}

// -- Strings ----------------------------------------------------------------------------------

Value date_repr(Value self) {
    DateObject* d = as_date(self);
    char buf[64];
    std::snprintf(buf, sizeof buf, "(%d, %d, %d)", d->year, d->month, d->day);
    return make_str(std::string(repr_type_name(self)) + buf);
}

Value date_isoformat(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_noargs("date.isoformat", nargs, kwnames)) return Value();
    DateObject* d = as_date(self);
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d->year, d->month, d->day);
    return make_str(buf);
}

// str() is self.isoformat(), so that a subclass's isoformat is used.
Value date_str(Value self) {
    return call_method(self, "isoformat", {});
}

Value date_ctime(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_noargs("date.ctime", nargs, kwnames)) return Value();
    DateObject* d = as_date(self);
    return format_ctime(d->year, d->month, d->day, 0, 0, 0);
}

// strftime(format): self.timetuple() (a subclass's, or datetime's) fills
// what %z, %Z and %f do not.
Value date_strftime(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const ArgSpec specs[] = {{"format", ArgKind::Str}};
    static const ArgParser parser{"strftime", specs, 1, 1, 1};
    ArgValue a[1];
    if (!parser.parse(args, nargs, kwnames, a)) return Value();
    Value tuple = call_method(self, "timetuple", {});
    if (!tuple) return tuple;
    return wrap_strftime(self, a[0].obj, tuple, self);
}

Value date_timetuple(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_noargs("date.timetuple", nargs, kwnames)) return Value();
    DateObject* d = as_date(self);
    return build_struct_time(d->year, d->month, d->day, 0, 0, 0, -1);
}

// -- Calendar methods -------------------------------------------------------------------------

Value date_toordinal(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_noargs("date.toordinal", nargs, kwnames)) return Value();
    DateObject* d = as_date(self);
    return make_int(ymd_to_ord(d->year, d->month, d->day));
}

Value date_weekday(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_noargs("date.weekday", nargs, kwnames)) return Value();
    DateObject* d = as_date(self);
    return make_int(weekday_of(d->year, d->month, d->day));
}

Value date_isoweekday(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_noargs("date.isoweekday", nargs, kwnames)) return Value();
    DateObject* d = as_date(self);
    return make_int(weekday_of(d->year, d->month, d->day) + 1);
}

Value new_iso_calendar_date(int64_t year, int64_t week, int64_t weekday) {
    Value items[3] = {make_int(year), make_int(week), make_int(weekday)};
    return make_tuple_subclass(&IsoCalendarDateType, items, 3);
}

Value date_isocalendar(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_noargs("date.isocalendar", nargs, kwnames)) return Value();
    DateObject* d = as_date(self);
    int year = d->year;
    int64_t week1_monday = iso_week1_monday(year);
    int64_t today = ymd_to_ord(year, d->month, d->day);
    int64_t day;
    int64_t week = floor_divmod(today - week1_monday, 7, &day);
    if (week < 0) {
        --year;
        week1_monday = iso_week1_monday(year);
        week = floor_divmod(today - week1_monday, 7, &day);
    } else if (week >= 52 && today >= iso_week1_monday(year + 1)) {
        ++year;
        week = 0;
    }
    return new_iso_calendar_date(year, week + 1, day + 1);
}

// replace(year, month, day): built directly as type(self), even for a
// subclass (CPython 3.11 does not call the subclass).
Value date_replace(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const ArgSpec specs[] = {
        {"year", ArgKind::Int}, {"month", ArgKind::Int}, {"day", ArgKind::Int}};
    static const ArgParser parser{"replace", specs, 3, 0, 3};
    ArgValue a[3];
    if (!parser.parse(args, nargs, kwnames, a)) return Value();
    DateObject* d = as_date(self);
    return new_date(a[0].given ? a[0].i : d->year, a[1].given ? a[1].i : d->month,
                    a[2].given ? a[2].i : d->day, type_of(self));
}

// (type(self), (state,))
Value date_reduce(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_noargs("date.__reduce__", nargs, kwnames)) return Value();
    Value state = make_bytes(date_state(as_date(self)));
    Value args = state ? tuple_pack({state}) : state;
    return args ? tuple_pack({Value(type_of(self)), args}) : args;
}

// -- Class methods ----------------------------------------------------------------------------

Value date_fromtimestamp_method(Value cls, const Value* args, size_t nargs, Value kwnames) {
    if (!check_one_arg(class_method_name(cls, "fromtimestamp").c_str(), nargs, kwnames))
        return Value();
    return date_fromtimestamp(cls, args[0]);
}

Value date_fromordinal(Value cls, const Value* args, size_t nargs, Value kwnames) {
    static const ArgSpec specs[] = {{"ordinal", ArgKind::Int}};
    static const ArgParser parser{"fromordinal", specs, 1, 1, 1, false};
    ArgValue a[1];
    if (!check_no_keywords("fromordinal", kwnames) || !parser.parse(args, nargs, kwnames, a))
        return Value();
    if (a[0].i < 1) return raise(exc::ValueError, "ordinal must be >= 1");
    int y, m, d;
    ord_to_ymd(static_cast<int>(a[0].i), &y, &m, &d);
    return new_date_subclass(y, m, d, cls);
}

Value date_fromisoformat_method(Value cls, const Value* args, size_t nargs, Value kwnames) {
    if (!check_one_arg(class_method_name(cls, "fromisoformat").c_str(), nargs, kwnames))
        return Value();
    return date_fromisoformat(cls, args[0]);
}

Value date_fromisocalendar(Value cls, const Value* args, size_t nargs, Value kwnames) {
    static const ArgSpec specs[] = {
        {"year", ArgKind::Int}, {"week", ArgKind::Int}, {"day", ArgKind::Int}};
    static const ArgParser parser{"fromisocalendar", specs, 3, 3, 3};
    ArgValue a[3];
    if (!parser.parse(args, nargs, kwnames, a)) {
        if (err_matches(exc::OverflowError)) {
            err_clear();
            raise(exc::ValueError, "ISO calendar component out of range");
        }
        return Value();
    }
    int year, month, day;
    int rv = iso_to_ymd(static_cast<int>(a[0].i), static_cast<int>(a[1].i),
                        static_cast<int>(a[2].i), &year, &month, &day);
    if (rv == -4) return raise(exc::ValueError, "Year is out of range: %d", int(a[0].i));
    if (rv == -2) return raise(exc::ValueError, "Invalid week: %d", int(a[1].i));
    if (rv == -3) return raise(exc::ValueError, "Invalid day: %d (range is [1, 7])", int(a[2].i));
    return new_date_subclass(year, month, day, cls);
}

// cls.fromtimestamp(time.time()): the class's own fromtimestamp, so that
// datetime.today() keeps the time of day.
Value date_today(Value cls, const Value*, size_t nargs, Value kwnames) {
    if (!check_noargs(class_method_name(cls, "today").c_str(), nargs, kwnames)) return Value();
    Value now = time_time_value();
    return now ? call_method(cls, "fromtimestamp", {now}) : now;
}

const NativeMethodDef date_methods[] = {
    {"fromtimestamp", date_fromtimestamp_method, NATIVE_KEYWORDS | NATIVE_CLASS,
     "The local date of a POSIX timestamp."},
    {"fromordinal", date_fromordinal, NATIVE_KEYWORDS | NATIVE_CLASS,
     "The date of a proleptic Gregorian ordinal (0001-01-01 is 1)."},
    {"fromisoformat", date_fromisoformat_method, NATIVE_KEYWORDS | NATIVE_CLASS,
     "The date of an ISO 8601 string."},
    {"fromisocalendar", date_fromisocalendar, NATIVE_KEYWORDS | NATIVE_CLASS,
     "The date of an ISO year, week number and weekday."},
    {"today", date_today, NATIVE_KEYWORDS | NATIVE_CLASS, "The current local date."},
    {"ctime", date_ctime, NATIVE_KEYWORDS, "A ctime()-style string."},
    {"strftime", date_strftime, NATIVE_KEYWORDS, "Formats with strftime() directives."},
    {"__format__", date_format_method, NATIVE_KEYWORDS, "format(self, spec)"},
    {"timetuple", date_timetuple, NATIVE_KEYWORDS, "A time.struct_time, as time.localtime()."},
    {"isocalendar", date_isocalendar, NATIVE_KEYWORDS, "The ISO year, week number and weekday."},
    {"isoformat", date_isoformat, NATIVE_KEYWORDS, "YYYY-MM-DD"},
    {"isoweekday", date_isoweekday, NATIVE_KEYWORDS, "Monday is 1, Sunday 7."},
    {"toordinal", date_toordinal, NATIVE_KEYWORDS, "The proleptic Gregorian ordinal."},
    {"weekday", date_weekday, NATIVE_KEYWORDS, "Monday is 0, Sunday 6."},
    {"replace", date_replace, NATIVE_KEYWORDS, "The date with the given fields changed."},
    {"__reduce__", date_reduce, NATIVE_KEYWORDS, "Pickling: (class, (state,))."},
    {nullptr, nullptr, 0, nullptr},
};

// -- IsoCalendarDate --------------------------------------------------------------------------

Value iso_calendar_date_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    static const ArgSpec specs[] = {
        {"year", ArgKind::Int}, {"week", ArgKind::Int}, {"weekday", ArgKind::Int}};
    // Argument Clinic's wording: "IsoCalendarDate() missing required argument ...".
    static const ArgParser parser{"IsoCalendarDate", specs, 3, 3, 3};
    ArgValue a[3];
    if (!parser.parse(args, nargs, kwnames, a)) return Value();
    Value items[3] = {make_int(a[0].i), make_int(a[1].i), make_int(a[2].i)};
    return make_tuple_subclass(type, items, 3);
}

Value iso_calendar_date_repr(Value self) {
    std::string out = std::string(repr_type_name(self)) + "(";
    static const char* const names[3] = {"year", "week", "weekday"};
    for (size_t i = 0; i < 3; i++) {
        if (i >= tuple_size(self)) return raise(exc::IndexError, "tuple index out of range");
        Value r = str_of(tuple_get(self, i));
        if (!r) return r;
        out += std::string(i ? ", " : "") + names[i] + "=" + std::string(str_view(r));
    }
    return make_str(out + ")");
}

// Pickles as a plain tuple.
Value iso_calendar_date_reduce(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!check_noargs("IsoCalendarDate.__reduce__", nargs, kwnames)) return Value();
    Value plain = make_tuple_from(tuple_items(self), tuple_size(self));
    Value args = plain ? tuple_pack({plain}) : plain;
    return args ? tuple_pack({Value(&TupleType), args}) : args;
}

template <size_t I> Value iso_calendar_field(Value self) {
    if (I >= tuple_size(self)) return raise(exc::IndexError, "tuple index out of range");
    return tuple_get(self, I);
}

const GetSetDef iso_calendar_date_getsets[] = {
    {"year", iso_calendar_field<0>, nullptr, nullptr},
    {"week", iso_calendar_field<1>, nullptr, nullptr},
    {"weekday", iso_calendar_field<2>, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

const NativeMethodDef iso_calendar_date_methods[] = {
    {"__reduce__", iso_calendar_date_reduce, NATIVE_KEYWORDS, "Pickles as a plain tuple."},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace

// -- Shared -----------------------------------------------------------------------------------

Value new_date(int64_t year, int64_t month, int64_t day, Type* type) {
    if (!check_date_args(year, month, day)) return Value();
    auto* d = gc_new<DateObject>(type, type->basic_size);
    if (!d) return Value();
    d->hash = -1;
    d->year = static_cast<int32_t>(year);
    d->month = static_cast<uint8_t>(month);
    d->day = static_cast<uint8_t>(day);
    return Value(d);
}

Value new_date_subclass(int64_t year, int64_t month, int64_t day, Value cls) {
    if (cls == Value(&DateType)) return new_date(year, month, day);
    if (cls == Value(&DateTimeType)) return new_datetime(year, month, day, 0, 0, 0, 0, None(), 0);
    return call_list(cls, {make_int(year), make_int(month), make_int(day)});
}

Value date_format_method(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const ArgSpec specs[] = {{"format", ArgKind::Str}};
    static const ArgParser parser{"__format__", specs, 1, 1, 1, false};
    ArgValue a[1];
    if (!check_no_keywords("__format__", kwnames) || !parser.parse(args, nargs, kwnames, a))
        return Value();
    if (str_length(a[0].obj) == 0) return str_of(self);
    return call_method(self, "strftime", {a[0].obj});
}

void init_date_types() {
    DateType.tp_new = date_new;
    DateType.repr = date_repr;
    DateType.str = date_str;
    DateType.hash = date_hash;
    DateType.richcompare = date_richcompare;
    DateType.nb[NB_ADD] = date_add;
    DateType.nb[NB_SUBTRACT] = date_subtract;
    init_static_type(&DateType, "datetime.date", &ObjectType, sizeof(DateObject), TYPE_BASETYPE);
    dict_set_cstr(DateType.dict, "__doc__",
                  make_str("A date of the proleptic Gregorian calendar: date(year, month, day)."));
    add_methods(&DateType, date_methods);
    add_getsets(&DateType, date_getsets);
    add_slot_wrappers(&DateType);
    add_builtin_new_wrapper(&DateType);

    // A final tuple subclass: tuple's storage, comparison and hashing.
    IsoCalendarDateType.tp_new = iso_calendar_date_new;
    IsoCalendarDateType.repr = iso_calendar_date_repr;
    init_static_type(&IsoCalendarDateType, "datetime.IsoCalendarDate", &TupleType,
                     TupleType.basic_size, 0);
    dict_set_cstr(IsoCalendarDateType.dict, "__doc__",
                  make_str("What isocalendar() returns: a (year, week, weekday) tuple with those "
                           "names as attributes."));
    add_methods(&IsoCalendarDateType, iso_calendar_date_methods);
    add_getsets(&IsoCalendarDateType, iso_calendar_date_getsets);
    add_slot_wrappers(&IsoCalendarDateType);
    add_builtin_new_wrapper(&IsoCalendarDateType);
}

} // namespace uopy::datetime
