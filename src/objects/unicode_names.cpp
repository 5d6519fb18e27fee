// Unicode character names: decoding the compressed table of
// unicode_names.inc, the computed names, and the reverse index that
// lookup() and \N{...} search (see unicode_names.h).
//
// The table: a lexicon of words (kNameLexicon, most frequent first, each
// followed by a space) and, for each code point with a stored name in code
// point order, the numbers of its words in base 92, one printable character
// per digit (kNameData), ended by kNameTokEnd. Words are joined with spaces,
// except after a word that ends in a hyphen; kNameTokSpace stands for a
// space after such a word ("TIBETAN MARK BKA- SHOG") and kNameTokHex for the
// code point in hex ("CJK COMPATIBILITY IDEOGRAPH-F900"). kNameRuns maps a
// code point to the number of its name; kNameBlockOffsets gives where every
// 32nd name starts, and the names before it in its block are skipped.
//
// The reverse index is a hash table of every stored name, alias and named
// sequence, built on the first lookup (a few milliseconds).
#include "objects/unicode_names.h"

#include <cstddef>
#include <cstdio>
#include <cstring>
#include <vector>

namespace uopy::unicode {

namespace {

struct NameAlias {
    const char* name;
    uint32_t cp;
};

struct NamedSequence {
    const char* name;
    int length;
    uint32_t cps[4];
};

#include "objects/unicode_names.inc"

constexpr size_t kNumAliases = sizeof(kNameAliases) / sizeof(kNameAliases[0]);
constexpr size_t kNumSequences = sizeof(kNamedSequences) / sizeof(kNamedSequences[0]);
constexpr size_t kNumNameRuns = sizeof(kNameRuns) / sizeof(kNameRuns[0]) / 3;
constexpr size_t kNumCjkRanges = sizeof(kCjkIdeographRanges) / sizeof(kCjkIdeographRanges[0]) / 2;

// -- Hangul syllables (the Unicode Standard, section 3.12) -------------------------------------

constexpr uint32_t kSBase = 0xAC00;
constexpr uint32_t kLCount = 19, kVCount = 21, kTCount = 28;
constexpr uint32_t kNCount = kVCount * kTCount, kSCount = kLCount * kNCount;

// The short names of the leading consonants, vowels and trailing consonants.
const char* const kJamoL[kLCount] = {"G", "GG", "N", "D", "DD", "R", "M", "B",  "BB", "S",
                                     "SS", "",  "J", "JJ", "C", "K", "T", "P", "H"};
const char* const kJamoV[kVCount] = {"A",  "AE", "YA", "YAE", "EO", "E",  "YEO",
                                     "YE", "O",  "WA", "WAE", "OE", "YO", "U",
                                     "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
const char* const kJamoT[kTCount] = {"",  "G",  "GG", "GS", "N",  "NJ", "NH", "D",  "L",  "LG",
                                     "LM", "LB", "LS", "LT", "LP", "LH", "M",  "B",  "BS", "S",
                                     "SS", "NG", "J",  "C",  "K",  "T",  "P",  "H"};

// The longest of [names] that [s] continues with at [pos] (an empty name
// always matches): its index, with [pos] moved past it; -1 when none does.
int match_jamo(std::string_view s, size_t& pos, const char* const* names, uint32_t count) {
    int best = -1;
    size_t best_len = 0;
    for (uint32_t i = 0; i < count; i++) {
        size_t len = std::strlen(names[i]);
        if (best >= 0 && len <= best_len) continue;
        if (pos + len <= s.size() && s.compare(pos, len, names[i]) == 0) {
            best = static_cast<int>(i);
            best_len = len;
        }
    }
    if (best >= 0) pos += best_len;
    return best;
}

bool is_cjk_unified(uint32_t cp) {
    for (size_t i = 0; i < kNumCjkRanges; i++)
        if (cp >= kCjkIdeographRanges[2 * i] && cp <= kCjkIdeographRanges[2 * i + 1]) return true;
    return false;
}

void append_hex_upper(std::string& out, uint32_t cp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%X", static_cast<unsigned>(cp));
    out += buf;
}

// -- The stored names -------------------------------------------------------------------------

// The value of one base-92 digit of kNameData.
inline uint32_t name_digit(char ch) {
    auto c = static_cast<unsigned char>(ch);
    uint32_t d = c - 32u;
    if (c > '"') d--;
    if (c > '?') d--;
    if (c > '\\') d--;
    return d;
}

// Reads one word number at [p], moving [p] past it.
uint32_t read_word(const char*& p) {
    uint32_t d = name_digit(*p++);
    if (d < kNameOne) return d;
    if (d < kNameOne + kNameTwo) return kNameOne + (d - kNameOne) * kNameBase + name_digit(*p++);
    uint32_t hi = d - kNameOne - kNameTwo;
    uint32_t mid = name_digit(*p++);
    uint32_t lo = name_digit(*p++);
    return kNameOne + kNameTwo * kNameBase + (hi * kNameBase + mid) * kNameBase + lo;
}

// Where each word of kNameLexicon starts (word w is [start[w], start[w + 1] - 1)).
struct Lexicon {
    std::vector<uint32_t> start;
    Lexicon() {
        start.reserve(kNameLexiconSize + 1);
        start.push_back(0);
        for (uint32_t i = 0; kNameLexicon[i]; i++)
            if (kNameLexicon[i] == ' ') start.push_back(i + 1);
    }
    std::string_view word(uint32_t w) const {
        if (w + 1 >= start.size()) return std::string_view();
        return std::string_view(kNameLexicon + start[w], start[w + 1] - start[w] - 1);
    }
};

const Lexicon& lexicon() {
    static const Lexicon lex;
    return lex;
}

// Appends the name stored at [p] (the name of [cp]), moving [p] past it.
void decode_name(const char*& p, uint32_t cp, std::string& out) {
    const Lexicon& lex = lexicon();
    bool space = false; // a space goes before the next word
    for (;;) {
        uint32_t w = read_word(p);
        if (w == kNameTokEnd) return;
        if (w == kNameTokHex) {
            append_hex_upper(out, cp);
            space = false;
        } else if (w == kNameTokSpace) {
            out.push_back(' ');
            space = false;
        } else {
            std::string_view word = lex.word(w);
            if (space) out.push_back(' ');
            out += word;
            space = word.empty() || word.back() != '-';
        }
    }
}

void skip_name(const char*& p) {
    while (read_word(p) != kNameTokEnd) {
    }
}

// Where the stored name of [cp] starts in kNameData, or null.
const char* stored_name(uint32_t cp) {
    // The last run that starts at or before cp.
    size_t lo = 0, hi = kNumNameRuns;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (kNameRuns[3 * mid] <= cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0) return nullptr;
    size_t r = lo - 1;
    if (cp >= kNameRuns[3 * r + 1]) return nullptr;
    uint32_t ordinal = kNameRuns[3 * r + 2] + (cp - kNameRuns[3 * r]);
    const char* p = kNameData + kNameBlockOffsets[ordinal / kNameBlock];
    for (uint32_t k = ordinal % kNameBlock; k > 0; k--)
        skip_name(p);
    return p;
}

// -- The reverse index --------------------------------------------------------------------------

// Slot values: a code point (stored name), kAliasBase + i, kSequenceBase + i.
constexpr uint32_t kAliasBase = 0x110000;
constexpr uint32_t kSequenceBase = kAliasBase + static_cast<uint32_t>(kNumAliases);
constexpr uint32_t kEmptySlot = 0xFFFFFFFFu;

uint32_t name_hash(std::string_view s) {
    uint32_t h = 2166136261u; // FNV-1a
    for (char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 16777619u;
    }
    return h;
}

struct NameIndex {
    std::vector<uint32_t> slots;
    size_t mask = 0;

    NameIndex() {
        size_t count = kNumAliases + kNumSequences;
        for (size_t r = 0; r < kNumNameRuns; r++)
            count += kNameRuns[3 * r + 1] - kNameRuns[3 * r];
        size_t size = 1;
        while (size < count + count / 2)
            size <<= 1;
        slots.assign(size, kEmptySlot);
        mask = size - 1;
        // The names follow each other in kNameData in the order of the runs.
        const char* p = kNameData;
        std::string buf;
        for (size_t r = 0; r < kNumNameRuns; r++)
            for (uint32_t cp = kNameRuns[3 * r]; cp < kNameRuns[3 * r + 1]; cp++) {
                buf.clear();
                decode_name(p, cp, buf);
                insert(name_hash(buf), cp);
            }
        for (size_t i = 0; i < kNumAliases; i++)
            insert(name_hash(kNameAliases[i].name), kAliasBase + static_cast<uint32_t>(i));
        for (size_t i = 0; i < kNumSequences; i++)
            insert(name_hash(kNamedSequences[i].name), kSequenceBase + static_cast<uint32_t>(i));
    }

    void insert(uint32_t hash, uint32_t value) {
        size_t i = hash & mask;
        while (slots[i] != kEmptySlot)
            i = (i + 1) & mask;
        slots[i] = value;
    }
};

const NameIndex& name_index() {
    static const NameIndex index;
    return index;
}

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

} // namespace

bool append_name(uint32_t cp, std::string& out) {
    if (cp >= kSBase && cp < kSBase + kSCount) {
        uint32_t s = cp - kSBase;
        out += "HANGUL SYLLABLE ";
        out += kJamoL[s / kNCount];
        out += kJamoV[(s % kNCount) / kTCount];
        out += kJamoT[s % kTCount];
        return true;
    }
    if (is_cjk_unified(cp)) {
        out += "CJK UNIFIED IDEOGRAPH-";
        append_hex_upper(out, cp);
        return true;
    }
    const char* p = stored_name(cp);
    if (!p) return false;
    decode_name(p, cp, out);
    return true;
}

bool append_replacement_name(uint32_t cp, std::string& out) {
    if (cp >= kAliasStart && cp - kAliasStart < kNumAliases) {
        out += kNameAliases[cp - kAliasStart].name;
        return true;
    }
    if (cp >= kSequenceStart && cp - kSequenceStart < kNumSequences) {
        out += kNamedSequences[cp - kSequenceStart].name;
        return true;
    }
    return append_name(cp, out);
}

std::optional<std::string> lookup_name(uint32_t cp) {
    std::string out;
    if (!append_name(cp, out)) return std::nullopt;
    return out;
}

NameMatch resolve_name(std::string_view name) {
    NameMatch m;
    // The computed names, in upper case only (as CPython).
    static constexpr std::string_view kHangul = "HANGUL SYLLABLE ";
    static constexpr std::string_view kCjk = "CJK UNIFIED IDEOGRAPH-";
    if (starts_with(name, kHangul)) {
        size_t pos = kHangul.size();
        int l = match_jamo(name, pos, kJamoL, kLCount);
        int v = l < 0 ? -1 : match_jamo(name, pos, kJamoV, kVCount);
        int t = v < 0 ? -1 : match_jamo(name, pos, kJamoT, kTCount);
        if (t >= 0 && pos == name.size()) {
            m.kind = NameKind::Computed;
            m.length = 1;
            m.cps[0] = kSBase + (static_cast<uint32_t>(l) * kVCount + static_cast<uint32_t>(v)) *
                                    kTCount +
                       static_cast<uint32_t>(t);
        }
        return m;
    }
    if (starts_with(name, kCjk)) {
        std::string_view hex = name.substr(kCjk.size());
        if (hex.size() != 4 && hex.size() != 5) return m;
        uint32_t v = 0;
        for (char c : hex) {
            if (c >= '0' && c <= '9')
                v = v * 16 + static_cast<uint32_t>(c - '0');
            else if (c >= 'A' && c <= 'F')
                v = v * 16 + static_cast<uint32_t>(c - 'A' + 10);
            else
                return m;
        }
        if (!is_cjk_unified(v)) return m;
        m.kind = NameKind::Computed;
        m.length = 1;
        m.cps[0] = v;
        return m;
    }
    if (name.empty() || name.size() > kNameMaxLength) return m;
    // Stored names, aliases and sequences: case-insensitive (all are upper case).
    std::string upper(name);
    for (char& c : upper)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    const NameIndex& index = name_index();
    std::string buf;
    for (size_t i = name_hash(upper) & index.mask; index.slots[i] != kEmptySlot;
         i = (i + 1) & index.mask) {
        uint32_t v = index.slots[i];
        if (v < kAliasBase) {
            buf.clear();
            const char* p = stored_name(v);
            if (!p) continue;
            decode_name(p, v, buf);
            if (buf != upper) continue;
            m.kind = NameKind::Stored;
            m.length = 1;
            m.cps[0] = v;
            return m;
        }
        if (v < kSequenceBase) {
            const NameAlias& a = kNameAliases[v - kAliasBase];
            if (upper != a.name) continue;
            m.kind = NameKind::Alias;
            m.length = 1;
            m.cps[0] = a.cp;
            return m;
        }
        const NamedSequence& s = kNamedSequences[v - kSequenceBase];
        if (upper != s.name) continue;
        m.kind = NameKind::Sequence;
        m.length = s.length;
        for (int k = 0; k < s.length && k < 4; k++)
            m.cps[k] = s.cps[k];
        return m;
    }
    return m;
}

std::optional<uint32_t> lookup_codepoint(std::string_view name) {
    NameMatch m = resolve_name(name);
    if (m.kind == NameKind::None || m.kind == NameKind::Sequence) return std::nullopt;
    return m.cps[0];
}

} // namespace uopy::unicode
