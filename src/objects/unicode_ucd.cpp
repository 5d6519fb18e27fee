// The unicodedata character database and normalization (see unicode_ucd.h).
//
// Properties: each code point has a record number in a two-level table
// (kUcdIndex1 / kUcdIndex2; kUcd320Index1 / kUcd320Index2 for Unicode
// 3.2.0), and kUcdRecords holds the distinct records. Decompositions are
// looked up by binary search in kDecompCodePoints, composition pairs in
// kCompositionPairs; Hangul syllables are decomposed and composed
// arithmetically (the Unicode Standard, section 3.12).
//
// Normalization (UAX #15): full decomposition (canonical, or compatibility
// for NFKC / NFKD), canonical ordering of the combining marks (a stable sort
// by combining class of each run of non-starters), then for NFC / NFKC
// canonical composition: each character joins the last starter before it
// when nothing between blocks it (a character of class 0, or of a class
// not lower than its own) and the pair has a primary composite.
//
// The 3.2.0 view follows what CPython's ucd_3_2_0 does: a code point
// unassigned in 3.2.0 is kept as it is, a few decompositions corrected
// since then take their 3.2.0 value (kNorm320Fixes), and ordering and
// composition use the current tables.
#include "objects/unicode_ucd.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace uopy::unicode {

namespace {

struct UcdRecord {
    uint8_t category;
    uint8_t bidirectional;
    uint8_t combining;
    uint8_t east_asian_width;
    uint8_t mirrored;
    int8_t decimal;
    int8_t digit;
    uint8_t numeric; // an index + 1 into kNumericValues; 0: none
};

#include "objects/unicode_ucd.inc"

constexpr size_t kNumDecomps = sizeof(kDecompCodePoints) / sizeof(kDecompCodePoints[0]);
constexpr size_t kNumPairs = sizeof(kCompositionPairs) / sizeof(kCompositionPairs[0]) / 3;
constexpr size_t kNumFixes = sizeof(kNorm320Fixes) / sizeof(kNorm320Fixes[0]) / 2;

const UcdRecord& record(uint32_t cp, UcdVersion version) {
    if (cp >= 0x110000) return kUcdRecords[0];
    if (version == UcdVersion::V3_2_0) {
        uint32_t block = kUcd320Index1[cp >> kUcd320Shift];
        uint32_t i = (block << kUcd320Shift) + (cp & ((1u << kUcd320Shift) - 1));
        return kUcdRecords[kUcd320Index2[i]];
    }
    uint32_t block = kUcdIndex1[cp >> kUcdShift];
    uint32_t i = (block << kUcdShift) + (cp & ((1u << kUcdShift) - 1));
    return kUcdRecords[kUcdIndex2[i]];
}

// Category 0 is "Cn".
bool unassigned_in_3_2_0(uint32_t cp) {
    return record(cp, UcdVersion::V3_2_0).category == 0;
}

int combining_class(uint32_t cp) {
    return record(cp, UcdVersion::Current).combining;
}

// The decomposition of [cp] in kDecompData ((tag << 5) | length, then the
// code points), or null.
const uint32_t* find_decomposition(uint32_t cp) {
    const uint32_t* end = kDecompCodePoints + kNumDecomps;
    const uint32_t* it = std::lower_bound(kDecompCodePoints, end, cp);
    if (it == end || *it != cp) return nullptr;
    return kDecompData + kDecompOffsets[it - kDecompCodePoints];
}

// -- Hangul ---------------------------------------------------------------------------------------

constexpr uint32_t kSBase = 0xAC00, kLBase = 0x1100, kVBase = 0x1161, kTBase = 0x11A7;
constexpr uint32_t kLCount = 19, kVCount = 21, kTCount = 28;
constexpr uint32_t kNCount = kVCount * kTCount, kSCount = kLCount * kNCount;

// -- Normalization ------------------------------------------------------------------------------

// Appends the full decomposition of [cp].
void decompose(uint32_t cp, bool compat, UcdVersion version, std::vector<uint32_t>& out) {
    if (cp >= kSBase && cp < kSBase + kSCount) {
        uint32_t s = cp - kSBase;
        out.push_back(kLBase + s / kNCount);
        out.push_back(kVBase + (s % kNCount) / kTCount);
        if (s % kTCount != 0) out.push_back(kTBase + s % kTCount);
        return;
    }
    if (version == UcdVersion::V3_2_0) {
        if (unassigned_in_3_2_0(cp)) {
            out.push_back(cp);
            return;
        }
        for (size_t i = 0; i < kNumFixes; i++)
            if (kNorm320Fixes[2 * i] == cp) {
                decompose(kNorm320Fixes[2 * i + 1], compat, version, out);
                return;
            }
    }
    const uint32_t* d = find_decomposition(cp);
    if (!d || ((d[0] >> 5) != 0 && !compat)) {
        out.push_back(cp);
        return;
    }
    uint32_t n = d[0] & 31;
    for (uint32_t i = 0; i < n; i++)
        decompose(d[1 + i], compat, version, out);
}

// Sorts each run of non-starters by combining class, keeping the order of
// equal classes.
void canonical_order(std::vector<uint32_t>& s) {
    std::vector<uint8_t> cc(s.size());
    for (size_t i = 0; i < s.size(); i++)
        cc[i] = static_cast<uint8_t>(combining_class(s[i]));
    for (size_t i = 1; i < s.size(); i++) {
        uint8_t c = cc[i];
        if (c == 0) continue;
        size_t j = i;
        while (j > 0 && cc[j - 1] > c) {
            std::swap(s[j - 1], s[j]);
            std::swap(cc[j - 1], cc[j]);
            j--;
        }
    }
}

// The primary composite of <a, b>, or 0.
uint32_t compose_pair(uint32_t a, uint32_t b) {
    if (a >= kLBase && a < kLBase + kLCount && b >= kVBase && b < kVBase + kVCount)
        return kSBase + ((a - kLBase) * kVCount + (b - kVBase)) * kTCount;
    if (a >= kSBase && a < kSBase + kSCount && (a - kSBase) % kTCount == 0 && b > kTBase &&
        b < kTBase + kTCount)
        return a + (b - kTBase);
    size_t lo = 0, hi = kNumPairs;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        uint32_t f = kCompositionPairs[3 * mid], g = kCompositionPairs[3 * mid + 1];
        if (f < a || (f == a && g < b))
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < kNumPairs && kCompositionPairs[3 * lo] == a && kCompositionPairs[3 * lo + 1] == b)
        return kCompositionPairs[3 * lo + 2];
    return 0;
}

