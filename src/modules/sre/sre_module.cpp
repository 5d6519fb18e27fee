// The `_sre` module: the compiled-pattern, match and scanner types that the
// pure-Python `re` package (the host CPython 3.11 stdlib) builds on.
// re._compiler turns a pattern into SRE code and calls _sre.compile(); the
// Pattern object it returns runs the code with the engine in sre_engine.cpp.
// CPython counterpart: Modules/_sre/sre.c (3.11).
//
// Positions are code-point indices. A subject is read once per call: a str
// whose characters are all ASCII and a bytes object are matched in place,
// any other str is decoded into a GC byte buffer of code points (which the
// match objects made from it keep, to slice groups without decoding
// again), and a bytearray or memoryview is copied, so that Python code run
// by sub() cannot change the text under the matcher.
//
// As in 3.11, replacement templates are compiled and expanded in Python:
// Pattern.sub() hands a template containing a backslash to re._subx(), and
// Match.expand() calls re._expand().
#include "modules/modules.h"
#include "modules/sre/sre_engine.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/memoryview.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/import.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

namespace uopy {

Value make_callable_iterator(Value callable, Value sentinel); // objects/iterators.cpp

namespace {

static Type SrePatternType, SreMatchType, SreScannerType;

// -- Objects -----------------------------------------------------------------------------------

// re.Pattern: the compiled code, inline after the fields.
struct PatternObject : Object {
    Value pattern;    // the source: str, bytes, or None (re.Scanner builds from a parse tree)
    Value groupindex; // dict: group name -> group number
    Value indexgroup; // tuple: group number -> name or None; null when no group has a name
    int64_t flags;
    int64_t groups; // capturing groups
    int isbytes;    // 1: bytes pattern, 0: str pattern, -1: either (pattern is None)
    size_t codesize;
    sre::Code code[];
};

// re.Match: the spans of group 0 (the whole match) and of each group.
struct MatchObject : Object {
    Value string;  // the subject as it was passed
    Value pattern; // the Pattern
    Value regs;    // the .regs tuple once asked for, else null
    // The code points of a str subject with non-ASCII characters (a GC
    // buffer shared with the search that made the match), else null.
    const uint32_t* text32;
    int64_t pos, endpos;
    int64_t lastindex; // -1: none
    int64_t ngroups;   // groups + 1
    int64_t marks[];   // start and end of each group; -1 when it did not take part
};

// _sre.SRE_Scanner: a search that continues where the last match ended.
struct ScannerObject : Object {
    Value pattern;
    Value string;
    const uint8_t* text8; // one of these is the subject (see Subject)
    const uint32_t* text32;
    void* buffer; // the GC buffer text8/text32 point into, or null
    int64_t length, pos, endpos;
    int64_t start; // where the next attempt starts; -1 once exhausted
    bool must_advance;
    bool executing;
    bool isbytes;
};

static PatternObject* as_pattern(Value v) {
    return static_cast<PatternObject*>(v.as_ptr());
}
static MatchObject* as_match(Value v) {
    return static_cast<MatchObject*>(v.as_ptr());
}
static ScannerObject* as_scanner(Value v) {
    return static_cast<ScannerObject*>(v.as_ptr());
}

static void pattern_trace(Object* o, Tracer& t) {
    auto* p = static_cast<PatternObject*>(o);
    t.visit(p->pattern);
    t.visit(p->groupindex);
    t.visit(p->indexgroup);
}
static void match_trace(Object* o, Tracer& t) {
    auto* m = static_cast<MatchObject*>(o);
    t.visit(m->string);
    t.visit(m->pattern);
    t.visit(m->regs);
    if (m->text32) t.visit_buffer(m->text32);
}
static void scanner_trace(Object* o, Tracer& t) {
    auto* s = static_cast<ScannerObject*>(o);
    t.visit(s->pattern);
    t.visit(s->string);
    if (s->buffer) t.visit_buffer(s->buffer);
}

// -- Subjects ----------------------------------------------------------------------------------

// The text a match runs over (CPython's getstring()): exactly one of
// text8/text32 is used. [buffer] is the GC buffer made for it, if any; the
// pointers stay valid while the subject object and that buffer are alive.
struct Subject {
    const uint8_t* text8 = nullptr;
    const uint32_t* text32 = nullptr;
    void* buffer = nullptr;
    int64_t length = 0;
    bool isbytes = false;
};

static bool is_memoryview(Value v) {
    return v.is_ptr() && isinstance_of(v, &MemoryViewType);
}

// The bytes of a bytes-like object that is not bytes itself (bytes(v) for
// a memoryview); null with an exception set on failure.
static Value bytes_of(Value v) {
    if (is_bytes(v) || is_bytearray(v)) return v;
    return call1(Value(&BytesType), v);
}

// Copies [data] into a new GC buffer (with a spare zero byte).
static const uint8_t* copy_to_buffer(std::string_view data, void** buffer) {
    char* b = gc_alloc_bytes(data.size() + 1);
    if (!b) return nullptr;
    std::memcpy(b, data.data(), data.size());
    *buffer = b;
    return reinterpret_cast<const uint8_t*>(b);
}

// Reads [string] as a subject: a str, or a bytes-like object (bytes,
// bytearray, memoryview). TypeError otherwise.
static bool get_subject(Value string, Subject* s) {
    if (is_str(string)) {
        StrObject* so = as_str(string);
        s->length = static_cast<int64_t>(so->length);
        if (so->aux & STR_ASCII) {
            s->text8 = reinterpret_cast<const uint8_t*>(so->data);
            return true;
        }
        size_t nbytes = (so->length + 1) * sizeof(uint32_t);
        auto* cps = reinterpret_cast<uint32_t*>(gc_alloc_bytes(nbytes));
        if (!cps) return false;
        const char* p = so->data;
        for (size_t i = 0; i < so->length; i++)
            cps[i] = utf8_decode(p);
        s->text32 = cps;
        s->buffer = cps;
        return true;
    }
    s->isbytes = true;
    if (is_bytes(string)) {
        std::string_view v = bytes_view(string);
        s->text8 = reinterpret_cast<const uint8_t*>(v.data());
        s->length = static_cast<int64_t>(v.size());
        return true;
    }
    if (!is_bytearray(string) && !is_memoryview(string)) {
        raise(exc::TypeError, "expected string or bytes-like object, got '%s'", type_name(string));
        return false;
    }
    Value b = bytes_of(string);
    if (!b) return false;
    std::string_view v = bytes_view(b);
    s->text8 = copy_to_buffer(v, &s->buffer);
    s->length = static_cast<int64_t>(v.size());
    return s->text8 != nullptr;
}

// str and bytes patterns only match subjects of their own kind.
static bool check_subject_kind(const PatternObject* p, const Subject& s) {
    if (s.isbytes && p->isbytes == 0) {
        raise(exc::TypeError, "cannot use a string pattern on a bytes-like object");
        return false;
    }
    if (!s.isbytes && p->isbytes > 0) {
        raise(exc::TypeError, "cannot use a bytes pattern on a string-like object");
        return false;
    }
    return true;
}

// string[i:j] of the subject, as a plain str or bytes (the subject itself
// when it is exactly that and the slice is all of it).
static Value subject_slice(Value string, const Subject& s, int64_t i, int64_t j) {
    bool whole = i == 0 && j == s.length;
    size_t n = static_cast<size_t>(j - i);
    if (s.isbytes) {
        if (whole && type_of(string) == &BytesType) return string;
        return make_bytes(std::string_view(reinterpret_cast<const char*>(s.text8) + i, n));
    }
    if (whole && is_exact_str(string)) return string;
    if (s.text8) return make_str(std::string_view(reinterpret_cast<const char*>(s.text8) + i, n));
    std::string out;
    out.reserve(n);
    for (int64_t k = i; k < j; k++)
        utf8_append(out, s.text32[k]);
    return make_str(out);
}

static Value empty_slice(const Subject& s) {
    return s.isbytes ? make_bytes(std::string_view("")) : make_str(std::string_view(""));
}

// -- Running the engine ------------------------------------------------------------------------

// One call's worth of matching: the subject, the engine state over it, and
// pos/endpos clipped to the subject (CPython's state_init()).
struct Search {
    Subject subj;
    sre::State st;
    int64_t pos = 0, endpos = 0;
};

static void search_setup(Search* s, const PatternObject* p, int64_t pos, int64_t endpos) {
    int64_t len = s->subj.length;
    pos = pos < 0 ? 0 : pos > len ? len : pos;
    endpos = endpos < 0 ? 0 : endpos > len ? len : endpos;
    s->pos = pos;
    s->endpos = endpos;
    sre::State& st = s->st;
    st.code = p->code;
    st.text8 = s->subj.text8;
    st.text32 = s->subj.text32;
    st.length = len;
    st.end = endpos;
    st.start = pos;
    st.ptr = pos;
    st.init_marks(p->groups);
}

static bool search_init(Search* s, const PatternObject* p, Value string, int64_t pos,
                        int64_t endpos) {
    if (!get_subject(string, &s->subj) || !check_subject_kind(p, s->subj)) return false;
    search_setup(s, p, pos, endpos);
    return true;
}

// An engine error as a Python exception (CPython's pattern_error()).
static Value engine_error(int status) {
    if (status == sre::ERROR_MEMORY) {
        raise_memory_error();
        return Value();
    }
    return raise(exc::RuntimeError, "internal error in regular expression engine");
}

static Value wrong_span() {
    return raise(exc::SystemError,
                 "The span of capturing group is wrong, please report a bug for the re module.");
}

// Group [g] (from 1) of the last match of [s]: its text, or [dflt] when it
// did not take part (null [dflt]: an empty string).
static Value state_group(Value string, const Search& s, int64_t g, Value dflt) {
    const sre::State& st = s.st;
    size_t k = static_cast<size_t>(g - 1) * 2;
    if (static_cast<int64_t>(k) >= st.lastmark || st.marks[k] < 0 || st.marks[k + 1] < 0)
        return dflt ? dflt : empty_slice(s.subj);
    if (st.marks[k] > st.marks[k + 1]) return wrong_span();
    return subject_slice(string, s.subj, st.marks[k], st.marks[k + 1]);
}

// A Match for the state's successful match (CPython's pattern_new_match()).
static Value make_match(Value pattern, Value string, const Search& s) {
    PatternObject* p = as_pattern(pattern);
    const sre::State& st = s.st;
    int64_t ng = p->groups + 1;
    size_t size = sizeof(MatchObject) + 2 * static_cast<size_t>(ng) * sizeof(int64_t);
    auto* m = gc_new<MatchObject>(&SreMatchType, size);
    if (!m) return Value();
    m->string = string;
    m->pattern = pattern;
    m->text32 = s.subj.text32;
    m->pos = s.pos;
    m->endpos = s.endpos;
    m->lastindex = st.lastindex;
    m->ngroups = ng;
    m->marks[0] = st.start;
    m->marks[1] = st.ptr;
    for (int64_t i = 0, j = 0; i < p->groups; i++, j += 2) {
        // A group is set when both its marks are, below the last valid mark.
        if (j + 1 <= st.lastmark && st.marks[j] >= 0 && st.marks[j + 1] >= 0) {
            if (st.marks[j] > st.marks[j + 1]) return wrong_span();
            m->marks[j + 2] = st.marks[j];
            m->marks[j + 3] = st.marks[j + 1];
        } else {
            m->marks[j + 2] = m->marks[j + 3] = -1;
        }
    }
    return Value(m);
}

// The next match of [s] from st.start (CPython's state_reset() + sre_search()).
static int search_next(Search* s) {
    s->st.reset();
    s->st.ptr = s->st.start;
    return sre::search(s->st);
}

// -- Pattern methods ---------------------------------------------------------------------------

// Binds (string, pos=0, endpos=sys.maxsize).
static bool bind_string_pos(const NativeSignature& sig, const Value* args, size_t nargs,
                            Value kwnames, Value* string, int64_t* pos, int64_t* endpos) {
    Value a[3];
    if (!sig.bind(args, nargs, kwnames, a)) return false;
    *string = a[0];
    *pos = 0;
    *endpos = INT64_MAX;
    if (a[1] && !int_as_int64(a[1], pos)) return false;
    if (a[2] && !int_as_int64(a[2], endpos)) return false;
    return true;
}

enum MatchMode { MODE_MATCH, MODE_FULLMATCH, MODE_SEARCH };

static Value pattern_match_common(Value self, Value string, int64_t pos, int64_t endpos,
                                  MatchMode mode) {
    Search s;
    if (!search_init(&s, as_pattern(self), string, pos, endpos)) return Value();
    s.st.match_all = mode == MODE_FULLMATCH;
    int status = mode == MODE_SEARCH ? sre::search(s.st) : sre::match(s.st);
    if (status < 0) return engine_error(status);
    if (status == 0) return None();
    return make_match(self, string, s);
}

static Value pattern_match(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("match", "string, pos=, endpos=");
    Value string;
    int64_t pos, endpos;
    if (!bind_string_pos(sig, args, nargs, kwnames, &string, &pos, &endpos)) return Value();
    return pattern_match_common(self, string, pos, endpos, MODE_MATCH);
}
static Value pattern_fullmatch(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("fullmatch", "string, pos=, endpos=");
    Value string;
    int64_t pos, endpos;
    if (!bind_string_pos(sig, args, nargs, kwnames, &string, &pos, &endpos)) return Value();
    return pattern_match_common(self, string, pos, endpos, MODE_FULLMATCH);
}
static Value pattern_search(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("search", "string, pos=, endpos=");
    Value string;
    int64_t pos, endpos;
    if (!bind_string_pos(sig, args, nargs, kwnames, &string, &pos, &endpos)) return Value();
    return pattern_match_common(self, string, pos, endpos, MODE_SEARCH);
}

// findall: the matches' texts, or their groups (a tuple each when there are
// several).
static Value pattern_findall(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("findall", "string, pos=, endpos=");
    Value string;
    int64_t pos, endpos;
    if (!bind_string_pos(sig, args, nargs, kwnames, &string, &pos, &endpos)) return Value();
    PatternObject* p = as_pattern(self);
    Search s;
    if (!search_init(&s, p, string, pos, endpos)) return Value();
    Value list = make_list(0);
    if (!list) return list;
    sre::State& st = s.st;
    while (st.start <= st.end) {
        int status = search_next(&s);
        if (status < 0) return engine_error(status);
        if (status == 0) break;
        Value item;
        if (p->groups == 0) {
            item = subject_slice(string, s.subj, st.start, st.ptr);
        } else if (p->groups == 1) {
            item = state_group(string, s, 1, Value());
        } else {
            item = make_tuple(static_cast<size_t>(p->groups));
            if (!item) return item;
            for (int64_t g = 1; g <= p->groups; g++) {
                Value v = state_group(string, s, g, Value());
                if (!v) return v;
                tuple_items(item)[g - 1] = v;
            }
        }
        if (!item || !list_append(list, item)) return Value();
        // An empty match is followed by an attempt at the same place that
        // must not be empty.
        st.must_advance = st.ptr == st.start;
        st.start = st.ptr;
    }
    return list;
}

// split: the text between matches, with the groups of each match between.
static Value pattern_split(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("split", "string, maxsplit=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    int64_t maxsplit = 0;
    if (a[1] && !int_as_int64(a[1], &maxsplit)) return Value();
    Value string = a[0];
    PatternObject* p = as_pattern(self);
    Search s;
    if (!search_init(&s, p, string, 0, INT64_MAX)) return Value();
    Value list = make_list(0);
    if (!list) return list;
    sre::State& st = s.st;
    int64_t n = 0, last = st.start;
    while (maxsplit == 0 || n < maxsplit) {
        int status = search_next(&s);
        if (status < 0) return engine_error(status);
        if (status == 0) break;
        Value item = subject_slice(string, s.subj, last, st.start);
        if (!item || !list_append(list, item)) return Value();
        for (int64_t g = 1; g <= p->groups; g++) {
            item = state_group(string, s, g, None());
            if (!item || !list_append(list, item)) return Value();
        }
        n++;
        st.must_advance = st.ptr == st.start;
        last = st.start = st.ptr;
    }
    Value rest = subject_slice(string, s.subj, last, s.endpos);
    if (!rest || !list_append(list, rest)) return Value();
    return list;
}

// The replacement pieces of sub() joined into one str or bytes.
static Value join_pieces(Value pieces, const Subject& subj) {
    size_t n = list_size(pieces);
    if (n == 0) return empty_slice(subj);
    if (!subj.isbytes) {
        Value first = list_get(pieces, 0);
        if (n == 1 && is_exact_str(first)) return first;
        std::string out;
        for (size_t i = 0; i < n; i++) {
            Value item = list_get(pieces, i);
            if (!is_str(item))
                return raise(exc::TypeError, "sequence item %zu: expected str instance, %s found",
                             i, type_name(item));
            out += str_view(item);
        }
        return make_str(out);
    }
    std::string out;
    for (size_t i = 0; i < n; i++) {
        Value item = list_get(pieces, i);
        if (!is_bytes(item) && !is_bytearray(item) && !is_memoryview(item))
            return raise(exc::TypeError,
                         "sequence item %zu: expected a bytes-like object, %s found", i,
                         type_name(item));
        Value b = bytes_of(item);
        if (!b) return b;
        out += bytes_view(b);
    }
    return make_bytes(out);
}

// Whether a replacement has no backslash, so that it is used as it is.
static int is_literal_template(Value repl) {
    if (is_str(repl)) return str_view(repl).find('\\') == std::string_view::npos;
    if (is_bytes(repl) || is_bytearray(repl) || is_memoryview(repl)) {
        Value b = bytes_of(repl);
        if (!b) return -1;
        return bytes_view(b).find('\\') == std::string_view::npos;
    }
    return 0;
}

// sub() and subn(). A callable [repl] is called with each match; a string
// with a backslash goes through re._subx(), which returns the literal text
// or a function expanding the template.
static Value pattern_subx(Value self, Value repl, Value string, int64_t count, bool subn) {
    PatternObject* p = as_pattern(self);
    Value filter = repl;
    bool filter_is_callable = callable(repl);
    if (!filter_is_callable) {
        int literal = is_literal_template(repl);
        if (literal < 0) return Value();
        if (!literal) {
            Value re = import_module("re");
            if (!re) return re;
            Value subx = get_attr_cstr(re, "_subx");
            if (!subx) return subx;
            filter = call2(subx, self, repl);
            if (!filter) return filter;
            filter_is_callable = callable(filter);
        }
    }

    Search s;
    if (!search_init(&s, p, string, 0, INT64_MAX)) return Value();
    Value pieces = make_list(0);
    if (!pieces) return pieces;
    sre::State& st = s.st;
    int64_t n = 0, i = 0;
    while (count == 0 || n < count) {
        int status = search_next(&s);
        if (status < 0) return engine_error(status);
        if (status == 0) break;
        int64_t b = st.start, e = st.ptr;
        if (i < b) {
            Value before = subject_slice(string, s.subj, i, b);
            if (!before || !list_append(pieces, before)) return Value();
        }
        Value item = filter;
        if (filter_is_callable) {
            Value m = make_match(self, string, s);
            if (!m) return m;
            item = call1(filter, m);
            if (!item) return item;
        }
        if (!is_none(item) && !list_append(pieces, item)) return Value();
        i = e;
        n++;
        st.must_advance = st.ptr == st.start;
        st.start = st.ptr;
    }
    if (i < s.endpos) {
        Value rest = subject_slice(string, s.subj, i, s.endpos);
        if (!rest || !list_append(pieces, rest)) return Value();
    }
    Value result = join_pieces(pieces, s.subj);
    if (!result || !subn) return result;
    Value nv = make_int(n);
    if (!nv) return nv;
    return tuple_pack({result, nv});
}

static Value pattern_sub(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("sub", "repl, string, count=");
    Value a[3];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    int64_t count = 0;
    if (a[2] && !int_as_int64(a[2], &count)) return Value();
    return pattern_subx(self, a[0], a[1], count, false);
}
static Value pattern_subn(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("subn", "repl, string, count=");
    Value a[3];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    int64_t count = 0;
    if (a[2] && !int_as_int64(a[2], &count)) return Value();
    return pattern_subx(self, a[0], a[1], count, true);
}

static Value make_scanner(Value self, Value string, int64_t pos, int64_t endpos) {
    PatternObject* p = as_pattern(self);
    Subject subj;
    if (!get_subject(string, &subj) || !check_subject_kind(p, subj)) return Value();
    auto* sc = gc_new<ScannerObject>(&SreScannerType);
    if (!sc) return Value();
    int64_t len = subj.length;
    sc->pattern = self;
    sc->string = string;
    sc->text8 = subj.text8;
    sc->text32 = subj.text32;
    sc->buffer = subj.buffer;
    sc->length = len;
    sc->isbytes = subj.isbytes;
    sc->pos = pos < 0 ? 0 : pos > len ? len : pos;
    sc->endpos = endpos < 0 ? 0 : endpos > len ? len : endpos;
    sc->start = sc->pos;
    return Value(sc);
}

static Value pattern_scanner(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("scanner", "string, pos=, endpos=");
    Value string;
    int64_t pos, endpos;
    if (!bind_string_pos(sig, args, nargs, kwnames, &string, &pos, &endpos)) return Value();
    return make_scanner(self, string, pos, endpos);
}

// finditer: iter(scanner.search, None), as CPython builds it.
static Value pattern_finditer(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("finditer", "string, pos=, endpos=");
    Value string;
    int64_t pos, endpos;
    if (!bind_string_pos(sig, args, nargs, kwnames, &string, &pos, &endpos)) return Value();
    Value scanner = make_scanner(self, string, pos, endpos);
    if (!scanner) return scanner;
    Value search = get_attr_cstr(scanner, "search");
    if (!search) return search;
    return make_callable_iterator(search, None());
}

static Value return_self(Value self, const Value*, size_t, Value) {
    return self;
}

static const NativeMethodDef pattern_methods[] = {
    {"match", pattern_match, NATIVE_KEYWORDS, nullptr},
    {"fullmatch", pattern_fullmatch, NATIVE_KEYWORDS, nullptr},
    {"search", pattern_search, NATIVE_KEYWORDS, nullptr},
    {"sub", pattern_sub, NATIVE_KEYWORDS, nullptr},
    {"subn", pattern_subn, NATIVE_KEYWORDS, nullptr},
    {"findall", pattern_findall, NATIVE_KEYWORDS, nullptr},
    {"split", pattern_split, NATIVE_KEYWORDS, nullptr},
    {"finditer", pattern_finditer, NATIVE_KEYWORDS, nullptr},
    {"scanner", pattern_scanner, NATIVE_KEYWORDS, nullptr},
    {"__copy__", return_self, NATIVE_NOARGS, nullptr},
    {"__deepcopy__", return_self, NATIVE_O, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

static Value pattern_get_pattern(Value self) {
    return as_pattern(self)->pattern;
}
static Value pattern_get_flags(Value self) {
    return make_int(as_pattern(self)->flags);
}
static Value pattern_get_groups(Value self) {
    return make_int(as_pattern(self)->groups);
}
// A copy, so that the pattern's own map cannot be changed (CPython returns
// a read-only mappingproxy, which uopy does not have).
static Value pattern_get_groupindex(Value self) {
    Dict* d = dict_copy(as_dict(as_pattern(self)->groupindex));
    return d ? Value(d) : Value();
}

static const GetSetDef pattern_getsets[] = {
    {"pattern", pattern_get_pattern, nullptr, nullptr},
    {"flags", pattern_get_flags, nullptr, nullptr},
    {"groups", pattern_get_groups, nullptr, nullptr},
    {"groupindex", pattern_get_groupindex, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// The first [max] code points of [utf8] (printf's "%.200R").
static std::string_view truncate_codepoints(std::string_view utf8, size_t max) {
    size_t count = 0;
    for (size_t i = 0; i < utf8.size(); i++) {
        if ((static_cast<unsigned char>(utf8[i]) & 0xC0) == 0x80) continue;
        if (count++ == max) return utf8.substr(0, i);
    }
    return utf8;
}

// re.compile('a+', re.IGNORECASE): the source (its repr cut at 200
// characters) and the flags by name.
static Value pattern_repr(Value self) {
    static const struct {
        const char* name;
        int64_t value;
    } flag_names[] = {
        {"re.TEMPLATE", sre::FLAG_TEMPLATE}, {"re.IGNORECASE", sre::FLAG_IGNORECASE},
        {"re.LOCALE", sre::FLAG_LOCALE},     {"re.MULTILINE", sre::FLAG_MULTILINE},
        {"re.DOTALL", sre::FLAG_DOTALL},     {"re.UNICODE", sre::FLAG_UNICODE},
        {"re.VERBOSE", sre::FLAG_VERBOSE},   {"re.DEBUG", sre::FLAG_DEBUG},
        {"re.ASCII", sre::FLAG_ASCII},
    };
    PatternObject* p = as_pattern(self);
    Value r = repr(p->pattern);
    if (!r) return r;
    std::string out = "re.compile(";
    out += truncate_codepoints(str_view(r), 200);
    int64_t flags = p->flags;
    // UNICODE is the default for str patterns: not shown.
    if (p->isbytes == 0 &&
        (flags & (sre::FLAG_LOCALE | sre::FLAG_UNICODE | sre::FLAG_ASCII)) == sre::FLAG_UNICODE)
        flags &= ~int64_t(sre::FLAG_UNICODE);
    std::string names;
    for (const auto& f : flag_names) {
        if (!(flags & f.value)) continue;
        if (!names.empty()) names += "|";
        names += f.name;
        flags &= ~f.value;
    }
    if (flags) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(flags));
        if (!names.empty()) names += "|";
        names += buf;
    }
    if (!names.empty()) out += ", " + names;
    out += ")";
    return make_str(out);
}

static int64_t pattern_hash(Value self) {
    PatternObject* p = as_pattern(self);
    int64_t h = hash_of(p->pattern);
    if (h == -1) return -1;
    uint64_t ch = 14695981039346656037ull;
    const unsigned char* bytes = reinterpret_cast<const unsigned char*>(p->code);
    for (size_t i = 0; i < p->codesize * sizeof(sre::Code); i++) {
        ch ^= bytes[i];
        ch *= 1099511628211ull;
    }
    h ^= static_cast<int64_t>(ch >> 1);
    h ^= p->flags;
    h ^= p->isbytes;
    h ^= static_cast<int64_t>(p->codesize);
    return h == -1 ? -2 : h;
}

// Patterns are equal when compiled from equal sources with the same flags
// to the same code.
static Value pattern_richcompare(Value a, Value b, CompareOp op) {
    if (op != CMP_EQ && op != CMP_NE) return NotImplemented();
    if (type_of(a) != &SrePatternType || type_of(b) != &SrePatternType) return NotImplemented();
    if (a == b) return Bool(op == CMP_EQ);
    PatternObject* l = as_pattern(a);
    PatternObject* r = as_pattern(b);
    bool eq = l->flags == r->flags && l->isbytes == r->isbytes && l->codesize == r->codesize &&
              std::memcmp(l->code, r->code, l->codesize * sizeof(sre::Code)) == 0;
    if (eq) {
        int c = rich_compare_bool(l->pattern, r->pattern, CMP_EQ);
        if (c < 0) return Value();
        eq = c != 0;
    }
    return Bool(op == CMP_EQ ? eq : !eq);
}

// -- Match methods -----------------------------------------------------------------------------

// The text of group [g] of the match, or [dflt] when it did not take part
// (CPython's match_getslice_by_index()). A bytearray subject is read as it
// is now, clipped to its current length, as CPython does.
static Value match_group_text(Value self, int64_t g, Value dflt) {
    MatchObject* m = as_match(self);
    int64_t i = m->marks[2 * g], j = m->marks[2 * g + 1];
    Value string = m->string;
    if (is_none(string) || i < 0) return dflt;
    Subject s;
    if (is_str(string)) {
        s.length = static_cast<int64_t>(str_length(string));
        if (m->text32)
            s.text32 = m->text32;
        else
            s.text8 = reinterpret_cast<const uint8_t*>(as_str(string)->data);
    } else {
        Value b = bytes_of(string);
        if (!b) return b;
        std::string_view v = bytes_view(b);
        s.isbytes = true;
        s.text8 = reinterpret_cast<const uint8_t*>(v.data());
        s.length = static_cast<int64_t>(v.size());
    }
    i = std::min(i, s.length);
    j = std::min(j, s.length);
    return subject_slice(string, s, i, j);
}

// The group number [index] names: an int, or a name from the pattern's
// groupindex. -1 with IndexError ("no such group") or another error set.
static int64_t match_getindex(Value self, Value index) {
    MatchObject* m = as_match(self);
    int64_t i = -1;
    if (is_index_like(index)) {
        Value iv = number_index(index);
        if (!iv) return -1;
        if (!int_fits_int64(iv, &i)) i = int_sign(iv) < 0 ? -1 : INT64_MAX;
    } else {
        Value gi = as_pattern(m->pattern)->groupindex;
        Value v = dict_get(as_dict(gi), index);
        if (!v && err_occurred()) return -1;
        if (v && is_int(v) && !int_fits_int64(v, &i)) i = -1;
    }
    if (i < 0 || i >= m->ngroups) {
        if (!err_occurred()) raise(exc::IndexError, "no such group");
        return -1;
    }
    return i;
}

static Value match_group_by(Value self, Value index) {
    int64_t g = match_getindex(self, index);
    if (g < 0) return Value();
    return match_group_text(self, g, None());
}

// m.group(), m.group(1), m.group('name', 2): one text, or a tuple of them.
static Value match_group(Value self, const Value* args, size_t nargs, Value) {
    if (nargs == 0) return match_group_text(self, 0, None());
    if (nargs == 1) return match_group_by(self, args[0]);
    Value t = make_tuple(nargs);
    if (!t) return t;
    for (size_t k = 0; k < nargs; k++) {
        Value v = match_group_by(self, args[k]);
        if (!v) return v;
        tuple_items(t)[k] = v;
    }
    return t;
}

static Value match_getitem(Value self, Value key) {
    return match_group_by(self, key);
}

// The group of start(), end() and span(): the optional positional argument.
static int64_t span_group(const char* name, Value self, const Value* args, size_t nargs) {
    if (!check_nargs_expected(name, nargs, 0, 1)) return -1;
    return nargs ? match_getindex(self, args[0]) : 0;
}
static Value match_start(Value self, const Value* args, size_t nargs, Value) {
    int64_t g = span_group("start", self, args, nargs);
    if (g < 0) return Value();
    return make_int(as_match(self)->marks[2 * g]);
}
static Value match_end(Value self, const Value* args, size_t nargs, Value) {
    int64_t g = span_group("end", self, args, nargs);
    if (g < 0) return Value();
    return make_int(as_match(self)->marks[2 * g + 1]);
}
static Value make_pair(int64_t a, int64_t b) {
    Value x = make_int(a);
    if (!x) return x;
    Value y = make_int(b);
    if (!y) return y;
    return tuple_pack({x, y});
}
static Value match_span(Value self, const Value* args, size_t nargs, Value) {
    int64_t g = span_group("span", self, args, nargs);
    if (g < 0) return Value();
    MatchObject* m = as_match(self);
    return make_pair(m->marks[2 * g], m->marks[2 * g + 1]);
}

static Value match_groups(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("groups", "default=");
    Value a[1];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    Value dflt = a[0] ? a[0] : None();
    MatchObject* m = as_match(self);
    Value t = make_tuple(static_cast<size_t>(m->ngroups - 1));
    if (!t) return t;
    for (int64_t g = 1; g < m->ngroups; g++) {
        Value v = match_group_text(self, g, dflt);
        if (!v) return v;
        tuple_items(t)[g - 1] = v;
    }
    return t;
}

static Value match_groupdict(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("groupdict", "default=");
    Value a[1];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    Value dflt = a[0] ? a[0] : None();
    Dict* result = make_dict();
    if (!result) return Value();
    Value keep(result);
    Dict* gi = as_dict(as_pattern(as_match(self)->pattern)->groupindex);
    size_t it = 0;
    Value key, num;
    while (dict_next(gi, &it, &key, &num)) {
        int64_t g = match_getindex(self, key);
        if (g < 0) return Value();
        Value v = match_group_text(self, g, dflt);
        if (!v || !dict_set(result, key, v)) return Value();
    }
    return keep;
}

// m.expand(template): re._expand(pattern, m, template).
static Value match_expand(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("expand", "template");
    Value a[1];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    Value re = import_module("re");
    if (!re) return re;
    Value expand = get_attr_cstr(re, "_expand");
    if (!expand) return expand;
    return call_list(expand, {as_match(self)->pattern, self, a[0]});
}

static const NativeMethodDef match_methods[] = {
    {"group", match_group, 0, nullptr},
    {"start", match_start, 0, nullptr},
    {"end", match_end, 0, nullptr},
    {"span", match_span, 0, nullptr},
    {"groups", match_groups, NATIVE_KEYWORDS, nullptr},
    {"groupdict", match_groupdict, NATIVE_KEYWORDS, nullptr},
    {"expand", match_expand, NATIVE_KEYWORDS, nullptr},
    {"__copy__", return_self, NATIVE_NOARGS, nullptr},
    {"__deepcopy__", return_self, NATIVE_O, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

static Value match_get_string(Value self) {
    return as_match(self)->string;
}
static Value match_get_re(Value self) {
    return as_match(self)->pattern;
}
static Value match_get_pos(Value self) {
    return make_int(as_match(self)->pos);
}
static Value match_get_endpos(Value self) {
    return make_int(as_match(self)->endpos);
}
static Value match_get_lastindex(Value self) {
    MatchObject* m = as_match(self);
    return m->lastindex >= 0 ? make_int(m->lastindex) : None();
}
static Value match_get_lastgroup(Value self) {
    MatchObject* m = as_match(self);
    Value ig = as_pattern(m->pattern)->indexgroup;
    if (ig && m->lastindex >= 0 && m->lastindex < static_cast<int64_t>(tuple_size(ig)))
        return tuple_get(ig, static_cast<size_t>(m->lastindex));
    return None();
}
static Value match_get_regs(Value self) {
    MatchObject* m = as_match(self);
    if (m->regs) return m->regs;
    Value t = make_tuple(static_cast<size_t>(m->ngroups));
    if (!t) return t;
    for (int64_t g = 0; g < m->ngroups; g++) {
        Value pair = make_pair(m->marks[2 * g], m->marks[2 * g + 1]);
        if (!pair) return pair;
        tuple_items(t)[g] = pair;
    }
    m->regs = t;
    return t;
}

static const GetSetDef match_getsets[] = {
    {"string", match_get_string, nullptr, nullptr},
    {"re", match_get_re, nullptr, nullptr},
    {"pos", match_get_pos, nullptr, nullptr},
    {"endpos", match_get_endpos, nullptr, nullptr},
    {"lastindex", match_get_lastindex, nullptr, nullptr},
    {"lastgroup", match_get_lastgroup, nullptr, nullptr},
    {"regs", match_get_regs, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// <re.Match object; span=(0, 3), match='abc'>, the text's repr cut at 50.
static Value match_repr(Value self) {
    MatchObject* m = as_match(self);
    Value g0 = match_group_text(self, 0, None());
    if (!g0) return g0;
    Value r = repr(g0);
    if (!r) return r;
    std::string out = "<";
    out += type_of(self)->name;
    out += " object; span=(" + std::to_string(m->marks[0]) + ", " + std::to_string(m->marks[1]) +
           "), match=";
    out += truncate_codepoints(str_view(r), 50);
    out += ">";
    return make_str(out);
}

// -- Scanner -----------------------------------------------------------------------------------

// scanner.match() / scanner.search(): the next match from where the last one
// ended, or None (and None from then on).
static Value scanner_next(Value self, bool searching) {
    ScannerObject* sc = as_scanner(self);
    if (sc->executing)
        return raise(exc::ValueError, "regular expression scanner already executing");
    if (sc->start < 0) return None();
    PatternObject* p = as_pattern(sc->pattern);
    Search s;
    s.subj.text8 = sc->text8;
    s.subj.text32 = sc->text32;
    s.subj.buffer = sc->buffer;
    s.subj.length = sc->length;
    s.subj.isbytes = sc->isbytes;
    search_setup(&s, p, sc->pos, sc->endpos);
    s.st.start = sc->start;
    s.st.ptr = sc->start;
    s.st.must_advance = sc->must_advance;
    sc->executing = true;
    int status = searching ? sre::search(s.st) : sre::match(s.st);
    sc->executing = false;
    if (status < 0) return engine_error(status);
    if (status == 0) {
        sc->start = -1;
        return None();
    }
    Value m = make_match(sc->pattern, sc->string, s);
    sc->must_advance = s.st.ptr == s.st.start;
    sc->start = s.st.ptr;
    return m;
}
static Value scanner_match(Value self, const Value*, size_t, Value) {
    return scanner_next(self, false);
}
static Value scanner_search(Value self, const Value*, size_t, Value) {
    return scanner_next(self, true);
}

static const NativeMethodDef scanner_methods[] = {
    {"match", scanner_match, NATIVE_NOARGS, nullptr},
    {"search", scanner_search, NATIVE_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

static Value scanner_get_pattern(Value self) {
    return as_scanner(self)->pattern;
}
static const GetSetDef scanner_getsets[] = {
    {"pattern", scanner_get_pattern, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- Module functions --------------------------------------------------------------------------

// _sre.compile(pattern, flags, code, groups, groupindex, indexgroup): what
// re._compiler.compile() ends with.
static Value sre_compile(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("compile",
                                     "pattern, flags, code, groups, groupindex, indexgroup");
    Value a[6];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    int64_t flags, groups;
    if (!int_as_int64(a[1], &flags)) return Value();
    if (!is_list(a[2]))
        return raise(exc::TypeError, "compile() argument 'code' must be list, not %s",
                     arg_type_name(a[2]));
    if (!int_as_int64(a[3], &groups)) return Value();
    if (!is_dict(a[4]))
        return raise(exc::TypeError, "compile() argument 'groupindex' must be dict, not %s",
                     arg_type_name(a[4]));
    if (!is_tuple(a[5]))
        return raise(exc::TypeError, "compile() argument 'indexgroup' must be tuple, not %s",
                     arg_type_name(a[5]));
    Value code = a[2];
    size_t n = list_size(code);
    auto* p = gc_new<PatternObject>(&SrePatternType, sizeof(PatternObject) + n * sizeof(sre::Code));
    if (!p) return Value();
    Value result(p);
    p->codesize = n;
    for (size_t i = 0; i < n; i++) {
        Value v = list_get(code, i);
        if (!is_int(v)) return raise(exc::TypeError, "an integer is required");
        int64_t x;
        if (int_sign(v) < 0)
            return raise(exc::OverflowError, "can't convert negative value to unsigned int");
        if (!int_fits_int64(v, &x) || x > int64_t(0xFFFFFFFF))
            return raise(exc::OverflowError, "regular expression code size limit exceeded");
        p->code[i] = static_cast<sre::Code>(x);
    }
    Value pattern = a[0];
    if (is_none(pattern)) {
        p->isbytes = -1;
    } else if (is_str(pattern)) {
        p->isbytes = 0;
    } else if (is_bytes(pattern) || is_bytearray(pattern) || is_memoryview(pattern)) {
        p->isbytes = 1;
    } else {
        return raise(exc::TypeError, "expected string or bytes-like object, got '%s'",
                     type_name(pattern));
    }
    p->pattern = pattern;
    p->flags = flags;
    p->groups = groups;
    p->groupindex = a[4];
    if (dict_size(as_dict(a[4])) > 0 && tuple_size(a[5]) > 0) p->indexgroup = a[5];
    if (!sre::validate(p->code, n, groups)) return raise(exc::RuntimeError, "invalid SRE code");
    return result;
}

static Value sre_getcodesize(Value, const Value*, size_t, Value) {
    return make_int(sre::kCodeSize);
}

// The character argument of the case helpers (a C int in CPython).
static bool char_arg(const char* name, const Value* args, size_t nargs, Value kwnames,
                     uint32_t* ch) {
    if (!check_no_kwargs(name, kwnames) || !check_nargs_expected(name, nargs, 1, 1)) return false;
    int64_t v;
    if (!int_as_int64(args[0], &v)) return false;
    if (v < INT32_MIN || v > INT32_MAX) {
        raise(exc::OverflowError, "Python int too large to convert to C int");
        return false;
    }
    *ch = static_cast<uint32_t>(v);
    return true;
}
static Value sre_ascii_iscased(Value, const Value* args, size_t nargs, Value kwnames) {
    uint32_t ch;
    if (!char_arg("ascii_iscased", args, nargs, kwnames, &ch)) return Value();
    return Bool(sre::ascii_iscased(ch));
}
static Value sre_unicode_iscased(Value, const Value* args, size_t nargs, Value kwnames) {
    uint32_t ch;
    if (!char_arg("unicode_iscased", args, nargs, kwnames, &ch)) return Value();
    return Bool(sre::unicode_iscased(ch));
}
static Value sre_ascii_tolower(Value, const Value* args, size_t nargs, Value kwnames) {
    uint32_t ch;
    if (!char_arg("ascii_tolower", args, nargs, kwnames, &ch)) return Value();
    return make_int(static_cast<int32_t>(sre::lower_ascii(ch)));
}
static Value sre_unicode_tolower(Value, const Value* args, size_t nargs, Value kwnames) {
    uint32_t ch;
    if (!char_arg("unicode_tolower", args, nargs, kwnames, &ch)) return Value();
    return make_int(static_cast<int32_t>(sre::lower_unicode(ch)));
}

static const NativeMethodDef sre_functions[] = {
    {"compile", sre_compile, NATIVE_KEYWORDS, nullptr},
    {"getcodesize", sre_getcodesize, NATIVE_NOARGS, nullptr},
    {"ascii_iscased", sre_ascii_iscased, NATIVE_KEYWORDS, nullptr},
    {"unicode_iscased", sre_unicode_iscased, NATIVE_KEYWORDS, nullptr},
    {"ascii_tolower", sre_ascii_tolower, NATIVE_KEYWORDS, nullptr},
    {"unicode_tolower", sre_unicode_tolower, NATIVE_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// -- Types and the module ----------------------------------------------------------------------

// None of the three types can be instantiated from Python.
static Value no_new(Type* type, const Value*, size_t, Value) {
    return raise(exc::TypeError, "cannot create '%s' instances", type->name);
}

static void init_sre_types() {
    static bool ready = false;
    if (ready) return;
    ready = true;
    // A static type's fields become roots only once init_static_type has
    // registered it, so no collection may run while the types are made.
    bool was_enabled = gc_is_enabled();
    gc_set_enabled(false);

    SrePatternType.trace = pattern_trace;
    SrePatternType.repr = pattern_repr;
    SrePatternType.hash = pattern_hash;
    SrePatternType.richcompare = pattern_richcompare;
    SrePatternType.tp_new = no_new;
    init_static_type(&SrePatternType, "re.Pattern", &ObjectType, sizeof(PatternObject),
                     TYPE_WEAKREFABLE);
    add_methods(&SrePatternType, pattern_methods);
    add_getsets(&SrePatternType, pattern_getsets);
    add_class_getitem(&SrePatternType);
    add_slot_wrappers(&SrePatternType);

    SreMatchType.trace = match_trace;
    SreMatchType.repr = match_repr;
    SreMatchType.getitem = match_getitem;
    SreMatchType.tp_new = no_new;
    init_static_type(&SreMatchType, "re.Match", &ObjectType, sizeof(MatchObject), 0);
    add_methods(&SreMatchType, match_methods);
    add_getsets(&SreMatchType, match_getsets);
    add_class_getitem(&SreMatchType);
    add_slot_wrappers(&SreMatchType);

    SreScannerType.trace = scanner_trace;
    SreScannerType.tp_new = no_new;
    init_static_type(&SreScannerType, "_sre.SRE_Scanner", &ObjectType, sizeof(ScannerObject), 0);
    add_methods(&SreScannerType, scanner_methods);
    add_getsets(&SreScannerType, scanner_getsets);
    add_slot_wrappers(&SreScannerType);

    gc_set_enabled(was_enabled);
}

} // namespace

Value init_sre_module() {
    init_sre_types();
    ModuleObject* m = make_module("_sre");
    if (!m) return Value();
    Value mod(m);
    add_functions(m->dict, sre_functions, mod);
    struct {
        const char* name;
        int64_t value;
    } constants[] = {
        {"MAGIC", sre::kMagic},
        {"CODESIZE", sre::kCodeSize},
        {"MAXREPEAT", static_cast<int64_t>(sre::kMaxRepeat)},
        {"MAXGROUPS", sre::kMaxGroups},
    };
    for (const auto& c : constants) {
        Value v = make_int(c.value);
        if (!v || !dict_set_cstr(m->dict, c.name, v)) return Value();
    }
    Value copyright = make_str(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ");
    if (!copyright || !dict_set_cstr(m->dict, "copyright", copyright)) return Value();
    return mod;
}

} // namespace uopy
