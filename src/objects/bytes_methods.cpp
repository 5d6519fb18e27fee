// Methods shared by bytes and bytearray (search, split, splitlines, strip,
// replace, join, expandtabs, ASCII case and predicates, fromhex,
// repetition, %) and bytearray's mutations (item and slice assignment,
// append/extend/pop/insert/remove, += and *=). Arguments that are "bytes-like"
// take any buffer (bytes, bytearray, memoryview). Results of bytearray
// methods are bytearrays, as in CPython.
// CPython counterpart: Objects/bytes_methods.c, Objects/bytearrayobject.c.
#include "objects/bytes.h"

#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/misc.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/type.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace uopy {

namespace {

bool is_bytes_like(Value v) {
    return is_bytes(v) || is_bytearray(v);
}

// ASCII-only character classes (bytes methods never consult the locale).
inline bool a_lower(unsigned char c) {
    return c >= 'a' && c <= 'z';
}
inline bool a_upper(unsigned char c) {
    return c >= 'A' && c <= 'Z';
}
inline char a_to_upper(char c) {
    return a_lower(static_cast<unsigned char>(c)) ? static_cast<char>(c - 32) : c;
}
inline char a_to_lower(char c) {
    return a_upper(static_cast<unsigned char>(c)) ? static_cast<char>(c + 32) : c;
}

// Results larger than this are refused with MemoryError rather than asking
// std::string (whose bad_alloc must not escape).
constexpr uint64_t kMaxResult = uint64_t(1) << 36;
bool check_result_size(uint64_t n) {
    if (n <= kMaxResult) return true;
    raise_memory_error();
    return false;
}

// A C int argument: __index__, and OverflowError beyond 32 bits.
bool c_int_arg(Value v, int64_t* out) {
    Value i = number_index(v);
    if (!i) return false;
    if (!int_fits_int64(i, out) || *out < INT32_MIN || *out > INT32_MAX) {
        raise(exc::OverflowError, "Python int too large to convert to C int");
        return false;
    }
    return true;
}

// METH_O's argument checks, keywords first as in CPython:
// "bytes.partition() takes no keyword arguments", then "... takes exactly
// one argument (0 given)". (The generic NATIVE_O check counts first.)
bool check_one_arg(bool bytearray_kind, const char* name, size_t nargs, Value kwnames) {
    bool has_kw = kwnames && tuple_size(kwnames) > 0;
    if (!has_kw && nargs == 1) return true;
    std::string q = std::string(bytearray_kind ? "bytearray." : "bytes.") + name;
    if (has_kw)
        raise(exc::TypeError, "%s() takes no keyword arguments", q.c_str());
    else
        raise(exc::TypeError, "%s() takes exactly one argument (%zu given)", q.c_str(), nargs);
    return false;
}

// A new object of self's kind (bytes or bytearray) holding [data].
Value like(Value self, std::string_view data) {
    return is_bytearray(self) ? make_bytearray(data) : make_bytes(data);
}

// The "sub" argument of count/find/index: bytes-like, or an int 0..255.
bool sub_arg(Value v, std::string& out) {
    int r = buffer_contents(v, &out);
    if (r) return r > 0;
    if (is_index_like(v)) {
        int64_t c;
        if (!index_as_int64(v, &c, nullptr)) return false;
        if (c < 0 || c > 255) {
            raise(exc::ValueError, "byte must be in range(0, 256)");
            return false;
        }
        out = std::string(1, static_cast<char>(c));
        return true;
    }
    raise(exc::TypeError, "argument should be integer or bytes-like object, not '%s'",
          type_name(v));
    return false;
}

bool bytes_arg(Value v, std::string& out) {
    int r = buffer_contents(v, &out);
    if (r > 0) return true;
    if (r == 0) raise(exc::TypeError, "a bytes-like object is required, not '%s'", type_name(v));
    return false;
}

// A start/end argument (_PyEval_SliceIndex): None, or __index__ clamped
// to the int64 range.
bool slice_arg(Value v, int64_t* out) {
    if (!v || is_none(v)) return true;
    if (!is_index_like(v)) {
        raise(exc::TypeError, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    return index_as_int64(v, out, nullptr);
}

bool range_args(const Value* args, size_t nargs, int64_t len, int64_t* start, int64_t* end) {
    *start = 0;
    *end = len;
    if (nargs > 1 && !slice_arg(args[1], start)) return false;
    if (nargs > 2 && !slice_arg(args[2], end)) return false;
    if (*end > len)
        *end = len;
    else if (*end < 0)
        *end = std::max<int64_t>(0, *end + len);
    if (*start < 0) *start = std::max<int64_t>(0, *start + len);
    return true;
}

enum class Find { Find, RFind, Index, RIndex, Count };

Value find_impl(Value self, const Value* args, size_t nargs, Find kind) {
    static const char* names[] = {"find", "rfind", "index", "rindex", "count"};
    if (!check_nargs_tuple_style(names[static_cast<int>(kind)], nargs, 1, 3)) return Value();
    // The range first, then the needle (CPython's order of errors).
    int64_t start, end;
    if (!range_args(args, nargs, static_cast<int64_t>(bytes_view(self).size()), &start, &end))
        return Value();
    std::string sub;
    if (!sub_arg(args[0], sub)) return Value();
    std::string_view s = bytes_view(self);
    // (An __index__ above may have shrunk a bytearray.)
    end = std::min<int64_t>(end, static_cast<int64_t>(s.size()));
    int64_t n = static_cast<int64_t>(sub.size());
    if (kind == Find::Count) {
        if (end - start < n) return make_int(0);
        if (n == 0) return make_int(end - start + 1);
        int64_t count = 0;
        for (size_t at = s.find(sub, static_cast<size_t>(start));
             at != std::string_view::npos && static_cast<int64_t>(at) + n <= end;
             at = s.find(sub, at + sub.size()))
            count++;
        return make_int(count);
    }
    int64_t found = -1;
    if (end - start >= n) {
        std::string_view window =
            s.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
        size_t at =
            (kind == Find::RFind || kind == Find::RIndex) ? window.rfind(sub) : window.find(sub);
        if (at != std::string_view::npos) found = start + static_cast<int64_t>(at);
    }
    if (found < 0 && (kind == Find::Index || kind == Find::RIndex))
        return raise(exc::ValueError, "subsection not found");
    return make_int(found);
}

Value b_find(Value s, const Value* a, size_t n, Value) {
    return find_impl(s, a, n, Find::Find);
}
Value b_rfind(Value s, const Value* a, size_t n, Value) {
    return find_impl(s, a, n, Find::RFind);
}
Value b_index(Value s, const Value* a, size_t n, Value) {
    return find_impl(s, a, n, Find::Index);
}
Value b_rindex(Value s, const Value* a, size_t n, Value) {
    return find_impl(s, a, n, Find::RIndex);
}
Value b_count(Value s, const Value* a, size_t n, Value) {
    return find_impl(s, a, n, Find::Count);
}

Value affix_impl(Value self, const Value* args, size_t nargs, bool suffix) {
    const char* name = suffix ? "endswith" : "startswith";
    if (!check_nargs_tuple_style(name, nargs, 1, 3)) return Value();
    int64_t start, end;
    if (!range_args(args, nargs, static_cast<int64_t>(bytes_view(self).size()), &start, &end))
        return Value();
    std::string_view s = bytes_view(self); // (after any __index__ above)
    end = std::min<int64_t>(end, static_cast<int64_t>(s.size()));
    auto test = [&](std::string_view p) {
        int64_t n = static_cast<int64_t>(p.size());
        if (end - n < start) return false;
        size_t at = static_cast<size_t>(suffix ? end - n : start);
        return s.substr(at, p.size()) == p;
    };
    std::string p;
    if (is_tuple(args[0])) {
        for (size_t i = 0; i < tuple_size(args[0]); i++) {
            if (!bytes_arg(tuple_get(args[0], i), p)) return Value();
            if (test(p)) return True();
        }
        return False();
    }
    int r = buffer_contents(args[0], &p);
    if (r < 0) return Value();
    if (r == 0)
        return raise(exc::TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                     type_name(args[0]));
    return Bool(test(p));
}
Value b_startswith(Value s, const Value* a, size_t n, Value) {
    return affix_impl(s, a, n, false);
}
Value b_endswith(Value s, const Value* a, size_t n, Value) {
    return affix_impl(s, a, n, true);
}

bool is_ascii_space(unsigned char c) {
    return c == ' ' || (c >= 9 && c <= 13);
}

Value split_impl(Value self, const Value* args, size_t nargs, Value kwnames, bool right) {
    static const NativeSignature split_sig("split", "sep=, maxsplit=");
    static const NativeSignature rsplit_sig("rsplit", "sep=, maxsplit=");
    Value a[2];
    if (!(right ? rsplit_sig : split_sig).bind(args, nargs, kwnames, a)) return Value();
    int64_t maxsplit = -1;
    if (a[1] && !ssize_arg(a[1], &maxsplit)) return Value();
    std::string_view s = bytes_view(self);
    std::vector<std::string_view> parts;
    if (!a[0] || is_none(a[0])) {
        std::vector<std::pair<size_t, size_t>> words;
        size_t n = s.size();
        if (!right) {
            size_t i = 0;
            while (i < n) {
                while (i < n && is_ascii_space(static_cast<unsigned char>(s[i])))
                    i++;
                if (i == n) break;
                if (maxsplit >= 0 && static_cast<int64_t>(words.size()) == maxsplit) {
                    words.push_back({i, n});
                    break;
                }
                size_t b = i;
                while (i < n && !is_ascii_space(static_cast<unsigned char>(s[i])))
                    i++;
                words.push_back({b, i});
            }
        } else {
            size_t j = n;
            while (j > 0) {
                while (j > 0 && is_ascii_space(static_cast<unsigned char>(s[j - 1])))
                    j--;
                if (j == 0) break;
                if (maxsplit >= 0 && static_cast<int64_t>(words.size()) == maxsplit) {
                    words.push_back({0, j});
                    break;
                }
                size_t e = j;
                while (j > 0 && !is_ascii_space(static_cast<unsigned char>(s[j - 1])))
                    j--;
                words.push_back({j, e});
            }
            std::reverse(words.begin(), words.end());
        }
        for (auto [b, e] : words)
            parts.push_back(s.substr(b, e - b));
    } else {
        std::string sep;
        if (!bytes_arg(a[0], sep)) return Value();
        if (sep.empty()) return raise(exc::ValueError, "empty separator");
        if (!right) {
            size_t pos = 0;
            for (;;) {
                size_t f = maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit
                               ? std::string_view::npos
                               : s.find(sep, pos);
                if (f == std::string_view::npos) {
                    parts.push_back(s.substr(pos));
                    break;
                }
                parts.push_back(s.substr(pos, f - pos));
                pos = f + sep.size();
            }
        } else {
            size_t end = s.size();
            for (;;) {
                size_t f = std::string_view::npos;
                if (!(maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit) &&
                    end >= sep.size())
                    f = s.substr(0, end).rfind(sep);
                if (f == std::string_view::npos) {
                    parts.push_back(s.substr(0, end));
                    break;
                }
                parts.push_back(s.substr(f + sep.size(), end - f - sep.size()));
                end = f;
            }
            std::reverse(parts.begin(), parts.end());
        }
    }
    Value list = make_list(0);
    if (!list) return list;
    for (auto p : parts) {
        Value item = like(self, p);
        if (!item || !list_append(list, item)) return Value();
    }
    return list;
}
Value b_split(Value s, const Value* a, size_t n, Value k) {
    return split_impl(s, a, n, k, false);
}
Value b_rsplit(Value s, const Value* a, size_t n, Value k) {
    return split_impl(s, a, n, k, true);
}

Value strip_impl(Value self, const Value* args, size_t nargs, int which) {
    const char* name = which == 3 ? "strip" : which == 1 ? "lstrip" : "rstrip";
    if (!check_nargs(name, nargs, 0, 1)) return Value();
    std::string chars;
    bool whitespace = nargs == 0 || is_none(args[0]);
    if (!whitespace && !bytes_arg(args[0], chars)) return Value();
    std::string_view s = bytes_view(self);
    auto strip_it = [&](char c) {
        return whitespace ? is_ascii_space(static_cast<unsigned char>(c))
                          : chars.find(c) != std::string::npos;
    };
    size_t b = 0, e = s.size();
    if (which & 1)
        while (b < e && strip_it(s[b]))
            b++;
    if (which & 2)
        while (e > b && strip_it(s[e - 1]))
            e--;
    return like(self, s.substr(b, e - b));
}
Value b_strip(Value s, const Value* a, size_t n, Value) {
    return strip_impl(s, a, n, 3);
}
Value b_lstrip(Value s, const Value* a, size_t n, Value) {
    return strip_impl(s, a, n, 1);
}
Value b_rstrip(Value s, const Value* a, size_t n, Value) {
    return strip_impl(s, a, n, 2);
}

Value b_replace(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("replace", nargs, 2, 3)) return Value();
    std::string old, nw;
    if (!bytes_arg(args[0], old) || !bytes_arg(args[1], nw)) return Value();
    int64_t count = -1;
    if (nargs == 3 && !ssize_arg(args[2], &count)) return Value();
    std::string_view s = bytes_view(self);
    std::string out;
    int64_t done = 0;
    if (old.empty()) {
        uint64_t times = count < 0 ? s.size() + 1 : std::min<uint64_t>(count, s.size() + 1);
        if (!check_result_size(s.size() + times * nw.size())) return Value();
        for (size_t i = 0;; i++) {
            if (count < 0 || done < count) {
                out += nw;
                done++;
            }
            if (i == s.size()) break;
            out.push_back(s[i]);
        }
        return like(self, out);
    }
    size_t pos = 0;
    while (count < 0 || done < count) {
        size_t f = s.find(old, pos);
        if (f == std::string_view::npos) break;
        if (!check_result_size(out.size() + (f - pos) + nw.size())) return Value();
        out.append(s.substr(pos, f - pos)).append(nw);
        pos = f + old.size();
        done++;
    }
    out.append(s.substr(pos));
    return like(self, out);
}

Value b_join(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs(is_bytearray(self) ? "bytearray.join" : "bytes.join", nargs, 1, 1))
        return Value();
    Value it = get_iter(args[0]);
    if (!it) {
        if (err_matches(exc::TypeError)) {
            err_clear();
            raise(exc::TypeError, "can only join an iterable");
        }
        return Value();
    }
    Value seq = sequence_to_tuple(it);
    if (!seq) return seq;
    std::string sep(bytes_view(self)), out, item;
    for (size_t i = 0; i < tuple_size(seq); i++) {
        int r = buffer_contents(tuple_get(seq, i), &item);
        if (r < 0) return Value();
        if (r == 0)
            return raise(exc::TypeError,
                         "sequence item %zu: expected a bytes-like object, %s found", i,
                         type_name(tuple_get(seq, i)));
        if (i) out.append(sep);
        out.append(item);
    }
    return like(self, out);
}

// upper, lower, swapcase, capitalize, title: ASCII letters only.
template <int Mode> Value b_case(Value self, const Value*, size_t, Value) {
    std::string s(bytes_view(self));
    bool previous_cased = false; // title
    for (size_t i = 0; i < s.size(); i++) {
        char& c = s[i];
        unsigned char u = static_cast<unsigned char>(c);
        switch (Mode) {
        case 0: c = a_to_upper(c); break;
        case 1: c = a_to_lower(c); break;
        case 2: c = a_upper(u) ? a_to_lower(c) : a_to_upper(c); break;
        case 3: c = i == 0 ? a_to_upper(c) : a_to_lower(c); break;
        case 4:
            if (a_lower(u) || a_upper(u)) {
                c = previous_cased ? a_to_lower(c) : a_to_upper(c);
                previous_cased = true;
            } else {
                previous_cased = false;
            }
            break;
        }
    }
    return like(self, s);
}

template <int (*Pred)(int)> Value b_is(Value self, const Value*, size_t, Value) {
    std::string_view s = bytes_view(self);
    if (s.empty()) return False();
    for (char c : s)
        if (!Pred(static_cast<unsigned char>(c))) return False();
    return True();
}
int is_space_pred(int c) {
    return is_ascii_space(static_cast<unsigned char>(c));
}
int is_alpha_pred(int c) {
    return a_lower(static_cast<unsigned char>(c)) || a_upper(static_cast<unsigned char>(c));
}
int is_digit_pred(int c) {
    return c >= '0' && c <= '9';
}
int is_alnum_pred(int c) {
    return is_alpha_pred(c) || is_digit_pred(c);
}

Value b_isascii(Value self, const Value*, size_t, Value) {
    for (char c : bytes_view(self))
        if (static_cast<unsigned char>(c) >= 0x80) return False();
    return True();
}

// istitle: upper-case letters only after uncased bytes, lower-case ones
// only after cased ones, and at least one cased letter.
Value b_istitle(Value self, const Value*, size_t, Value) {
    bool cased = false, previous_cased = false;
    for (char c : bytes_view(self)) {
        unsigned char u = static_cast<unsigned char>(c);
        if (a_upper(u)) {
            if (previous_cased) return False();
            previous_cased = cased = true;
        } else if (a_lower(u)) {
            if (!previous_cased) return False();
            previous_cased = cased = true;
        } else {
            previous_cased = false;
        }
    }
    return Bool(cased);
}

Value case_check(Value self, bool lower) {
    bool cased = false;
    for (char c : bytes_view(self)) {
        unsigned char u = static_cast<unsigned char>(c);
        if (lower ? a_upper(u) : a_lower(u)) return False();
        if (lower ? a_lower(u) : a_upper(u)) cased = true;
    }
    return Bool(cased);
}

// expandtabs(tabsize=8): each tab becomes spaces up to the next multiple
// of tabsize in its line (\r and \n start a new line); tabsize <= 0
// drops the tabs.
Value b_expandtabs(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("expandtabs", "tabsize=");
    Value a[1];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    int64_t tabsize = 8;
    if (a[0] && !c_int_arg(a[0], &tabsize)) return Value();
    std::string_view s = bytes_view(self);
    uint64_t size = tabsize > 0 ? static_cast<uint64_t>(tabsize) : 0;
    uint64_t total = 0, column = 0;
    for (char c : s) {
        if (c == '\t') {
            if (size) {
                uint64_t incr = size - column % size;
                column += incr;
                total += incr;
            }
        } else {
            total++;
            column = c == '\n' || c == '\r' ? 0 : column + 1;
        }
        if (total > kMaxResult) break;
    }
    if (!check_result_size(total)) return Value();
    std::string out;
    out.reserve(static_cast<size_t>(total));
    column = 0;
    for (char c : s) {
        if (c == '\t') {
            if (size) {
                uint64_t incr = size - column % size;
                out.append(static_cast<size_t>(incr), ' ');
                column += incr;
            }
        } else {
            out.push_back(c);
            column = c == '\n' || c == '\r' ? 0 : column + 1;
        }
    }
    return like(self, out);
}

// splitlines(keepends=False): lines end at \n, \r or \r\n only.
Value b_splitlines(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("splitlines", "keepends=");
    Value a[1];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    int64_t keepends = 0;
    if (a[0] && !c_int_arg(a[0], &keepends)) return Value();
    std::string_view s = bytes_view(self);
    Value list = make_list(0);
    if (!list) return list;
    size_t i = 0, n = s.size();
    while (i < n) {
        size_t start = i;
        while (i < n && s[i] != '\n' && s[i] != '\r')
            i++;
        size_t eol = i;
        if (i < n) {
            if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n')
                i += 2;
            else
                i++;
            if (keepends) eol = i;
        }
        Value line = like(self, s.substr(start, eol - start));
        if (!line || !list_append(list, line)) return Value();
    }
    return list;
}
Value b_islower(Value s, const Value*, size_t, Value) {
    return case_check(s, true);
}
Value b_isupper(Value s, const Value*, size_t, Value) {
    return case_check(s, false);
}

// bytes.partition answers with the separator object it was given (and
// itself when the separator is missing); bytearray's parts are all new.
Value partition_impl(Value self, const Value* args, bool right) {
    std::string sep;
    if (!bytes_arg(args[0], sep)) return Value();
    if (sep.empty()) return raise(exc::ValueError, "empty separator");
    std::string_view s = bytes_view(self);
    bool mutable_kind = is_bytearray(self);
    size_t f = right ? s.rfind(sep) : s.find(sep);
    if (f == std::string_view::npos) {
        Value whole = mutable_kind ? like(self, s) : self;
        Value empty1 = like(self, ""), empty2 = like(self, "");
        if (!whole || !empty1 || !empty2) return Value();
        return right ? tuple_pack({empty1, empty2, whole}) : tuple_pack({whole, empty1, empty2});
    }
    Value head = like(self, s.substr(0, f));
    Value middle = mutable_kind ? like(self, sep) : args[0];
    Value tail = like(self, s.substr(f + sep.size()));
    if (!head || !middle || !tail) return Value();
    return tuple_pack({head, middle, tail});
}
Value b_partition(Value s, const Value* a, size_t n, Value k) {
    if (!check_one_arg(is_bytearray(s), "partition", n, k)) return Value();
    return partition_impl(s, a, false);
}
Value b_rpartition(Value s, const Value* a, size_t n, Value k) {
    if (!check_one_arg(is_bytearray(s), "rpartition", n, k)) return Value();
    return partition_impl(s, a, true);
}

Value b_removeprefix(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!check_one_arg(is_bytearray(self), "removeprefix", nargs, kwnames)) return Value();
    std::string p;
    if (!bytes_arg(args[0], p)) return Value();
    std::string_view s = bytes_view(self);
    if (s.substr(0, p.size()) == p) s.remove_prefix(p.size());
    return like(self, s);
}
Value b_removesuffix(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!check_one_arg(is_bytearray(self), "removesuffix", nargs, kwnames)) return Value();
    std::string p;
    if (!bytes_arg(args[0], p)) return Value();
    std::string_view s = bytes_view(self);
    if (!p.empty() && s.size() >= p.size() && s.substr(s.size() - p.size()) == p)
        s.remove_suffix(p.size());
    return like(self, s);
}

