// Lookup in the generated Unicode tables: runs of code points that share one
// property record, found by binary search, with a direct table for Latin-1.
#include "objects/unicode_db.h"

#include <algorithm>
#include <cstddef>

namespace uopy::unicode {

namespace {

struct UnicodeRecord {
    uint32_t flags;
    int32_t upper; // delta to the simple uppercase, or the index into kExtended
    int32_t lower;
    int32_t title;
    int32_t decimal;
};

#include "objects/unicode_db.inc"

static_assert(UDB_ALPHA == ALPHA && UDB_XID_CONTINUE == XID_CONTINUE, "flag bits match");

constexpr size_t kNumRuns = sizeof(kRuns) / sizeof(kRuns[0]) / 2;

const UnicodeRecord& record_slow(uint32_t cp) {
    // The last run whose start is <= cp.
    size_t lo = 0, hi = kNumRuns;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (kRuns[2 * mid] <= cp)
            lo = mid;
        else
            hi = mid;
    }
    return kRecords[kRuns[2 * lo + 1]];
}

struct Latin1Table {
    const UnicodeRecord* rec[256];
    Latin1Table() {
        for (uint32_t cp = 0; cp < 256; cp++)
            rec[cp] = &record_slow(cp);
    }
};

const UnicodeRecord& record(uint32_t cp) {
    static const Latin1Table latin1;
    if (cp < 256) return *latin1.rec[cp];
    if (cp >= 0x110000) return kRecords[0];
    return record_slow(cp);
}

} // namespace

uint32_t flags(uint32_t cp) {
    return record(cp).flags & ~uint32_t(UDB_EXTENDED);
}

int decimal_value(uint32_t cp) {
    return record(cp).decimal;
}

int map_case(uint32_t cp, Case which, uint32_t out[3]) {
    const UnicodeRecord& r = record(cp);
    if (r.flags & UDB_EXTENDED) {
        // kExtended holds [n, cp...] for lower, upper, title, casefold in turn.
        size_t i = static_cast<size_t>(r.upper);
        int skip = which == Case::Lower   ? 0
                   : which == Case::Upper ? 1
                   : which == Case::Title ? 2
                                          : 3;
        for (int k = 0; k < skip; k++)
            i += kExtended[i] + 1;
        int n = static_cast<int>(kExtended[i]);
        for (int k = 0; k < n; k++)
            out[k] = kExtended[i + 1 + k];
        return n;
    }
    int32_t delta = which == Case::Upper ? r.upper : which == Case::Title ? r.title : r.lower;
    out[0] = static_cast<uint32_t>(static_cast<int32_t>(cp) + delta);
    return 1;
}

} // namespace uopy::unicode
