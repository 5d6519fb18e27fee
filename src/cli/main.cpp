// The `uopy` command: CPython-compatible options (-c, -m, -V, -h, -X, a
// script, or a program on stdin). The interpreter runs on a thread with a
// large native stack, so deep (but bounded) native recursion such as the
// compiler on deeply nested expressions never overflows; Python-level
// recursion is bounded by sys.getrecursionlimit() anyway.
// CPython counterpart: Modules/main.c, Python/initconfig.c.
#include "runtime/compile.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/interp.h"
#include "runtime/startup.h"

#include <pthread.h>
#include <unistd.h>

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <iterator>
#include <new>
#include <stdexcept>
#include <string>
#include <vector>

#ifndef UOPY_STDLIB_DIR
#define UOPY_STDLIB_DIR "/usr/lib/python3.11"
#endif

namespace {

constexpr size_t kStackSize = size_t(512) << 20;
// Native recursion fails cleanly with RecursionError this far from the end.
constexpr size_t kStackReserve = size_t(16) << 20;

const char* kUsage =
    "usage: uopy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "Options:\n"
    "  -c cmd : program passed in as string (terminates option list)\n"
    "  -m mod : run library module as a script (terminates option list)\n"
    "  -h     : print this help message and exit (also --help)\n"
    "  -V     : print the Python version number and exit (also --version)\n"
    "  -X opt : set implementation-specific option:\n"
    "           -X tier2=off|interp|jit   choose the execution tiers (jit: not built yet)\n"
    "           -X tier2-threshold=N      trace loops after N back-edges (default 4096)\n"
    "           -X uops-stats             print tier-2 counts to stderr at exit\n"
    "           -X jit-verbose            log each trace event to stderr\n"
    "           -X gc-stress              collect garbage at every allocation\n"
    "           -X specialization=off     no tier-1 specialization (for comparison)\n"
    "           -X specialization-stats   print specialization counts to stderr at exit\n"
    "           -X pycache_prefix=PATH    keep the bytecode cache under PATH\n"
    "           -X int_max_str_digits=N   limit int/str conversions to N digits (0: none)\n"
    "  -B     : don't write the bytecode cache of imported modules\n"
    "  -u, -E, -s, -S, -I, -O : accepted for compatibility\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n"
    "Environment:\n"
    "  PYTHON_JIT=0       leave only tier 1 (as CPython)\n"
    "  UOPY_GC_STRESS=1   same as -X gc-stress\n"
    "  UOPY_STDLIB=dir    the host CPython standard library directory\n"
    "  PYTHONDONTWRITEBYTECODE=x  same as -B\n"
    "  PYTHONUNBUFFERED=x  same as -u\n"
    "  PYTHONIOENCODING=enc[:errors]  the encoding of sys.stdin/stdout/stderr\n"
    "  PYTHONPYCACHEPREFIX=path   same as -X pycache_prefix=path (default:\n"
    "                     $XDG_CACHE_HOME/uopy, else ~/.cache/uopy)\n"
    "  UOPY_NO_BYTECODE_CACHE=1   neither read nor write the bytecode cache\n";

struct Job {
    uopy::RuntimeConfig cfg;
    enum { Script, Command, Module, Stdin } kind = Stdin;
    std::string target; // file name, command text or module name
    int status = 0;
    pid_t pid = 0; // the process that started the interpreter thread
};

std::string dirname_of(const std::string& path) {
    size_t slash = path.rfind('/');
    if (slash == std::string::npos) return "";
    if (slash == 0) return "/";
    return path.substr(0, slash);
}

// Runs what the command line asked for; sets job->status.
void run_job_kind(Job* job) {
    switch (job->kind) {
    case Job::Script: {
        std::string source;
        if (!uopy::read_file_text(job->target, &source)) {
            uopy::err_clear();
            std::fprintf(stderr, "%s: can't open file '%s': [Errno 2] No such file or directory\n",
                         job->cfg.executable.c_str(), job->target.c_str());
            job->status = 2;
            return;
        }
        // As CPython 3.9+: the script's __file__ (and so its code's file name,
        // which tracebacks show) is absolute: the working directory joined
        // with the path as given, not normalized. sys.argv[0] stays as given.
        std::string path = job->target;
        if (!path.empty() && path[0] != '/') {
            char cwd[PATH_MAX];
            if (getcwd(cwd, sizeof cwd)) path = std::string(cwd) + "/" + path;
        }
        job->status = uopy::run_source(source, path);
        break;
    }
    case Job::Command: job->status = uopy::run_source(job->target, "<string>"); break;
    case Job::Module: job->status = uopy::run_module(job->target); break;
    case Job::Stdin: {
        std::string source((std::istreambuf_iterator<char>(std::cin)),
                           std::istreambuf_iterator<char>());
        job->status = uopy::run_source(source, "<stdin>");
        break;
    }
    }
}

void* run_job(void* arg) {
    Job* job = static_cast<Job*>(arg);
    char base;
    uopy::gc_set_stack_base(&base);
    if (!uopy::init_runtime(job->cfg)) {
        std::fprintf(stderr, "uopy: failed to initialize the runtime\n");
        job->status = 1;
        return nullptr;
    }
    uopy::g_ts->native_stack_base = &base;
    // The lowest address native recursion may reach (integer arithmetic: the
    // limit lies outside any object).
    uopy::g_ts->native_stack_limit =
        reinterpret_cast<char*>(reinterpret_cast<uintptr_t>(&base) - (kStackSize - kStackReserve));
    // Native code checks sizes before it allocates; should a C++ allocation
    // still fail (std::bad_alloc, std::length_error), the program ends as
    // with an uncaught MemoryError instead of aborting.
    try {
        run_job_kind(job);
    } catch (const std::bad_alloc&) {
        std::fflush(stdout);
        std::fprintf(stderr, "MemoryError\n");
        job->status = 1;
    } catch (const std::length_error&) {
        std::fflush(stdout);
        std::fprintf(stderr, "MemoryError\n");
        job->status = 1;
    }
    uopy::finalize_runtime();
    // A child made by os.fork() has no main thread to return the status to
    // (its process would end with 0): it exits from here.
    if (getpid() != job->pid) {
        std::fflush(stdout);
        std::exit(job->status);
    }
    return nullptr;
}

} // namespace