// ljust / rjust / center(width, fillbyte=b' ') and zfill(width).
Value pad_impl(Value self, const Value* args, size_t nargs, const char* name, int where) {
    if (!check_nargs(name, nargs, 1, 2)) return Value();
    int64_t width;
    if (!ssize_arg(args[0], &width)) return Value();
    char fill = ' ';
    if (nargs == 2) {
        if (!(is_bytes(args[1]) || is_bytearray(args[1])) || bytes_view(args[1]).size() != 1)
            return raise(exc::TypeError,
                         "%s() argument 2 must be a byte string of length 1, not %s", name,
                         type_name(args[1]));
        fill = bytes_view(args[1])[0];
    }
    std::string_view s = bytes_view(self);
    if (width <= static_cast<int64_t>(s.size())) return like(self, s);
    if (!check_result_size(static_cast<uint64_t>(width))) return Value();
    size_t total = static_cast<size_t>(width) - s.size();
    // center: the odd byte goes left when the width is odd too (CPython's rule).
    size_t left = where == 0   ? 0
                  : where == 2 ? total
                               : total / 2 + (total & static_cast<size_t>(width) & 1);
    std::string out(left, fill);
    out += s;
    out.append(total - left, fill);
    return like(self, out);
}
Value b_ljust(Value s, const Value* a, size_t n, Value) {
    return pad_impl(s, a, n, "ljust", 0);
}
Value b_rjust(Value s, const Value* a, size_t n, Value) {
    return pad_impl(s, a, n, "rjust", 2);
}
Value b_center(Value s, const Value* a, size_t n, Value) {
    return pad_impl(s, a, n, "center", 1);
}
Value b_zfill(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs(is_bytearray(self) ? "bytearray.zfill" : "bytes.zfill", nargs, 1, 1))
        return Value();
    int64_t width;
    if (!ssize_arg(args[0], &width)) return Value();
    std::string s(bytes_view(self));
    if (width <= static_cast<int64_t>(s.size())) return like(self, s);
    if (!check_result_size(static_cast<uint64_t>(width))) return Value();
    size_t fill = static_cast<size_t>(width) - s.size();
    size_t at = !s.empty() && (s[0] == '+' || s[0] == '-') ? 1 : 0;
    s.insert(at, fill, '0');
    return like(self, s);
}

