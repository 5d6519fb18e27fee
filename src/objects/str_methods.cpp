// str's Python-visible methods. CPython counterpart: Objects/unicodeobject.c
// (the method table) and Objects/stringlib/.
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/type.h"
#include "objects/function.h"

#include <algorithm>
#include <string>

namespace uopy {

static bool is_space_cp(uint32_t c) {
    return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0xa0 ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 ||
           c == 0x202f || c == 0x205f || c == 0x3000;
}

static std::vector<uint32_t> codepoints(std::string_view s) {
    std::vector<uint32_t> out;
    const char* p = s.data();
    const char* e = p + s.size();
    while (p < e)
        out.push_back(utf8_decode(p));
    return out;
}

static std::string from_codepoints(const std::vector<uint32_t>& cps, size_t b, size_t e) {
    std::string out;
    for (size_t i = b; i < e; i++)
        utf8_append(out, cps[i]);
    return out;
}

static bool want_str(const char* fname, Value v) {
    if (is_str(v)) return true;
    raise(exc::TypeError, "%s arg must be None or str", fname);
    return false;
}

// Character index range [start, end) from optional args, clamped like slices.
static void index_range(Value self, Value a, Value b, int64_t* start, int64_t* end) {
    int64_t len = static_cast<int64_t>(str_length(self));
    *start = 0;
    *end = len;
    if (a && !is_none(a) && int_fits_int64(a, start)) {
        if (*start < 0) *start = std::max<int64_t>(0, *start + len);
    }
    if (b && !is_none(b) && int_fits_int64(b, end)) {
        if (*end < 0) *end = std::max<int64_t>(0, *end + len);
        if (*end > len) *end = len;
    }
}

static Value str_join(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("join", nargs, 1, 1)) return Value();
    Value seq = sequence_to_tuple(args[0]);
    if (!seq) return seq;
    std::string out;
    for (size_t i = 0; i < tuple_size(seq); i++) {
        Value item = tuple_get(seq, i);
        if (!is_str(item))
            return raise(exc::TypeError, "sequence item %zu: expected str instance, %s found", i,
                         type_name(item));
        if (i) out += str_view(self);
        out += str_view(item);
    }
    return make_str(out);
}

