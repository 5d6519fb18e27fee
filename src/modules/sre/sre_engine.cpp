// The SRE matching engine: character predicates, the backtracking matcher,
// the searcher and the code validator. CPython counterpart:
// Modules/_sre/sre_lib.h (SRE(match), SRE(search), SRE(count),
// SRE(charset), SRE(at)) and the predicates and _validate() of
// Modules/_sre/sre.c.
//
// How the matcher works. A frame tries to match the code from some point
// up to a SUCCESS opcode: the end of the whole pattern, or the end of a
// lookaround, atomic group or possessive repeat body. Simple opcodes
// (literals, sets, anchors, marks) advance the frame in place. An opcode
// with a choice (BRANCH, the repeats) saves what it needs in its frame and
// starts a child frame on one alternative followed by everything after it;
// when the child returns, the parent resumes where it left off (the
// [resume] code says where) and either passes a success up or tries the
// next alternative. A success returned through every frame is the match;
// a failure makes the nearest frame with an untried alternative take it.
// So the frame stack is the backtracking stack, and it lives in a
// std::vector: deep backtracking costs heap, not native stack.
//
// Group marks follow SRE's rules exactly, because they are visible in the
// groups of a match: MARK records a position and raises [lastmark]; a
// failed choice point restores [lastmark]/[lastindex] (which hides marks set
// after it) and, inside a repeat, the mark values themselves, which are
// saved on a separate stack of marks.
#include "modules/sre/sre_engine.h"

#include "objects/unicode_db.h"

#include <algorithm>
#include <new>

