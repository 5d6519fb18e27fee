// Descriptors: native getters/setters (getset), __slots__ members,
// staticmethod, classmethod, property and super. CPython counterpart:
// Objects/descrobject.c, funcobject.c (cm/sm), typeobject.c (super).
#include "objects/dict.h"
#include "objects/frame.h"
#include "objects/function.h"
#include "objects/misc.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/interp.h"
#include "runtime/slots.h"
#include "runtime/type.h"

namespace uopy {

Type GetSetDescriptorType, MemberDescriptorType, PropertyType, ClassMethodType, StaticMethodType,
    SuperType;

// -- getset ------------------------------------------------------------------------------

struct GetSetDescriptorObject : Object {
    const GetSetDef* def;
    Type* owner;
};

static void getset_trace(Object* o, Tracer& t) {
    t.visit(static_cast<GetSetDescriptorObject*>(o)->owner);
}

static Value getset_get(Value descr, Value obj, Value) {
    auto* d = static_cast<GetSetDescriptorObject*>(descr.as_ptr());
    if (!obj) return descr;
    if (!isinstance_of(obj, d->owner))
        return raise(exc::TypeError,
                     "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                     d->def->name, d->owner->name, type_name(obj));
    return d->def->get(obj);
}

static int getset_set(Value descr, Value obj, Value value) {
    auto* d = static_cast<GetSetDescriptorObject*>(descr.as_ptr());
    // A setter writes into its own kind of object (descr.__set__(other, v)).
    if (!isinstance_of(obj, d->owner)) {
        raise(exc::TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
              d->def->name, d->owner->name, type_name(obj));
        return -1;
    }
    if (!d->def->set) {
        raise(exc::AttributeError, "attribute '%s' of '%s' objects is not writable", d->def->name,
              d->owner->name);
        return -1;
    }
    return d->def->set(obj, value);
}

int readonly_member_set(Value, Value) {
    raise(exc::AttributeError, "readonly attribute");
    return -1;
}

static GetSetDescriptorObject* GS(Value v) {
    return static_cast<GetSetDescriptorObject*>(v.as_ptr());
}
// The qualified name of a descriptor: its owner's, a dot, its own.
static Value descr_qualname(Type* owner, std::string_view name) {
    std::string q(str_view(owner->qualname ? owner->qualname : owner->name_str));
    return make_str(q + "." + std::string(name));
}
static Value getset_get_name(Value self) {
    return intern(GS(self)->def->name);
}
static Value getset_get_qualname(Value self) {
    return descr_qualname(GS(self)->owner, GS(self)->def->name);
}
static Value getset_get_objclass(Value self) {
    return Value(GS(self)->owner);
}
static Value getset_get_doc(Value self) {
    const char* doc = GS(self)->def->doc;
    return doc ? make_str(doc) : None();
}
static const GetSetDef getset_getsets[] = {
    {"__name__", getset_get_name, nullptr, nullptr},
    {"__qualname__", getset_get_qualname, nullptr, nullptr},
    {"__objclass__", getset_get_objclass, nullptr, nullptr},
    {"__doc__", getset_get_doc, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};
static Value getset_repr(Value self) {
    return make_str(std::string("<attribute '") + GS(self)->def->name + "' of '" +
                    GS(self)->owner->name + "' objects>");
}

void add_getsets(Type* t, const GetSetDef* defs) {
    for (const GetSetDef* g = defs; g->name; g++) {
        auto* d = gc_new<GetSetDescriptorObject>(&GetSetDescriptorType);
        d->def = g;
        d->owner = t;
        dict_set(t->dict, intern(g->name), Value(d));
    }
}

// -- __slots__ members ------------------------------------------------------------------

static void member_trace(Object* o, Tracer& t) {
    auto* m = static_cast<MemberDescriptorObject*>(o);
    t.visit(m->owner);
    t.visit(m->name);
}

Value make_slot_member(Type* owner, Value name, size_t offset) {
    auto* m = gc_new<MemberDescriptorObject>(&MemberDescriptorType);
    if (!m) return Value();
    m->owner = owner;
    m->name = name;
    m->offset = offset;
    return Value(m);
}

// A slot is read and written only in instances of its class (the offset
// means nothing elsewhere), as CPython's descr_check says.
static bool member_check(MemberDescriptorObject* m, Value obj) {
    if (isinstance_of(obj, m->owner)) return true;
    raise(exc::TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
          str_view(m->name).data(), m->owner->name, type_name(obj));
    return false;
}

static Value member_get(Value descr, Value obj, Value) {
    auto* m = static_cast<MemberDescriptorObject*>(descr.as_ptr());
    if (!obj) return descr;
    if (!member_check(m, obj)) return Value();
    Value v = *reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.as_ptr()) + m->offset);
    if (!v)
        return raise(exc::AttributeError, "'%s' object has no attribute '%s'", type_name(obj),
                     str_view(m->name).data());
    return v;
}

static int member_set(Value descr, Value obj, Value value) {
    auto* m = static_cast<MemberDescriptorObject*>(descr.as_ptr());
    if (!member_check(m, obj)) return -1;
    Value* slot = reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.as_ptr()) + m->offset);
    if (!value && !*slot) {
        // (CPython's message here is the bare name.)
        raise_with_arg(exc::AttributeError, m->name);
        return -1;
    }
    *slot = value;
    return 0;
}

