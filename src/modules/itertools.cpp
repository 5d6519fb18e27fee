// The `itertools` module: count, cycle, repeat, accumulate, chain, compress,
// dropwhile, takewhile, filterfalse, islice, starmap, tee, zip_longest,
// groupby, product, permutations, combinations,
// combinations_with_replacement and pairwise. CPython counterpart:
// Modules/itertoolsmodule.c.
//
// Each iterator is a built-in type written as in objects/iterators.cpp: an
// Object subclass whose trace function visits every Value field, a
// tp_new-style constructor, and a next function that returns null with no
// exception set when the iterator is exhausted. Iterators that can end drop
// their inputs when they do, so that later calls stay exhausted and what
// they held can be collected.
//
// The combinatoric iterators keep their index arrays in GC byte buffers
// (gc_alloc_bytes), which the owner's trace function marks: a GC object has
// no destructor, so it must not own malloc'd memory.
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
#include "runtime/slots.h"
#include "runtime/type.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <utility>

namespace uopy {

static Type CountType, CycleType, RepeatType, AccumulateType, ChainType, CompressType,
    DropWhileType, TakeWhileType, FilterFalseType, IsliceType, StarmapType, TeeType, TeeDataType,
    ZipLongestType, GroupByType, GrouperType, ProductType, PermutationsType, CombinationsType,
    CwrType, PairwiseType;

// -- Shared helpers ---------------------------------------------------------------------------

static Value self_iter(Value self) {
    return self;
}

// Argument Clinic's first check, made before binding: more arguments in all
// than the function has parameters ("count() takes at most 2 arguments (3
// given)"). NativeSignature::bind makes it only when keywords are present.
static bool check_total_args(const char* fname, size_t nargs, Value kwnames, size_t maxargs) {
    size_t total = nargs + (kwnames ? tuple_size(kwnames) : 0);
    if (total <= maxargs) return true;
    raise(exc::TypeError, "%s() takes at most %zu %sargument%s (%zu given)", fname, maxargs,
          nargs == 0 ? "keyword " : "", maxargs == 1 ? "" : "s", total);
    return false;
}

static bool has_kwargs(Value kwnames) {
    return kwnames && tuple_size(kwnames) > 0;
}

// An int known to be 1 (True counts, as PyLong_Check accepts bools).
static bool is_int_one(Value v) {
    int64_t x;
    return is_int(v) && int_fits_int64(v, &x) && x == 1;
}

// PyNumber_Check: what count() accepts as start and step.
static bool is_number(Value v) {
    Type* t = type_of(v);
    return t->nb_index || t->nb_int || t->nb_float || isinstance_of(v, &ComplexType);
}

// The name a repr starts with: the type's __name__ ("count", or a subclass's).
static std::string repr_type_name(Value self) {
    return std::string(str_view(type_of(self)->name_str));
}

// An array of [n] indices in a GC byte buffer (never zero-sized, so that the
// pointer is always a real buffer). Null with MemoryError set on failure.
static size_t* alloc_indices(size_t n) {
    if (n > (size_t(1) << 36)) {
        raise_memory_error();
        return nullptr;
    }
    return reinterpret_cast<size_t*>(gc_alloc_bytes((n ? n : 1) * sizeof(size_t)));
}

// The tuple (pool[idx[0]], ..., pool[idx[r-1]]).
static Value tuple_from_indices(Value pool, const size_t* idx, size_t r) {
    Value t = make_tuple(r);
    if (!t) return t;
    for (size_t i = 0; i < r; i++)
        tuple_items(t)[i] = tuple_get(pool, idx[i]);
    return t;
}

// -- count(start=0, step=1) -------------------------------------------------------------------

struct CountObject : Object {
    Value cnt;  // the next value to return
    Value step; // added after each value
};
static void count_trace(Object* o, Tracer& t) {
    auto* c = static_cast<CountObject*>(o);
    t.visit(c->cnt);
    t.visit(c->step);
}
static Value count_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("count", "start=, step=");
    Value a[2];
    if (!check_total_args("count", nargs, kwnames, 2) || !sig.bind(args, nargs, kwnames, a))
        return Value();
    if ((a[0] && !is_number(a[0])) || (a[1] && !is_number(a[1])))
        return raise(exc::TypeError, "a number is required");
    Value start = a[0] ? a[0] : Value::small_int(0);
    Value step = a[1] ? a[1] : Value::small_int(1);
    // An int start counting by 1 yields plain ints (CPython's "fast mode"
    // counts in a C integer): count(True) gives 1, 2, ...
    if (is_int(start) && is_int_one(step)) {
        start = int_positive(start);
        if (!start) return start;
        step = Value::small_int(1);
    }
    auto* c = gc_new<CountObject>(type, type->basic_size);
    if (!c) return Value();
    c->cnt = start;
    c->step = step;
    return Value(c);
}
static Value count_next(Value self) {
    auto* c = static_cast<CountObject*>(self.as_ptr());
    Value cur = c->cnt;
    Value nx =
        cur.is_int() && c->step.is_int() ? int_add(cur, c->step) : binary_op(cur, c->step, NB_ADD);
    if (!nx) return nx;
    c->cnt = nx;
    return cur;
}
// count(5), count(1.5, 0.5): the step is shown unless it is the int 1.
static Value count_repr(Value self) {
    auto* c = static_cast<CountObject*>(self.as_ptr());
    Value r = repr(c->cnt);
    if (!r) return r;
    std::string s = repr_type_name(self) + "(" + std::string(str_view(r));
    if (!is_int_one(c->step)) {
        Value rs = repr(c->step);
        if (!rs) return rs;
        s += ", ";
        s += str_view(rs);
    }
    return make_str(s + ")");
}

// -- cycle(iterable) ---------------------------------------------------------------------------