namespace uopy::sre {

// -- Character predicates --------------------------------------------------------------------

static inline bool ascii_digit(uint32_t ch) {
    return ch >= '0' && ch <= '9';
}
// Py_ISSPACE: space, \t, \n, \v, \f, \r.
static inline bool ascii_space(uint32_t ch) {
    return ch == ' ' || (ch >= 9 && ch <= 13);
}
static inline bool ascii_alnum(uint32_t ch) {
    uint32_t l = ch | 0x20;
    return ascii_digit(ch) || (l >= 'a' && l <= 'z');
}
static inline bool ascii_word(uint32_t ch) {
    return ch < 128 && (ascii_alnum(ch) || ch == '_');
}

uint32_t lower_ascii(uint32_t ch) {
    return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
}
static inline uint32_t upper_ascii(uint32_t ch) {
    return ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
}

// The LOCALE flag's predicates. CPython asks the C library (tolower(),
// isalnum()) about bytes below 256; under the C and UTF-8 locales the
// interpreter runs in, those answers are the ASCII ones, so these are
// fixed to ASCII rather than depending on setlocale().
static inline bool locale_word(uint32_t ch) {
    return ascii_word(ch);
}
static inline uint32_t lower_locale(uint32_t ch) {
    return lower_ascii(ch);
}
static inline uint32_t upper_locale(uint32_t ch) {
    return upper_ascii(ch);
}

// Simple case mappings: the first code point of the full mapping, which is
// what CPython's _PyUnicode_ToLowercase returns for characters with special
// casing ('\u0130' lowers to 'i').
uint32_t lower_unicode(uint32_t ch) {
    if (ch < 128) return lower_ascii(ch);
    uint32_t out[3];
    return unicode::map_case(ch, unicode::Case::Lower, out) > 0 ? out[0] : ch;
}
uint32_t upper_unicode(uint32_t ch) {
    if (ch < 128) return upper_ascii(ch);
    uint32_t out[3];
    return unicode::map_case(ch, unicode::Case::Upper, out) > 0 ? out[0] : ch;
}
bool ascii_iscased(uint32_t ch) {
    return ch < 128 && ascii_alnum(ch) && !ascii_digit(ch);
}
bool unicode_iscased(uint32_t ch) {
    return ch != lower_unicode(ch) || ch != upper_unicode(ch);
}

static inline bool uni_digit(uint32_t ch) {
    return unicode::has(ch, unicode::DECIMAL);
}
static inline bool uni_word(uint32_t ch) {
    if (ch < 128) return ascii_word(ch);
    return ch == '_' || (unicode::flags(ch) & (unicode::ALPHA | unicode::DECIMAL |
                                               unicode::DIGIT | unicode::NUMERIC)) != 0;
}
// Py_UNICODE_ISLINEBREAK.
static inline bool uni_linebreak(uint32_t ch) {
    switch (ch) {
    case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x1C: case 0x1D: case 0x1E:
    case 0x85: case 0x2028: case 0x2029:
        return true;
    default:
        return false;
    }
}

static bool category(Code cat, uint32_t ch) {
    switch (cat) {
    case CATEGORY_DIGIT: return ascii_digit(ch);
    case CATEGORY_NOT_DIGIT: return !ascii_digit(ch);
    case CATEGORY_SPACE: return ascii_space(ch);
    case CATEGORY_NOT_SPACE: return !ascii_space(ch);
    case CATEGORY_WORD: return ascii_word(ch);
    case CATEGORY_NOT_WORD: return !ascii_word(ch);
    case CATEGORY_LINEBREAK: return ch == '\n';
    case CATEGORY_NOT_LINEBREAK: return ch != '\n';
    case CATEGORY_LOC_WORD: return locale_word(ch);
    case CATEGORY_LOC_NOT_WORD: return !locale_word(ch);
    case CATEGORY_UNI_DIGIT: return uni_digit(ch);
    case CATEGORY_UNI_NOT_DIGIT: return !uni_digit(ch);
    case CATEGORY_UNI_SPACE: return unicode::is_space(ch);
    case CATEGORY_UNI_NOT_SPACE: return !unicode::is_space(ch);
    case CATEGORY_UNI_WORD: return uni_word(ch);
    case CATEGORY_UNI_NOT_WORD: return !uni_word(ch);
    case CATEGORY_UNI_LINEBREAK: return uni_linebreak(ch);
    case CATEGORY_UNI_NOT_LINEBREAK: return !uni_linebreak(ch);
    default: return false;
    }
}

// Whether [ch] is in the set program starting at [set] (ended by FAILURE).
static bool in_charset(const Code* set, uint32_t ch) {
    bool ok = true; // flipped by NEGATE
    for (;;) {
        switch (*set++) {
        case OP_FAILURE:
            return !ok;
        case OP_LITERAL:
            if (ch == set[0]) return ok;
            set += 1;
            break;
        case OP_CATEGORY:
            if (category(set[0], ch)) return ok;
            set += 1;
            break;
        case OP_CHARSET:
            // A 256-bit map, 32 bits per code word.
            if (ch < 256 && (set[ch >> 5] & (1u << (ch & 31)))) return ok;
            set += 8;
            break;
        case OP_RANGE:
            if (set[0] <= ch && ch <= set[1]) return ok;
            set += 2;
            break;
        case OP_RANGE_UNI_IGNORE: {
            // [ch] is already lowercase; its uppercase may be in the range too.
            if (set[0] <= ch && ch <= set[1]) return ok;
            uint32_t up = upper_unicode(ch);
            if (set[0] <= up && up <= set[1]) return ok;
            set += 2;
            break;
        }
        case OP_NEGATE:
            ok = !ok;
            break;
        case OP_BIGCHARSET: {
            // <count> <256 block numbers, one byte each> <count 256-bit blocks>:
            // the high byte of a BMP character picks a block, the low byte a bit.
            Code count = *set++;
            const unsigned char* blocks = reinterpret_cast<const unsigned char*>(set);
            set += 64;
            if (ch < 0x10000) {
                uint32_t block = blocks[ch >> 8];
                const Code* bits = set + block * 8;
                if (bits[(ch & 255) >> 5] & (1u << (ch & 31))) return ok;
            }
            set += count * 8;
            break;
        }
        default:
            // Invalid set code (rejected by validate()): no match.
            return false;
        }
    }
}

static bool char_loc_ignore(Code pattern, uint32_t ch) {
    return ch == pattern || lower_locale(ch) == pattern || upper_locale(ch) == pattern;
}

static bool charset_loc_ignore(const Code* set, uint32_t ch) {
    uint32_t lo = lower_locale(ch);
    if (in_charset(set, lo)) return true;
    uint32_t up = upper_locale(ch);
    return up != lo && in_charset(set, up);
}

// -- The matcher ------------------------------------------------------------------------------

// Where a frame continues when its child returns (Frame::resume).
enum Resume : uint8_t {
    RESUME_NONE,
    RESUME_BRANCH,          // try the next alternative
    RESUME_REPEAT_ONE,      // give back one more repetition
    RESUME_MIN_REPEAT_ONE,  // take one more repetition
    RESUME_REPEAT,          // the REPEAT's loop is over: close its context
    RESUME_MAX_UNTIL_MIN,   // a required iteration returned
    RESUME_MAX_UNTIL_MORE,  // an optional iteration returned: else try the tail
    RESUME_MAX_UNTIL_TAIL,  // the tail after the loop returned
    RESUME_MIN_UNTIL_MIN,
    RESUME_MIN_UNTIL_TAIL,  // the tail returned: else try one more iteration
    RESUME_MIN_UNTIL_MORE,
    RESUME_POSS_MIN,        // a required iteration of a possessive repeat
    RESUME_POSS_MORE,       // an optional one
    RESUME_ATOMIC,
    RESUME_ASSERT,
    RESUME_ASSERT_NOT,
};

// The matcher for one subject width: C is uint8_t or uint32_t.
template <class C> class Matcher {
  public:
    Matcher(State& st, const C* text) : st_(st), text_(text), end_(st.end) {}
    // Matches [pattern] at st.ptr (SRE(match)); sets st.ptr to the end.
    int run(const Code* pattern, bool toplevel);
    int search();

  private:
    bool at(Code where, int64_t ptr) const;
    bool boundary(int64_t ptr, bool (*word)(uint32_t)) const;
    bool one(const Code* item, uint32_t ch) const;
    int64_t count(const Code* item, int64_t from, Code maxcount) const;
    int64_t backref(Code op, int64_t group_index, int64_t ptr) const;

    // The marks stack: saving marks[0..lastmark] before a choice point inside
    // a repeat, and putting them back when the choice fails.
    bool push_marks() {
        if (st_.lastmark < 0) return false;
        st_.saved_marks.insert(st_.saved_marks.end(), st_.marks.begin(),
                               st_.marks.begin() + st_.lastmark + 1);
        return true;
    }
    void restore_marks(const Frame& f) {
        if (!f.marks_pushed) return;
        size_t n = static_cast<size_t>(f.lastmark) + 1;
        std::copy(st_.saved_marks.end() - static_cast<std::ptrdiff_t>(n), st_.saved_marks.end(),
                  st_.marks.begin());
    }
    void drop_marks(const Frame& f) {
        if (f.marks_pushed) st_.saved_marks.resize(st_.saved_marks.size() - f.lastmark - 1);
    }
    void save_lastmark(Frame& f) {
        f.lastmark = st_.lastmark;
        f.lastindex = st_.lastindex;
    }
    void restore_lastmark(const Frame& f) {
        st_.lastmark = f.lastmark;
        st_.lastindex = f.lastindex;
    }

    State& st_;
    const C* text_;
    int64_t end_;
};

template <class C> bool Matcher<C>::boundary(int64_t ptr, bool (*word)(uint32_t)) const {
    bool before = ptr > 0 && word(text_[ptr - 1]);
    bool after = ptr < end_ && word(text_[ptr]);
    return before != after;
}

// The AT opcode's position tests. The beginning is that of the whole
// subject, not the search's pos; the end is endpos.
template <class C> bool Matcher<C>::at(Code where, int64_t ptr) const {
    const int64_t end = end_;
    auto newline_at = [&](int64_t i) { return i >= 0 && i < st_.length && text_[i] == '\n'; };
    switch (where) {
    case AT_BEGINNING:
    case AT_BEGINNING_STRING:
        return ptr == 0;
    case AT_BEGINNING_LINE:
        return ptr == 0 || newline_at(ptr - 1);
    case AT_END:
        return (end - ptr == 1 && newline_at(ptr)) || ptr == end;
    case AT_END_LINE:
        return ptr == end || newline_at(ptr);
    case AT_END_STRING:
        return ptr == end;
    case AT_BOUNDARY:
        return end != 0 && boundary(ptr, ascii_word);
    case AT_NON_BOUNDARY:
        return end != 0 && !boundary(ptr, ascii_word);
    case AT_LOC_BOUNDARY:
        return end != 0 && boundary(ptr, locale_word);
    case AT_LOC_NON_BOUNDARY:
        return end != 0 && !boundary(ptr, locale_word);
    case AT_UNI_BOUNDARY:
        return end != 0 && boundary(ptr, uni_word);
    case AT_UNI_NON_BOUNDARY:
        return end != 0 && !boundary(ptr, uni_word);
    default:
        return false;
    }
}

// Whether the single-character item (the body of a REPEAT_ONE and
// friends: one literal, set, category or dot) matches [ch].
template <class C> bool Matcher<C>::one(const Code* item, uint32_t ch) const {
    switch (item[0]) {
    case OP_ANY: return ch != '\n';
    case OP_ANY_ALL: return true;
    case OP_LITERAL: return ch == item[1];
    case OP_NOT_LITERAL: return ch != item[1];
    case OP_LITERAL_IGNORE: return lower_ascii(ch) == item[1];
    case OP_NOT_LITERAL_IGNORE: return lower_ascii(ch) != item[1];
    case OP_LITERAL_UNI_IGNORE: return lower_unicode(ch) == item[1];
    case OP_NOT_LITERAL_UNI_IGNORE: return lower_unicode(ch) != item[1];
    case OP_LITERAL_LOC_IGNORE: return char_loc_ignore(item[1], ch);
    case OP_NOT_LITERAL_LOC_IGNORE: return !char_loc_ignore(item[1], ch);
    case OP_IN: return in_charset(item + 2, ch);
    case OP_IN_IGNORE: return in_charset(item + 2, lower_ascii(ch));
    case OP_IN_UNI_IGNORE: return in_charset(item + 2, lower_unicode(ch));
    case OP_IN_LOC_IGNORE: return charset_loc_ignore(item + 2, ch);
    case OP_CATEGORY: return category(item[1], ch);
    default: return false;
    }
}

// How many times in a row, from [from], the single-character [item]
// matches, at most [maxcount] (SRE(count)). The common items get their own
// loops.
template <class C> int64_t Matcher<C>::count(const Code* item, int64_t from, Code maxcount) const {
    const C* text = text_;
    int64_t lim = end_;
    if (maxcount != kMaxRepeat && static_cast<int64_t>(maxcount) < lim - from)
        lim = from + static_cast<int64_t>(maxcount);
    int64_t p = from;
    const Code chr = item[1];
    switch (item[0]) {
    case OP_ANY_ALL:
        p = std::max(lim, from);
        break;
    case OP_ANY:
        while (p < lim && text[p] != '\n')
            p++;
        break;
    case OP_LITERAL:
        while (p < lim && static_cast<Code>(text[p]) == chr)
            p++;
        break;
    case OP_NOT_LITERAL:
        while (p < lim && static_cast<Code>(text[p]) != chr)
            p++;
        break;
    case OP_IN:
        while (p < lim && in_charset(item + 2, text[p]))
            p++;
        break;
    default:
        while (p < lim && one(item, text[p]))
            p++;
        break;
    }
    return p - from;
}

// Matches the text of group [g] (marks 2g, 2g+1) at [ptr], comparing as the
// GROUPREF variant [op] says; the position after it, or -1.
template <class C> int64_t Matcher<C>::backref(Code op, int64_t g, int64_t ptr) const {
    if (g * 2 >= st_.lastmark) return -1;
    int64_t p = st_.marks[g * 2], e = st_.marks[g * 2 + 1];
    if (p < 0 || e < 0 || e < p) return -1;
    if (p < e && e - p > end_ - ptr) return -1; // not enough text left
    const C* text = text_;
    for (; p < e; p++, ptr++) {
        uint32_t a = text[ptr], b = text[p];
        switch (op) {
        case OP_GROUPREF_IGNORE:
            a = lower_ascii(a);
            b = lower_ascii(b);
            break;
        case OP_GROUPREF_UNI_IGNORE:
            a = lower_unicode(a);
            b = lower_unicode(b);
            break;
        case OP_GROUPREF_LOC_IGNORE:
            a = lower_locale(a);
            b = lower_locale(b);
            break;
        default:
            break;
        }
        if (a != b) return -1;
    }
    return ptr;
}

// Makes the current frame start a child frame matching [child_pc] from
// st_.ptr; [kind] says how the current frame resumes when the child returns.
// (A macro because it jumps: the matcher is one function with labels, as a
// state machine over an explicit stack must be.)
#define SRE_CALL(kind, child_pc, child_toplevel)                                                   \
    do {                                                                                           \
        const Code* next_pc_ = (child_pc);                                                         \
        bool next_toplevel_ = (child_toplevel);                                                    \
        frames.back().resume = (kind);                                                             \
        frames.push_back(Frame{});                                                                 \
        frames.back().toplevel = next_toplevel_;                                                   \
        pc = next_pc_;                                                                             \
        goto enter;                                                                                \
    } while (0)

template <class C> int Matcher<C>::run(const Code* pattern, bool toplevel) {
    std::vector<Frame>& frames = st_.frames;
    std::vector<RepeatContext>& repeats = st_.repeats;
    frames.clear();
    repeats.clear();
    st_.saved_marks.clear();
    const C* const text = text_;
    const int64_t end = end_;

    // Everything the labels below share is declared here, before any jump.
    const Code* pc = pattern;
    int64_t ptr = 0;
    int ret = 0;
    Frame* f = nullptr;
    const Code* alt = nullptr;
    RepeatContext* rp = nullptr;
    int64_t n = 0;
    int32_t repeat = -1; // the innermost open REPEAT context, or -1

    frames.push_back(Frame{});
    frames.back().toplevel = toplevel;

enter:
    // A new frame starts at st_.ptr.
    ptr = st_.ptr;
    if (pc[0] == OP_INFO) {
        // <INFO> <skip> <flags> <min> ...: too little text left cannot match.
        if (pc[3] != 0 && ptr <= end && static_cast<uint64_t>(end - ptr) < pc[3]) goto fail;
        pc += pc[1] + 1;
    }

dispatch:
    // [pc] is at an opcode; after the fetch it points at the operands.
    switch (*pc++) {
    case OP_MARK: {
        // <MARK> <index>: group g's start is mark 2g-2, its end 2g-1.
        Code i = *pc++;
        if (i & 1) st_.lastindex = static_cast<int32_t>(i / 2 + 1);
        if (static_cast<int32_t>(i) > st_.lastmark) {
            // Marks skipped over by raising lastmark were never set.
            for (int32_t j = st_.lastmark + 1; j < static_cast<int32_t>(i); j++)
                st_.marks[j] = -1;
            st_.lastmark = static_cast<int32_t>(i);
        }
        st_.marks[i] = ptr;
        goto dispatch;
    }

    case OP_LITERAL:
        if (ptr >= end || static_cast<Code>(text[ptr]) != *pc) goto fail;
        pc++;
        ptr++;
        goto dispatch;
    case OP_NOT_LITERAL:
        if (ptr >= end || static_cast<Code>(text[ptr]) == *pc) goto fail;
        pc++;
        ptr++;
        goto dispatch;
    case OP_LITERAL_IGNORE:
        if (ptr >= end || lower_ascii(text[ptr]) != *pc) goto fail;
        pc++;
        ptr++;
        goto dispatch;
    case OP_NOT_LITERAL_IGNORE:
        if (ptr >= end || lower_ascii(text[ptr]) == *pc) goto fail;
        pc++;
        ptr++;
        goto dispatch;
    case OP_LITERAL_UNI_IGNORE:
        if (ptr >= end || lower_unicode(text[ptr]) != *pc) goto fail;
        pc++;
        ptr++;
        goto dispatch;
    case OP_NOT_LITERAL_UNI_IGNORE:
        if (ptr >= end || lower_unicode(text[ptr]) == *pc) goto fail;
        pc++;
        ptr++;
        goto dispatch;
    case OP_LITERAL_LOC_IGNORE:
        if (ptr >= end || !char_loc_ignore(*pc, text[ptr])) goto fail;
        pc++;
        ptr++;
        goto dispatch;
    case OP_NOT_LITERAL_LOC_IGNORE:
        if (ptr >= end || char_loc_ignore(*pc, text[ptr])) goto fail;
        pc++;
        ptr++;
        goto dispatch;

    case OP_ANY:
        if (ptr >= end || text[ptr] == '\n') goto fail;
        ptr++;
        goto dispatch;
    case OP_ANY_ALL:
        if (ptr >= end) goto fail;
        ptr++;
        goto dispatch;
    case OP_CATEGORY:
        if (ptr >= end || !category(*pc, text[ptr])) goto fail;
        pc++;
        ptr++;
        goto dispatch;
    case OP_AT:
        if (!at(*pc, ptr)) goto fail;
        pc++;
        goto dispatch;

    // <IN> <skip> <set...> <FAILURE>
    case OP_IN:
        if (ptr >= end || !in_charset(pc + 1, text[ptr])) goto fail;
        pc += pc[0];
        ptr++;
        goto dispatch;
    case OP_IN_IGNORE:
        if (ptr >= end || !in_charset(pc + 1, lower_ascii(text[ptr]))) goto fail;
        pc += pc[0];
        ptr++;
        goto dispatch;
    case OP_IN_UNI_IGNORE:
        if (ptr >= end || !in_charset(pc + 1, lower_unicode(text[ptr]))) goto fail;
        pc += pc[0];
        ptr++;
        goto dispatch;
    case OP_IN_LOC_IGNORE:
        if (ptr >= end || !charset_loc_ignore(pc + 1, text[ptr])) goto fail;
        pc += pc[0];
        ptr++;
        goto dispatch;

    case OP_JUMP:
    case OP_INFO:
        // <JUMP> <offset>, and an INFO block met inside the code: skipped.
        pc += pc[0];
        goto dispatch;

    case OP_SUCCESS:
        // The end of this frame's code. At the top level it is the end of the
        // pattern, where fullmatch and the "no empty match here" rule apply.
        f = &frames.back();
        if (f->toplevel &&
            ((st_.match_all && ptr != end) || (st_.must_advance && ptr == st_.start)))
            goto fail;
        st_.ptr = ptr;
        goto succeed;

    case OP_FAILURE:
        goto fail;

    case OP_BRANCH:
        // <BRANCH> <skip> alternative <JUMP> ... <skip> alternative <JUMP> <0>
        f = &frames.back();
        save_lastmark(*f);
        f->marks_pushed = repeat >= 0 && push_marks();
        f->pc = pc;
        f->ptr = ptr;
        goto branch_try;

    case OP_REPEAT_ONE:
        // <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: greedy repeat
        // of a single-character item; counts as many as possible, then
        // gives them back one at a time until the tail matches.
        if (static_cast<int64_t>(pc[1]) > end - ptr) goto fail;
        st_.ptr = ptr;
        n = count(pc + 3, ptr, pc[2]);
        ptr += n;
        if (n < static_cast<int64_t>(pc[1])) goto fail;
        f = &frames.back();
        if (pc[pc[0]] == OP_SUCCESS && ptr == end &&
            !(f->toplevel && st_.must_advance && ptr == st_.start)) {
            // Nothing follows and all the text is used: done.
            st_.ptr = ptr;
            goto succeed;
        }
        save_lastmark(*f);
        f->marks_pushed = repeat >= 0 && push_marks();
        f->pc = pc;
        f->ptr = ptr;
        f->count = n;
        // A tail starting with a literal cannot match where that literal
        // is not: such positions are skipped without trying the tail.
        f->literal_tail = pc[pc[0]] == OP_LITERAL;
        f->chr = f->literal_tail ? pc[pc[0] + 1] : 0;
        goto repeat_one_try;

    case OP_MIN_REPEAT_ONE:
        // <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: lazy;
        // takes the minimum, then one more each time the tail fails.
        if (static_cast<int64_t>(pc[1]) > end - ptr) goto fail;
        st_.ptr = ptr;
        n = 0;
        if (pc[1] != 0) {
            n = count(pc + 3, ptr, pc[1]);
            if (n < static_cast<int64_t>(pc[1])) goto fail;
            ptr += n;
        }
        f = &frames.back();
        if (pc[pc[0]] == OP_SUCCESS &&
            !(f->toplevel &&
              ((st_.match_all && ptr != end) || (st_.must_advance && ptr == st_.start)))) {
            st_.ptr = ptr;
            goto succeed;
        }
        save_lastmark(*f);
        f->marks_pushed = repeat >= 0 && push_marks();
        f->pc = pc;
        f->ptr = ptr;
        f->count = n;
        goto min_repeat_one_try;

    case OP_POSSESSIVE_REPEAT_ONE:
        // <POSSESSIVE_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail:
        // as many as possible, never given back.
        if (static_cast<int64_t>(pc[1]) > end - ptr) goto fail;
        st_.ptr = ptr;
        n = count(pc + 3, ptr, pc[2]);
        ptr += n;
        if (n < static_cast<int64_t>(pc[1])) goto fail;
        pc += pc[0];
        f = &frames.back();
        if (*pc == OP_SUCCESS && ptr == end &&
            !(f->toplevel && st_.must_advance && ptr == st_.start)) {
            st_.ptr = ptr;
            goto succeed;
        }
        goto dispatch;

    case OP_REPEAT:
        // <REPEAT> <skip> <min> <max> body <MAX_UNTIL|MIN_UNTIL> tail: opens a
        // repeat context and goes straight to the UNTIL opcode, which decides
        // each time between another iteration and the tail.
        repeats.push_back(RepeatContext{-1, pc, repeat, -1});
        f = &frames.back();
        f->rep = static_cast<int32_t>(repeats.size() - 1);
        repeat = f->rep;
        st_.ptr = ptr;
        SRE_CALL(RESUME_REPEAT, pc + pc[0], f->toplevel);

    case OP_MAX_UNTIL:
        // The end of a greedy repeat's body (or the start of the loop).
        if (repeat < 0) return ERROR_STATE;
        f = &frames.back();
        rp = &repeats[repeat];
        f->rep = repeat;
        f->pc = pc; // the tail
        f->ptr = ptr;
        st_.ptr = ptr;
        f->count = rp->count + 1;
        if (f->count < static_cast<int64_t>(rp->pattern[1])) {
            // Not enough iterations yet: the body must match again.
            rp->count = f->count;
            SRE_CALL(RESUME_MAX_UNTIL_MIN, rp->pattern + 3, f->toplevel);
        }
        if ((f->count < static_cast<int64_t>(rp->pattern[2]) || rp->pattern[2] == kMaxRepeat) &&
            st_.ptr != rp->last_ptr) {
            // Another iteration is allowed: try it before the tail. An
            // iteration that would start where the previous one did (it
            // matched the empty string) is not tried, or it would loop.
            rp->count = f->count;
            save_lastmark(*f);
            f->marks_pushed = push_marks();
            f->saved_ptr = rp->last_ptr;
            rp->last_ptr = st_.ptr;
            SRE_CALL(RESUME_MAX_UNTIL_MORE, rp->pattern + 3, f->toplevel);
        }
        goto max_until_tail;

    case OP_MIN_UNTIL:
        // The end of a lazy repeat's body: the tail is tried first.
        if (repeat < 0) return ERROR_STATE;
        f = &frames.back();
        rp = &repeats[repeat];
        f->rep = repeat;
        f->pc = pc;
        f->ptr = ptr;
        st_.ptr = ptr;
        f->count = rp->count + 1;
        if (f->count < static_cast<int64_t>(rp->pattern[1])) {
            rp->count = f->count;
            SRE_CALL(RESUME_MIN_UNTIL_MIN, rp->pattern + 3, f->toplevel);
        }
        repeat = rp->prev;
        save_lastmark(*f);
        f->marks_pushed = repeat >= 0 && push_marks();
        SRE_CALL(RESUME_MIN_UNTIL_TAIL, f->pc, f->toplevel);

    case OP_POSSESSIVE_REPEAT:
        // <POSSESSIVE_REPEAT> <skip> <min> <max> body <SUCCESS> tail: each
        // iteration is matched on its own (atomically), then the tail.
        f = &frames.back();
        st_.ptr = ptr;
        f->pc = pc;
        f->ptr = ptr;
        f->count = 0;
        goto poss_min;

    case OP_ATOMIC_GROUP:
        // <ATOMIC_GROUP> <skip> body <SUCCESS> tail: the body's first match
        // is kept; backtracking into it is not possible.
        f = &frames.back();
        st_.ptr = ptr;
        f->pc = pc;
        f->ptr = ptr;
        SRE_CALL(RESUME_ATOMIC, pc + 1, false);

    case OP_GROUPREF:
    case OP_GROUPREF_IGNORE:
    case OP_GROUPREF_UNI_IGNORE:
    case OP_GROUPREF_LOC_IGNORE:
        // <GROUPREF> <group index>: the text the group matched, again.
        ptr = backref(pc[-1], static_cast<int64_t>(pc[0]), ptr);
        if (ptr < 0) goto fail;
        pc++;
        goto dispatch;

    case OP_GROUPREF_EXISTS: {
        // <GROUPREF_EXISTS> <group> <skip> yes <JUMP> <skip> no: the yes
        // part when the group matched, else the no part (or nothing).
        int64_t g = static_cast<int64_t>(pc[0]) * 2;
        bool exists = g < st_.lastmark && st_.marks[g] >= 0 && st_.marks[g + 1] >= 0 &&
                      st_.marks[g] <= st_.marks[g + 1];
        pc += exists ? 2 : pc[1];
        goto dispatch;
    }

    case OP_ASSERT:
        // <ASSERT> <skip> <back> body <SUCCESS>: lookahead (back 0) or
        // lookbehind (back = the body's fixed width).
        if (ptr < static_cast<int64_t>(pc[1])) goto fail;
        f = &frames.back();
        f->pc = pc;
        f->ptr = ptr;
        st_.ptr = ptr - pc[1];
        SRE_CALL(RESUME_ASSERT, pc + 2, false);

    case OP_ASSERT_NOT:
        if (ptr >= static_cast<int64_t>(pc[1])) {
            f = &frames.back();
            f->pc = pc;
            f->ptr = ptr;
            st_.ptr = ptr - pc[1];
            save_lastmark(*f);
            f->marks_pushed = repeat >= 0 && push_marks();
            SRE_CALL(RESUME_ASSERT_NOT, pc + 2, false);
        }
        pc += pc[0];
        goto dispatch;

    default:
        // SUBPATTERN, RANGE, NEGATE, CHARSET...: never an opcode of its own.
        return ERROR_ILLEGAL;
    }

    // -- Loops of the opcodes that try several possibilities ----------------------------------

branch_try:
    // The alternative at f->pc and the ones after it.
    f = &frames.back();
    for (alt = f->pc; alt[0] != 0; alt += alt[0]) {
        // An alternative starting with a literal or a set that the next
        // character does not match is not worth a frame.
        if (alt[1] == OP_LITERAL &&
            (f->ptr >= end || static_cast<Code>(text[f->ptr]) != alt[2]))
            continue;
        if (alt[1] == OP_IN && (f->ptr >= end || !in_charset(alt + 3, text[f->ptr]))) continue;
        f->pc = alt;
        st_.ptr = f->ptr;
        SRE_CALL(RESUME_BRANCH, alt + 1, f->toplevel);
    }
    drop_marks(*f);
    goto fail;

repeat_one_try:
    // Tries the tail with f->count repetitions, giving one back each time.
    f = &frames.back();
    if (f->literal_tail) {
        while (f->count >= static_cast<int64_t>(f->pc[1]) &&
               (f->ptr >= end || static_cast<Code>(text[f->ptr]) != f->chr)) {
            f->ptr--;
            f->count--;
        }
    }
    if (f->count < static_cast<int64_t>(f->pc[1])) {
        drop_marks(*f);
        goto fail;
    }
    st_.ptr = f->ptr;
    SRE_CALL(RESUME_REPEAT_ONE, f->pc + f->pc[0], f->toplevel);

min_repeat_one_try:
    f = &frames.back();
    if (f->pc[2] != kMaxRepeat && f->count > static_cast<int64_t>(f->pc[2])) {
        drop_marks(*f);
        goto fail;
    }
    st_.ptr = f->ptr;
    SRE_CALL(RESUME_MIN_REPEAT_ONE, f->pc + f->pc[0], f->toplevel);

max_until_tail:
    // No (more) iterations: the rest of the pattern, outside this repeat.
    f = &frames.back();
    repeat = repeats[f->rep].prev;
    SRE_CALL(RESUME_MAX_UNTIL_TAIL, f->pc, f->toplevel);

poss_min:
    // The required iterations of a possessive repeat.
    f = &frames.back();
    if (f->count < static_cast<int64_t>(f->pc[1])) SRE_CALL(RESUME_POSS_MIN, f->pc + 3, false);
    f->saved_ptr = -1;
    goto poss_more;

poss_more:
    // Optional iterations, while they match and consume text.
    f = &frames.back();
    if ((f->count < static_cast<int64_t>(f->pc[2]) || f->pc[2] == kMaxRepeat) &&
        st_.ptr != f->saved_ptr) {
        save_lastmark(*f);
        f->marks_pushed = push_marks();
        f->saved_ptr = st_.ptr;
        SRE_CALL(RESUME_POSS_MORE, f->pc + 3, false);
    }
    goto poss_tail;

poss_tail:
    // Skip the body and its SUCCESS; go on with the tail in this frame.
    f = &frames.back();
    pc = f->pc + f->pc[0] + 1;
    ptr = st_.ptr;
    goto dispatch;

fail:
    ret = 0;
    goto leave;
succeed:
    ret = 1;
leave:
    // The current frame is done with result [ret]: back to its parent.
    frames.pop_back();
    if (frames.empty()) return ret;
    f = &frames.back();
    switch (f->resume) {
    case RESUME_BRANCH:
        if (ret) {
            drop_marks(*f);
            goto leave;
        }
        restore_marks(*f);
        restore_lastmark(*f);
        f->pc += f->pc[0];
        goto branch_try;

    case RESUME_REPEAT_ONE:
        if (ret) {
            drop_marks(*f);
            goto leave;
        }
        restore_marks(*f);
        restore_lastmark(*f);
        f->ptr--;
        f->count--;
        goto repeat_one_try;

    case RESUME_MIN_REPEAT_ONE:
        if (ret) {
            drop_marks(*f);
            goto leave;
        }
        restore_marks(*f);
        restore_lastmark(*f);
        if (count(f->pc + 3, f->ptr, 1) == 0) {
            drop_marks(*f);
            goto fail;
        }
        f->ptr++;
        f->count++;
        goto min_repeat_one_try;

    case RESUME_REPEAT:
        // The repeat's contexts above this one were all closed by now.
        repeat = repeats[f->rep].prev;
        repeats.pop_back();
        goto leave;

    case RESUME_MAX_UNTIL_MIN:
    case RESUME_MIN_UNTIL_MIN:
        if (ret) goto leave;
        repeats[f->rep].count = f->count - 1;
        st_.ptr = f->ptr;
        goto fail;

    case RESUME_MAX_UNTIL_MORE:
        rp = &repeats[f->rep];
        rp->last_ptr = f->saved_ptr;
        if (ret) {
            drop_marks(*f);
            goto leave;
        }
        restore_marks(*f);
        drop_marks(*f);
        restore_lastmark(*f);
        rp->count = f->count - 1;
        st_.ptr = f->ptr;
        goto max_until_tail;

    case RESUME_MAX_UNTIL_TAIL:
        repeat = f->rep;
        if (ret) goto leave;
        st_.ptr = f->ptr;
        goto fail;

    case RESUME_MIN_UNTIL_TAIL:
        repeat = f->rep;
        if (ret) {
            drop_marks(*f);
            goto leave;
        }
        restore_marks(*f);
        drop_marks(*f);
        restore_lastmark(*f);
        st_.ptr = f->ptr;
        rp = &repeats[f->rep];
        if ((f->count >= static_cast<int64_t>(rp->pattern[2]) && rp->pattern[2] != kMaxRepeat) ||
            st_.ptr == rp->last_ptr)
            goto fail;
        // The tail failed: one more iteration, unless it would be empty again.
        rp->count = f->count;
        f->saved_ptr = rp->last_ptr;
        rp->last_ptr = st_.ptr;
        SRE_CALL(RESUME_MIN_UNTIL_MORE, rp->pattern + 3, f->toplevel);

    case RESUME_MIN_UNTIL_MORE:
        rp = &repeats[f->rep];
        rp->last_ptr = f->saved_ptr;
        if (ret) goto leave;
        rp->count = f->count - 1;
        st_.ptr = f->ptr;
        goto fail;

    case RESUME_POSS_MIN:
        if (!ret) {
            st_.ptr = f->ptr;
            goto fail;
        }
        f->count++;
        goto poss_min;

    case RESUME_POSS_MORE:
        if (ret) {
            drop_marks(*f);
            f->count++;
            goto poss_more;
        }
        restore_marks(*f);
        drop_marks(*f);
        restore_lastmark(*f);
        st_.ptr = f->saved_ptr;
        goto poss_tail;

    case RESUME_ATOMIC:
        if (!ret) {
            st_.ptr = f->ptr;
            goto fail;
        }
        pc = f->pc + f->pc[0];
        ptr = st_.ptr;
        goto dispatch;

    case RESUME_ASSERT:
        if (!ret) goto fail;
        pc = f->pc + f->pc[0];
        ptr = f->ptr;
        goto dispatch;

    case RESUME_ASSERT_NOT:
        if (ret) {
            drop_marks(*f);
            goto fail;
        }
        restore_marks(*f);
        drop_marks(*f);
        restore_lastmark(*f);
        pc = f->pc + f->pc[0];
        ptr = f->ptr;
        goto dispatch;

    default:
        return ERROR_STATE;
    }
}

#undef SRE_CALL

// Finds the first position at or after st.start where the pattern matches
// (SRE(search)). The INFO block may name a literal prefix every match
// starts with, or a set its first character is in, which the scan looks
// for before running the matcher at all.
template <class C> int Matcher<C>::search() {
    const C* text = text_;
    int64_t ptr = st_.start;
    int64_t end = end_;
    if (ptr > end) return 0;

    const Code* pattern = st_.code;
    Code flags = 0;
    int64_t prefix_len = 0, prefix_skip = 0;
    const Code* prefix = nullptr;  // the literal prefix
    const Code* overlap = nullptr; // its KMP failure table
    const Code* charset = nullptr;
    int status = 0;

    if (pattern[0] == OP_INFO) {
        // <INFO> <skip> <flags> <min> <max> [<prefix info> | <charset>]
        flags = pattern[2];
        if (pattern[3] != 0 && end - ptr < static_cast<int64_t>(pattern[3])) return 0;
        if (pattern[3] > 1) {
            // No match can start less than min characters before the end
            // (but keep one position, so that the literal scans work).
            end -= pattern[3] - 1;
            if (end <= ptr) end = ptr;
        }
        if (flags & INFO_PREFIX) {
            // <length> <skip> <prefix...> <overlap table...>
            prefix_len = pattern[5];
            prefix_skip = pattern[6];
            prefix = pattern + 7;
            overlap = prefix + prefix_len;
        } else if (flags & INFO_CHARSET) {
            charset = pattern + 5;
        }
        pattern += 1 + pattern[1];
    }

    if (prefix_len >= 1) {
        // Every match starts with the prefix: find its occurrences (the
        // Knuth-Morris-Pratt way, with the table the compiler made) and
        // try the rest of the pattern after the first [prefix_skip] of it.
        end = end_;
        if (prefix_len > end - ptr) return 0;
        st_.must_advance = false;
        int64_t i = 0; // prefix characters matched so far
        for (; ptr < end; ptr++) {
            Code ch = static_cast<Code>(text[ptr]);
            while (i > 0 && ch != prefix[i])
                i = overlap[i - 1];
            if (ch != prefix[i]) continue;
            if (++i < prefix_len) continue;
            int64_t s = ptr - prefix_len + 1;
            st_.start = s;
            st_.ptr = s + prefix_skip;
            if (flags & INFO_LITERAL) return 1; // the prefix is the whole pattern
            status = run(pattern + 2 * prefix_skip, false);
            if (status != 0) return status;
            st_.reset();
            i = overlap[i - 1];
        }
        return 0;
    }

    if (charset) {
        // Every match starts with a character of the set.
        end = end_;
        st_.must_advance = false;
        for (;;) {
            while (ptr < end && !in_charset(charset, text[ptr]))
                ptr++;
            if (ptr >= end) return 0;
            st_.start = st_.ptr = ptr;
            status = run(pattern, false);
            if (status != 0) return status;
            ptr++;
            st_.reset();
        }
    }

    // Anything else: try each position in turn. Only the first attempt can
    // be an empty match where the previous match ended.
    st_.start = st_.ptr = ptr;
    status = run(pattern, true);
    st_.must_advance = false;
    if (status == 0 && pattern[0] == OP_AT &&
        (pattern[1] == AT_BEGINNING || pattern[1] == AT_BEGINNING_STRING)) {
        // Anchored at the beginning: no other position can match.
        st_.start = st_.ptr = end;
        return 0;
    }
    while (status == 0 && ptr < end) {
        ptr++;
        st_.reset();
        st_.start = st_.ptr = ptr;
        status = run(pattern, false);
    }
    return status;
}

int match(State& st) {
    try {
        st.ptr = st.start;
        if (st.text32) return Matcher<uint32_t>(st, st.text32).run(st.code, true);
        return Matcher<uint8_t>(st, st.text8).run(st.code, true);
    } catch (const std::bad_alloc&) {
        return ERROR_MEMORY;
    }
}

int search(State& st) {
    try {
        if (st.text32) return Matcher<uint32_t>(st, st.text32).search();
        return Matcher<uint8_t>(st, st.text8).search();
    } catch (const std::bad_alloc&) {
        return ERROR_MEMORY;
    }
}

// -- Code validation ---------------------------------------------------------------------------
//
// The compiler's code is position-independent: every jump is a forward
// offset, and nested constructs are properly nested. The checks below walk
// it the way the matcher will and make sure every offset and operand it
// will follow stays in range (CPython: _validate() in sre.c).

namespace {

// A read cursor over [code, end) that fails instead of running off the end.
struct Reader {
    const Code* code;
    const Code* end;
    bool ok = true;
    Code next() {
        if (code >= end) {
            ok = false;
            return 0;
        }
        return *code++;
    }
    // An offset read at [code]: where it points (relative to the offset's
    // own position, minus [adj]) must be within the block.
    const Code* target(Code adj = 0) {
        const Code* at = code;
        Code skip = next();
        if (!ok) return nullptr;
        if (skip < adj || skip - adj > static_cast<Code>(end - at)) {
            ok = false;
            return nullptr;
        }
        return at + skip - adj;
    }
};

bool validate_charset(const Code* code, const Code* end) {
    Reader r{code, end};
    while (r.ok && r.code < r.end) {
        switch (r.next()) {
        case OP_NEGATE:
            break;
        case OP_LITERAL:
            r.next();
            break;
        case OP_RANGE:
        case OP_RANGE_UNI_IGNORE:
            r.next();
            r.next();
            break;
        case OP_CHARSET:
            if (r.end - r.code < 8) return false;
            r.code += 8;
            break;
        case OP_BIGCHARSET: {
            Code blocks = r.next();
            if (!r.ok || r.end - r.code < 64) return false;
            const unsigned char* index = reinterpret_cast<const unsigned char*>(r.code);
            for (int i = 0; i < 256; i++)
                if (index[i] >= blocks) return false;
            r.code += 64;
            if (static_cast<uint64_t>(r.end - r.code) < uint64_t(blocks) * 8) return false;
            r.code += blocks * 8;
            break;
        }
        case OP_CATEGORY:
            if (r.next() > CATEGORY_UNI_NOT_LINEBREAK) return false;
            break;
        default:
            return false;
        }
    }
    return r.ok;
}

// Checks the opcodes of [code, end). Returns 0 when valid, -1 when not, and
// 1 when the block ends with a JUMP (the end of a branch alternative or of
// a conditional's "yes" part).
int validate_block(const Code* code, const Code* end, int64_t groups) {
    Reader r{code, end};
    while (r.code < r.end) {
        Code op = r.next();
        switch (op) {
        case OP_MARK:
            if (r.next() > 2 * static_cast<uint64_t>(groups) + 1) return -1;
            break;
        case OP_LITERAL:
        case OP_NOT_LITERAL:
        case OP_LITERAL_IGNORE:
        case OP_NOT_LITERAL_IGNORE:
        case OP_LITERAL_UNI_IGNORE:
        case OP_NOT_LITERAL_UNI_IGNORE:
        case OP_LITERAL_LOC_IGNORE:
        case OP_NOT_LITERAL_LOC_IGNORE:
            r.next();
            break;
        case OP_SUCCESS:
        case OP_FAILURE:
        case OP_ANY:
        case OP_ANY_ALL:
            break;
        case OP_AT:
            if (r.next() > AT_UNI_NON_BOUNDARY) return -1;
            break;
        case OP_CATEGORY:
            if (r.next() > CATEGORY_UNI_NOT_LINEBREAK) return -1;
            break;
        case OP_IN:
        case OP_IN_IGNORE:
        case OP_IN_UNI_IGNORE:
        case OP_IN_LOC_IGNORE: {
            // <IN> <skip> set... FAILURE; the next op is at the skip's target.
            const Code* next = r.target();
            if (!next || next - r.code < 1) return -1;
            if (!validate_charset(r.code, next - 1) || next[-1] != OP_FAILURE) return -1;
            r.code = next;
            break;
        }
        case OP_INFO: {
            // <INFO> <skip> <flags> <min> <max> [prefix | charset]
            const Code* next = r.target();
            if (!next) return -1;
            Reader in{r.code, next};
            Code flags = in.next();
            in.next();
            in.next();
            if (!in.ok) return -1;
            if (flags & ~Code(INFO_PREFIX | INFO_LITERAL | INFO_CHARSET)) return -1;
            if ((flags & INFO_PREFIX) && (flags & INFO_CHARSET)) return -1;
            if ((flags & INFO_LITERAL) && !(flags & INFO_PREFIX)) return -1;
            if (flags & INFO_PREFIX) {
                Code len = in.next();
                Code skip = in.next();
                if (!in.ok || skip > len) return -1;
                if (static_cast<uint64_t>(next - in.code) < uint64_t(len) * 2) return -1;
                for (Code i = 0; i < len; i++)
                    if (in.code[len + i] >= len) return -1; // the overlap table
                in.code += len * 2;
                if (in.code != next) return -1;
            } else if (flags & INFO_CHARSET) {
                if (next <= in.code || next[-1] != OP_FAILURE ||
                    !validate_charset(in.code, next - 1))
                    return -1;
            } else if (in.code != next) {
                return -1;
            }
            r.code = next;
            break;
        }
        case OP_BRANCH: {
            // Alternatives, each ending with a JUMP to the same place after
            // the branch's final 0.
            const Code* target = nullptr;
            for (;;) {
                const Code* at = r.code;
                Code skip = r.next();
                if (!r.ok) return -1;
                if (skip == 0) break;
                if (skip < 3 || skip > static_cast<Code>(r.end - at)) return -1;
                if (validate_block(at + 1, at + skip - 2, groups) != 0) return -1;
                if (at[skip - 2] != OP_JUMP) return -1;
                r.code = at + skip - 1;
                const Code* t = r.target();
                if (!t) return -1;
                if (target && t != target) return -1;
                target = t;
                r.code = at + skip;
            }
            if (target && r.code != target) return -1;
            break;
        }
        case OP_REPEAT_ONE:
        case OP_MIN_REPEAT_ONE:
        case OP_POSSESSIVE_REPEAT_ONE:
        case OP_REPEAT:
        case OP_POSSESSIVE_REPEAT: {
            // <op> <skip> <min> <max> body, then SUCCESS or an UNTIL.
            const Code* next = r.target();
            Code lo = r.next(), hi = r.next();
            if (!next || !r.ok || lo > hi) return -1;
            bool one = op == OP_REPEAT_ONE || op == OP_MIN_REPEAT_ONE ||
                       op == OP_POSSESSIVE_REPEAT_ONE;
            // For the _ONE forms the skip points after the body's SUCCESS;
            // for the others at the SUCCESS/UNTIL that ends the body.
            const Code* body_end = one ? next - 1 : next;
            if (body_end < r.code || body_end >= r.end) return -1;
            if (validate_block(r.code, body_end, groups) != 0) return -1;
            Code closer = *body_end;
            if (op == OP_REPEAT) {
                if (closer != OP_MAX_UNTIL && closer != OP_MIN_UNTIL) return -1;
            } else if (closer != OP_SUCCESS) {
                return -1;
            }
            r.code = body_end + 1;
            break;
        }
        case OP_ATOMIC_GROUP: {
            // <ATOMIC_GROUP> <skip> body SUCCESS; the skip points after it.
            const Code* next = r.target();
            if (!next || next <= r.code || next[-1] != OP_SUCCESS) return -1;
            if (validate_block(r.code, next - 1, groups) != 0) return -1;
            r.code = next;
            break;
        }
        case OP_GROUPREF:
        case OP_GROUPREF_IGNORE:
        case OP_GROUPREF_UNI_IGNORE:
        case OP_GROUPREF_LOC_IGNORE:
            if (r.next() >= static_cast<uint64_t>(groups)) return -1;
            break;
        case OP_GROUPREF_EXISTS: {
            // <GROUPREF_EXISTS> <group> <skip> yes [JUMP <skip> no]: the skip
            // is relative to the group operand and lands after the yes part.
            if (r.next() >= static_cast<uint64_t>(groups)) return -1;
            const Code* no = r.target(1); // = the group operand's position + skip
            if (!no || no < r.code) return -1;
            int rc = validate_block(r.code, no, groups);
            if (rc < 0) return -1;
            if (rc == 1) {
                // The yes part ended with JUMP <skip>: the no part follows.
                r.code = no - 1;
                const Code* after = r.target();
                if (!after || after < no) return -1;
                if (validate_block(no, after, groups) != 0) return -1;
                r.code = after;
            } else {
                r.code = no;
            }
            break;
        }
        case OP_ASSERT:
        case OP_ASSERT_NOT: {
            // <ASSERT> <skip> <back> body SUCCESS; the skip points after it.
            const Code* next = r.target();
            r.next(); // the lookbehind width
            if (!next || !r.ok || next <= r.code || next[-1] != OP_SUCCESS) return -1;
            if (validate_block(r.code, next - 1, groups) != 0) return -1;
            r.code = next;
            break;
        }
        case OP_JUMP:
            // Only as the last op of a block, whose caller checks its target.
            if (r.code + 1 != r.end) return -1;
            return 1;
        default:
            return -1;
        }
        if (!r.ok) return -1;
    }
    return 0;
}

} // namespace

bool validate(const Code* code, size_t n, int64_t groups) {
    if (groups < 0 || groups > kMaxGroups || n == 0 || code[n - 1] != OP_SUCCESS) return false;
    return validate_block(code, code + n - 1, groups) == 0;
}

} // namespace uopy::sre