static MemberDescriptorObject* MD(Value v) {
    return static_cast<MemberDescriptorObject*>(v.as_ptr());
}
static Value member_get_name(Value self) {
    return MD(self)->name;
}
static Value member_get_qualname(Value self) {
    return descr_qualname(MD(self)->owner, str_view(MD(self)->name));
}
static Value member_get_objclass(Value self) {
    return Value(MD(self)->owner);
}
static Value member_get_doc(Value) {
    return None();
}
static const GetSetDef member_getsets[] = {
    {"__name__", member_get_name, nullptr, nullptr},
    {"__qualname__", member_get_qualname, nullptr, nullptr},
    {"__objclass__", member_get_objclass, nullptr, nullptr},
    {"__doc__", member_get_doc, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};
static Value member_repr(Value self) {
    MemberDescriptorObject* m = MD(self);
    return make_str("<member '" + std::string(str_view(m->name)) + "' of '" + m->owner->name +
                    "' objects>");
}

// -- staticmethod / classmethod ---------------------------------------------------------

static void wrapper_method_trace(Object* o, Tracer& t) {
    auto* w = static_cast<WrapperMethodObject*>(o);
    t.visit(w->callable);
    t.visit(w->dict);
}

static Value make_wrapper_method(Type* type, Value f) {
    auto* w = gc_new<WrapperMethodObject>(type);
    if (!w) return Value();
    w->callable = f;
    return Value(w);
}

Value make_staticmethod(Value f) {
    return make_wrapper_method(&StaticMethodType, f);
}
Value make_classmethod(Value f) {
    return make_wrapper_method(&ClassMethodType, f);
}

static Value wrapper_method_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    if (!check_no_kwargs(type->name, kwnames) || !check_nargs_expected(type->name, nargs, 1, 1))
        return Value();
    Value w = alloc_instance(type);
    if (!w) return w;
    auto* wm = static_cast<WrapperMethodObject*>(w.as_ptr());
    wm->callable = args[0];
    // As functools.wraps (Python 3.10+): the wrapped callable's name,
    // qualname, module, doc and annotations show through.
    static const char* const copied[] = {"__module__", "__name__", "__qualname__", "__doc__",
                                         "__annotations__"};
    for (const char* name : copied) {
        Value v = get_attr_optional(args[0], intern(name));
        if (!v) {
            if (err_occurred()) return Value();
            continue;
        }
        if (!wm->dict && !(wm->dict = make_dict())) return Value();
        if (!dict_set(wm->dict, intern(name), v)) return Value();
    }
    return w;
}

static int wrapper_method_init(Value, const Value*, size_t, Value) {
    return 0;
}

