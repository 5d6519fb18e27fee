// range and slice. CPython counterpart: Objects/rangeobject.c,
// Objects/sliceobject.c.
#include "objects/int.h"
#include "objects/misc.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"
#include "objects/function.h"

#include <string>

namespace uopy {

Type RangeType, SliceType, RangeIterType;

// -- slice ------------------------------------------------------------------------------------

static void slice_trace(Object* o, Tracer& t) {
    auto* s = static_cast<SliceObject*>(o);
    t.visit(s->start);
    t.visit(s->stop);
    t.visit(s->step);
}

Value make_slice(Value start, Value stop, Value step) {
    auto* s = gc_new<SliceObject>(&SliceType);
    if (!s) return Value();
    s->start = start ? start : None();
    s->stop = stop ? stop : None();
    s->step = step ? step : None();
    return Value(s);
}

bool slice_indices(Value slice, int64_t length, int64_t* start, int64_t* stop, int64_t* step,
                   int64_t* slicelength) {
    auto* s = static_cast<SliceObject*>(slice.as_ptr());
    *step = 1;
    if (!is_none(s->step)) {
        if (!index_as_int64(s->step, step, nullptr)) {
            if (err_matches(exc::TypeError)) {
                err_clear();
                raise(exc::TypeError,
                      "slice indices must be integers or None or have an __index__ method");
            }
            return false;
        }
        if (*step == 0) {
            raise(exc::ValueError, "slice step cannot be zero");
            return false;
        }
    }
    int64_t lower = *step < 0 ? -1 : 0;
    int64_t upper = *step < 0 ? length - 1 : length;
    auto resolve = [&](Value v, int64_t dflt, int64_t* out) {
        if (is_none(v)) {
            *out = dflt;
            return true;
        }
        if (!index_as_int64(v, out, nullptr)) {
            if (err_matches(exc::TypeError)) {
                err_clear();
                raise(exc::TypeError,
                      "slice indices must be integers or None or have an __index__ method");
            }
            return false;
        }
        if (*out < 0) {
            *out += length;
            if (*out < lower) *out = lower;
        } else if (*out > upper) {
            *out = upper;
        }
        return true;
    };
    if (!resolve(s->start, *step < 0 ? upper : lower, start)) return false;
    if (!resolve(s->stop, *step < 0 ? lower : upper, stop)) return false;
    if (*step < 0)
        *slicelength = *stop < *start ? (*start - *stop - 1) / (-*step) + 1 : 0;
    else
        *slicelength = *start < *stop ? (*stop - *start - 1) / *step + 1 : 0;
    return true;
}

static Value slice_repr(Value self) {
    auto* s = static_cast<SliceObject*>(self.as_ptr());
    return make_str("slice(" + repr_text(s->start) + ", " + repr_text(s->stop) + ", " +
                    repr_text(s->step) + ")");
}

static Value slice_new(Type*, const Value* args, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("slice", kwnames) || !check_nargs("slice", nargs, 1, 3)) return Value();
    if (nargs == 1) return make_slice(None(), args[0], None());
    return make_slice(args[0], args[1], nargs == 3 ? args[2] : None());
}

static Value slice_richcompare(Value a, Value b, CompareOp op) {
    if (type_of(b) != &SliceType) return NotImplemented();
    auto* x = static_cast<SliceObject*>(a.as_ptr());
    auto* y = static_cast<SliceObject*>(b.as_ptr());
    Value ta = tuple_pack({x->start, x->stop, x->step});
    Value tb = tuple_pack({y->start, y->stop, y->step});
    return rich_compare(ta, tb, op);
}

