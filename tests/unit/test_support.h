// Shared set-up of the unit tests that need a running interpreter.
#pragma once

#include "runtime/gc.h"
#include "runtime/interp.h"
#include "runtime/startup.h"

#include <gtest/gtest.h>

namespace uopy::testing {

// Starts the runtime once per test binary, on the calling thread's stack.
inline void ensure_runtime() {
    static bool ready = false;
    if (ready) return;
    gc_set_stack_base_from_thread();
    RuntimeConfig cfg;
    cfg.executable = "uopy_unit_tests";
    cfg.argv = {""};
    cfg.path = {""};
    if (!g_ts) {
        ASSERT_TRUE(init_runtime(cfg));
    }
    g_ts->native_stack_limit = nullptr;
    ready = true;
}

} // namespace uopy::testing