// bytes.maketrans(from, to): the 256-byte table mapping each byte of
// [from] to the byte at the same position of [to], the others to themselves.
Value maketrans_impl(const char* qualname, const Value* args, size_t nargs, Value kwnames) {
    if (!check_no_kwargs(qualname, kwnames) || !check_nargs("maketrans", nargs, 2, 2))
        return Value();
    std::string from, to;
    if (!bytes_arg(args[0], from) || !bytes_arg(args[1], to)) return Value();
    if (from.size() != to.size())
        return raise(exc::ValueError, "maketrans arguments must have same length");
    std::string table(256, '\0');
    for (int i = 0; i < 256; i++)
        table[static_cast<size_t>(i)] = static_cast<char>(i);
    for (size_t i = 0; i < from.size(); i++)
        table[static_cast<unsigned char>(from[i])] = to[i];
    return make_bytes(table);
}
Value b_maketrans(Value, const Value* args, size_t nargs, Value kwnames) {
    return maketrans_impl("bytes.maketrans", args, nargs, kwnames);
}
Value ba_maketrans(Value, const Value* args, size_t nargs, Value kwnames) {
    return maketrans_impl("bytearray.maketrans", args, nargs, kwnames);
}

// b.translate(table, /, delete=b''): [table] is None or 256 bytes.
Value b_translate(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("translate", "table, /, delete=");
    if (nargs < 1) // Argument Clinic counts the positional-only table first
        return raise(exc::TypeError, "translate() takes at least 1 positional argument (0 given)");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    std::string table, del;
    bool identity = is_none(a[0]);
    if (!identity) {
        if (!bytes_arg(a[0], table)) return Value();
        if (table.size() != 256)
            return raise(exc::ValueError, "translation table must be 256 characters long");
    }
    if (a[1] && !bytes_arg(a[1], del)) return Value();
    bool drop[256] = {};
    for (unsigned char c : del)
        drop[c] = true;
    std::string out;
    for (unsigned char c : bytes_view(self)) {
        if (drop[c]) continue;
        out.push_back(identity ? static_cast<char>(c) : table[c]);
    }
    return like(self, out);
}

