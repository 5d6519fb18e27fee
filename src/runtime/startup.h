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
    int tier2 = 1;                     // 0 off, 1 uop interpreter, 2 JIT (issue 6)
};

bool init_runtime(const RuntimeConfig& cfg);
// Runs [source] as __main__; returns the process exit status.
int run_source(const std::string& source, const std::string& filename);
int run_module(const std::string& name);
// Prints the current exception as uncaught and returns the exit status.
int report_uncaught();
void finalize_runtime();

} // namespace uopy
