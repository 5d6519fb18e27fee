// The regular-expression matching engine behind the `_sre` module: an
// interpreter of the SRE opcodes that the host CPython 3.11 `re` package
// compiles patterns to (re/_compiler.py, re/_constants.py). CPython
// counterpart: Modules/_sre/sre_lib.h (the matcher and searcher),
// Modules/_sre/sre.c (character predicates, code validation) and
// Modules/_sre/sre_constants.h (the numbering below).
//
// The engine knows nothing about Python objects: it reads a subject given
// as an array of 1-byte units (bytes, or a str whose characters are all
// ASCII) or of code points (any other str), and positions are indices into
// that array. Backtracking state lives in heap-allocated vectors, never on
// the native stack, so that a pattern like (a|b)*c on a long subject cannot
// overflow it; a match does not allocate Python objects, so no collection
// can run while it is in progress.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace uopy::sre {

using Code = uint32_t;

// _constants.MAGIC of the re package this engine implements (3.11).
constexpr int64_t kMagic = 20220615;
constexpr int64_t kCodeSize = sizeof(Code);
// The "unbounded" repeat count, and the most groups a pattern may have.
constexpr Code kMaxRepeat = 0xFFFFFFFFu;
constexpr int64_t kMaxGroups = 0x3FFFFFFF;

// Opcodes, numbered as _constants.OPCODES.
enum Opcode : Code {
    OP_FAILURE = 0,
    OP_SUCCESS = 1,
    OP_ANY = 2,
    OP_ANY_ALL = 3,
    OP_ASSERT = 4,
    OP_ASSERT_NOT = 5,
    OP_AT = 6,
    OP_BRANCH = 7,
    OP_CATEGORY = 8,
    OP_CHARSET = 9,
    OP_BIGCHARSET = 10,
    OP_GROUPREF = 11,
    OP_GROUPREF_EXISTS = 12,
    OP_IN = 13,
    OP_INFO = 14,
    OP_JUMP = 15,
    OP_LITERAL = 16,
    OP_MARK = 17,
    OP_MAX_UNTIL = 18,
    OP_MIN_UNTIL = 19,
    OP_NOT_LITERAL = 20,
    OP_NEGATE = 21,
    OP_RANGE = 22,
    OP_REPEAT = 23,
    OP_REPEAT_ONE = 24,
    OP_SUBPATTERN = 25,
    OP_MIN_REPEAT_ONE = 26,
    OP_ATOMIC_GROUP = 27,
    OP_POSSESSIVE_REPEAT = 28,
    OP_POSSESSIVE_REPEAT_ONE = 29,
    OP_GROUPREF_IGNORE = 30,
    OP_IN_IGNORE = 31,
    OP_LITERAL_IGNORE = 32,
    OP_NOT_LITERAL_IGNORE = 33,
    OP_GROUPREF_LOC_IGNORE = 34,
    OP_IN_LOC_IGNORE = 35,
    OP_LITERAL_LOC_IGNORE = 36,
    OP_NOT_LITERAL_LOC_IGNORE = 37,
    OP_GROUPREF_UNI_IGNORE = 38,
    OP_IN_UNI_IGNORE = 39,
    OP_LITERAL_UNI_IGNORE = 40,
    OP_NOT_LITERAL_UNI_IGNORE = 41,
    OP_RANGE_UNI_IGNORE = 42,
};

// Position tests (the argument of AT), numbered as _constants.ATCODES.
enum AtCode : Code {
    AT_BEGINNING = 0,
    AT_BEGINNING_LINE = 1,
    AT_BEGINNING_STRING = 2,
    AT_BOUNDARY = 3,
    AT_NON_BOUNDARY = 4,
    AT_END = 5,
    AT_END_LINE = 6,
    AT_END_STRING = 7,
    AT_LOC_BOUNDARY = 8,
    AT_LOC_NON_BOUNDARY = 9,
    AT_UNI_BOUNDARY = 10,
    AT_UNI_NON_BOUNDARY = 11,
};

// Character classes (the argument of CATEGORY), as _constants.CHCODES.
enum CategoryCode : Code {
    CATEGORY_DIGIT = 0,
    CATEGORY_NOT_DIGIT = 1,
    CATEGORY_SPACE = 2,
    CATEGORY_NOT_SPACE = 3,
    CATEGORY_WORD = 4,
    CATEGORY_NOT_WORD = 5,
    CATEGORY_LINEBREAK = 6,
    CATEGORY_NOT_LINEBREAK = 7,
    CATEGORY_LOC_WORD = 8,
    CATEGORY_LOC_NOT_WORD = 9,
    CATEGORY_UNI_DIGIT = 10,
    CATEGORY_UNI_NOT_DIGIT = 11,
    CATEGORY_UNI_SPACE = 12,
    CATEGORY_UNI_NOT_SPACE = 13,
    CATEGORY_UNI_WORD = 14,
    CATEGORY_UNI_NOT_WORD = 15,
    CATEGORY_UNI_LINEBREAK = 16,
    CATEGORY_UNI_NOT_LINEBREAK = 17,
};