Value b_fromhex(Value cls, const Value* args, size_t nargs, Value kwnames) {
    Type* cls_type = static_cast<Type*>(cls.as_ptr());
    bool bytearray_kind = cls_type == &ByteArrayType || is_subtype(cls_type, &ByteArrayType);
    if (!check_one_arg(bytearray_kind, "fromhex", nargs, kwnames)) return Value();
    if (!is_str(args[0]))
        return raise(exc::TypeError, "fromhex() argument must be str, not %s", type_name(args[0]));
    std::string_view s = str_view(args[0]);
    // A non-ASCII character is reported first, at its code-point index
    // (everything before it is ASCII, so that is its byte offset).
    for (size_t i = 0; i < s.size(); i++)
        if (static_cast<unsigned char>(s[i]) >= 0x80)
            return raise(exc::ValueError,
                         "non-hexadecimal number found in fromhex() arg at position %zu", i);
    std::string out;
    auto hexval = [](char c) {
        return c >= '0' && c <= '9'   ? c - '0'
               : c >= 'a' && c <= 'f' ? c - 'a' + 10
               : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                      : -1;
    };
    for (size_t i = 0; i < s.size();) {
        if (is_ascii_space(static_cast<unsigned char>(s[i]))) {
            i++;
            continue;
        }
        int hi = hexval(s[i]);
        int lo = i + 1 < s.size() ? hexval(s[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            size_t at = hi < 0 ? i : i + 1;
            return raise(exc::ValueError,
                         "non-hexadecimal number found in fromhex() arg at position %zu", at);
        }
        out.push_back(static_cast<char>(hi * 16 + lo));
        i += 2;
    }
    Value b = cls == Value(&ByteArrayType) ? make_bytearray(out) : make_bytes(out);
    if (!b || cls == Value(&BytesType) || cls == Value(&ByteArrayType)) return b;
    return call1(cls, b);
}

Value b_repeat(Value a, Value b) {
    Value seq = is_bytes_like(a) ? a : b;
    Value n = is_bytes_like(a) ? b : a;
    if (!is_bytes_like(seq) || !is_index_like(n)) return NotImplemented();
    int64_t count;
    if (!index_as_int64(n, &count, exc::OverflowError)) return Value();
    std::string_view s = bytes_view(seq);
    if (count <= 0 || s.empty()) return like(seq, "");
    if (!is_bytearray(seq) && static_cast<uint64_t>(count) > uint64_t(INT64_MAX) / s.size())
        return raise(exc::OverflowError, "repeated bytes are too long");
    if (static_cast<uint64_t>(count) > kMaxResult / s.size()) {
        raise_memory_error();
        return Value();
    }
    std::string out;
    out.reserve(s.size() * static_cast<size_t>(count));
    for (int64_t i = 0; i < count; i++)
        out.append(s);
    return like(seq, out);
}

// -- bytearray mutation ------------------------------------------------------------------

// A byte value (_getbytevalue): __index__, then range(0, 256), with
// ValueError for any int outside it however large.
bool byte_value(Value v, char* out) {
    int64_t c;
    if (!is_index_like(v)) {
        raise(exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
        return false;
    }
    if (!index_as_int64(v, &c, nullptr)) return false;
    if (c < 0 || c > 255) {
        raise(exc::ValueError, "byte must be in range(0, 256)");
        return false;
    }
    *out = static_cast<char>(c);
    return true;
}

// PyNumber_Check: what a slice of a bytearray cannot be assigned from.
bool is_number_like(Value v) {
    Type* t = type_of(v);
    return is_index_like(v) || t->nb_int || t->nb_float || isinstance_of(v, &ComplexType);
}

int ba_setitem(Value self, Value key, Value value) {
    auto* ba = static_cast<ByteArrayObject*>(self.as_ptr());
    if (is_index_like(key)) {
        int64_t i;
        if (!index_as_int64(key, &i, exc::IndexError)) return -1;
        // The value first: its __index__ may change the array.
        char c = 0;
        if (value && !byte_value(value, &c)) return -1;
        if (i < 0) i += static_cast<int64_t>(ba->size);
        if (i < 0 || static_cast<size_t>(i) >= ba->size) {
            raise(exc::IndexError, "bytearray index out of range");
            return -1;
        }
        size_t at = static_cast<size_t>(i);
        if (value) {
            ba->data[at] = c; // in place: the size does not change
            return 0;
        }
        std::memmove(ba->data + at, ba->data + at + 1, ba->size - at - 1);
        ba->size--;
        return 0;
    }
    if (type_of(key) != &SliceType) {
        raise(exc::TypeError, "bytearray indices must be integers or slices, not %s",
              type_name(key));
        return -1;
    }
    // The new contents first (as CPython: iterating may change the array),
    // then the slice against the size as it is now.
    std::string repl;
    if (value) {
        if (is_bytearray(value) && value != self) {
            repl.assign(bytes_view(value));
        } else if (is_number_like(value) || is_str(value)) {
            raise(exc::TypeError,
                  "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            return -1;
        } else {
            Value copy = call1(Value(&ByteArrayType), value); // bytearray(value)
            if (!copy) return -1;
            repl.assign(bytes_view(copy));
        }
    }
    int64_t start, stop, step, n;
    if (!slice_indices(key, static_cast<int64_t>(ba->size), &start, &stop, &step, &n)) return -1;
    // A replacement of the same length is written in place.
    if (value && static_cast<int64_t>(repl.size()) == n) {
        for (int64_t k = 0, i = start; k < n; k++, i += step)
            ba->data[static_cast<size_t>(i)] = repl[static_cast<size_t>(k)];
        return 0;
    }
    std::string s(bytes_view(self));
    if (step == 1) {
        if (stop < start) stop = start;
        s.replace(static_cast<size_t>(start), static_cast<size_t>(stop - start), repl);
    } else if (!value) {
        std::string kept;
        std::vector<bool> drop(s.size(), false);
        for (int64_t k = 0, i = start; k < n; k++, i += step)
            drop[static_cast<size_t>(i)] = true;
        for (size_t i = 0; i < s.size(); i++)
            if (!drop[i]) kept.push_back(s[i]);
        s = kept;
    } else {
        // (A replacement of the same length was written in place above.)
        raise(exc::ValueError, "attempt to assign bytes of size %zu to extended slice of size %lld",
              repl.size(), static_cast<long long>(n));
        return -1;
    }
    return bytearray_assign(self, s) ? 0 : -1;
}

// Appends in place, growing the buffer geometrically (amortized O(1) a byte).
static bool bytearray_append(Value self, std::string_view more) {
    auto* ba = static_cast<ByteArrayObject*>(self.as_ptr());
    if (ba->data && ba->size + more.size() <= ba->capacity) {
        if (!more.empty()) std::memmove(ba->data + ba->size, more.data(), more.size());
        ba->size += more.size();
        return true;
    }
    if (!check_result_size(ba->size + more.size())) return false;
    std::string s(bytes_view(self));
    s += more;
    return bytearray_assign(self, s); // gives the buffer room to grow
}

Value ba_append(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("bytearray.append", nargs, 1, 1)) return Value();
    char c;
    if (!byte_value(args[0], &c)) return Value();
    auto* ba = static_cast<ByteArrayObject*>(self.as_ptr());
    if (!ba->data || ba->size >= ba->capacity) {
        size_t cap = ba->capacity * 2 + 8;
        char* d = gc_alloc_bytes(cap);
        if (!d) return Value();
        if (ba->size) std::memcpy(d, ba->data, ba->size);
        ba->data = d;
        ba->capacity = cap;
    }
    ba->data[ba->size++] = c;
    return None();
}

// extend(iterable_of_ints): a buffer, or any iterable of byte values.
Value ba_extend(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!check_one_arg(true, "extend", nargs, kwnames)) return Value();
    std::string more;
    int r = buffer_contents(args[0], &more);
    if (r < 0) return Value();
    if (r == 0) {
        Value it = get_iter(args[0]);
        if (!it) {
            if (err_matches(exc::TypeError)) {
                err_clear();
                raise(exc::TypeError, "can't extend bytearray with %s", type_name(args[0]));
            }
            return Value();
        }
        for (;;) {
            Value item = iter_next(it);
            if (!item) {
                if (err_occurred()) return Value();
                break;
            }
            char c;
            if (!byte_value(item, &c)) return Value();
            more.push_back(c);
        }
    }
    return bytearray_append(self, more) ? None() : Value();
}

Value ba_iadd(Value self, Value other) {
    std::string more; // a copy: [other] may be [self]
    int r = buffer_contents(other, &more);
    if (r < 0) return Value();
    if (r == 0)
        return raise(exc::TypeError, "can't concat %s to %s", type_name(other), type_name(self));
    return bytearray_append(self, more) ? self : Value();
}

// b *= n, in place (a count <= 0 empties it).
Value ba_imul(Value self, Value n) {
    if (!is_bytearray(self) || !is_index_like(n)) return NotImplemented();
    int64_t count;
    if (!index_as_int64(n, &count, exc::OverflowError)) return Value();
    std::string s(bytes_view(self));
    if (count <= 0 || s.empty()) return bytearray_assign(self, "") ? self : Value();
    if (static_cast<uint64_t>(count) > kMaxResult / s.size()) {
        raise_memory_error();
        return Value();
    }
    std::string out;
    out.reserve(s.size() * static_cast<size_t>(count));
    for (int64_t i = 0; i < count; i++)
        out.append(s);
    return bytearray_assign(self, out) ? self : Value();
}

Value ba_pop(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("pop", nargs, 0, 1)) return Value();
    int64_t i = -1;
    if (nargs && !ssize_arg(args[0], &i)) return Value();
    std::string s(bytes_view(self));
    if (s.empty()) return raise(exc::IndexError, "pop from empty bytearray");
    if (i < 0) i += static_cast<int64_t>(s.size());
    if (i < 0 || static_cast<size_t>(i) >= s.size())
        return raise(exc::IndexError, "pop index out of range");
    unsigned char c = static_cast<unsigned char>(s[static_cast<size_t>(i)]);
    s.erase(static_cast<size_t>(i), 1);
    if (!bytearray_assign(self, s)) return Value();
    return make_int(c);
}

