// libFuzzer target: whole programs. Each input is compiled and run as a
// fresh module in one long-lived runtime, under a time cap (the eval breaker
// raises KeyboardInterrupt after the time cap) and a heap cap (MemoryError
// beyond kHeapLimit). Python exceptions are expected results; crashes,
// sanitizer reports and hangs in native code are the bugs.
//
// Built twice: fuzz_exec runs tier 1 only; fuzz_exec_tier2 (FUZZ_TIER2)
// traces every loop after one back-edge, so nearly every loop runs as a
// tier-2 trace and leaves through its exits.
//
// Programs run with a reduced os: no processes, signals, sockets or
// deleting files; the working directory is a scratch directory.
#include "objects/dict.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/compile.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/interp.h"
#include "runtime/startup.h"
#include "vm/ceval.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/time.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

// The time cap per input; UOPY_FUZZ_TIME_CAP_MS overrides it (long runs use
// a shorter cap: a mutated loop that runs to the cap costs the most).
long g_time_cap_ms = 1000;
// 256 MB: with what native code holds beside the heap (a string being
// printed is encoded into a buffer as big) and ASan's quarantine, a process
// stays well inside libFuzzer's -rss_limit_mb (2 GB per job with 2 jobs).
constexpr size_t kHeapLimit = size_t(1) << 28;
// Native recursion (repr of nested containers, ...) stops this far below
// the stack top: libFuzzer runs inputs on the main thread's 8 MB stack.
constexpr size_t kNativeStackUse = size_t(5) << 20;

// What the fuzzed programs may not do to the process running them.
const char* kPrelude = R"(
import sys, builtins, posix, time
for _name in ('_exit', 'abort', 'fork', 'forkpty', 'system', 'kill', 'killpg', 'execv',
              'execve', 'posix_spawn', 'posix_spawnp', 'remove', 'unlink', 'rmdir',
              'removedirs', 'rename', 'renames', 'replace', 'close', 'closerange', 'dup2',
              'chmod', 'fchmod', 'chown', 'fchown', 'lchown', 'truncate', 'ftruncate',
              'setuid', 'setgid', 'seteuid', 'setegid', 'setsid', 'setpgid', 'chroot',
              'chdir', 'fchdir', 'symlink', 'link', 'mkfifo', 'mknod', 'wait', 'waitpid',
              'sched_setaffinity', 'nice', 'setpriority'):
    if hasattr(posix, _name):
        delattr(posix, _name)
for _name in ('_posixsubprocess', '_socket', 'select', '_signal', 'signal', 'subprocess',
              'socket', 'selectors', 'asyncio', 'multiprocessing', 'shutil', 'tempfile'):
    sys.modules[_name] = None
def _no_input(*args):
    raise EOFError('no input while fuzzing')
builtins.input = _no_input
time.sleep = lambda seconds: None
# The modules the seed programs import, imported once here: an input that
# imports one itself would otherwise spend its time cap compiling it, be
# interrupted, leave it out of sys.modules, and the next input would start
# over (the runtime outlives the inputs; a completed import is kept).
for _name in ('abc', 'argparse', 'array', 'ast', 'bisect', 'collections', 'collections.abc',
              'contextlib', 'copy', 'dataclasses', 'datetime', 'decimal', 'enum', 'fnmatch',
              'fractions', 'functools', 'gc', 'hashlib', 'heapq', 'inspect', 'io', 'itertools',
              'json', 'keyword', 'math', 'operator', 'os', 'pprint', 'random', 're', 'reprlib',
              'statistics', 'string', 'struct', 'textwrap', 'traceback', 'types', 'typing',
              'unicodedata', 'warnings', 'weakref', 'zlib'):
    try:
        __import__(_name)
    except Exception:
        pass
del _name, _no_input
)";

uopy::Value g_saved_stdout, g_saved_stderr, g_saved_stdin;

void on_alarm(int) {
    uopy::g_interp->pending_sigint = 1;
    uopy::g_interp->eval_breaker = 1;
}

