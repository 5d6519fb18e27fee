// The `_functools` module: reduce, cmp_to_key (and the functools.KeyWrapper
// objects it makes), partial and _lru_cache_wrapper, which functools.py
// imports over its pure-Python definitions (lru_cache() builds the wrapper
// and adds cache_parameters and the update_wrapper attributes). CPython
// counterpart: Modules/_functoolsmodule.c (3.11: no Placeholder, and
// partial is not a method descriptor).
//
// partial and _lru_cache_wrapper objects carry an instance __dict__ (the
// pointer in their struct is the type's dict_offset). A partial made from
// a partial with no instance attributes, whose calls are partial's own,
// takes over its function, arguments and keywords instead of wrapping it.
//
// The LRU cache keeps CPython's structure: a dict from key to link, and the
// links in a doubly linked list (oldest first) from a sentinel root. The
// dict's keys are the links themselves, hashing as the key they hold (its
// hash computed once per call) and comparing by it, so that evicting the
// oldest entry finds it by identity without hashing the key again. The
// user's function may call the cache again, even with the same key: the
// list operations never assume more than CPython's do, and a link whose
// neighbours were changed meanwhile is at worst left out of the list, never
// dangling (links are GC objects that trace their neighbours).
//
// As everywhere in uopy, every Value a heap object holds is visited by its
// type's trace function (runtime/gc.h), and the types are built when the
// module is first imported, as in modules/collections_module.cpp.
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
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

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace uopy {

static Type PartialType, KeyWrapperType, LruCacheType, LruLinkType;

// The marker between the positional and the keyword arguments in a cache
// key (a plain object(), as in CPython).
static Value g_kwd_mark;

// -- Shared helpers ---------------------------------------------------------------------------

// The keyword and arity checks of methods, named as CPython names them
// ("partial.__setstate__() takes exactly one argument (2 given)").
static bool fixed_args(const char* qualname, size_t nargs, Value kwnames, size_t n) {
    return check_no_kwargs(qualname, kwnames) && check_nargs(qualname, nargs, n, n);
}

// The tp_new of the types Python code cannot instantiate.
static Value no_new(Type* type, const Value*, size_t, Value) {
    return raise(exc::TypeError, "cannot create '%s' instances", type->name);
}

// The instance __dict__ of a partial or a cache wrapper (or of a subclass
// instance): null until something is stored in it.
static Dict* own_dict(Value self) {
    Dict** slot = instance_dict_slot(self);
    return slot ? *slot : nullptr;
}

static Value get_instance_dict(Value self) {
    Dict* d = instance_dict(self);
    if (!d) {
        if (!err_occurred())
            raise(exc::AttributeError, "'%s' object has no attribute '__dict__'", type_name(self));
        return Value();
    }
    return Value(d);
}

static int set_instance_dict(Value self, Value value) {
    if (!value) {
        raise(exc::TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!is_dict(value)) {
        raise(exc::TypeError, "__dict__ must be set to a dictionary, not a '%s'", type_name(value));
        return -1;
    }
    Dict** slot = instance_dict_slot(self);
    if (!slot) {
        raise(exc::AttributeError, "'%s' object has no attribute '__dict__'", type_name(self));
        return -1;
    }
    *slot = as_dict(value);
    return 0;
}

static const GetSetDef instance_dict_getsets[] = {
    {"__dict__", get_instance_dict, set_instance_dict, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- reduce(function, iterable[, initial]) ----------------------------------------------------

static Value functools_reduce(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!check_no_kwargs("reduce", kwnames) || !check_nargs_expected("reduce", nargs, 2, 3))
        return Value();
    Value func = args[0];
    Value result = nargs > 2 ? args[2] : Value();
    Value it = get_iter(args[1]);
    if (!it) {
        if (err_matches(exc::TypeError)) {
            err_clear();
            raise(exc::TypeError, "reduce() arg 2 must support iteration");
        }
        return Value();
    }
    for (;;) {
        Value item = iter_next(it);
        if (!item) {
            if (err_occurred()) return Value();
            break;
        }
        if (!result) {
            result = item;
            continue;
        }
        Value pair[2] = {result, item};
        result = call(func, pair, 2);
        if (!result) return result;
    }
    if (!result) return raise(exc::TypeError, "reduce() of empty iterable with no initial value");
    return result;
}

// -- cmp_to_key and functools.KeyWrapper ------------------------------------------------------
//
// cmp_to_key(mycmp) is a KeyWrapper with no object; calling a KeyWrapper
// gives a new one holding the object, which compares to another by
// mycmp(self.obj, other.obj) compared to 0.

struct KeyObject : Object {
    Value cmp;
    Value obj; // null: none (reads as None)
};

static inline KeyObject* as_key(Value v) {
    return static_cast<KeyObject*>(v.as_ptr());
}

static void key_trace(Object* o, Tracer& t) {
    auto* k = static_cast<KeyObject*>(o);
    t.visit(k->cmp);
    t.visit(k->obj);
}

static Value make_key_object(Type* type, Value cmp, Value obj) {
    auto* k = gc_new<KeyObject>(type);
    if (!k) return Value();
    k->cmp = cmp;
    k->obj = obj;
    return Value(k);
}

static Value functools_cmp_to_key(Value, const Value* args, size_t nargs, Value kwnames) {
    static const char* const names[] = {"mycmp"};
    Value mycmp;
    if (!unpack_keyword_args("cmp_to_key", names, 1, 1, 1, args, nargs, kwnames, &mycmp))
        return Value();
    return make_key_object(&KeyWrapperType, mycmp, Value());
}

// K(obj): "K" is what CPython's argument errors call it.
static Value key_call(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const char* const names[] = {"obj"};
    Value obj;
    if (!unpack_keyword_args("K", names, 1, 1, 1, args, nargs, kwnames, &obj)) return Value();
    return make_key_object(type_of(self), as_key(self)->cmp, obj);
}

static Value key_richcompare(Value a, Value b, CompareOp op) {
    if (type_of(b) != type_of(a)) return raise(exc::TypeError, "other argument must be K instance");
    Value x = as_key(a)->obj, y = as_key(b)->obj;
    if (!x || !y) return raise(exc::AttributeError, "object");
    Value res = call2(as_key(a)->cmp, x, y);
    if (!res) return res;
    return rich_compare(res, Value::small_int(0), op);
}

static Value key_get_obj(Value self) {
    Value obj = as_key(self)->obj;
    return obj ? obj : None();
}
static int key_set_obj(Value self, Value value) {
    as_key(self)->obj = value; // del k.obj empties it
    return 0;
}

static const GetSetDef key_getsets[] = {
    {"obj", key_get_obj, key_set_obj, "Value wrapped by a key function."},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- partial ----------------------------------------------------------------------------------

struct PartialObject : Object {
    Value fn;
    Value args; // tuple
    Value kw;   // dict
    Dict* dict; // __dict__ (dict_offset); null until used
};

static inline PartialObject* as_partial(Value v) {
    return static_cast<PartialObject*>(v.as_ptr());
}

static void partial_trace(Object* o, Tracer& t) {
    auto* p = static_cast<PartialObject*>(o);
    t.visit(p->fn);
    t.visit(p->args);
    t.visit(p->kw);
    t.visit(p->dict);
}

// p(*args, **kwargs): fn(*p.args, *args, **{**p.keywords, **kwargs}).
static Value partial_call(Value self, const Value* args, size_t nargs, Value kwnames) {
    PartialObject* p = as_partial(self);
    Value fn = p->fn, pargs = p->args;
    Dict* pkw = as_dict(p->kw);
    size_t np = tuple_size(pargs);
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    if (dict_size(pkw) == 0) {
        // The call's keywords go through as they are.
        if (np == 0) return call(fn, args, nargs, kwnames);
        ValueVec all(np + nargs + nkw);
        for (size_t i = 0; i < np; i++)
            all[i] = tuple_get(pargs, i);
        for (size_t i = 0; i < nargs + nkw; i++)
            all[np + i] = args[i];
        return call(fn, all.data(), np + nargs, kwnames);
    }
    // The stored keywords, overridden by the call's. (A copy: the callee
    // may be given them as a **kwargs dict of its own.)
    Dict* kw = dict_copy(pkw);
    if (!kw) return Value();
    for (size_t k = 0; k < nkw; k++)
        if (!dict_set(kw, tuple_get(kwnames, k), args[nargs + k])) return Value();
    size_t nk = dict_size(kw);
    Value names = make_tuple(nk);
    if (!names) return names;
    ValueVec all(np + nargs + nk);
    for (size_t i = 0; i < np; i++)
        all[i] = tuple_get(pargs, i);
    for (size_t i = 0; i < nargs; i++)
        all[np + i] = args[i];
    size_t pos = 0, i = 0;
    Value key, value;
    while (i < nk && dict_next(kw, &pos, &key, &value)) {
        if (!is_str(key)) return raise(exc::TypeError, "keywords must be strings");
        tuple_items(names)[i] = key;
        all[np + nargs + i] = value;
        i++;
    }
    return call(fn, all.data(), np + nargs, names);
}

// partial(func, /, *args, **keywords)
static Value partial_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    if (nargs < 1) return raise(exc::TypeError, "type 'partial' takes at least one argument");
    Value func = args[0];
    Value inner_args, inner_kw;
    if (type_of(func)->call == partial_call && isinstance_of(func, &PartialType) &&
        !own_dict(func)) {
        PartialObject* inner = as_partial(func);
        inner_args = inner->args;
        inner_kw = inner->kw;
        func = inner->fn;
    }
    if (!callable(func)) return raise(exc::TypeError, "the first argument must be callable");

    size_t nin = inner_args ? tuple_size(inner_args) : 0;
    size_t nnew = nargs - 1;
    Value all = make_tuple(nin + nnew);
    if (!all) return all;
    for (size_t i = 0; i < nin; i++)
        tuple_items(all)[i] = tuple_get(inner_args, i);
    for (size_t i = 0; i < nnew; i++)
        tuple_items(all)[nin + i] = args[1 + i];

    bool inner_has_kw = inner_kw && dict_size(as_dict(inner_kw)) > 0;
    Dict* kw = inner_has_kw ? dict_copy(as_dict(inner_kw)) : make_dict();
    if (!kw) return Value();
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++)
        if (!dict_set(kw, tuple_get(kwnames, k), args[nargs + k])) return Value();

    auto* p = gc_new<PartialObject>(type, type->basic_size);
    if (!p) return Value();
    p->fn = func;
    p->args = all;
    p->kw = Value(kw);
    return Value(p);
}

// functools.partial(<function f at 0x...>, 1, b=2): the type's tp_name (a
// subclass's __name__), the function's repr, then the arguments; a partial
// inside itself shows as "...".
static Value partial_repr(Value self) {
    if (repr_enter(self)) return make_str("...");
    PartialObject* p = as_partial(self);
    Value fn = p->fn, pargs = p->args, kw = p->kw;
    std::string text;
    bool ok = true;
    for (size_t i = 0; ok && i < tuple_size(pargs); i++) {
        Value r = repr(tuple_get(pargs, i));
        if (!r) {
            ok = false;
            break;
        }
        text += ", ";
        text += str_view(r);
    }
    size_t pos = 0;
    Value key, value;
    while (ok && dict_next(as_dict(kw), &pos, &key, &value)) {
        Value ks = str_of(key);
        Value vr = ks ? repr(value) : Value();
        if (!vr) {
            ok = false;
            break;
        }
        text += ", ";
        text += str_view(ks);
        text += "=";
        text += str_view(vr);
    }
    Value fr = ok ? repr(fn) : Value();
    repr_leave(self);
    if (!fr) return fr;
    std::string s(type_of(self)->name);
    s += "(";
    s += str_view(fr);
    s += text;
    s += ")";
    return make_str(s);
}

// __reduce__: (type(p), (p.func,), (p.func, p.args, p.keywords, p.__dict__ or None)).
static Value partial_reduce(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("partial.__reduce__", nargs, kwnames, 0)) return Value();
    PartialObject* p = as_partial(self);
    Dict* d = own_dict(self);
    Value fn_args = tuple_pack({p->fn});
    if (!fn_args) return fn_args;
    Value state = tuple_pack({p->fn, p->args, p->kw, d ? Value(d) : None()});
    if (!state) return state;
    return tuple_pack({Value(type_of(self)), fn_args, state});
}

static Value invalid_partial_state() {
    return raise(exc::TypeError, "invalid partial state");
}

// __setstate__((func, args, keywords, dict)) replaces everything; keywords
// and dict may be None.
static Value partial_setstate(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!fixed_args("partial.__setstate__", nargs, kwnames, 1)) return Value();
    Value state = args[0];
    if (!is_tuple(state) || tuple_size(state) != 4) return invalid_partial_state();
    Value fn = tuple_get(state, 0), fnargs = tuple_get(state, 1), kw = tuple_get(state, 2),
          dict = tuple_get(state, 3);
    // (CPython 3.11 stores a dict of any type; only a dict or None is taken here.)
    if (!callable(fn) || !is_tuple(fnargs) || (!is_none(kw) && !is_dict(kw)) ||
        (!is_none(dict) && !is_dict(dict)))
        return invalid_partial_state();
    if (!is_exact_tuple(fnargs)) {
        fnargs = sequence_to_tuple(fnargs);
        if (!fnargs) return fnargs;
    }
    Dict* kwd = is_none(kw)         ? make_dict()
                : is_exact_dict(kw) ? as_dict(kw)
                                    : dict_copy(as_dict(kw));
    if (!kwd) return Value();
    Dict** slot = instance_dict_slot(self);
    if (!slot) return raise(exc::SystemError, "partial object without a __dict__ slot");
    PartialObject* p = as_partial(self);
    p->fn = fn;
    p->args = fnargs;
    p->kw = Value(kwd);
    *slot = is_none(dict) ? nullptr : as_dict(dict);
    return None();
}