static Value g_start(Value s) {
    return static_cast<SliceObject*>(s.as_ptr())->start;
}
static Value g_stop(Value s) {
    return static_cast<SliceObject*>(s.as_ptr())->stop;
}
static Value g_step(Value s) {
    return static_cast<SliceObject*>(s.as_ptr())->step;
}
static const GetSetDef slice_getsets[] = {
    {"start", g_start, readonly_member_set, nullptr},
    {"stop", g_stop, readonly_member_set, nullptr},
    {"step", g_step, readonly_member_set, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

static Value m_indices(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("indices", nargs, 1, 1)) return Value();
    int64_t len, a, b, c, n;
    if (!index_as_int64(args[0], &len, exc::OverflowError)) return Value();
    if (len < 0) return raise(exc::ValueError, "length should not be negative");
    if (!slice_indices(self, len, &a, &b, &c, &n)) return Value();
    return tuple_pack({make_int(a), make_int(b), make_int(c)});
}
// __reduce__: (slice, (start, stop, step)).
static Value m_slice_reduce(Value self, const Value*, size_t, Value) {
    auto* s = static_cast<SliceObject*>(self.as_ptr());
    Value args = tuple_pack({s->start, s->stop, s->step});
    return args ? tuple_pack({Value(type_of(self)), args}) : args;
}
static const NativeMethodDef slice_methods[] = {
    {"indices", m_indices, 0, nullptr},
    {"__reduce__", m_slice_reduce, NATIVE_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// -- range ------------------------------------------------------------------------------------

static void range_trace(Object* o, Tracer& t) {
    auto* r = static_cast<RangeObject*>(o);
    t.visit(r->start);
    t.visit(r->stop);
    t.visit(r->step);
    t.visit(r->length);
}

static Value range_length(Value start, Value stop, Value step) {
    // ceil((stop - start) / step) clamped at 0, on ints of any size.
    Value diff = int_sub(stop, start);
    if (!diff) return diff;
    bool pos = int_sign(step) > 0;
    if ((pos && int_sign(diff) <= 0) || (!pos && int_sign(diff) >= 0)) return Value::small_int(0);
    Value adj = int_add(diff, pos ? int_sub(step, Value::small_int(1))
                                  : int_add(step, Value::small_int(1)));
    if (!adj) return adj;
    return int_floordiv(adj, step);
}

Value make_range(Value start, Value stop, Value step) {
    auto* r = gc_new<RangeObject>(&RangeType);
    if (!r) return Value();
    Value v(r);
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = range_length(start, stop, step);
    if (!r->length) return Value();
    return v;
}

static Value range_new(Type*, const Value* args, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("range", kwnames)) return Value();
    if (nargs == 0) return raise(exc::TypeError, "range expected at least 1 argument, got 0");
    if (nargs > 3)
        return raise(exc::TypeError, "range expected at most 3 arguments, got %zu", nargs);
    Value a[3];
    for (size_t i = 0; i < nargs; i++) {
        a[i] = number_index(args[i]);
        if (!a[i]) return Value();
        a[i] = int_positive(a[i]); // exact int: range(True, 3) is range(1, 3)
        if (!a[i]) return Value();
    }
    Value start = nargs == 1 ? Value::small_int(0) : a[0];
    Value stop = nargs == 1 ? a[0] : a[1];
    Value step = nargs == 3 ? a[2] : Value::small_int(1);
    if (int_sign(step) == 0) return raise(exc::ValueError, "range() arg 3 must not be zero");
    return make_range(start, stop, step);
}

static RangeObject* R(Value v) {
    return static_cast<RangeObject*>(v.as_ptr());
}

static Value range_repr(Value self) {
    RangeObject* r = R(self);
    std::string s = "range(" + repr_text(r->start) + ", " + repr_text(r->stop);
    if (!(r->step.is_int() && r->step.as_int() == 1)) s += ", " + repr_text(r->step);
    return make_str(s + ")");
}

static int64_t range_len(Value self) {
    int64_t n;
    if (!int_fits_int64(R(self)->length, &n)) {
        raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return n;
}

// A range is true when it is not empty (its length may not fit a C size).
static int range_bool(Value self) {
    return int_sign(R(self)->length) != 0;
}

static Value range_item(RangeObject* r, Value i) {
    return int_add(r->start, int_mul(i, r->step));
}

static Value range_getitem(Value self, Value key) {
    RangeObject* r = R(self);
    // An object with __index__ indexes like the int it stands for.
    if (!is_int(key) && type_of(key) != &SliceType && is_index_like(key)) {
        key = number_index(key);
        if (!key) return key;
    }
    if (is_int(key)) {
        Value i = key;
        if (int_sign(i) < 0) i = int_add(i, r->length);
        if (int_sign(i) < 0 || int_compare(i, r->length) >= 0)
            return raise(exc::IndexError, "range object index out of range");
        return range_item(r, i);
    }
    if (type_of(key) == &SliceType) {
        int64_t len = range_len(self);
        if (len < 0) return Value();
        int64_t start, stop, step, n;
        if (!slice_indices(key, len, &start, &stop, &step, &n)) return Value();
        (void)n;
        Value nstart = range_item(r, make_int(start));
        Value nstop = range_item(r, make_int(stop));
        Value nstep = int_mul(r->step, make_int(step));
        if (!nstart || !nstop || !nstep) return Value();
        return make_range(nstart, nstop, nstep);
    }
    return raise(exc::TypeError, "range indices must be integers or slices, not %s",
                 type_name(key));
}

// hash((len, start, step)), with start and step None where they do not
// matter, so equal ranges hash equal.
static int64_t range_hash(Value self) {
    RangeObject* r = R(self);
    Value t;
    if (int_sign(r->length) == 0)
        t = tuple_pack({r->length, None(), None()});
    else if (int_compare(r->length, Value::small_int(1)) == 0)
        t = tuple_pack({r->length, r->start, None()});
    else
        t = tuple_pack({r->length, r->start, r->step});
    return t ? hash_of(t) : -1;
}

static int range_contains(Value self, Value item) {
    RangeObject* r = R(self);
    if (is_exact_int(item) || is_bool(item)) {
        bool pos = int_sign(r->step) > 0;
        if (pos ? (int_compare(item, r->start) < 0 || int_compare(item, r->stop) >= 0)
                : (int_compare(item, r->start) > 0 || int_compare(item, r->stop) <= 0))
            return 0;
        Value m = int_mod(int_sub(item, r->start), r->step);
        return m && int_sign(m) == 0;
    }
    Value it = get_iter(self);
    for (;;) {
        Value x = iter_next(it);
        if (!x) return err_occurred() ? -1 : 0;
        int eq = rich_compare_bool(x, item, CMP_EQ);
        if (eq) return eq;
    }
}

static Value range_richcompare(Value a, Value b, CompareOp op) {
    if (type_of(b) != &RangeType || (op != CMP_EQ && op != CMP_NE)) return NotImplemented();
    RangeObject *x = R(a), *y = R(b);
    bool eq;
    if (int_compare(x->length, y->length) != 0)
        eq = false;
    else if (int_sign(x->length) == 0)
        eq = true;
    else if (int_compare(x->start, y->start) != 0)
        eq = false;
    else
        eq = x->length.is_int() && x->length.as_int() == 1 ? true
                                                           : int_compare(x->step, y->step) == 0;
    return Bool(op == CMP_EQ ? eq : !eq);
}

static void range_iter_trace(Object* o, Tracer& t) {
    auto* it = static_cast<RangeIterObject*>(o);
    t.visit(it->big_next);
    t.visit(it->big_step);
    t.visit(it->big_remaining);
}

static Value range_iter_impl(RangeObject* r, bool reversed) {
    auto* it = gc_new<RangeIterObject>(&RangeIterType);
    if (!it) return Value();
    Value v(it);
    Value first = reversed
                      ? int_add(r->start, int_mul(int_sub(r->length, Value::small_int(1)), r->step))
                      : r->start;
    Value step = reversed ? int_neg(r->step) : r->step;
    int64_t a, s, n;
    if (int_sign(r->length) == 0) {
        it->remaining = 0;
        return v;
    }
    if (int_fits_int64(first, &a) && int_fits_int64(step, &s) && int_fits_int64(r->length, &n) &&
        Value::fits_small(a) && Value::fits_small(a + (n - 1) * s)) {
        it->next = a;
        it->step = s;
        it->remaining = n;
    } else {
        it->big_next = first;
        it->big_step = step;
        it->big_remaining = r->length;
        it->remaining = -1;
    }
    return v;
}
static Value range_iter(Value self) {
    return range_iter_impl(R(self), false);
}

static Value range_iter_next(Value self) {
    auto* it = static_cast<RangeIterObject*>(self.as_ptr());
    if (it->remaining > 0) {
        int64_t v = it->next;
        it->next += it->step;
        it->remaining--;
        return Value::small_int(v);
    }
    if (it->remaining == 0 || int_sign(it->big_remaining) <= 0) return Value();
    Value v = it->big_next;
    it->big_next = int_add(it->big_next, it->big_step);
    it->big_remaining = int_sub(it->big_remaining, Value::small_int(1));
    return v;
}
static Value self_iter(Value self) {
    return self;
}

static Value m_reversed(Value self, const Value*, size_t, Value) {
    return range_iter_impl(R(self), true);
}
// count/index of anything but an int or a bool compare it with each item in
// turn, as CPython's generic sequence search (3.0 is found where 3 is).
// Returns the count, or the first index (-1 when absent); -2 on error.
static int64_t range_search(Value self, Value item, bool first_only) {
    Value it = get_iter(self);
    if (!it) return -2;
    int64_t index = 0, count = 0;
    for (;; index++) {
        Value x = iter_next(it);
        if (!x) return err_occurred() ? -2 : first_only ? -1 : count;
        int eq = rich_compare_bool(x, item, CMP_EQ);
        if (eq < 0) return -2;
        if (eq && first_only) return index;
        count += eq;
    }
}

static Value m_count(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("count", nargs, 1, 1)) return Value();
    if (!is_exact_int(args[0]) && !is_bool(args[0])) {
        int64_t n = range_search(self, args[0], false);
        return n < 0 ? Value() : make_int(n);
    }
    int r = range_contains(self, args[0]);
    return r < 0 ? Value() : Value::small_int(r);
}
static Value m_index(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("index", nargs, 1, 1)) return Value();
    if (!is_exact_int(args[0]) && !is_bool(args[0])) {
        int64_t i = range_search(self, args[0], true);
        if (i == -2) return Value();
        if (i < 0) return raise(exc::ValueError, "sequence.index(x): x not in sequence");
        return make_int(i);
    }
    int r = range_contains(self, args[0]);
    if (r < 0) return Value();
    if (!r) {
        Value rr = repr(args[0]);
        return raise(exc::ValueError, "%s is not in range", rr ? str_view(rr).data() : "?");
    }
    return int_floordiv(int_sub(args[0], R(self)->start), R(self)->step);
}
// __reduce__: (range, (start, stop, step)).
static Value m_range_reduce(Value self, const Value*, size_t, Value) {
    Value args = tuple_pack({R(self)->start, R(self)->stop, R(self)->step});
    return args ? tuple_pack({Value(type_of(self)), args}) : args;
}
static const NativeMethodDef range_methods[] = {
    {"__reversed__", m_reversed, 0, nullptr},
    {"__reduce__", m_range_reduce, NATIVE_NOARGS, nullptr},
    {"count", m_count, 0, nullptr},
    {"index", m_index, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static Value rg_start(Value s) {
    return R(s)->start;
}
static Value rg_stop(Value s) {
    return R(s)->stop;
}
static Value rg_step(Value s) {
    return R(s)->step;
}
static const GetSetDef range_getsets[] = {
    {"start", rg_start, readonly_member_set, nullptr},
    {"stop", rg_stop, readonly_member_set, nullptr},
    {"step", rg_step, readonly_member_set, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// The items left: remaining (or big_remaining, for ranges past 64 bits).
static Value range_iter_length_hint(Value self, const Value*, size_t, Value) {
    auto* it = static_cast<RangeIterObject*>(self.as_ptr());
    if (it->remaining >= 0) return make_int(it->remaining);
    return it->big_remaining ? it->big_remaining : Value::small_int(0);
}

void init_misc_types() {
    SliceType.trace = slice_trace;
    SliceType.repr = slice_repr;
    SliceType.tp_new = slice_new;
    SliceType.richcompare = slice_richcompare;
    init_static_type(&SliceType, "slice", &ObjectType, sizeof(SliceObject), 0);
    add_getsets(&SliceType, slice_getsets);
    add_methods(&SliceType, slice_methods);

    RangeType.trace = range_trace;
    RangeType.repr = range_repr;
    RangeType.hash = range_hash;
    RangeType.len = range_len;
    RangeType.nb_bool = range_bool;
    RangeType.getitem = range_getitem;
    RangeType.contains = range_contains;
    RangeType.iter = range_iter;
    RangeType.tp_new = range_new;
    RangeType.richcompare = range_richcompare;
    init_static_type(&RangeType, "range", &ObjectType, sizeof(RangeObject), 0);
    add_methods(&RangeType, range_methods);
    add_getsets(&RangeType, range_getsets);
    RangeIterType.trace = range_iter_trace;
    RangeIterType.iter = self_iter;
    RangeIterType.iternext = range_iter_next;
    init_static_type(&RangeIterType, "range_iterator", &ObjectType, sizeof(RangeIterObject), 0);
    static const NativeMethodDef range_iter_methods[] = {
        {"__length_hint__", range_iter_length_hint, NATIVE_NOARGS, nullptr},
        {nullptr, nullptr, 0, nullptr},
    };
    add_methods(&RangeIterType, range_iter_methods);
}

} // namespace uopy