struct CycleObject : Object {
    Value it;     // the source, null once exhausted
    Value saved;  // list of the items seen in the first pass
    size_t index; // next item of [saved] to return after the first pass
};
static void cycle_trace(Object* o, Tracer& t) {
    auto* c = static_cast<CycleObject*>(o);
    t.visit(c->it);
    t.visit(c->saved);
}
static Value cycle_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("cycle", kwnames) || !check_nargs_expected("cycle", nargs, 1, 1))
        return Value();
    Value it = get_iter(args[0]);
    if (!it) return it;
    Value saved = make_list(0);
    if (!saved) return saved;
    auto* c = gc_new<CycleObject>(type, type->basic_size);
    if (!c) return Value();
    c->it = it;
    c->saved = saved;
    return Value(c);
}
static Value cycle_next(Value self) {
    auto* c = static_cast<CycleObject*>(self.as_ptr());
    if (c->it) {
        Value v = iter_next(c->it);
        if (v) {
            if (!list_append(c->saved, v)) return Value();
            return v;
        }
        if (err_occurred()) return Value();
        c->it = Value();
    }
    size_t n = list_size(c->saved);
    if (n == 0) return Value();
    if (c->index >= n) c->index = 0;
    return list_get(c->saved, c->index++);
}

// -- repeat(object[, times]) -------------------------------------------------------------------

struct RepeatObject : Object {
    Value element;
    int64_t remaining; // -1: forever
};
static void repeat_trace(Object* o, Tracer& t) {
    t.visit(static_cast<RepeatObject*>(o)->element);
}
static Value repeat_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("repeat", "object, times=");
    Value a[2];
    if (!check_total_args("repeat", nargs, kwnames, 2) || !sig.bind(args, nargs, kwnames, a))
        return Value();
    int64_t n = -1;
    if (a[1]) {
        if (!int_as_int64(a[1], &n)) return Value();
        if (n < 0) n = 0; // a negative count repeats nothing
    }
    auto* r = gc_new<RepeatObject>(type, type->basic_size);
    if (!r) return Value();
    r->element = a[0];
    r->remaining = n;
    return Value(r);
}
static Value repeat_next(Value self) {
    auto* r = static_cast<RepeatObject*>(self.as_ptr());
    if (r->remaining == 0) return Value();
    if (r->remaining > 0) r->remaining--;
    return r->element;
}
// repeat('a'), repeat('a', 3): the count shown is what is left.
static Value repeat_repr(Value self) {
    auto* r = static_cast<RepeatObject*>(self.as_ptr());
    Value er = repr(r->element);
    if (!er) return er;
    std::string s = repr_type_name(self) + "(" + std::string(str_view(er));
    if (r->remaining >= 0) s += ", " + std::to_string(r->remaining);
    return make_str(s + ")");
}
static Value repeat_length_hint(Value self, const Value*, size_t, Value) {
    auto* r = static_cast<RepeatObject*>(self.as_ptr());
    if (r->remaining < 0) return raise(exc::TypeError, "len() of unsized object");
    return make_int(r->remaining);
}
static const NativeMethodDef repeat_methods[] = {
    {"__length_hint__", repeat_length_hint, NATIVE_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// -- accumulate(iterable, func=None, *, initial=None) -----------------------------------------

struct AccumulateObject : Object {
    Value it;
    Value func;    // null or None: addition
    Value total;   // the running result, null before the first item
    Value initial; // returned first, then cleared; null when not given
};
static void accumulate_trace(Object* o, Tracer& t) {
    auto* a = static_cast<AccumulateObject*>(o);
    t.visit(a->it);
    t.visit(a->func);
    t.visit(a->total);
    t.visit(a->initial);
}
static Value accumulate_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("accumulate", "iterable, func=, *, initial=");
    Value a[3];
    if (!check_total_args("accumulate", nargs, kwnames, 3)) return Value();
    if (nargs > 2)
        return raise(exc::TypeError,
                     "accumulate() takes at most 2 positional arguments (%zu given)", nargs);
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    Value it = get_iter(a[0]);
    if (!it) return it;
    auto* acc = gc_new<AccumulateObject>(type, type->basic_size);
    if (!acc) return Value();
    acc->it = it;
    acc->func = a[1] && !is_none(a[1]) ? a[1] : Value();
    acc->initial = a[2] && !is_none(a[2]) ? a[2] : Value();
    return Value(acc);
}
static Value accumulate_next(Value self) {
    auto* a = static_cast<AccumulateObject*>(self.as_ptr());
    if (a->initial) {
        a->total = a->initial;
        a->initial = Value();
        return a->total;
    }
    Value v = iter_next(a->it);
    if (!v) return v;
    if (!a->total) {
        a->total = v;
        return v;
    }
    Value t = a->func ? call2(a->func, a->total, v) : binary_op(a->total, v, NB_ADD);
    if (!t) return t;
    a->total = t;
    return t;
}

// -- chain(*iterables), chain.from_iterable(iterable) -----------------------------------------

struct ChainObject : Object {
    Value source; // iterator over the iterables, null once exhausted
    Value active; // iterator over the current iterable, or null
};
static void chain_trace(Object* o, Tracer& t) {
    auto* c = static_cast<ChainObject*>(o);
    t.visit(c->source);
    t.visit(c->active);
}
static Value chain_from_source(Type* type, Value source) {
    auto* c = gc_new<ChainObject>(type, type->basic_size);
    if (!c) return Value();
    c->source = source;
    return Value(c);
}
static Value chain_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("chain", kwnames)) return Value();
    Value iterables = make_tuple_from(args, nargs);
    if (!iterables) return iterables;
    Value source = get_iter(iterables);
    if (!source) return source;
    return chain_from_source(type, source);
}
// A classmethod: [self] is the class (chain or a subclass).
static Value chain_from_iterable(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (has_kwargs(kwnames))
        return raise(exc::TypeError, "chain.from_iterable() takes no keyword arguments");
    if (nargs != 1)
        return raise(exc::TypeError, "chain.from_iterable() takes exactly one argument (%zu given)",
                     nargs);
    Value source = get_iter(args[0]);
    if (!source) return source;
    return chain_from_source(static_cast<Type*>(self.as_ptr()), source);
}
static const NativeMethodDef chain_methods[] = {
    {"from_iterable", chain_from_iterable, NATIVE_CLASS | NATIVE_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static Value chain_next(Value self) {
    auto* c = static_cast<ChainObject*>(self.as_ptr());
    while (c->source) {
        if (!c->active) {
            // Running out of iterables, or an error getting one, ends the chain.
            Value iterable = iter_next(c->source);
            if (!iterable) {
                c->source = Value();
                return Value();
            }
            // Each iterable becomes an iterator only when the chain reaches it.
            Value it = get_iter(iterable);
            if (!it) {
                c->source = Value();
                return it;
            }
            c->active = it;
        }
        Value v = iter_next(c->active);
        if (v || err_occurred()) return v;
        c->active = Value();
    }
    return Value();
}

// -- compress(data, selectors) -----------------------------------------------------------------

struct CompressObject : Object {
    Value data, selectors; // iterators
};
static void compress_trace(Object* o, Tracer& t) {
    auto* c = static_cast<CompressObject*>(o);
    t.visit(c->data);
    t.visit(c->selectors);
}
static Value compress_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("compress", "data, selectors");
    Value a[2];
    if (!check_total_args("compress", nargs, kwnames, 2) || !sig.bind(args, nargs, kwnames, a))
        return Value();
    Value data = get_iter(a[0]);
    if (!data) return data;
    Value selectors = get_iter(a[1]);
    if (!selectors) return selectors;
    auto* c = gc_new<CompressObject>(type, type->basic_size);
    if (!c) return Value();
    c->data = data;
    c->selectors = selectors;
    return Value(c);
}
static Value compress_next(Value self) {
    auto* c = static_cast<CompressObject*>(self.as_ptr());
    for (;;) {
        // The datum is read before its selector, as CPython does.
        Value d = iter_next(c->data);
        if (!d) return d;
        Value s = iter_next(c->selectors);
        if (!s) return s;
        int ok = truthy(s);
        if (ok < 0) return Value();
        if (ok) return d;
    }
}

// -- dropwhile, takewhile, filterfalse, starmap: (function, iterable) ---------------------------

struct PredicateObject : Object {
    Value func;
    Value it;
    bool done; // dropwhile: dropping is over; takewhile: taking is over
};
static void predicate_trace(Object* o, Tracer& t) {
    auto* p = static_cast<PredicateObject*>(o);
    t.visit(p->func);
    t.visit(p->it);
}
static Value predicate_new(const char* name, Type* type, const Value* args, size_t nargs,
                           Value kwnames) {
    if (!check_no_kwargs(name, kwnames) || !check_nargs_expected(name, nargs, 2, 2)) return Value();
    Value it = get_iter(args[1]);
    if (!it) return it;
    auto* p = gc_new<PredicateObject>(type, type->basic_size);
    if (!p) return Value();
    p->func = args[0];
    p->it = it;
    return Value(p);
}
// truthy(func(item)): 1, 0, or -1 on error.
static int predicate_test(Value func, Value item) {
    Value r = call1(func, item);
    if (!r) return -1;
    return truthy(r);
}

static Value dropwhile_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    return predicate_new("dropwhile", type, args, nargs, kwnames);
}
static Value dropwhile_next(Value self) {
    auto* p = static_cast<PredicateObject*>(self.as_ptr());
    for (;;) {
        Value v = iter_next(p->it);
        if (!v || p->done) return v;
        int ok = predicate_test(p->func, v);
        if (ok < 0) return Value();
        if (!ok) {
            p->done = true;
            return v;
        }
    }
}

