// "Did you mean" for an uncaught NameError or AttributeError: the closest
// name by an edit distance that weighs a case change lighter than any other
// edit, among the object's dir() (AttributeError) or the failing frame's
// local variables, then its globals, then its builtins (NameError).
// The rules and limits are CPython 3.11's (Python/suggestions.c), so the
// same typo gets the same suggestion: insertions, deletions and unrelated
// substitutions cost 2, a substitution that only changes ASCII case costs 1;
// a candidate qualifies when at most a third of the characters involved
// would change; names are compared as UTF-8 bytes; no suggestion when the
// candidates number 750 or more, or when both strings, after their common
// prefix and suffix are removed, are longer than 40 bytes.
#include "runtime/suggestions.h"

#include "objects/code.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/interp.h"
#include "runtime/type.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string_view>
#include <vector>

namespace uopy {

namespace {

constexpr size_t kMaxCandidates = 750;
constexpr size_t kMaxStringSize = 40;
constexpr int64_t kMoveCost = 2;
constexpr int64_t kCaseCost = 1;

char ascii_lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

int64_t substitution_cost(char a, char b) {
    if (a == b) return 0;
    return ascii_lower(a) == ascii_lower(b) ? kCaseCost : kMoveCost;
}

// The distance from [a] to [b], or max_cost + 1 when it is certainly above
// [max_cost] (the exact value above the limit never matters).
int64_t edit_distance(std::string_view a, std::string_view b, int64_t max_cost) {
    if (a == b) return 0;
    while (!a.empty() && !b.empty() && a.front() == b.front()) {
        a.remove_prefix(1);
        b.remove_prefix(1);
    }
    while (!a.empty() && !b.empty() && a.back() == b.back()) {
        a.remove_suffix(1);
        b.remove_suffix(1);
    }
    if (a.empty() || b.empty()) return static_cast<int64_t>(a.size() + b.size()) * kMoveCost;
    if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
    if (b.size() < a.size()) std::swap(a, b);
    if (static_cast<int64_t>(b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
    // One row of the table per character of b; row[i] is the cost of
    // turning a[:i+1] into the part of b seen so far.
    std::vector<int64_t> row(a.size());
    for (size_t i = 0; i < a.size(); i++)
        row[i] = static_cast<int64_t>(i + 1) * kMoveCost;
    int64_t result = 0;
    for (size_t j = 0; j < b.size(); j++) {
        int64_t diagonal = static_cast<int64_t>(j) * kMoveCost; // a[:0] to b[:j]
        int64_t left = static_cast<int64_t>(j + 1) * kMoveCost; // a[:0] to b[:j+1]
        int64_t row_min = std::numeric_limits<int64_t>::max();
        for (size_t i = 0; i < a.size(); i++) {
            int64_t up = row[i];
            int64_t best = std::min(
                {diagonal + substitution_cost(a[i], b[j]), up + kMoveCost, left + kMoveCost});
            diagonal = up;
            row[i] = best;
            left = best;
            row_min = std::min(row_min, best);
        }
        result = row[a.size() - 1];
        if (row_min > max_cost) return max_cost + 1;
    }
    return result;
}

// The closest of [candidates] (a list) to [name], or null. Null with an
// error set when a candidate is not a str.
Value closest_name(Value candidates, Value name) {
    size_t n = list_size(candidates);
    if (n >= kMaxCandidates) return Value();
    std::string_view target = str_view(name);
    Value best;
    int64_t best_distance = std::numeric_limits<int64_t>::max();
    for (size_t i = 0; i < list_size(candidates); i++) {
        Value item = list_get(candidates, i);
        if (!is_str(item)) {
            raise(exc::TypeError, "suggestion candidates must be str");
            return Value();
        }
        std::string_view s = str_view(item);
        if (s == target) continue;
        int64_t limit = static_cast<int64_t>(target.size() + s.size() + 3) * kMoveCost / 6;
        limit = std::min(limit, best_distance - 1);
        int64_t d = edit_distance(target, s, limit);
        if (d > limit) continue;
        if (!best || d < best_distance) {
            best = item;
            best_distance = d;
        }
    }
    return best;
}

Value suggest_attribute(Value exc) {
    Value name, obj;
    attribute_error_name_obj(exc, &name, &obj);
    if (!name || !obj || type_of(name) != &StrType) return Value();
    Value dir_fn = get_attr_cstr(g_interp->builtins_module, "dir");
    Value names = dir_fn ? call1(dir_fn, obj) : Value();
    if (!names || !is_list(names)) return Value();
    return closest_name(names, name);
}

Value suggest_global_name(Value exc) {
    Value name = get_attr_cstr(exc, "name");
    if (!name || type_of(name) != &StrType) return Value();
    Value tb = as_exception(exc)->traceback;
    if (!tb || is_none(tb)) return Value();
    auto* entry = static_cast<TracebackObject*>(tb.as_ptr());
    while (entry->next && !is_none(entry->next))
        entry = static_cast<TracebackObject*>(entry->next.as_ptr());
    // The failing frame's local variables, its globals, its builtins.
    Value locals = get_attr_cstr(Value(entry->code), "co_varnames");
    Value list = locals ? sequence_to_list(locals) : Value();
    Value found = list ? closest_name(list, name) : Value();
    if (found || err_occurred()) return found;
    Value globals = entry->globals;
    if (!globals || !is_dict(globals)) return Value();
    list = sequence_to_list(globals);
    found = list ? closest_name(list, name) : Value();
    if (found || err_occurred()) return found;
    Value builtins = dict_get_str(as_dict(globals), intern("__builtins__"));
    if (!builtins) builtins = g_interp->builtins_module;
    if (is_module(builtins)) builtins = Value(as_module(builtins)->dict);
    if (!is_dict(builtins)) return Value();
    list = sequence_to_list(builtins);
    return list ? closest_name(list, name) : Value();
}

} // namespace

Value offer_suggestion(Value exc) {
    Value r;
    if (isinstance_of(exc, exc::AttributeError))
        r = suggest_attribute(exc);
    else if (isinstance_of(exc, exc::NameError))
        r = suggest_global_name(exc);
    if (!r) err_clear();
    return r;
}

} // namespace uopy