static Value staticmethod_get(Value descr, Value, Value) {
    return static_cast<WrapperMethodObject*>(descr.as_ptr())->callable;
}

static Value staticmethod_call(Value self, const Value* args, size_t nargs, Value kwnames) {
    return call(static_cast<WrapperMethodObject*>(self.as_ptr())->callable, args, nargs, kwnames);
}

static Value classmethod_get(Value descr, Value obj, Value type) {
    Value cls = type ? type : Value(type_of(obj));
    return make_method(static_cast<WrapperMethodObject*>(descr.as_ptr())->callable, cls);
}

static Value wm_get_func(Value self) {
    return static_cast<WrapperMethodObject*>(self.as_ptr())->callable;
}
static Value wm_get_isabstract(Value self) {
    Value f = static_cast<WrapperMethodObject*>(self.as_ptr())->callable;
    Value r = get_attr_optional(f, intern("__isabstractmethod__"));
    if (!r && err_occurred()) return r;
    return r ? r : False();
}
static Value wm_get_dict(Value self) {
    auto* w = static_cast<WrapperMethodObject*>(self.as_ptr());
    if (!w->dict) w->dict = make_dict();
    return Value(w->dict);
}
static const GetSetDef wrapper_method_getsets[] = {
    {"__func__", wm_get_func, nullptr, nullptr},
    {"__wrapped__", wm_get_func, nullptr, nullptr},
    {"__isabstractmethod__", wm_get_isabstract, nullptr, nullptr},
    {"__dict__", wm_get_dict, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- property ----------------------------------------------------------------------------

static void property_trace(Object* o, Tracer& t) {
    auto* p = static_cast<PropertyObject*>(o);
    t.visit(p->fget);
    t.visit(p->fset);
    t.visit(p->fdel);
    t.visit(p->doc);
    t.visit(p->name);
}

Value make_property(Value fget, Value fset, Value fdel, Value doc) {
    auto* p = gc_new<PropertyObject>(&PropertyType);
    if (!p) return Value();
    p->fget = fget && !is_none(fget) ? fget : Value();
    p->fset = fset && !is_none(fset) ? fset : Value();
    p->fdel = fdel && !is_none(fdel) ? fdel : Value();
    p->doc = doc;
    if ((!doc || is_none(doc)) && p->fget) {
        Value d = get_attr_optional(p->fget, names::__doc__);
        if (!d && err_occurred()) err_clear();
        p->doc = d;
    }
    return Value(p);
}

static int property_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("property", "fget=, fset=, fdel=, doc=");
    Value a[4];
    if (!sig.bind(args, nargs, kwnames, a)) return -1;
    auto* p = static_cast<PropertyObject*>(self.as_ptr());
    p->fget = a[0] && !is_none(a[0]) ? a[0] : Value();
    p->fset = a[1] && !is_none(a[1]) ? a[1] : Value();
    p->fdel = a[2] && !is_none(a[2]) ? a[2] : Value();
    p->doc = a[3];
    if ((!p->doc || is_none(p->doc)) && p->fget) {
        Value d = get_attr_optional(p->fget, names::__doc__);
        if (!d && err_occurred()) err_clear();
        p->doc = d;
    }
    return 0;
}

static std::string property_name_suffix(PropertyObject* p) {
    if (p->name && is_str(p->name)) return " '" + std::string(str_view(p->name)) + "'";
    return "";
}

static Value property_get(Value descr, Value obj, Value) {
    auto* p = static_cast<PropertyObject*>(descr.as_ptr());
    if (!obj) return descr;
    if (!p->fget) {
        std::string msg = "property" + property_name_suffix(p) + " of '" + type_name(obj) +
                          "' object has no getter";
        return raise_str(exc::AttributeError, msg);
    }
    return call1(p->fget, obj);
}

static int property_set(Value descr, Value obj, Value value) {
    auto* p = static_cast<PropertyObject*>(descr.as_ptr());
    Value f = value ? p->fset : p->fdel;
    if (!f) {
        std::string msg = "property" + property_name_suffix(p) + " of '" + type_name(obj) +
                          (value ? "' object has no setter" : "' object has no deleter");
        raise_str(exc::AttributeError, msg);
        return -1;
    }
    Value r = value ? call2(f, obj, value) : call1(f, obj);
    return r ? 0 : -1;
}

static Value property_copy(Value self, Value fget, Value fset, Value fdel) {
    auto* p = static_cast<PropertyObject*>(self.as_ptr());
    Value np = alloc_instance(type_of(self));
    if (!np) return np;
    auto* q = static_cast<PropertyObject*>(np.as_ptr());
    q->fget = fget ? fget : p->fget;
    q->fset = fset ? fset : p->fset;
    q->fdel = fdel ? fdel : p->fdel;
    q->doc = p->doc;
    q->name = p->name;
    return np;
}

static Value property_getter(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("getter", nargs, 1, 1)) return Value();
    return property_copy(self, args[0], Value(), Value());
}
static Value property_setter(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("setter", nargs, 1, 1)) return Value();
    return property_copy(self, Value(), args[0], Value());
}
static Value property_deleter(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("deleter", nargs, 1, 1)) return Value();
    return property_copy(self, Value(), Value(), args[0]);
}
static Value property_set_name(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("__set_name__", nargs, 2, 2)) return Value();
    static_cast<PropertyObject*>(self.as_ptr())->name = args[1];
    return None();
}

