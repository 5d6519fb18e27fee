// The `sys` module: argv, path, modules, the standard streams, recursion
// limits, exc_info, exit. CPython counterpart: Python/sysmodule.c.
#include "runtime/sysmodule.h"

#include "optimizer/optimizer.h"

#include "modules/io_stdio.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/frame_object.h"
#include "objects/namespace.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "runtime/call.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/interp.h"
#include "runtime/traceback.h"
#include "runtime/type.h"

#include <algorithm>
#include <cfloat>
#include <cstdlib>
#include <string>
#include <vector>

#include <unistd.h>

namespace uopy {

static Value sys_attr(const char* name) {
    if (!g_interp->sys_module) return Value();
    return dict_get_cstr(as_module(g_interp->sys_module)->dict, name);
}

Value sys_stdout() {
    return sys_attr("stdout");
}
Value sys_stderr() {
    return sys_attr("stderr");
}
Value sys_stdin() {
    return sys_attr("stdin");
}

static Value sys_exit(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("exit", nargs, 0, 1)) return Value();
    // As CPython's PyErr_SetObject: None means no arguments and a tuple
    // becomes the arguments.
    if (nargs == 0 || is_none(args[0])) return raise_empty(exc::SystemExit);
    if (is_tuple(args[0])) {
        Value e = make_exception(exc::SystemExit, args[0]);
        return e ? raise_instance(e) : e;
    }
    return raise_with_arg(exc::SystemExit, args[0]);
}

static Value sys_getrecursionlimit(Value, const Value*, size_t nargs, Value) {
    if (!check_nargs("getrecursionlimit", nargs, 0, 0)) return Value();
    return make_int(g_ts->recursion_limit);
}

static Value sys_setrecursionlimit(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("setrecursionlimit", nargs, 1, 1)) return Value();
    if (!is_int(args[0]))
        return raise(exc::TypeError, "'%s' object cannot be interpreted as an integer",
                     type_name(args[0]));
    int64_t n;
    if (!int_as_int64(args[0], &n)) return Value();
    if (n < 1) return raise(exc::ValueError, "recursion limit must be greater or equal than 1");
    if (n > (1 << 30)) n = 1 << 30;
    g_ts->recursion_limit = static_cast<int>(n);
    return None();
}

static Value sys_get_int_max_str_digits(Value, const Value*, size_t nargs, Value) {
    if (!check_nargs("get_int_max_str_digits", nargs, 0, 0)) return Value();
    return make_int(int_max_str_digits());
}

static Value sys_set_int_max_str_digits(Value, const Value* args, size_t nargs, Value kwnames) {
    static const char* const names[] = {"maxdigits"};
    Value v;
    if (!unpack_keyword_args("set_int_max_str_digits", names, 1, 1, 1, args, nargs, kwnames, &v))
        return Value();
    int n;
    if (!c_int_arg(v, 0, &n)) return Value();
    if (n != 0 && n < kIntMaxStrDigitsThreshold)
        return raise(exc::ValueError, "maxdigits must be 0 or larger than %lld",
                     static_cast<long long>(kIntMaxStrDigitsThreshold));
    set_int_max_str_digits(n);
    return None();
}

static Value sys_exc_info(Value, const Value*, size_t nargs, Value) {
    if (!check_nargs("exc_info", nargs, 0, 0)) return Value();
    Value e = g_ts->exc_info;
    if (!e || is_none(e)) return tuple_pack({None(), None(), None()});
    Value tb = as_exception(e)->traceback;
    return tuple_pack({Value(type_of(e)), e, tb ? tb : None()});
}

static Value sys_exception(Value, const Value*, size_t nargs, Value) {
    if (!check_nargs("exception", nargs, 0, 0)) return Value();
    Value e = g_ts->exc_info;
    return e ? e : None();
}

static Value sys_intern(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("intern", nargs, 1, 1)) return Value();
    if (!is_exact_str(args[0]))
        return raise(exc::TypeError, "intern() argument must be str, not %s", type_name(args[0]));
    return intern_value(args[0]);
}

static Value sys_getsizeof(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("getsizeof", nargs, 1, 2)) return Value();
    Value v = args[0];
    if (v.is_int()) return make_int(28);
    return make_int(static_cast<int64_t>(type_of(v)->basic_size));
}

