// Runtime start-up, running the main program, shutdown (see startup.cpp).
#pragma once

#include <string>
#include <vector>

namespace uopy {

struct RuntimeConfig {
    std::string executable;
    std::string stdlib_dir;
    std::vector<std::string> argv; // sys.argv
    std::vector<std::string> path; // sys.path
    bool gc_stress = false;
    bool specialization = true;        // -X specialization=off turns tier-1 specialization off
    bool specialization_stats = false; // -X specialization-stats
    int tier2 = 1;                     // 0 off, 1 uop interpreter, 2 JIT (-X tier2=, PYTHON_JIT)
    int tier2_threshold = 0;           // -X tier2-threshold=N: back-edges before tracing (tests)
    bool uops_stats = false;           // -X uops-stats
    bool jit_verbose = false;          // -X jit-verbose
    // The bytecode cache (runtime/bytecode_cache.cpp) follows sys's copies of these.
    bool dont_write_bytecode = false; // -B, PYTHONDONTWRITEBYTECODE
    bool unbuffered = false;          // -u, PYTHONUNBUFFERED: stdout/stderr write through
    int64_t int_max_str_digits = -1;  // -X int_max_str_digits, PYTHONINTMAXSTRDIGITS; -1: default
    std::string pycache_prefix;       // -X pycache_prefix=, PYTHONPYCACHEPREFIX ("": none)
};

bool init_runtime(const RuntimeConfig& cfg);
// Runs [source] as __main__; returns the process exit status.
int run_source(const std::string& source, const std::string& filename);
int run_module(const std::string& name);
// Prints the current exception as uncaught and returns the exit status.
int report_uncaught();
void finalize_runtime();

} // namespace uopy