static Value split_impl(Value self, const Value* args, size_t nargs, Value kwnames, bool right) {
    static const NativeSignature sig("split", "sep=, maxsplit=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    int64_t maxsplit = -1;
    if (a[1] && !int_as_int64(a[1], &maxsplit)) return Value();
    std::string_view s = str_view(self);
    std::vector<std::string_view> parts;
    if (!a[0] || is_none(a[0])) {
        auto cps = codepoints(s);
        // Whitespace split on code points, then map back to byte ranges.
        std::vector<std::pair<size_t, size_t>> words;
        size_t i = 0, n = cps.size();
        std::vector<size_t> offs(n + 1, 0);
        {
            size_t o = 0;
            const char* p = s.data();
            for (size_t k = 0; k < n; k++) {
                offs[k] = o;
                const char* q = p;
                utf8_decode(q);
                o += static_cast<size_t>(q - p);
                p = q;
            }
            offs[n] = o;
        }
        if (!right) {
            int64_t splits = 0;
            while (i < n) {
                while (i < n && is_space_cp(cps[i]))
                    i++;
                if (i >= n) break;
                if (maxsplit >= 0 && splits >= maxsplit) {
                    size_t e = n;
                    while (e > i && is_space_cp(cps[e - 1]))
                        e--;
                    words.push_back({i, e});
                    break;
                }
                size_t b = i;
                while (i < n && !is_space_cp(cps[i]))
                    i++;
                words.push_back({b, i});
                splits++;
            }
        } else {
            size_t j = n;
            int64_t splits = 0;
            while (j > 0) {
                while (j > 0 && is_space_cp(cps[j - 1]))
                    j--;
                if (j == 0) break;
                if (maxsplit >= 0 && splits >= maxsplit) {
                    size_t b = 0;
                    while (b < j && is_space_cp(cps[b]))
                        b++;
                    words.push_back({b, j});
                    break;
                }
                size_t e = j;
                while (j > 0 && !is_space_cp(cps[j - 1]))
                    j--;
                words.push_back({j, e});
                splits++;
            }
            std::reverse(words.begin(), words.end());
        }
        for (auto& w : words)
            parts.push_back(s.substr(offs[w.first], offs[w.second] - offs[w.first]));
    } else {
        if (!want_str("split", a[0])) return Value();
        std::string_view sep = str_view(a[0]);
        if (sep.empty()) return raise(exc::ValueError, "empty separator");
        if (!right) {
            size_t pos = 0;
            int64_t splits = 0;
            for (;;) {
                size_t f = (maxsplit >= 0 && splits >= maxsplit) ? std::string_view::npos
                                                                 : s.find(sep, pos);
                if (f == std::string_view::npos) {
                    parts.push_back(s.substr(pos));
                    break;
                }
                parts.push_back(s.substr(pos, f - pos));
                pos = f + sep.size();
                splits++;
            }
        } else {
            size_t end = s.size();
            int64_t splits = 0;
            for (;;) {
                size_t f = std::string_view::npos;
                if (!(maxsplit >= 0 && splits >= maxsplit) && end >= sep.size())
                    f = s.substr(0, end).rfind(sep);
                if (f == std::string_view::npos) {
                    parts.push_back(s.substr(0, end));
                    break;
                }
                parts.push_back(s.substr(f + sep.size(), end - f - sep.size()));
                end = f;
                splits++;
            }
            std::reverse(parts.begin(), parts.end());
        }
    }
    Value list = make_list(0);
    for (auto p : parts)
        if (!list_append(list, make_str(p))) return Value();
    return list;
}

static Value str_split(Value self, const Value* a, size_t n, Value k) {
    return split_impl(self, a, n, k, false);
}
static Value str_rsplit(Value self, const Value* a, size_t n, Value k) {
    return split_impl(self, a, n, k, true);
}

static Value strip_impl(Value self, const Value* args, size_t nargs, int which) {
    if (!check_nargs("strip", nargs, 0, 1)) return Value();
    auto cps = codepoints(str_view(self));
    std::vector<uint32_t> chars;
    bool ws = nargs == 0 || is_none(args[0]);
    if (!ws) {
        if (!is_str(args[0])) return raise(exc::TypeError, "strip arg must be None or str");
        chars = codepoints(str_view(args[0]));
    }
    auto strip_it = [&](uint32_t c) {
        return ws ? is_space_cp(c) : std::find(chars.begin(), chars.end(), c) != chars.end();
    };
    size_t b = 0, e = cps.size();
    if (which & 1)
        while (b < e && strip_it(cps[b]))
            b++;
    if (which & 2)
        while (e > b && strip_it(cps[e - 1]))
            e--;
    return make_str(from_codepoints(cps, b, e));
}
static Value str_strip(Value s, const Value* a, size_t n, Value) {
    return strip_impl(s, a, n, 3);
}
static Value str_lstrip(Value s, const Value* a, size_t n, Value) {
    return strip_impl(s, a, n, 1);
}
static Value str_rstrip(Value s, const Value* a, size_t n, Value) {
    return strip_impl(s, a, n, 2);
}

static Value str_replace(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("replace", nargs, 2, 3)) return Value();
    if (!is_str(args[0]) || !is_str(args[1]))
        return raise(exc::TypeError, "replace() argument must be str, not %s",
                     type_name(is_str(args[0]) ? args[1] : args[0]));
    int64_t count = -1;
    if (nargs == 3 && !int_as_int64(args[2], &count)) return Value();
    std::string_view s = str_view(self), old = str_view(args[0]), nw = str_view(args[1]);
    std::string out;
    if (old.empty()) {
        auto cps = codepoints(s);
        int64_t done = 0;
        for (size_t i = 0; i <= cps.size(); i++) {
            if (count < 0 || done < count) {
                out += nw;
                done++;
            }
            if (i < cps.size()) utf8_append(out, cps[i]);
        }
        return make_str(out);
    }
    size_t pos = 0;
    int64_t done = 0;
    while (count < 0 || done < count) {
        size_t f = s.find(old, pos);
        if (f == std::string_view::npos) break;
        out += s.substr(pos, f - pos);
        out += nw;
        pos = f + old.size();
        done++;
    }
    out += s.substr(pos);
    return make_str(out);
}