static Value takewhile_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    return predicate_new("takewhile", type, args, nargs, kwnames);
}
static Value takewhile_next(Value self) {
    auto* p = static_cast<PredicateObject*>(self.as_ptr());
    if (p->done) return Value();
    Value v = iter_next(p->it);
    if (!v) return v;
    int ok = predicate_test(p->func, v);
    if (ok < 0) return Value();
    if (ok) return v;
    // The first failing item is consumed and the iterator stays finished.
    p->done = true;
    return Value();
}

static Value filterfalse_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    return predicate_new("filterfalse", type, args, nargs, kwnames);
}
static Value filterfalse_next(Value self) {
    auto* p = static_cast<PredicateObject*>(self.as_ptr());
    for (;;) {
        Value v = iter_next(p->it);
        if (!v) return v;
        // None (or bool) as the function tests the items themselves.
        bool plain = is_none(p->func) || p->func == Value(&BoolType);
        int ok = plain ? truthy(v) : predicate_test(p->func, v);
        if (ok < 0) return Value();
        if (!ok) return v;
    }
}

static Value starmap_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    return predicate_new("starmap", type, args, nargs, kwnames);
}
static Value starmap_next(Value self) {
    auto* p = static_cast<PredicateObject*>(self.as_ptr());
    Value argv = iter_next(p->it);
    if (!argv) return argv;
    if (!is_exact_tuple(argv)) {
        argv = sequence_to_tuple(argv);
        if (!argv) return argv;
    }
    return call(p->func, tuple_items(argv), tuple_size(argv));
}

// -- islice(iterable, stop), islice(iterable, start, stop[, step]) -----------------------------