Value ba_insert(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("insert", nargs, 2, 2)) return Value();
    int64_t i;
    if (!ssize_arg(args[0], &i)) return Value();
    char c;
    if (!byte_value(args[1], &c)) return Value();
    std::string s(bytes_view(self));
    int64_t n = static_cast<int64_t>(s.size());
    if (i < 0) i = std::max<int64_t>(0, i + n);
    if (i > n) i = n;
    s.insert(static_cast<size_t>(i), 1, c);
    return bytearray_assign(self, s) ? None() : Value();
}

Value ba_remove(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!check_one_arg(true, "remove", nargs, kwnames)) return Value();
    char c;
    if (!byte_value(args[0], &c)) return Value();
    std::string s(bytes_view(self));
    size_t at = s.find(c);
    if (at == std::string::npos) return raise(exc::ValueError, "value not found in bytearray");
    s.erase(at, 1);
    return bytearray_assign(self, s) ? None() : Value();
}

Value ba_clear(Value self, const Value*, size_t, Value) {
    return bytearray_assign(self, "") ? None() : Value();
}
Value ba_copy(Value self, const Value*, size_t, Value) {
    return make_bytearray(bytes_view(self));
}
Value ba_reverse(Value self, const Value*, size_t, Value) {
    std::string s(bytes_view(self));
    std::reverse(s.begin(), s.end());
    return bytearray_assign(self, s) ? None() : Value();
}

