// Iterator types: list/tuple iterators, the __getitem__ sequence iterator,
// iter(callable, sentinel), and the builtins enumerate, zip, map, filter,
// reversed. CPython counterpart: Objects/iterobject.c, enumobject.c,
// listobject.c (listiterator), Python/bltinmodule.c (map, filter, zip).
#include "objects/iterators.h"

#include "objects/dict.h"
#include "objects/function.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/type.h"

namespace uopy {

Type ListIterType, TupleIterType, ListRevIterType;
static Type GetItemIterType, CallableIterType, EnumerateType, ZipType, MapType, FilterType,
    ReversedType;

static Value self_iter(Value self) {
    return self;
}

// -- list/tuple iterators (kind 0 list, 1 tuple, 2 reversed list) -------------------------------

static void seq_iter_trace(Object* o, Tracer& t) {
    t.visit(static_cast<SeqIterObject*>(o)->seq);
}

Value make_seq_iterator_over(Value seq, size_t kind) {
    Type* types[3] = {&ListIterType, &TupleIterType, &ListRevIterType};
    auto* it = gc_new<SeqIterObject>(types[kind]);
    if (!it) return Value();
    it->seq = seq;
    it->kind = kind;
    it->index = kind == 2 ? static_cast<int64_t>(list_size(seq)) - 1 : 0;
    return Value(it);
}

// The iternext slot of the three, and zip's direct step (always inlined
// there).
[[gnu::always_inline]] static inline Value seq_iter_step(Value self) {
    auto* it = static_cast<SeqIterObject*>(self.as_ptr());
    if (!it->seq) return Value();
    if (it->kind == 2) {
        if (it->index >= 0 && static_cast<size_t>(it->index) < list_size(it->seq))
            return list_get(it->seq, static_cast<size_t>(it->index--));
    } else {
        size_t n = it->kind == 0 ? list_size(it->seq) : tuple_size(it->seq);
        if (static_cast<size_t>(it->index) < n) {
            Value v = it->kind == 0 ? list_get(it->seq, it->index) : tuple_get(it->seq, it->index);
            it->index++;
            return v;
        }
    }
    it->seq = Value();
    return Value();
}
static Value seq_iter_next(Value self) {
    return seq_iter_step(self);
}

// __length_hint__: the items left (0 once exhausted or past the end).
static Value seq_iter_length_hint(Value self, const Value*, size_t, Value) {
    auto* it = static_cast<SeqIterObject*>(self.as_ptr());
    if (!it->seq) return Value::small_int(0);
    int64_t left;
    if (it->kind == SEQ_ITER_REVERSED_LIST)
        left = it->index < static_cast<int64_t>(list_size(it->seq)) ? it->index + 1 : 0;
    else
        left = static_cast<int64_t>(it->kind == SEQ_ITER_LIST ? list_size(it->seq)
                                                              : tuple_size(it->seq)) -
               it->index;
    return Value::small_int(left > 0 ? left : 0);
}
static const NativeMethodDef seq_iter_methods[] = {
    {"__length_hint__", seq_iter_length_hint, NATIVE_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// -- __getitem__ iteration and iter(callable, sentinel) -------------------------------------------

struct GetItemIterObject : Object {
    Value seq;
    int64_t index;
};
static void getitem_iter_trace(Object* o, Tracer& t) {
    t.visit(static_cast<GetItemIterObject*>(o)->seq);
}

Value make_sequence_iterator(Value seq) {
    auto* it = gc_new<GetItemIterObject>(&GetItemIterType);
    if (!it) return Value();
    it->seq = seq;
    return Value(it);
}

static Value getitem_iter_next(Value self) {
    auto* it = static_cast<GetItemIterObject*>(self.as_ptr());
    if (!it->seq) return Value();
    Value v = get_item(it->seq, make_int(it->index));
    if (!v) {
        if (err_matches(exc::IndexError) || err_matches(exc::StopIteration)) {
            err_clear();
            it->seq = Value();
        }
        return Value();
    }
    it->index++;
    return v;
}

struct CallableIterObject : Object {
    Value callable, sentinel;
};
static void callable_iter_trace(Object* o, Tracer& t) {
    auto* it = static_cast<CallableIterObject*>(o);
    t.visit(it->callable);
    t.visit(it->sentinel);
}

Value make_callable_iterator(Value callable, Value sentinel) {
    auto* it = gc_new<CallableIterObject>(&CallableIterType);
    if (!it) return Value();
    it->callable = callable;
    it->sentinel = sentinel;
    return Value(it);
}

static Value callable_iter_next(Value self) {
    auto* it = static_cast<CallableIterObject*>(self.as_ptr());
    if (!it->callable) return Value();
    Value v = call0(it->callable);
    if (!v) {
        if (err_matches(exc::StopIteration)) {
            err_clear();
            it->callable = Value();
        }
        return Value();
    }
    int eq = rich_compare_bool(v, it->sentinel, CMP_EQ);
    if (eq < 0) return Value();
    if (eq) {
        it->callable = Value();
        return Value();
    }
    return v;
}

// -- enumerate
// ---------------------------------------------------------------------------------------

struct EnumerateObject : Object {
    Value iter;
    Value count;
};
static void enumerate_trace(Object* o, Tracer& t) {
    auto* e = static_cast<EnumerateObject*>(o);
    t.visit(e->iter);
    t.visit(e->count);
}
static Value enumerate_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("enumerate", "iterable, start=");
    // CPython 3.11's enumerate parses a call without the iterable its own
    // way: no arguments at all is "missing required argument 'iterable'"
    // (no position), keywords alone name the first one as invalid.
    if (nargs == 0) {
        size_t nkw = kwnames ? tuple_size(kwnames) : 0;
        bool has_iterable = false;
        for (size_t k = 0; k < nkw; k++)
            has_iterable |= str_view(tuple_get(kwnames, k)) == "iterable";
        if (nkw == 0)
            return raise(exc::TypeError, "enumerate() missing required argument 'iterable'");
        if (!has_iterable)
            return raise(exc::TypeError, "'%s' is an invalid keyword argument for enumerate()",
                         std::string(str_view(tuple_get(kwnames, 0))).c_str());
    }
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    Value it = get_iter(a[0]);
    if (!it) return it;
    Value start = a[1] ? number_index(a[1]) : Value::small_int(0);
    if (!start) return start;
    auto* e = gc_new<EnumerateObject>(type, type->basic_size);
    if (!e) return Value();
    e->iter = it;
    e->count = start;
    return Value(e);
}
static Value enumerate_next(Value self) {
    auto* e = static_cast<EnumerateObject*>(self.as_ptr());
    Value v = iter_next(e->iter);
    if (!v) return v;
    Value i = e->count;
    e->count = int_add(i, Value::small_int(1));
    return tuple_pack({i, v});
}

// -- zip
// -------------------------------------------------------------------------------------------

struct ZipObject : Object {
    Value iters; // tuple
    bool strict;
};
static void zip_trace(Object* o, Tracer& t) {
    t.visit(static_cast<ZipObject*>(o)->iters);
}
static Value zip_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    bool strict = false;
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        if (str_view(tuple_get(kwnames, i)) != "strict")
            return raise(exc::TypeError, "'%s' is an invalid keyword argument for zip()",
                         str_view(tuple_get(kwnames, i)).data());
        int t = truthy(args[nargs + i]);
        if (t < 0) return Value();
        strict = t;
    }
    Value iters = make_tuple(nargs);
    if (!iters) return iters;
    for (size_t i = 0; i < nargs; i++) {
        Value it = get_iter(args[i]);
        if (!it) return it;
        tuple_items(iters)[i] = it;
    }
    auto* z = gc_new<ZipObject>(type, type->basic_size);
    if (!z) return Value();
    z->iters = iters;
    z->strict = strict;
    return Value(z);
}
// The next item of one of zip's iterators. List and tuple iterators, the
// usual ones, are stepped here without iter_next's indirect call: they end
// with null and never raise.
static inline Value zip_item(Value it) {
    if (type_of(it)->iternext == seq_iter_next) return seq_iter_step(it);
    return iter_next(it);
}

