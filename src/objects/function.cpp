// Functions, bound methods, cells, and native function objects. CPython
// counterpart: Objects/funcobject.c, classobject.c, cellobject.c,
// methodobject.c, descrobject.c (method descriptors).
#include "objects/function.h"

#include "objects/dict.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "optimizer/executor.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/interp.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace uopy {

Type FunctionType, MethodType, CellType, BuiltinFunctionType, MethodDescriptorType,
    ClassMethodDescriptorType;

static uint32_t g_next_func_version = 1;

// Function version -> code, for the trace projector: a call site's cache
// holds only the version its callee had, and projection needs the code to
// follow the call (CPython: _PyFunction_LookupByVersion). A fixed table
// indexed by the low bits; a collision forgets the older entry. It holds
// code objects, not functions, so it keeps no globals or closures alive.
namespace {
constexpr size_t kVersionTableSize = 4096;
struct VersionEntry {
    uint32_t version;
    CodeObject* code;
};
VersionEntry g_version_table[kVersionTableSize];

VersionEntry g_init_table[kVersionTableSize];
// The entries ever filled, so that a collection visits only those.
std::vector<VersionEntry*> g_filled_entries;

void trace_version_table(Tracer& t) {
    for (VersionEntry* e : g_filled_entries)
        t.visit(e->code);
}

void set_entry(VersionEntry* e, uint32_t version, CodeObject* code) {
    if (!e->code) g_filled_entries.push_back(e);
    *e = VersionEntry{version, code};
}

uint32_t new_function_version(CodeObject* code) {
    uint32_t v = g_next_func_version++;
    set_entry(&g_version_table[v % kVersionTableSize], v, code);
    return v;
}

// A function's version changes: executors that followed calls of the
// old one are no longer valid.
void function_version_changed(FunctionObject* f) {
    invalidate_dependency(dependency_key(DependencyKind::FunctionVersion, f->version));
    f->version = new_function_version(f->code);
}
} // namespace

CodeObject* code_for_function_version(uint32_t version) {
    const VersionEntry& e = g_version_table[version % kVersionTableSize];
    return e.version == version ? e.code : nullptr;
}

// The same for class instantiation (CALL_ALLOC_AND_ENTER_INIT): the code of
// the __init__ a call site was specialized for, by the class's version.
void record_init_code(uint32_t type_version, CodeObject* code) {
    set_entry(&g_init_table[type_version % kVersionTableSize], type_version, code);
}

CodeObject* init_code_for_type_version(uint32_t type_version) {
    const VersionEntry& e = g_init_table[type_version % kVersionTableSize];
    return e.version == type_version ? e.code : nullptr;
}

// -- Python functions ------------------------------------------------------------------

FunctionObject* make_function(CodeObject* code, Value globals, Value qualname) {
    auto* f = gc_new<FunctionObject>(&FunctionType);
    if (!f) return nullptr;
    f->code = code;
    f->globals = globals;
    f->name = code->name;
    f->qualname = qualname ? qualname : code->qualname;
    f->doc = None();
    // The docstring is co_consts[0] when the code says it has one.
    if ((code->flags & CO_HAS_DOCSTRING) && tuple_size(code->consts) > 0)
        f->doc = tuple_get(code->consts, 0);
    Dict* g = as_dict(globals);
    Value mod = dict_get_str(g, names::__name__);
    f->module = mod ? mod : None();
    Value b = dict_get_str(g, names::__builtins__);
    if (b && is_dict(b))
        f->builtins = b;
    else if (b && type_of(b)->name && std::string(type_of(b)->name) == "module")
        f->builtins = get_attr(b, names::__dict__);
    // Functions made from the same code share its version (closures and
    // generator expressions are made anew at each execution, and a call site
    // that sees them stays specialized); assigning __code__, __defaults__ or
    // __kwdefaults__ gives the function a version of its own.
    if (code->version == 0) code->version = new_function_version(code);
    f->version = code->version;
    return f;
}