static Value sys_getdefaultencoding(Value, const Value*, size_t, Value) {
    return intern("utf-8");
}
// sys.excepthook(type, value, traceback): the uncaught-exception report.
static Value sys_excepthook(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("excepthook", nargs, 3, 3)) return Value();
    if (is_exception(args[1])) {
        print_exception(args[1]);
    } else {
        Value r = repr(args[1]);
        std::fprintf(stderr, "%s\n", r ? std::string(str_view(r)).c_str() : "<exception>");
        err_clear();
    }
    return None();
}

// sys.audit / sys.addaudithook: there are no audit hooks to call.
static Value sys_audit(Value, const Value* args, size_t nargs, Value) {
    if (nargs < 1)
        return raise(exc::TypeError, "audit() missing 1 required positional argument: 'event'");
    if (!is_str(args[0]))
        return raise(exc::TypeError, "expected str for argument 'event', not %s",
                     type_name(args[0]));
    return None();
}
static Value sys_addaudithook(Value, const Value*, size_t, Value) {
    return None();
}
// File names that are not valid UTF-8 round-trip through lone surrogates.
static Value sys_getfilesystemencodeerrors(Value, const Value*, size_t, Value) {
    return intern("surrogateescape");
}

// sys._getframe([depth]): a snapshot of the caller's frame [depth] levels up.
static Value sys_getframe(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("_getframe", nargs, 0, 1)) return Value();
    int64_t depth = 0;
    if (nargs && !int_as_int64(args[0], &depth)) return Value();
    Frame* f = g_ts->current_frame;
    for (;;) {
        while (f && (f->code->flags & CO_UOPY_SHIM))
            f = f->previous;
        if (!f) return raise(exc::ValueError, "call stack is not deep enough");
        if (depth-- <= 0) break;
        f = f->previous;
    }
    return make_frame_object(f);
}

// -- Interpreter settings kept for programs that read them back --------------------------------
// uopy runs one thread and loads no C extensions, so the switch interval
// and the dlopen flags change nothing; coroutine origin tracking is not
// recorded (cr_origin stays None). No trace or profile function can be set,
// so gettrace()/getprofile() are always None.

static double g_switch_interval = 0.005;
static int64_t g_dlopen_flags = 2; // RTLD_NOW, CPython's default
static int64_t g_origin_tracking_depth = 0;

static Value sys_getswitchinterval(Value, const Value*, size_t nargs, Value) {
    if (!check_nargs("getswitchinterval", nargs, 0, 0)) return Value();
    return make_float(g_switch_interval);
}
static Value sys_setswitchinterval(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("setswitchinterval", nargs, 1, 1)) return Value();
    double d;
    if (!number_to_double(args[0], &d)) return Value();
    if (!(d > 0.0)) return raise(exc::ValueError, "switch interval must be strictly positive");
    g_switch_interval = d;
    return None();
}
static Value sys_getdlopenflags(Value, const Value*, size_t nargs, Value) {
    if (!check_nargs("getdlopenflags", nargs, 0, 0)) return Value();
    return make_int(g_dlopen_flags);
}
static Value sys_setdlopenflags(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("setdlopenflags", nargs, 1, 1)) return Value();
    if (!args[0].is_int())
        return raise(exc::TypeError, "'%s' object cannot be interpreted as an integer",
                     type_name(args[0]));
    g_dlopen_flags = args[0].as_int();
    return None();
}
static Value sys_get_coroutine_origin_tracking_depth(Value, const Value*, size_t nargs, Value) {
    if (!check_nargs("get_coroutine_origin_tracking_depth", nargs, 0, 0)) return Value();
    return make_int(g_origin_tracking_depth);
}
static Value sys_set_coroutine_origin_tracking_depth(Value, const Value* args, size_t nargs,
                                                     Value kwnames) {
    static const NativeSignature sig("set_coroutine_origin_tracking_depth", "depth");
    Value a[1];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    int64_t depth;
    if (!int_as_int64(a[0], &depth)) return Value();
    if (depth < 0) return raise(exc::ValueError, "depth must be >= 0");
    g_origin_tracking_depth = depth;
    return None();
}
static Value sys_gettrace(Value, const Value*, size_t nargs, Value) {
    if (!check_nargs("gettrace", nargs, 0, 0)) return Value();
    return None();
}
static Value sys_getprofile(Value, const Value*, size_t nargs, Value) {
    if (!check_nargs("getprofile", nargs, 0, 0)) return Value();
    return None();
}
// call_tracing(func, args): func(*args) (CPython runs it with tracing on).
static Value sys_call_tracing(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("call_tracing", nargs, 2, 2)) return Value();
    if (!is_tuple(args[1]))
        return raise(exc::TypeError, "call_tracing() argument 2 must be tuple, not %s",
                     type_name(args[1]));
    return call(args[0], tuple_items(args[1]), tuple_size(args[1]));
}
// displayhook(value): what the interactive prompt does with an expression's
// value: nothing for None; otherwise its repr on sys.stdout and builtins._.
static Value sys_displayhook(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("displayhook", nargs, 1, 1)) return Value();
    Value v = args[0];
    if (is_none(v)) return None();
    Value builtins = g_interp->builtins_module;
    Value underscore = intern("_");
    if (set_attr(builtins, underscore, None()) < 0) return Value();
    Value out = sys_stdout();
    if (!out || is_none(out)) return raise(exc::RuntimeError, "lost sys.stdout");
    Value text = repr(v);
    if (!text || !call_method(out, "write", {text}) || !call_method(out, "write", {intern("\n")}))
        return Value();
    if (set_attr(builtins, underscore, v) < 0) return Value();
    return None();
}

