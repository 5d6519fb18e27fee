// The run-time half of `match` statements: which subjects are sequences or
// mappings to a pattern, a mapping pattern's key lookup, and a class
// pattern's attribute fetch. CPython counterpart: the MATCH_* helpers of
// Python/ceval.c (match_keys, match_class, match_class_attr).
#include "objects/dict.h"
#include "objects/memoryview.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/type.h"
#include "vm/ceval_helpers.h"

#include <string>
#include <vector>

namespace uopy::vm {

// collections.abc.Sequence and Mapping mark themselves (and so their
// subclasses) with __abc_tpflags__; CPython turns that into a type flag.
static constexpr int64_t kAbcSequence = 1 << 5;
static constexpr int64_t kAbcMapping = 1 << 6;

static bool has_abc_flag(Type* t, int64_t flag) {
    Value mro = t->mro;
    if (!mro) return false;
    for (size_t i = 0; i < tuple_size(mro); i++) {
        Type* b = static_cast<Type*>(tuple_get(mro, i).as_ptr());
        if (!b->dict) continue;
        Value f = dict_get_str(b->dict, intern("__abc_tpflags__"));
        if (f && f.is_int()) return (f.as_int() & flag) != 0;
    }
    return false;
}

bool vm_match_mapping(Value subject) {
    if (!subject.is_ptr()) return false;
    Type* t = type_of(subject);
    if (is_subtype(t, &DictType)) return true;
    return has_abc_flag(t, kAbcMapping);
}

bool vm_match_sequence(Value subject) {
    if (!subject.is_ptr()) return false;
    Type* t = type_of(subject);
    // str, bytes and bytearray are sequences but never match one.
    if (is_subtype(t, &StrType) || is_subtype(t, &BytesType) || is_subtype(t, &ByteArrayType))
        return false;
    if (is_subtype(t, &ListType) || is_subtype(t, &TupleType) || t == &RangeType ||
        t == &MemoryViewType)
        return true;
    return has_abc_flag(t, kAbcSequence);
}

// The values of [keys] in the mapping [subject], as a tuple, or None if any
// is missing. Looked up with .get() so that a defaultdict grows no keys.
Value vm_match_keys(Value subject, Value keys) {
    size_t n = tuple_size(keys);
    if (n == 0) return empty_tuple();
    Value get = get_attr(subject, intern("get"));
    if (!get) return get;
    // A unique marker for "missing": a fresh object no mapping can hold.
    Value missing = call0(Value(&ObjectType));
    if (!missing) return missing;
    Value values = make_tuple(n);
    if (!values) return values;
    for (size_t i = 0; i < n; i++) {
        Value k = tuple_get(keys, i);
        for (size_t j = 0; j < i; j++) {
            int eq = rich_compare_bool(tuple_get(keys, j), k, CMP_EQ);
            if (eq < 0) return Value();
            if (eq) {
                Value r = repr(k);
                if (!r) return r;
                return raise(exc::ValueError, "mapping pattern checks duplicate key (%s)",
                             str_view(r).data());
            }
        }
        Value args[2] = {k, missing};
        Value v = call(get, args, 2);
        if (!v) return v;
        if (v == missing) return None();
        tuple_items(values)[i] = v;
    }
    return values;
}

// The built-in classes whose instances match a single positional
// sub-pattern as themselves (`case int(x)`).
static bool matches_self(Type* t) {
    static Type* const self_types[] = {&BoolType,  &ByteArrayType, &BytesType, &DictType,
                                       &FloatType, &FrozenSetType, &IntType,   &ListType,
                                       &SetType,   &StrType,       &TupleType};
    for (Type* s : self_types)
        if (is_subtype(t, s)) return true;
    return false;
}

// A class pattern: the attributes its sub-patterns match, as a tuple (the
// positional ones through __match_args__, then [names]), or None when the
// subject is not an instance or lacks one of them.
Value vm_match_class(Value subject, Value cls, int npos, Value names) {
    if (!cls.is_ptr() || !isinstance_of(cls, &TypeType))
        return raise(exc::TypeError, "called match pattern must be a type");
    Type* t = static_cast<Type*>(cls.as_ptr());
    int r = is_instance(subject, cls);
    if (r < 0) return Value();
    if (!r) return None();
    std::vector<Value> attrs;
    std::vector<Value> seen;
    auto fetch = [&](Value name) -> int {
        for (Value s : seen)
            if (str_equal(s, name)) {
                raise(exc::TypeError, "%s() got multiple sub-patterns for attribute %s", t->name,
                      std::string(str_view(repr(name))).c_str());
                return -1;
            }
        seen.push_back(name);
        Value v = get_attr_optional(subject, name);
        if (!v) return err_occurred() ? -1 : 0;
        attrs.push_back(v);
        return 1;
    };
    if (npos > 0) {
        Value match_args = get_attr_optional(cls, intern("__match_args__"));
        if (!match_args && err_occurred()) return Value();
        if (match_args) {
            if (!is_tuple(match_args))
                return raise(exc::TypeError, "%s.__match_args__ must be a tuple (got %s)", t->name,
                             type_name(match_args));
            if (static_cast<size_t>(npos) > tuple_size(match_args))
                return raise(exc::TypeError, "%s() accepts %zu positional sub-pattern%s (%d given)",
                             t->name, tuple_size(match_args),
                             tuple_size(match_args) == 1 ? "" : "s", npos);
            for (int i = 0; i < npos; i++) {
                Value name = tuple_get(match_args, i);
                if (!is_str(name))
                    return raise(exc::TypeError, "__match_args__ elements must be strings (got %s)",
                                 type_name(name));
                int got = fetch(name);
                if (got < 0) return Value();
                if (!got) return None();
            }
        } else if (matches_self(t)) {
            if (npos > 1)
                return raise(exc::TypeError, "%s() accepts 1 positional sub-pattern (%d given)",
                             t->name, npos);
            attrs.push_back(subject);
        } else {
            return raise(exc::TypeError, "%s() accepts 0 positional sub-patterns (%d given)",
                         t->name, npos);
        }
    }
    for (size_t i = 0; i < tuple_size(names); i++) {
        int got = fetch(tuple_get(names, i));
        if (got < 0) return Value();
        if (!got) return None();
    }
    return make_tuple_from(attrs.data(), attrs.size());
}

} // namespace uopy::vm
