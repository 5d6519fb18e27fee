// str's searching, splitting and joining methods: find/index/count,
// startswith/endswith, split/rsplit/splitlines, partition, strip, replace,
// join, padding, expandtabs, encode. Case mapping, the is*() predicates and
// translate live in str_case.cpp.
//
// Text is UTF-8, so substring search runs on bytes (UTF-8 is
// self-synchronizing: a byte match of valid text is a code-point match);
// only the index arguments and results convert between code points and bytes.
// Argument errors use the wording of each method's CPython 3.11 parser.
// CPython counterpart: Objects/unicodeobject.c, Objects/stringlib/.
#include "objects/codecs.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"
#include "objects/unicode_db.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "objects/function.h"

#include <algorithm>
#include <string>

namespace uopy {

std::vector<uint32_t> str_codepoints(std::string_view s) {
    std::vector<uint32_t> out;
    out.reserve(s.size());
    const char* p = s.data();
    const char* e = p + s.size();
    while (p < e)
        out.push_back(utf8_decode(p));
    return out;
}

std::string str_from_codepoints(const uint32_t* cps, size_t n) {
    std::string out;
    out.reserve(n);
    for (size_t i = 0; i < n; i++)
        utf8_append(out, cps[i]);
    return out;
}

// A code-point index -> byte offset for an index already within [0, len].
static size_t byte_at(Value s, int64_t index) {
    return str_byte_offset(s, static_cast<size_t>(index));
}

// A byte offset -> code-point index.
static int64_t index_at(Value s, size_t byte) {
    if (str_is_ascii(s)) return static_cast<int64_t>(byte);
    return static_cast<int64_t>(utf8_length(str_view(s).substr(0, byte)));
}

// Converts an optional start/end argument (None, an int or an __index__
// object) as CPython's _PyEval_SliceIndex does; big ints clamp.
static bool slice_index(Value v, int64_t* out) {
    if (!v || is_none(v)) return true;
    if (!index_as_int64(v, out, nullptr)) {
        if (err_matches(exc::TypeError)) {
            err_clear();
            raise(exc::TypeError,
                  "slice indices must be integers or None or have an __index__ method");
        }
        return false;
    }
    return true;
}

// start/end arguments clamped like a slice of a sequence of length [len]
// (CPython's ADJUST_INDICES); start may exceed end.
static bool adjust_indices(const Value* args, size_t nargs, size_t first, int64_t len,
                           int64_t* start, int64_t* end) {
    *start = 0;
    *end = len;
    if (nargs > first && !slice_index(args[first], start)) return false;
    if (nargs > first + 1 && !slice_index(args[first + 1], end)) return false;
    if (*end > len)
        *end = len;
    else if (*end < 0)
        *end = std::max<int64_t>(0, *end + len);
    if (*start < 0) *start = std::max<int64_t>(0, *start + len);
    return true;
}

static bool want_str_arg(Value v) {
    if (is_str(v)) return true;
    raise(exc::TypeError, "must be str, not %s", type_name(v));
    return false;
}

// -- find / rfind / index / rindex / count ----------------------------------

enum class Find { Find, RFind, Index, RIndex };

static Value find_impl(Value self, const Value* args, size_t nargs, Find kind) {
    static const char* names[] = {"find", "rfind", "index", "rindex"};
    if (!check_nargs_tuple_style(names[static_cast<int>(kind)], nargs, 1, 3)) return Value();
    if (!want_str_arg(args[0])) return Value();
    int64_t len = static_cast<int64_t>(str_length(self));
    int64_t start, end;
    if (!adjust_indices(args, nargs, 1, len, &start, &end)) return Value();
    int64_t sublen = static_cast<int64_t>(str_length(args[0]));
    int64_t found = -1;
    if (end - start >= sublen) {
        std::string_view s = str_view(self);
        size_t b = byte_at(self, start), e = byte_at(self, end);
        std::string_view window = s.substr(b, e - b);
        bool reverse = kind == Find::RFind || kind == Find::RIndex;
        size_t at = reverse ? window.rfind(str_view(args[0])) : window.find(str_view(args[0]));
        if (at != std::string_view::npos) found = index_at(self, b + at);
    }
    if (found < 0 && (kind == Find::Index || kind == Find::RIndex))
        return raise(exc::ValueError, "substring not found");
    return make_int(found);
}
static Value str_find(Value s, const Value* a, size_t n, Value) {
    return find_impl(s, a, n, Find::Find);
}
static Value str_rfind(Value s, const Value* a, size_t n, Value) {
    return find_impl(s, a, n, Find::RFind);
}
static Value str_index(Value s, const Value* a, size_t n, Value) {
    return find_impl(s, a, n, Find::Index);
}
static Value str_rindex(Value s, const Value* a, size_t n, Value) {
    return find_impl(s, a, n, Find::RIndex);
}

static Value str_count(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs_tuple_style("count", nargs, 1, 3)) return Value();
    if (!want_str_arg(args[0])) return Value();
    int64_t len = static_cast<int64_t>(str_length(self));
    int64_t start, end;
    if (!adjust_indices(args, nargs, 1, len, &start, &end)) return Value();
    int64_t sublen = static_cast<int64_t>(str_length(args[0]));
    if (end - start < sublen) return make_int(0);
    if (sublen == 0) return make_int(end - start + 1);
    std::string_view s = str_view(self), sub = str_view(args[0]);
    size_t b = byte_at(self, start), e = byte_at(self, end);
    int64_t count = 0;
    for (size_t at = s.find(sub, b); at != std::string_view::npos && at + sub.size() <= e;
         at = s.find(sub, at + sub.size()))
        count++;
    return make_int(count);
}

