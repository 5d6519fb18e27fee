// str's character-class methods: case mapping (upper, lower, casefold,
// swapcase, capitalize, title), the predicates (isalpha, isdigit, istitle,
// isidentifier, ...), translate and maketrans. All of them answer from the
// Unicode tables in unicode_db, with CPython's full case mappings and its
// final-sigma rule. CPython counterpart: Objects/unicodeobject.c (do_upper,
// do_title, handle_capital_sigma, unicode_istitle_impl, ...).
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/str_internal.h"
#include "objects/unicode_db.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "objects/function.h"

#include <string>

namespace uopy {

using unicode::Case;

static bool is_cased(uint32_t c) {
    return unicode::has(c, unicode::CASED);
}
static bool is_case_ignorable(uint32_t c) {
    return unicode::has(c, unicode::CASE_IGNORABLE);
}

static void append_mapped(std::string& out, uint32_t c, Case which) {
    uint32_t mapped[3];
    int n = unicode::map_case(c, which, mapped);
    for (int k = 0; k < n; k++)
        utf8_append(out, mapped[k]);
}

// Lowercasing of the code point at [i], with Greek capital sigma becoming
// final sigma at the end of a word (Unicode's Final_Sigma condition).
static void append_lower(std::string& out, const std::vector<uint32_t>& cps, size_t i) {
    if (cps[i] != 0x3A3) {
        append_mapped(out, cps[i], Case::Lower);
        return;
    }
    size_t j = i;
    while (j > 0 && is_case_ignorable(cps[j - 1]))
        j--;
    bool final_sigma = j > 0 && is_cased(cps[j - 1]);
    if (final_sigma) {
        size_t k = i + 1;
        while (k < cps.size() && is_case_ignorable(cps[k]))
            k++;
        final_sigma = k == cps.size() || !is_cased(cps[k]);
    }
    utf8_append(out, final_sigma ? 0x3C2 : 0x3C3);
}

enum class CaseOp { Upper, Lower, Fold, Swap, Capitalize, Title };

static Value case_impl(Value self, size_t nargs, CaseOp op, const char* name) {
    if (!check_nargs(name, nargs, 0, 0)) return Value();
    std::string_view s = str_view(self);
    if (str_is_ascii(self)) {
        // ASCII maps within ASCII, one character to one: written in place.
        char* out;
        Value r = make_str_uninit(s.size(), s.size(), true, &out);
        if (!r) return r;
        bool prev_cased = false;
        for (size_t i = 0; i < s.size(); i++) {
            char c = s[i];
            bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
            bool to_upper = false, to_lower = false;
            switch (op) {
            case CaseOp::Upper: to_upper = true; break;
            case CaseOp::Lower:
            case CaseOp::Fold: to_lower = true; break;
            case CaseOp::Swap: to_upper = low, to_lower = up; break;
            case CaseOp::Capitalize: to_upper = i == 0, to_lower = i != 0; break;
            case CaseOp::Title: to_upper = !prev_cased, to_lower = prev_cased; break;
            }
            if (to_upper && low) c = static_cast<char>(c - 32);
            if (to_lower && up) c = static_cast<char>(c + 32);
            prev_cased = up || low;
            out[i] = c;
        }
        return r;
    }
    std::string out;
    out.reserve(s.size());
    auto cps = str_codepoints(s);
    bool prev_cased = false;
    for (size_t i = 0; i < cps.size(); i++) {
        uint32_t c = cps[i];
        switch (op) {
        case CaseOp::Upper: append_mapped(out, c, Case::Upper); break;
        case CaseOp::Lower: append_lower(out, cps, i); break;
        case CaseOp::Fold: append_mapped(out, c, Case::Fold); break;
        case CaseOp::Swap:
            if (unicode::has(c, unicode::UPPER))
                append_lower(out, cps, i);
            else if (unicode::has(c, unicode::LOWER))
                append_mapped(out, c, Case::Upper);
            else
                utf8_append(out, c);
            break;
        case CaseOp::Capitalize:
            if (i == 0)
                append_mapped(out, c, Case::Title);
            else
                append_lower(out, cps, i);
            break;
        case CaseOp::Title:
            if (prev_cased)
                append_lower(out, cps, i);
            else
                append_mapped(out, c, Case::Title);
            prev_cased = is_cased(c);
            break;
        }
    }
    return make_str(out);
}

static Value str_upper(Value s, const Value*, size_t n, Value) {
    return case_impl(s, n, CaseOp::Upper, "str.upper");
}
static Value str_lower(Value s, const Value*, size_t n, Value) {
    return case_impl(s, n, CaseOp::Lower, "str.lower");
}
static Value str_casefold(Value s, const Value*, size_t n, Value) {
    return case_impl(s, n, CaseOp::Fold, "str.casefold");
}
static Value str_swapcase(Value s, const Value*, size_t n, Value) {
    return case_impl(s, n, CaseOp::Swap, "str.swapcase");
}
static Value str_capitalize(Value s, const Value*, size_t n, Value) {
    return case_impl(s, n, CaseOp::Capitalize, "str.capitalize");
}
static Value str_title(Value s, const Value*, size_t n, Value) {
    return case_impl(s, n, CaseOp::Title, "str.title");
}

// -- Predicates ---------------------------------------------------------------------

// True when the string is non-empty and every code point has one of [mask].
static Value all_have(Value self, size_t nargs, uint32_t mask, const char* name) {
    if (!check_nargs(name, nargs, 0, 0)) return Value();
    auto cps = str_codepoints(str_view(self));
    if (cps.empty()) return False();
    for (uint32_t c : cps)
        if (!(unicode::flags(c) & mask)) return False();
    return True();
}
#define STR_PREDICATE(method, mask)                                                                \
    static Value str_##method(Value s, const Value*, size_t n, Value) {                            \
        return all_have(s, n, mask, "str." #method);                                               \
    }
STR_PREDICATE(isalpha, unicode::ALPHA)
STR_PREDICATE(isdecimal, unicode::DECIMAL)
STR_PREDICATE(isdigit, unicode::DIGIT)
STR_PREDICATE(isnumeric, unicode::NUMERIC)
STR_PREDICATE(isalnum, unicode::ALPHA | unicode::DECIMAL | unicode::DIGIT | unicode::NUMERIC)
#undef STR_PREDICATE

static Value str_isspace(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("str.isspace", nargs, 0, 0)) return Value();
    auto cps = str_codepoints(str_view(self));
    if (cps.empty()) return False();
    for (uint32_t c : cps)
        if (!unicode::is_space(c)) return False();
    return True();
}

