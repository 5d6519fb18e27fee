#include "objects/generic_alias.h"

#include "objects/function.h"
#include "objects/str.h"
#include "objects/union_type.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <string>
#include <vector>

namespace uopy {

static Type GenericAliasType;

struct GenericAliasObject : Object {
    Value origin;
    Value args; // tuple
};

bool is_generic_alias(Value v) {
    return v.is_ptr() && type_of(v) == &GenericAliasType;
}

static GenericAliasObject* GA(Value v) {
    return static_cast<GenericAliasObject*>(v.as_ptr());
}

static void ga_trace(Object* o, Tracer& t) {
    t.visit(static_cast<GenericAliasObject*>(o)->origin);
    t.visit(static_cast<GenericAliasObject*>(o)->args);
}

static Value new_generic_alias(Type* type, Value origin, Value args) {
    Value tuple = is_tuple(args) ? args : tuple_pack({args});
    if (!tuple) return tuple;
    // A subclass (collections.abc's _CallableGenericAlias) has its own layout.
    Value v =
        type == &GenericAliasType ? Value(gc_new<GenericAliasObject>(type)) : alloc_instance(type);
    if (!v) return v;
    auto* g = GA(v);
    g->origin = origin;
    g->args = tuple;
    return Value(g);
}

Value make_generic_alias(Value origin, Value args) {
    return new_generic_alias(&GenericAliasType, origin, args);
}

// types.GenericAlias(origin, args).
static Value ga_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    if (kwnames && tuple_size(kwnames))
        return raise(exc::TypeError, "GenericAlias() takes no keyword arguments");
    if (nargs != 2)
        return raise(exc::TypeError, "GenericAlias expected 2 arguments, got %zu", nargs);
    return new_generic_alias(type, args[0], args[1]);
}

// A type prints as module.qualname (just qualname for builtins), ... as
// "...", anything else by repr.
static bool append_arg(std::string& out, Value v) {
    if (v == Ellipsis()) {
        out += "...";
        return true;
    }
    if (v.is_ptr() && isinstance_of(v, &TypeType)) {
        Type* t = static_cast<Type*>(v.as_ptr());
        Value mod = get_attr_optional(v, intern("__module__"));
        if (!mod && err_occurred()) return false;
        if (mod && is_str(mod) && str_view(mod) != "builtins") {
            out += str_view(mod);
            out += ".";
        }
        out += is_str(t->qualname) ? std::string(str_view(t->qualname)) : std::string(t->name);
        return true;
    }
    Value r = repr(v);
    if (!r) return false;
    out += str_view(r);
    return true;
}

static Value ga_repr(Value self) {
    std::string out;
    if (!append_arg(out, GA(self)->origin)) return Value();
    out += "[";
    Value args = GA(self)->args;
    if (tuple_size(args) == 0) out += "()";
    for (size_t i = 0; i < tuple_size(args); i++) {
        if (i) out += ", ";
        if (!append_arg(out, tuple_get(args, i))) return Value();
    }
    return make_str(out + "]");
}

static Value ga_call(Value self, const Value* args, size_t nargs, Value kwnames) {
    return call(GA(self)->origin, args, nargs, kwnames);
}

static Value ga_richcompare(Value a, Value b, CompareOp op) {
    if (type_of(b) != &GenericAliasType || (op != CMP_EQ && op != CMP_NE)) return NotImplemented();
    int eq = rich_compare_bool(GA(a)->origin, GA(b)->origin, CMP_EQ);
    if (eq < 0) return Value();
    if (eq) eq = rich_compare_bool(GA(a)->args, GA(b)->args, CMP_EQ);
    if (eq < 0) return Value();
    return Bool(op == CMP_EQ ? eq : !eq);
}

static int64_t ga_hash(Value self) {
    int64_t a = hash_of(GA(self)->origin), b = hash_of(GA(self)->args);
    if (a == -1 || b == -1) return -1;
    int64_t h = a ^ b;
    return h == -1 ? -2 : h;
}

static Value g_origin(Value self) {
    return GA(self)->origin;
}
static Value g_args(Value self) {
    return GA(self)->args;
}
// The type variables among the arguments, in order, each once: what has
// __typing_subst__ (a TypeVar), and the parameters of nested aliases.
static Value g_parameters(Value self) {
    std::vector<Value> params;
    auto add = [&](Value p) {
        for (Value q : params)
            if (q == p) return;
        params.push_back(p);
    };
    Value args = GA(self)->args;
    for (size_t i = 0; i < tuple_size(args); i++) {
        Value a = tuple_get(args, i);
        if (a.is_ptr() && isinstance_of(a, &TypeType)) continue;
        Value subst = get_attr_optional(a, intern("__typing_subst__"));
        if (!subst && err_occurred()) return Value();
        if (subst) {
            add(a);
            continue;
        }
        Value inner = get_attr_optional(a, intern("__parameters__"));
        if (!inner && err_occurred()) return Value();
        if (inner && is_tuple(inner))
            for (size_t k = 0; k < tuple_size(inner); k++)
                add(tuple_get(inner, k));
    }
    return make_tuple_from(params.data(), params.size());
}

// class C(list[int]): the base is list.
static Value ga_mro_entries(Value self, const Value*, size_t, Value) {
    return tuple_pack({GA(self)->origin});
}
static const NativeMethodDef ga_methods[] = {
    {"__mro_entries__", ga_mro_entries, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static const GetSetDef ga_getsets[] = {
    {"__origin__", g_origin, nullptr, nullptr},
    {"__args__", g_args, nullptr, nullptr},
    {"__parameters__", g_parameters, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

static Value class_getitem(Value cls, const Value* args, size_t nargs, Value) {
    if (!check_nargs("__class_getitem__", nargs, 1, 1)) return Value();
    return make_generic_alias(cls, args[0]);
}
static const NativeMethodDef class_getitem_def[] = {
    {"__class_getitem__", class_getitem, NATIVE_CLASS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

void add_class_getitem(Type* t) {
    add_methods(t, class_getitem_def);
}

void init_generic_alias_type() {
    GenericAliasType.trace = ga_trace;
    GenericAliasType.repr = ga_repr;
    GenericAliasType.call = ga_call;
    GenericAliasType.richcompare = ga_richcompare;
    GenericAliasType.hash = ga_hash;
    GenericAliasType.nb[NB_OR] = type_or;
    GenericAliasType.tp_new = ga_new;
    init_static_type(&GenericAliasType, "types.GenericAlias", &ObjectType,
                     sizeof(GenericAliasObject), TYPE_BASETYPE | TYPE_WEAKREFABLE);
    add_getsets(&GenericAliasType, ga_getsets);
    add_methods(&GenericAliasType, ga_methods);
}

} // namespace uopy