// -- startswith / endswith ----------------------------------------------------

static Value affix_impl(Value self, const Value* args, size_t nargs, bool suffix) {
    const char* name = suffix ? "endswith" : "startswith";
    if (!check_nargs_tuple_style(name, nargs, 1, 3)) return Value();
    int64_t len = static_cast<int64_t>(str_length(self));
    int64_t start, end;
    if (!adjust_indices(args, nargs, 1, len, &start, &end)) return Value();
    auto matches = [&](Value p) {
        int64_t plen = static_cast<int64_t>(str_length(p));
        if (end - plen < start) return false;
        if (plen == 0) return true;
        std::string_view s = str_view(self), ps = str_view(p);
        size_t at = byte_at(self, suffix ? end - plen : start);
        return s.substr(at, ps.size()) == ps;
    };
    if (is_tuple(args[0])) {
        for (size_t i = 0; i < tuple_size(args[0]); i++) {
            Value p = tuple_get(args[0], i);
            if (!is_str(p))
                return raise(exc::TypeError, "tuple for %s must only contain str, not %s", name,
                             type_name(p));
            if (matches(p)) return True();
        }
        return False();
    }
    if (!is_str(args[0]))
        return raise(exc::TypeError, "%s first arg must be str or a tuple of str, not %s", name,
                     type_name(args[0]));
    return Bool(matches(args[0]));
}
static Value str_startswith(Value s, const Value* a, size_t n, Value) {
    return affix_impl(s, a, n, false);
}
static Value str_endswith(Value s, const Value* a, size_t n, Value) {
    return affix_impl(s, a, n, true);
}

// -- split / rsplit / splitlines ----------------------------------------------

static bool append_str(Value list, std::string_view text) {
    Value s = make_str(text);
    return s && list_append(list, s);
}

// Whitespace split: runs of whitespace separate words; leading and trailing
// whitespace is dropped, except that once maxsplit is reached the rest of
// the text (trailing whitespace included) is one word.
static Value split_whitespace(Value self, int64_t maxsplit, bool right) {
    auto cps = str_codepoints(str_view(self));
    size_t n = cps.size();
    std::vector<std::pair<size_t, size_t>> words;
    if (!right) {
        size_t i = 0;
        while (i < n) {
            while (i < n && unicode::is_space(cps[i]))
                i++;
            if (i == n) break;
            if (maxsplit >= 0 && static_cast<int64_t>(words.size()) == maxsplit) {
                words.push_back({i, n});
                break;
            }
            size_t b = i;
            while (i < n && !unicode::is_space(cps[i]))
                i++;
            words.push_back({b, i});
        }
    } else {
        size_t j = n;
        while (j > 0) {
            while (j > 0 && unicode::is_space(cps[j - 1]))
                j--;
            if (j == 0) break;
            if (maxsplit >= 0 && static_cast<int64_t>(words.size()) == maxsplit) {
                words.push_back({0, j});
                break;
            }
            size_t e = j;
            while (j > 0 && !unicode::is_space(cps[j - 1]))
                j--;
            words.push_back({j, e});
        }
        std::reverse(words.begin(), words.end());
    }
    Value list = make_list(0);
    if (!list) return list;
    for (auto [b, e] : words)
        if (!append_str(list, str_from_codepoints(cps.data() + b, e - b))) return Value();
    return list;
}

