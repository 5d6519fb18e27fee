// Argument binding for native functions (see args.h). CPython counterpart:
// Python/getargs.c (_PyArg_UnpackKeywords) and its error messages.
#include "runtime/args.h"

#include "objects/dict.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"

#include <climits>
#include <cstring>

namespace uopy {

NativeSignature::NativeSignature(const char* fname, const char* spec) : fname_(fname) {
    bool posonly_seen = false;
    bool kwonly = false;
    const char* p = spec;
    std::vector<Param> params;
    while (*p) {
        while (*p == ' ' || *p == ',')
            p++;
        if (!*p) break;
        const char* start = p;
        while (*p && *p != ',')
            p++;
        std::string tok(start, p);
        while (!tok.empty() && tok.back() == ' ')
            tok.pop_back();
        if (tok == "/") {
            // Everything so far is positional-only.
            for (auto& q : params)
                q.keyword = false;
            posonly_seen = true;
            continue;
        }
        if (tok == "*") {
            kwonly = true;
            continue;
        }
        Param prm{};
        if (tok.rfind("**", 0) == 0) {
            prm.name = tok.substr(2);
            prm.starstar = true;
            prm.optional = true;
        } else if (tok[0] == '*') {
            prm.name = tok.substr(1);
            prm.star = true;
            prm.optional = true;
            kwonly = true;
        } else {
            prm.optional = tok.back() == '=';
            prm.name = prm.optional ? tok.substr(0, tok.size() - 1) : tok;
            prm.positional = !kwonly;
            prm.keyword = true;
        }
        params.push_back(prm);
    }
    (void)posonly_seen;
    params_ = std::move(params);
    max_positional_ = 0;
    for (auto& q : params_)
        if (q.positional) max_positional_++;
}

bool NativeSignature::bind(const Value* args, size_t nargs, Value kwnames, Value* out) const {
    size_t nparams = params_.size();
    for (size_t i = 0; i < nparams; i++)
        out[i] = Value();
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    int star_index = -1, starstar_index = -1;
    for (size_t i = 0; i < nparams; i++) {
        if (params_[i].star) star_index = static_cast<int>(i);
        if (params_[i].starstar) starstar_index = static_cast<int>(i);
    }
    if (star_index < 0 && starstar_index < 0 && nargs + nkw > nparams && nkw > 0) {
        // Argument Clinic's first check: too many arguments in all.
        raise(exc::TypeError, "%s() takes at most %zu %sargument%s (%zu given)", fname_.c_str(),
              nparams, nargs == 0 ? "keyword " : "", nparams == 1 ? "" : "s", nargs + nkw);
        return false;
    }
    // Positionals.
    size_t pi = 0;
    size_t taken = 0;
    for (size_t i = 0; i < nparams && taken < nargs; i++) {
        if (!params_[i].positional) continue;
        out[i] = args[taken++];
        pi = i + 1;
    }
    (void)pi;
    if (taken < nargs) {
        if (star_index >= 0) {
            out[star_index] = make_tuple_from(args + taken, nargs - taken);
            if (!out[star_index]) return false;
        } else {
            size_t required = 0;
            for (auto& q : params_)
                if (q.positional && !q.optional) required++;
            if (max_positional_ == 0)
                raise(exc::TypeError, "%s() takes no positional arguments", fname_.c_str());
            else if (required == max_positional_)
                raise(exc::TypeError, "%s() takes exactly %zu positional argument%s (%zu given)",
                      fname_.c_str(), max_positional_, max_positional_ == 1 ? "" : "s", nargs);
            else
                raise(exc::TypeError, "%s() takes at most %zu argument%s (%zu given)",
                      fname_.c_str(), max_positional_, max_positional_ == 1 ? "" : "s", nargs);
            return false;
        }
    } else if (star_index >= 0) {
        out[star_index] = empty_tuple();
    }
    Dict* extra = nullptr;
    if (starstar_index >= 0) {
        extra = make_dict();
        if (!extra) return false;
        out[starstar_index] = Value(extra);
    }
    // Keywords.
    for (size_t k = 0; k < nkw; k++) {
        Value name = tuple_get(kwnames, k);
        std::string_view nv = str_view(name);
        int found = -1;
        for (size_t i = 0; i < nparams; i++)
            if (params_[i].keyword && params_[i].name == nv) {
                found = static_cast<int>(i);
                break;
            }
        if (found < 0) {
            if (extra) {
                if (!dict_set(extra, name, args[nargs + k])) return false;
                continue;
            }
            raise(exc::TypeError, "'%s' is an invalid keyword argument for %s()",
                  std::string(nv).c_str(), fname_.c_str());
            return false;
        }
        if (out[found]) {
            raise(exc::TypeError, "argument for %s() given by name ('%s') and position (%d)",
                  fname_.c_str(), std::string(nv).c_str(), found + 1);
            return false;
        }
        out[found] = args[nargs + k];
    }
    // Required parameters.
    for (size_t i = 0; i < nparams; i++) {
        const Param& q = params_[i];
        if (q.optional || out[i]) continue;
        if (q.positional) {
            if (q.keyword)
                raise(exc::TypeError, "%s() missing required argument '%s' (pos %zu)",
                      fname_.c_str(), q.name.c_str(), i + 1);
            else
                raise(exc::TypeError, "%s() takes %s %zu positional argument%s (%zu given)",
                      fname_.c_str(), max_positional_ == i + 1 ? "exactly" : "at least", i + 1,
                      i == 0 ? "" : "s", nargs);
        } else {
            raise(exc::TypeError, "%s() missing required keyword-only argument '%s'",
                  fname_.c_str(), q.name.c_str());
        }
        return false;
    }
    return true;
}

// Raises the TypeError (check_nargs has seen the count does not fit).
bool check_nargs_failed(const char* fname, size_t nargs, size_t min, size_t max) {
    // Argument Clinic's "expected" wording names the bare method (insert,
    // not list.insert); the METH_NOARGS/METH_O wording keeps the owner.
    if (!(min == max && min <= 1)) {
        const char* dot = std::strrchr(fname, '.');
        if (dot) fname = dot + 1;
    }
    if (min == max) {
        if (min == 0)
            raise(exc::TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
        else if (min == 1)
            raise(exc::TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
        else
            raise(exc::TypeError, "%s expected %zu arguments, got %zu", fname, min, nargs);
    } else if (nargs < min) {
        raise(exc::TypeError, "%s expected at least %zu argument%s, got %zu", fname, min,
              min == 1 ? "" : "s", nargs);
    } else {
        raise(exc::TypeError, "%s expected at most %zu argument%s, got %zu", fname, max,
              max == 1 ? "" : "s", nargs);
    }
    return false;
}

const char* arg_type_name(Value v) {
    return is_none(v) ? "None" : type_name(v);
}

bool check_nargs_expected(const char* fname, size_t nargs, size_t min, size_t max) {
    if (nargs >= min && nargs <= max) return true;
    size_t n = nargs < min ? min : max;
    raise(exc::TypeError, "%s expected %s%zu argument%s, got %zu", fname,
          min == max    ? ""
          : nargs < min ? "at least "
                        : "at most ",
          n, n == 1 ? "" : "s", nargs);
    return false;
}

bool check_nargs_tuple_style(const char* fname, size_t nargs, size_t min, size_t max) {
    if (nargs >= min && nargs <= max) return true;
    size_t n = nargs < min ? min : max;
    raise(exc::TypeError, "%s() takes %s %zu argument%s (%zu given)", fname,
          min == max    ? "exactly"
          : nargs < min ? "at least"
                        : "at most",
          n, n == 1 ? "" : "s", nargs);
    return false;
}

bool check_no_kwargs(const char* fname, Value kwnames) {
    if (!kwnames || tuple_size(kwnames) == 0) return true;
    raise(exc::TypeError, "%s() takes no keyword arguments", fname);
    return false;
}

bool c_int_arg(Value v, int dflt, int* out) {
    if (!v) {
        *out = dflt;
        return true;
    }
    Value i = number_index(v);
    if (!i) return false;
    int64_t x;
    if (!int_fits_int64(i, &x) || x < INT_MIN || x > INT_MAX) {
        raise(exc::OverflowError, "Python int too large to convert to C int");
        return false;
    }
    *out = static_cast<int>(x);
    return true;
}

bool ssize_arg(Value v, int64_t* out) {
    return int_as_int64(v, out);
}

bool slice_index_arg(Value v, int64_t* out) {
    if (!is_index_like(v)) {
        raise(exc::TypeError, "slice indices must be integers or have an __index__ method");
        return false;
    }
    return index_as_int64(v, out, nullptr);
}

// See args.h.
bool unpack_keyword_args(const char* fname, const char* const* names, size_t nnames, size_t minpos,
                         size_t maxpos, const Value* args, size_t nargs, Value kwnames, Value* out,
                         size_t posonly) {
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    for (size_t i = 0; i < nnames; i++)
        out[i] = Value();
    if (nargs + nkw > nnames) {
        raise(exc::TypeError, "%s() takes at most %zu %sargument%s (%zu given)", fname, nnames,
              nargs == 0 ? "keyword " : "", nnames == 1 ? "" : "s", nargs + nkw);
        return false;
    }
    if (nargs > maxpos) {
        if (maxpos == 0)
            raise(exc::TypeError, "%s() takes no positional arguments", fname);
        else
            raise(exc::TypeError, "%s() takes %s %zu positional argument%s (%zu given)", fname,
                  minpos < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", nargs);
        return false;
    }
    size_t minposonly = std::min(posonly, minpos);
    if (nargs < minposonly) {
        raise(exc::TypeError, "%s() takes %s %zu positional argument%s (%zu given)", fname,
              minposonly < nnames ? "at least" : "exactly", minposonly, minposonly == 1 ? "" : "s",
              nargs);
        return false;
    }
    for (size_t i = 0; i < nargs; i++)
        out[i] = args[i];
    auto find_keyword = [&](const char* name) -> Value {
        for (size_t k = 0; k < nkw; k++)
            if (str_view(tuple_get(kwnames, k)) == std::string_view(name)) return args[nargs + k];
        return Value();
    };
    size_t remaining = nkw;
    for (size_t i = std::max(nargs, posonly); i < nnames; i++) {
        Value v;
        if (remaining)
            v = find_keyword(names[i]);
        else if (i >= minpos)
            break;
        if (v) {
            out[i] = v;
            remaining--;
        } else if (i < minpos) {
            raise(exc::TypeError, "%s() missing required argument '%s' (pos %zu)", fname, names[i],
                  i + 1);
            return false;
        }
    }
    if (remaining == 0) return true;
    for (size_t i = posonly; i < nargs; i++)
        if (find_keyword(names[i])) {
            raise(exc::TypeError, "argument for %s() given by name ('%s') and position (%zu)",
                  fname, names[i], i + 1);
            return false;
        }
    for (size_t k = 0; k < nkw; k++) {
        std::string_view kw = str_view(tuple_get(kwnames, k));
        bool known = false;
        for (size_t i = posonly; i < nnames; i++)
            known = known || kw == std::string_view(names[i]);
        if (!known) {
            raise(exc::TypeError, "'%s' is an invalid keyword argument for %s()",
                  std::string(kw).c_str(), fname);
            return false;
        }
    }
    return true;
}

bool check_wrapper_one_arg(const char* name, size_t nargs, Value kwnames) {
    if (kwnames && tuple_size(kwnames) > 0) {
        raise(exc::TypeError, "wrapper %s() takes no keyword arguments", name);
        return false;
    }
    if (nargs == 1) return true;
    raise(exc::TypeError, "expected 1 argument, got %zu", nargs);
    return false;
}

} // namespace uopy