static Value find_impl(Value self, const Value* args, size_t nargs, bool reverse,
                       bool raise_missing) {
    if (!check_nargs(reverse ? "rfind" : "find", nargs, 1, 3)) return Value();
    if (!is_str(args[0])) return raise(exc::TypeError, "must be str, not %s", type_name(args[0]));
    int64_t start, end;
    index_range(self, nargs > 1 ? args[1] : Value(), nargs > 2 ? args[2] : Value(), &start, &end);
    auto cps = codepoints(str_view(self));
    auto sub = codepoints(str_view(args[0]));
    int64_t found = -1;
    int64_t n = static_cast<int64_t>(sub.size());
    if (end - start >= n) {
        if (!reverse) {
            for (int64_t i = start; i + n <= end; i++)
                if (std::equal(sub.begin(), sub.end(), cps.begin() + i)) {
                    found = i;
                    break;
                }
        } else {
            for (int64_t i = end - n; i >= start; i--)
                if (std::equal(sub.begin(), sub.end(), cps.begin() + i)) {
                    found = i;
                    break;
                }
        }
    }
    if (found < 0 && raise_missing) return raise(exc::ValueError, "substring not found");
    return make_int(found);
}
static Value str_find(Value s, const Value* a, size_t n, Value) {
    return find_impl(s, a, n, false, false);
}
static Value str_rfind(Value s, const Value* a, size_t n, Value) {
    return find_impl(s, a, n, true, false);
}
static Value str_index(Value s, const Value* a, size_t n, Value) {
    return find_impl(s, a, n, false, true);
}
static Value str_rindex(Value s, const Value* a, size_t n, Value) {
    return find_impl(s, a, n, true, true);
}

static Value str_count(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("count", nargs, 1, 3)) return Value();
    if (!is_str(args[0])) return raise(exc::TypeError, "must be str, not %s", type_name(args[0]));
    int64_t start, end;
    index_range(self, nargs > 1 ? args[1] : Value(), nargs > 2 ? args[2] : Value(), &start, &end);
    auto cps = codepoints(str_view(self));
    auto sub = codepoints(str_view(args[0]));
    int64_t n = static_cast<int64_t>(sub.size());
    if (start > end) return make_int(0);
    if (n == 0) return make_int(end - start + 1);
    int64_t c = 0;
    for (int64_t i = start; i + n <= end;) {
        if (std::equal(sub.begin(), sub.end(), cps.begin() + i)) {
            c++;
            i += n;
        } else {
            i++;
        }
    }
    return make_int(c);
}

static Value affix_impl(Value self, const Value* args, size_t nargs, bool suffix) {
    const char* name = suffix ? "endswith" : "startswith";
    if (!check_nargs(name, nargs, 1, 3)) return Value();
    int64_t start, end;
    index_range(self, nargs > 1 ? args[1] : Value(), nargs > 2 ? args[2] : Value(), &start, &end);
    auto cps = codepoints(str_view(self));
    auto test = [&](Value p) -> int {
        if (!is_str(p)) return -1;
        auto pc = codepoints(str_view(p));
        int64_t n = static_cast<int64_t>(pc.size());
        if (end - start < n || start > static_cast<int64_t>(cps.size())) return 0;
        size_t at = suffix ? static_cast<size_t>(end - n) : static_cast<size_t>(start);
        return std::equal(pc.begin(), pc.end(), cps.begin() + at) ? 1 : 0;
    };
    if (is_tuple(args[0])) {
        for (size_t i = 0; i < tuple_size(args[0]); i++) {
            int r = test(tuple_get(args[0], i));
            if (r < 0)
                return raise(exc::TypeError, "tuple for %s must only contain str, not %s", name,
                             type_name(tuple_get(args[0], i)));
            if (r) return True();
        }
        return False();
    }
    int r = test(args[0]);
    if (r < 0)
        return raise(exc::TypeError, "%s first arg must be str or a tuple of str, not %s", name,
                     type_name(args[0]));
    return Bool(r);
}
static Value str_startswith(Value s, const Value* a, size_t n, Value) {
    return affix_impl(s, a, n, false);
}
static Value str_endswith(Value s, const Value* a, size_t n, Value) {
    return affix_impl(s, a, n, true);
}