static Value split_impl(Value self, const Value* args, size_t nargs, Value kwnames, bool right) {
    static const NativeSignature split_sig("split", "sep=, maxsplit=");
    static const NativeSignature rsplit_sig("rsplit", "sep=, maxsplit=");
    Value a[2];
    if (!(right ? rsplit_sig : split_sig).bind(args, nargs, kwnames, a)) return Value();
    int64_t maxsplit = -1;
    if (a[1] && !ssize_arg(a[1], &maxsplit)) return Value();
    if (maxsplit < 0) maxsplit = -1;
    if (!a[0] || is_none(a[0])) return split_whitespace(self, maxsplit, right);
    if (!is_str(a[0])) return raise(exc::TypeError, "must be str or None, not %s", type_name(a[0]));
    std::string_view s = str_view(self), sep = str_view(a[0]);
    if (sep.empty()) return raise(exc::ValueError, "empty separator");
    std::vector<std::string_view> parts;
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
    Value list = make_list(0);
    if (!list) return list;
    for (auto p : parts)
        if (!append_str(list, p)) return Value();
    return list;
}
static Value str_split(Value self, const Value* a, size_t n, Value k) {
    return split_impl(self, a, n, k, false);
}
static Value str_rsplit(Value self, const Value* a, size_t n, Value k) {
    return split_impl(self, a, n, k, true);
}

static bool is_line_break(uint32_t c) {
    return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d ||
           c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
}

static Value str_splitlines(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("splitlines", "keepends=");
    Value a[1];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    int keep = 0;
    if (!c_int_arg(a[0], 0, &keep)) return Value();
    auto cps = str_codepoints(str_view(self));
    Value list = make_list(0);
    if (!list) return list;
    size_t i = 0, n = cps.size();
    while (i < n) {
        size_t b = i;
        while (i < n && !is_line_break(cps[i]))
            i++;
        size_t e = i;
        if (i < n) i += (cps[i] == '\r' && i + 1 < n && cps[i + 1] == '\n') ? 2 : 1;
        size_t stop = keep ? i : e;
        if (!append_str(list, str_from_codepoints(cps.data() + b, stop - b))) return Value();
    }
    return list;
}

// -- partition ------------------------------------------------------------------

static Value partition_impl(Value self, const Value* args, size_t nargs, bool right) {
    if (!check_nargs(right ? "str.rpartition" : "str.partition", nargs, 1, 1)) return Value();
    if (!want_str_arg(args[0])) return Value();
    std::string_view s = str_view(self), sep = str_view(args[0]);
    if (sep.empty()) return raise(exc::ValueError, "empty separator");
    size_t f = right ? s.rfind(sep) : s.find(sep);
    Value empty = intern("");
    if (f == std::string_view::npos)
        return right ? tuple_pack({empty, empty, self}) : tuple_pack({self, empty, empty});
    Value head = make_str(s.substr(0, f));
    if (!head) return head;
    Value tail = make_str(s.substr(f + sep.size()));
    if (!tail) return tail;
    return tuple_pack({head, args[0], tail});
}
static Value str_partition(Value s, const Value* a, size_t n, Value) {
    return partition_impl(s, a, n, false);
}
static Value str_rpartition(Value s, const Value* a, size_t n, Value) {
    return partition_impl(s, a, n, true);
}

// -- strip ------------------------------------------------------------------------

enum Strip { LEFT = 1, RIGHT = 2, BOTH = 3 };

