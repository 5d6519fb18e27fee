// Methods shared by bytes and bytearray (search, split, strip, replace,
// join, ASCII case and predicates, fromhex, repetition) and bytearray's
// mutations (item and slice assignment, append/extend/pop/insert/remove,
// +=). Results of bytearray methods are bytearrays, as in CPython.
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
#include <cctype>
#include <cstring>
#include <string>

namespace uopy {

namespace {

bool is_bytes_like(Value v) {
    return is_bytes(v) || is_bytearray(v);
}

// A new object of self's kind (bytes or bytearray) holding [data].
Value like(Value self, std::string_view data) {
    return is_bytearray(self) ? make_bytearray(data) : make_bytes(data);
}

// The "sub" argument of count/find/index: bytes-like, or an int 0..255.
bool sub_arg(Value v, std::string& out) {
    if (is_bytes_like(v)) {
        out = std::string(bytes_view(v));
        return true;
    }
    if (is_index_like(v)) {
        int64_t c;
        if (!index_as_int64(v, &c, exc::OverflowError)) return false;
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
    if (is_bytes_like(v)) {
        out = std::string(bytes_view(v));
        return true;
    }
    raise(exc::TypeError, "a bytes-like object is required, not '%s'", type_name(v));
    return false;
}

bool slice_arg(Value v, int64_t* out) {
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
    std::string sub;
    if (!sub_arg(args[0], sub)) return Value();
    std::string_view s = bytes_view(self);
    int64_t start, end;
    if (!range_args(args, nargs, static_cast<int64_t>(s.size()), &start, &end)) return Value();
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
    std::string_view s = bytes_view(self);
    int64_t start, end;
    if (!range_args(args, nargs, static_cast<int64_t>(s.size()), &start, &end)) return Value();
    auto test = [&](std::string_view p) {
        int64_t n = static_cast<int64_t>(p.size());
        if (end - n < start) return false;
        size_t at = static_cast<size_t>(suffix ? end - n : start);
        return s.substr(at, p.size()) == p;
    };
    if (is_tuple(args[0])) {
        for (size_t i = 0; i < tuple_size(args[0]); i++) {
            Value p = tuple_get(args[0], i);
            if (!is_bytes_like(p))
                return raise(exc::TypeError, "a bytes-like object is required, not '%s'",
                             type_name(p));
            if (test(bytes_view(p))) return True();
        }
        return False();
    }
    if (!is_bytes_like(args[0]))
        return raise(exc::TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                     type_name(args[0]));
    return Bool(test(bytes_view(args[0])));
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
    if (a[1] && !index_as_int64(a[1], &maxsplit, exc::OverflowError)) return Value();
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
    if (nargs == 3 && !index_as_int64(args[2], &count, exc::OverflowError)) return Value();
    std::string_view s = bytes_view(self);
    std::string out;
    int64_t done = 0;
    if (old.empty()) {
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
    Value seq = sequence_to_tuple(args[0]);
    if (!seq) return seq;
    std::string out;
    for (size_t i = 0; i < tuple_size(seq); i++) {
        Value item = tuple_get(seq, i);
        if (!is_bytes_like(item))
            return raise(exc::TypeError,
                         "sequence item %zu: expected a bytes-like object, %s found", i,
                         type_name(item));
        if (i) out.append(bytes_view(self));
        out.append(bytes_view(item));
    }
    return like(self, out);
}

template <int Mode> Value b_case(Value self, const Value*, size_t, Value) {
    std::string s(bytes_view(self));
    for (char& c : s) {
        unsigned char u = static_cast<unsigned char>(c);
        if (Mode == 0) c = static_cast<char>(std::toupper(u));
        if (Mode == 1) c = static_cast<char>(std::tolower(u));
        if (Mode == 2) c = static_cast<char>(std::isupper(u) ? std::tolower(u) : std::toupper(u));
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

Value case_check(Value self, bool lower) {
    bool cased = false;
    for (char c : bytes_view(self)) {
        unsigned char u = static_cast<unsigned char>(c);
        if (lower ? std::isupper(u) : std::islower(u)) return False();
        if (lower ? std::islower(u) : std::isupper(u)) cased = true;
    }
    return Bool(cased);
}
Value b_islower(Value s, const Value*, size_t, Value) {
    return case_check(s, true);
}
Value b_isupper(Value s, const Value*, size_t, Value) {
    return case_check(s, false);
}

Value partition_impl(Value self, const Value* args, bool right) {
    std::string sep;
    if (!bytes_arg(args[0], sep)) return Value();
    if (sep.empty()) return raise(exc::ValueError, "empty separator");
    std::string_view s = bytes_view(self);
    size_t f = right ? s.rfind(sep) : s.find(sep);
    if (f == std::string_view::npos) {
        Value whole = like(self, s), empty1 = like(self, ""), empty2 = like(self, "");
        return right ? tuple_pack({empty1, empty2, whole}) : tuple_pack({whole, empty1, empty2});
    }
    return tuple_pack(
        {like(self, s.substr(0, f)), like(self, sep), like(self, s.substr(f + sep.size()))});
}
Value b_partition(Value s, const Value* a, size_t, Value) {
    return partition_impl(s, a, false);
}
Value b_rpartition(Value s, const Value* a, size_t, Value) {
    return partition_impl(s, a, true);
}

Value b_removeprefix(Value self, const Value* args, size_t, Value) {
    std::string p;
    if (!bytes_arg(args[0], p)) return Value();
    std::string_view s = bytes_view(self);
    if (s.substr(0, p.size()) == p) s.remove_prefix(p.size());
    return like(self, s);
}
Value b_removesuffix(Value self, const Value* args, size_t, Value) {
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
    if (!index_as_int64(args[0], &width, exc::OverflowError)) return Value();
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
    if (!check_nargs("zfill", nargs, 1, 1)) return Value();
    int64_t width;
    if (!index_as_int64(args[0], &width, exc::OverflowError)) return Value();
    std::string s(bytes_view(self));
    if (width <= static_cast<int64_t>(s.size())) return like(self, s);
    size_t fill = static_cast<size_t>(width) - s.size();
    size_t at = !s.empty() && (s[0] == '+' || s[0] == '-') ? 1 : 0;
    s.insert(at, fill, '0');
    return like(self, s);
}

// bytes.maketrans(from, to): the 256-byte table mapping each byte of
// [from] to the byte at the same position of [to], the others to themselves.
Value b_maketrans(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("maketrans", nargs, 2, 2)) return Value();
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

// b.translate(table, /, delete=b''): [table] is None or 256 bytes.
Value b_translate(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("translate", "table, /, delete=");
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

Value b_fromhex(Value cls, const Value* args, size_t, Value) {
    if (!is_str(args[0]))
        return raise(exc::TypeError, "fromhex() argument must be str, not %s", type_name(args[0]));
    std::string_view s = str_view(args[0]);
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
    if (static_cast<uint64_t>(count) > (uint64_t(1) << 36) / s.size()) {
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

bool byte_value(Value v, char* out) {
    int64_t c;
    if (!is_index_like(v)) {
        raise(exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
        return false;
    }
    if (!index_as_int64(v, &c, exc::OverflowError)) return false;
    if (c < 0 || c > 255) {
        raise(exc::ValueError, "byte must be in range(0, 256)");
        return false;
    }
    *out = static_cast<char>(c);
    return true;
}

// The bytes an iterable of ints (or a bytes-like object) stands for.
bool bytes_of_iterable(Value v, std::string& out) {
    if (is_bytes_like(v)) {
        out = std::string(bytes_view(v));
        return true;
    }
    if (is_str(v)) {
        raise(exc::TypeError, "can't extend bytearray with str");
        return false;
    }
    Value items = sequence_to_tuple(v);
    if (!items) return false;
    for (size_t i = 0; i < tuple_size(items); i++) {
        char c;
        if (!byte_value(tuple_get(items, i), &c)) return false;
        out.push_back(c);
    }
    return true;
}

int ba_setitem(Value self, Value key, Value value) {
    auto* ba = static_cast<ByteArrayObject*>(self.as_ptr());
    if (is_index_like(key)) {
        int64_t i;
        if (!index_as_int64(key, &i, exc::IndexError)) return -1;
        if (i < 0) i += static_cast<int64_t>(ba->size);
        if (i < 0 || static_cast<size_t>(i) >= ba->size) {
            raise(exc::IndexError, "bytearray index out of range");
            return -1;
        }
        size_t at = static_cast<size_t>(i);
        if (value) {
            char c;
            if (!byte_value(value, &c)) return -1;
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
        if (is_index_like(value)) {
            raise(exc::TypeError,
                  "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            return -1;
        }
        if (!bytes_of_iterable(value, repl)) return -1;
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
    std::string s(bytes_view(self));
    s += more;
    return bytearray_assign(self, s); // gives the buffer room to grow
}

Value ba_extend(Value self, const Value* args, size_t, Value) {
    std::string more;
    if (!bytes_of_iterable(args[0], more)) return Value();
    return bytearray_append(self, more) ? None() : Value();
}

Value ba_iadd(Value self, Value other) {
    if (!is_bytes_like(other))
        return raise(exc::TypeError, "can't concat %s to bytearray", type_name(other));
    std::string more(bytes_view(other)); // a copy: [other] may be [self]
    return bytearray_append(self, more) ? self : Value();
}

Value ba_pop(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("pop", nargs, 0, 1)) return Value();
    std::string s(bytes_view(self));
    if (s.empty()) return raise(exc::IndexError, "pop from empty bytearray");
    int64_t i = -1;
    if (nargs && !index_as_int64(args[0], &i, exc::IndexError)) return Value();
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
    std::string s(bytes_view(self));
    int64_t i;
    if (!index_as_int64(args[0], &i, nullptr)) return Value();
    char c;
    if (!byte_value(args[1], &c)) return Value();
    int64_t n = static_cast<int64_t>(s.size());
    if (i < 0) i = std::max<int64_t>(0, i + n);
    if (i > n) i = n;
    s.insert(static_cast<size_t>(i), 1, c);
    return bytearray_assign(self, s) ? None() : Value();
}

Value ba_remove(Value self, const Value* args, size_t, Value) {
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

const NativeMethodDef shared_methods[] = {
    {"count", b_count, 0, nullptr},
    {"find", b_find, 0, nullptr},
    {"rfind", b_rfind, 0, nullptr},
    {"index", b_index, 0, nullptr},
    {"rindex", b_rindex, 0, nullptr},
    {"startswith", b_startswith, 0, nullptr},
    {"endswith", b_endswith, 0, nullptr},
    {"split", b_split, NATIVE_KEYWORDS, nullptr},
    {"rsplit", b_rsplit, NATIVE_KEYWORDS, nullptr},
    {"strip", b_strip, 0, nullptr},
    {"lstrip", b_lstrip, 0, nullptr},
    {"rstrip", b_rstrip, 0, nullptr},
    {"replace", b_replace, 0, nullptr},
    {"join", b_join, 0, nullptr},
    {"upper", b_case<0>, NATIVE_NOARGS, nullptr},
    {"lower", b_case<1>, NATIVE_NOARGS, nullptr},
    {"swapcase", b_case<2>, NATIVE_NOARGS, nullptr},
    {"isalpha", b_is<std::isalpha>, NATIVE_NOARGS, nullptr},
    {"isdigit", b_is<std::isdigit>, NATIVE_NOARGS, nullptr},
    {"isalnum", b_is<std::isalnum>, NATIVE_NOARGS, nullptr},
    {"isspace", b_is<is_space_pred>, NATIVE_NOARGS, nullptr},
    {"islower", b_islower, NATIVE_NOARGS, nullptr},
    {"isupper", b_isupper, NATIVE_NOARGS, nullptr},
    {"partition", b_partition, NATIVE_O, nullptr},
    {"rpartition", b_rpartition, NATIVE_O, nullptr},
    {"removeprefix", b_removeprefix, NATIVE_O, nullptr},
    {"removesuffix", b_removesuffix, NATIVE_O, nullptr},
    {"fromhex", b_fromhex, NATIVE_CLASS | NATIVE_O, nullptr},
    {"maketrans", b_maketrans, NATIVE_STATIC, nullptr},
    {"ljust", b_ljust, 0, nullptr},
    {"rjust", b_rjust, 0, nullptr},
    {"center", b_center, 0, nullptr},
    {"zfill", b_zfill, 0, nullptr},
    {"translate", b_translate, NATIVE_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const NativeMethodDef bytearray_only_methods[] = {
    {"extend", ba_extend, NATIVE_O, nullptr},
    {"pop", ba_pop, 0, nullptr},
    {"insert", ba_insert, 0, nullptr},
    {"remove", ba_remove, NATIVE_O, nullptr},
    {"clear", ba_clear, NATIVE_NOARGS, nullptr},
    {"copy", ba_copy, NATIVE_NOARGS, nullptr},
    {"reverse", ba_reverse, NATIVE_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace

void init_bytes_methods() {
    add_methods(&BytesType, shared_methods);
    add_methods(&ByteArrayType, shared_methods);
    add_methods(&ByteArrayType, bytearray_only_methods);
    BytesType.nb[NB_MULTIPLY] = b_repeat;
    ByteArrayType.nb[NB_MULTIPLY] = b_repeat;
    ByteArrayType.setitem = ba_setitem;
    ByteArrayType.nb_inplace[NB_ADD] = ba_iadd;
}

} // namespace uopy
