// Weak references and the _weakref module: weakref.ref (ReferenceType),
// proxies, getweakrefcount/getweakrefs, _remove_dead_weakref. CPython
// counterpart: Objects/weakrefobject.c, Modules/_weakref.c.
//
// With a tracing collector a weak reference is a pointer the collector does
// not follow. Every live reference is registered, keyed by its referent;
// after each marking (gc_add_weak_processor) the references whose referent
// was not reached are cleared, and those with a callback queue it. Callbacks
// run at the next safe point (the eval breaker, or gc.collect() returning),
// never inside the collection: Python code must not run in the middle of an
// allocation. As in PyPy, an object becomes unreachable when the collector
// finds it so, not at the moment its last reference goes.
#include "objects/weakref.h"

#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/interp.h"
#include "runtime/slots.h"
#include "runtime/traceback.h"
#include "runtime/type.h"

#include <cstdio>
#include <unordered_map>
#include <vector>

namespace uopy {

Type WeakRefType;
static Type WeakProxyType;
static Type WeakCallableProxyType;

struct WeakRefObject : Object {
    Object* referent; // not traced; null once cleared
    Value callback;   // null or a callable
    int64_t hash;     // -1 until computed
};

static WeakRefObject* W(Value v) {
    return static_cast<WeakRefObject*>(v.as_ptr());
}

// referent -> its weak references (every kind). Values are WeakRefObject*.
static std::unordered_multimap<Object*, WeakRefObject*>& registry() {
    static auto* m = new std::unordered_multimap<Object*, WeakRefObject*>();
    return *m;
}

// (reference, callback) pairs whose referent died, waiting for a safe point.
static std::vector<Value>& pending() {
    static auto* v = new std::vector<Value>();
    return *v;
}

static void weakref_trace(Object* o, Tracer& t) {
    t.visit(static_cast<WeakRefObject*>(o)->callback);
}

static void trace_pending(Tracer& t) {
    for (Value v : pending())
        t.visit(v);
}

// After marking: clear the references to what did not survive, queue their
// callbacks, and forget references that died themselves.
static void process_weak_references() {
    auto& reg = registry();
    bool queued = false;
    for (auto it = reg.begin(); it != reg.end();) {
        WeakRefObject* w = it->second;
        bool ref_alive = gc_survives(w);
        bool referent_alive = gc_survives(it->first);
        if (ref_alive && referent_alive) {
            ++it;
            continue;
        }
        if (ref_alive) {
            w->referent = nullptr;
            if (w->callback) {
                pending().push_back(Value(w));
                pending().push_back(w->callback);
                w->callback = Value();
                queued = true;
            }
        }
        it = reg.erase(it);
    }
    if (queued) g_interp->eval_breaker = 1;
}

void run_pending_weakref_callbacks() {
    while (!pending().empty()) {
        std::vector<Value> batch;
        batch.swap(pending());
        for (size_t i = 0; i + 1 < batch.size(); i += 2) {
            Value r = call1(batch[i + 1], batch[i]);
            if (!r) {
                // As CPython reports an exception a callback raises: printed, not raised.
                Value exc = err_fetch();
                Value cb = repr(batch[i + 1]);
                std::fprintf(stderr, "Exception ignored in: %s\n",
                             cb ? std::string(str_view(cb)).c_str() : "<callback>");
                if (!cb) err_clear();
                print_exception(exc);
            }
        }
    }
}

// Whether [v] accepts weak references: its class says so (see
// TYPE_WEAKREFABLE), as CPython's tp_weaklistoffset does.
static bool weakrefable(Value v) {
    return v.is_ptr() && (type_of(v)->flags & TYPE_WEAKREFABLE);
}

Value weakref_first(Value obj) {
    if (!obj.is_ptr()) return None();
    auto range = registry().equal_range(obj.as_ptr());
    WeakRefObject* any = nullptr;
    for (auto it = range.first; it != range.second; ++it) {
        WeakRefObject* w = it->second;
        if (!w->referent) continue;
        if (w->type == &WeakRefType && !w->callback) return Value(w);
        if (!any) any = w;
    }
    return any ? Value(any) : None();
}

static Value new_weakref(Type* type, Value obj, Value callback) {
    if (!weakrefable(obj))
        return raise(exc::TypeError, "cannot create weak reference to '%s' object", type_name(obj));
    if (callback && is_none(callback)) callback = Value();
    // A plain reference without a callback is shared, as in CPython.
    if (!callback && type == &WeakRefType) {
        auto range = registry().equal_range(obj.as_ptr());
        for (auto it = range.first; it != range.second; ++it)
            if (it->second->type == &WeakRefType && !it->second->callback) return Value(it->second);
    }
    Value v = type == &WeakRefType || type == &WeakProxyType || type == &WeakCallableProxyType
                  ? Value(gc_new<WeakRefObject>(type))
                  : alloc_instance(type);
    if (!v) return v;
    WeakRefObject* w = W(v);
    w->referent = obj.as_ptr();
    w->callback = callback;
    w->hash = -1;
    registry().emplace(obj.as_ptr(), w);
    return v;
}

// ref(ob, callback=None) takes one or two positional arguments, as
// CPython's PyArg_UnpackTuple(args, [fname], 1, 2) does.
static bool weakref_check_args(const char* fname, size_t nargs) {
    if (nargs >= 1 && nargs <= 2) return true;
    if (nargs < 1)
        raise(exc::TypeError, "%s expected at least 1 argument, got %zu", fname, nargs);
    else
        raise(exc::TypeError, "%s expected at most 2 arguments, got %zu", fname, nargs);
    return false;
}

// __new__ ignores keyword arguments, so that a subclass's __init__ may
// take its own (CPython's weakref___new__ does the same); __init__ does not.
static Value weakref_new(Type* type, const Value* args, size_t nargs, Value) {
    if (!weakref_check_args("__new__", nargs)) return Value();
    return new_weakref(type, args[0], nargs > 1 ? args[1] : Value());
}

static int weakref_init(Value, const Value*, size_t nargs, Value kwnames) {
    if (kwnames && tuple_size(kwnames)) {
        raise(exc::TypeError, "ref() takes no keyword arguments");
        return -1;
    }
    return weakref_check_args("__init__", nargs) ? 0 : -1;
}

static Value referent_of(Value self) {
    Object* o = W(self)->referent;
    return o ? Value(o) : None();
}

static Value weakref_call(Value self, const Value*, size_t nargs, Value kwnames) {
    if (nargs || (kwnames && tuple_size(kwnames)))
        return raise(exc::TypeError, "weakref() takes no arguments");
    return referent_of(self);
}

static int64_t weakref_hash(Value self) {
    WeakRefObject* w = W(self);
    if (w->hash != -1) return w->hash;
    if (!w->referent) {
        raise(exc::TypeError, "weak object has gone away");
        return -1;
    }
    w->hash = hash_of(Value(w->referent));
    return w->hash;
}

static Value weakref_richcompare(Value a, Value b, CompareOp op) {
    if ((op != CMP_EQ && op != CMP_NE) || !isinstance_of(b, &WeakRefType)) return NotImplemented();
    Object* x = W(a)->referent;
    Object* y = W(b)->referent;
    if (!x || !y) {
        bool same = a == b;
        return Bool(op == CMP_EQ ? same : !same);
    }
    return rich_compare(Value(x), Value(y), op);
}

static Value weakref_repr(Value self) {
    char buf[160];
    Object* o = W(self)->referent;
    if (!o) {
        std::snprintf(buf, sizeof buf, "<weakref at %p; dead>", static_cast<void*>(self.as_ptr()));
        return make_str(buf);
    }
    std::snprintf(buf, sizeof buf, "<weakref at %p; to '%s' at %p>",
                  static_cast<void*>(self.as_ptr()), type_name(Value(o)), static_cast<void*>(o));
    return make_str(buf);
}

static Value weakref_get_callback(Value self) {
    Value cb = W(self)->callback;
    return cb ? cb : None();
}

static Value weakref_class_getitem(Value cls, const Value* args, size_t nargs, Value) {
    if (!check_nargs("__class_getitem__", nargs, 1, 1)) return Value();
    return make_generic_alias(cls, args[0]);
}

static const GetSetDef weakref_getsets[] = {
    {"__callback__", weakref_get_callback, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};
static const NativeMethodDef weakref_methods[] = {
    {"__class_getitem__", weakref_class_getitem, NATIVE_CLASS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// -- Proxies: every operation goes to the referent, while it lives ---------------------------

static Value live_referent(Value proxy) {
    Object* o = W(proxy)->referent;
    if (!o) return raise(exc::ReferenceError, "weakly-referenced object no longer exists");
    return Value(o);
}

static Value proxy_getattr(Value self, Value name) {
    Value o = live_referent(self);
    return o ? get_attr(o, name) : o;
}
static int proxy_setattr(Value self, Value name, Value value) {
    Value o = live_referent(self);
    if (!o) return -1;
    return set_attr(o, name, value);
}
static Value proxy_repr(Value self) {
    char buf[160];
    Object* o = W(self)->referent;
    std::snprintf(buf, sizeof buf, "<weakproxy at %p; to '%s' at %p>",
                  static_cast<void*>(self.as_ptr()), o ? type_name(Value(o)) : "NoneType",
                  static_cast<void*>(o));
    return make_str(buf);
}
static Value proxy_str(Value self) {
    Value o = live_referent(self);
    return o ? str_of(o) : o;
}
static Value proxy_call(Value self, const Value* args, size_t nargs, Value kwnames) {
    Value o = live_referent(self);
    return o ? call(o, args, nargs, kwnames) : o;
}
static int proxy_bool(Value self) {
    Value o = live_referent(self);
    return o ? truthy(o) : -1;
}
static Value proxy_richcompare(Value a, Value b, CompareOp op) {
    Value o = live_referent(a);
    if (!o) return o;
    if (b.is_ptr() && (type_of(b) == &WeakProxyType || type_of(b) == &WeakCallableProxyType)) {
        b = live_referent(b);
        if (!b) return b;
    }
    return rich_compare(o, b, op);
}
static Value proxy_getitem(Value self, Value key) {
    Value o = live_referent(self);
    return o ? get_item(o, key) : o;
}
static int proxy_setitem(Value self, Value key, Value value) {
    Value o = live_referent(self);
    if (!o) return -1;
    return value ? set_item(o, key, value) : del_item(o, key);
}
static int64_t proxy_len(Value self) {
    Value o = live_referent(self);
    return o ? length(o) : -1;
}
static Value proxy_iter(Value self) {
    Value o = live_referent(self);
    return o ? get_iter(o) : o;
}

// -- The module -------------------------------------------------------------------------------

static Value m_getweakrefcount(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("getweakrefcount", nargs, 1, 1)) return Value();
    if (!args[0].is_ptr()) return Value::small_int(0);
    return make_int(static_cast<int64_t>(registry().count(args[0].as_ptr())));
}

static Value m_getweakrefs(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("getweakrefs", nargs, 1, 1)) return Value();
    Value out = make_list(0);
    if (!out || !args[0].is_ptr()) return out;
    auto range = registry().equal_range(args[0].as_ptr());
    for (auto it = range.first; it != range.second; ++it)
        if (!list_append(out, Value(it->second))) return Value();
    return out;
}

static Value m_proxy(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("proxy", nargs, 1, 2)) return Value();
    Type* t = callable(args[0]) ? &WeakCallableProxyType : &WeakProxyType;
    return new_weakref(t, args[0], nargs > 1 ? args[1] : Value());
}

// _remove_dead_weakref(dict, key): deletes dict[key] if it is a dead reference.
static Value m_remove_dead_weakref(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("_remove_dead_weakref", nargs, 2, 2)) return Value();
    if (!is_dict(args[0])) return raise(exc::TypeError, "not a dict");
    Dict* d = as_dict(args[0]);
    Value v = dict_get(d, args[1]);
    if (!v) {
        if (err_occurred()) return Value();
        return None();
    }
    if (isinstance_of(v, &WeakRefType) && !W(v)->referent) {
        if (dict_del(d, args[1]) < 0) {
            if (!err_matches(exc::KeyError)) return Value();
            err_clear();
        }
    }
    return None();
}

