// Bringing the runtime up in dependency order, running the main program, and
// turning an uncaught exception into CPython's exit behaviour. CPython
// counterpart: Python/pylifecycle.c, Modules/main.c (pymain_run_*),
// Python/pythonrun.c (handle_system_exit).
#include "runtime/startup.h"

#include "optimizer/optimizer.h"

#include "objects/generic_alias.h"
#include "modules/atexit_module.h"
#include "objects/frame_object.h"
#include "objects/mappingproxy.h"
#include "objects/memoryview.h"
#include "objects/namespace.h"
#include "objects/union_type.h"
#include "objects/weakref.h"

#include "modules/io_stdio.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/misc.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/generator.h"
#include "objects/instance_values.h"
#include "runtime/abstract.h"
#include "runtime/call.h"
#include "runtime/builtins_core.h"
#include "runtime/compile.h"
#include "runtime/errors.h"
#include "runtime/finalizers.h"
#include "runtime/gc.h"
#include "runtime/import.h"
#include "runtime/interp.h"
#include "runtime/slots.h"
#include "runtime/sysmodule.h"
#include "runtime/traceback.h"
#include "runtime/type.h"
#include "vm/ceval.h"
#include "vm/specialize.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace uopy {

// Each type file's initializer (declared in its header).
void init_slot_wrapper_type();
void init_singletons();
void init_bool_type();
void init_complex_type();
void init_bytes_types();
void init_iterator_types();
void init_memory_error_instance();
void finish_static_types();

static void on_sigint(int) {
    g_interp->pending_sigint = 1;
    g_interp->eval_breaker = 1;
}

bool init_runtime(const RuntimeConfig& cfg) {
    init_interpreter();
    gc_set_enabled(false); // no collection until the core types exist
    init_type_and_object();
    init_names();
    init_str_type();
    init_slot_wrapper_type();
    init_singletons();
    init_int_type();
    init_bool_type();
    init_float_type();
    init_complex_type();
    init_bytes_types();
    init_tuple_type();
    init_list_type();
    init_dict_type();
    init_instance_values_types();
    init_set_type();
    init_misc_types();
    init_iterator_types();
    init_function_types();
    init_descriptor_types();
    init_code_type();
    init_executor_type();
    init_module_type();
    init_exception_types();
    init_memory_error_instance();
    init_generator_type();
    init_coroutine_types();
    init_generic_alias_type();
    init_union_type();
    init_namespace_type();
    init_frame_object_type();
    init_weakref_types();
    init_memoryview_type();
    init_mappingproxy_type();
    // list[int] and friends (PEP 585); type[int] is get_item's special case,
    // so that a class without __class_getitem__ is not subscriptable.
    for (Type* t : {&ListType, &DictType, &TupleType, &SetType, &FrozenSetType})
        add_class_getitem(t);
    finish_static_types();
    enable_type_attribute_cache();
    vm::init_eval();

    g_interp->executable = cfg.executable;
    g_interp->stdlib_dir = cfg.stdlib_dir;
    g_interp->dont_write_bytecode = cfg.dont_write_bytecode;
    g_interp->unbuffered = cfg.unbuffered;
    g_interp->int_max_str_digits_flag = cfg.int_max_str_digits;
    set_int_max_str_digits(cfg.int_max_str_digits >= 0 ? cfg.int_max_str_digits
                                                       : kDefaultIntMaxStrDigits);
    g_interp->pycache_prefix = cfg.pycache_prefix;
    g_interp->modules = Value(make_dict());
    g_interp->builtins_module = make_builtins_module();
    if (!g_interp->builtins_module) return false;
    g_interp->builtins = Value(as_module(g_interp->builtins_module)->dict);
    g_interp->callable_cache.len = dict_get_cstr(as_dict(g_interp->builtins), "len");
    g_interp->callable_cache.isinstance = dict_get_cstr(as_dict(g_interp->builtins), "isinstance");
    g_interp->callable_cache.list_append = dict_get_cstr(ListType.dict, "append");
    std::vector<std::string> path = cfg.path;
    g_interp->sys_module = make_sys_module(cfg.argv, path);
    if (!g_interp->sys_module) return false;
    dict_set_cstr(as_dict(g_interp->modules), "sys", g_interp->sys_module);
    dict_set_cstr(as_dict(g_interp->modules), "builtins", g_interp->builtins_module);
    for (const BuiltinModuleDef* d = builtin_module_table; d->name; d++)
        register_builtin_module(d->name, d->init);

    ModuleObject* main = make_module("__main__");
    if (!main) return false;
    g_interp->main_module = Value(main);
    dict_set(main->dict, names::__builtins__, g_interp->builtins_module);
    dict_set_cstr(as_dict(g_interp->modules), "__main__", g_interp->main_module);

    gc_set_stress(cfg.gc_stress);
    vm::g_specialization_enabled = cfg.specialization;
    if (cfg.tier2 == 2) {
        std::fprintf(stderr, "uopy: the JIT is not built yet; -X tier2=jit runs the uop "
                             "interpreter\n");
    }
    g_tier2_mode = cfg.tier2 == 0 ? Tier2Mode::Off : Tier2Mode::Interp;
    if (cfg.tier2_threshold > 0) set_tier2_threshold(cfg.tier2_threshold);
    if (cfg.uops_stats) enable_uops_stats();
    if (cfg.jit_verbose) enable_jit_verbose();
    if (cfg.specialization_stats) vm::enable_specialization_stats();
    gc_set_enabled(true);
    std::signal(SIGINT, on_sigint);
    // As CPython: a write to a closed pipe or past the file-size limit is an
    // OSError (BrokenPipeError, EFBIG), not a death by signal. Child
    // processes get the defaults back (_posixsubprocess restore_signals).
    std::signal(SIGPIPE, SIG_IGN);
    std::signal(SIGXFSZ, SIG_IGN);
    return true;
}

