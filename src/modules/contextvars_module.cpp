// The _contextvars module for a single thread: context variables, the
// tokens that undo a set(), and contexts (copy_context, Context.run). A
// context is a mapping var -> value; the current one is replaced while
// Context.run runs. CPython counterpart: Python/context.c (which uses an
// immutable HAMT; a copied dict gives the same semantics at small sizes).
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/generic_alias.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <cstdio>
#include <string>

namespace uopy {

namespace {

Type ContextVarType, TokenType, ContextType;

struct ContextVarObject : Object {
    Value name;
    Value dflt; // null: no default
};
struct TokenObject : Object {
    Value context;
    Value var;
    Value old; // null: the variable had no value
    bool used;
};
struct ContextObject : Object {
    Dict* vars;
    bool entered;
};

Value g_current; // the current Context, made on first use

void trace_current(Tracer& t) {
    t.visit(g_current);
}

Value new_context(Dict* vars) {
    auto* c = gc_new<ContextObject>(&ContextType);
    if (!c) return Value();
    c->vars = vars ? vars : make_dict();
    return c->vars ? Value(c) : Value();
}

ContextObject* current() {
    if (!g_current) g_current = new_context(nullptr);
    return static_cast<ContextObject*>(g_current.as_ptr());
}

void var_trace(Object* o, Tracer& t) {
    auto* v = static_cast<ContextVarObject*>(o);
    t.visit(v->name);
    t.visit(v->dflt);
}
void token_trace(Object* o, Tracer& t) {
    auto* k = static_cast<TokenObject*>(o);
    t.visit(k->context);
    t.visit(k->var);
    t.visit(k->old);
}
void context_trace(Object* o, Tracer& t) {
    t.visit(static_cast<ContextObject*>(o)->vars);
}

ContextVarObject* V(Value v) {
    return static_cast<ContextVarObject*>(v.as_ptr());
}

// ContextVar(name, *, default=<missing>)
Value var_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("ContextVar", "name, /, *, default=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    if (!is_str(a[0])) return raise(exc::TypeError, "context variable name must be a str");
    auto* v = gc_new<ContextVarObject>(t);
    if (!v) return Value();
    v->name = a[0];
    v->dflt = a[1];
    return Value(v);
}

Value var_get(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("get", nargs, 0, 1)) return Value();
    Value v = dict_get(current()->vars, self);
    if (v) return v;
    if (err_occurred()) return Value();
    if (nargs) return args[0];
    if (V(self)->dflt) return V(self)->dflt;
    return raise_with_arg(exc::LookupError, self);
}

Value var_set(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("set", nargs, 1, 1)) return Value();
    ContextObject* c = current();
    auto* tok = gc_new<TokenObject>(&TokenType);
    if (!tok) return Value();
    tok->context = Value(c);
    tok->var = self;
    tok->old = dict_get(c->vars, self);
    if (!dict_set(c->vars, self, args[0])) return Value();
    return Value(tok);
}

Value var_reset(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("reset", nargs, 1, 1)) return Value();
    if (type_of(args[0]) != &TokenType)
        return raise(exc::TypeError, "expected an instance of Token, got %s", type_name(args[0]));
    auto* tok = static_cast<TokenObject*>(args[0].as_ptr());
    if (tok->used) return raise(exc::RuntimeError, "Token has already been used once");
    if (tok->var != self)
        return raise(exc::ValueError, "Token was created by a different ContextVar");
    if (tok->context != Value(current()))
        return raise(exc::ValueError, "Token was created in a different Context");
    tok->used = true;
    if (tok->old) {
        if (!dict_set(current()->vars, self, tok->old)) return Value();
    } else if (dict_get(current()->vars, self)) {
        if (dict_del(current()->vars, self) < 0) return Value();
    }
    return None();
}

Value var_repr(Value self) {
    char buf[64];
    std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(self.as_ptr()));
    Value n = repr(V(self)->name);
    if (!n) return n;
    std::string out = "<ContextVar name=" + std::string(str_view(n));
    if (V(self)->dflt) {
        Value d = repr(V(self)->dflt);
        if (!d) return d;
        out += " default=" + std::string(str_view(d));
    }
    return make_str(out + buf);
}

Value var_name(Value self) {
    return V(self)->name;
}

Value token_var(Value self) {
    return static_cast<TokenObject*>(self.as_ptr())->var;
}
Value token_old_value(Value self) {
    Value old = static_cast<TokenObject*>(self.as_ptr())->old;
    if (old) return old;
    Value tt(&TokenType);
    return get_attr(tt, intern("MISSING"));
}

Value m_copy_context(Value, const Value*, size_t nargs, Value) {
    if (!check_nargs("copy_context", nargs, 0, 0)) return Value();
    Dict* copy = dict_copy(current()->vars);
    return copy ? new_context(copy) : Value();
}

Value context_new(Type*, const Value*, size_t nargs, Value kwnames) {
    if (nargs || (kwnames && tuple_size(kwnames)))
        return raise(exc::TypeError, "Context() does not accept any arguments");
    return new_context(nullptr);
}

