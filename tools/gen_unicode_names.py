#!/usr/bin/env python3
"""Generates src/objects/unicode_names.inc: the Unicode character names that
unicodedata.name() / lookup() and the \\N{...} escape use, with the name
aliases and named sequences lookup() also accepts.

As for tools/gen_unicode_db.py, the data comes from the *behaviour* of the
host CPython 3.11 (Unicode 14.0): every name is what unicodedata.name()
answers for one code point. The names that CPython computes rather than
stores (CJK UNIFIED IDEOGRAPH-XXXX, HANGUL SYLLABLE ...) are left out and
computed by src/objects/unicode_names.cpp; the ranges of the ideographs are
taken from the names themselves.

Name aliases and named sequences are not listed by unicodedata, but CPython
keeps them at private-use code points (alias i at U+F0000 + i, named
sequence i at U+F0200 + i) and the namereplace error handler names those
code points: that is where they are read from, in CPython's order (which
unicode_names.cpp keeps for namereplace), each checked with lookup().

Compression: a name is cut into words at spaces and after hyphens; the
words go into one lexicon (most frequent first) and each name becomes a
string of word numbers, written in base 92 with printable characters (so the
data is one compact string literal): one digit for the most frequent words,
two or three for the rest. A name ending in "-<its own code point in hex>" (CJK COMPATIBILITY
IDEOGRAPH-F900, NUSHU CHARACTER-1B170, ...) stores a HEX token instead of
the digits.

Usage: /usr/bin/python3.11 tools/gen_unicode_names.py > src/objects/unicode_names.inc
(`make regen-unicode`).
"""
import collections
import itertools
import re
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import c_array  # noqa: E402
import unicodedata

MAXCP = 0x110000
BASE = 92  # digits of the word numbers in kNameData
DIGITS = [chr(c) for c in range(32, 127) if chr(c) not in '"\\\\?']
assert len(DIGITS) == BASE
BLOCK = 32  # kNameBlockOffsets holds the offset of every BLOCK-th name

# Reserved word numbers (the lexicon holds placeholders for them).
TOK_END, TOK_HEX, TOK_SPACE = 0, 1, 2
SPECIAL = ["\x00", "\x01", "\x02"]


def is_computed(cp, name):
    return name.startswith("CJK UNIFIED IDEOGRAPH-") or name.startswith("HANGUL SYLLABLE ")


def tokenize(cp, name):
    """Words (with a trailing '-' when a hyphen follows) and special tokens."""
    hx = "-%X" % cp
    tail = name.endswith(hx)
    if tail:
        name = name[: -len(hx) + 1]  # keep the hyphen
    toks = []
    words = name.split(" ")
    for i, w in enumerate(words):
        parts = re.findall(r"[^-]*-|[^-]+", w)
        assert parts and "".join(parts) == w, name
        toks += parts
        # "TIBETAN MARK BKA- SHOG": a space after a hyphen needs its own token.
        if parts[-1].endswith("-") and i < len(words) - 1:
            toks.append(SPECIAL[TOK_SPACE])
    if tail:
        toks.append(SPECIAL[TOK_HEX])
    return toks


def detokenize(cp, toks):
    """The inverse of tokenize (what unicode_names.cpp does)."""
    s = ""
    for i, t in enumerate(toks):
        if t == SPECIAL[TOK_HEX]:
            s += "%X" % cp
            continue
        if t == SPECIAL[TOK_SPACE]:
            s += " "
            continue
        s += t
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and not t.endswith("-") and nxt not in (SPECIAL[TOK_SPACE], SPECIAL[TOK_HEX]):
            s += " "
    return s


def internal_names():
    """The runs of private-use code points that namereplace names: the
    aliases, then the named sequences."""
    runs = []
    for cp in range(0xF0000, 0xF1000):
        b = chr(cp).encode("ascii", "namereplace")
        if not b.startswith(b"\\N{"):
            assert unicodedata.name(chr(cp), None) is None
            continue
        name = b[3:-1].decode("ascii")
        if runs and runs[-1][0] + len(runs[-1][1]) == cp:
            runs[-1][1].append(name)
        else:
            runs.append((cp, [name]))
    assert len(runs) == 2, [(hex(c), len(n)) for c, n in runs]
    return runs


