#!/usr/bin/env python3
"""Generates src/objects/unicode_ucd.inc: the character database behind the
unicodedata module (category, bidirectional, combining, east_asian_width,
mirrored, decimal, digit, numeric, decomposition) and what normalize()
needs (decompositions, combining classes, composition pairs), for Unicode
14.0 and for the Unicode 3.2.0 view unicodedata.ucd_3_2_0.

As for tools/gen_unicode_db.py, the data is derived from the *behaviour* of
the host CPython 3.11: each value is what unicodedata answers for one code
point. The composition pairs are the two-character canonical decompositions
<a, b> of the characters c that NFC leaves alone (NFC(c) == c): a character
whose decomposition NFC does not recompose is a composition exclusion.

Unicode 3.2.0 (ucd_3_2_0): every property comes from unicodedata.ucd_3_2_0;
a character unassigned in 3.2.0 has no name, no decomposition and combining
class 0 there, and normalize() keeps it as it is. ucd_3_2_0.normalize() also
uses a few decompositions that were corrected later (kNorm320Fixes); it
reorders and composes with the current tables (checked here).

Usage: /usr/bin/python3.11 tools/gen_unicode_ucd.py > src/objects/unicode_ucd.inc
(`make regen-unicode`).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import c_array  # noqa: E402
import unicodedata

MAXCP = 0x110000
OLD = unicodedata.ucd_3_2_0


def record(db, c):
    num = db.numeric(c, None)
    return (db.category(c), db.bidirectional(c), db.combining(c), db.east_asian_width(c),
            db.mirrored(c), db.decimal(c, -1), db.digit(c, -1), num)


def two_level(values, default):
    """Splits a per-code-point array into index1 (block numbers) and index2
    (the distinct blocks), choosing the block size that packs smallest."""
    best = None
    maxv = max(values)
    for shift in range(4, 11):
        size = 1 << shift
        blocks = {}
        index1 = []
        index2 = []
        for start in range(0, MAXCP, size):
            blk = tuple(values[start:start + size])
            if blk not in blocks:
                blocks[blk] = len(blocks)
                index2.extend(blk)
            index1.append(blocks[blk])
        w1 = 1 if len(blocks) < 256 else 2
        w2 = 1 if maxv < 256 else 2
        total = len(index1) * w1 + len(index2) * w2
        if best is None or total < best[0]:
            best = (total, shift, index1, index2)
    return best[1], best[2], best[3]


def main():
    out = sys.stdout
    cats, bidis, eaws, nums = ["Cn"], [""], ["N"], []
    records = {}
    record_list = []

    def rec_index(r):
        cat, bidi, comb, eaw, mir, dec, dig, num = r
        if cat not in cats: cats.append(cat)
        if bidi not in bidis: bidis.append(bidi)
        if eaw not in eaws: eaws.append(eaw)
        if num is not None and num not in nums: nums.append(num)
        key = (cats.index(cat), bidis.index(bidi), comb, eaws.index(eaw), mir, dec, dig,
               0 if num is None else nums.index(num) + 1)
        if key not in records:
            records[key] = len(record_list)
            record_list.append(key)
        return records[key]

    # Record 0: an unassigned code point.
    assert rec_index(record(unicodedata, "\U000E0080")) == 0
    cur = []
    old = []
    old_unassigned = set()
    for cp in range(MAXCP):
        c = chr(cp)
        cur.append(rec_index(record(unicodedata, c)))
        old.append(rec_index(record(OLD, c)))
        if OLD.category(c) == "Cn":
            old_unassigned.add(cp)
            assert OLD.combining(c) == 0 and OLD.decomposition(c) == ""
            assert OLD.name(c, None) is None
        else:
            assert OLD.decomposition(c) == unicodedata.decomposition(c)
            assert OLD.name(c, None) == unicodedata.name(c, None)

    # Decompositions: tag (0: canonical), then the code points.
    tags = [""]
    decomp_cps = []
    decomp_offsets = []
    decomp_data = []
    canon = {}
    for cp in range(MAXCP):
        d = unicodedata.decomposition(chr(cp))
        if not d:
            continue
        parts = d.split()
        tag = ""
        if parts[0].startswith("<"):
            tag = parts.pop(0)
        if tag not in tags:
            tags.append(tag)
        seq = [int(x, 16) for x in parts]
        assert 1 <= len(seq) <= 18 and "%s" % d == " ".join(([tag] if tag else []) + ["%04X" % x for x in seq])
        decomp_cps.append(cp)
        decomp_offsets.append(len(decomp_data))
        decomp_data.append(tags.index(tag) << 5 | len(seq))
        decomp_data.extend(seq)
        if not tag:
            canon[cp] = seq

    # Composition pairs: <a, b> -> c for the primary composites c.
    pairs = []
    for cp, seq in canon.items():
        c = chr(cp)
        if len(seq) == 2 and unicodedata.normalize("NFC", c) == c:
            pairs.append((seq[0], seq[1], cp))
        elif len(seq) == 2:
            assert unicodedata.normalize("NFC", "".join(map(chr, seq))) != c
    pairs.sort()

    # ucd_3_2_0.normalize(): decompositions that differ from the model
    # (unassigned characters kept, current decompositions otherwise).
    fixes = []
    for cp in range(MAXCP):
        if cp in old_unassigned or 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        want = OLD.normalize("NFD", c)
        if want != unicodedata.normalize("NFD", c):
            assert len(want) == 1 and unicodedata.decomposition(c) and OLD.normalize("NFKD", c) == want
            fixes.append((cp, ord(want)))

    out.write("// Generated by tools/gen_unicode_ucd.py from CPython %s (Unicode %s). Do not edit.\n"
              % (sys.version.split()[0], unicodedata.unidata_version))
    out.write("// clang-format off\n")

    def emit_strings(name, values):
        out.write("static const char* const %s[] = {%s};\n"
                  % (name, ", ".join('"%s"' % v for v in values)))

    def emit_array(ctype, name, values, comment):
        c_array.emit_array(out, ctype, name, values, comment)

    emit_strings("kCategoryNames", cats)
    emit_strings("kBidiNames", bidis)
    emit_strings("kEastAsianWidthNames", eaws)
    emit_strings("kDecompositionTags", tags)
    out.write("\n")
    emit_array("double", "kNumericValues", [repr(float(x)) for x in nums],
               "The values of numeric(); a record's numeric is an index + 1 (0: none).")
    out.write("// category, bidirectional, combining, east_asian_width, mirrored, decimal, digit,\n"
              "// numeric (indexes into the tables above; decimal and digit -1 for none).\n")
    out.write("static const UcdRecord kUcdRecords[] = {\n")
    line = ""
    for r in record_list:
        item = "{%d,%d,%d,%d,%d,%d,%d,%d}," % r
        if len(line) + len(item) > 96:
            out.write(line + "\n")
            line = ""
        line += item
    out.write(line + "\n};\n\n")

    for label, values, what in (("Ucd", cur, "Unicode %s" % unicodedata.unidata_version),
                                ("Ucd320", old, "Unicode 3.2.0 (ucd_3_2_0)")):
        shift, index1, index2 = two_level(values, 0)
        t1 = "uint8_t" if max(index1) < 256 else "uint16_t"
        t2 = "uint8_t" if max(index2) < 256 else "uint16_t"
        out.write("constexpr unsigned k%sShift = %d;\n" % (label, shift))
        emit_array(t1, "k%sIndex1" % label, index1,
                   "%s: the record of code point c is k%sIndex2[(k%sIndex1[c >> k%sShift] << k%sShift)"
                   " + (c & mask)]." % (what, label, label, label, label))
        emit_array(t2, "k%sIndex2" % label, index2, "The distinct blocks of record numbers.")

    emit_array("uint32_t", "kDecompCodePoints", decomp_cps,
               "The code points with a decomposition, in order.")
    emit_array("uint16_t", "kDecompOffsets", decomp_offsets, "Where each one starts in kDecompData.")
    emit_array("uint32_t", "kDecompData", decomp_data,
               "Decompositions: (tag << 5) | length, then the code points (tag 0: canonical).")
    flat = [x for p in pairs for x in p]
    emit_array("uint32_t", "kCompositionPairs", flat,
               "Canonical composition: first, second, composite; sorted.")
    flat = [x for p in fixes for x in p]
    emit_array("uint32_t", "kNorm320Fixes", flat,
               "ucd_3_2_0.normalize(): characters whose 3.2.0 decomposition was corrected later:"
               " code point, its 3.2.0 decomposition (one code point).")
    out.write("// clang-format on\n")
    sys.stderr.write("records=%d cats=%d bidi=%d eaw=%d nums=%d decomp=%d/%d pairs=%d fixes=%d\n"
                     % (len(record_list), len(cats), len(bidis), len(eaws), len(nums),
                        len(decomp_cps), len(decomp_data), len(pairs), len(fixes)))


if __name__ == "__main__":
    main()