struct IsliceObject : Object {
    Value it;     // null once finished
    int64_t next; // index of the next item to return
    int64_t stop; // -1: no limit
    int64_t step;
    int64_t cnt; // items consumed from [it] so far
};
static void islice_trace(Object* o, Tracer& t) {
    t.visit(static_cast<IsliceObject*>(o)->it);
}
// An islice() argument as CPython reads it: any failure (a non-integer, an
// overflow) is forgotten and reads as -1, which the range checks reject.
static int64_t islice_arg(Value v) {
    int64_t x;
    if (int_as_int64(v, &x)) return x;
    err_clear();
    return -1;
}
static Value islice_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("islice", kwnames) || !check_nargs_expected("islice", nargs, 2, 4))
        return Value();
    Value a_start, a_stop = args[1], a_step;
    if (nargs > 2) {
        a_start = args[1];
        a_stop = args[2];
        if (nargs == 4) a_step = args[3];
    }
    int64_t start = 0, stop = -1, step = 1;
    if (!is_none(a_stop)) {
        stop = islice_arg(a_stop);
        if (stop == -1)
            return raise(exc::ValueError, "Stop argument for islice() must be None or an "
                                          "integer: 0 <= x <= sys.maxsize.");
    }
    if (a_start && !is_none(a_start)) start = islice_arg(a_start);
    if (a_step && !is_none(a_step)) step = islice_arg(a_step);
    if (start < 0 || stop < -1)
        return raise(exc::ValueError,
                     "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    if (step < 1)
        return raise(exc::ValueError, "Step for islice() must be a positive integer or None.");
    Value it = get_iter(args[0]);
    if (!it) return it;
    auto* s = gc_new<IsliceObject>(type, type->basic_size);
    if (!s) return Value();
    s->it = it;
    s->next = start;
    s->stop = stop;
    s->step = step;
    return Value(s);
}
static Value islice_next(Value self) {
    auto* s = static_cast<IsliceObject*>(self.as_ptr());
    if (!s->it) return Value();
    // Skip to the next wanted item, then stop before reading past [stop], so
    // that the underlying iterator is left just after the last item taken.
    while (s->cnt < s->next) {
        Value skipped = iter_next(s->it);
        if (!skipped) {
            s->it = Value();
            return skipped;
        }
        s->cnt++;
    }
    if (s->stop != -1 && s->cnt >= s->stop) {
        s->it = Value();
        return Value();
    }
    Value v = iter_next(s->it);
    if (!v) {
        s->it = Value();
        return v;
    }
    s->cnt++;
    int64_t nx;
    if (__builtin_add_overflow(s->next, s->step, &nx))
        nx = s->stop != -1 ? s->stop : INT64_MAX;
    else if (s->stop != -1 && nx > s->stop)
        nx = s->stop;
    s->next = nx;
    return v;
}

// -- tee(iterable, n=2) ------------------------------------------------------------------------
//
// The iterators of one tee share a singly linked list of chunks holding the
// items read from the source. Each _tee points at a chunk and an index in
// it; the chunks behind the slowest _tee are unreachable and get collected.

constexpr size_t kTeeChunkSize = 32;

struct TeeDataObject : Object {
    Value source; // the shared underlying iterator
    Value next;   // the following chunk, made when a _tee runs off this one
    size_t count; // items stored in [values]
    bool running; // reading from [source]: guards against re-entry
    Value values[kTeeChunkSize];
};
static void teedata_trace(Object* o, Tracer& t) {
    auto* d = static_cast<TeeDataObject*>(o);
    t.visit(d->source);
    t.visit(d->next);
    t.visit_values(d->values, d->count);
}
static Value make_teedata(Value source) {
    auto* d = gc_new<TeeDataObject>(&TeeDataType);
    if (!d) return Value();
    d->source = source;
    return Value(d);
}

struct TeeObject : Object {
    Value data;   // the current chunk
    size_t index; // position of the next item in it
};
static void tee_trace(Object* o, Tracer& t) {
    t.visit(static_cast<TeeObject*>(o)->data);
}
static Value make_tee(Value data, size_t index) {
    auto* t = gc_new<TeeObject>(&TeeType);
    if (!t) return Value();
    t->data = data;
    t->index = index;
    return Value(t);
}
// A _tee over the iterator [it]: a copy when it is a _tee already.
static Value tee_from_iterator(Value it) {
    if (type_of(it) == &TeeType) {
        auto* src = static_cast<TeeObject*>(it.as_ptr());
        return make_tee(src->data, src->index);
    }
    Value data = make_teedata(it);
    if (!data) return data;
    return make_tee(data, 0);
}
static Value tee_next(Value self) {
    auto* t = static_cast<TeeObject*>(self.as_ptr());
    auto* d = static_cast<TeeDataObject*>(t->data.as_ptr());
    if (t->index == kTeeChunkSize) {
        if (!d->next) {
            Value nd = make_teedata(d->source);
            if (!nd) return nd;
            d->next = nd;
        }
        t->data = d->next;
        t->index = 0;
        d = static_cast<TeeDataObject*>(t->data.as_ptr());
    }
    if (t->index < d->count) return d->values[t->index++];
    // This _tee is the furthest ahead: read a new item for all of them.
    if (d->running) return raise(exc::RuntimeError, "cannot re-enter the tee iterator");
    d->running = true;
    Value v = iter_next(d->source);
    d->running = false;
    if (!v) return v;
    d->values[d->count++] = v;
    t->index++;
    return v;
}
static Value tee_copy(Value self, const Value*, size_t, Value) {
    auto* t = static_cast<TeeObject*>(self.as_ptr());
    return make_tee(t->data, t->index);
}
static const NativeMethodDef tee_methods[] = {
    {"__copy__", tee_copy, NATIVE_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
// itertools._tee(iterable)
static Value tee_new(Type*, const Value* args, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("_tee", kwnames) || !check_nargs_expected("_tee", nargs, 1, 1))
        return Value();
    Value it = get_iter(args[0]);
    if (!it) return it;
    return tee_from_iterator(it);
}

static Value itertools_tee(Value, const Value* args, size_t nargs, Value kwnames) {
    if (has_kwargs(kwnames))
        return raise(exc::TypeError, "itertools.tee() takes no keyword arguments");
    if (!check_nargs_expected("tee", nargs, 1, 2)) return Value();
    int64_t n = 2;
    if (nargs == 2 && !int_as_int64(args[1], &n)) return Value();
    if (n < 0) return raise(exc::ValueError, "n must be >= 0");
    if (n == 0) return empty_tuple();
    Value it = get_iter(args[0]);
    if (!it) return it;
    // An iterator that can copy itself (a _tee, or anything with __copy__)
    // is used as the first result and copied for the others.
    Value copyfunc;
    if (type_of(it) != &TeeType) {
        copyfunc = get_attr_optional(it, intern("__copy__"));
        if (!copyfunc) {
            if (err_occurred()) return Value();
            it = tee_from_iterator(it);
            if (!it) return it;
        }
    }
    Value result = make_tuple(static_cast<size_t>(n));
    if (!result) return result;
    tuple_items(result)[0] = it;
    for (int64_t i = 1; i < n; i++) {
        Value c = copyfunc ? call0(copyfunc) : tee_from_iterator(it);
        if (!c) return c;
        tuple_items(result)[i] = c;
    }
    return result;
}

// -- zip_longest(*iterables, fillvalue=None) ---------------------------------------------------

struct ZipLongestObject : Object {
    Value iters; // private tuple of iterators; an exhausted one is replaced by None
    Value fill;
    size_t active; // iterators not yet exhausted
};
static void zip_longest_trace(Object* o, Tracer& t) {
    auto* z = static_cast<ZipLongestObject*>(o);
    t.visit(z->iters);
    t.visit(z->fill);
}
static Value zip_longest_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    Value fill = None();
    if (has_kwargs(kwnames)) {
        if (tuple_size(kwnames) != 1 || str_view(tuple_get(kwnames, 0)) != "fillvalue")
            return raise(exc::TypeError, "zip_longest() got an unexpected keyword argument");
        fill = args[nargs];
    }
    Value iters = make_tuple(nargs);
    if (!iters) return iters;
    for (size_t i = 0; i < nargs; i++) {
        Value it = get_iter(args[i]);
        if (!it) return it;
        tuple_items(iters)[i] = it;
    }
    auto* z = gc_new<ZipLongestObject>(type, type->basic_size);
    if (!z) return Value();
    z->iters = iters;
    z->fill = fill;
    z->active = nargs;
    return Value(z);
}
static Value zip_longest_next(Value self) {
    auto* z = static_cast<ZipLongestObject*>(self.as_ptr());
    size_t n = tuple_size(z->iters);
    if (n == 0 || z->active == 0) return Value();
    Value r = make_tuple(n);
    if (!r) return r;
    for (size_t i = 0; i < n; i++) {
        Value it = tuple_get(z->iters, i);
        Value v;
        if (is_none(it)) {
            v = z->fill;
        } else {
            v = iter_next(it);
            if (!v) {
                // An error, or the last iterator running out, ends the whole zip.
                if (err_occurred() || --z->active == 0) {
                    z->active = 0;
                    return Value();
                }
                tuple_items(z->iters)[i] = None();
                v = z->fill;
            }
        }
        tuple_items(r)[i] = v;
    }
    return r;
}