def build():
    names = {}
    for cp in range(MAXCP):
        n = unicodedata.name(chr(cp), None)
        if n is not None:
            names[cp] = n

    # Ranges of the computed CJK UNIFIED IDEOGRAPH names.
    cjk = []
    for cp in sorted(names):
        if names[cp] == "CJK UNIFIED IDEOGRAPH-%X" % cp:
            if cjk and cjk[-1][1] == cp - 1:
                cjk[-1][1] = cp
            else:
                cjk.append([cp, cp])
        else:
            assert not names[cp].startswith("CJK UNIFIED IDEOGRAPH-")
    for cp in range(0xAC00, 0xD7A4):
        assert names[cp].startswith("HANGUL SYLLABLE ")

    table = [(cp, n) for cp, n in sorted(names.items()) if not is_computed(cp, n)]
    toks = {}
    count = collections.Counter()
    for cp, n in table:
        t = tokenize(cp, n)
        assert detokenize(cp, t) == n, (n, t)
        for w in t:
            assert w != SPECIAL[TOK_END]
            assert " " not in w and w, (n, t)
        toks[cp] = t
        count.update(t)
    words = [w for w, _ in sorted(((w, c) for w, c in count.items() if w not in SPECIAL),
                                  key=lambda wc: (-wc[1], wc[0]))]
    lexicon = SPECIAL + words
    index = {w: i for i, w in enumerate(lexicon)}
    count[SPECIAL[TOK_END]] = len(table)

    # Word numbers are written in base 92, one digit per character of a
    # string literal: the printable ASCII characters but '"', '\\' and '?'.
    # The `one` most frequent words take one digit; the next `two` * 92 take
    # two (the first digit from `one` up); the rest three.
    upto = list(itertools.accumulate(count[w] for w in lexicon))  # uses of words 0..i
    best = None
    for one in range(1, BASE):
        for two in range(0, BASE - one):
            cap2 = one + two * BASE
            if cap2 + (BASE - one - two) * BASE * BASE < len(lexicon):
                continue
            n1 = upto[min(one, len(lexicon)) - 1]
            n2 = upto[min(cap2, len(lexicon)) - 1]
            size = n1 + 2 * (n2 - n1) + 3 * (upto[-1] - n2)
            if best is None or size < best[0]:
                best = (size, one, two)
    one, two = best[1], best[2]

    def enc(i):
        if i < one:
            return [i]
        i -= one
        if i < two * BASE:
            return [one + i // BASE, i % BASE]
        i -= two * BASE
        return [one + two + i // (BASE * BASE), (i // BASE) % BASE, i % BASE]

    data = []
    runs = []  # [start, end (exclusive), first ordinal]
    offsets = []
    for ordinal, (cp, n) in enumerate(table):
        if ordinal % BLOCK == 0:
            offsets.append(len(data))
        for w in toks[cp]:
            data += enc(index[w])
        data += enc(TOK_END)
        if runs and runs[-1][1] == cp:
            runs[-1][1] = cp + 1
        else:
            runs.append([cp, cp + 1, ordinal])

    # Aliases and named sequences, checked against CPython.
    (alias_start, alias_names), (sequence_start, sequence_names) = internal_names()
    aliases = []
    for name in alias_names:
        got = unicodedata.lookup(name)
        assert len(got) == 1 and unicodedata.name(got, None) != name, name
        aliases.append((name, ord(got)))
    sequences = []
    for name in sequence_names:
        got = unicodedata.lookup(name)
        assert 1 < len(got) <= 4, name
        sequences.append((name, [ord(c) for c in got]))
    # \N{} takes aliases but not sequences.
    for name, cp in aliases:
        assert eval("'\\N{%s}'" % name) == chr(cp)
    for name, _ in sequences[:5]:
        try:
            eval("'\\N{%s}'" % name)
            raise AssertionError(name)
        except SyntaxError:
            pass

    maxlen = max(len(n) for n in names.values())
    maxlen = max([maxlen] + [len(n) for n, _ in aliases] + [len(n) for n, _ in sequences])
    return dict(table=table, lexicon=lexicon, one=one, two=two, data=data, runs=runs, offsets=offsets,
                cjk=cjk, aliases=aliases, sequences=sequences, maxlen=maxlen,
                alias_start=alias_start, sequence_start=sequence_start)


def main():
    d = build()
    out = sys.stdout
    out.write("// Generated by tools/gen_unicode_names.py from CPython %s (Unicode %s). Do not edit.\n"
              % (sys.version.split()[0], unicodedata.unidata_version))
    out.write("// clang-format off\n")
    out.write("constexpr uint32_t kNameTokEnd = %d, kNameTokHex = %d, kNameTokSpace = %d;\n"
              % (TOK_END, TOK_HEX, TOK_SPACE))
    out.write("// Word numbers in kNameData: base-92 digits, the printable ASCII characters\n"
              "// in order but the double quote, the backslash and the question mark. The\n"
              "// first kNameOne words take one digit, the next kNameTwo * 92 two, the rest three.\n")
    out.write("constexpr uint32_t kNameBase = %d, kNameOne = %d, kNameTwo = %d;\n"
              % (BASE, d["one"], d["two"]))
    out.write("constexpr uint32_t kNameBlock = %d;\n" % BLOCK)
    out.write("constexpr uint32_t kNameLexiconSize = %d;\n" % len(d["lexicon"]))
    out.write("constexpr size_t kNameMaxLength = %d; // the longest name, alias or sequence\n\n"
              % d["maxlen"])

    out.write("// The words, most frequent first, each followed by a space; the first %d\n"
              "// are placeholders for the reserved numbers.\n" % len(SPECIAL))
    out.write("static const char kNameLexicon[] =\n")
    line = ""
    for w in ["#", "#", "#"] + d["lexicon"][len(SPECIAL):]:
        item = w + " "
        if len(line) + len(item) > 90:
            out.write('    "%s"\n' % line)
            line = ""
        line += item
    out.write('    "%s";\n\n' % line)

    def emit_array(ctype, name, values, comment):
        c_array.emit_array(out, ctype, name, values, comment)

    out.write("// Each stored name in code point order: its word numbers, then kNameTokEnd.\n")
    out.write("static const char kNameData[] =\n")
    text = "".join(DIGITS[x] for x in d["data"])
    for i in range(0, len(text), 96):
        out.write('    "%s"%s\n' % (text[i:i + 96], ";" if i + 96 >= len(text) else ""))
    out.write("\n")
    emit_array("uint32_t", "kNameBlockOffsets", d["offsets"],
               "Where name number k * kNameBlock starts in kNameData.")
    flat = [x for r in d["runs"] for x in r]
    emit_array("uint32_t", "kNameRuns", flat,
               "Runs of code points with stored names: start, end (exclusive), number of the first name.")
    flat = [x for r in d["cjk"] for x in r]
    emit_array("uint32_t", "kCjkIdeographRanges", flat,
               "The CJK UNIFIED IDEOGRAPH-XXXX code points: first, last.")

    out.write("// Name aliases (NameAliases.txt): lookup() and \\N{} accept them; name() never\n"
              "// gives them. CPython keeps alias i at kAliasStart + i and named sequence i at\n"
              "// kSequenceStart + i, where its namereplace error handler names them.\n")
    out.write("constexpr uint32_t kAliasStart = 0x%X, kSequenceStart = 0x%X;\n"
              % (d["alias_start"], d["sequence_start"]))
    out.write("static const NameAlias kNameAliases[] = {\n")
    for name, cp in d["aliases"]:
        out.write('    {"%s", 0x%X},\n' % (name, cp))
    out.write("};\n\n")
    out.write("// Named sequences (NamedSequences.txt): lookup() only.\n")
    out.write("static const NamedSequence kNamedSequences[] = {\n")
    for name, cps in d["sequences"]:
        assert len(cps) <= 4
        out.write('    {"%s", %d, {%s}},\n' % (name, len(cps), ", ".join("0x%X" % c for c in cps)))
    out.write("};\n")
    out.write("// clang-format on\n")
    sys.stderr.write("names=%d words=%d one=%d two=%d data=%d runs=%d cjk=%d aliases=%d sequences=%d\n"
                     % (len(d["table"]), len(d["lexicon"]), d["one"], d["two"], len(d["data"]), len(d["runs"]),
                        len(d["cjk"]), len(d["aliases"]), len(d["sequences"])))


if __name__ == "__main__":
    main()
