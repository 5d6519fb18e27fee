// The proleptic Gregorian calendar of the datetime types: ordinals (day 1
// is 0001-01-01), ISO weeks, the range checks of the constructors and the
// normalization that arithmetic relies on. CPython counterpart: the
// "General calendrical helper functions", "Range checkers" and
// "Normalization utilities" of Modules/_datetimemodule.c.
//
// The functions take any int fields without undefined behaviour (a bare
// instance made by object.__new__ has zeros): lookups clamp the month.
#include "modules/datetime/datetime_internal.h"

#include "runtime/errors.h"

namespace uopy::datetime {

namespace {

// Days in each month and days before it in a common year; index 0 unused.
constexpr int kDaysInMonth[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
constexpr int kDaysBeforeMonth[13] = {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

// Days in 4, 100 and 400 years.
constexpr int kDays4Y = 4 * 365 + 1;
constexpr int kDays100Y = 25 * kDays4Y - 1;
constexpr int kDays400Y = 4 * kDays100Y + 1;

int clamp_month(int month) {
    return month < 0 ? 0 : month > 12 ? 12 : month;
}

// Days before January 1st of [year] (0 for year 1).
int64_t days_before_year(int64_t year) {
    int64_t y = year - 1;
    // Floor division, so that a year below 1 (a bare instance) stays defined.
    auto fdiv = [](int64_t a, int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); };
    return y * 365 + fdiv(y, 4) - fdiv(y, 100) + fdiv(y, 400);
}

} // namespace

bool is_leap(int year) {
    unsigned y = static_cast<unsigned>(year);
    return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

int days_in_month(int year, int month) {
    month = clamp_month(month);
    return month == 2 && is_leap(year) ? 29 : kDaysInMonth[month];
}

int days_before_month(int year, int month) {
    month = clamp_month(month);
    return kDaysBeforeMonth[month] + (month > 2 && is_leap(year) ? 1 : 0);
}

int ymd_to_ord(int year, int month, int day) {
    return static_cast<int>(days_before_year(year) + days_before_month(year, month) + day);
}

// The 400-year cycle holding the ordinal, then its 100-year, 4-year and
// single years; the last day of a 4- or 400-year cycle is the one case
// where a quotient reaches 4.
void ord_to_ymd(int ordinal, int* year, int* month, int* day) {
    if (ordinal < 1) ordinal = 1; // callers check; this keeps the arithmetic defined
    int n = ordinal - 1;
    int n400 = n / kDays400Y;
    n %= kDays400Y;
    int n100 = n / kDays100Y;
    n %= kDays100Y;
    int n4 = n / kDays4Y;
    n %= kDays4Y;
    int n1 = n / 365;
    n %= 365;
    *year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1;
    if (n1 == 4 || n100 == 4) {
        *year -= 1;
        *month = 12;
        *day = 31;
        return;
    }
    bool leap = n1 == 3 && (n4 != 24 || n100 == 3);
    // (n + 50) / 32 is the month or one past it.
    int m = (n + 50) >> 5;
    int before = kDaysBeforeMonth[m] + (m > 2 && leap ? 1 : 0);
    if (before > n) {
        m -= 1;
        before -= m == 2 && leap ? 29 : kDaysInMonth[m];
    }
    *month = m;
    *day = n - before + 1;
}

int weekday_of(int year, int month, int day) {
    int64_t r;
    floor_divmod(static_cast<int64_t>(ymd_to_ord(year, month, day)) + 6, 7, &r);
    return static_cast<int>(r);
}

// Week 1 is the one holding the year's first Thursday.
int iso_week1_monday(int year) {
    int first_day = ymd_to_ord(year, 1, 1);
    int first_weekday = weekday_of(year, 1, 1);
    int monday = first_day - first_weekday;
    if (first_weekday > 3) monday += 7;
    return monday;
}

int iso_to_ymd(int iso_year, int iso_week, int iso_day, int* year, int* month, int* day) {
    if (iso_year < kMinYear || iso_year > kMaxYear) return -4;
    if (iso_week <= 0 || iso_week >= 53) {
        // A year has a week 53 when it starts on a Thursday, or on a
        // Wednesday in a leap year.
        bool ok = false;
        if (iso_week == 53) {
            int first = weekday_of(iso_year, 1, 1);
            ok = first == 3 || (first == 2 && is_leap(iso_year));
        }
        if (!ok) return -2;
    }
    if (iso_day <= 0 || iso_day >= 8) return -3;
    ord_to_ymd(iso_week1_monday(iso_year) + (iso_week - 1) * 7 + iso_day - 1, year, month, day);
    return 0;
}

int64_t floor_divmod(int64_t x, int64_t y, int64_t* r) {
    int64_t q = x / y;
    *r = x - q * y;
    if (*r < 0) {
        q -= 1;
        *r += y;
    }
    return q;
}

// -- Range checks -----------------------------------------------------------------------------

bool check_date_args(int64_t year, int64_t month, int64_t day) {
    if (year < kMinYear || year > kMaxYear) {
        raise(exc::ValueError, "year %lld is out of range", static_cast<long long>(year));
        return false;
    }
    if (month < 1 || month > 12) {
        raise(exc::ValueError, "month must be in 1..12");
        return false;
    }
    if (day < 1 || day > days_in_month(static_cast<int>(year), static_cast<int>(month))) {
        raise(exc::ValueError, "day is out of range for month");
        return false;
    }
    return true;
}

bool check_time_args(int64_t hour, int64_t minute, int64_t second, int64_t us, int64_t fold) {
    const char* msg = nullptr;
    if (hour < 0 || hour > 23)
        msg = "hour must be in 0..23";
    else if (minute < 0 || minute > 59)
        msg = "minute must be in 0..59";
    else if (second < 0 || second > 59)
        msg = "second must be in 0..59";
    else if (us < 0 || us > 999999)
        msg = "microsecond must be in 0..999999";
    else if (fold != 0 && fold != 1)
        msg = "fold must be either 0 or 1";
    if (!msg) return true;
    raise(exc::ValueError, "%s", msg);
    return false;
}

bool check_delta_day_range(int64_t days) {
    if (days >= -kMaxDeltaDays && days <= kMaxDeltaDays) return true;
    raise(exc::OverflowError, "days=%lld; must have magnitude <= %d", static_cast<long long>(days),
          kMaxDeltaDays);
    return false;
}

// -- Normalization ----------------------------------------------------------------------------

namespace {

// Moves whole multiples of [factor] from *lo into *hi, leaving 0 <= *lo < factor.
void normalize_pair(int64_t* hi, int64_t* lo, int64_t factor) {
    if (*lo < 0 || *lo >= factor) {
        int64_t r;
        *hi += floor_divmod(*lo, factor, &r);
        *lo = r;
    }
}

// An out-of-range day is moved from the first of the month; the one-day
// cases (what a UTC offset can cause) without a detour through ordinals.
bool normalize_date(int64_t* y, int64_t* m, int64_t* d) {
    int year = static_cast<int>(*y);
    int month = static_cast<int>(*m);
    int64_t dim = days_in_month(year, month);
    if (*d < 1 || *d > dim) {
        if (*d == 0) {
            if (--*m > 0) {
                *d = days_in_month(year, static_cast<int>(*m));
            } else {
                --*y;
                *m = 12;
                *d = 31;
            }
        } else if (*d == dim + 1) {
            ++*m;
            *d = 1;
            if (*m > 12) {
                *m = 1;
                ++*y;
            }
        } else {
            int64_t ordinal = static_cast<int64_t>(ymd_to_ord(year, month, 1)) + *d - 1;
            if (ordinal < 1 || ordinal > kMaxOrdinal) {
                raise(exc::OverflowError, "date value out of range");
                return false;
            }
            int yy, mm, dd;
            ord_to_ymd(static_cast<int>(ordinal), &yy, &mm, &dd);
            *y = yy;
            *m = mm;
            *d = dd;
            return true;
        }
    }
    if (*y >= kMinYear && *y <= kMaxYear) return true;
    raise(exc::OverflowError, "date value out of range");
    return false;
}

} // namespace

void normalize_d_s_us(int64_t* d, int64_t* s, int64_t* us) {
    normalize_pair(s, us, 1000000);
    normalize_pair(d, s, 24 * 3600);
}

bool normalize_datetime(int64_t* year, int64_t* month, int64_t* day, int64_t* hour, int64_t* minute,
                        int64_t* second, int64_t* us) {
    normalize_pair(second, us, 1000000);
    normalize_pair(minute, second, 60);
    normalize_pair(hour, minute, 60);
    normalize_pair(day, hour, 24);
    return normalize_date(year, month, day);
}

} // namespace uopy::datetime