static const NativeMethodDef weakref_functions[] = {
    {"getweakrefcount", m_getweakrefcount, 0, nullptr},
    {"getweakrefs", m_getweakrefs, 0, nullptr},
    {"proxy", m_proxy, 0, nullptr},
    {"_remove_dead_weakref", m_remove_dead_weakref, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Value init_weakref_module() {
    ModuleObject* m = make_module("_weakref");
    if (!m) return Value();
    add_functions(m->dict, weakref_functions, Value(m));
    dict_set_cstr(m->dict, "ref", Value(&WeakRefType));
    dict_set_cstr(m->dict, "ReferenceType", Value(&WeakRefType));
    dict_set_cstr(m->dict, "ProxyType", Value(&WeakProxyType));
    dict_set_cstr(m->dict, "CallableProxyType", Value(&WeakCallableProxyType));
    return Value(m);
}

void init_weakref_types() {
    WeakRefType.trace = weakref_trace;
    WeakRefType.tp_new = weakref_new;
    WeakRefType.init = weakref_init;
    WeakRefType.call = weakref_call;
    WeakRefType.hash = weakref_hash;
    WeakRefType.richcompare = weakref_richcompare;
    WeakRefType.repr = weakref_repr;
    init_static_type(&WeakRefType, "weakref.ReferenceType", &ObjectType, sizeof(WeakRefObject),
                     TYPE_BASETYPE);
    add_getsets(&WeakRefType, weakref_getsets);
    add_methods(&WeakRefType, weakref_methods);

    for (Type* t : {&WeakProxyType, &WeakCallableProxyType}) {
        t->trace = weakref_trace;
        t->getattr = proxy_getattr;
        t->setattr = proxy_setattr;
        t->repr = proxy_repr;
        t->str = proxy_str;
        t->nb_bool = proxy_bool;
        t->richcompare = proxy_richcompare;
        t->getitem = proxy_getitem;
        t->setitem = proxy_setitem;
        t->len = proxy_len;
        t->iter = proxy_iter;
        if (t == &WeakCallableProxyType) t->call = proxy_call;
        init_static_type(t, t == &WeakProxyType ? "weakref.ProxyType" : "weakref.CallableProxyType",
                         &ObjectType, sizeof(WeakRefObject), 0);
    }
    gc_add_root_fn(trace_pending);
    gc_add_weak_processor(process_weak_references);
}

} // namespace uopy