// Canonical composition of a decomposed, canonically ordered sequence, in place.
void compose(std::vector<uint32_t>& s) {
    constexpr size_t kNone = static_cast<size_t>(-1);
    size_t starter = kNone; // where the last starter is in the output
    int last_cc = -1;       // the class of the last character output
    size_t w = 0;           // the output's length (it overwrites s)
    for (size_t i = 0; i < s.size(); i++) {
        uint32_t c = s[i];
        int cc = combining_class(c);
        if (starter != kNone) {
            // Everything output since the starter is a non-starter, in order
            // of class: c is blocked unless it follows the starter directly
            // or its class is higher than the last one.
            bool adjacent = w == starter + 1;
            if (adjacent || (last_cc > 0 && last_cc < cc)) {
                uint32_t p = compose_pair(s[starter], c);
                if (p != 0) {
                    s[starter] = p;
                    continue;
                }
            }
        }
        if (cc == 0) starter = w;
        s[w++] = c;
        last_cc = cc;
    }
    s.resize(w);
}

} // namespace

UcdInfo ucd_info(uint32_t cp, UcdVersion version) {
    const UcdRecord& r = record(cp, version);
    UcdInfo info;
    info.category = kCategoryNames[r.category];
    info.bidirectional = kBidiNames[r.bidirectional];
    info.combining = r.combining;
    info.east_asian_width = kEastAsianWidthNames[r.east_asian_width];
    info.mirrored = r.mirrored != 0;
    info.decimal = r.decimal;
    info.digit = r.digit;
    info.has_numeric = r.numeric != 0;
    info.numeric = r.numeric != 0 ? kNumericValues[r.numeric - 1] : 0.0;
    return info;
}

std::string ucd_decomposition(uint32_t cp, UcdVersion version) {
    std::string out;
    if (version == UcdVersion::V3_2_0 && unassigned_in_3_2_0(cp)) return out;
    const uint32_t* d = find_decomposition(cp);
    if (!d) return out;
    uint32_t tag = d[0] >> 5, n = d[0] & 31;
    if (tag != 0) out = kDecompositionTags[tag];
    for (uint32_t i = 0; i < n; i++) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(d[1 + i]));
        if (!out.empty()) out.push_back(' ');
        out += buf;
    }
    return out;
}

void ucd_normalize(const std::vector<uint32_t>& in, NormForm form, UcdVersion version,
                   std::vector<uint32_t>& out) {
    bool compat = form == NormForm::NFKC || form == NormForm::NFKD;
    out.clear();
    out.reserve(in.size());
    for (uint32_t cp : in)
        decompose(cp, compat, version, out);
    canonical_order(out);
    if (form == NormForm::NFC || form == NormForm::NFKC) compose(out);
}

} // namespace uopy::unicode