// Iterator [i] of [n] has ended (or raised): the end of zip, or for
// strict=True the check that every iterator ended at once.
[[gnu::noinline]] static Value zip_stopped(ZipObject* z, size_t i, size_t n) {
    if (err_occurred() || !z->strict) return Value();
    if (i > 0)
        return raise(exc::ValueError, "zip() argument %zu is shorter than argument%s%zu", i + 1,
                     i == 1 ? " " : "s 1-", i);
    for (size_t k = 1; k < n; k++) {
        Value w = iter_next(tuple_get(z->iters, k));
        if (w)
            return raise(exc::ValueError, "zip() argument %zu is longer than argument%s%zu", k + 1,
                         k == 1 ? " " : "s 1-", k);
        if (err_occurred()) return Value();
    }
    return Value();
}

static Value zip_next(Value self) {
    auto* z = static_cast<ZipObject*>(self.as_ptr());
    size_t n = tuple_size(z->iters);
    if (n == 0) return Value();
    // Up to four items are collected first and the tuple made from them, so
    // that it is allocated with a constant size (make_tuple's fast cases).
    // The collector scans this frame, which keeps them alive meanwhile.
    constexpr size_t kFew = 4;
    if (n <= kFew) {
        Value items[kFew];
        for (size_t i = 0; i < n; i++) {
            items[i] = zip_item(tuple_get(z->iters, i));
            if (!items[i]) return zip_stopped(z, i, n);
        }
        return make_tuple_from(items, n);
    }
    Value r = make_tuple(n);
    if (!r) return r;
    for (size_t i = 0; i < n; i++) {
        Value v = zip_item(tuple_get(z->iters, i));
        if (!v) return zip_stopped(z, i, n);
        tuple_items(r)[i] = v;
    }
    return r;
}