// fmt % args: bytes_mod for bytes, bytearray_mod for bytearray (each
// declines a left operand of the other kind, as CPython's do).
Value bytes_mod(Value a, Value b) {
    if (!is_bytes(a)) return NotImplemented();
    return bytes_percent_format(a, b);
}
Value bytearray_mod(Value a, Value b) {
    if (!is_bytearray(a)) return NotImplemented();
    return bytes_percent_format(a, b);
}

const NativeMethodDef shared_methods[] = {
    {"count", b_count, 0, nullptr},
    {"find", b_find, 0, nullptr},
    {"rfind", b_rfind, 0, nullptr},
    {"index", b_index, 0, nullptr},
    {"rindex", b_rindex, 0, nullptr},
    {"startswith", b_startswith, 0, nullptr},
    {"endswith", b_endswith, 0, nullptr},
    {"split", b_split, NATIVE_KEYWORDS, "split($self, /, sep=None, maxsplit=-1)\n--\n\n"},
    {"rsplit", b_rsplit, NATIVE_KEYWORDS, "rsplit($self, /, sep=None, maxsplit=-1)\n--\n\n"},
    {"strip", b_strip, 0, "strip($self, bytes=None, /)\n--\n\n"},
    {"lstrip", b_lstrip, 0, "lstrip($self, bytes=None, /)\n--\n\n"},
    {"rstrip", b_rstrip, 0, "rstrip($self, bytes=None, /)\n--\n\n"},
    {"replace", b_replace, 0, "replace($self, old, new, count=-1, /)\n--\n\n"},
    {"join", b_join, 0, "join($self, iterable_of_bytes, /)\n--\n\n"},
    {"upper", b_case<0>, NATIVE_NOARGS, nullptr},
    {"lower", b_case<1>, NATIVE_NOARGS, nullptr},
    {"swapcase", b_case<2>, NATIVE_NOARGS, nullptr},
    {"capitalize", b_case<3>, NATIVE_NOARGS, nullptr},
    {"title", b_case<4>, NATIVE_NOARGS, nullptr},
    {"isalpha", b_is<is_alpha_pred>, NATIVE_NOARGS, nullptr},
    {"isdigit", b_is<is_digit_pred>, NATIVE_NOARGS, nullptr},
    {"isalnum", b_is<is_alnum_pred>, NATIVE_NOARGS, nullptr},
    {"isspace", b_is<is_space_pred>, NATIVE_NOARGS, nullptr},
    {"islower", b_islower, NATIVE_NOARGS, nullptr},
    {"isupper", b_isupper, NATIVE_NOARGS, nullptr},
    {"isascii", b_isascii, NATIVE_NOARGS, nullptr},
    {"istitle", b_istitle, NATIVE_NOARGS, nullptr},
    {"expandtabs", b_expandtabs, NATIVE_KEYWORDS, "expandtabs($self, /, tabsize=8)\n--\n\n"},
    {"splitlines", b_splitlines, NATIVE_KEYWORDS, "splitlines($self, /, keepends=False)\n--\n\n"},
    {"partition", b_partition, NATIVE_KEYWORDS, "partition($self, sep, /)\n--\n\n"},
    {"rpartition", b_rpartition, NATIVE_KEYWORDS, "rpartition($self, sep, /)\n--\n\n"},
    {"removeprefix", b_removeprefix, NATIVE_KEYWORDS, "removeprefix($self, prefix, /)\n--\n\n"},
    {"removesuffix", b_removesuffix, NATIVE_KEYWORDS, "removesuffix($self, suffix, /)\n--\n\n"},
    {"fromhex", b_fromhex, NATIVE_CLASS | NATIVE_KEYWORDS, "fromhex($type, string, /)\n--\n\n"},
    {"ljust", b_ljust, 0, "ljust($self, width, fillchar=b' ', /)\n--\n\n"},
    {"rjust", b_rjust, 0, "rjust($self, width, fillchar=b' ', /)\n--\n\n"},
    {"center", b_center, 0, "center($self, width, fillchar=b' ', /)\n--\n\n"},
    {"zfill", b_zfill, 0, "zfill($self, width, /)\n--\n\n"},
    {"translate", b_translate, NATIVE_KEYWORDS, "translate($self, table, /, delete=b'')\n--\n\n"},
    {nullptr, nullptr, 0, nullptr},
};