static uint32_t to_upper(uint32_t c) {
    if (c >= 'a' && c <= 'z') return c - 32;
    if ((c >= 0xe0 && c <= 0xfe && c != 0xf7)) return c - 32;
    if (c >= 0x3b1 && c <= 0x3c9 && c != 0x3c2) return c - 32;
    if (c >= 0x430 && c <= 0x44f) return c - 32;
    return c;
}
static uint32_t to_lower(uint32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if ((c >= 0xc0 && c <= 0xde && c != 0xd7)) return c + 32;
    if (c >= 0x391 && c <= 0x3a9) return c + 32;
    if (c >= 0x410 && c <= 0x42f) return c + 32;
    return c;
}
static bool is_alpha_cp(uint32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= 0xc0 && c <= 0x24f && c != 0xd7 && c != 0xf7) || (c >= 0x370 && c <= 0x3ff) ||
           (c >= 0x400 && c <= 0x4ff) || (c >= 0x4e00 && c <= 0x9fff);
}
static bool is_digit_cp(uint32_t c) {
    return c >= '0' && c <= '9';
}

static Value map_case(Value self, int mode) {
    auto cps = codepoints(str_view(self));
    bool start = true;
    for (size_t i = 0; i < cps.size(); i++) {
        uint32_t c = cps[i];
        switch (mode) {
        case 0: c = to_upper(c); break;
        case 1: c = to_lower(c); break;
        case 2: c = to_upper(c) == c ? to_lower(c) : to_upper(c); break;
        case 3: c = i == 0 ? to_upper(c) : to_lower(c); break;
        case 4:
            c = start ? to_upper(c) : to_lower(c);
            start = !is_alpha_cp(cps[i]);
            break;
        }
        cps[i] = c;
    }
    if (mode == 0) {
        // Full case mapping for the one common expansion: ß uppercases to SS.
        std::vector<uint32_t> out;
        for (uint32_t c : cps) {
            if (c == 0xDF) {
                out.push_back('S');
                out.push_back('S');
            } else {
                out.push_back(c);
            }
        }
        cps.swap(out);
    }
    return make_str(from_codepoints(cps, 0, cps.size()));
}
static Value str_upper(Value s, const Value*, size_t, Value) {
    return map_case(s, 0);
}
static Value str_lower(Value s, const Value*, size_t, Value) {
    return map_case(s, 1);
}
static Value str_swapcase(Value s, const Value*, size_t, Value) {
    return map_case(s, 2);
}
static Value str_capitalize(Value s, const Value*, size_t, Value) {
    return map_case(s, 3);
}
static Value str_title(Value s, const Value*, size_t, Value) {
    return map_case(s, 4);
}

template <bool (*Pred)(uint32_t)> static Value str_is(Value self, const Value*, size_t, Value) {
    auto cps = codepoints(str_view(self));
    if (cps.empty()) return False();
    for (uint32_t c : cps)
        if (!Pred(c)) return False();
    return True();
}
static bool alnum_cp(uint32_t c) {
    return is_alpha_cp(c) || is_digit_cp(c);
}

static Value str_isupper(Value self, const Value*, size_t, Value) {
    bool cased = false;
    for (uint32_t c : codepoints(str_view(self))) {
        if (to_lower(c) != c)
            cased = true;
        else if (to_upper(c) != c)
            return False();
    }
    return Bool(cased);
}
static Value str_islower(Value self, const Value*, size_t, Value) {
    bool cased = false;
    for (uint32_t c : codepoints(str_view(self))) {
        if (to_upper(c) != c)
            cased = true;
        else if (to_lower(c) != c)
            return False();
    }
    return Bool(cased);
}