// -- map and filter
// ---------------------------------------------------------------------------------

struct MapObject : Object {
    Value func;
    Value iters; // tuple (map) or the single iterator (filter)
};
static void map_trace(Object* o, Tracer& t) {
    auto* m = static_cast<MapObject*>(o);
    t.visit(m->func);
    t.visit(m->iters);
}
static Value map_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("map", kwnames)) return Value();
    if (nargs < 2) return raise(exc::TypeError, "map() must have at least two arguments.");
    Value iters = make_tuple(nargs - 1);
    if (!iters) return iters;
    for (size_t i = 1; i < nargs; i++) {
        Value it = get_iter(args[i]);
        if (!it) return it;
        tuple_items(iters)[i - 1] = it;
    }
    auto* m = gc_new<MapObject>(type, type->basic_size);
    if (!m) return Value();
    m->func = args[0];
    m->iters = iters;
    return Value(m);
}
static Value map_next(Value self) {
    auto* m = static_cast<MapObject*>(self.as_ptr());
    size_t n = tuple_size(m->iters);
    ValueVec argv(n);
    for (size_t i = 0; i < n; i++) {
        argv[i] = iter_next(tuple_get(m->iters, i));
        if (!argv[i]) return Value();
    }
    return call(m->func, argv.data(), n);
}
static Value filter_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("filter", kwnames) || !check_nargs("filter", nargs, 2, 2)) return Value();
    Value it = get_iter(args[1]);
    if (!it) return it;
    auto* m = gc_new<MapObject>(type, type->basic_size);
    if (!m) return Value();
    m->func = args[0];
    m->iters = it;
    return Value(m);
}
static Value filter_next(Value self) {
    auto* m = static_cast<MapObject*>(self.as_ptr());
    for (;;) {
        Value v = iter_next(m->iters);
        if (!v) return v;
        int ok;
        if (is_none(m->func) || m->func == Value(&BoolType)) {
            ok = truthy(v);
        } else {
            Value r = call1(m->func, v);
            if (!r) return r;
            ok = truthy(r);
        }
        if (ok < 0) return Value();
        if (ok) return v;
    }
}