static const NativeMethodDef partial_methods[] = {
    {"__reduce__", partial_reduce, NATIVE_KEYWORDS, nullptr},
    {"__setstate__", partial_setstate, NATIVE_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

static Value partial_get_func(Value self) {
    return as_partial(self)->fn;
}
static Value partial_get_args(Value self) {
    return as_partial(self)->args;
}
static Value partial_get_keywords(Value self) {
    return as_partial(self)->kw;
}

static const GetSetDef partial_getsets[] = {
    {"func", partial_get_func, readonly_member_set,
     "function object to use in future partial calls"},
    {"args", partial_get_args, readonly_member_set, "tuple of arguments to future partial calls"},
    {"keywords", partial_get_keywords, readonly_member_set,
     "dictionary of keyword arguments to future partial calls"},
    {"__dict__", get_instance_dict, set_instance_dict, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- _lru_cache_wrapper: the links ------------------------------------------------------------

struct LruLinkObject : Object {
    LruLinkObject* prev;
    LruLinkObject* next;
    Value key;
    Value result;
    int64_t hash; // the key's
};

static inline LruLinkObject* as_link(Value v) {
    return static_cast<LruLinkObject*>(v.as_ptr());
}

static void link_trace(Object* o, Tracer& t) {
    auto* l = static_cast<LruLinkObject*>(o);
    t.visit(l->key);
    t.visit(l->result);
    t.visit(static_cast<Object*>(l->prev));
    t.visit(static_cast<Object*>(l->next));
}

// A link stands for its key in the cache dict: the key's hash, the key's
// equality (with another link; the dict holds nothing else).
static int64_t link_hash(Value self) {
    return as_link(self)->hash;
}
static Value link_richcompare(Value a, Value b, CompareOp op) {
    if ((op != CMP_EQ && op != CMP_NE) || type_of(a) != &LruLinkType || type_of(b) != &LruLinkType)
        return NotImplemented();
    return rich_compare(as_link(a)->key, as_link(b)->key, op);
}

static void link_extract(LruLinkObject* link) {
    if (!link->prev || !link->next) return; // never linked
    link->prev->next = link->next;
    link->next->prev = link->prev;
}

// -- _lru_cache_wrapper -----------------------------------------------------------------------

enum LruKind : int { LRU_UNCACHED, LRU_UNBOUNDED, LRU_BOUNDED };

struct LruCacheObject : Object {
    Value func;
    Value cache; // dict: key -> result (unbounded), link -> link (bounded)
    Value cache_info_type;
    LruLinkObject* root; // the list's sentinel: root->next is the oldest
    Dict* dict;          // __dict__ (dict_offset); null until used
    int64_t maxsize;     // -1: unbounded
    int64_t hits;
    int64_t misses;
    int kind; // LruKind
    bool typed;
};

static inline LruCacheObject* as_lru(Value v) {
    return static_cast<LruCacheObject*>(v.as_ptr());
}

static void lru_trace(Object* o, Tracer& t) {
    auto* c = static_cast<LruCacheObject*>(o);
    t.visit(c->func);
    t.visit(c->cache);
    t.visit(c->cache_info_type);
    t.visit(static_cast<Object*>(c->root));
    t.visit(c->dict);
}

static void link_append(LruCacheObject* c, LruLinkObject* link) {
    LruLinkObject* root = c->root;
    LruLinkObject* last = root->prev;
    last->next = link;
    root->prev = link;
    link->prev = last;
    link->next = root;
}

static void link_prepend(LruCacheObject* c, LruLinkObject* link) {
    LruLinkObject* root = c->root;
    LruLinkObject* first = root->next;
    first->prev = link;
    root->next = link;
    link->prev = root;
    link->next = first;
}

// The cache key of a call, as functools._make_key builds it: the
// positional arguments, then (if there are keywords) the marker and the
// name/value pairs, then (typed) the types of all the values. A single
// exact str or int argument is its own key.
static Value lru_make_key(const Value* args, size_t nargs, Value kwnames, bool typed) {
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    if (!typed && nkw == 0) {
        if (nargs == 1 && (is_exact_str(args[0]) || is_exact_int(args[0]))) return args[0];
        return make_tuple_from(args, nargs);
    }
    size_t size = nargs + (nkw ? 2 * nkw + 1 : 0) + (typed ? nargs + nkw : 0);
    Value key = make_tuple(size);
    if (!key) return key;
    Value* items = tuple_items(key);
    size_t pos = 0;
    for (size_t i = 0; i < nargs; i++)
        items[pos++] = args[i];
    if (nkw) {
        items[pos++] = g_kwd_mark;
        for (size_t k = 0; k < nkw; k++) {
            items[pos++] = tuple_get(kwnames, k);
            items[pos++] = args[nargs + k];
        }
    }
    if (typed)
        for (size_t i = 0; i < nargs + nkw; i++)
            items[pos++] = Value(type_of(args[i]));
    return key;
}

// A bounded cache: a hit moves its link to the newest end; a miss calls
// the function and adds a link, evicting the oldest when full.
static Value lru_bounded_call(LruCacheObject* c, Value key, int64_t hash, const Value* args,
                              size_t nargs, Value kwnames) {
    auto* probe = gc_new<LruLinkObject>(&LruLinkType);
    if (!probe) return Value();
    probe->key = key;
    probe->hash = hash;
    Value probe_value(probe);
    Value found = dict_get_hashed(as_dict(c->cache), probe_value, hash);
    if (found) {
        LruLinkObject* link = as_link(found);
        link_extract(link);
        link_append(c, link);
        c->hits++;
        return link->result;
    }
    if (err_occurred()) return Value();
    c->misses++;
    Value result = call(c->func, args, nargs, kwnames);
    if (!result) return result;
    Dict* cache = as_dict(c->cache);
    // A call of the cache from the function may have added the same key.
    if (dict_get_hashed(cache, probe_value, hash)) return result;
    if (err_occurred()) return Value();
    probe->result = result;
    if (static_cast<int64_t>(dict_size(cache)) < c->maxsize || c->root->next == c->root) {
        if (!dict_set_hashed(cache, probe_value, hash, probe_value)) return Value();
        link_append(c, probe);
        return result;
    }
    // Full: the oldest link goes. Should removing it fail, it is put back
    // in its place; should it be gone from the dict already (the function
    // changed the cache), it is left out of the list and nothing is added.
    LruLinkObject* oldest = c->root->next;
    link_extract(oldest);
    int removed = dict_del(cache, Value(oldest));
    if (removed < 0) {
        link_prepend(c, oldest);
        return Value();
    }
    if (removed == 0) return result;
    if (!dict_set_hashed(cache, probe_value, hash, probe_value)) return Value();
    link_append(c, probe);
    return result;
}

static Value lru_call(Value self, const Value* args, size_t nargs, Value kwnames) {
    LruCacheObject* c = as_lru(self);
    if (c->kind == LRU_UNCACHED) {
        c->misses++;
        return call(c->func, args, nargs, kwnames);
    }
    Value key = lru_make_key(args, nargs, kwnames, c->typed);
    if (!key) return key;
    int64_t hash = hash_of(key);
    if (hash == -1) return Value();
    if (c->kind == LRU_BOUNDED) return lru_bounded_call(c, key, hash, args, nargs, kwnames);
    Value result = dict_get_hashed(as_dict(c->cache), key, hash);
    if (result) {
        c->hits++;
        return result;
    }
    if (err_occurred()) return Value();
    c->misses++;
    result = call(c->func, args, nargs, kwnames);
    if (!result) return result;
    if (!dict_set_hashed(as_dict(c->cache), key, hash, result)) return Value();
    return result;
}

// _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type):
// maxsize None is unbounded, 0 (or less) caches nothing.
static Value lru_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    static const char* const names[] = {"user_function", "maxsize", "typed", "cache_info_type"};
    Value a[4];
    if (!unpack_keyword_args("lru_cache", names, 4, 4, 4, args, nargs, kwnames, a)) return Value();
    int typed = truthy(a[2]);
    if (typed < 0) return Value();
    if (!callable(a[0])) return raise(exc::TypeError, "the first argument must be callable");
    int kind;
    int64_t maxsize = -1;
    if (is_none(a[1])) {
        kind = LRU_UNBOUNDED;
    } else if (is_index_like(a[1])) {
        if (!index_as_int64(a[1], &maxsize, exc::OverflowError)) return Value();
        if (maxsize < 0) maxsize = 0;
        kind = maxsize == 0 ? LRU_UNCACHED : LRU_BOUNDED;
    } else {
        return raise(exc::TypeError, "maxsize should be integer or None");
    }
    Dict* cache = make_dict();
    if (!cache) return Value();
    auto* root = gc_new<LruLinkObject>(&LruLinkType);
    if (!root) return Value();
    root->prev = root;
    root->next = root;
    auto* c = gc_new<LruCacheObject>(type, type->basic_size);
    if (!c) return Value();
    c->func = a[0];
    c->cache = Value(cache);
    c->cache_info_type = a[3];
    c->root = root;
    c->maxsize = maxsize;
    c->kind = kind;
    c->typed = typed != 0;
    return Value(c);
}

// Bound to an instance it is a method; on the class, itself.
static Value lru_descr_get(Value self, Value obj, Value) {
    if (!obj || is_none(obj)) return self;
    return make_method(self, obj);
}

// cache_info(): cache_info_type(hits, misses, maxsize, currsize).
static Value lru_cache_info(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("_lru_cache_wrapper.cache_info", nargs, kwnames, 0)) return Value();
    LruCacheObject* c = as_lru(self);
    Value info[4] = {make_int(c->hits), make_int(c->misses),
                     c->maxsize < 0 ? None() : make_int(c->maxsize),
                     make_int(static_cast<int64_t>(dict_size(as_dict(c->cache))))};
    for (Value v : info)
        if (!v) return v;
    return call(c->cache_info_type, info, 4);
}

static Value lru_cache_clear(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("_lru_cache_wrapper.cache_clear", nargs, kwnames, 0)) return Value();
    LruCacheObject* c = as_lru(self);
    c->root->prev = c->root;
    c->root->next = c->root;
    c->hits = 0;
    c->misses = 0;
    dict_clear(as_dict(c->cache));
    return None();
}

// Pickled by reference: its __qualname__ (which update_wrapper sets).
static Value lru_reduce(Value self, const Value*, size_t nargs, Value kwnames) {
    if (!fixed_args("_lru_cache_wrapper.__reduce__", nargs, kwnames, 0)) return Value();
    return get_attr(self, names::__qualname__);
}

// copy.copy() and copy.deepcopy() give the same wrapper (any arguments).
static Value lru_copy(Value self, const Value*, size_t, Value kwnames) {
    if (!check_no_kwargs("_lru_cache_wrapper.__copy__", kwnames)) return Value();
    return self;
}
static Value lru_deepcopy(Value self, const Value*, size_t, Value kwnames) {
    if (!check_no_kwargs("_lru_cache_wrapper.__deepcopy__", kwnames)) return Value();
    return self;
}

static const NativeMethodDef lru_methods[] = {
    {"cache_info", lru_cache_info, NATIVE_KEYWORDS, "Report cache statistics"},
    {"cache_clear", lru_cache_clear, NATIVE_KEYWORDS, "Clear the cache and cache statistics"},
    {"__reduce__", lru_reduce, NATIVE_KEYWORDS, nullptr},
    {"__copy__", lru_copy, NATIVE_KEYWORDS, nullptr},
    {"__deepcopy__", lru_deepcopy, NATIVE_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// -- Types and the module ---------------------------------------------------------------------

static const NativeMethodDef functools_functions[] = {
    {"reduce", functools_reduce, NATIVE_KEYWORDS,
     "reduce(function, iterable[, initial]) -> value\n\n"
     "Apply a function of two arguments cumulatively to the items of an iterable,\n"
     "from left to right, so as to reduce the iterable to a single value."},
    {"cmp_to_key", functools_cmp_to_key, NATIVE_KEYWORDS,
     "Convert a cmp= function into a key= function."},
    {nullptr, nullptr, 0, nullptr},
};

static void set_type_doc(Type* t, const char* doc) {
    dict_set(t->dict, names::__doc__, make_str(doc));
}

static void init_functools_types() {
    static bool ready = false;
    if (ready) return;
    ready = true;
    // A static type's fields become roots only once init_static_type has
    // registered it, so no collection may run while the types are made.
    bool was_enabled = gc_is_enabled();
    gc_set_enabled(false);

    gc_add_root(&g_kwd_mark);
    g_kwd_mark = alloc_instance(&ObjectType);

    KeyWrapperType.trace = key_trace;
    KeyWrapperType.tp_new = no_new;
    KeyWrapperType.call = key_call;
    KeyWrapperType.richcompare = key_richcompare;
    init_static_type(&KeyWrapperType, "functools.KeyWrapper", &ObjectType, sizeof(KeyObject), 0);
    add_getsets(&KeyWrapperType, key_getsets);
    add_slot_wrappers(&KeyWrapperType);

    PartialType.trace = partial_trace;
    PartialType.tp_new = partial_new;
    PartialType.call = partial_call;
    PartialType.repr = partial_repr;
    init_static_type(&PartialType, "functools.partial", &ObjectType, sizeof(PartialObject),
                     TYPE_BASETYPE | TYPE_HAS_DICT | TYPE_WEAKREFABLE);
    PartialType.dict_offset = offsetof(PartialObject, dict);
    add_methods(&PartialType, partial_methods);
    add_getsets(&PartialType, partial_getsets);
    add_class_getitem(&PartialType);
    set_type_doc(&PartialType,
                 "partial(func, *args, **keywords) - new function with partial application\n"
                 "    of the given arguments and keywords.\n");
    add_slot_wrappers(&PartialType);
    add_builtin_new_wrapper(&PartialType);

    LruLinkType.trace = link_trace;
    LruLinkType.tp_new = no_new;
    LruLinkType.hash = link_hash;
    LruLinkType.richcompare = link_richcompare;
    init_static_type(&LruLinkType, "functools._lru_list_elem", &ObjectType, sizeof(LruLinkObject),
                     0);
    add_slot_wrappers(&LruLinkType);

    LruCacheType.trace = lru_trace;
    LruCacheType.tp_new = lru_new;
    LruCacheType.call = lru_call;
    LruCacheType.descr_get = lru_descr_get;
    init_static_type(&LruCacheType, "functools._lru_cache_wrapper", &ObjectType,
                     sizeof(LruCacheObject),
                     TYPE_METHOD_DESCRIPTOR | TYPE_HAS_DICT | TYPE_WEAKREFABLE);
    LruCacheType.dict_offset = offsetof(LruCacheObject, dict);
    add_methods(&LruCacheType, lru_methods);
    add_getsets(&LruCacheType, instance_dict_getsets);
    set_type_doc(&LruCacheType, "Create a cached callable that wraps another function.\n\n"
                                "user_function:      the function being cached\n\n"
                                "maxsize:  0         for no caching\n"
                                "          None      for unlimited cache size\n"
                                "          n         for a bounded cache\n\n"
                                "typed:    False     cache f(3) and f(3.0) as identical calls\n"
                                "          True      cache f(3) and f(3.0) as distinct calls\n\n"
                                "cache_info_type:    namedtuple class with the fields:\n"
                                "                        hits misses currsize maxsize\n");
    add_slot_wrappers(&LruCacheType);
    add_builtin_new_wrapper(&LruCacheType);

    gc_set_enabled(was_enabled);
}

Value init_functools_module() {
    init_functools_types();
    ModuleObject* m = make_module("_functools");
    if (!m) return Value();
    Value mod(m);
    add_functions(m->dict, functools_functions, mod);
    if (!dict_set_cstr(m->dict, "__doc__", make_str("Tools that operate on functions.")) ||
        !dict_set_cstr(m->dict, "partial", Value(&PartialType)) ||
        !dict_set_cstr(m->dict, "_lru_cache_wrapper", Value(&LruCacheType)))
        return Value();
    return mod;
}

} // namespace uopy
