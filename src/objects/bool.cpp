// bool: a subclass of int with the two immortal instances True and False.
// CPython counterpart: Objects/boolobject.c.
#include "objects/int.h"

#include "objects/str.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/type.h"

namespace uopy {

Type BoolType;
Object TrueObject, FalseObject;

static Value bool_repr(Value self) {
    return intern(self == True() ? "True" : "False");
}

static Value bool_new(Type*, const Value* args, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("bool", kwnames) || !check_nargs("bool", nargs, 0, 1)) return Value();
    if (nargs == 0) return False();
    int t = truthy(args[0]);
    if (t < 0) return Value();
    return Bool(t);
}

template <int OP> static Value bool_logic(Value a, Value b) {
    if (is_bool(a) && is_bool(b)) {
        bool x = a == True(), y = b == True();
        return Bool(OP == NB_AND ? (x && y) : OP == NB_OR ? (x || y) : (x != y));
    }
    return IntType.nb[OP](a, b);
}

void init_bool_type() {
    BoolType.repr = bool_repr;
    BoolType.tp_new = bool_new;
    BoolType.nb[NB_AND] = bool_logic<NB_AND>;
    BoolType.nb[NB_OR] = bool_logic<NB_OR>;
    BoolType.nb[NB_XOR] = bool_logic<NB_XOR>;
    init_static_type(&BoolType, "bool", &IntType, sizeof(Object), 0);
    BoolType.flags &= ~TYPE_BASETYPE;
    TrueObject.type = &BoolType;
    TrueObject.gc_flags = GC_IMMORTAL;
    FalseObject.type = &BoolType;
    FalseObject.gc_flags = GC_IMMORTAL;
}

} // namespace uopy