// -- groupby(iterable, key=None) and its _grouper ----------------------------------------------
//
// The groupby object reads one item ahead: [currvalue] with its key
// [currkey]. The _grouper of the current group ([currgrouper]) takes items
// while their key equals its target key. Advancing the groupby makes a new
// _grouper current, which ends the previous one.

struct GroupByObject : Object {
    Value it;
    Value keyfunc;     // None: the items are their own keys
    Value tgtkey;      // key of the current group, or null before the first
    Value currkey;     // key of [currvalue]
    Value currvalue;   // the item read ahead, or null
    Value currgrouper; // the _grouper that may still take items
};
static void groupby_trace(Object* o, Tracer& t) {
    auto* g = static_cast<GroupByObject*>(o);
    t.visit(g->it);
    t.visit(g->keyfunc);
    t.visit(g->tgtkey);
    t.visit(g->currkey);
    t.visit(g->currvalue);
    t.visit(g->currgrouper);
}

struct GrouperObject : Object {
    Value parent; // the groupby
    Value tgtkey; // the key of this group
};
static void grouper_trace(Object* o, Tracer& t) {
    auto* g = static_cast<GrouperObject*>(o);
    t.visit(g->parent);
    t.visit(g->tgtkey);
}

static Value groupby_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("groupby", "iterable, key=");
    Value a[2];
    if (!check_total_args("groupby", nargs, kwnames, 2) || !sig.bind(args, nargs, kwnames, a))
        return Value();
    Value it = get_iter(a[0]);
    if (!it) return it;
    auto* g = gc_new<GroupByObject>(type, type->basic_size);
    if (!g) return Value();
    g->it = it;
    g->keyfunc = a[1] ? a[1] : None();
    return Value(g);
}
// A _grouper for the group of [tgtkey], made the current one of [parent].
static Value make_grouper(Value parent, Value tgtkey) {
    auto* gr = gc_new<GrouperObject>(&GrouperType);
    if (!gr) return Value();
    gr->parent = parent;
    gr->tgtkey = tgtkey;
    static_cast<GroupByObject*>(parent.as_ptr())->currgrouper = Value(gr);
    return Value(gr);
}
// Reads the next item and its key into currvalue/currkey; false when
// exhausted (no exception) or on error.
static bool groupby_step(GroupByObject* g) {
    Value v = iter_next(g->it);
    if (!v) return false;
    Value k = v;
    if (!is_none(g->keyfunc)) {
        k = call1(g->keyfunc, v);
        if (!k) return false;
    }
    g->currvalue = v;
    g->currkey = k;
    return true;
}
static Value groupby_next(Value self) {
    auto* g = static_cast<GroupByObject*>(self.as_ptr());
    g->currgrouper = Value(); // the previous group's _grouper ends here
    // Skip the rest of the current group.
    for (;;) {
        if (g->currkey) {
            if (!g->tgtkey) break;
            int eq = rich_compare_bool(g->tgtkey, g->currkey, CMP_EQ);
            if (eq < 0) return Value();
            if (eq == 0) break;
        }
        if (!groupby_step(g)) return Value();
    }
    g->tgtkey = g->currkey;
    Value gr = make_grouper(self, g->tgtkey);
    if (!gr) return gr;
    return tuple_pack({g->currkey, gr});
}
// itertools._grouper(parent, tgtkey): becomes the parent's current group.
static Value grouper_new(Type*, const Value* args, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("_grouper", kwnames) || !check_nargs_expected("_grouper", nargs, 2, 2))
        return Value();
    if (!isinstance_of(args[0], &GroupByType))
        return raise(exc::TypeError, "_grouper() argument 1 must be itertools.groupby, not %s",
                     type_name(args[0]));
    return make_grouper(args[0], args[1]);
}
static Value grouper_next(Value self) {
    auto* gr = static_cast<GrouperObject*>(self.as_ptr());
    auto* g = static_cast<GroupByObject*>(gr->parent.as_ptr());
    if (g->currgrouper != self) return Value();
    if (!g->currvalue && !groupby_step(g)) return Value();
    int eq = rich_compare_bool(gr->tgtkey, g->currkey, CMP_EQ);
    if (eq <= 0) return Value(); // the next group starts (or an error)
    Value v = g->currvalue;
    g->currvalue = Value();
    g->currkey = Value();
    return v;
}