void set_timer(long first_ms, long then_ms) {
    itimerval t{};
    t.it_value.tv_sec = first_ms / 1000;
    t.it_value.tv_usec = (first_ms % 1000) * 1000;
    t.it_interval.tv_sec = then_ms / 1000;
    t.it_interval.tv_usec = (then_ms % 1000) * 1000;
    setitimer(ITIMER_REAL, &t, nullptr);
}

uopy::Value sys_attr(const char* name) {
    return uopy::dict_get_cstr(uopy::as_module(uopy::g_interp->sys_module)->dict, name);
}

void set_native_stack_limit() {
    char here;
    uopy::g_ts->native_stack_base = &here;
    uopy::g_ts->native_stack_limit = &here - kNativeStackUse;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    // Output of the programs is not wanted; libFuzzer reports on stderr.
    int devnull = open("/dev/null", O_WRONLY);
    if (devnull >= 0) dup2(devnull, 1);
    char dir[] = "/tmp/uopy-fuzz-XXXXXX";
    if (mkdtemp(dir) && chdir(dir) != 0) std::perror("chdir");

    if (const char* cap = std::getenv("UOPY_FUZZ_TIME_CAP_MS")) {
        long ms = std::atol(cap);
        if (ms > 0) g_time_cap_ms = ms;
    }
    uopy::gc_set_stack_base_from_thread();
    uopy::RuntimeConfig cfg;
    cfg.executable = "uopy-fuzz";
    const char* stdlib = std::getenv("UOPY_STDLIB");
    cfg.stdlib_dir = stdlib ? stdlib : UOPY_STDLIB_DIR;
    cfg.argv = {"<fuzz>"};
    cfg.path = {"", cfg.stdlib_dir};
#ifdef FUZZ_TIER2
    cfg.tier2 = 1;
    cfg.tier2_threshold = 1;
#else
    cfg.tier2 = 0;
#endif
    if (!uopy::init_runtime(cfg)) {
        std::fprintf(stderr, "fuzz_exec: runtime did not start\n");
        std::abort();
    }
    set_native_stack_limit();
    uopy::gc_set_heap_limit(kHeapLimit);
    if (uopy::run_source(kPrelude, "<fuzz prelude>") != 0) {
        std::fprintf(stderr, "fuzz_exec: prelude failed\n");
        std::abort();
    }
    g_saved_stdout = sys_attr("stdout");
    g_saved_stderr = sys_attr("stderr");
    g_saved_stdin = sys_attr("stdin");
    uopy::gc_add_root(&g_saved_stdout);
    uopy::gc_add_root(&g_saved_stderr);
    uopy::gc_add_root(&g_saved_stdin);
    signal(SIGALRM, on_alarm);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace uopy;
    set_native_stack_limit();
    std::string source(reinterpret_cast<const char*>(data), size);
    CodeObject* code = compile_source(source, "<fuzz>", CompileMode::Exec);
    if (code) {
        Dict* globals = make_dict();
        if (globals) {
            dict_set_cstr(globals, "__name__", make_str("__main__"));
            dict_set_cstr(globals, "__builtins__", g_interp->builtins_module);
            // After the cap, the breaker fires again every 50 ms in case the
            // program catches the KeyboardInterrupt and goes on.
            set_timer(g_time_cap_ms, 50);
            vm::run_code(code, Value(globals), Value(globals));
            set_timer(0, 0);
        }
    }
    err_clear();
    g_ts->exc_info = Value();
    g_ts->recursion_limit = 1000;
    g_interp->pending_sigint = 0;
    // A program may have replaced the standard streams.
    Dict* sys = as_module(g_interp->sys_module)->dict;
    dict_set_cstr(sys, "stdout", g_saved_stdout);
    dict_set_cstr(sys, "stderr", g_saved_stderr);
    dict_set_cstr(sys, "stdin", g_saved_stdin);
    return 0;
}
