// What the select and _socket modules share: file descriptors taken from
// ints or objects with fileno(), timeouts converted as CPython's _PyTime_t
// (nanoseconds) with its rounding and messages, the monotonic clock for
// deadlines, and the signal check after a system call failed with EINTR
// (PEP 475). CPython counterpart: Python/pytime.c, PyObject_AsFileDescriptor
// in Objects/fileobject.c, PyErr_CheckSignals.
#pragma once

#include "objects/object.h"

#include <cstdint>

namespace uopy::fdwait {

// A duration or an instant in nanoseconds (CPython's _PyTime_t).
using Nanos = int64_t;

constexpr Nanos kNanosPerSecond = 1000000000;
constexpr Nanos kNanosPerMilli = 1000000;

// CLOCK_MONOTONIC now.
Nanos monotonic_now();

// A timeout object (an int, anything with __index__, or a float) counted
// in seconds ([unit_ns] = kNanosPerSecond) or milliseconds
// (kNanosPerMilli), rounded away from zero (_PyTime_ROUND_TIMEOUT). Raises
// CPython's errors: ValueError for NaN, OverflowError when out of range,
// TypeError for other types (callers reword it).
bool timeout_from_object(Value v, Nanos unit_ns, Nanos* out);

// [t] in milliseconds, rounded towards +infinity (_PyTime_ROUND_CEILING).
int64_t ceil_ms(Nanos t);

// PyObject_AsFileDescriptor: an int, or an object whose fileno() returns
// one; a non-negative C int.
bool object_as_fd(Value o, int* out);

// PyErr_CheckSignals, after a system call was interrupted: runs the
// Python handlers of the signals that came in, and raises
// KeyboardInterrupt for a SIGINT under the default handler. False with the
// exception set.
bool check_signals();

} // namespace uopy::fdwait
