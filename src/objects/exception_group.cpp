// BaseExceptionGroup and ExceptionGroup (PEP 654), and the runtime half of
// except*: matching a raised group against a clause's types, and building
// what an except* statement re-raises. CPython counterpart: the exception
// group parts of Objects/exceptions.c and _PyEval_ExceptionGroupMatch in
// Python/ceval.c (3.11 behaviour).
//
// A group holds a message and a non-empty tuple of exceptions (which may be
// groups themselves: a tree whose leaves are plain exceptions). split() and
// subgroup() walk the tree with a condition and rebuild the matching (and
// the remaining) parts through derive(), copying the original's traceback,
// context, cause and notes onto every part. except* relies on that copy:
// an exception an except* clause re-raises unchanged still carries the
// original's metadata, which tells it apart from a newly raised one.
#include "objects/exception_group.h"

#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/list.h"
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

namespace uopy {

namespace {

struct ExceptionGroupObject : ExceptionObject {
    Value message;    // str
    Value exceptions; // non-empty tuple of exceptions
};

ExceptionGroupObject* EG(Value v) {
    return static_cast<ExceptionGroupObject*>(v.as_ptr());
}

void eg_trace(Object* o, Tracer& t) {
    BaseExceptionType.trace(o, t);
    t.visit(EG(Value(o))->message);
    t.visit(EG(Value(o))->exceptions);
}

// BaseExceptionGroup(message, exceptions): the class is ExceptionGroup when
// BaseExceptionGroup itself is asked for and every member is an Exception.
Value eg_new(Type* type, const Value* args, size_t nargs, Value) {
    if (nargs != 2)
        return raise(exc::TypeError,
                     "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", nargs);
    Value message = args[0], seq = args[1];
    if (!is_str(message))
        return raise(exc::TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                     type_name(message));
    Type* st = type_of(seq);
    bool sequence = is_list(seq) || is_tuple(seq) ||
                    (st->getitem && !(st->flags & TYPE_DICT_SUBCLASS) && !is_str(seq));
    if (!sequence) return raise(exc::TypeError, "second argument (exceptions) must be a sequence");
    Value excs = sequence_to_tuple(seq);
    if (!excs) return excs;
    size_t n = tuple_size(excs);
    if (n == 0)
        return raise(exc::ValueError, "second argument (exceptions) must be a non-empty sequence");
    bool nested_base = false;
    for (size_t i = 0; i < n; i++) {
        Value e = tuple_get(excs, i);
        if (!is_exception(e))
            return raise(exc::ValueError,
                         "Item %zu of second argument (exceptions) is not an exception", i);
        if (!isinstance_of(e, exc::Exception)) nested_base = true;
    }
    if (type == exc::BaseExceptionGroup) {
        if (!nested_base) type = exc::ExceptionGroup;
    } else if (type == exc::ExceptionGroup) {
        if (nested_base)
            return raise(exc::TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    } else if (nested_base && is_subtype(type, exc::Exception)) {
        return raise(exc::TypeError, "Cannot nest BaseExceptions in '%s'", type->name);
    }
    Value self = alloc_instance(type);
    if (!self) return self;
    as_exception(self)->args = make_tuple_from(args, nargs);
    if (!as_exception(self)->args) return Value();
    EG(self)->message = message;
    EG(self)->exceptions = excs;
    return self;
}

int eg_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (kwnames && tuple_size(kwnames)) {
        raise(exc::TypeError, "%s() takes no keyword arguments", type_name(self));
        return -1;
    }
    Value t = make_tuple_from(args, nargs);
    if (!t) return -1;
    as_exception(self)->args = t;
    return 0;
}

Value eg_str(Value self) {
    size_t n = tuple_size(EG(self)->exceptions);
    std::string s = std::string(str_view(EG(self)->message)) + " (" + std::to_string(n) +
                    " sub-exception" + (n > 1 ? "s" : "") + ")";
    return make_str(s);
}

Value eg_get_message(Value self) {
    return EG(self)->message;
}
Value eg_get_exceptions(Value self) {
    return EG(self)->exceptions;
}

// -- split / subgroup ---------------------------------------------------------------------------

enum class MatcherKind { Type, Predicate, InstanceIds };

struct Matcher {
    MatcherKind kind;
    Value value; // the types, the predicate, or a set of ids
};

bool make_matcher(Value v, Matcher* m) {
    auto is_exc_class = [](Value t) {
        return t.is_ptr() && isinstance_of(t, &TypeType) &&
               is_exception_type(static_cast<Type*>(t.as_ptr()));
    };
    m->value = v;
    if (callable(v) && !isinstance_of(v, &TypeType)) {
        m->kind = MatcherKind::Predicate;
        return true;
    }
    m->kind = MatcherKind::Type;
    if (is_exc_class(v)) return true;
    if (type_of(v) == &TupleType) {
        bool ok = true;
        for (size_t i = 0; i < tuple_size(v); i++)
            ok = ok && is_exc_class(tuple_get(v, i));
        if (ok) return true;
    }
    raise(exc::TypeError,
          "expected an exception type, a tuple of exception types, or a callable (other than a "
          "class)");
    return false;
}

// 1 when [e] matches, 0 when not, -1 on error.
int matches(const Matcher& m, Value e) {
    switch (m.kind) {
    case MatcherKind::Type: return is_instance(e, m.value);
    case MatcherKind::Predicate: {
        Value r = call1(m.value, e);
        return r ? truthy(r) : -1;
    }
    case MatcherKind::InstanceIds:
        return contains(m.value, make_int(static_cast<int64_t>(e.raw())));
    }
    return 0;
}

// derive()'s result for [items] with [orig]'s metadata, or None for none.
Value subset(Value orig, Value items) {
    if (list_size(items) == 0) return None();
    Value derive = get_attr_cstr(orig, "derive");
    if (!derive) return derive;
    Value eg = call1(derive, items);
    if (!eg) return eg;
    if (!isinstance_of(eg, exc::BaseExceptionGroup))
        return raise(exc::TypeError, "derive must return an instance of BaseExceptionGroup");
    ExceptionObject* d = as_exception(eg);
    ExceptionObject* o = as_exception(orig);
    d->traceback = o->traceback;
    d->context = o->context;
    d->cause = o->cause;
    d->suppress_context = true; // as setting __cause__ does
    Value notes = get_attr_optional(orig, intern("__notes__"));
    if (!notes && err_occurred()) return Value();
    if (notes && (is_list(notes) || is_tuple(notes))) {
        // Each part gets a notes list of its own.
        Value copy = sequence_to_list(notes);
        if (!copy || set_attr(eg, intern("__notes__"), copy) < 0) return Value();
    }
    return eg;
}

// Splits [e] by [m]: *match and *rest (None where empty); rest is left
// null when not wanted.
bool split_recursive(Value e, const Matcher& m, bool want_rest, Value* match, Value* rest) {
    *match = None();
    if (want_rest) *rest = None();
    int r = matches(m, e);
    if (r < 0) return false;
    if (r) {
        *match = e;
        return true;
    }
    if (!isinstance_of(e, exc::BaseExceptionGroup)) {
        if (want_rest) *rest = e;
        return true;
    }
    Value match_list = make_list(0), rest_list = make_list(0);
    if (!match_list || !rest_list) return false;
    Value members = EG(e)->exceptions;
    for (size_t i = 0; i < tuple_size(members); i++) {
        Value sub_match, sub_rest;
        if (!split_recursive(tuple_get(members, i), m, want_rest, &sub_match, &sub_rest))
            return false;
        if (!is_none(sub_match) && !list_append(match_list, sub_match)) return false;
        if (want_rest && !is_none(sub_rest) && !list_append(rest_list, sub_rest)) return false;
    }
    *match = subset(e, match_list);
    if (!*match) return false;
    if (want_rest) {
        *rest = subset(e, rest_list);
        if (!*rest) return false;
    }
    return true;
}

Value eg_split(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("split", nargs, 1, 1)) return Value();
    Matcher m;
    if (!make_matcher(args[0], &m)) return Value();
    Value match, rest;
    if (!split_recursive(self, m, true, &match, &rest)) return Value();
    return tuple_pack({match, rest});
}

Value eg_subgroup(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("subgroup", nargs, 1, 1)) return Value();
    Matcher m;
    if (!make_matcher(args[0], &m)) return Value();
    Value match, rest;
    if (!split_recursive(self, m, false, &match, &rest)) return Value();
    return match;
}