// -- product(*iterables, repeat=1) -------------------------------------------------------------

struct ProductObject : Object {
    Value pools;     // tuple of tuples (repeated [repeat] times)
    size_t* indices; // one per pool: the odometer
    Value result;    // the last tuple returned, null before the first
    bool stopped;
};
static void product_trace(Object* o, Tracer& t) {
    auto* p = static_cast<ProductObject*>(o);
    t.visit(p->pools);
    t.visit_buffer(p->indices);
    t.visit(p->result);
}
static Value product_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    int64_t repeat = 1;
    if (has_kwargs(kwnames)) {
        size_t nkw = tuple_size(kwnames);
        if (nkw > 1)
            return raise(exc::TypeError, "product() takes at most 1 keyword argument (%zu given)",
                         nkw);
        std::string_view name = str_view(tuple_get(kwnames, 0));
        if (name != "repeat")
            return raise(exc::TypeError, "'%s' is an invalid keyword argument for product()",
                         std::string(name).c_str());
        if (!int_as_int64(args[nargs], &repeat)) return Value();
        if (repeat < 0) return raise(exc::ValueError, "repeat argument cannot be negative");
    }
    // repeat=0 gives one empty product without even looking at the iterables.
    size_t nargs_used = repeat == 0 ? 0 : nargs;
    if (repeat > 0 &&
        nargs_used > static_cast<size_t>(INT64_MAX) / sizeof(size_t) / static_cast<size_t>(repeat))
        return raise(exc::OverflowError, "repeat argument too large");
    size_t npools = nargs_used * static_cast<size_t>(repeat);
    Value pools = make_tuple(npools);
    if (!pools) return pools;
    for (size_t i = 0; i < nargs_used; i++) {
        Value pool = sequence_to_tuple(args[i]);
        if (!pool) return pool;
        tuple_items(pools)[i] = pool;
    }
    for (size_t i = nargs_used; i < npools; i++)
        tuple_items(pools)[i] = tuple_get(pools, i - nargs_used);
    size_t* indices = alloc_indices(npools);
    if (!indices) return Value();
    auto* p = gc_new<ProductObject>(type, type->basic_size);
    if (!p) return Value();
    p->pools = pools;
    p->indices = indices;
    return Value(p);
}
static Value product_stop(ProductObject* p) {
    p->stopped = true;
    p->pools = Value();
    p->result = Value();
    return Value();
}
static Value product_next(Value self) {
    auto* p = static_cast<ProductObject*>(self.as_ptr());
    if (p->stopped) return Value();
    size_t n = tuple_size(p->pools);
    Value r;
    if (!p->result) {
        // The first product: the first item of every pool (none if one is empty).
        r = make_tuple(n);
        if (!r) return r;
        for (size_t i = 0; i < n; i++) {
            Value pool = tuple_get(p->pools, i);
            if (tuple_size(pool) == 0) return product_stop(p);
            tuple_items(r)[i] = tuple_get(pool, 0);
        }
    } else {
        // Advance the odometer: the rightmost pool turns fastest.
        r = make_tuple_from(tuple_items(p->result), n);
        if (!r) return r;
        bool advanced = false;
        for (size_t i = n; i-- > 0;) {
            Value pool = tuple_get(p->pools, i);
            if (++p->indices[i] < tuple_size(pool)) {
                tuple_items(r)[i] = tuple_get(pool, p->indices[i]);
                advanced = true;
                break;
            }
            p->indices[i] = 0;
            tuple_items(r)[i] = tuple_get(pool, 0);
        }
        if (!advanced) return product_stop(p);
    }
    p->result = r;
    return r;
}

// -- permutations, combinations, combinations_with_replacement ---------------------------------

// The r argument of combinations(): anything with __index__.
static bool read_r(Value v, int64_t* r) {
    if (!int_as_int64(v, r)) return false;
    if (*r < 0) {
        raise(exc::ValueError, "r must be non-negative");
        return false;
    }
    return true;
}

struct CombinatoricObject : Object {
    Value pool;      // tuple of the input items; null once stopped
    size_t* indices; // positions in [pool]
    size_t* cycles;  // permutations only
    size_t r;
    bool started;
};
static void combinatoric_trace(Object* o, Tracer& t) {
    auto* c = static_cast<CombinatoricObject*>(o);
    t.visit(c->pool);
    t.visit_buffer(c->indices);
    t.visit_buffer(c->cycles);
}
static Value combinatoric_stop(CombinatoricObject* c) {
    c->pool = Value();
    return Value();
}
// The object for [pool] and [r]; [nindices] positions, and [ncycles] cycle counters.
static Value make_combinatoric(Type* type, Value pool, int64_t r, size_t nindices, size_t ncycles) {
    size_t* indices = alloc_indices(nindices);
    if (!indices) return Value();
    size_t* cycles = ncycles ? alloc_indices(ncycles) : nullptr;
    if (ncycles && !cycles) return Value();
    auto* c = gc_new<CombinatoricObject>(type, type->basic_size);
    if (!c) return Value();
    c->pool = pool;
    c->indices = indices;
    c->cycles = cycles;
    c->r = static_cast<size_t>(r);
    return Value(c);
}