// ctx.run(callable, *args, **kwargs): runs in [ctx], then back.
Value context_run(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (nargs < 1) return raise(exc::TypeError, "run() missing 1 required positional argument");
    auto* c = static_cast<ContextObject*>(self.as_ptr());
    if (c->entered)
        return raise(exc::RuntimeError, "cannot enter context: %s is already entered",
                     std::string(str_view(repr(self))).c_str());
    Value saved = Value(current());
    c->entered = true;
    g_current = self;
    Value r = call(args[0], args + 1, nargs - 1, kwnames);
    g_current = saved;
    c->entered = false;
    return r;
}

Value context_copy(Value self, const Value*, size_t, Value) {
    Dict* copy = dict_copy(static_cast<ContextObject*>(self.as_ptr())->vars);
    return copy ? new_context(copy) : Value();
}

Value context_get(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("get", nargs, 1, 2)) return Value();
    Value v = dict_get(static_cast<ContextObject*>(self.as_ptr())->vars, args[0]);
    if (v || err_occurred()) return v;
    return nargs > 1 ? args[1] : None();
}

Value context_getitem(Value self, Value key) {
    if (type_of(key) != &ContextVarType)
        return raise(exc::TypeError, "a ContextVar key was expected, got %s", type_name(key));
    Value v = dict_get(static_cast<ContextObject*>(self.as_ptr())->vars, key);
    if (v || err_occurred()) return v;
    return raise_with_arg(exc::KeyError, key);
}

int64_t context_len(Value self) {
    return static_cast<int64_t>(dict_size(static_cast<ContextObject*>(self.as_ptr())->vars));
}

Value context_iter(Value self) {
    return get_iter(Value(static_cast<ContextObject*>(self.as_ptr())->vars));
}

int context_contains(Value self, Value key) {
    Value v = dict_get(static_cast<ContextObject*>(self.as_ptr())->vars, key);
    if (!v && err_occurred()) return -1;
    return v ? 1 : 0;
}

Value context_keys(Value self, const Value*, size_t, Value) {
    return call_method(Value(static_cast<ContextObject*>(self.as_ptr())->vars), "keys", {});
}
Value context_values(Value self, const Value*, size_t, Value) {
    return call_method(Value(static_cast<ContextObject*>(self.as_ptr())->vars), "values", {});
}
Value context_items(Value self, const Value*, size_t, Value) {
    return call_method(Value(static_cast<ContextObject*>(self.as_ptr())->vars), "items", {});
}

const NativeMethodDef var_methods[] = {
    {"get", var_get, 0, nullptr},
    {"set", var_set, 0, nullptr},
    {"reset", var_reset, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
const GetSetDef var_getsets[] = {
    {"name", var_name, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};
const GetSetDef token_getsets[] = {
    {"var", token_var, nullptr, nullptr},
    {"old_value", token_old_value, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};
const NativeMethodDef context_methods[] = {
    {"run", context_run, NATIVE_KEYWORDS, nullptr},
    {"copy", context_copy, 0, nullptr},
    {"get", context_get, 0, nullptr},
    {"keys", context_keys, 0, nullptr},
    {"values", context_values, 0, nullptr},
    {"items", context_items, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
const NativeMethodDef module_functions[] = {
    {"copy_context", m_copy_context, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

void init_types() {
    static bool done = false;
    if (done) return;
    done = true;
    bool was = gc_is_enabled();
    gc_set_enabled(false);
    ContextVarType.trace = var_trace;
    ContextVarType.tp_new = var_new;
    ContextVarType.repr = var_repr;
    init_static_type(&ContextVarType, "_contextvars.ContextVar", &ObjectType,
                     sizeof(ContextVarObject), 0);
    add_methods(&ContextVarType, var_methods);
    add_getsets(&ContextVarType, var_getsets);
    add_class_getitem(&ContextVarType);
    TokenType.trace = token_trace;
    init_static_type(&TokenType, "_contextvars.Token", &ObjectType, sizeof(TokenObject), 0);
    add_getsets(&TokenType, token_getsets);
    add_class_getitem(&TokenType);
    dict_set_cstr(TokenType.dict, "MISSING", make_str("<Token.MISSING>"));
    ContextType.trace = context_trace;
    ContextType.tp_new = context_new;
    ContextType.getitem = context_getitem;
    ContextType.len = context_len;
    ContextType.iter = context_iter;
    ContextType.contains = context_contains;
    init_static_type(&ContextType, "_contextvars.Context", &ObjectType, sizeof(ContextObject),
                     TYPE_WEAKREFABLE);
    add_methods(&ContextType, context_methods);
    for (Type* t : {&ContextVarType, &TokenType, &ContextType})
        add_slot_wrappers(t);
    gc_add_root_fn(trace_current);
    gc_set_enabled(was);
}

} // namespace

Value init_contextvars_module() {
    init_types();
    ModuleObject* m = make_module("_contextvars");
    if (!m) return Value();
    add_functions(m->dict, module_functions, Value(m));
    dict_set_cstr(m->dict, "ContextVar", Value(&ContextVarType));
    dict_set_cstr(m->dict, "Token", Value(&TokenType));
    dict_set_cstr(m->dict, "Context", Value(&ContextType));
    return Value(m);
}

} // namespace uopy
