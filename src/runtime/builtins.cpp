// The `builtins` functions that need neither the compiler nor the VM.
// CPython counterpart: Python/bltinmodule.c.
#include "runtime/builtins.h"

#include "modules/io_stdio.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/builtins_core.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/import.h"
#include "runtime/sysmodule.h"
#include "runtime/type.h"

#include <cstring>
#include <string>

namespace uopy {

Value make_callable_iterator(Value callable, Value sentinel); // objects/iterators.cpp

static Value b_print(Value, const Value* args, size_t nargs, Value kwnames) {
    Value sep, end, file, flush;
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        std::string_view k = str_view(tuple_get(kwnames, i));
        Value v = args[nargs + i];
        if (k == "sep")
            sep = v;
        else if (k == "end")
            end = v;
        else if (k == "file")
            file = v;
        else if (k == "flush")
            flush = v;
        else
            return raise(exc::TypeError, "'%s' is an invalid keyword argument for print()",
                         std::string(k).c_str());
    }
    if (sep && !is_none(sep) && !is_str(sep))
        return raise(exc::TypeError, "sep must be None or a string, not %s", type_name(sep));
    if (end && !is_none(end) && !is_str(end))
        return raise(exc::TypeError, "end must be None or a string, not %s", type_name(end));
    if (!file || is_none(file)) file = sys_stdout();
    if (!file || is_none(file)) return None();
    Value sep_str = sep && !is_none(sep) ? sep : intern(" ");
    Value end_str = end && !is_none(end) ? end : intern("\n");
    Value r;
    if (print_may_join(file)) {
        // A plain TextIOWrapper: one write of the joined text.
        std::string out;
        for (size_t i = 0; i < nargs; i++) {
            if (i) out += str_view(sep_str);
            Value s = str_of(args[i]);
            if (!s) return s;
            out += str_view(s);
        }
        out += str_view(end_str);
        Value text = make_str(out);
        if (!text) return text;
        r = call_method(file, "write", {text});
        if (!r) return r;
    } else {
        // Any other object sees CPython's sequence of writes: each item, each
        // separator, the end.
        for (size_t i = 0; i < nargs; i++) {
            if (i && !call_method(file, "write", {sep_str})) return Value();
            Value s = str_of(args[i]);
            if (!s || !call_method(file, "write", {s})) return Value();
        }
        if (!call_method(file, "write", {end_str})) return Value();
    }
    if (flush && truthy(flush) > 0) {
        r = call_method(file, "flush", {});
        if (!r) return r;
    }
    return None();
}

static Value b_input(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("input", nargs, 0, 1)) return Value();
    if (nargs) {
        Value s = str_of(args[0]);
        if (!s) return s;
        Value out = sys_stdout();
        if (!call_method(out, "write", {s}) || !call_method(out, "flush", {})) return Value();
    }
    flush_std_files();
    Value in = sys_stdin();
    Value line = call_method(in, "readline", {});
    if (!line) return line;
    std::string_view s = str_view(line);
    if (s.empty()) return raise(exc::EOFError, "EOF when reading a line");
    if (s.back() == '\n') s.remove_suffix(1);
    return make_str(s);
}

static Value b_len(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("len", nargs, 1, 1)) return Value();
    int64_t n = length(args[0]);
    return n < 0 ? Value() : make_int(n);
}

static Value b_abs(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("abs", nargs, 1, 1)) return Value();
    return unary_absolute(args[0]);
}

static Value any_all(const Value* args, size_t nargs, bool want, const char* name) {
    if (!check_nargs(name, nargs, 1, 1)) return Value();
    Value it = get_iter(args[0]);
    if (!it) return it;
    for (;;) {
        Value x = iter_next(it);
        if (!x) return err_occurred() ? Value() : Bool(!want);
        int t = truthy(x);
        if (t < 0) return Value();
        if (t == want) return Bool(want);
    }
}
static Value b_any(Value, const Value* a, size_t n, Value) {
    return any_all(a, n, true, "any");
}
static Value b_all(Value, const Value* a, size_t n, Value) {
    return any_all(a, n, false, "all");
}

