// strftime() of date, time and datetime, and the strings and tuples they
// share with the time module: ctime() text and time.struct_time.
// CPython counterpart: wrap_strftime, format_ctime and build_struct_time
// of Modules/_datetimemodule.c (3.11).
//
// strftime substitutes %z (UTC offset), %Z (tzinfo name, its % doubled)
// and %f (microseconds) itself, then hands the format and a time tuple to
// time.strftime, which knows the rest. As in CPython, the format is read
// up to its first NUL character.
#include "modules/datetime/datetime_internal.h"

#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/import.h"

#include <cstdio>
#include <string>

namespace uopy::datetime {

namespace {

// The tzinfo a %z or %Z asks: an aware time's or datetime's; null otherwise.
Value tzinfo_member(Value object) {
    Value tz;
    if (is_datetime(object))
        tz = dt_tzinfo(object);
    else if (is_time(object))
        tz = time_tzinfo(object);
    return tz && !is_none(tz) ? tz : Value();
}

bool z_replacement(Value object, Value tzinfoarg, std::string* out) {
    Value tz = tzinfo_member(object);
    if (!tz) {
        out->clear();
        return true;
    }
    return format_utcoffset(out, "", tz, tzinfoarg);
}

// The tzinfo's name with every % doubled, so that time.strftime leaves it alone.
bool Z_replacement(Value object, Value tzinfoarg, std::string* out) {
    out->clear();
    Value tz = tzinfo_member(object);
    if (!tz) return true;
    Value name = call_tzname(tz, tzinfoarg);
    if (!name) return false;
    if (is_none(name)) return true;
    for (char c : str_view(name)) {
        if (c == '%') *out += '%';
        *out += c;
    }
    return true;
}

std::string f_replacement(Value object) {
    int us = 0;
    if (is_time(object))
        us = as_time(object)->microsecond;
    else if (is_datetime(object))
        us = as_datetime(object)->microsecond;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%06d", us);
    return buf;
}

} // namespace

Value wrap_strftime(Value object, Value format, Value timetuple, Value tzinfoarg) {
    if (!check_utf8_encodable(format)) return Value();
    std::string_view in = str_view(format);
    std::string out;
    std::string z, Z, f;
    bool have_z = false, have_Z = false, have_f = false;
    size_t i = 0;
    while (i < in.size() && in[i] != '\0') {
        char ch = in[i++];
        if (ch != '%') {
            out += ch;
            continue;
        }
        if (i >= in.size() || in[i] == '\0') {
            out += '%'; // a final %, copied alone
            continue;
        }
        ch = in[i++];
        if (ch == 'z') {
            if (!have_z && !z_replacement(object, tzinfoarg, &z)) return Value();
            have_z = true;
            out += z;
        } else if (ch == 'Z') {
            if (!have_Z && !Z_replacement(object, tzinfoarg, &Z)) return Value();
            have_Z = true;
            out += Z;
        } else if (ch == 'f') {
            if (!have_f) f = f_replacement(object);
            have_f = true;
            out += f;
        } else {
            out += '%';
            out += ch;
        }
    }
    // A tzinfo name may hold a NUL, which ends the format for time.strftime.
    size_t nul = out.find('\0');
    if (nul != std::string::npos) out.resize(nul);
    Value module = import_module("time");
    Value newformat = module ? make_str(out) : module;
    return newformat ? call_method(module, "strftime", {newformat, timetuple}) : newformat;
}

Value format_ctime(int year, int month, int day, int hour, int minute, int second) {
    static const char* const kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    int wday = weekday_of(year, month, day);
    int m = month >= 1 && month <= 12 ? month - 1 : 0;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s %s %2d %02d:%02d:%02d %04d", kDays[wday], kMonths[m], day,
                  hour, minute, second, year);
    return make_str(buf);
}

Value build_struct_time(int year, int month, int day, int hour, int minute, int second,
                        int dstflag) {
    Value module = import_module("time");
    if (!module) return module;
    Value struct_time = get_attr_cstr(module, "struct_time");
    if (!struct_time) return struct_time;
    Value fields =
        tuple_pack({make_int(year), make_int(month), make_int(day), make_int(hour),
                    make_int(minute), make_int(second), make_int(weekday_of(year, month, day)),
                    make_int(days_before_month(year, month) + day), make_int(dstflag)});
    return fields ? call1(struct_time, fields) : fields;
}

} // namespace uopy::datetime