// permutations(iterable, r=None)
static Value permutations_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("permutations", "iterable, r=");
    Value a[2];
    if (!check_total_args("permutations", nargs, kwnames, 2) || !sig.bind(args, nargs, kwnames, a))
        return Value();
    Value pool = sequence_to_tuple(a[0]);
    if (!pool) return pool;
    size_t n = tuple_size(pool);
    int64_t r = static_cast<int64_t>(n);
    if (a[1] && !is_none(a[1])) {
        if (!is_int(a[1])) return raise(exc::TypeError, "Expected int as r");
        if (!read_r(a[1], &r)) return Value();
    }
    size_t ur = static_cast<size_t>(r);
    return make_combinatoric(type, pool, r, n, ur <= n ? ur : 0);
}
static Value permutations_next(Value self) {
    auto* c = static_cast<CombinatoricObject*>(self.as_ptr());
    if (!c->pool) return Value();
    size_t n = tuple_size(c->pool), r = c->r;
    if (!c->started) {
        c->started = true;
        if (r > n) return combinatoric_stop(c);
        for (size_t i = 0; i < n; i++)
            c->indices[i] = i;
        for (size_t i = 0; i < r; i++)
            c->cycles[i] = n - i;
        return tuple_from_indices(c->pool, c->indices, r);
    }
    // cycles[i] counts the choices left for position i; when it runs out the
    // tail from i is rotated back into order and position i-1 moves on.
    for (size_t i = r; i-- > 0;) {
        if (--c->cycles[i] == 0) {
            size_t first = c->indices[i];
            std::memmove(&c->indices[i], &c->indices[i + 1], (n - i - 1) * sizeof(size_t));
            c->indices[n - 1] = first;
            c->cycles[i] = n - i;
        } else {
            std::swap(c->indices[i], c->indices[n - c->cycles[i]]);
            return tuple_from_indices(c->pool, c->indices, r);
        }
    }
    return combinatoric_stop(c);
}

// combinations(iterable, r)
static Value combinations_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("combinations", "iterable, r");
    Value a[2];
    if (!check_total_args("combinations", nargs, kwnames, 2) || !sig.bind(args, nargs, kwnames, a))
        return Value();
    Value pool = sequence_to_tuple(a[0]);
    if (!pool) return pool;
    int64_t r;
    if (!read_r(a[1], &r)) return Value();
    size_t n = tuple_size(pool), ur = static_cast<size_t>(r);
    return make_combinatoric(type, pool, r, ur <= n ? ur : 0, 0);
}
static Value combinations_next(Value self) {
    auto* c = static_cast<CombinatoricObject*>(self.as_ptr());
    if (!c->pool) return Value();
    size_t n = tuple_size(c->pool), r = c->r;
    if (!c->started) {
        c->started = true;
        if (r > n) return combinatoric_stop(c);
        for (size_t i = 0; i < r; i++)
            c->indices[i] = i;
        return tuple_from_indices(c->pool, c->indices, r);
    }
    // The rightmost index that can still move right (index i may go up to
    // n - r + i), then the ones after it restart just behind it.
    size_t i = r;
    while (i > 0 && c->indices[i - 1] == i - 1 + n - r)
        i--;
    if (i == 0) return combinatoric_stop(c);
    i--;
    c->indices[i]++;
    for (size_t j = i + 1; j < r; j++)
        c->indices[j] = c->indices[j - 1] + 1;
    return tuple_from_indices(c->pool, c->indices, r);
}

// combinations_with_replacement(iterable, r)
static Value cwr_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("combinations_with_replacement", "iterable, r");
    Value a[2];
    if (!check_total_args("combinations_with_replacement", nargs, kwnames, 2) ||
        !sig.bind(args, nargs, kwnames, a))
        return Value();
    Value pool = sequence_to_tuple(a[0]);
    if (!pool) return pool;
    int64_t r;
    if (!read_r(a[1], &r)) return Value();
    // With an empty pool only r == 0 produces anything: one empty tuple.
    size_t n = tuple_size(pool);
    return make_combinatoric(type, pool, r, n == 0 ? 0 : static_cast<size_t>(r), 0);
}
static Value cwr_next(Value self) {
    auto* c = static_cast<CombinatoricObject*>(self.as_ptr());
    if (!c->pool) return Value();
    size_t n = tuple_size(c->pool), r = c->r;
    if (!c->started) {
        c->started = true;
        if (n == 0 && r > 0) return combinatoric_stop(c);
        // (indices are zeroed by the allocator)
        return tuple_from_indices(c->pool, c->indices, r);
    }
    // The rightmost index below n - 1 moves on; all after it take its value.
    size_t i = r;
    while (i > 0 && c->indices[i - 1] == n - 1)
        i--;
    if (i == 0) return combinatoric_stop(c);
    i--;
    size_t v = c->indices[i] + 1;
    for (size_t j = i; j < r; j++)
        c->indices[j] = v;
    return tuple_from_indices(c->pool, c->indices, r);
}

// -- pairwise(iterable) ------------------------------------------------------------------------

struct PairwiseObject : Object {
    Value it;  // null once exhausted
    Value old; // the previous item, null before the first
};
static void pairwise_trace(Object* o, Tracer& t) {
    auto* p = static_cast<PairwiseObject*>(o);
    t.visit(p->it);
    t.visit(p->old);
}
static Value pairwise_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("pairwise", kwnames) || !check_nargs_expected("pairwise", nargs, 1, 1))
        return Value();
    Value it = get_iter(args[0]);
    if (!it) return it;
    auto* p = gc_new<PairwiseObject>(type, type->basic_size);
    if (!p) return Value();
    p->it = it;
    return Value(p);
}
static Value pairwise_next(Value self) {
    auto* p = static_cast<PairwiseObject*>(self.as_ptr());
    if (!p->it) return Value();
    if (!p->old) {
        Value first = iter_next(p->it);
        if (!first) {
            p->it = Value();
            return first;
        }
        p->old = first;
    }
    Value v = iter_next(p->it);
    if (!v) {
        p->it = Value();
        p->old = Value();
        return v;
    }
    Value r = tuple_pack({p->old, v});
    if (!r) return r;
    p->old = v;
    return r;
}