static Value pad_impl(Value self, const Value* args, size_t nargs, int mode) {
    if (!check_nargs(mode == 0 ? "ljust" : mode == 1 ? "rjust" : "center", nargs, 1, 2))
        return Value();
    int64_t width;
    if (!int_as_int64(args[0], &width)) return Value();
    uint32_t fill = ' ';
    if (nargs == 2) {
        if (!is_str(args[1]) || str_length(args[1]) != 1)
            return raise(exc::TypeError, "The fill character must be exactly one character long");
        fill = str_codepoint_at(args[1], 0);
    }
    int64_t len = static_cast<int64_t>(str_length(self));
    if (width <= len) return self;
    int64_t total = width - len;
    int64_t left = mode == 0 ? 0 : mode == 1 ? total : total / 2 + (total & width & 1);
    std::string out, f;
    utf8_append(f, fill);
    for (int64_t i = 0; i < left; i++)
        out += f;
    out += str_view(self);
    for (int64_t i = 0; i < total - left; i++)
        out += f;
    return make_str(out);
}
static Value str_ljust(Value s, const Value* a, size_t n, Value) {
    return pad_impl(s, a, n, 0);
}
static Value str_rjust(Value s, const Value* a, size_t n, Value) {
    return pad_impl(s, a, n, 1);
}
static Value str_center(Value s, const Value* a, size_t n, Value) {
    return pad_impl(s, a, n, 2);
}

static Value str_zfill(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("zfill", nargs, 1, 1)) return Value();
    int64_t width;
    if (!int_as_int64(args[0], &width)) return Value();
    std::string s(str_view(self));
    int64_t len = static_cast<int64_t>(str_length(self));
    if (width <= len) return self;
    std::string zeros(static_cast<size_t>(width - len), '0');
    if (!s.empty() && (s[0] == '+' || s[0] == '-'))
        return make_str(s.substr(0, 1) + zeros + s.substr(1));
    return make_str(zeros + s);
}

static Value partition_impl(Value self, const Value* args, size_t nargs, bool right) {
    if (!check_nargs(right ? "rpartition" : "partition", nargs, 1, 1)) return Value();
    if (!is_str(args[0])) return raise(exc::TypeError, "must be str, not %s", type_name(args[0]));
    std::string_view s = str_view(self), sep = str_view(args[0]);
    if (sep.empty()) return raise(exc::ValueError, "empty separator");
    size_t f = right ? s.rfind(sep) : s.find(sep);
    if (f == std::string_view::npos)
        return right ? tuple_pack({intern(""), intern(""), self})
                     : tuple_pack({self, intern(""), intern("")});
    return tuple_pack({make_str(s.substr(0, f)), args[0], make_str(s.substr(f + sep.size()))});
}
static Value str_partition(Value s, const Value* a, size_t n, Value) {
    return partition_impl(s, a, n, false);
}
static Value str_rpartition(Value s, const Value* a, size_t n, Value) {
    return partition_impl(s, a, n, true);
}

static Value str_splitlines(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("splitlines", "keepends=");
    Value a[1];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    bool keep = a[0] && truthy(a[0]) > 0;
    auto cps = codepoints(str_view(self));
    Value list = make_list(0);
    size_t i = 0, n = cps.size();
    while (i < n) {
        size_t b = i;
        while (i < n && !(cps[i] == '\n' || cps[i] == '\r' || cps[i] == 0x0b || cps[i] == 0x0c ||
                          cps[i] == 0x1c || cps[i] == 0x1d || cps[i] == 0x1e || cps[i] == 0x85 ||
                          cps[i] == 0x2028 || cps[i] == 0x2029))
            i++;
        size_t e = i;
        if (i < n) {
            if (cps[i] == '\r' && i + 1 < n && cps[i + 1] == '\n')
                i += 2;
            else
                i++;
        }
        if (!list_append(list, make_str(from_codepoints(cps, b, keep ? i : e)))) return Value();
    }
    return list;
}