const NativeMethodDef bytes_only_methods[] = {
    {"maketrans", b_maketrans, NATIVE_STATIC | NATIVE_KEYWORDS, "maketrans(frm, to, /)\n--\n\n"},
    {nullptr, nullptr, 0, nullptr},
};

const NativeMethodDef bytearray_only_methods[] = {
    {"maketrans", ba_maketrans, NATIVE_STATIC | NATIVE_KEYWORDS, "maketrans(frm, to, /)\n--\n\n"},
    {"append", ba_append, 0, "append($self, item, /)\n--\n\n"},
    {"extend", ba_extend, NATIVE_KEYWORDS, "extend($self, iterable_of_ints, /)\n--\n\n"},
    {"pop", ba_pop, 0, "pop($self, index=-1, /)\n--\n\n"},
    {"insert", ba_insert, 0, "insert($self, index, item, /)\n--\n\n"},
    {"remove", ba_remove, NATIVE_KEYWORDS, "remove($self, value, /)\n--\n\n"},
    {"clear", ba_clear, NATIVE_NOARGS, "clear($self, /)\n--\n\n"},
    {"copy", ba_copy, NATIVE_NOARGS, "copy($self, /)\n--\n\n"},
    {"reverse", ba_reverse, NATIVE_NOARGS, "reverse($self, /)\n--\n\n"},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace

void init_bytes_methods() {
    add_methods(&BytesType, shared_methods);
    add_methods(&BytesType, bytes_only_methods);
    add_methods(&ByteArrayType, shared_methods);
    add_methods(&ByteArrayType, bytearray_only_methods);
    BytesType.nb[NB_MULTIPLY] = b_repeat;
    ByteArrayType.nb[NB_MULTIPLY] = b_repeat;
    BytesType.nb[NB_REMAINDER] = bytes_mod;
    ByteArrayType.nb[NB_REMAINDER] = bytearray_mod;
    ByteArrayType.setitem = ba_setitem;
    ByteArrayType.nb_inplace[NB_ADD] = ba_iadd;
    ByteArrayType.nb_inplace[NB_MULTIPLY] = ba_imul;
}

} // namespace uopy