static Value str_isprintable(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("str.isprintable", nargs, 0, 0)) return Value();
    for (uint32_t c : str_codepoints(str_view(self)))
        if (!unicode::has(c, unicode::PRINTABLE)) return False();
    return True(); // the empty string is printable
}

static Value str_isascii(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("str.isascii", nargs, 0, 0)) return Value();
    return Bool(str_is_ascii(self));
}

// islower: no uppercase or titlecase letters and at least one cased one.
static Value case_predicate(Value self, size_t nargs, bool want_lower) {
    if (!check_nargs(want_lower ? "str.islower" : "str.isupper", nargs, 0, 0)) return Value();
    uint32_t wrong = want_lower ? unicode::UPPER | unicode::TITLE : unicode::LOWER | unicode::TITLE;
    uint32_t right = want_lower ? unicode::LOWER : unicode::UPPER;
    bool cased = false;
    for (uint32_t c : str_codepoints(str_view(self))) {
        uint32_t f = unicode::flags(c);
        if (f & wrong) return False();
        if (f & right) cased = true;
    }
    return Bool(cased);
}
static Value str_islower(Value s, const Value*, size_t n, Value) {
    return case_predicate(s, n, true);
}
static Value str_isupper(Value s, const Value*, size_t n, Value) {
    return case_predicate(s, n, false);
}

// istitle: uppercase/titlecase letters only after uncased characters,
// lowercase letters only after cased ones, and at least one cased letter.
static Value str_istitle(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("str.istitle", nargs, 0, 0)) return Value();
    bool cased = false, prev_cased = false;
    for (uint32_t c : str_codepoints(str_view(self))) {
        uint32_t f = unicode::flags(c);
        if (f & (unicode::UPPER | unicode::TITLE)) {
            if (prev_cased) return False();
            prev_cased = cased = true;
        } else if (f & unicode::LOWER) {
            if (!prev_cased) return False();
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return Bool(cased);
}

bool str_is_identifier(Value s) {
    auto cps = str_codepoints(str_view(s));
    if (cps.empty() || !unicode::has(cps[0], unicode::XID_START)) return false;
    for (size_t i = 1; i < cps.size(); i++)
        if (!unicode::has(cps[i], unicode::XID_CONTINUE)) return false;
    return true;
}

static Value str_isidentifier(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("str.isidentifier", nargs, 0, 0)) return Value();
    return Bool(str_is_identifier(self));
}

// -- translate / maketrans ----------------------------------------------------------

