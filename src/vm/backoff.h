// Backoff counters: the 16-bit countdowns in the first inline cache entry of
// every adaptive instruction (and, for tier 2, of JUMP_BACKWARD and of each
// side exit). A counter packs a 12-bit value that counts down to zero and a
// 4-bit backoff exponent: value << 4 | backoff. When the value reaches zero
// the counter "triggers" (the instruction tries to specialize); after a
// failed attempt it restarts at 2^backoff - 1 with the exponent one higher,
// so an instruction that cannot specialize is retried ever more rarely
// (exponential backoff, capped at 2^12 - 1 executions).
// CPython counterpart: Include/internal/pycore_backoff.h (3.14), whose
// constants these are: see docs/specialization.md.
#pragma once

#include <cstdint>

namespace uopy::vm {

constexpr int kBackoffBits = 4;
constexpr int kMaxBackoff = 12;
// An exponent no counter reaches by restarting: value 0 with this backoff is
// "unreachable", a counter that never triggers (exits of dead executors).
constexpr int kUnreachableBackoff = 15;

constexpr uint16_t make_backoff_counter(uint16_t value, uint16_t backoff) {
    return static_cast<uint16_t>(value << kBackoffBits | backoff);
}

// Adaptive instructions try to specialize on their second execution...
constexpr uint16_t kAdaptiveWarmup = make_backoff_counter(1, 1);
// ...and after a specialization (or a re-specialization) stay put for 53.
constexpr uint16_t kAdaptiveCooldown = make_backoff_counter(52, 0);
constexpr uint16_t kUnreachableCounter = make_backoff_counter(0, kUnreachableBackoff);

// True when the value has counted down to zero (and the counter is reachable).
constexpr bool backoff_counter_triggers(uint16_t c) {
    return c < kUnreachableBackoff;
}

// One step down; only for a counter that does not trigger.
constexpr uint16_t advance_backoff_counter(uint16_t c) {
    return static_cast<uint16_t>(c - (1 << kBackoffBits));
}

// After a failed attempt: a longer countdown with a higher exponent.
constexpr uint16_t restart_backoff_counter(uint16_t c) {
    uint16_t backoff = c & ((1 << kBackoffBits) - 1);
    if (backoff < kMaxBackoff) backoff++;
    return make_backoff_counter(static_cast<uint16_t>((1 << backoff) - 1), backoff);
}

} // namespace uopy::vm