// Pattern flags (re.I, re.M, ...), as _constants.SRE_FLAG_*.
enum Flag : int64_t {
    FLAG_TEMPLATE = 1,
    FLAG_IGNORECASE = 2,
    FLAG_LOCALE = 4,
    FLAG_MULTILINE = 8,
    FLAG_DOTALL = 16,
    FLAG_UNICODE = 32,
    FLAG_VERBOSE = 64,
    FLAG_DEBUG = 128,
    FLAG_ASCII = 256,
};

// Bits of the INFO block's flags word.
enum InfoFlag : Code { INFO_PREFIX = 1, INFO_LITERAL = 2, INFO_CHARSET = 4 };

// What match() and search() return: 1 found, 0 not found, negative on error.
enum Status : int {
    STATUS_MATCH = 1,
    STATUS_NO_MATCH = 0,
    ERROR_ILLEGAL = -1,   // an opcode where none may be (invalid code)
    ERROR_STATE = -2,     // an UNTIL with no REPEAT around it (invalid code)
    ERROR_MEMORY = -9,    // the backtracking stacks could not grow
};

// One activation of the matcher (CPython's SRE(match_context)): the frame
// of a subpattern match that backtracking may return to. The field meanings
// depend on the opcode that owns the frame (see sre_engine.cpp).
struct Frame {
    const Code* pc;     // the owning op's operands, or a loop's current alternative
    int64_t ptr;        // the subject position the op works from
    int64_t count;      // repetitions matched so far
    int64_t saved_ptr;  // a repeat's previous zero-width guard, or a position
    int32_t rep;        // index of the repeat context (REPEAT/UNTIL ops)
    int32_t lastmark;   // the marks state saved before trying a choice
    int32_t lastindex;
    Code chr;           // REPEAT_ONE: the literal the tail starts with
    uint8_t resume;     // what to do when the child frame returns
    bool toplevel;      // SUCCESS here ends the whole match (checks fullmatch etc.)
    bool marks_pushed;  // the marks were saved on the mark stack
    bool literal_tail;  // REPEAT_ONE: [chr] is valid
};

// The state of an open REPEAT ... MAX_UNTIL/MIN_UNTIL loop.
struct RepeatContext {
    int64_t count;      // iterations matched so far (-1 before the first)
    const Code* pattern; // the REPEAT's operands: skip, min, max, body
    int32_t prev;       // the enclosing repeat, or -1
    int64_t last_ptr;   // where the last iteration started (zero-width guard)
};

// The inputs and results of one match or search.
struct State {
    // The compiled pattern: starts with an INFO block, ends with SUCCESS.
    const Code* code = nullptr;
    // The subject: exactly one of text8/text32 is used ([length] units);
    // text32 when the subject is a str with non-ASCII characters.
    const uint8_t* text8 = nullptr;
    const uint32_t* text32 = nullptr;
    int64_t length = 0;
    // endpos: nothing at or after it is looked at.
    int64_t end = 0;
    // In: where the match is tried / the search starts. Out: where the
    // match starts; [ptr] is where it ends.
    int64_t start = 0;
    int64_t ptr = 0;
    bool match_all = false;    // fullmatch: the match must end at [end]
    bool must_advance = false; // an empty match at [start] is refused
    // Group marks: marks[2g] and marks[2g+1] are the start and end of group
    // g+1, meaningful for indices <= lastmark; -1 means "not set".
    std::vector<int64_t> marks;
    int32_t lastmark = -1;
    int32_t lastindex = -1; // the last group closed, or -1

    // Scratch space of the matcher, kept here so that repeated searches
    // (findall, sub) reuse the allocations.
    std::vector<Frame> frames;
    std::vector<int64_t> saved_marks;
    std::vector<RepeatContext> repeats;

    // Room for the marks of [groups] capturing groups.
    void init_marks(int64_t groups) { marks.assign(static_cast<size_t>(groups) * 2 + 2, -1); }
    // Forgets the groups of a previous attempt.
    void reset() {
        lastmark = -1;
        lastindex = -1;
    }
};

// Tries the pattern at st.start (Pattern.match; fullmatch with match_all).
int match(State& st);
// Finds the first match at or after st.start (Pattern.search).
int search(State& st);

// Whether [code] (of [n] words) is well-formed code for a pattern with
// [groups] capturing groups: every jump stays inside the code, every
// operand is in range. The matcher trusts the code it is given.
bool validate(const Code* code, size_t n, int64_t groups);

// The character mappings behind IGNORECASE and the module's helpers.
uint32_t lower_ascii(uint32_t ch);
uint32_t lower_unicode(uint32_t ch); // Py_UNICODE_TOLOWER: a single code point
uint32_t upper_unicode(uint32_t ch);
bool ascii_iscased(uint32_t ch);
bool unicode_iscased(uint32_t ch);

} // namespace uopy::sre