static Value str_translate(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("str.translate", nargs, 1, 1)) return Value();
    Value table = args[0];
    std::string out;
    for (uint32_t c : str_codepoints(str_view(self))) {
        Value key = make_int(c);
        Value item = get_item(table, key);
        if (!item) {
            if (!err_matches(exc::LookupError)) return item;
            err_clear();
            utf8_append(out, c);
            continue;
        }
        if (is_none(item)) continue;
        if (is_int(item)) {
            int64_t v;
            if (!int_fits_int64(item, &v) || v < 0 || v > 0x10FFFF)
                return raise(exc::ValueError, "character mapping must be in range(0x110000)");
            utf8_append(out, static_cast<uint32_t>(v));
        } else if (is_str(item)) {
            out += str_view(item);
        } else {
            return raise(exc::TypeError, "character mapping must return integer, None or str");
        }
    }
    return make_str(out);
}

static Value str_maketrans(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("maketrans", nargs, 1, 3)) return Value();
    Dict* result = make_dict();
    if (!result) return Value();
    if (nargs == 1) {
        if (!is_dict(args[0]))
            return raise(exc::TypeError,
                         "if you give only one argument to maketrans it must be a dict");
        Dict* d = as_dict(args[0]);
        for (size_t i = 0; i < d->nentries; i++) {
            DictEntry& e = d->entries[i];
            if (!e.key) continue;
            Value key = e.key;
            if (is_str(key)) {
                if (str_length(key) != 1)
                    return raise(exc::ValueError,
                                 "string keys in translate table must be of length 1");
                key = make_int(str_codepoint_at(key, 0));
            } else if (!is_int(key)) {
                return raise(exc::TypeError, "keys in translate table must be strings or integers");
            }
            if (!dict_set(result, key, e.value)) return Value();
        }
        return Value(result);
    }
    // The second and third arguments are checked as they are parsed, the
    // first only afterwards (CPython's order and wording).
    for (size_t i = 1; i < nargs; i++)
        if (!is_str(args[i]))
            return raise(exc::TypeError, "maketrans() argument %zu must be str, not %s", i + 1,
                         arg_type_name(args[i]));
    if (!is_str(args[0]))
        return raise(exc::TypeError,
                     "first maketrans argument must be a string if there is a second argument");
    auto from = str_codepoints(str_view(args[0]));
    auto to = str_codepoints(str_view(args[1]));
    if (from.size() != to.size())
        return raise(exc::ValueError, "the first two maketrans arguments must have equal length");
    for (size_t i = 0; i < from.size(); i++)
        if (!dict_set(result, make_int(from[i]), make_int(to[i]))) return Value();
    if (nargs == 3)
        for (uint32_t c : str_codepoints(str_view(args[2])))
            if (!dict_set(result, make_int(c), None())) return Value();
    return Value(result);
}

static const NativeMethodDef case_methods[] = {
    {"upper", str_upper, 0, "upper($self, /)\n--\n\n"},
    {"lower", str_lower, 0, "lower($self, /)\n--\n\n"},
    {"casefold", str_casefold, 0, "casefold($self, /)\n--\n\n"},
    {"swapcase", str_swapcase, 0, "swapcase($self, /)\n--\n\n"},
    {"capitalize", str_capitalize, 0, "capitalize($self, /)\n--\n\n"},
    {"title", str_title, 0, "title($self, /)\n--\n\n"},
    {"isalpha", str_isalpha, 0, "isalpha($self, /)\n--\n\n"},
    {"isdecimal", str_isdecimal, 0, "isdecimal($self, /)\n--\n\n"},
    {"isdigit", str_isdigit, 0, "isdigit($self, /)\n--\n\n"},
    {"isnumeric", str_isnumeric, 0, "isnumeric($self, /)\n--\n\n"},
    {"isalnum", str_isalnum, 0, "isalnum($self, /)\n--\n\n"},
    {"isspace", str_isspace, 0, "isspace($self, /)\n--\n\n"},
    {"isprintable", str_isprintable, 0, "isprintable($self, /)\n--\n\n"},
    {"isascii", str_isascii, 0, "isascii($self, /)\n--\n\n"},
    {"islower", str_islower, 0, "islower($self, /)\n--\n\n"},
    {"isupper", str_isupper, 0, "isupper($self, /)\n--\n\n"},
    {"istitle", str_istitle, 0, "istitle($self, /)\n--\n\n"},
    {"isidentifier", str_isidentifier, 0, "isidentifier($self, /)\n--\n\n"},
    {"translate", str_translate, 0, "translate($self, table, /)\n--\n\n"},
    {"maketrans", str_maketrans, NATIVE_STATIC,
     "maketrans(x, y=<unrepresentable>, z=<unrepresentable>, /)\n--\n\n"},
    {nullptr, nullptr, 0, nullptr},
};

void init_str_case_methods(Type* t) {
    add_methods(t, case_methods);
}

} // namespace uopy
