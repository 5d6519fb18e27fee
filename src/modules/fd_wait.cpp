// Shared by the select and _socket modules (see fd_wait.h).
#include "modules/fd_wait.h"

#include "modules/signal_module.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "runtime/abstract.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/interp.h"

#include <climits>
#include <cmath>
#include <ctime>

namespace uopy::fdwait {

Nanos monotonic_now() {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<Nanos>(ts.tv_sec) * kNanosPerSecond + static_cast<Nanos>(ts.tv_nsec);
}

bool timeout_from_object(Value v, Nanos unit_ns, Nanos* out) {
    if (is_float(v)) {
        double d = float_value(v);
        if (std::isnan(d)) {
            raise(exc::ValueError, "Invalid value NaN (not a number)");
            return false;
        }
        d *= static_cast<double>(unit_ns);
        d = d >= 0 ? std::ceil(d) : std::floor(d);
        // [-2^63, 2^63): what fits the nanosecond count.
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
            raise(exc::OverflowError, "timestamp out of range for platform time_t");
            return false;
        }
        *out = static_cast<Nanos>(d);
        return true;
    }
    Value i = number_index(v);
    if (!i) return false;
    int64_t n;
    if (!int_fits_int64(i, &n) || n > INT64_MAX / unit_ns || n < INT64_MIN / unit_ns) {
        raise(exc::OverflowError, "timestamp too large to convert to C _PyTime_t");
        return false;
    }
    *out = n * unit_ns;
    return true;
}

int64_t ceil_ms(Nanos t) {
    if (t >= 0) return t / kNanosPerMilli + (t % kNanosPerMilli != 0 ? 1 : 0);
    return t / kNanosPerMilli; // truncation is the ceiling for negatives
}

bool object_as_fd(Value o, int* out) {
    Value v = o;
    if (!is_int(o)) {
        Value meth = get_attr_optional(o, intern("fileno"));
        if (!meth) {
            if (!err_occurred())
                raise(exc::TypeError, "argument must be an int, or have a fileno() method.");
            return false;
        }
        v = call0(meth);
        if (!v) return false;
        if (!is_int(v)) {
            raise(exc::TypeError, "fileno() returned a non-integer");
            return false;
        }
    }
    int64_t x;
    if (!int_fits_int64(v, &x) || x > INT_MAX || x < INT_MIN) {
        raise(exc::OverflowError, "Python int too large to convert to C int");
        return false;
    }
    if (x < 0) {
        raise(exc::ValueError, "file descriptor cannot be a negative integer (%d)",
              static_cast<int>(x));
        return false;
    }
    *out = static_cast<int>(x);
    return true;
}

bool check_signals() {
    if (g_interp->pending_sigint) {
        g_interp->pending_sigint = 0;
        raise_empty(exc::KeyboardInterrupt);
        return false;
    }
    return run_pending_signal_handlers();
}

} // namespace uopy::fdwait