static Value strip_impl(Value self, const Value* args, size_t nargs, int which) {
    const char* name = which == BOTH ? "strip" : which == LEFT ? "lstrip" : "rstrip";
    if (!check_nargs(name, nargs, 0, 1)) return Value();
    bool whitespace = nargs == 0 || is_none(args[0]);
    if (!whitespace && !is_str(args[0]))
        return raise(exc::TypeError, "%s arg must be None or str", name);
    auto cps = str_codepoints(str_view(self));
    std::vector<uint32_t> chars;
    if (!whitespace) chars = str_codepoints(str_view(args[0]));
    auto strip_it = [&](uint32_t c) {
        return whitespace ? unicode::is_space(c)
                          : std::find(chars.begin(), chars.end(), c) != chars.end();
    };
    size_t b = 0, e = cps.size();
    if (which & LEFT)
        while (b < e && strip_it(cps[b]))
            b++;
    if (which & RIGHT)
        while (e > b && strip_it(cps[e - 1]))
            e--;
    if (b == 0 && e == cps.size() && is_exact_str(self)) return self;
    return make_str(str_from_codepoints(cps.data() + b, e - b));
}
static Value str_strip(Value s, const Value* a, size_t n, Value) {
    return strip_impl(s, a, n, BOTH);
}
static Value str_lstrip(Value s, const Value* a, size_t n, Value) {
    return strip_impl(s, a, n, LEFT);
}
static Value str_rstrip(Value s, const Value* a, size_t n, Value) {
    return strip_impl(s, a, n, RIGHT);
}

static Value str_removeprefix(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("str.removeprefix", nargs, 1, 1)) return Value();
    if (!is_str(args[0]))
        return raise(exc::TypeError, "removeprefix() argument must be str, not %s",
                     arg_type_name(args[0]));
    std::string_view s = str_view(self), p = str_view(args[0]);
    if (!p.empty() && s.substr(0, p.size()) == p) return make_str(s.substr(p.size()));
    return is_exact_str(self) ? self : make_str(s);
}
static Value str_removesuffix(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("str.removesuffix", nargs, 1, 1)) return Value();
    if (!is_str(args[0]))
        return raise(exc::TypeError, "removesuffix() argument must be str, not %s",
                     arg_type_name(args[0]));
    std::string_view s = str_view(self), p = str_view(args[0]);
    if (!p.empty() && s.size() >= p.size() && s.substr(s.size() - p.size()) == p)
        return make_str(s.substr(0, s.size() - p.size()));
    return is_exact_str(self) ? self : make_str(s);
}

// -- replace / join ------------------------------------------------------------

static Value str_replace(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("replace", nargs, 2, 3)) return Value();
    for (int i = 0; i < 2; i++)
        if (!is_str(args[i]))
            return raise(exc::TypeError, "replace() argument %d must be str, not %s", i + 1,
                         arg_type_name(args[i]));
    int64_t count = -1;
    if (nargs == 3 && !ssize_arg(args[2], &count)) return Value();
    std::string_view s = str_view(self), old = str_view(args[0]), nw = str_view(args[1]);
    std::string out;
    int64_t done = 0;
    if (old.empty()) {
        // An empty pattern matches before every code point and at the end.
        const char* p = s.data();
        const char* end = p + s.size();
        for (;;) {
            if (count < 0 || done < count) {
                out += nw;
                done++;
            }
            if (p == end) break;
            const char* q = p;
            utf8_decode(q);
            out.append(p, static_cast<size_t>(q - p));
            p = q;
        }
        return make_str(out);
    }
    size_t pos = 0;
    while (count < 0 || done < count) {
        size_t f = s.find(old, pos);
        if (f == std::string_view::npos) break;
        out += s.substr(pos, f - pos);
        out += nw;
        pos = f + old.size();
        done++;
    }
    if (done == 0 && is_exact_str(self)) return self;
    out += s.substr(pos);
    return make_str(out);
}

static Value str_join(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("str.join", nargs, 1, 1)) return Value();
    Value seq = args[0];
    if (!is_tuple(seq) && !is_list(seq)) {
        Value it = get_iter(seq);
        if (!it) {
            if (err_matches(exc::TypeError)) {
                err_clear();
                return raise(exc::TypeError, "can only join an iterable");
            }
            return it;
        }
        seq = sequence_to_tuple(it);
        if (!seq) return seq;
    }
    std::string_view sep = str_view(self);
    std::string out;
    for (size_t i = 0;; i++) {
        // A list may change size while we look at it; re-read every time.
        size_t n = is_tuple(seq) ? tuple_size(seq) : list_size(seq);
        if (i >= n) break;
        Value item = is_tuple(seq) ? tuple_get(seq, i) : list_get(seq, i);
        if (!is_str(item))
            return raise(exc::TypeError, "sequence item %zu: expected str instance, %s found", i,
                         type_name(item));
        if (i) out += sep;
        out += str_view(item);
    }
    return make_str(out);
}

// -- padding ----------------------------------------------------------------------

