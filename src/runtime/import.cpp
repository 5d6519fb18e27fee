// The import system (see import.h). Modules are looked up in sys.modules,
// then in the table of native modules, then as `name.py` or
// `name/__init__.py` along sys.path. CPython counterpart: Python/import.c,
// Lib/importlib/_bootstrap.py and _bootstrap_external.py (PathFinder).
#include "runtime/import.h"

#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/bytecode_cache.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/interp.h"
#include "runtime/type.h"
#include "vm/ceval.h"

#include <sys/stat.h>

#include <map>
#include <string>

namespace uopy {

static std::map<std::string, ModuleInit>& native_modules() {
    static std::map<std::string, ModuleInit> m;
    return m;
}

void register_builtin_module(const char* name, ModuleInit init) {
    native_modules()[name] = init;
}

static bool is_file(const std::string& p) {
    struct stat st;
    return stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

static Value modules_get(const std::string& name) {
    return dict_get_str(as_dict(g_interp->modules), intern(name));
}

Value exec_file_as_module(const std::string& path, const std::string& module_name) {
    // Read and compiled (or taken from the bytecode cache) before the module
    // is made and registered, so a failure leaves nothing in sys.modules.
    CodeObject* code = load_source_module_code(path);
    if (!code) return Value();
    ModuleObject* m = make_module(module_name);
    if (!m) return Value();
    Value mod(m);
    dict_set(m->dict, names::__file__, make_str(path));
    dict_set(m->dict, names::__builtins__, g_interp->builtins_module);
    // Registered before running, so circular imports see the partial module.
    if (!dict_set(as_dict(g_interp->modules), intern(module_name), mod)) return Value();
    Value r = vm::run_code(code, Value(m->dict), Value(m->dict));
    if (!r) {
        Value saved = err_fetch();
        dict_del(as_dict(g_interp->modules), intern(module_name));
        raise_instance(saved);
        return Value();
    }
    // A module may replace itself in sys.modules.
    Value final_mod = modules_get(module_name);
    return final_mod ? final_mod : mod;
}

// Finds and loads [fullname] (whose parent package, if any, is loaded).
// Once the importlib package has loaded: its finders go into sys.meta_path
// and sys.path_hooks (BuiltinImporter, PathFinder, FileFinder), as
// CPython installs them at start-up, so that importlib.import_module,
// importlib.util.find_spec and pkgutil find modules. uopy's own import
// statement does not go through them (it finds modules natively, and
// loading importlib at start-up would cost every program its time).
static bool install_importlib_finders() {
    Value sys = modules_get("sys");
    Value bootstrap = modules_get("importlib._bootstrap");
    Value external = modules_get("importlib._bootstrap_external");
    if (!sys || !bootstrap || !external) return true;
    Value meta_path = get_attr_optional(sys, intern("meta_path"));
    if (!meta_path || !is_list(meta_path) || list_size(meta_path) > 0) return !err_occurred();
    if (!call_method(external, "_install", {bootstrap})) return false;
    Value builtin_importer = get_attr_cstr(bootstrap, "BuiltinImporter");
    return builtin_importer &&
           call_method(meta_path, "insert", {Value::small_int(0), builtin_importer});
}

static Value module_not_found(const std::string& fullname) {
    Value r = raise(exc::ModuleNotFoundError, "No module named '%s'", fullname.c_str());
    Value e = err_current();
    if (e) set_attr_cstr(e, "name", make_str(fullname));
    return r;
}

// uopy's own finders: the native modules, then [search_path]. Null with
// *not_found set and no exception when neither has [fullname].
static Value load_module_natively(const std::string& fullname, Value search_path, bool* not_found) {
    *not_found = false;
    auto nit = native_modules().find(fullname);
    if (nit != native_modules().end()) {
        Value m = nit->second();
        if (!m) return m;
        if (!dict_set(as_dict(g_interp->modules), intern(fullname), m)) return Value();
        return m;
    }
    std::string last =
        fullname.substr(fullname.rfind('.') == std::string::npos ? 0 : fullname.rfind('.') + 1);
    size_t n = list_size(search_path);
    for (size_t i = 0; i < n; i++) {
        Value entry = list_get(search_path, i);
        if (!is_str(entry)) continue;
        std::string dir(str_view(entry));
        if (dir.empty()) dir.push_back('.'); // (not = ".": GCC 12 -Wrestrict false positive)
        std::string pkg_init = dir + "/" + last + "/__init__.py";
        if (is_file(pkg_init)) {
            ModuleObject* m = make_module(fullname);
            if (!m) return Value();
            Value mod(m);
            Value path = make_list(0);
            if (!path || !list_append(path, make_str(dir + "/" + last))) return Value();
            dict_set(m->dict, names::__path__, path);
            dict_set(m->dict, names::__package__, make_str(fullname));
            dict_set(m->dict, names::__file__, make_str(pkg_init));
            dict_set(m->dict, names::__builtins__, g_interp->builtins_module);
            if (!dict_set(as_dict(g_interp->modules), intern(fullname), mod)) return Value();
            CodeObject* code = load_source_module_code(pkg_init);
            if (!code || !vm::run_code(code, Value(m->dict), Value(m->dict))) {
                Value saved = err_fetch();
                dict_del(as_dict(g_interp->modules), intern(fullname));
                raise_instance(saved);
                return Value();
            }
            Value final_mod = modules_get(fullname);
            if (fullname == "importlib" && !install_importlib_finders()) return Value();
            return final_mod ? final_mod : mod;
        }
        std::string file = dir + "/" + last + ".py";
        if (is_file(file)) {
            Value m = exec_file_as_module(file, fullname);
            if (m && fullname.find('.') != std::string::npos) {
                std::string parent = fullname.substr(0, fullname.rfind('.'));
                set_attr(m, names::__package__, make_str(parent));
            }
            if (m && fullname.find('.') == std::string::npos) {
                Dict* d = instance_dict(m);
                if (d) dict_set(d, names::__package__, make_str(""));
            }
            return m;
        }
    }
    *not_found = true;
    return Value();
}

// importlib's standard finders in sys.meta_path stand for uopy's own
// search (which does what they would): BuiltinImporter, FrozenImporter,
// PathFinder.
static bool is_standard_finder(Value finder) {
    Value bootstrap = modules_get("importlib._bootstrap");
    Value external = modules_get("importlib._bootstrap_external");
    for (auto [mod, name] :
         {std::pair{bootstrap, "BuiltinImporter"}, std::pair{bootstrap, "FrozenImporter"},
          std::pair{external, "PathFinder"}}) {
        if (!mod) continue;
        Dict* d = instance_dict(mod);
        Value cls = d ? dict_get_str(d, intern(name)) : Value();
        if (cls && cls == finder) return true;
    }
    return false;
}

// Finds and loads [fullname] (whose parent package, if any, is loaded) as
// CPython's import does: each finder of sys.meta_path in turn is asked for
// a spec (find_spec(name, path, None); path is the parent's __path__ or
// None), importlib loads what one finds. uopy's own search takes the place
// of the first standard finder, or comes last when there is none (the
// list is empty until importlib is imported).
static Value load_module(const std::string& fullname, Value search_path) {
    bool not_found = false;
    Value sys = modules_get("sys");
    Dict* sys_dict = sys ? instance_dict(sys) : nullptr;
    Value meta_path = sys_dict ? dict_get_str(sys_dict, intern("meta_path")) : Value();
    if (!meta_path || (is_list(meta_path) && list_size(meta_path) == 0)) {
        Value m = load_module_natively(fullname, search_path, &not_found);
        return not_found ? module_not_found(fullname) : m;
    }
    // A copy: the finders may change the list.
    Value finders = is_list(meta_path) ? list_as_tuple(meta_path) : sequence_to_tuple(meta_path);
    if (!finders) return finders;
    Value name = make_str(fullname);
    Value path_arg = fullname.find('.') == std::string::npos ? None() : search_path;
    bool searched = false;
    for (size_t i = 0; i <= tuple_size(finders); i++) {
        bool last = i == tuple_size(finders);
        Value finder = last ? Value() : tuple_get(finders, i);
        if (last || is_standard_finder(finder)) {
            if (searched) continue;
            searched = true;
            Value m = load_module_natively(fullname, search_path, &not_found);
            if (!not_found) return m;
            continue;
        }
        Value find_spec = get_attr_optional(finder, intern("find_spec"));
        Value spec;
        if (find_spec) {
            Value args[3] = {name, path_arg, None()};
            spec = call(find_spec, args, 3);
        } else {
            // A finder of the old protocol (deprecated in 3.4, still asked in
            // 3.11): find_module(name, path) gives a loader.
            if (err_occurred()) return Value();
            Value find_module = get_attr(finder, intern("find_module"));
            if (!find_module) return find_module;
            Value args[2] = {name, path_arg};
            Value loader = call(find_module, args, 2);
            if (!loader || is_none(loader)) {
                spec = loader;
            } else {
                Value bootstrap = import_module("importlib._bootstrap");
                spec = bootstrap ? call_method(bootstrap, "spec_from_loader", {name, loader})
                                 : bootstrap;
            }
        }
        if (!spec) return spec;
        if (is_none(spec)) continue;
        Value bootstrap = import_module("importlib._bootstrap");
        if (!bootstrap) return bootstrap;
        return call_method(bootstrap, "_load", {spec});
    }
    return module_not_found(fullname);
}

// sys.modules[name] = None blocks an import (how a test hides an
// accelerator module such as _datetime): ModuleNotFoundError, as CPython.
static Value import_halted(const std::string& name) {
    Value r =
        raise(exc::ModuleNotFoundError, "import of %s halted; None in sys.modules", name.c_str());
    Value e = err_current();
    if (e) set_attr_cstr(e, "name", make_str(name));
    return r;
}

Value import_module(const std::string& name) {
    Value m = modules_get(name);
    if (m) return is_none(m) ? import_halted(name) : m;
    size_t dot = name.rfind('.');
    if (dot == std::string::npos) return load_module(name, g_interp->sys_path);
    std::string parent_name = name.substr(0, dot);
    Value parent = import_module(parent_name);
    if (!parent) return parent;
    m = modules_get(name);
    if (m) return is_none(m) ? import_halted(name) : m;
    Value path = get_attr_optional(parent, names::__path__);
    if (!path) {
        if (err_occurred()) return Value();
        Value r = raise(exc::ModuleNotFoundError, "No module named '%s'; '%s' is not a package",
                        name.c_str(), parent_name.c_str());
        return r;
    }
    if (!is_list(path)) {
        path = sequence_to_list(path);
        if (!path) return path;
    }
    m = load_module(name, path);
    if (!m) return m;
    // Bind the submodule as an attribute of its parent.
    if (set_attr(parent, intern(name.substr(dot + 1)), m) < 0) return Value();
    return m;
}

// The package that relative imports in [globals] are relative to.
static bool resolve_package(Dict* globals, std::string* out) {
    Value pkg = dict_get_str(globals, names::__package__);
    if (pkg && is_str(pkg)) {
        *out = std::string(str_view(pkg));
        return true;
    }
    Value name = dict_get_str(globals, names::__name__);
    if (!name || !is_str(name)) {
        raise(exc::KeyError, "'__name__' not in globals");
        return false;
    }
    std::string n(str_view(name));
    if (dict_get_str(globals, names::__path__))
        *out = n;
    else
        *out = n.rfind('.') == std::string::npos ? "" : n.substr(0, n.rfind('.'));
    return true;
}

static Value import_with(Dict* globals, const std::string& name, Value fromlist, int level) {
    std::string absname = name;
    if (level > 0) {
        std::string package;
        if (!resolve_package(globals, &package)) return Value();
        if (package.empty())
            return raise(exc::ImportError,
                         "attempted relative import with no known parent package");
        std::string base = package;
        for (int i = 1; i < level; i++) {
            size_t dot = base.rfind('.');
            if (dot == std::string::npos)
                return raise(exc::ImportError,
                             "attempted relative import beyond top-level package");
            base = base.substr(0, dot);
        }
        absname = name.empty() ? base : base + "." + name;
    } else if (name.empty()) {
        return raise(exc::ValueError, "Empty module name");
    }
    Value m = import_module(absname);
    if (!m) return m;
    bool has_fromlist = fromlist && !is_none(fromlist) && truthy(fromlist) > 0;
    if (has_fromlist) {
        // `from pkg import sub`: import submodules named in the fromlist.
        Value path = get_attr_optional(m, names::__path__);
        if (path) {
            Value items = sequence_to_tuple(fromlist);
            if (!items) return items;
            for (size_t i = 0; i < tuple_size(items); i++) {
                Value item = tuple_get(items, i);
                if (!is_str(item) || str_view(item) == "*") continue;
                if (has_attr(m, item)) continue;
                std::string subname = absname + "." + std::string(str_view(item));
                Value sub = import_module(subname);
                if (!sub) {
                    // Only the submodule itself being missing is not an error
                    // here (the name may be an attribute set later); a module
                    // it imports being missing is.
                    Value e = err_current();
                    Value msg = e && is_exception(e) && as_exception(e)->args &&
                                        tuple_size(as_exception(e)->args) == 1
                                    ? tuple_get(as_exception(e)->args, 0)
                                    : Value();
                    if (err_matches(exc::ModuleNotFoundError) && msg && is_str(msg) &&
                        str_view(msg) == "No module named '" + subname + "'")
                        err_clear();
                    else
                        return Value();
                }
            }
        } else if (err_occurred()) {
            return Value();
        }
        return m;
    }
    if (level == 0) {
        size_t dot = name.find('.');
        if (dot != std::string::npos) return modules_get(name.substr(0, dot));
        return m;
    }
    // Relative `import .a.b` is not valid syntax; `from . import x` has a fromlist.
    return m;
}

Value import_name(Frame* frame, Value name, Value fromlist, Value level) {
    Value hook = dict_get_str(as_dict(frame->builtins), names::__import__);
    int lvl = level.is_int() ? static_cast<int>(level.as_int()) : 0;
    if (hook && type_of(hook) != &BuiltinFunctionType) {
        Value args[5] = {name, frame->globals, frame->locals ? frame->locals : None(),
                         fromlist ? fromlist : None(), level};
        return call(hook, args, 5);
    }
    return import_with(as_dict(frame->globals), std::string(str_view(name)), fromlist, lvl);
}

Value builtin___import__(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("__import__", "name, globals=, locals=, fromlist=, level=");
    Value a[5];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    if (!is_str(a[0]))
        return raise(exc::TypeError, "module name must be str, not %s", type_name(a[0]));
    Dict* globals = a[1] && is_dict(a[1]) ? as_dict(a[1]) : current_globals();
    int level = a[4] && a[4].is_int() ? static_cast<int>(a[4].as_int()) : 0;
    if (!globals) globals = make_dict();
    return import_with(globals, std::string(str_view(a[0])), a[3], level);
}

int import_star(Frame* frame, Value module) {
    Value locals = frame->locals;
    if (!locals) {
        raise(exc::SystemError, "no locals found during 'import *'");
        return -1;
    }
    Value all = get_attr_optional(module, names::__all__);
    if (!all && err_occurred()) return -1;
    Value names_seq;
    bool skip_private = false;
    if (all) {
        names_seq = sequence_to_tuple(all);
    } else {
        Value d = get_attr(module, names::__dict__);
        if (!d) return -1;
        Value keys = make_list(0);
        size_t pos = 0;
        Value k, v;
        while (dict_next(as_dict(d), &pos, &k, &v))
            list_append(keys, k);
        names_seq = list_as_tuple(keys);
        skip_private = true;
    }
    if (!names_seq) return -1;
    for (size_t i = 0; i < tuple_size(names_seq); i++) {
        Value n = tuple_get(names_seq, i);
        if (skip_private && is_str(n) && str_view(n).size() && str_view(n)[0] == '_') continue;
        Value v = get_attr(module, n);
        if (!v) return -1;
        if (set_item(locals, n, v) < 0) return -1;
    }
    return 0;
}

} // namespace uopy