static const NativeMethodDef property_methods[] = {
    {"getter", property_getter, 0, nullptr},
    {"setter", property_setter, 0, nullptr},
    {"deleter", property_deleter, 0, nullptr},
    {"__set_name__", property_set_name, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

static Value prop_fget(Value self) {
    Value v = static_cast<PropertyObject*>(self.as_ptr())->fget;
    return v ? v : None();
}
static Value prop_fset(Value self) {
    Value v = static_cast<PropertyObject*>(self.as_ptr())->fset;
    return v ? v : None();
}
static Value prop_fdel(Value self) {
    Value v = static_cast<PropertyObject*>(self.as_ptr())->fdel;
    return v ? v : None();
}
static Value prop_doc(Value self) {
    Value v = static_cast<PropertyObject*>(self.as_ptr())->doc;
    return v ? v : None();
}
static int prop_set_doc(Value self, Value v) {
    static_cast<PropertyObject*>(self.as_ptr())->doc = v;
    return 0;
}
// True when any of the accessors is abstract (abc.abstractmethod).
static Value prop_isabstract(Value self) {
    auto* p = static_cast<PropertyObject*>(self.as_ptr());
    for (Value f : {p->fget, p->fset, p->fdel}) {
        if (!f || is_none(f)) continue;
        Value r = get_attr_optional(f, intern("__isabstractmethod__"));
        if (!r) {
            if (err_occurred()) return r;
            continue;
        }
        int t = truthy(r);
        if (t < 0) return Value();
        if (t) return True();
    }
    return False();
}

static const GetSetDef property_getsets[] = {
    {"__isabstractmethod__", prop_isabstract, nullptr, nullptr},
    {"fget", prop_fget, nullptr, nullptr},
    {"fset", prop_fset, nullptr, nullptr},
    {"fdel", prop_fdel, nullptr, nullptr},
    {"__doc__", prop_doc, prop_set_doc, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- super --------------------------------------------------------------------------------

static void super_trace(Object* o, Tracer& t) {
    auto* s = static_cast<SuperObject*>(o);
    t.visit(s->type);
    t.visit(s->obj);
    t.visit(s->obj_type);
}

// The type to walk the MRO of for super(type, obj).
static Type* super_check(Type* type, Value obj) {
    if (obj.is_ptr() && isinstance_of(obj, &TypeType) &&
        is_subtype(static_cast<Type*>(obj.as_ptr()), type))
        return static_cast<Type*>(obj.as_ptr());
    if (isinstance_of(obj, type)) return type_of(obj);
    raise(exc::TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return nullptr;
}

Value make_super(Type* type, Value obj) {
    auto* s = gc_new<SuperObject>(&SuperType);
    if (!s) return Value();
    s->type = type;
    s->obj = obj;
    if (obj) {
        s->obj_type = super_check(type, obj);
        if (!s->obj_type) return Value();
    }
    return Value(s);
}

// super() with no arguments: __class__ from the calling frame's cell and
// its first argument.
static bool super_from_frame(Type** type_out, Value* obj_out) {
    Frame* f = g_ts->current_frame;
    if (!f || !f->code) {
        raise(exc::RuntimeError, "super(): no current frame");
        return false;
    }
    CodeObject* co = f->code;
    if (co->argcount == 0 && !(co->flags & CO_VARARGS)) {
        raise(exc::RuntimeError, "super(): no arguments");
        return false;
    }
    Value first = f->localsplus[0];
    // The first argument may have been moved into a cell.
    const uint8_t* kinds = co->kinds;
    if (first && (kinds[0] & CO_FAST_CELL) && type_of(first) == &CellType)
        first = static_cast<CellObject*>(first.as_ptr())->ref;
    if (!first) {
        raise(exc::RuntimeError, "super(): arg[0] deleted");
        return false;
    }
    for (int i = 0; i < co->nlocalsplus; i++) {
        Value name = tuple_get(co->localsplusnames, i);
        if (str_view(name) != "__class__" || !(kinds[i] & CO_FAST_FREE)) continue;
        Value cell = f->localsplus[i];
        Value cls = cell ? static_cast<CellObject*>(cell.as_ptr())->ref : Value();
        if (!cls) {
            raise(exc::RuntimeError, "super(): empty __class__ cell");
            return false;
        }
        if (!isinstance_of(cls, &TypeType)) {
            raise(exc::RuntimeError, "super(): __class__ is not a type (%s)", type_name(cls));
            return false;
        }
        *type_out = static_cast<Type*>(cls.as_ptr());
        *obj_out = first;
        return true;
    }
    raise(exc::RuntimeError, "super(): __class__ cell not found");
    return false;
}

static Value super_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("super", kwnames) || !check_nargs("super", nargs, 0, 2)) return Value();
    Type* t = nullptr;
    Value obj;
    if (nargs == 0) {
        if (!super_from_frame(&t, &obj)) return Value();
    } else {
        if (!isinstance_of(args[0], &TypeType))
            return raise(exc::TypeError, "super() argument 1 must be a type, not %s",
                         type_name(args[0]));
        t = static_cast<Type*>(args[0].as_ptr());
        if (nargs == 2 && !is_none(args[1])) obj = args[1];
    }
    Value s = make_super(t, obj);
    if (s && type != &SuperType) s.as_ptr()->type = type;
    return s;
}

static int super_init(Value, const Value*, size_t, Value) {
    return 0;
}

Value super_lookup(Type* start, Type* obj_type, Value name) {
    if (str_equal(name, names::__class__)) return Value();
    Value mro = obj_type->mro;
    size_t n = tuple_size(mro);
    size_t i = 0;
    while (i < n && tuple_get(mro, i).as_ptr() != start)
        i++;
    for (i++; i < n; i++) {
        Type* b = static_cast<Type*>(tuple_get(mro, i).as_ptr());
        if (!b->dict) continue;
        Value v = dict_get_str(b->dict, name);
        if (v) return v;
    }
    return Value();
}

static Value super_getattr(Value self, Value name) {
    auto* s = static_cast<SuperObject*>(self.as_ptr());
    if (s->obj_type) {
        Value v = super_lookup(s->type, s->obj_type, name);
        if (v) {
            DescrGetFn get = type_of(v)->descr_get;
            if (!get) return v;
            // The instance is passed unless it is the class itself (classmethods).
            Value inst = s->obj == Value(s->obj_type) ? Value() : s->obj;
            return get(v, inst, Value(s->obj_type));
        }
    }
    return generic_getattr(self, name);
}

static Value super_thisclass(Value self) {
    auto* s = static_cast<SuperObject*>(self.as_ptr());
    return s->type ? Value(s->type) : None();
}
static Value super_self(Value self) {
    auto* s = static_cast<SuperObject*>(self.as_ptr());
    return s->obj ? s->obj : None();
}
static Value super_self_class(Value self) {
    auto* s = static_cast<SuperObject*>(self.as_ptr());
    return s->obj_type ? Value(s->obj_type) : None();
}
static const GetSetDef super_getsets[] = {
    {"__thisclass__", super_thisclass, nullptr, nullptr},
    {"__self__", super_self, nullptr, nullptr},
    {"__self_class__", super_self_class, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

static Value super_repr(Value self) {
    auto* s = static_cast<SuperObject*>(self.as_ptr());
    std::string r = "<super: <class '";
    r.append(s->type ? s->type->name : "NULL").append("'>, ");
    if (s->obj_type)
        r.append("<").append(s->obj_type->name).append(" object>>");
    else
        r.append("NULL>");
    return make_str(r);
}

void init_descriptor_types() {
    GetSetDescriptorType.trace = getset_trace;
    GetSetDescriptorType.descr_get = getset_get;
    GetSetDescriptorType.descr_set = getset_set;
    GetSetDescriptorType.repr = getset_repr;
    init_static_type(&GetSetDescriptorType, "getset_descriptor", &ObjectType,
                     sizeof(GetSetDescriptorObject), 0);
    add_getsets(&GetSetDescriptorType, getset_getsets);

    MemberDescriptorType.trace = member_trace;
    MemberDescriptorType.descr_get = member_get;
    MemberDescriptorType.descr_set = member_set;
    MemberDescriptorType.repr = member_repr;
    init_static_type(&MemberDescriptorType, "member_descriptor", &ObjectType,
                     sizeof(MemberDescriptorObject), 0);
    add_getsets(&MemberDescriptorType, member_getsets);

    StaticMethodType.trace = wrapper_method_trace;
    StaticMethodType.descr_get = staticmethod_get;
    StaticMethodType.call = staticmethod_call;
    StaticMethodType.tp_new = wrapper_method_new;
    StaticMethodType.init = wrapper_method_init;
    init_static_type(&StaticMethodType, "staticmethod", &ObjectType, sizeof(WrapperMethodObject),
                     TYPE_BASETYPE);
    StaticMethodType.dict_offset = offsetof(WrapperMethodObject, dict);
    add_getsets(&StaticMethodType, wrapper_method_getsets);

    ClassMethodType.trace = wrapper_method_trace;
    ClassMethodType.descr_get = classmethod_get;
    ClassMethodType.tp_new = wrapper_method_new;
    ClassMethodType.init = wrapper_method_init;
    init_static_type(&ClassMethodType, "classmethod", &ObjectType, sizeof(WrapperMethodObject),
                     TYPE_BASETYPE);
    ClassMethodType.dict_offset = offsetof(WrapperMethodObject, dict);
    add_getsets(&ClassMethodType, wrapper_method_getsets);

    PropertyType.trace = property_trace;
    PropertyType.descr_get = property_get;
    PropertyType.descr_set = property_set;
    PropertyType.tp_new = [](Type* t, const Value*, size_t, Value) { return alloc_instance(t); };
    PropertyType.init = property_init;
    init_static_type(&PropertyType, "property", &ObjectType, sizeof(PropertyObject), TYPE_BASETYPE);
    add_methods(&PropertyType, property_methods);
    add_getsets(&PropertyType, property_getsets);

    SuperType.trace = super_trace;
    SuperType.tp_new = super_new;
    SuperType.init = super_init;
    SuperType.getattr = super_getattr;
    SuperType.repr = super_repr;
    init_static_type(&SuperType, "super", &ObjectType, sizeof(SuperObject), TYPE_BASETYPE);
    add_getsets(&SuperType, super_getsets);
}

} // namespace uopy
