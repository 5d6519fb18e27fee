// The built-ins that need the compiler or the VM: __build_class__, exec,
// eval, compile, globals, locals, __import__; and the assembly of the
// `builtins` module from the built-in types, exceptions and functions.
// CPython counterpart: Python/bltinmodule.c.
#include "runtime/builtins_core.h"

#include "objects/code.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/frame_object.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/memoryview.h"
#include "objects/misc.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/builtins.h"
#include "runtime/call.h"
#include "runtime/compile.h"
#include "objects/bytes.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/import.h"
#include "runtime/interp.h"
#include "runtime/type.h"
#include "vm/ceval.h"
#include "vm/ceval_helpers.h"

namespace uopy {

// A snapshot of the current frame's local variables (locals() in a function).
Value builtin_locals_dict() {
    Frame* f = g_ts->current_frame;
    if (!f) return Value(make_dict());
    return frame_locals_dict(f);
}

static Value builtin_globals(Value, const Value*, size_t nargs, Value) {
    if (!check_nargs("globals", nargs, 0, 0)) return Value();
    Frame* f = g_ts->current_frame;
    return f ? f->globals : Value(make_dict());
}

static Value builtin_locals(Value, const Value*, size_t nargs, Value) {
    if (!check_nargs("locals", nargs, 0, 0)) return Value();
    return builtin_locals_dict();
}

// Source (str/bytes) or code object to code, for exec/eval.
static CodeObject* code_from(Value src, const char* fname, CompileMode mode) {
    if (is_code(src)) return as_code(src);
    if (is_str(src)) {
        std::string s(str_view(src));
        if (mode == CompileMode::Eval) {
            // eval() ignores leading spaces and tabs.
            size_t b = s.find_first_not_of(" \t");
            s = b == std::string::npos ? "" : s.substr(b);
        }
        return compile_source(s, "<string>", mode);
    }
    if (is_bytes(src) || is_bytearray(src)) {
        Value text = decode_source_bytes(bytes_view(src));
        return text ? code_from(text, fname, mode) : nullptr;
    }
    raise(exc::TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
    return nullptr;
}

static bool resolve_namespaces(const char* fname, Value* globals, Value* locals) {
    if (!*globals || is_none(*globals)) {
        Frame* f = g_ts->current_frame;
        *globals = f ? f->globals : Value(make_dict());
        if (!*locals || is_none(*locals)) *locals = builtin_locals_dict();
    } else if (!*locals || is_none(*locals)) {
        *locals = *globals;
    }
    if (!is_dict(*globals)) {
        raise(exc::TypeError, "%s() globals must be a dict, not %s", fname, type_name(*globals));
        return false;
    }
    Dict* g = as_dict(*globals);
    if (!dict_get_str(g, names::__builtins__))
        dict_set(g, names::__builtins__, g_interp->builtins_module);
    return *locals ? true : false;
}

static Value builtin_exec(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("exec", "source, globals=, locals=, /");
    Value a[3];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    Value g = a[1], l = a[2];
    if (!resolve_namespaces("exec", &g, &l)) return Value();
    CodeObject* code = code_from(a[0], "exec", CompileMode::Exec);
    if (!code) return Value();
    Value r = vm::run_code(code, g, l);
    return r ? None() : r;
}

static Value builtin_eval(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("eval", "source, globals=, locals=, /");
    Value a[3];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    Value g = a[1], l = a[2];
    if (!resolve_namespaces("eval", &g, &l)) return Value();
    CodeObject* code = code_from(a[0], "eval", CompileMode::Eval);
    if (!code) return Value();
    return vm::run_code(code, g, l);
}

static Value builtin_compile(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig(
        "compile",
        "source, filename, mode, flags=, dont_inherit=, optimize=, *, _feature_version=");
    Value a[7];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    if (is_code(a[0])) return a[0];
    bool tree = is_ast_object(a[0]);
    if (!tree && (is_bytes(a[0]) || is_bytearray(a[0]))) {
        a[0] = decode_source_bytes(bytes_view(a[0]));
        if (!a[0]) return Value();
    }
    if (!tree && !is_str(a[0]))
        return raise(exc::TypeError, "compile() arg 1 must be a string, bytes or AST object");
    if (!is_str(a[2])) return raise(exc::TypeError, "compile() mode must be str");
    std::string_view mode = str_view(a[2]);
    CompileMode m;
    if (mode == "exec")
        m = CompileMode::Exec;
    else if (mode == "eval")
        m = CompileMode::Eval;
    else if (mode == "single")
        m = CompileMode::Single;
    else
        return raise(exc::ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    std::string fname = is_str(a[1]) ? std::string(str_view(a[1])) : "<unknown>";
    // flags: PyCF_ONLY_AST (0x400, ast.parse) asks for the tree, not the code.
    int64_t flags = 0;
    if (a[3] && !is_none(a[3])) {
        if (!is_int(a[3]))
            return raise(exc::TypeError, "'%s' object cannot be interpreted as an integer",
                         type_name(a[3]));
        if (!int_as_int64(a[3], &flags)) return Value();
    }
    if (tree) {
        // A tree asked for as a tree is returned as it is; else compiled.
        if (flags & 0x400) return a[0];
        CodeObject* code = compile_ast_object(a[0], fname, m);
        return code ? Value(code) : Value();
    }
    if (flags & 0x400) return compile_source_to_ast(str_view(a[0]), fname, m);
    CodeObject* code = compile_source(str_view(a[0]), fname, m);
    return code ? Value(code) : Value();
}

// __build_class__(func, name, *bases, metaclass=None, **kwds)
static Value builtin_build_class(Value, const Value* args, size_t nargs, Value kwnames) {
    if (nargs < 2) return raise(exc::TypeError, "__build_class__: not enough arguments");
    Value func = args[0];
    Value name = args[1];
    if (!is_function(func))
        return raise(exc::TypeError, "__build_class__: func must be a function");
    if (!is_str(name)) return raise(exc::TypeError, "__build_class__: name is not a string");
    Value orig_bases = make_tuple_from(args + 2, nargs - 2);
    if (!orig_bases) return orig_bases;
    // PEP 560: bases may substitute themselves through __mro_entries__.
    Value bases = orig_bases;
    bool changed = false;
    {
        ValueVec nb;
        for (size_t i = 0; i < tuple_size(orig_bases); i++) {
            Value b = tuple_get(orig_bases, i);
            if (!isinstance_of(b, &TypeType)) {
                Value me = get_attr_optional(b, names::__mro_entries__);
                if (me) {
                    Value r = call1(me, orig_bases);
                    if (!r) return r;
                    if (!is_tuple(r))
                        return raise(exc::TypeError, "__mro_entries__ must return a tuple");
                    for (size_t j = 0; j < tuple_size(r); j++)
                        nb.push_back(tuple_get(r, j));
                    changed = true;
                    continue;
                }
                if (err_occurred()) return Value();
            }
            nb.push_back(b);
        }
        if (changed) bases = make_tuple_from(nb.data(), nb.size());
    }
    // Keywords: metaclass=..., the rest go to the metaclass.
    Value meta;
    Dict* kw = make_dict();
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        Value k = tuple_get(kwnames, i);
        if (str_view(k) == "metaclass")
            meta = args[nargs + i];
        else if (!dict_set(kw, k, args[nargs + i]))
            return Value();
    }
    bool is_class = true;
    if (!meta) {
        meta = tuple_size(bases) ? Value(type_of(tuple_get(bases, 0))) : Value(&TypeType);
    } else {
        is_class = isinstance_of(meta, &TypeType);
    }
    if (is_class) {
        // The most derived metaclass among the bases'.
        Type* winner = static_cast<Type*>(meta.as_ptr());
        for (size_t i = 0; i < tuple_size(bases); i++) {
            Type* bt = type_of(tuple_get(bases, i));
            if (is_subtype(winner, bt)) continue;
            if (is_subtype(bt, winner)) {
                winner = bt;
                continue;
            }
            return raise(
                exc::TypeError,
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                "subclass of the metaclasses of all its bases");
        }
        meta = Value(winner);
    }
    // The namespace from __prepare__.
    Value ns;
    Value prep = get_attr_optional(meta, names::__prepare__);
    if (prep) {
        Value pargs[2] = {name, bases};
        Value kwn = make_tuple(dict_size(kw));
        ValueVec all;
        all.push_back(name);
        all.push_back(bases);
        size_t pos = 0, j = 0;
        Value k, v;
        while (dict_next(kw, &pos, &k, &v)) {
            tuple_items(kwn)[j++] = k;
            all.push_back(v);
        }
        (void)pargs;
        ns = call(prep, all.data(), 2, kwn);
        if (!ns) return ns;
        // The body stores its names with __setitem__ and reads them with __getitem__.
        if (!type_of(ns)->getitem) {
            const char* who = isinstance_of(meta, &TypeType)
                                  ? static_cast<Type*>(meta.as_ptr())->name
                                  : "<metaclass>";
            return raise(exc::TypeError, "%s.__prepare__() must return a mapping, not %s", who,
                         type_name(ns));
        }
    } else {
        if (err_occurred()) return Value();
        ns = Value(make_dict());
    }
    // Run the class body with the namespace as its locals.
    FunctionObject* f = as_function(func);
    Frame* frame = vm::vm_push_body_frame(f, ns);
    if (!frame) return Value();
    Value cell = vm::eval_frame(frame, false);
    if (!cell) return cell;
    if (changed && set_item(ns, names::__orig_bases__, orig_bases) < 0) return Value();
    // meta(name, bases, ns, **kw)
    ValueVec cargs;
    cargs.push_back(name);
    cargs.push_back(bases);
    cargs.push_back(ns);
    Value kwn = make_tuple(dict_size(kw));
    size_t pos = 0, j = 0;
    Value k, v;
    while (dict_next(kw, &pos, &k, &v)) {
        tuple_items(kwn)[j++] = k;
        cargs.push_back(v);
    }
    Value cls = call(meta, cargs.data(), 3, kwn);
    return cls;
}

// aiter(async_iterable): its __aiter__(), which must be an async iterator.
static Value builtin_aiter(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("aiter", nargs, 1, 1)) return Value();
    if (!lookup_special(args[0], intern("__aiter__")))
        return raise(exc::TypeError, "'%s' object is not an async iterable", type_name(args[0]));
    Value it = call_special(args[0], intern("__aiter__"), {});
    if (!it) return it;
    if (!lookup_special(it, intern("__anext__")))
        return raise(exc::TypeError, "aiter() returned not an async iterator of type '%s'",
                     type_name(it));
    return it;
}

// The awaitable of anext(it, default): awaits it.__anext__() and turns its
// StopAsyncIteration into the default. A coroutine written in Python (CPython
// returns an object of its own type, anext_awaitable, that does the same).
static Value anext_with_default() {
    static Value fn;
    if (fn) return fn;
    static const char* const source = "async def anext_awaitable(awaitable, default):\n"
                                      "    try:\n"
                                      "        return await awaitable\n"
                                      "    except StopAsyncIteration:\n"
                                      "        return default\n";
    CodeObject* code = compile_source(source, "<anext>", CompileMode::Exec);
    if (!code) return Value();
    Dict* g = make_dict();
    if (!g || !dict_set(g, names::__builtins__, g_interp->builtins_module)) return Value();
    if (!vm::run_code(code, Value(g), Value(g))) return Value();
    Value f = dict_get_str(g, intern("anext_awaitable"));
    if (!f) return f;
    gc_add_root(&fn);
    fn = f;
    return fn;
}

static Value builtin_anext(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("anext", nargs, 1, 2)) return Value();
    if (!lookup_special(args[0], intern("__anext__")))
        return raise(exc::TypeError, "'%s' object is not an async iterator", type_name(args[0]));
    Value awaitable = call_special(args[0], intern("__anext__"), {});
    if (!awaitable || nargs == 1) return awaitable;
    Value wrap = anext_with_default();
    if (!wrap) return wrap;
    return call2(wrap, awaitable, args[1]);
}

