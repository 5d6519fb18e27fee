// The default pickling protocol of `object`: __reduce_ex__, __reduce__ and
// __getstate__, which copy, deepcopy and pickle use for every instance whose
// class does not define its own. CPython counterpart: the reduce and
// getstate functions of Objects/typeobject.c (3.11 behaviour).
//
// Protocol 2 and above reduce an instance to
//   (copyreg.__newobj__, (cls, *newargs), state, listitems, dictitems)
// or, with keyword arguments from __getnewargs_ex__, to
//   (copyreg.__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems);
// protocols 0 and 1 go through copyreg._reduce_ex. The state is the
// instance dict (None when empty), paired with a dict of the __slots__
// values when there are any: (dict_or_None, slots).
#include "runtime/object_reduce.h"

#include "objects/dict.h"
#include "objects/function.h"
#include "objects/instance_values.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/import.h"
#include "runtime/type.h"

namespace uopy {

namespace {

Value copyreg_attr(const char* name) {
    Value mod = import_module("copyreg");
    if (!mod) return mod;
    return get_attr_cstr(mod, name);
}

bool instance_dict_is_empty(Value obj) {
    Dict** slot = instance_dict_slot(obj);
    if (!slot) return true;
    if (*slot) return dict_size(*slot) == 0;
    if (!(type_of(obj)->flags & TYPE_INLINE_VALUES)) return true;
    Object* o = obj.as_ptr();
    for (uint32_t i = 0; i < inline_values_count(o); i++)
        if (inline_values(o)[i]) return false;
    return true;
}

// The names of cls's __slots__ (mangled, without __dict__ and __weakref__),
// cached by copyreg in cls.__slotnames__: a list, or None.
Value slot_names(Type* cls) {
    Value cached = cls->dict ? dict_get_str(cls->dict, intern("__slotnames__")) : Value();
    if (cached) {
        if (!is_list(cached) && !is_none(cached))
            return raise(exc::TypeError, "%s.__slotnames__ should be a list or None, not %s",
                         cls->name, type_name(cached));
        return cached;
    }
    Value fn = copyreg_attr("_slotnames");
    if (!fn) return fn;
    Value names = call1(fn, Value(cls));
    if (!names) return names;
    if (!is_list(names) && !is_none(names))
        return raise(exc::TypeError, "copyreg._slotnames didn't return a list or None");
    return names;
}

// object.__getstate__ without an override: the instance dict (None when
// empty), with the set __slots__ values alongside. [required]: the state
// must be all there is to the instance (no constructor arguments carry
// it), so a built-in base with state of its own cannot be pickled.
Value default_state(Value obj, bool required) {
    Type* t = type_of(obj);
    if (required && t->item_size)
        return raise(exc::TypeError, "cannot pickle %s objects", type_name(obj));
    Value state = None();
    if (!instance_dict_is_empty(obj)) {
        Dict* d = instance_dict(obj);
        if (!d) return Value();
        state = Value(d);
    }
    Value names = slot_names(t);
    if (!names) return names;
    if (required && type_builtin_base(t) != &ObjectType)
        return raise(exc::TypeError, "cannot pickle '%s' object", type_name(obj));
    if (is_none(names) || list_size(names) == 0) return state;
    Dict* slots = make_dict();
    if (!slots) return Value();
    for (size_t i = 0; i < list_size(names); i++) {
        Value name = list_get(names, i);
        Value v = get_attr(obj, name);
        if (!v) {
            if (!err_matches(exc::AttributeError)) return Value();
            err_clear();
            continue;
        }
        if (!dict_set(slots, name, v)) return Value();
    }
    if (dict_size(slots) == 0) return state;
    return tuple_pack({state, Value(slots)});
}

Value object_getstate_method(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("__getstate__", nargs, 0, 0)) return Value();
    return default_state(self, false);
}

// The state through __getstate__: object's own keeps [required].
Value instance_state(Value obj, bool required) {
    Value own = dict_get_str(ObjectType.dict, intern("__getstate__"));
    Value found = type_lookup(type_of(obj), intern("__getstate__"));
    if (found && found == own) return default_state(obj, required);
    Value getstate = get_attr_cstr(obj, "__getstate__");
    if (!getstate) return getstate;
    return call0(getstate);
}

// __getnewargs_ex__ / __getnewargs__: *args (null: none) and **kwargs (null: none).
bool new_arguments(Value obj, Value* args, Value* kwargs) {
    *args = Value();
    *kwargs = Value();
    Value r = call_special(obj, intern("__getnewargs_ex__"), {});
    if (r) {
        if (!is_tuple(r))
            return raise(exc::TypeError, "__getnewargs_ex__ should return a tuple, not '%s'",
                         type_name(r)),
                   false;
        if (tuple_size(r) != 2)
            return raise(exc::TypeError,
                         "__getnewargs_ex__ should return a tuple of length 2, not %zu",
                         tuple_size(r)),
                   false;
        *args = tuple_get(r, 0);
        *kwargs = tuple_get(r, 1);
        if (!is_tuple(*args))
            return raise(exc::TypeError,
                         "first item of the tuple returned by __getnewargs_ex__ must be a tuple, "
                         "not '%s'",
                         type_name(*args)),
                   false;
        if (!is_dict(*kwargs))
            return raise(exc::TypeError,
                         "second item of the tuple returned by __getnewargs_ex__ must be a dict, "
                         "not '%s'",
                         type_name(*kwargs)),
                   false;
        return true;
    }
    if (err_occurred()) return false;
    r = call_special(obj, intern("__getnewargs__"), {});
    if (r) {
        if (!is_tuple(r))
            return raise(exc::TypeError, "__getnewargs__ should return a tuple, not '%s'",
                         type_name(r)),
                   false;
        *args = r;
        return true;
    }
    return !err_occurred();
}

Value reduce_newobj(Value obj) {
    Type* cls = type_of(obj);
    if (!cls->tp_new) return raise(exc::TypeError, "cannot pickle '%s' object", type_name(obj));
    Value args, kwargs;
    if (!new_arguments(obj, &args, &kwargs)) return Value();
    bool has_args = !args.is_null();
    Value newobj, newargs;
    if (!kwargs || dict_size(as_dict(kwargs)) == 0) {
        newobj = copyreg_attr("__newobj__");
        if (!newobj) return newobj;
        size_t n = has_args ? tuple_size(args) : 0;
        newargs = make_tuple(n + 1);
        if (!newargs) return newargs;
        tuple_items(newargs)[0] = Value(cls);
        for (size_t i = 0; i < n; i++)
            tuple_items(newargs)[i + 1] = tuple_get(args, i);
    } else {
        newobj = copyreg_attr("__newobj_ex__");
        if (!newobj) return newobj;
        newargs = tuple_pack({Value(cls), args, kwargs});
        if (!newargs) return newargs;
    }
    bool is_list_like = (cls->flags & TYPE_LIST_SUBCLASS) != 0;
    bool is_dict_like = (cls->flags & TYPE_DICT_SUBCLASS) != 0;
    Value state = instance_state(obj, !has_args && !is_list_like && !is_dict_like);
    if (!state) return state;
    Value listitems = None(), dictitems = None();
    if (is_list_like) {
        listitems = get_iter(obj);
        if (!listitems) return listitems;
    }
    if (is_dict_like) {
        Value items = call_method(obj, "items", {});
        if (!items) return items;
        dictitems = get_iter(items);
        if (!dictitems) return dictitems;
    }
    return tuple_pack({newobj, newargs, state, listitems, dictitems});
}

Value common_reduce(Value obj, int64_t protocol) {
    if (protocol >= 2) return reduce_newobj(obj);
    Value fn = copyreg_attr("_reduce_ex");
    if (!fn) return fn;
    return call2(fn, obj, make_int(protocol));
}

Value object_reduce(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("__reduce__", nargs, 0, 0)) return Value();
    return common_reduce(self, 0);
}

