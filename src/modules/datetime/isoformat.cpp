// fromisoformat() of date, time and datetime: CPython 3.11's parser of
// most ISO 8601 forms (YYYY-MM-DD, YYYYMMDD, YYYY-Www[-d], YYYYWww[d]; any
// one character between date and time; HH[:MM[:SS[.f+]]] or their basic
// forms; Z or +HH[:MM[:SS[.ffffff]]] offsets). CPython counterpart:
// parse_isoformat_date, parse_hh_mm_ss_ff, parse_isoformat_time,
// _find_isoformat_datetime_separator and the fromisoformat functions of
// Modules/_datetimemodule.c.
//
// The parser works on the UTF-8 bytes of the string, which end in a NUL
// (as CPython's do): a scan stops at the first byte that does not fit, and
// never reads past that terminator. Which strings are accepted (and which
// out-of-range fields fail in the constructors rather than here, with
// their own messages) follows CPython exactly.
#include "modules/datetime/datetime_internal.h"

#include "objects/int.h"
#include "objects/str.h"
#include "runtime/abstract.h"
#include "runtime/call.h"
#include "runtime/errors.h"

#include <string>

namespace uopy::datetime {

namespace {

bool is_digit(char c) {
    return static_cast<unsigned>(c - '0') < 10;
}

// Reads [n] digits into *var (appending to its value); null at a non-digit.
const char* parse_digits(const char* p, int* var, size_t n) {
    for (size_t i = 0; i < n; i++) {
        unsigned d = static_cast<unsigned>(*p - '0');
        if (d > 9) return nullptr;
        p++;
        *var = *var * 10 + static_cast<int>(d);
    }
    return p;
}

// The date in the first [len] bytes: 0, or a negative code (the caller
// only tells success from failure).
int parse_isoformat_date(const char* s, size_t len, int* year, int* month, int* day) {
    const char* p = parse_digits(s, year, 4);
    if (!p) return -1;
    bool uses_separator = *p == '-';
    if (uses_separator) p++;
    if (*p == 'W') {
        p++;
        int week = 0, weekday = 0;
        p = parse_digits(p, &week, 2);
        if (!p) return -3;
        if (static_cast<size_t>(p - s) < len) {
            if (uses_separator && *p++ != '-') return -2;
            p = parse_digits(p, &weekday, 1);
            if (!p) return -4;
        } else {
            weekday = 1;
        }
        int rv = iso_to_ymd(*year, week, weekday, year, month, day);
        return rv ? -3 + rv : 0;
    }
    p = parse_digits(p, month, 2);
    if (!p) return -1;
    if (uses_separator && *p++ != '-') return -2;
    p = parse_digits(p, day, 2);
    return p ? 0 : -1;
}

// HH[:MM[:SS[.f...]]] (or without the colons) up to [end]: 0 when it ends
// there, 1 when something follows, negative on malformed input. Fraction
// digits past the sixth are dropped.
int parse_hh_mm_ss_ff(const char* s, const char* end, int* hour, int* minute, int* second,
                      int* us) {
    *hour = *minute = *second = *us = 0;
    const char* p = s;
    int* fields[3] = {hour, minute, second};
    bool has_separator = true;
    for (int i = 0; i < 3; i++) {
        p = parse_digits(p, fields[i], 2);
        if (!p) return -3;
        // A NUL here ends the string, so [end] is reached at once.
        char c = *p++;
        if (i == 0) has_separator = c == ':';
        if (p >= end) return c != '\0' ? 1 : 0;
        if (has_separator && c == ':') continue;
        if (c == '.' || c == ',') break;
        if (!has_separator)
            --p;
        else
            return -4;
    }
    size_t remaining = static_cast<size_t>(end - p);
    size_t digits = remaining >= 6 ? 6 : remaining;
    p = parse_digits(p, us, digits);
    if (!p) return -3;
    static const int kScale[7] = {0, 100000, 10000, 1000, 100, 10, 1};
    *us *= kScale[digits];
    while (is_digit(*p))
        p++;
    return *p != '\0' ? 1 : 0;
}

struct IsoTime {
    int hour = 0, minute = 0, second = 0, us = 0;
    int tz_seconds = 0, tz_us = 0;
};

// The time of the first [len] bytes: 0 (naive), 1 (with an offset), or negative.
int parse_isoformat_time(const char* s, size_t len, IsoTime* t) {
    const char* end = s + len;
    const char* tz = s;
    // The offset starts at the first Z, + or - (CPython looks at the first
    // byte even of an empty string, then stops at [end]).
    do {
        if (*tz == 'Z' || *tz == '+' || *tz == '-') break;
    } while (++tz < end);
    int rv = parse_hh_mm_ss_ff(s, tz, &t->hour, &t->minute, &t->second, &t->us);
    if (rv < 0) return rv;
    if (tz == end) return rv == 1 ? -5 : 0;
    if (*tz == 'Z') return tz[1] != '\0' ? -5 : 1;
    int sign = *tz == '-' ? -1 : 1;
    tz++;
    int h, m, sec;
    rv = parse_hh_mm_ss_ff(tz, end, &h, &m, &sec, &t->tz_us);
    t->tz_seconds = sign * (h * 3600 + m * 60 + sec);
    t->tz_us *= sign;
    return rv ? -5 : 1;
}

// Where the date ends in a datetime string (CPython's case analysis of the
// date forms; the character there is the separator); -1 when malformed.
int64_t find_datetime_separator(const char* s, size_t len) {
    if (len == 7) return 7;
    if (s[4] == '-') {
        if (s[5] != 'W') return 10; // YYYY-MM-DD
        if (len < 8) return -1;
        if (len > 8 && s[8] == '-') {
            if (len == 9) return -1;
            // YYYY-Www-D (10) or YYYY-Www-HH (8): a digit at 10 means the
            // latter is taken, the separator being '-'.
            if (len > 10 && is_digit(s[10])) return 8;
            return 10;
        }
        return 8; // YYYY-Www
    }
    if (s[4] == 'W') {
        // YYYYWww (7) or YYYYWwwd (8): the time's digits come in pairs, so
        // an odd count of digits from 7 on means the weekday is there.
        size_t i = 7;
        while (i < len && is_digit(s[i]))
            i++;
        if (i < 9) return static_cast<int64_t>(i);
        return i % 2 == 0 ? 7 : 8;
    }
    return 8; // YYYYMMDD
}

// The timezone of a parsed offset: None, timezone.utc for zero seconds,
// else timezone(timedelta(seconds, us)) (ValueError out of range).
Value tzinfo_from_offset(int rv, const IsoTime& t) {
    if (rv != 1) return None();
    if (t.tz_seconds == 0) return utc_timezone();
    Value delta = new_delta(0, t.tz_seconds, t.tz_us, true);
    return delta ? new_timezone(delta, Value()) : delta;
}

Value invalid_string(Value s) {
    Value r = repr(s);
    if (!r) return r;
    return raise(exc::ValueError, "Invalid isoformat string: %s", std::string(str_view(r)).c_str());
}

bool is_surrogate(uint32_t cp) {
    return cp >= 0xd800 && cp <= 0xdfff;
}

// The bytes the parser reads: the str's UTF-8; false when it holds a
// surrogate (CPython's UTF-8 conversion fails on those).
bool utf8_of(Value s, std::string* out) {
    for (size_t i = 0; i < str_length(s); i++)
        if (is_surrogate(str_codepoint_at(s, i))) return false;
    *out = std::string(str_view(s));
    return true;
}

bool check_str(Value s) {
    if (is_str(s)) return true;
    raise(exc::TypeError, "fromisoformat: argument must be str");
    return false;
}

} // namespace

Value date_fromisoformat(Value cls, Value s) {
    if (!check_str(s)) return Value();
    std::string text;
    if (!utf8_of(s, &text)) return invalid_string(s);
    int year = 0, month = 0, day = 0;
    size_t len = text.size();
    int rv = len == 7 || len == 8 || len == 10
                 ? parse_isoformat_date(text.c_str(), len, &year, &month, &day)
                 : -1;
    if (rv < 0) return invalid_string(s);
    return new_date_subclass(year, month, day, cls);
}

Value time_fromisoformat(Value cls, Value s) {
    if (!check_str(s)) return Value();
    std::string text;
    if (!utf8_of(s, &text)) return invalid_string(s);
    const char* p = text.c_str();
    size_t len = text.size();
    // "T" may start a time, as in the basic format.
    if (*p == 'T') {
        p++;
        len--;
    }
    IsoTime t;
    int rv = parse_isoformat_time(p, len, &t);
    if (rv < 0) return invalid_string(s);
    Value tzinfo = tzinfo_from_offset(rv, t);
    if (!tzinfo) return tzinfo;
    if (cls == Value(&TimeType)) return new_time(t.hour, t.minute, t.second, t.us, tzinfo, 0);
    return call_list(
        cls, {make_int(t.hour), make_int(t.minute), make_int(t.second), make_int(t.us), tzinfo});
}

Value datetime_fromisoformat(Value cls, Value s) {
    if (!check_str(s)) return Value();
    // Every valid form has 7 characters at least. A surrogate is allowed
    // as the separator alone (it becomes 'T').
    size_t nchars = str_length(s);
    if (nchars < 7) return invalid_string(s);
    std::string text;
    bool sanitized = false;
    for (size_t pos : {size_t(7), size_t(8), size_t(10)}) {
        if (pos >= nchars) break;
        if (is_surrogate(str_codepoint_at(s, pos))) {
            for (size_t i = 0; i < nchars; i++)
                utf8_append(text, i == pos ? 'T' : str_codepoint_at(s, i));
            sanitized = true;
            break;
        }
    }
    if (!sanitized) text = std::string(str_view(s));
    for (size_t i = 0; i < text.size();) {
        const char* q = text.c_str() + i;
        const char* start = q;
        if (is_surrogate(utf8_decode(q))) return invalid_string(s);
        i += static_cast<size_t>(q - start);
    }
    const char* p = text.c_str();
    size_t len = text.size();
    int64_t sep = find_datetime_separator(p, len);
    int year = 0, month = 0, day = 0;
    IsoTime t;
    int rv = parse_isoformat_date(p, static_cast<size_t>(sep), &year, &month, &day);
    if (rv == 0 && static_cast<int64_t>(len) > sep) {
        // Skip the separator, one UTF-8 character.
        const char* q = p + sep;
        unsigned char lead = static_cast<unsigned char>(*q);
        q += lead < 0x80 ? 1 : (lead & 0xf0) == 0xe0 ? 3 : (lead & 0xf0) == 0xf0 ? 4 : 2;
        if (q > p + len) q = p + len;
        rv = parse_isoformat_time(q, len - static_cast<size_t>(q - p), &t);
    }
    if (rv < 0) return invalid_string(s);
    Value tzinfo = tzinfo_from_offset(rv, t);
    if (!tzinfo) return tzinfo;
    return new_datetime_subclass(year, month, day, t.hour, t.minute, t.second, t.us, tzinfo, 0,
                                 cls);
}

} // namespace uopy::datetime