int main(int argc, char** argv) {
    Job job;
    job.cfg.executable = argv[0];
    if (char resolved[PATH_MAX]; realpath("/proc/self/exe", resolved))
        job.cfg.executable = resolved;
    const char* stdlib = std::getenv("UOPY_STDLIB");
    job.cfg.stdlib_dir = stdlib ? stdlib : UOPY_STDLIB_DIR;
    const char* stress = std::getenv("UOPY_GC_STRESS");
    job.cfg.gc_stress = stress && std::strcmp(stress, "0") != 0 && *stress;
    const char* jit = std::getenv("PYTHON_JIT");
    if (jit && std::strcmp(jit, "0") == 0) job.cfg.tier2 = 0;
    // As CPython: any non-empty value; -B and -X pycache_prefix also set them.
    const char* no_write = std::getenv("PYTHONDONTWRITEBYTECODE");
    job.cfg.dont_write_bytecode = no_write && *no_write;
    const char* unbuffered = std::getenv("PYTHONUNBUFFERED");
    job.cfg.unbuffered = unbuffered && *unbuffered;
    // The integer string-conversion limit; the option wins over the variable.
    auto digit_limit = [&](const char* text, const char* source) {
        char* end = nullptr;
        long long n = std::strtoll(text, &end, 10);
        if (!*text || *end || (n != 0 && n < 640) || n > INT32_MAX) {
            std::fprintf(stderr,
                         "Fatal Python error: config_init_int_max_str_digits: %s: invalid limit; "
                         "must be >= 640 or 0 for unlimited.\n",
                         source);
            return false;
        }
        job.cfg.int_max_str_digits = n;
        return true;
    };
    const char* digits_env = std::getenv("PYTHONINTMAXSTRDIGITS");
    if (digits_env && *digits_env && !digit_limit(digits_env, "PYTHONINTMAXSTRDIGITS")) return 1;
    const char* prefix = std::getenv("PYTHONPYCACHEPREFIX");
    if (prefix && *prefix) job.cfg.pycache_prefix = prefix;

    int i = 1;
    for (; i < argc; i++) {
        std::string a = argv[i];
        if (a.size() < 2 || a[0] != '-') break;
        if (a == "-") break;
        if (a == "-c" || a == "-m") {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "Argument expected for the %s option\n", a.c_str());
                std::fprintf(stderr, "%s", kUsage);
                return 2;
            }
            job.kind = a == "-c" ? Job::Command : Job::Module;
            job.target = argv[i + 1];
            i += 2;
            break;
        }
        if (a == "-h" || a == "--help" || a == "-?") {
            std::printf("%s", kUsage);
            return 0;
        }
        if (a == "-V" || a == "--version") {
            std::printf("Python 3.11.7 (uopy 0.1)\n");
            return 0;
        }
        if (a == "-X") {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "Argument expected for the -X option\n");
                return 2;
            }
            std::string opt = argv[++i];
            if (opt == "gc-stress")
                job.cfg.gc_stress = true;
            else if (opt == "specialization=off")
                job.cfg.specialization = false;
            else if (opt == "specialization=on")
                job.cfg.specialization = true;
            else if (opt == "specialization-stats")
                job.cfg.specialization_stats = true;
            else if (opt == "tier2=off")
                job.cfg.tier2 = 0;
            else if (opt == "tier2=interp")
                job.cfg.tier2 = 1;
            else if (opt == "tier2=jit")
                job.cfg.tier2 = 2;
            else if (opt.rfind("tier2-threshold=", 0) == 0)
                job.cfg.tier2_threshold = std::atoi(opt.c_str() + 16);
            else if (opt == "uops-stats")
                job.cfg.uops_stats = true;
            else if (opt == "jit-verbose")
                job.cfg.jit_verbose = true;
            else if (opt.rfind("int_max_str_digits=", 0) == 0) {
                if (!digit_limit(opt.c_str() + 19, "-X int_max_str_digits")) return 1;
            } else if (opt.rfind("pycache_prefix=", 0) == 0)
                job.cfg.pycache_prefix = opt.substr(15);
            // Other -X options are accepted and ignored, as CPython does.
            continue;
        }
        if (a == "-B") {
            job.cfg.dont_write_bytecode = true;
            continue;
        }
        if (a == "-u") {
            job.cfg.unbuffered = true;
            continue;
        }
        if (a == "-E" || a == "-s" || a == "-S" || a == "-I" || a == "-O" || a == "-OO" ||
            a == "-q" || a == "-b" || a == "-bb" || a == "-d" || a == "-v")
            continue;
        std::fprintf(stderr, "Unknown option: %s\n%s", a.c_str(), kUsage);
        return 2;
    }
    if (job.kind == Job::Stdin && i < argc && std::string(argv[i]) != "-") {
        job.kind = Job::Script;
        job.target = argv[i];
        job.cfg.argv.push_back(argv[i]);
        i++;
    } else if (job.kind == Job::Command) {
        job.cfg.argv.push_back("-c");
    } else if (job.kind == Job::Module) {
        job.cfg.argv.push_back(job.target);
    } else {
        job.cfg.argv.push_back(i < argc ? "-" : "");
        if (i < argc) i++;
    }
    for (; i < argc; i++)
        job.cfg.argv.push_back(argv[i]);

    // sys.path: the script's directory (or '' for -c/-m/stdin), then the host stdlib.
    if (job.kind == Job::Script) {
        std::string dir = dirname_of(job.target);
        if (dir.empty()) dir = ".";
        char resolved[PATH_MAX];
        job.cfg.path.push_back(realpath(dir.c_str(), resolved) ? resolved : dir);
    } else {
        job.cfg.path.push_back("");
    }
    job.cfg.path.push_back(job.cfg.stdlib_dir);

    job.pid = getpid();
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, kStackSize);
    pthread_t thread;
    if (pthread_create(&thread, &attr, run_job, &job) != 0) {
        std::fprintf(stderr, "uopy: cannot start the interpreter thread\n");
        return 1;
    }
    pthread_join(thread, nullptr);
    std::fflush(stdout);
    return job.status;
}