static Value str_encode(Value self, const Value*, size_t, Value) {
    return make_bytes_value(str_view(self));
}

static Value str_format_method(Value self, const Value* args, size_t nargs, Value kwnames) {
    return str_format_impl(self, args, nargs, kwnames);
}

static Value str_dunder_format(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("__format__", nargs, 1, 1)) return Value();
    return format_str_with_spec(self, args[0]);
}

static Value str_mod(Value a, Value b) {
    if (!is_str(a)) return NotImplemented();
    return str_percent_format(a, b);
}

static Value str_removeprefix(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("removeprefix", nargs, 1, 1)) return Value();
    std::string_view s = str_view(self), p = str_view(args[0]);
    if (s.substr(0, p.size()) == p) return make_str(s.substr(p.size()));
    return self;
}
static Value str_removesuffix(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("removesuffix", nargs, 1, 1)) return Value();
    std::string_view s = str_view(self), p = str_view(args[0]);
    if (!p.empty() && s.size() >= p.size() && s.substr(s.size() - p.size()) == p)
        return make_str(s.substr(0, s.size() - p.size()));
    return self;
}

static Value str_isascii(Value self, const Value*, size_t, Value) {
    return Bool(str_is_ascii(self));
}

static const NativeMethodDef str_methods[] = {
    {"join", str_join, 0, nullptr},
    {"split", str_split, NATIVE_KEYWORDS, nullptr},
    {"rsplit", str_rsplit, NATIVE_KEYWORDS, nullptr},
    {"strip", str_strip, 0, nullptr},
    {"lstrip", str_lstrip, 0, nullptr},
    {"rstrip", str_rstrip, 0, nullptr},
    {"replace", str_replace, 0, nullptr},
    {"find", str_find, 0, nullptr},
    {"rfind", str_rfind, 0, nullptr},
    {"index", str_index, 0, nullptr},
    {"rindex", str_rindex, 0, nullptr},
    {"count", str_count, 0, nullptr},
    {"startswith", str_startswith, 0, nullptr},
    {"endswith", str_endswith, 0, nullptr},
    {"upper", str_upper, 0, nullptr},
    {"lower", str_lower, 0, nullptr},
    {"casefold", str_lower, 0, nullptr},
    {"swapcase", str_swapcase, 0, nullptr},
    {"capitalize", str_capitalize, 0, nullptr},
    {"title", str_title, 0, nullptr},
    {"isdigit", str_is<is_digit_cp>, 0, nullptr},
    {"isdecimal", str_is<is_digit_cp>, 0, nullptr},
    {"isnumeric", str_is<is_digit_cp>, 0, nullptr},
    {"isalpha", str_is<is_alpha_cp>, 0, nullptr},
    {"isalnum", str_is<alnum_cp>, 0, nullptr},
    {"isspace", str_is<is_space_cp>, 0, nullptr},
    {"isupper", str_isupper, 0, nullptr},
    {"islower", str_islower, 0, nullptr},
    {"isascii", str_isascii, 0, nullptr},
    {"ljust", str_ljust, 0, nullptr},
    {"rjust", str_rjust, 0, nullptr},
    {"center", str_center, 0, nullptr},
    {"zfill", str_zfill, 0, nullptr},
    {"partition", str_partition, 0, nullptr},
    {"rpartition", str_rpartition, 0, nullptr},
    {"splitlines", str_splitlines, NATIVE_KEYWORDS, nullptr},
    {"encode", str_encode, NATIVE_KEYWORDS, nullptr},
    {"format", str_format_method, NATIVE_KEYWORDS, nullptr},
    {"__format__", str_dunder_format, 0, nullptr},
    {"removeprefix", str_removeprefix, 0, nullptr},
    {"removesuffix", str_removesuffix, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

void init_str_methods(Type* t) {
    t->nb[NB_REMAINDER] = str_mod;
    add_methods(t, str_methods);
}

} // namespace uopy