static const NativeMethodDef core_builtins[] = {
    {"aiter", builtin_aiter, 0, "aiter($module, async_iterable, /)\n--\n\n"},
    {"anext", builtin_anext, 0, "anext($module, aiterator, default=<unrepresentable>, /)\n--\n\n"},
    {"__build_class__", builtin_build_class, NATIVE_KEYWORDS, nullptr},
    {"exec", builtin_exec, NATIVE_KEYWORDS,
     "exec($module, source, globals=None, locals=None, /, *, closure=None)\n--\n\n"},
    {"eval", builtin_eval, NATIVE_KEYWORDS,
     "eval($module, source, globals=None, locals=None, /)\n--\n\n"},
    {"compile", builtin_compile, NATIVE_KEYWORDS,
     "compile($module, /, source, filename, mode, flags=0,\n"
     "        dont_inherit=False, optimize=-1, *, _feature_version=-1)\n--\n\n"},
    {"globals", builtin_globals, 0, "globals($module, /)\n--\n\n"},
    {"locals", builtin_locals, 0, "locals($module, /)\n--\n\n"},
    {"__import__", builtin___import__, NATIVE_KEYWORDS,
     "__import__($module, /, name, globals=None, locals=None, fromlist=(),\n"
     "           level=0)\n--\n\n"},
    {nullptr, nullptr, 0, nullptr},
};