// A class with its own __reduce__ is reduced by it; otherwise by protocol.
Value object_reduce_ex(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("__reduce_ex__", nargs, 1, 1)) return Value();
    int64_t protocol;
    if (!int_as_int64(args[0], &protocol)) {
        if (!err_occurred() || err_matches(exc::TypeError)) {
            err_clear();
            return raise(exc::TypeError, "'%s' object cannot be interpreted as an integer",
                         type_name(args[0]));
        }
        return Value();
    }
    Value reduce = get_attr_optional(self, intern("__reduce__"));
    if (!reduce && err_occurred()) return Value();
    if (reduce) {
        Value own = dict_get_str(ObjectType.dict, intern("__reduce__"));
        Value found = type_lookup(type_of(self), intern("__reduce__"));
        if (found != own) return call0(reduce);
    }
    return common_reduce(self, protocol);
}

} // namespace

Value object_state(Value obj) {
    return instance_state(obj, false);
}

const NativeMethodDef object_reduce_methods[] = {
    {"__reduce_ex__", object_reduce_ex, 0, "__reduce_ex__($self, protocol, /)\n--\n\n"},
    {"__reduce__", object_reduce, 0, "__reduce__($self, /)\n--\n\n"},
    {"__getstate__", object_getstate_method, 0, "__getstate__($self, /)\n--\n\n"},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace uopy