static Value pad(Value self, int64_t left, int64_t right, uint32_t fill) {
    if (left <= 0 && right <= 0) return is_exact_str(self) ? self : make_str(str_view(self));
    std::string f;
    utf8_append(f, fill);
    std::string out;
    out.reserve(static_cast<size_t>(left + right) * f.size() + str_view(self).size());
    for (int64_t i = 0; i < left; i++)
        out += f;
    out += str_view(self);
    for (int64_t i = 0; i < right; i++)
        out += f;
    return make_str(out);
}

static bool fill_char(Value v, uint32_t* out) {
    if (!is_str(v)) {
        raise(exc::TypeError, "The fill character must be a unicode character, not %s",
              type_name(v));
        return false;
    }
    if (str_length(v) != 1) {
        raise(exc::TypeError, "The fill character must be exactly one character long");
        return false;
    }
    *out = str_codepoint_at(v, 0);
    return true;
}

enum class Justify { Left, Right, Center };

static Value justify_impl(Value self, const Value* args, size_t nargs, Justify how) {
    const char* name = how == Justify::Left ? "ljust" : how == Justify::Right ? "rjust" : "center";
    if (!check_nargs(name, nargs, 1, 2)) return Value();
    int64_t width;
    if (!ssize_arg(args[0], &width)) return Value();
    uint32_t fill = ' ';
    if (nargs == 2 && !fill_char(args[1], &fill)) return Value();
    int64_t len = static_cast<int64_t>(str_length(self));
    if (width <= len) return is_exact_str(self) ? self : make_str(str_view(self));
    if (width > (int64_t(1) << 40)) {
        raise_memory_error();
        return Value();
    }
    int64_t total = width - len;
    int64_t left = how == Justify::Left    ? 0
                   : how == Justify::Right ? total
                                           : total / 2 + (total & width & 1); // CPython's rounding
    return pad(self, left, total - left, fill);
}
static Value str_ljust(Value s, const Value* a, size_t n, Value) {
    return justify_impl(s, a, n, Justify::Left);
}
static Value str_rjust(Value s, const Value* a, size_t n, Value) {
    return justify_impl(s, a, n, Justify::Right);
}
static Value str_center(Value s, const Value* a, size_t n, Value) {
    return justify_impl(s, a, n, Justify::Center);
}

static Value str_zfill(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("str.zfill", nargs, 1, 1)) return Value();
    int64_t width;
    if (!ssize_arg(args[0], &width)) return Value();
    int64_t len = static_cast<int64_t>(str_length(self));
    std::string_view s = str_view(self);
    if (width <= len) return is_exact_str(self) ? self : make_str(s);
    if (width > (int64_t(1) << 40)) {
        raise_memory_error();
        return Value();
    }
    size_t sign = !s.empty() && (s[0] == '+' || s[0] == '-') ? 1 : 0;
    std::string out;
    out.reserve(static_cast<size_t>(width - len) + s.size());
    out.append(s.data(), sign);
    out.append(static_cast<size_t>(width - len), '0');
    out.append(s.data() + sign, s.size() - sign);
    return make_str(out);
}

static Value str_expandtabs(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("expandtabs", "tabsize=");
    Value a[1];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    int tabsize = 8;
    if (!c_int_arg(a[0], 8, &tabsize)) return Value();
    std::string out;
    int64_t column = 0;
    const char* p = str_view(self).data();
    const char* end = p + str_view(self).size();
    while (p < end) {
        const char* q = p;
        uint32_t c = utf8_decode(q);
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t spaces = tabsize - column % tabsize;
                if (out.size() + static_cast<size_t>(spaces) > (size_t(1) << 40)) {
                    raise_memory_error();
                    return Value();
                }
                out.append(static_cast<size_t>(spaces), ' ');
                column += spaces;
            }
        } else {
            out.append(p, static_cast<size_t>(q - p));
            column = (c == '\n' || c == '\r') ? 0 : column + 1;
        }
        p = q;
    }
    return make_str(out);
}

// -- encode ----------------------------------------------------------------------

static Value str_encode(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("encode", "encoding=, errors=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    static const char* names[] = {"encoding", "errors"};
    for (int i = 0; i < 2; i++)
        if (a[i] && !is_str(a[i]))
            return raise(exc::TypeError, "encode() argument '%s' must be str, not %s", names[i],
                         arg_type_name(a[i]));
    return codec_encode(self, a[0] ? str_view(a[0]) : "utf-8", a[1] ? str_view(a[1]) : "strict");
}

// -- format --------------------------------------------------------------------------

static Value str_format_method(Value self, const Value* args, size_t nargs, Value kwnames) {
    return str_format_impl(self, args, nargs, kwnames);
}

static Value str_format_map(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("str.format_map", nargs, 1, 1)) return Value();
    return str_format_mapping(self, args[0]);
}

