// Calling from C++ and binding arguments to parameters (see call.h).
// CPython counterpart: Objects/call.c, and initialize_locals() in
// Python/ceval.c for the binding rules and their error messages.
#include "runtime/call.h"

#include "objects/dict.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/type.h"

#include <string>
#include <vector>

namespace uopy {

// Set by the VM at start-up: runs a Python function in a nested eval loop.
Value (*g_call_python_function)(FunctionObject* f, const Value* args, size_t nargs,
                                Value kwnames) = nullptr;

Value call(Value callable, const Value* args, size_t nargs, Value kwnames) {
    if (kwnames && tuple_size(kwnames) == 0) kwnames = Value();
    Type* t = type_of(callable);
    if (t == &FunctionType)
        return g_call_python_function(as_function(callable), args, nargs, kwnames);
    if (!t->call) return raise(exc::TypeError, "'%s' object is not callable", t->name);
    return t->call(callable, args, nargs, kwnames);
}

Value call0(Value callable) {
    return call(callable, nullptr, 0);
}
Value call1(Value callable, Value a) {
    return call(callable, &a, 1);
}
Value call2(Value callable, Value a, Value b) {
    Value args[2] = {a, b};
    return call(callable, args, 2);
}
Value call_list(Value callable, std::initializer_list<Value> args) {
    return call(callable, args.begin(), args.size());
}

Value call_tuple_dict(Value callable, Value args, Value kwargs) {
    size_t npos = tuple_size(args);
    if (!kwargs || dict_size(as_dict(kwargs)) == 0) return call(callable, tuple_items(args), npos);
    Dict* kw = as_dict(kwargs);
    size_t total = npos + dict_size(kw);
    // The arguments laid out as a vectorcall: on the C++ stack (which the
    // collector scans) when they are few, as they nearly always are.
    Value small[16];
    ValueVec big;
    Value* all = small;
    if (total > 16) {
        big.resize(total);
        all = big.data();
    }
    for (size_t i = 0; i < npos; i++)
        all[i] = tuple_get(args, i);
    Value names = make_tuple(dict_size(kw));
    if (!names) return names;
    size_t pos = 0, i = 0;
    Value k, v;
    while (dict_next(kw, &pos, &k, &v)) {
        if (!is_str(k)) return raise(exc::TypeError, "keywords must be strings");
        tuple_items(names)[i] = k;
        all[npos + i] = v;
        i++;
    }
    return call(callable, all, npos, names);
}

Value lookup_special(Value obj, Value name) {
    return type_lookup(type_of(obj), name);
}

Value call_special(Value obj, Value name, std::initializer_list<Value> args) {
    Value f = lookup_special(obj, name);
    if (!f) return Value();
    Type* ft = type_of(f);
    // Plain functions and method descriptors take self as the first argument
    // without creating a bound method.
    if (ft == &FunctionType || (ft->flags & TYPE_METHOD_DESCRIPTOR)) {
        Value buf[8];
        ValueVec big;
        Value* all = buf;
        if (args.size() + 1 > 8) {
            big.resize(args.size() + 1);
            all = big.data();
        }
        all[0] = obj;
        size_t i = 1;
        for (Value a : args)
            all[i++] = a;
        return call(f, all, args.size() + 1);
    }
    if (ft->descr_get) {
        f = ft->descr_get(f, obj, Value(type_of(obj)));
        if (!f) return f;
    }
    return call(f, args.begin(), args.size());
}

Value call_method(Value obj, const char* name, std::initializer_list<Value> args) {
    Value n = intern_cstr(name);
    Value f = n ? get_attr(obj, n) : n;
    if (!f) return f;
    return call(f, args.begin(), args.size());
}

// -- Argument binding for Python functions -------------------------------------------

static std::string func_label(FunctionObject* f) {
    return std::string(str_view(f->qualname)) + "()";
}

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'" as CPython lists missing names.
static std::string name_list(const std::vector<std::string>& names) {
    std::string s;
    for (size_t i = 0; i < names.size(); i++) {
        if (i) s += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
        s += "'" + names[i] + "'";
    }
    return s;
}

[[gnu::cold, gnu::noinline]] static bool report_missing_args(FunctionObject* f, Value* locals,
                                                             int start, int end, bool kwonly) {
    CodeObject* co = f->code;
    std::vector<std::string> missing;
    for (int i = start; i < end; i++)
        if (!locals[i]) missing.push_back(std::string(str_view(tuple_get(co->localsplusnames, i))));
    if (missing.empty()) return true;
    std::string msg = func_label(f) + " missing " + std::to_string(missing.size()) + " required " +
                      (kwonly ? "keyword-only" : "positional") + " argument" +
                      (missing.size() == 1 ? "" : "s") + ": " + name_list(missing);
    raise_str(exc::TypeError, msg);
    return false;
}

// False (TypeError set) when a parameter in [start, end) got no value.
static inline bool missing_args(FunctionObject* f, Value* locals, int start, int end, bool kwonly) {
    for (int i = start; i < end; i++)
        if (!locals[i]) return report_missing_args(f, locals, start, end, kwonly);
    return true;
}

// "f() takes 2 positional arguments but 3 were given" (no *args parameter).
[[gnu::cold, gnu::noinline]] static bool report_too_many_positional(FunctionObject* f, size_t nargs,
                                                                    Value kwnames) {
    CodeObject* co = f->code;
    int argcount = co->argcount;
    int total = argcount + co->kwonlyargcount;
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    // Keyword-only arguments given are counted, as CPython does.
    int kwonly_given = 0;
    for (size_t k = 0; k < nkw; k++) {
        Value name = tuple_get(kwnames, k);
        for (int j = argcount; j < total; j++)
            if (str_equal(name, tuple_get(co->localsplusnames, j))) kwonly_given++;
    }
    int defcount = f->defaults ? static_cast<int>(tuple_size(f->defaults)) : 0;
    std::string takes;
    if (defcount) {
        takes = "from " + std::to_string(argcount - defcount) + " to " + std::to_string(argcount) +
                " positional arguments";
    } else {
        takes = std::to_string(argcount) + " positional argument" + (argcount == 1 ? "" : "s");
    }
    std::string given = std::to_string(nargs);
    std::string msg = func_label(f) + " takes " + takes + " but " + given;
    if (kwonly_given) {
        msg += " positional argument" + std::string(nargs == 1 ? "" : "s") + " (and " +
               std::to_string(kwonly_given) + " keyword-only argument" +
               (kwonly_given == 1 ? "" : "s") + ") were given";
    } else {
        msg += nargs == 1 ? " was given" : " were given";
    }
    raise_str(exc::TypeError, msg);
    return false;
}

// The parameter named [name] among [first, total), or -1. Parameter names
// are interned: an interned keyword can only be one of them by identity.
static inline int find_parameter(CodeObject* co, int first, int total, Value name) {
    const Value* pnames = tuple_items(co->localsplusnames);
    for (int j = first; j < total; j++)
        if (pnames[j] == name) return j;
    if (as_str(name)->aux & STR_INTERNED) return -1;
    for (int j = first; j < total; j++)
        if (str_equal(pnames[j], name)) return j;
    return -1;
}

// The keywords from [k] on, once one is a problem (no such parameter and no
// **kwargs, or a parameter given twice): binds or reports as CPython does --
// positional-only names passed as keywords are collected and reported
// together after the others are bound.
[[gnu::cold, gnu::noinline]] static bool bind_keywords_slow(FunctionObject* f, Value* locals,
                                                            const Value* args, size_t nargs,
                                                            Value kwnames, size_t k, Dict* kwdict) {
    CodeObject* co = f->code;
    int total = co->argcount + co->kwonlyargcount;
    size_t nkw = tuple_size(kwnames);
    std::vector<std::string> posonly_as_kw;
    for (; k < nkw; k++) {
        Value name = tuple_get(kwnames, k);
        Value value = args[nargs + k];
        int found = find_parameter(co, co->posonlyargcount, total, name);
        if (found < 0) {
            if (kwdict) {
                // A positional-only name may still land in **kwargs.
                if (!dict_set(kwdict, name, value)) return false;
                continue;
            }
            for (int j = 0; j < co->posonlyargcount; j++)
                if (str_equal(tuple_get(co->localsplusnames, j), name))
                    posonly_as_kw.push_back(std::string(str_view(name)));
            if (!posonly_as_kw.empty()) continue;
            std::string msg = func_label(f) + " got an unexpected keyword argument '" +
                              std::string(str_view(name)) + "'";
            raise_str(exc::TypeError, msg);
            return false;
        }
        if (locals[found]) {
            std::string msg = func_label(f) + " got multiple values for argument '" +
                              std::string(str_view(name)) + "'";
            raise_str(exc::TypeError, msg);
            return false;
        }
        locals[found] = value;
    }
    if (!posonly_as_kw.empty()) {
        std::string msg =
            func_label(f) + " got some positional-only arguments passed as keyword arguments: ";
        // CPython quotes the whole list once: 'a, b'.
        msg += "'";
        for (size_t i = 0; i < posonly_as_kw.size(); i++) {
            if (i) msg += ", ";
            msg += posonly_as_kw[i];
        }
        msg += "'";
        raise_str(exc::TypeError, msg);
        return false;
    }
    return true;
}

bool bind_arguments(FunctionObject* f, Value* locals, const Value* args, size_t nargs,
                    Value kwnames) {
    CodeObject* co = f->code;
    int argcount = co->argcount;
    int kwonly = co->kwonlyargcount;
    int total = argcount + kwonly;
    bool has_varargs = co->flags & CO_VARARGS;
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    Dict* kwdict = nullptr;
    if (co->flags & CO_VARKEYWORDS) {
        kwdict = make_dict();
        if (!kwdict) return false;
        locals[total + (has_varargs ? 1 : 0)] = Value(kwdict);
    }
    size_t n = std::min<size_t>(nargs, static_cast<size_t>(argcount));
    for (size_t i = 0; i < n; i++)
        locals[i] = args[i];
    if (has_varargs) {
        Value rest = nargs > n ? make_tuple_from(args + n, nargs - n) : empty_tuple();
        if (!rest) return false;
        locals[total] = rest;
    } else if (nargs > static_cast<size_t>(argcount)) {
        return report_too_many_positional(f, nargs, kwnames);
    }
    // Keywords: each names a parameter not bound yet, or goes to **kwargs.
    for (size_t k = 0; k < nkw; k++) {
        Value name = tuple_items(kwnames)[k];
        int found = find_parameter(co, co->posonlyargcount, total, name);
        if (found >= 0 && !locals[found]) {
            locals[found] = args[nargs + k];
        } else if (found < 0 && kwdict) {
            if (!dict_set(kwdict, name, args[nargs + k])) return false;
        } else {
            if (!bind_keywords_slow(f, locals, args, nargs, kwnames, k, kwdict)) return false;
            break;
        }
    }
    // Defaults for the trailing positionals.
    if (nargs < static_cast<size_t>(argcount)) {
        int defcount = f->defaults ? static_cast<int>(tuple_size(f->defaults)) : 0;
        int first_default = argcount - defcount;
        for (int i = static_cast<int>(nargs); i < argcount; i++) {
            if (!locals[i] && i >= first_default)
                locals[i] = tuple_get(f->defaults, i - first_default);
        }
        if (!missing_args(f, locals, static_cast<int>(nargs), argcount, false)) return false;
    }
    if (kwonly) {
        for (int i = argcount; i < total; i++) {
            if (locals[i]) continue;
            if (f->kwdefaults) {
                Value d = dict_get_str(as_dict(f->kwdefaults), tuple_get(co->localsplusnames, i));
                if (d) locals[i] = d;
            }
        }
        if (!missing_args(f, locals, argcount, total, true)) return false;
    }
    return true;
}

} // namespace uopy