// -- reversed
// ---------------------------------------------------------------------------------------

struct ReversedObject : Object {
    Value seq;
    int64_t index;
};
static void reversed_trace(Object* o, Tracer& t) {
    t.visit(static_cast<ReversedObject*>(o)->seq);
}
static Value reversed_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("reversed", kwnames) || !check_nargs("reversed", nargs, 1, 1))
        return Value();
    Value seq = args[0];
    Value rev = lookup_special(seq, names::__reversed__);
    if (rev) {
        if (is_none(rev))
            return raise(exc::TypeError, "'%s' object is not reversible", type_name(seq));
        return call_special(seq, names::__reversed__, {});
    }
    if (err_occurred()) return Value();
    // A sequence (item access, not a dict) is reversible; its len() then
    // fails on its own terms ("object of type 'S' has no len()").
    if (!type_of(seq)->getitem || is_dict(seq))
        return raise(exc::TypeError, "'%s' object is not reversible", type_name(seq));
    int64_t n = length(seq);
    if (n < 0) return Value();
    auto* r = gc_new<ReversedObject>(type, type->basic_size);
    if (!r) return Value();
    r->seq = seq;
    r->index = n - 1;
    return Value(r);
}
static Value reversed_next(Value self) {
    auto* r = static_cast<ReversedObject*>(self.as_ptr());
    if (r->index < 0 || !r->seq) return Value();
    Value v = get_item(r->seq, make_int(r->index--));
    if (!v && (err_matches(exc::IndexError) || err_matches(exc::StopIteration))) {
        err_clear();
        r->seq = Value();
    }
    return v;
}

void add_iterator_types(Dict* builtins) {
    dict_set_cstr(builtins, "enumerate", Value(&EnumerateType));
    dict_set_cstr(builtins, "zip", Value(&ZipType));
    dict_set_cstr(builtins, "map", Value(&MapType));
    dict_set_cstr(builtins, "filter", Value(&FilterType));
    dict_set_cstr(builtins, "reversed", Value(&ReversedType));
}

static void init_iter_type(Type* t, const char* name, TraceFn trace, UnaryFn next, NewFn nw,
                           size_t size) {
    t->trace = trace;
    t->iter = self_iter;
    t->iternext = next;
    t->tp_new = nw;
    init_static_type(t, name, &ObjectType, size, nw ? uint32_t(TYPE_BASETYPE) : 0u);
}

void init_iterator_types() {
    init_iter_type(&ListIterType, "list_iterator", seq_iter_trace, seq_iter_next, nullptr,
                   sizeof(SeqIterObject));
    init_iter_type(&TupleIterType, "tuple_iterator", seq_iter_trace, seq_iter_next, nullptr,
                   sizeof(SeqIterObject));
    init_iter_type(&ListRevIterType, "list_reverseiterator", seq_iter_trace, seq_iter_next, nullptr,
                   sizeof(SeqIterObject));
    for (Type* t : {&ListIterType, &TupleIterType, &ListRevIterType})
        add_methods(t, seq_iter_methods);
    init_iter_type(&GetItemIterType, "iterator", getitem_iter_trace, getitem_iter_next, nullptr,
                   sizeof(GetItemIterObject));
    init_iter_type(&CallableIterType, "callable_iterator", callable_iter_trace, callable_iter_next,
                   nullptr, sizeof(CallableIterObject));
    init_iter_type(&EnumerateType, "enumerate", enumerate_trace, enumerate_next, enumerate_new,
                   sizeof(EnumerateObject));
    add_class_getitem(&EnumerateType); // enumerate[int], as CPython's
    init_iter_type(&ZipType, "zip", zip_trace, zip_next, zip_new, sizeof(ZipObject));
    init_iter_type(&MapType, "map", map_trace, map_next, map_new, sizeof(MapObject));
    init_iter_type(&FilterType, "filter", map_trace, filter_next, filter_new, sizeof(MapObject));
    init_iter_type(&ReversedType, "reversed", reversed_trace, reversed_next, reversed_new,
                   sizeof(ReversedObject));
}

} // namespace uopy