// Exit status for an uncaught SystemExit, printing its message if it has one.
static int handle_system_exit(Value exc) {
    Value code = get_attr_optional(exc, intern("code"));
    if (!code) err_clear();
    if (!code || is_none(code)) return 0;
    if (is_int(code)) {
        int64_t n = 0;
        if (!int_fits_int64(code, &n)) return -1;
        return static_cast<int>(n & 0xff);
    }
    flush_std_files();
    std::string s = str_text(code);
    std::fprintf(stderr, "%s\n", s.c_str());
    return 1;
}

int report_uncaught() {
    Value exc = err_fetch();
    flush_std_files();
    if (!exc) return 1;
    if (is_exception(exc) && isinstance_of(exc, exc::SystemExit)) return handle_system_exit(exc);
    // A sys.excepthook the program installed reports it instead.
    Value hook = g_interp->sys_module
                     ? get_attr_optional(g_interp->sys_module, intern("excepthook"))
                     : Value();
    Value builtin_hook = g_interp->sys_module
                             ? get_attr_optional(g_interp->sys_module, intern("__excepthook__"))
                             : Value();
    err_clear();
    if (hook && hook != builtin_hook && is_exception(exc)) {
        Value tb = as_exception(exc)->traceback;
        Value args[3] = {Value(type_of(exc)), exc, tb ? tb : None()};
        if (!call(hook, args, 3)) {
            std::fprintf(stderr, "Error in sys.excepthook:\n");
            Value hook_exc = err_fetch();
            if (hook_exc) print_exception(hook_exc);
            std::fprintf(stderr, "\nOriginal exception was:\n");
            print_exception(exc);
        }
        flush_std_files();
    } else {
        print_exception(exc);
    }
    if (is_exception(exc) && isinstance_of(exc, exc::KeyboardInterrupt)) {
        // As CPython: exit by the signal, so the parent sees the interruption.
        std::fflush(stdout);
        std::signal(SIGINT, SIG_DFL);
        kill(getpid(), SIGINT);
    }
    return 1;
}

int run_source(const std::string& source, const std::string& filename) {
    ModuleObject* main = as_module(g_interp->main_module);
    if (filename != "<string>" && filename != "<stdin>")
        dict_set(main->dict, names::__file__, make_str(filename));
    CodeObject* code = compile_source(source, filename, CompileMode::Exec);
    if (!code) return report_uncaught();
    Value r = vm::run_code(code, Value(main->dict), Value(main->dict));
    if (!r) return report_uncaught();
    flush_std_files();
    return 0;
}

int run_module(const std::string& name) {
    Value m = import_module("runpy");
    (void)m;
    err_clear();
    // Without runpy support, find the module's file ourselves and run it as __main__.
    for (size_t i = 0; i < list_size(g_interp->sys_path); i++) {
        Value e = list_get(g_interp->sys_path, i);
        std::string dir = is_str(e) ? std::string(str_view(e)) : ".";
        if (dir.empty()) dir.push_back('.'); // (not = ".": GCC 12 -Wrestrict false positive)
        std::string rel = name;
        for (auto& c : rel)
            if (c == '.') c = '/';
        for (std::string path : {dir + "/" + rel + ".py", dir + "/" + rel + "/__main__.py"}) {
            std::string source;
            if (access(path.c_str(), R_OK) == 0 && read_file_text(path, &source)) {
                Value argv0 = make_str(path);
                if (list_size(g_interp->argv) > 0) as_list(g_interp->argv)->items[0] = argv0;
                return run_source(source, path);
            }
            err_clear();
        }
    }
    flush_std_files();
    std::fprintf(stderr, "%s: No module named %s\n", g_interp->executable.c_str(), name.c_str());
    return 1;
}

void finalize_runtime() {
    run_atexit_callbacks();
    set_runtime_finalizing();
    // sys.is_finalizing() is True in these, as in CPython's module teardown.
    run_exit_finalizers();
    flush_std_files();
    vm::print_specialization_stats(stderr);
    print_uops_stats();
}

} // namespace uopy