static Value radix(const Value* args, size_t nargs, int base, const char* name) {
    if (!check_nargs(name, nargs, 1, 1)) return Value();
    Value i = number_index(args[0]);
    if (!i) return i;
    mpz_t z;
    mpz_init(z);
    int_to_mpz(i, z);
    bool neg = mpz_sgn(z) < 0;
    mpz_abs(z, z);
    std::string digits(mpz_sizeinbase(z, base) + 2, '\0');
    mpz_get_str(digits.data(), base, z);
    digits.resize(std::strlen(digits.c_str()));
    mpz_clear(z);
    const char* prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
    return make_str(std::string(neg ? "-" : "") + prefix + digits);
}
static Value b_bin(Value, const Value* a, size_t n, Value) {
    return radix(a, n, 2, "bin");
}
static Value b_oct(Value, const Value* a, size_t n, Value) {
    return radix(a, n, 8, "oct");
}
static Value b_hex(Value, const Value* a, size_t n, Value) {
    return radix(a, n, 16, "hex");
}

static Value b_callable(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("callable", nargs, 1, 1)) return Value();
    return Bool(callable(args[0]));
}

static Value b_chr(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("chr", nargs, 1, 1)) return Value();
    int64_t c;
    Value i = number_index(args[0]);
    if (!i) return i;
    if (!int_fits_int64(i, &c) || c < INT32_MIN || c > INT32_MAX)
        return raise(exc::OverflowError, "Python int too large to convert to C int");
    if (c < 0 || c > 0x10FFFF) return raise(exc::ValueError, "chr() arg not in range(0x110000)");
    return str_from_codepoint(static_cast<uint32_t>(c));
}

static Value b_ord(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("ord", nargs, 1, 1)) return Value();
    // str first: its test is a flag, bytearray's a subtype walk.
    if (is_str(args[0])) {
        if (str_length(args[0]) != 1)
            return raise(exc::TypeError,
                         "ord() expected a character, but string of length %zu found",
                         str_length(args[0]));
        return make_int(str_codepoint_at(args[0], 0));
    }
    if (is_bytes(args[0]) || is_bytearray(args[0])) {
        std::string_view b = bytes_view(args[0]);
        if (b.size() != 1)
            return raise(exc::TypeError,
                         "ord() expected a character, but string of length %zu found", b.size());
        return make_int(static_cast<unsigned char>(b[0]));
    }
    if (!is_str(args[0]))
        return raise(exc::TypeError, "ord() expected string of length 1, but %s found",
                     type_name(args[0]));
    if (str_length(args[0]) != 1)
        return raise(exc::TypeError, "ord() expected a character, but string of length %zu found",
                     str_length(args[0]));
    return make_int(str_codepoint_at(args[0], 0));
}

static Value b_divmod(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("divmod", nargs, 2, 2)) return Value();
    Value a = args[0], b = args[1];
    Type* ta = type_of(a);
    Type* tb = type_of(b);
    auto exact_number = [](Type* t) { return t == &IntType || t == &BoolType || t == &FloatType; };
    if (exact_number(ta) && exact_number(tb)) {
        Value r = int_divmod(a, b);
        return r != NotImplemented() ? r : float_divmod(a, b);
    }
    // The binary-operator protocol: a subclass's own __rdivmod__ first, then
    // the left operand's __divmod__, then the right one's __rdivmod__.
    Value fwd = intern("__divmod__"), rev = intern("__rdivmod__");
    bool try_rev = ta != tb;
    if (try_rev && is_subtype(tb, ta) && type_lookup(tb, rev) &&
        type_lookup(tb, rev) != type_lookup(ta, rev)) {
        Value r = call_special(b, rev, {a});
        if (!r || r != NotImplemented()) return r;
        try_rev = false;
    }
    if (lookup_special(a, fwd)) {
        Value r = call_special(a, fwd, {b});
        if (!r || r != NotImplemented()) return r;
    } else if (err_occurred()) {
        return Value();
    }
    if (try_rev) {
        if (lookup_special(b, rev)) {
            Value r = call_special(b, rev, {a});
            if (!r || r != NotImplemented()) return r;
        } else if (err_occurred()) {
            return Value();
        }
    }
    return raise(exc::TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                 type_name(a), type_name(b));
}

static Value b_format(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("format", nargs, 1, 2)) return Value();
    return format_value(args[0], nargs > 1 ? args[1] : Value());
}