static void function_trace(Object* o, Tracer& t) {
    auto* f = static_cast<FunctionObject*>(o);
    t.visit(f->code);
    t.visit(f->globals);
    t.visit(f->builtins);
    t.visit(f->name);
    t.visit(f->qualname);
    t.visit(f->defaults);
    t.visit(f->kwdefaults);
    t.visit(f->closure);
    t.visit(f->doc);
    t.visit(f->module);
    t.visit(f->annotations);
    t.visit(f->dict);
}

static Value function_repr(Value self) {
    char buf[48];
    std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(self.as_ptr()));
    return make_str("<function " + std::string(str_view(as_function(self)->qualname)) + buf);
}

// Calling through the slot (callable(), __call__); call() itself goes
// straight to the VM for functions.
static Value function_call(Value callable, const Value* args, size_t nargs, Value kwnames) {
    return g_call_python_function(as_function(callable), args, nargs, kwnames);
}

static Value function_get(Value descr, Value obj, Value) {
    if (!obj) return descr;
    return make_method(descr, obj);
}

static FunctionObject* F(Value v) {
    return as_function(v);
}

static Value fn_get_name(Value self) {
    return F(self)->name;
}
static int fn_set_name(Value self, Value v) {
    if (!v || !is_str(v)) {
        raise(exc::TypeError, "__name__ must be set to a string object");
        return -1;
    }
    F(self)->name = v;
    return 0;
}
static Value fn_get_qualname(Value self) {
    return F(self)->qualname;
}
static int fn_set_qualname(Value self, Value v) {
    if (!v || !is_str(v)) {
        raise(exc::TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    F(self)->qualname = v;
    return 0;
}
static Value fn_get_doc(Value self) {
    return F(self)->doc;
}
static int fn_set_doc(Value self, Value v) {
    F(self)->doc = v ? v : None();
    return 0;
}
static Value fn_get_module(Value self) {
    return F(self)->module ? F(self)->module : None();
}
static int fn_set_module(Value self, Value v) {
    F(self)->module = v ? v : None();
    return 0;
}
static Value fn_get_defaults(Value self) {
    return F(self)->defaults ? F(self)->defaults : None();
}
static int fn_set_defaults(Value self, Value v) {
    if (v && !is_none(v) && !is_tuple(v)) {
        raise(exc::TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    F(self)->defaults = (v && !is_none(v)) ? v : Value();
    function_version_changed(F(self));
    return 0;
}
static Value fn_get_kwdefaults(Value self) {
    return F(self)->kwdefaults ? F(self)->kwdefaults : None();
}
static int fn_set_kwdefaults(Value self, Value v) {
    F(self)->kwdefaults = (v && !is_none(v)) ? v : Value();
    function_version_changed(F(self));
    return 0;
}
static Value fn_get_code(Value self) {
    return Value(F(self)->code);
}
static int fn_set_code(Value self, Value v) {
    if (!v || !is_code(v)) {
        raise(exc::TypeError, "__code__ must be set to a code object");
        return -1;
    }
    F(self)->code = as_code(v);
    function_version_changed(F(self));
    return 0;
}
static Value fn_get_globals(Value self) {
    return F(self)->globals;
}
static Value fn_get_closure(Value self) {
    return F(self)->closure ? F(self)->closure : None();
}
static Value fn_get_dict(Value self) {
    if (!F(self)->dict) F(self)->dict = make_dict();
    return Value(F(self)->dict);
}
static Value fn_get_annotations(Value self) {
    if (!F(self)->annotations) F(self)->annotations = Value(make_dict());
    return F(self)->annotations;
}
static int fn_set_annotations(Value self, Value v) {
    F(self)->annotations = v;
    return 0;
}

static const GetSetDef function_getsets[] = {
    {"__name__", fn_get_name, fn_set_name, nullptr},
    {"__qualname__", fn_get_qualname, fn_set_qualname, nullptr},
    {"__doc__", fn_get_doc, fn_set_doc, nullptr},
    {"__module__", fn_get_module, fn_set_module, nullptr},
    {"__defaults__", fn_get_defaults, fn_set_defaults, nullptr},
    {"__kwdefaults__", fn_get_kwdefaults, fn_set_kwdefaults, nullptr},
    {"__code__", fn_get_code, fn_set_code, nullptr},
    {"__globals__", fn_get_globals, nullptr, nullptr},
    {"__closure__", fn_get_closure, nullptr, nullptr},
    {"__dict__", fn_get_dict, nullptr, nullptr},
    {"__annotations__", fn_get_annotations, fn_set_annotations, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- Bound methods ---------------------------------------------------------------------

Value make_method(Value func, Value self) {
    auto* m = gc_new<MethodObject>(&MethodType);
    if (!m) return Value();
    m->func = func;
    m->self = self;
    return Value(m);
}

static void method_trace(Object* o, Tracer& t) {
    auto* m = static_cast<MethodObject*>(o);
    t.visit(m->func);
    t.visit(m->self);
}

static Value method_call(Value callable, const Value* args, size_t nargs, Value kwnames) {
    auto* m = static_cast<MethodObject*>(callable.as_ptr());
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    Value buf[8];
    ValueVec big;
    Value* all = buf;
    if (nargs + nkw + 1 > 8) {
        big.resize(nargs + nkw + 1);
        all = big.data();
    }
    all[0] = m->self;
    for (size_t i = 0; i < nargs + nkw; i++)
        all[i + 1] = args[i];
    return call(m->func, all, nargs + 1, kwnames);
}

static Value method_repr(Value self) {
    auto* m = static_cast<MethodObject*>(self.as_ptr());
    Value name = get_attr_optional(m->func, names::__qualname__);
    if (!name) {
        if (err_occurred()) return Value();
        name = get_attr_optional(m->func, names::__name__);
        if (!name && err_occurred()) return Value();
    }
    std::string n = name && is_str(name) ? std::string(str_view(name)) : "?";
    Value r = repr(m->self);
    if (!r) return r;
    return make_str("<bound method " + n + " of " + std::string(str_view(r)) + ">");
}

static Value method_richcompare(Value a, Value b, CompareOp op) {
    if ((op != CMP_EQ && op != CMP_NE) || type_of(b) != &MethodType) return NotImplemented();
    auto* x = static_cast<MethodObject*>(a.as_ptr());
    auto* y = static_cast<MethodObject*>(b.as_ptr());
    bool eq = x->self == y->self;
    if (eq) {
        int r = rich_compare_bool(x->func, y->func, CMP_EQ);
        if (r < 0) return Value();
        eq = r;
    }
    return Bool(op == CMP_EQ ? eq : !eq);
}

static int64_t method_hash(Value self) {
    auto* m = static_cast<MethodObject*>(self.as_ptr());
    int64_t a = static_cast<int64_t>(m->self.raw() >> 4);
    int64_t b = hash_of(m->func);
    if (b == -1) return -1;
    int64_t h = a ^ b;
    return h == -1 ? -2 : h;
}

static Value method_getattr(Value self, Value name) {
    auto* m = static_cast<MethodObject*>(self.as_ptr());
    // Attributes of the method object first, then those of the function.
    Value r = generic_getattr(self, name);
    if (r || !err_matches(exc::AttributeError)) return r;
    err_clear();
    return get_attr(m->func, name);
}

static Value method_get_func(Value self) {
    return static_cast<MethodObject*>(self.as_ptr())->func;
}
static Value method_get_self(Value self) {
    return static_cast<MethodObject*>(self.as_ptr())->self;
}
// The function's docstring (CPython's method_get_doc).
static Value method_get_doc(Value self) {
    return get_attr(static_cast<MethodObject*>(self.as_ptr())->func, intern("__doc__"));
}
static const GetSetDef method_getsets[] = {
    {"__func__", method_get_func, nullptr, nullptr},
    {"__doc__", method_get_doc, nullptr, nullptr},
    {"__self__", method_get_self, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- Cells -------------------------------------------------------------------------------

CellObject* make_cell(Value v) {
    auto* c = gc_new<CellObject>(&CellType);
    if (c) c->ref = v;
    return c;
}

static void cell_trace(Object* o, Tracer& t) {
    t.visit(static_cast<CellObject*>(o)->ref);
}

static Value cell_get_contents(Value self) {
    Value v = static_cast<CellObject*>(self.as_ptr())->ref;
    if (!v) return raise(exc::ValueError, "Cell is empty");
    return v;
}
static int cell_set_contents(Value self, Value v) {
    static_cast<CellObject*>(self.as_ptr())->ref = v;
    return 0;
}
static const GetSetDef cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- Native functions ---------------------------------------------------------------------

Value make_builtin_function(const NativeMethodDef* def, Value self, Value module) {
    auto* f = gc_new<BuiltinFunctionObject>(&BuiltinFunctionType);
    if (!f) return Value();
    f->def = def;
    f->self = self;
    f->module = module;
    return Value(f);
}

static void builtin_trace(Object* o, Tracer& t) {
    auto* f = static_cast<BuiltinFunctionObject*>(o);
    t.visit(f->self);
    t.visit(f->module);
}

// METH_NOARGS / METH_O arity, named "owner.method" as CPython does.
static bool check_fixed_arity(const NativeMethodDef* def, const char* owner, size_t nargs) {
    if (!(def->flags & (NATIVE_NOARGS | NATIVE_O))) return true;
    size_t want = (def->flags & NATIVE_O) ? 1 : 0;
    if (nargs == want) return true;
    std::string name = owner ? std::string(owner) + "." + def->name : std::string(def->name);
    if (want == 0)
        raise(exc::TypeError, "%s() takes no arguments (%zu given)", name.c_str(), nargs);
    else
        raise(exc::TypeError, "%s() takes exactly one argument (%zu given)", name.c_str(), nargs);
    return false;
}

static Value builtin_call(Value callable, const Value* args, size_t nargs, Value kwnames) {
    auto* f = static_cast<BuiltinFunctionObject*>(callable.as_ptr());
    if (f->def->flags & (NATIVE_NOARGS | NATIVE_O)) {
        // The owner prefix: the type for methods, the module for functions
        // of modules other than builtins ("math.sqrt()", but "len()").
        const char* owner = nullptr;
        std::string owner_text;
        if (f->self && is_module(f->self)) {
            Value mn = get_attr_optional(f->self, intern("__name__"));
            if (mn && is_str(mn) && str_view(mn) != "builtins") {
                owner_text = std::string(str_view(mn));
                owner = owner_text.c_str();
            }
            err_clear();
        } else if (f->self) {
            // CPython names a method by its class's __qualname__ ("date.isoformat()").
            Type* t = (f->def->flags & (NATIVE_CLASS | NATIVE_STATIC))
                          ? static_cast<Type*>(f->self.as_ptr())
                          : type_of(f->self);
            owner_text = std::string(str_view(t->qualname));
            owner = owner_text.c_str();
        }
        if (!check_fixed_arity(f->def, owner, nargs)) return Value();
    }
    if (kwnames && !(f->def->flags & NATIVE_KEYWORDS) && tuple_size(kwnames)) {
        // A bound method of a built-in type names its type: str.title().
        if (f->self && !is_module(f->self) && !(f->def->flags & (NATIVE_CLASS | NATIVE_STATIC)))
            return raise(exc::TypeError, "%s.%s() takes no keyword arguments",
                         std::string(str_view(type_of(f->self)->qualname)).c_str(), f->def->name);
        // A module's function names its module, except the builtins':
        // math.perm(), len().
        if (f->self && is_module(f->self)) {
            Value mn = as_module(f->self)->name;
            if (mn && is_str(mn) && str_view(mn) != "builtins")
                return raise(exc::TypeError, "%s.%s() takes no keyword arguments",
                             std::string(str_view(mn)).c_str(), f->def->name);
        }
        return raise(exc::TypeError, "%s() takes no keyword arguments", f->def->name);
    }
    return f->def->fn(f->self, args, nargs, kwnames);
}

static Value builtin_repr(Value self) {
    auto* f = static_cast<BuiltinFunctionObject*>(self.as_ptr());
    if (!f->self || is_module(f->self))
        return make_str(std::string("<built-in function ") + f->def->name + ">");
    char buf[48];
    std::snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(f->self.as_ptr()));
    return make_str(std::string("<built-in method ") + f->def->name + " of " + type_name(f->self) +
                    buf);
}

static Value builtin_get_name(Value self) {
    return make_str(static_cast<BuiltinFunctionObject*>(self.as_ptr())->def->name);
}
static Value builtin_get_qualname(Value self) {
    auto* f = static_cast<BuiltinFunctionObject*>(self.as_ptr());
    if (!f->self || is_module(f->self)) return make_str(f->def->name);
    Type* t =
        isinstance_of(f->self, &TypeType) ? static_cast<Type*>(f->self.as_ptr()) : type_of(f->self);
    return make_str(std::string(str_view(t->qualname)) + "." + f->def->name);
}
// -- Signatures in docs -----------------------------------------------------------------
// As CPython's find_signature / skip_signature (Objects/typeobject.c): the
// doc starts with the name (after its last dot) and "(", and the signature
// ends at ")\n--\n\n" before any blank line.

static constexpr char kSignatureEnd[] = ")\n--\n\n";
static constexpr size_t kSignatureEndLen = sizeof kSignatureEnd - 1;

// The "(" that opens the signature in [doc], or null.
static const char* find_signature(const char* name, const char* doc) {
    if (!name || !doc) return nullptr;
    if (const char* dot = std::strrchr(name, '.')) name = dot + 1;
    size_t n = std::strlen(name);
    if (std::strncmp(doc, name, n) != 0 || doc[n] != '(') return nullptr;
    return doc + n;
}

// Just past the signature's end marker, or null if there is none.
static const char* skip_signature(const char* p) {
    for (; *p; p++) {
        if (*p == ')' && std::strncmp(p, kSignatureEnd, kSignatureEndLen) == 0)
            return p + kSignatureEndLen;
        if (p[0] == '\n' && p[1] == '\n') return nullptr;
    }
    return nullptr;
}

Value doc_text_signature(const char* name, const char* doc) {
    const char* start = find_signature(name, doc);
    const char* end = start ? skip_signature(start) : nullptr;
    if (!end) return None();
    return make_str(
        std::string_view(start, static_cast<size_t>(end - start) - (kSignatureEndLen - 1)));
}

Value doc_without_signature(const char* name, const char* doc) {
    if (!doc) return None();
    const char* start = find_signature(name, doc);
    const char* end = start ? skip_signature(start) : nullptr;
    const char* text = end ? end : doc;
    return *text ? make_str(text) : None();
}

static Value builtin_get_doc(Value self) {
    auto* f = static_cast<BuiltinFunctionObject*>(self.as_ptr());
    return doc_without_signature(f->def->name, f->def->doc);
}
static Value builtin_get_text_signature(Value self) {
    auto* f = static_cast<BuiltinFunctionObject*>(self.as_ptr());
    return doc_text_signature(f->def->name, f->def->doc);
}
static Value builtin_get_self(Value self) {
    auto* f = static_cast<BuiltinFunctionObject*>(self.as_ptr());
    return f->self ? f->self : None();
}
static Value builtin_get_module(Value self) {
    auto* f = static_cast<BuiltinFunctionObject*>(self.as_ptr());
    return f->module ? f->module : None();
}
static const GetSetDef builtin_getsets[] = {
    {"__name__", builtin_get_name, nullptr, nullptr},
    {"__qualname__", builtin_get_qualname, nullptr, nullptr},
    {"__doc__", builtin_get_doc, nullptr, nullptr},
    {"__text_signature__", builtin_get_text_signature, nullptr, nullptr},
    {"__self__", builtin_get_self, nullptr, nullptr},
    {"__module__", builtin_get_module, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// builtins.getattr, which the pickles of bound built-in methods and of
// method descriptors call: (getattr, (owner, name)).
static Value builtin_getattr() {
    Value b = g_interp->builtins;
    Value f = b ? dict_get_cstr(as_dict(b), "getattr") : Value();
    return f ? f : raise(exc::RuntimeError, "lost builtins.getattr");
}

// __reduce__: a module function pickles as its name (pickle then finds it
// by __module__ and name); a method bound to an object or class as
// getattr(self, name), as CPython's meth_reduce.
static Value builtin_reduce(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("__reduce__", nargs, 0, 0)) return Value();
    auto* f = static_cast<BuiltinFunctionObject*>(self.as_ptr());
    if (!f->self || is_module(f->self)) return make_str(f->def->name);
    Value getattr = builtin_getattr();
    Value name = getattr ? make_str(f->def->name) : Value();
    Value args = name ? tuple_pack({f->self, name}) : Value();
    return args ? tuple_pack({getattr, args}) : Value();
}
static const NativeMethodDef builtin_methods[] = {
    {"__reduce__", builtin_reduce, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// -- Method descriptors --------------------------------------------------------------------

Value make_method_descriptor(const NativeMethodDef* def, Type* owner) {
    Type* t = (def->flags & (NATIVE_CLASS | NATIVE_STATIC)) ? &ClassMethodDescriptorType
                                                            : &MethodDescriptorType;
    auto* d = gc_new<MethodDescriptorObject>(t);
    if (!d) return Value();
    d->def = def;
    d->owner = owner;
    return Value(d);
}

static void method_descr_trace(Object* o, Tracer& t) {
    t.visit(static_cast<MethodDescriptorObject*>(o)->owner);
}

// Unbound call: list.append(lst, x) — self is args[0].
static Value method_descr_call(Value callable, const Value* args, size_t nargs, Value kwnames) {
    auto* d = static_cast<MethodDescriptorObject*>(callable.as_ptr());
    std::string owner(str_view(d->owner->qualname));
    if (nargs < 1)
        return raise(exc::TypeError, "unbound method %s.%s() needs an argument", owner.c_str(),
                     d->def->name);
    if (!isinstance_of(args[0], d->owner))
        return raise(exc::TypeError,
                     "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                     d->def->name, d->owner->name, type_name(args[0]));
    if (kwnames && !(d->def->flags & NATIVE_KEYWORDS) && tuple_size(kwnames))
        return raise(exc::TypeError, "%s.%s() takes no keyword arguments", owner.c_str(),
                     d->def->name);
    if (!check_fixed_arity(d->def, owner.c_str(), nargs - 1)) return Value();
    return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

static Value method_descr_get(Value descr, Value obj, Value) {
    auto* d = static_cast<MethodDescriptorObject*>(descr.as_ptr());
    if (!obj) return descr;
    return make_builtin_function(d->def, obj);
}

static Value method_descr_name(Value self) {
    return make_str(static_cast<MethodDescriptorObject*>(self.as_ptr())->def->name);
}
static Value method_descr_qualname(Value self) {
    auto* d = static_cast<MethodDescriptorObject*>(self.as_ptr());
    return make_str(std::string(str_view(d->owner->qualname)) + "." + d->def->name);
}
static Value method_descr_objclass(Value self) {
    return Value(static_cast<MethodDescriptorObject*>(self.as_ptr())->owner);
}
static Value method_descr_doc(Value self) {
    auto* d = static_cast<MethodDescriptorObject*>(self.as_ptr());
    return doc_without_signature(d->def->name, d->def->doc);
}
static Value method_descr_text_signature(Value self) {
    auto* d = static_cast<MethodDescriptorObject*>(self.as_ptr());
    return doc_text_signature(d->def->name, d->def->doc);
}
static const GetSetDef method_descr_getsets[] = {
    {"__doc__", method_descr_doc, nullptr, nullptr},
    {"__text_signature__", method_descr_text_signature, nullptr, nullptr},
    {"__name__", method_descr_name, nullptr, nullptr},
    {"__qualname__", method_descr_qualname, nullptr, nullptr},
    {"__objclass__", method_descr_objclass, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// __reduce__: getattr(owner, name), as CPython's descr_reduce (list.append;
// a classmethod_descriptor has none).
static Value method_descr_reduce(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("__reduce__", nargs, 0, 0)) return Value();
    auto* d = static_cast<MethodDescriptorObject*>(self.as_ptr());
    Value getattr = builtin_getattr();
    Value name = getattr ? make_str(d->def->name) : Value();
    Value args = name ? tuple_pack({Value(d->owner), name}) : Value();
    return args ? tuple_pack({getattr, args}) : Value();
}
static const NativeMethodDef method_descr_methods[] = {
    {"__reduce__", method_descr_reduce, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

static Value method_descr_repr(Value self) {
    auto* d = static_cast<MethodDescriptorObject*>(self.as_ptr());
    return make_str(std::string("<method '") + d->def->name + "' of '" + d->owner->name +
                    "' objects>");
}

// Class methods and static methods of built-in types (dict.fromkeys, str.maketrans).
static Value classmethod_descr_get(Value descr, Value obj, Value type) {
    auto* d = static_cast<MethodDescriptorObject*>(descr.as_ptr());
    if (d->def->flags & NATIVE_STATIC) return make_builtin_function(d->def, Value());
    Value cls = type ? type : Value(type_of(obj));
    return make_builtin_function(d->def, cls);
}

static Value classmethod_descr_call(Value callable, const Value* args, size_t nargs,
                                    Value kwnames) {
    auto* d = static_cast<MethodDescriptorObject*>(callable.as_ptr());
    if (d->def->flags & NATIVE_STATIC) return d->def->fn(Value(), args, nargs, kwnames);
    if (nargs < 1) return raise(exc::TypeError, "descriptor '%s' needs a type", d->def->name);
    return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

void add_methods(Type* type, const NativeMethodDef* defs) {
    for (const NativeMethodDef* d = defs; d->name; d++) {
        // A static method is, as in CPython, a staticmethod around a built-in
        // function bound to the type (which the function ignores).
        Value v = d->flags & NATIVE_STATIC
                      ? make_staticmethod(make_builtin_function(d, Value(type)))
                      : make_method_descriptor(d, type);
        dict_set(type->dict, intern(d->name), v);
    }
}

void add_functions(Dict* module_dict, const NativeMethodDef* defs, Value module) {
    Value modname = module ? get_attr_optional(module, names::__name__) : Value();
    for (const NativeMethodDef* d = defs; d->name; d++) {
        Value f = make_builtin_function(d, module, modname);
        dict_set(module_dict, intern(d->name), f);
    }
}

// types.MethodType(function, instance): a bound method.
static Value method_new(Type*, const Value* args, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("method", kwnames) || !check_nargs_expected("method", nargs, 2, 2))
        return Value();
    if (!callable(args[0])) return raise(exc::TypeError, "first argument must be callable");
    if (is_none(args[1])) return raise(exc::TypeError, "instance must not be None");
    return make_method(args[0], args[1]);
}

// types.FunctionType(code, globals, name=None, argdefs=None, closure=None).
static Value function_new(Type*, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("function", "code, globals, name=, argdefs=, closure=");
    Value a[5];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    if (!is_code(a[0]))
        return raise(exc::TypeError, "function() argument 'code' must be code, not %s",
                     arg_type_name(a[0]));
    if (!is_dict(a[1]))
        return raise(exc::TypeError, "function() argument 'globals' must be dict, not %s",
                     arg_type_name(a[1]));
    CodeObject* code = as_code(a[0]);
    if (a[2] && !is_none(a[2]) && !is_str(a[2]))
        return raise(exc::TypeError, "arg 3 (name) must be None or string");
    if (a[3] && !is_none(a[3]) && !is_tuple(a[3]))
        return raise(exc::TypeError, "arg 4 (defaults) must be None or tuple");
    size_t nfree = static_cast<size_t>(code->nfreevars);
    Value closure = a[4] && !is_none(a[4]) ? a[4] : Value();
    if (closure && !is_tuple(closure))
        return raise(exc::TypeError, "arg 5 (closure) must be None or tuple");
    if (!closure && nfree) return raise(exc::TypeError, "arg 5 (closure) must be tuple");
    size_t nclosure = closure ? tuple_size(closure) : 0;
    if (nfree != nclosure)
        return raise(exc::ValueError, "%s requires closure of length %zu, not %zu",
                     str_view(code->name).data(), nfree, nclosure);
    for (size_t i = 0; i < nclosure; i++)
        if (type_of(tuple_get(closure, i)) != &CellType)
            return raise(exc::TypeError, "arg 5 (closure) expected cell, found %s",
                         type_name(tuple_get(closure, i)));
    FunctionObject* f = make_function(code, a[1], Value());
    if (!f) return Value();
    if (a[2] && !is_none(a[2])) f->name = a[2];
    if (a[3] && !is_none(a[3])) f->defaults = a[3];
    if (closure) f->closure = closure;
    return Value(f);
}

// types.CellType([contents]): a cell, empty without an argument.
static Value cell_new(Type*, const Value* args, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("cell", kwnames) || !check_nargs_expected("cell", nargs, 0, 1))
        return Value();
    CellObject* c = make_cell(nargs ? args[0] : Value());
    return c ? Value(c) : Value();
}

void init_function_types() {
    gc_add_root_fn(trace_version_table);
    FunctionType.trace = function_trace;
    FunctionType.repr = function_repr;
    FunctionType.descr_get = function_get;
    FunctionType.call = function_call;
    FunctionType.flags = TYPE_METHOD_DESCRIPTOR;
    FunctionType.tp_new = function_new;
    init_static_type(&FunctionType, "function", &ObjectType, sizeof(FunctionObject),
                     TYPE_WEAKREFABLE);
    FunctionType.dict_offset = offsetof(FunctionObject, dict);
    add_getsets(&FunctionType, function_getsets);

    MethodType.trace = method_trace;
    MethodType.call = method_call;
    MethodType.repr = method_repr;
    MethodType.richcompare = method_richcompare;
    MethodType.hash = method_hash;
    MethodType.getattr = method_getattr;
    MethodType.tp_new = method_new;
    init_static_type(&MethodType, "method", &ObjectType, sizeof(MethodObject), TYPE_WEAKREFABLE);
    add_getsets(&MethodType, method_getsets);

    CellType.trace = cell_trace;
    CellType.tp_new = cell_new;
    init_static_type(&CellType, "cell", &ObjectType, sizeof(CellObject), 0);
    add_getsets(&CellType, cell_getsets);

    BuiltinFunctionType.trace = builtin_trace;
    BuiltinFunctionType.call = builtin_call;
    BuiltinFunctionType.repr = builtin_repr;
    init_static_type(&BuiltinFunctionType, "builtin_function_or_method", &ObjectType,
                     sizeof(BuiltinFunctionObject), TYPE_WEAKREFABLE);
    add_getsets(&BuiltinFunctionType, builtin_getsets);

    MethodDescriptorType.trace = method_descr_trace;
    MethodDescriptorType.call = method_descr_call;
    MethodDescriptorType.descr_get = method_descr_get;
    MethodDescriptorType.repr = method_descr_repr;
    MethodDescriptorType.flags = TYPE_METHOD_DESCRIPTOR;
    init_static_type(&MethodDescriptorType, "method_descriptor", &ObjectType,
                     sizeof(MethodDescriptorObject), 0);

    ClassMethodDescriptorType.trace = method_descr_trace;
    ClassMethodDescriptorType.call = classmethod_descr_call;
    ClassMethodDescriptorType.descr_get = classmethod_descr_get;
    ClassMethodDescriptorType.repr = method_descr_repr;
    init_static_type(&ClassMethodDescriptorType, "classmethod_descriptor", &ObjectType,
                     sizeof(MethodDescriptorObject), 0);
    add_getsets(&MethodDescriptorType, method_descr_getsets);
    add_getsets(&ClassMethodDescriptorType, method_descr_getsets);
    // Methods last: their descriptors are of the types just made.
    add_methods(&BuiltinFunctionType, builtin_methods);
    add_methods(&MethodDescriptorType, method_descr_methods);
}

} // namespace uopy