static Value str_dunder_format(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("str.__format__", nargs, 1, 1)) return Value();
    if (!is_str(args[0]))
        return raise(exc::TypeError, "__format__() argument must be str, not %s",
                     arg_type_name(args[0]));
    // An empty spec formats str(self): a subclass's __str__ is called.
    if (str_length(args[0]) == 0) return is_exact_str(self) ? self : str_of(self);
    Value r = format_str_with_spec(self, args[0]);
    // CPython hands back the string itself when a non-empty spec leaves it
    // as it is (no padding, no cut): a str subclass survives format(s, 's').
    if (r && !is_exact_str(self) && str_length(args[0]) > 0 && str_equal(r, self)) return self;
    return r;
}

static Value str_mod(Value a, Value b) {
    if (!is_str(a)) return NotImplemented();
    return str_percent_format(a, b);
}

static Value str_getnewargs(Value self, const Value*, size_t, Value) {
    Value copy = make_str(str_view(self));
    return copy ? tuple_pack({copy}) : copy;
}

static const NativeMethodDef str_methods[] = {
    {"join", str_join, 0, "join($self, iterable, /)\n--\n\n"},
    {"split", str_split, NATIVE_KEYWORDS, "split($self, /, sep=None, maxsplit=-1)\n--\n\n"},
    {"rsplit", str_rsplit, NATIVE_KEYWORDS, "rsplit($self, /, sep=None, maxsplit=-1)\n--\n\n"},
    {"splitlines", str_splitlines, NATIVE_KEYWORDS, "splitlines($self, /, keepends=False)\n--\n\n"},
    {"strip", str_strip, 0, "strip($self, chars=None, /)\n--\n\n"},
    {"lstrip", str_lstrip, 0, "lstrip($self, chars=None, /)\n--\n\n"},
    {"rstrip", str_rstrip, 0, "rstrip($self, chars=None, /)\n--\n\n"},
    {"replace", str_replace, 0, "replace($self, old, new, count=-1, /)\n--\n\n"},
    {"find", str_find, 0, nullptr},
    {"rfind", str_rfind, 0, nullptr},
    {"index", str_index, 0, nullptr},
    {"rindex", str_rindex, 0, nullptr},
    {"count", str_count, 0, nullptr},
    {"startswith", str_startswith, 0, nullptr},
    {"endswith", str_endswith, 0, nullptr},
    {"partition", str_partition, 0, "partition($self, sep, /)\n--\n\n"},
    {"rpartition", str_rpartition, 0, "rpartition($self, sep, /)\n--\n\n"},
    {"removeprefix", str_removeprefix, 0, "removeprefix($self, prefix, /)\n--\n\n"},
    {"removesuffix", str_removesuffix, 0, "removesuffix($self, suffix, /)\n--\n\n"},
    {"ljust", str_ljust, 0, "ljust($self, width, fillchar=' ', /)\n--\n\n"},
    {"rjust", str_rjust, 0, "rjust($self, width, fillchar=' ', /)\n--\n\n"},
    {"center", str_center, 0, "center($self, width, fillchar=' ', /)\n--\n\n"},
    {"zfill", str_zfill, 0, "zfill($self, width, /)\n--\n\n"},
    {"expandtabs", str_expandtabs, NATIVE_KEYWORDS, "expandtabs($self, /, tabsize=8)\n--\n\n"},
    {"encode", str_encode, NATIVE_KEYWORDS,
     "encode($self, /, encoding='utf-8', errors='strict')\n--\n\n"},
    {"format", str_format_method, NATIVE_KEYWORDS, nullptr},
    {"format_map", str_format_map, 0, nullptr},
    {"__format__", str_dunder_format, 0, "__format__($self, format_spec, /)\n--\n\n"},
    {"__getnewargs__", str_getnewargs, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

void init_str_methods(Type* t) {
    t->nb[NB_REMAINDER] = str_mod;
    add_methods(t, str_methods);
    init_str_case_methods(t);
}

} // namespace uopy