static Value b_getattr(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("getattr", nargs, 2, 3)) return Value();
    if (!is_str(args[1]))
        return raise(exc::TypeError, "attribute name must be string, not '%s'", type_name(args[1]));
    Value v = get_attr(args[0], args[1]);
    if (!v && nargs == 3 && err_matches(exc::AttributeError)) {
        err_clear();
        return args[2];
    }
    return v;
}
static Value b_setattr(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("setattr", nargs, 3, 3)) return Value();
    if (!is_str(args[1]))
        return raise(exc::TypeError, "attribute name must be string, not '%s'", type_name(args[1]));
    return set_attr(args[0], args[1], args[2]) < 0 ? Value() : None();
}
static Value b_delattr(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("delattr", nargs, 2, 2)) return Value();
    if (!is_str(args[1]))
        return raise(exc::TypeError, "attribute name must be string, not '%s'", type_name(args[1]));
    return set_attr(args[0], args[1], Value()) < 0 ? Value() : None();
}
static Value b_hasattr(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("hasattr", nargs, 2, 2)) return Value();
    if (!is_str(args[1]))
        return raise(exc::TypeError, "attribute name must be string, not '%s'", type_name(args[1]));
    Value v = get_attr(args[0], args[1]);
    if (v) return True();
    if (err_matches(exc::AttributeError)) {
        err_clear();
        return False();
    }
    return Value();
}
static Value b_hash(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("hash", nargs, 1, 1)) return Value();
    int64_t h = hash_of(args[0]);
    return h == -1 ? Value() : make_int(h);
}
static Value b_id(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("id", nargs, 1, 1)) return Value();
    return make_uint(args[0].raw());
}
static Value b_isinstance(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("isinstance", nargs, 2, 2)) return Value();
    int r = is_instance(args[0], args[1]);
    return r < 0 ? Value() : Bool(r);
}
static Value b_issubclass(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("issubclass", nargs, 2, 2)) return Value();
    int r = is_subclass(args[0], args[1]);
    return r < 0 ? Value() : Bool(r);
}
static Value b_iter(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("iter", nargs, 1, 2)) return Value();
    if (nargs == 2) {
        if (!callable(args[0])) return raise(exc::TypeError, "iter(v, w): v must be callable");
        return make_callable_iterator(args[0], args[1]);
    }
    return get_iter(args[0]);
}
static Value b_next(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("next", nargs, 1, 2)) return Value();
    if (!type_of(args[0])->iternext)
        return raise(exc::TypeError, "'%s' object is not an iterator", type_name(args[0]));
    Value v = type_of(args[0])->iternext(args[0]);
    if (v) return v;
    if (err_occurred()) {
        if (nargs == 2 && err_matches(exc::StopIteration)) {
            err_clear();
            return args[1];
        }
        return Value();
    }
    if (nargs == 2) return args[1];
    return raise_empty(exc::StopIteration);
}

static Value min_max(const Value* args, size_t nargs, Value kwnames, CompareOp op,
                     const char* name) {
    Value key, dflt;
    bool has_default = false;
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        std::string_view k = str_view(tuple_get(kwnames, i));
        if (k == "key")
            key = args[nargs + i];
        else if (k == "default") {
            dflt = args[nargs + i];
            has_default = true;
        } else {
            return raise(exc::TypeError, "'%s' is an invalid keyword argument for %s()",
                         std::string(k).c_str(), name);
        }
    }
    if (nargs == 0) return raise(exc::TypeError, "%s expected at least 1 argument, got 0", name);
    Value it;
    if (nargs == 1) {
        it = get_iter(args[0]);
    } else {
        if (has_default)
            return raise(exc::TypeError,
                         "Cannot specify a default for %s() with multiple positional arguments",
                         name);
        it = get_iter(make_tuple_from(args, nargs));
    }
    if (!it) return it;
    Value best, best_key;
    for (;;) {
        Value x = iter_next(it);
        if (!x) {
            if (err_occurred()) return Value();
            break;
        }
        Value k = key && !is_none(key) ? call1(key, x) : x;
        if (!k) return k;
        if (!best) {
            best = x;
            best_key = k;
            continue;
        }
        int better = rich_compare_bool(k, best_key, op);
        if (better < 0) return Value();
        if (better) {
            best = x;
            best_key = k;
        }
    }
    if (!best) {
        if (has_default) return dflt;
        return raise(exc::ValueError, "%s() arg is an empty sequence", name);
    }
    return best;
}
static Value b_max(Value, const Value* a, size_t n, Value k) {
    return min_max(a, n, k, CMP_GT, "max");
}
static Value b_min(Value, const Value* a, size_t n, Value k) {
    return min_max(a, n, k, CMP_LT, "min");
}