// -- Async-generator hooks and shutdown --------------------------------------------------------

static Value g_firstiter_hook; // null: unset (None is stored as null too)
static Value g_finalizer_hook;
static bool g_finalizing = false;

Value asyncgen_firstiter_hook() {
    return g_firstiter_hook;
}
Value asyncgen_finalizer_hook() {
    return g_finalizer_hook;
}
void set_runtime_finalizing() {
    g_finalizing = true;
}

static Value sys_is_finalizing(Value, const Value*, size_t nargs, Value) {
    if (!check_nargs("is_finalizing", nargs, 0, 0)) return Value();
    return Bool(g_finalizing);
}

static void trace_asyncgen_hooks(Tracer& t) {
    t.visit(g_firstiter_hook);
    t.visit(g_finalizer_hook);
}

// set_asyncgen_hooks([firstiter] [, finalizer]): an argument left out keeps
// its hook; None clears it.
static Value sys_set_asyncgen_hooks(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("set_asyncgen_hooks", "firstiter=, finalizer=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    static const char* const names[2] = {"finalizer", "firstiter"};
    // CPython checks the finalizer first.
    for (int k = 1; k >= 0; k--)
        if (a[k] && !is_none(a[k]) && !callable(a[k]))
            return raise(exc::TypeError, "callable %s expected, got %s", names[1 - k],
                         type_name(a[k]));
    static bool rooted = false;
    if (!rooted) gc_add_root_fn(trace_asyncgen_hooks);
    rooted = true;
    if (a[0]) g_firstiter_hook = is_none(a[0]) ? Value() : a[0];
    if (a[1]) g_finalizer_hook = is_none(a[1]) ? Value() : a[1];
    return None();
}

static Value sys_get_asyncgen_hooks(Value, const Value*, size_t nargs, Value) {
    if (!check_nargs("get_asyncgen_hooks", nargs, 0, 0)) return Value();
    static Type* hooks_type =
        make_struct_seq_type("builtins", "asyncgen_hooks", {"firstiter", "finalizer"});
    if (!hooks_type) return Value();
    return make_struct_seq(hooks_type, {g_firstiter_hook ? g_firstiter_hook : None(),
                                        g_finalizer_hook ? g_finalizer_hook : None()});
}

static const NativeMethodDef sys_functions[] = {
    {"is_finalizing", sys_is_finalizing, 0, nullptr},
    {"getswitchinterval", sys_getswitchinterval, 0, nullptr},
    {"setswitchinterval", sys_setswitchinterval, 0, nullptr},
    {"getdlopenflags", sys_getdlopenflags, 0, nullptr},
    {"setdlopenflags", sys_setdlopenflags, 0, nullptr},
    {"get_coroutine_origin_tracking_depth", sys_get_coroutine_origin_tracking_depth, 0, nullptr},
    {"set_coroutine_origin_tracking_depth", sys_set_coroutine_origin_tracking_depth,
     NATIVE_KEYWORDS, nullptr},
    {"gettrace", sys_gettrace, 0, nullptr},
    {"getprofile", sys_getprofile, 0, nullptr},
    {"call_tracing", sys_call_tracing, 0, nullptr},
    {"displayhook", sys_displayhook, 0, nullptr},
    {"unraisablehook", sys_default_unraisablehook, 0, nullptr},
    {"set_asyncgen_hooks", sys_set_asyncgen_hooks, NATIVE_KEYWORDS, nullptr},
    {"get_asyncgen_hooks", sys_get_asyncgen_hooks, 0, nullptr},
    {"exit", sys_exit, 0, nullptr},
    {"_getframe", sys_getframe, 0, nullptr},
    {"getrecursionlimit", sys_getrecursionlimit, 0, nullptr},
    {"setrecursionlimit", sys_setrecursionlimit, 0, nullptr},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0, nullptr},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, NATIVE_KEYWORDS, nullptr},
    {"exc_info", sys_exc_info, 0, nullptr},
    {"exception", sys_exception, 0, nullptr},
    {"intern", sys_intern, 0, nullptr},
    {"getsizeof", sys_getsizeof, 0, nullptr},
    {"getdefaultencoding", sys_getdefaultencoding, 0, nullptr},
    {"getfilesystemencoding", sys_getdefaultencoding, 0, nullptr},
    {"getfilesystemencodeerrors", sys_getfilesystemencodeerrors, 0, nullptr},
    {"audit", sys_audit, 0, nullptr},
    {"excepthook", sys_excepthook, 0, nullptr},
    {"addaudithook", sys_addaudithook, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// sys._jit, as in CPython 3.14: whether tier 2 exists in this build (it
// does: the uop interpreter; the JIT backend comes later), whether it is on
// (PYTHON_JIT=0 and -X tier2=off turn it off), and whether the calling code
// runs in it now.
static Value jit_is_available(Value, const Value*, size_t nargs, Value) {
    if (!check_nargs("is_available", nargs, 0, 0)) return Value();
    return True();
}
static Value jit_is_enabled(Value, const Value*, size_t nargs, Value) {
    if (!check_nargs("is_enabled", nargs, 0, 0)) return Value();
    return Bool(tier2_enabled());
}
static Value jit_is_active(Value, const Value*, size_t nargs, Value) {
    if (!check_nargs("is_active", nargs, 0, 0)) return Value();
    return Bool(g_ts->tier2_active);
}
static const NativeMethodDef jit_functions[] = {
    {"is_available", jit_is_available, 0, nullptr},
    {"is_enabled", jit_is_enabled, 0, nullptr},
    {"is_active", jit_is_active, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Value make_sys_module(const std::vector<std::string>& argv, const std::vector<std::string>& path) {
    ModuleObject* m = make_module("sys");
    if (!m) return Value();
    Value mod(m);
    Dict* d = m->dict;
    add_functions(d, sys_functions, mod);
    dict_set_cstr(d, "__unraisablehook__", dict_get_str(d, intern("unraisablehook")));
    dict_set_cstr(d, "__displayhook__", dict_get_str(d, intern("displayhook")));
    dict_set_cstr(d, "abiflags", make_str(""));
    dict_set_cstr(d, "api_version", make_int(1013));
    dict_set_cstr(d, "float_repr_style", make_str("short"));
    dict_set_cstr(d, "platlibdir", make_str("lib"));
    dict_set_cstr(d, "copyright",
                  make_str("Copyright (c) 2026 the uopy authors.\n"
                           "uopy runs the Python Software Foundation's "
                           "standard library, under its own license."));
    // The thread library's version, as CPython reads it ("NPTL 2.36").
    char libpthread[64] = "";
    size_t vn = confstr(_CS_GNU_LIBPTHREAD_VERSION, libpthread, sizeof libpthread);
    static Type* thread_info_type =
        make_struct_seq_type("sys", "thread_info", {"name", "lock", "version"});
    dict_set_cstr(d, "thread_info",
                  make_struct_seq(thread_info_type, {make_str("pthread"), make_str("semaphore"),
                                                     vn > 1 ? make_str(libpthread) : None()}));
    Value av = make_list(0);
    for (auto& a : argv)
        list_append(av, make_str(a));
    g_interp->argv = av;
    dict_set_cstr(d, "argv", av);
    dict_set_cstr(d, "orig_argv", av);
    Value p = make_list(0);
    for (auto& e : path)
        list_append(p, make_str(e));
    g_interp->sys_path = p;
    dict_set_cstr(d, "path", p);
    dict_set_cstr(d, "modules", g_interp->modules);
    dict_set_cstr(d, "meta_path", make_list(0));
    dict_set_cstr(d, "path_hooks", make_list(0));
    dict_set_cstr(d, "path_importer_cache", Value(make_dict()));
    // The standard streams as CPython makes them: UTF-8 (uopy is always in
    // CPython's UTF-8 mode: sys.flags.utf8_mode), "surrogateescape" errors on
    // stdin/stdout and "backslashreplace" on stderr, unless PYTHONIOENCODING
    // (encoding[:errors]) says otherwise; stdout is line-buffered on a
    // terminal, stderr always.
    std::string io_encoding = "utf-8", io_errors = "surrogateescape";
    if (const char* e = std::getenv("PYTHONIOENCODING"); e && *e) {
        std::string spec(e);
        size_t colon = spec.find(':');
        if (colon != 0) io_encoding = spec.substr(0, colon);
        if (colon != std::string::npos && colon + 1 < spec.size())
            io_errors = spec.substr(colon + 1);
    }
    Value enc = make_str(io_encoding);
    bool unbuffered = g_interp->unbuffered;
    Value out = make_std_stream(1, "<stdout>", true, enc, make_str(io_errors), unbuffered,
                                !unbuffered && isatty(1));
    Value err = out ? make_std_stream(2, "<stderr>", true, enc, make_str("backslashreplace"),
                                      unbuffered, !unbuffered)
                    : out;
    Value in =
        err ? make_std_stream(0, "<stdin>", false, enc, make_str(io_errors), unbuffered, false)
            : err;
    if (!in) return in;
    dict_set_cstr(d, "stdout", out);
    dict_set_cstr(d, "stderr", err);
    dict_set_cstr(d, "stdin", in);
    dict_set_cstr(d, "__stdout__", out);
    dict_set_cstr(d, "__stderr__", err);
    dict_set_cstr(d, "__stdin__", in);
    dict_set_cstr(d, "version", make_str("3.11.7 (uopy 0.1)"));
    static Type* version_info_type = make_struct_seq_type(
        "sys", "version_info", {"major", "minor", "micro", "releaselevel", "serial"});
    dict_set_cstr(d, "version_info",
                  make_struct_seq(version_info_type, {make_int(3), make_int(11), make_int(7),
                                                      make_str("final"), make_int(0)}));
    dict_set_cstr(d, "hexversion", make_int(0x030B07F0));
    // The numeric hash's parameters (objects/int.cpp, float.cpp hash as CPython).
    static Type* hash_info_type =
        make_struct_seq_type("sys", "hash_info",
                             {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
                              "seed_bits", "cutoff"});
    dict_set_cstr(d, "hash_info",
                  make_struct_seq(hash_info_type,
                                  {make_int(64), make_int((int64_t(1) << 61) - 1), make_int(314159),
                                   make_int(0), make_int(1000003), make_str("siphash13"),
                                   make_int(64), make_int(128), make_int(0)}));
    static Type* float_info_type =
        make_struct_seq_type("sys", "float_info",
                             {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
                              "mant_dig", "epsilon", "radix", "rounds"});
    dict_set_cstr(
        d, "float_info",
        make_struct_seq(float_info_type,
                        {make_float(DBL_MAX), make_int(DBL_MAX_EXP), make_int(DBL_MAX_10_EXP),
                         make_float(DBL_MIN), make_int(DBL_MIN_EXP), make_int(DBL_MIN_10_EXP),
                         make_int(DBL_DIG), make_int(DBL_MANT_DIG), make_float(DBL_EPSILON),
                         make_int(FLT_RADIX), make_int(1)}));
    // sys.flags: the command-line flags (of CPython's, only -B is taken, but
    // library code reads them all). More than 16 fields: the last ones by index.
    static Type* flags_type = make_struct_seq_type(
        "sys", "flags",
        {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
         "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
         "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
         "int_max_str_digits"});
    dict_set_cstr(
        d, "flags",
        make_struct_seq(flags_type,
                        {make_int(0), make_int(0), make_int(0), make_int(0),
                         make_int(g_interp->dont_write_bytecode ? 1 : 0), make_int(0), make_int(0),
                         make_int(0), make_int(0), make_int(0), make_int(0), make_int(1),
                         make_int(g_interp->isolated ? 1 : 0), False(), make_int(1), make_int(0),
                         False(), make_int(g_interp->int_max_str_digits_flag)}));
    static Type* int_info_type = make_struct_seq_type(
        "sys", "int_info",
        {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"});
    dict_set_cstr(d, "int_info",
                  make_struct_seq(int_info_type,
                                  {make_int(30), make_int(4), make_int(kDefaultIntMaxStrDigits),
                                   make_int(kIntMaxStrDigitsThreshold)}));
    // sys.implementation: uopy's name; no cache_tag, which tells importlib
    // not to read or write cached bytecode (uopy's is not CPython's; its own
    // import keeps a cache of its own, runtime/bytecode_cache.cpp).
    Dict* impl = make_dict();
    dict_set_cstr(impl, "name", make_str("uopy"));
    dict_set_cstr(impl, "cache_tag", None());
    dict_set_cstr(impl, "version", dict_get_str(d, intern("version_info")));
    dict_set_cstr(impl, "hexversion", make_int(0x030B07F0));
    dict_set_cstr(impl, "_multiarch", make_str("x86_64-linux-gnu"));
    dict_set_cstr(d, "implementation", make_simple_namespace(impl));
    dict_set_cstr(d, "platform", make_str("linux"));
    dict_set_cstr(d, "byteorder", make_str("little"));
    dict_set_cstr(d, "maxsize", make_int(INT64_MAX));
    dict_set_cstr(d, "maxunicode", make_int(0x10FFFF));
    dict_set_cstr(d, "executable", make_str(g_interp->executable));
    dict_set_cstr(d, "prefix", make_str("/usr"));
    dict_set_cstr(d, "exec_prefix", make_str("/usr"));
    dict_set_cstr(d, "base_prefix", make_str("/usr"));
    dict_set_cstr(d, "__excepthook__", dict_get_str(d, intern("excepthook")));
    dict_set_cstr(d, "base_exec_prefix", make_str("/usr"));
    // Read by the bytecode cache at each import (runtime/bytecode_cache.cpp).
    dict_set_cstr(d, "dont_write_bytecode", g_interp->dont_write_bytecode ? True() : False());
    dict_set_cstr(d, "pycache_prefix",
                  g_interp->pycache_prefix.empty() ? None() : make_str(g_interp->pycache_prefix));
    dict_set_cstr(d, "stdlib_dir", make_str(g_interp->stdlib_dir));
    // The native modules (os.py looks for 'posix' here), sorted as CPython's.
    std::vector<std::string> native = {"builtins", "sys"};
    for (const BuiltinModuleDef* m = builtin_module_table; m->name; m++)
        native.push_back(m->name);
    std::sort(native.begin(), native.end());
    Value names = make_tuple(native.size());
    for (size_t i = 0; i < native.size(); i++)
        tuple_items(names)[i] = intern(native[i]);
    dict_set_cstr(d, "builtin_module_names", names);
    dict_set_cstr(d, "warnoptions", make_list(0));
    ModuleObject* jit = make_module("sys._jit");
    if (!jit) return Value();
    add_functions(jit->dict, jit_functions, Value(jit));
    dict_set_cstr(d, "_jit", Value(jit));
    // The execution tiers this build has, for tools/bench and the test runner:
    // each gets its own column. The JIT appends its own later.
    Value tiers = make_tuple(2);
    tuple_items(tiers)[0] = make_str("tier1");
    tuple_items(tiers)[1] = make_str("tier2");
    dict_set_cstr(d, "_uopy_tiers", tiers);
    return mod;
}

} // namespace uopy
