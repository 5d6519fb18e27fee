// types.UnionType: what `int | str` evaluates to (PEP 604). It records the
// member types, flattened and without repeats, prints as written, and works
// as the second argument of isinstance() and issubclass(). CPython
// counterpart: Objects/unionobject.c.
#include "objects/union_type.h"

#include "objects/generic_alias.h"
#include "objects/function.h"
#include "objects/set.h"
#include "objects/str.h"
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

static Type UnionType;

struct UnionObject : Object {
    Value args; // tuple of the member types, None as type(None)
};

static UnionObject* U(Value v) {
    return static_cast<UnionObject*>(v.as_ptr());
}

static void union_trace(Object* o, Tracer& t) {
    t.visit(static_cast<UnionObject*>(o)->args);
}

static bool is_union(Value v) {
    return v.is_ptr() && type_of(v) == &UnionType;
}

// What may stand on either side of `|` to make a union.
static bool unionable(Value v) {
    return is_none(v) || (v.is_ptr() && isinstance_of(v, &TypeType)) || is_generic_alias(v) ||
           is_union(v);
}

// Appends [v]'s members (a union's own, or v itself) unless already there.
static bool add_members(std::vector<Value>& out, Value v) {
    if (is_union(v)) {
        for (size_t i = 0; i < tuple_size(U(v)->args); i++)
            if (!add_members(out, tuple_get(U(v)->args, i))) return false;
        return true;
    }
    if (is_none(v)) v = Value(&NoneType);
    for (Value have : out) {
        // Types by identity; generic aliases by equality, as CPython dedups.
        if (have == v) return true;
        if (is_generic_alias(v) && is_generic_alias(have)) {
            int eq = rich_compare_bool(have, v, CMP_EQ);
            if (eq < 0) return false;
            if (eq) return true;
        }
    }
    out.push_back(v);
    return true;
}

Value type_or(Value a, Value b) {
    if (!unionable(a) || !unionable(b)) return NotImplemented();
    std::vector<Value> members;
    if (!add_members(members, a) || !add_members(members, b)) return Value();
    if (members.size() == 1) return members[0];
    Value args = make_tuple_from(members.data(), members.size());
    if (!args) return args;
    auto* u = gc_new<UnionObject>(&UnionType);
    if (!u) return Value();
    u->args = args;
    return Value(u);
}

static Value union_repr(Value self) {
    std::string out;
    Value args = U(self)->args;
    for (size_t i = 0; i < tuple_size(args); i++) {
        if (i) out += " | ";
        Value a = tuple_get(args, i);
        if (a == Value(&NoneType)) {
            out += "None";
            continue;
        }
        if (a.is_ptr() && isinstance_of(a, &TypeType)) {
            Type* t = static_cast<Type*>(a.as_ptr());
            Value mod = get_attr_optional(a, intern("__module__"));
            if (!mod && err_occurred()) return Value();
            if (mod && is_str(mod) && str_view(mod) != "builtins") {
                out += str_view(mod);
                out += ".";
            }
            out += is_str(t->qualname) ? std::string(str_view(t->qualname)) : std::string(t->name);
            continue;
        }
        Value r = repr(a);
        if (!r) return r;
        out += str_view(r);
    }
    return make_str(out);
}

static Value make_frozenset_from(Value items) {
    Value s = make_set(&FrozenSetType);
    if (!s || !set_update(s, items)) return Value();
    return s;
}

// Unions are equal when they have the same members in any order.
static Value union_richcompare(Value a, Value b, CompareOp op) {
    if (!is_union(b) || (op != CMP_EQ && op != CMP_NE)) return NotImplemented();
    Value sa = make_frozenset_from(U(a)->args);
    if (!sa) return sa;
    Value sb = make_frozenset_from(U(b)->args);
    if (!sb) return sb;
    return rich_compare(sa, sb, op);
}

static int64_t union_hash(Value self) {
    Value s = make_frozenset_from(U(self)->args);
    if (!s) return -1;
    return hash_of(s);
}

// isinstance()/issubclass() with a union: any member; a parameterized
// generic cannot be checked.
static Value union_check(Value self, const Value* args, size_t nargs, bool instance) {
    if (!check_nargs(instance ? "__instancecheck__" : "__subclasscheck__", nargs, 1, 1))
        return Value();
    Value members = U(self)->args;
    for (size_t i = 0; i < tuple_size(members); i++)
        if (is_generic_alias(tuple_get(members, i)))
            return raise(exc::TypeError, "%s() argument 2 cannot be a parameterized generic",
                         instance ? "isinstance" : "issubclass");
    int r = instance ? is_instance(args[0], members) : is_subclass(args[0], members);
    if (r < 0) return Value();
    return Bool(r != 0);
}
static Value union_instancecheck(Value self, const Value* args, size_t nargs, Value) {
    return union_check(self, args, nargs, true);
}
static Value union_subclasscheck(Value self, const Value* args, size_t nargs, Value) {
    return union_check(self, args, nargs, false);
}

static Value union_args(Value self) {
    return U(self)->args;
}
static Value union_parameters(Value) {
    return empty_tuple();
}

static const NativeMethodDef union_methods[] = {
    {"__instancecheck__", union_instancecheck, 0, nullptr},
    {"__subclasscheck__", union_subclasscheck, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static const GetSetDef union_getsets[] = {
    {"__args__", union_args, nullptr, nullptr},
    {"__parameters__", union_parameters, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

void init_union_type() {
    UnionType.trace = union_trace;
    UnionType.repr = union_repr;
    UnionType.richcompare = union_richcompare;
    UnionType.hash = union_hash;
    UnionType.nb[NB_OR] = type_or;
    init_static_type(&UnionType, "types.UnionType", &ObjectType, sizeof(UnionObject), 0);
    add_methods(&UnionType, union_methods);
    add_getsets(&UnionType, union_getsets);
}

} // namespace uopy