static Value b_pow(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("pow", "base, exp, mod=");
    Value a[3];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    if (a[2] && !is_none(a[2])) return power3(a[0], a[1], a[2]);
    return binary_op(a[0], a[1], NB_POWER);
}
static Value b_repr(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("repr", nargs, 1, 1)) return Value();
    return repr(args[0]);
}
static Value b_ascii(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("ascii", nargs, 1, 1)) return Value();
    return ascii_of(args[0]);
}
static Value b_round(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("round", "number, ndigits=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    Value f = lookup_special(a[0], names::__round__);
    if (!f) {
        if (err_occurred()) return Value();
        return raise(exc::TypeError, "type %s doesn't define __round__ method", type_name(a[0]));
    }
    if (a[1] && !is_none(a[1])) return call_special(a[0], names::__round__, {a[1]});
    return call_special(a[0], names::__round__, {});
}
static Value b_sorted(Value, const Value* args, size_t nargs, Value kwnames) {
    // One positional argument, then the keywords go to list.sort (whose
    // name the keyword errors carry, as in CPython).
    if (!check_nargs_expected("sorted", nargs, 1, 1)) return Value();
    static const NativeSignature sig("sort", "*, key=, reverse=");
    Value a[2];
    if (!sig.bind(args + 1, 0, kwnames, a)) return Value();
    Value list = sequence_to_list(args[0]);
    if (!list) return list;
    int rev; // a C int in CPython, not any truth value
    if (!c_int_arg(a[1], 0, &rev)) return Value();
    if (!list_sort(list, a[0], rev)) return Value();
    return list;
}
static Value b_sum(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("sum", "iterable, /, start=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    Value total = a[1] ? a[1] : Value::small_int(0);
    if (is_str(total))
        return raise(exc::TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (a[1] && (type_of(total) == &BytesType))
        return raise(exc::TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    Value it = get_iter(a[0]);
    if (!it) return it;
    for (;;) {
        Value x = iter_next(it);
        if (!x) return err_occurred() ? Value() : total;
        if (total.is_int() && x.is_int()) {
            total = int_add(total, x);
        } else if (is_exact_float(total) && (is_exact_float(x) || x.is_int())) {
            // A float total adds floats and small ints in a double, boxing it
            // only at the end or when another type arrives (as CPython does):
            // the sum is the same, one addition at a time, without a float
            // object per item.
            double f = float_value(total);
            while (x && (is_exact_float(x) || x.is_int())) {
                f += x.is_int() ? static_cast<double>(x.as_int()) : float_value(x);
                x = iter_next(it);
            }
            total = make_float(f);
            if (!total || !x) return err_occurred() ? Value() : total;
            total = binary_op(total, x, NB_ADD);
        } else {
            total = binary_op(total, x, NB_ADD);
        }
        if (!total) return total;
    }
}
// open() is io.open: the _io module's, with its file classes (the native
// stdio streams stay io_file.cpp's).
static Value b_open(Value, const Value* args, size_t nargs, Value kwnames) {
    Value io = import_module("_io");
    if (!io) return io;
    Value f = get_attr(io, intern("open"));
    return f ? call(f, args, nargs, kwnames) : f;
}
static Value b_vars(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("vars", nargs, 0, 1)) return Value();
    if (nargs == 0) return builtin_locals_dict();
    Value d = get_attr_optional(args[0], names::__dict__);
    if (!d) {
        if (err_occurred()) return d;
        return raise(exc::TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}
static Value b_dir(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("dir", nargs, 0, 1)) return Value();
    Value names;
    if (nargs == 0) {
        Value d = builtin_locals_dict();
        if (!d) return d;
        names = sequence_to_list(d);
    } else if (is_module(args[0])) {
        names = sequence_to_list(Value(as_module(args[0])->dict));
    } else if (isinstance_of(args[0], &TypeType)) {
        Dict* all = make_dict();
        Type* t = static_cast<Type*>(args[0].as_ptr());
        for (size_t i = 0; i < tuple_size(t->mro); i++)
            dict_merge_from_dict(all, static_cast<Type*>(tuple_get(t->mro, i).as_ptr())->dict,
                                 true);
        names = sequence_to_list(Value(all));
    } else {
        Value r = call_special(args[0], names::__dir__, {});
        if (!r) return r;
        names = sequence_to_list(r);
    }
    if (!names || !list_sort(names, Value(), false)) return Value();
    return names;
}

static const NativeMethodDef builtin_functions[] = {
    {"print", b_print, NATIVE_KEYWORDS,
     "print($module, /, *args, sep=' ', end='\\n', file=None, flush=False)\n--\n\n"},
    {"input", b_input, 0, "input($module, prompt='', /)\n--\n\n"},
    {"len", b_len, 0, "len($module, obj, /)\n--\n\n"},
    {"abs", b_abs, 0, "abs($module, x, /)\n--\n\n"},
    {"any", b_any, 0, "any($module, iterable, /)\n--\n\n"},
    {"all", b_all, 0, "all($module, iterable, /)\n--\n\n"},
    {"bin", b_bin, 0, "bin($module, number, /)\n--\n\n"},
    {"oct", b_oct, 0, "oct($module, number, /)\n--\n\n"},
    {"hex", b_hex, 0, "hex($module, number, /)\n--\n\n"},
    {"callable", b_callable, 0, "callable($module, obj, /)\n--\n\n"},
    {"chr", b_chr, 0, "chr($module, i, /)\n--\n\n"},
    {"ord", b_ord, 0, "ord($module, c, /)\n--\n\n"},
    {"divmod", b_divmod, 0, "divmod($module, x, y, /)\n--\n\n"},
    {"format", b_format, 0, "format($module, value, format_spec='', /)\n--\n\n"},
    {"getattr", b_getattr, 0, nullptr},
    {"setattr", b_setattr, 0, "setattr($module, obj, name, value, /)\n--\n\n"},
    {"delattr", b_delattr, 0, "delattr($module, obj, name, /)\n--\n\n"},
    {"hasattr", b_hasattr, 0, "hasattr($module, obj, name, /)\n--\n\n"},
    {"hash", b_hash, 0, "hash($module, obj, /)\n--\n\n"},
    {"id", b_id, 0, "id($module, obj, /)\n--\n\n"},
    {"isinstance", b_isinstance, 0, "isinstance($module, obj, class_or_tuple, /)\n--\n\n"},
    {"issubclass", b_issubclass, 0, "issubclass($module, cls, class_or_tuple, /)\n--\n\n"},
    {"iter", b_iter, 0, nullptr},
    {"next", b_next, 0, nullptr},
    {"max", b_max, NATIVE_KEYWORDS, nullptr},
    {"min", b_min, NATIVE_KEYWORDS, nullptr},
    {"pow", b_pow, NATIVE_KEYWORDS, "pow($module, /, base, exp, mod=None)\n--\n\n"},
    {"repr", b_repr, 0, "repr($module, obj, /)\n--\n\n"},
    {"ascii", b_ascii, 0, "ascii($module, obj, /)\n--\n\n"},
    {"round", b_round, NATIVE_KEYWORDS, "round($module, /, number, ndigits=None)\n--\n\n"},
    {"sorted", b_sorted, NATIVE_KEYWORDS,
     "sorted($module, iterable, /, *, key=None, reverse=False)\n--\n\n"},
    {"sum", b_sum, NATIVE_KEYWORDS, "sum($module, iterable, /, start=0)\n--\n\n"},
    {"vars", b_vars, 0, nullptr},
    {"dir", b_dir, 0, nullptr},
    {"open", b_open, NATIVE_KEYWORDS,
     "open($module, /, file, mode='r', buffering=-1, encoding=None,\n"
     "     errors=None, newline=None, closefd=True, opener=None)\n--\n\n"},
    {nullptr, nullptr, 0, nullptr},
};

void init_builtins_functions(Value module) {
    add_functions(as_module(module)->dict, builtin_functions, module);
}

} // namespace uopy