// -- Types and the module ----------------------------------------------------------------------

// The tp_new of _tee_dataobject, which Python code cannot instantiate here.
static Value no_new(Type* type, const Value*, size_t, Value) {
    return raise(exc::TypeError, "cannot create '%s' instances", type->name);
}

// Readies one type. [next] null: not an iterator (_tee_dataobject);
// [nw] null: not instantiable; [basetype]: may be subclassed.
static void init_type(Type* t, const char* name, size_t size, TraceFn trace, UnaryFn next, NewFn nw,
                      bool basetype, const NativeMethodDef* methods = nullptr) {
    t->trace = trace;
    if (next) {
        t->iter = self_iter;
        t->iternext = next;
    }
    t->tp_new = nw ? nw : no_new;
    init_static_type(t, name, &ObjectType, size, basetype ? uint32_t(TYPE_BASETYPE) : 0u);
    if (methods) add_methods(t, methods);
    add_slot_wrappers(t);
    if (nw) add_builtin_new_wrapper(t);
}

static void init_itertools_types() {
    static bool ready = false;
    if (ready) return;
    ready = true;
    // A static type's fields become roots only once init_static_type has
    // registered it, so no collection may run while the types are made.
    bool was_enabled = gc_is_enabled();
    gc_set_enabled(false);
    CountType.repr = count_repr;
    RepeatType.repr = repeat_repr;
    init_type(&CountType, "itertools.count", sizeof(CountObject), count_trace, count_next,
              count_new, true);
    init_type(&CycleType, "itertools.cycle", sizeof(CycleObject), cycle_trace, cycle_next,
              cycle_new, true);
    init_type(&RepeatType, "itertools.repeat", sizeof(RepeatObject), repeat_trace, repeat_next,
              repeat_new, true, repeat_methods);
    init_type(&AccumulateType, "itertools.accumulate", sizeof(AccumulateObject), accumulate_trace,
              accumulate_next, accumulate_new, true);
    init_type(&ChainType, "itertools.chain", sizeof(ChainObject), chain_trace, chain_next,
              chain_new, true, chain_methods);
    add_class_getitem(&ChainType); // chain[int], as CPython's
    init_type(&CompressType, "itertools.compress", sizeof(CompressObject), compress_trace,
              compress_next, compress_new, true);
    init_type(&DropWhileType, "itertools.dropwhile", sizeof(PredicateObject), predicate_trace,
              dropwhile_next, dropwhile_new, true);
    init_type(&TakeWhileType, "itertools.takewhile", sizeof(PredicateObject), predicate_trace,
              takewhile_next, takewhile_new, true);
    init_type(&FilterFalseType, "itertools.filterfalse", sizeof(PredicateObject), predicate_trace,
              filterfalse_next, filterfalse_new, true);
    init_type(&StarmapType, "itertools.starmap", sizeof(PredicateObject), predicate_trace,
              starmap_next, starmap_new, true);
    init_type(&IsliceType, "itertools.islice", sizeof(IsliceObject), islice_trace, islice_next,
              islice_new, true);
    init_type(&TeeDataType, "itertools._tee_dataobject", sizeof(TeeDataObject), teedata_trace,
              nullptr, nullptr, false);
    init_type(&TeeType, "itertools._tee", sizeof(TeeObject), tee_trace, tee_next, tee_new, false,
              tee_methods);
    TeeType.flags |= TYPE_WEAKREFABLE;
    init_type(&ZipLongestType, "itertools.zip_longest", sizeof(ZipLongestObject), zip_longest_trace,
              zip_longest_next, zip_longest_new, true);
    init_type(&GroupByType, "itertools.groupby", sizeof(GroupByObject), groupby_trace, groupby_next,
              groupby_new, true);
    init_type(&GrouperType, "itertools._grouper", sizeof(GrouperObject), grouper_trace,
              grouper_next, grouper_new, false);
    init_type(&ProductType, "itertools.product", sizeof(ProductObject), product_trace, product_next,
              product_new, true);
    init_type(&PermutationsType, "itertools.permutations", sizeof(CombinatoricObject),
              combinatoric_trace, permutations_next, permutations_new, true);
    init_type(&CombinationsType, "itertools.combinations", sizeof(CombinatoricObject),
              combinatoric_trace, combinations_next, combinations_new, true);
    init_type(&CwrType, "itertools.combinations_with_replacement", sizeof(CombinatoricObject),
              combinatoric_trace, cwr_next, cwr_new, true);
    init_type(&PairwiseType, "itertools.pairwise", sizeof(PairwiseObject), pairwise_trace,
              pairwise_next, pairwise_new, true);
    gc_set_enabled(was_enabled);
}

static const NativeMethodDef itertools_functions[] = {
    {"tee", itertools_tee, NATIVE_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Value init_itertools_module() {
    init_itertools_types();
    ModuleObject* m = make_module("itertools");
    if (!m) return Value();
    Value mod(m);
    add_functions(m->dict, itertools_functions, mod);
    // The types under their own names, the private ones included as in CPython.
    Type* const types[] = {&CountType,       &CycleType,    &RepeatType,       &AccumulateType,
                           &ChainType,       &CompressType, &DropWhileType,    &TakeWhileType,
                           &FilterFalseType, &IsliceType,   &StarmapType,      &ZipLongestType,
                           &GroupByType,     &ProductType,  &PermutationsType, &CombinationsType,
                           &CwrType,         &PairwiseType, &GrouperType,      &TeeType,
                           &TeeDataType};
    for (Type* t : types)
        if (!dict_set(m->dict, t->name_str, Value(t))) return Value();
    return mod;
}

} // namespace uopy