Value eg_derive(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("derive", nargs, 1, 1)) return Value();
    return call2(Value(exc::BaseExceptionGroup), EG(self)->message, args[0]);
}

const NativeMethodDef eg_methods[] = {
    {"derive", eg_derive, 0, nullptr},
    {"split", eg_split, 0, nullptr},
    {"subgroup", eg_subgroup, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
const GetSetDef eg_getsets[] = {
    {"message", eg_get_message, nullptr, nullptr},
    {"exceptions", eg_get_exceptions, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- except* ------------------------------------------------------------------------------------

bool collect_leaf_ids(Value e, Value ids) {
    if (is_none(e)) return true;
    if (!isinstance_of(e, exc::BaseExceptionGroup))
        return set_add(ids, make_int(static_cast<int64_t>(e.raw())));
    Value members = EG(e)->exceptions;
    for (size_t i = 0; i < tuple_size(members); i++)
        if (!collect_leaf_ids(tuple_get(members, i), ids)) return false;
    return true;
}

bool same_metadata(Value a, Value b) {
    ExceptionObject* x = as_exception(a);
    ExceptionObject* y = as_exception(b);
    Value na = x->dict ? dict_get_str(x->dict, intern("__notes__")) : Value();
    Value nb = y->dict ? dict_get_str(y->dict, intern("__notes__")) : Value();
    return na == nb && x->traceback == y->traceback && x->cause == y->cause &&
           x->context == y->context;
}

} // namespace

Value exception_group_exceptions(Value eg) {
    return EG(eg)->exceptions;
}

int exception_group_match(Value exc_value, Value match_type, Value* match, Value* rest) {
    if (is_none(exc_value)) {
        *match = None();
        *rest = None();
        return 0;
    }
    int full = is_instance(exc_value, match_type);
    if (full < 0) return -1;
    if (full) {
        Value wrapped = exc_value;
        if (!isinstance_of(exc_value, exc::BaseExceptionGroup)) {
            // A naked exception matches as a group of one.
            Value excs = tuple_pack({exc_value});
            if (!excs) return -1;
            wrapped = call2(Value(exc::BaseExceptionGroup), intern(""), excs);
            if (!wrapped) return -1;
            as_exception(wrapped)->traceback = as_exception(exc_value)->traceback;
        }
        *match = wrapped;
        *rest = None();
        return 0;
    }
    if (isinstance_of(exc_value, exc::BaseExceptionGroup)) {
        Value pair = call_method(exc_value, "split", {match_type});
        if (!pair) return -1;
        if (!is_tuple(pair) || tuple_size(pair) != 2) {
            raise(exc::TypeError, "%s.split must return a 2-tuple, got %s", type_name(exc_value),
                  type_name(pair));
            return -1;
        }
        *match = tuple_get(pair, 0);
        *rest = tuple_get(pair, 1);
        return 0;
    }
    *match = None();
    *rest = exc_value;
    return 0;
}

int check_except_star_type(Value match_type) {
    auto ok = [](Value t) {
        return t.is_ptr() && isinstance_of(t, &TypeType) &&
               is_exception_type(static_cast<Type*>(t.as_ptr()));
    };
    auto is_group = [](Value t) {
        return is_subtype(static_cast<Type*>(t.as_ptr()), exc::BaseExceptionGroup);
    };
    bool group = false;
    if (is_tuple(match_type)) {
        for (size_t i = 0; i < tuple_size(match_type); i++) {
            if (!ok(tuple_get(match_type, i))) {
                raise(exc::TypeError,
                      "catching classes that do not inherit from BaseException is not allowed");
                return -1;
            }
            group = group || is_group(tuple_get(match_type, i));
        }
    } else if (!ok(match_type)) {
        raise(exc::TypeError,
              "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    } else {
        group = is_group(match_type);
    }
    if (group) {
        raise(exc::TypeError,
              "catching ExceptionGroup with except* is not allowed. Use except instead.");
        return -1;
    }
    return 0;
}

Value prep_reraise_star(Value orig, Value excs) {
    size_t n = list_size(excs);
    if (n == 0) return None();
    if (!isinstance_of(orig, exc::BaseExceptionGroup)) {
        // A naked exception: one clause at most handled it; what it raised
        // (or None) is the result.
        return list_get(excs, 0);
    }
    Value raised = make_list(0), reraised = make_list(0);
    if (!raised || !reraised) return Value();
    for (size_t i = 0; i < n; i++) {
        Value e = list_get(excs, i);
        if (is_none(e)) continue;
        if (!list_append(same_metadata(e, orig) ? reraised : raised, e)) return Value();
    }
    // The re-raised parts, in the original group's shape.
    Value reraised_eg = None();
    if (list_size(reraised) > 0) {
        Value ids = make_set();
        if (!ids) return ids;
        for (size_t i = 0; i < list_size(reraised); i++)
            if (!collect_leaf_ids(list_get(reraised, i), ids)) return Value();
        Matcher m{MatcherKind::InstanceIds, ids};
        Value rest;
        if (!split_recursive(orig, m, false, &reraised_eg, &rest)) return Value();
    }
    if (list_size(raised) == 0) return reraised_eg;
    if (!is_none(reraised_eg) && !list_append(raised, reraised_eg)) return Value();
    return call2(Value(exc::BaseExceptionGroup), intern(""), raised);
}

void init_exception_group_types() {
    Type* base = exc::BaseExceptionGroup;
    base->basic_size = sizeof(ExceptionGroupObject);
    base->trace = eg_trace;
    base->tp_new = eg_new;
    base->init = eg_init;
    base->str = eg_str;
    add_methods(base, eg_methods);
    add_getsets(base, eg_getsets);
    add_class_getitem(base);
    // ExceptionGroup(BaseExceptionGroup, Exception): an Exception too.
    Type* eg = exc::ExceptionGroup;
    eg->basic_size = sizeof(ExceptionGroupObject);
    eg->trace = eg_trace;
    eg->tp_new = eg_new;
    eg->init = eg_init;
    eg->str = eg_str;
    eg->bases = tuple_pack({Value(base), Value(exc::Exception)});
    eg->mro = tuple_pack({Value(eg), Value(base), Value(exc::Exception), Value(exc::BaseException),
                          Value(&ObjectType)});
    if (exc::Exception->subclasses.is_null()) exc::Exception->subclasses = make_list(0);
    list_append(exc::Exception->subclasses, Value(eg));
}

} // namespace uopy