void for_each_exception_type(void (*fn)(Type*));

static Dict* g_builtins_dict;

Value make_builtins_module() {
    ModuleObject* m = make_module("builtins");
    if (!m) return Value();
    Value mod(m);
    g_builtins_dict = m->dict;
    add_functions(m->dict, core_builtins, mod);
    init_builtins_functions(mod);
    Type* types[] = {&ObjectType,  &TypeType,     &IntType,         &BoolType,         &FloatType,
                     &ComplexType, &StrType,      &BytesType,       &ByteArrayType,    &TupleType,
                     &ListType,    &DictType,     &SetType,         &FrozenSetType,    &RangeType,
                     &SliceType,   &PropertyType, &ClassMethodType, &StaticMethodType, &SuperType};
    for (Type* t : types)
        if (t->name) dict_set(m->dict, t->name_str, Value(t));
    add_iterator_types(m->dict);
    dict_set_cstr(m->dict, "memoryview", Value(&MemoryViewType));
    for_each_exception_type([](Type* t) { dict_set(g_builtins_dict, t->name_str, Value(t)); });
    dict_set_cstr(m->dict, "EnvironmentError", Value(exc::OSError));
    dict_set_cstr(m->dict, "IOError", Value(exc::OSError));
    dict_set_cstr(m->dict, "None", None());
    dict_set_cstr(m->dict, "True", True());
    dict_set_cstr(m->dict, "False", False());
    dict_set_cstr(m->dict, "Ellipsis", Ellipsis());
    dict_set_cstr(m->dict, "NotImplemented", NotImplemented());
    dict_set_cstr(m->dict, "__debug__", True());
    return mod;
}

} // namespace uopy
