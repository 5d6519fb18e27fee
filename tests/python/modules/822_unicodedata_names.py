# unicodedata.name() and lookup(): stored names over sampled ranges (as
# counts and a checksum), every name looked up again (as written and in
# lower case), the computed names (CJK unified ideographs, Hangul
# syllables), the hex-suffixed stored names, name aliases and named
# sequences, the 3.2.0 view, and lookups that fail.
import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, '|', e)


def checksum(s, acc):
    for i, ch in enumerate(s):
        acc = (acc * 131 + ord(ch) * (i + 1)) % 2147483647
    return acc


# Sampled ranges: how many code points have names, and a checksum of them.
count = total = acc = 0
roundtrip_bad = lower_failed = 0
for cp in list(range(0, 0x20000, 2)) + list(range(0x20000, 0x110000, 211)):
    n = unicodedata.name(chr(cp), None)
    if n is None:
        continue
    count += 1
    total += len(n)
    acc = checksum(n, acc)
    if cp % 10 == 0:
        if unicodedata.lookup(n) != chr(cp):
            roundtrip_bad += 1
        # In lower case: only the stored names are found.
        try:
            if unicodedata.lookup(n.lower()) != chr(cp):
                roundtrip_bad += 1
        except KeyError:
            lower_failed += 1
print('named', count, 'chars', total, 'checksum', acc)
print('roundtrip failures', roundtrip_bad, 'not found in lower case', lower_failed)

o = unicodedata.ucd_3_2_0
count = acc = 0
for cp in range(0, 0x20000, 3):
    n = o.name(chr(cp), None)
    if n is not None:
        count += 1
        acc = checksum(n, acc)
print('3.2.0 named', count, 'checksum', acc)

# Specific names, including the computed and hex-suffixed ones.
for cp in [0x0, 0x1F, 0x20, 0x41, 0x7F, 0xA0, 0xE9, 0x1A2, 0x2014, 0x20AC, 0x0F0B, 0x0F39,
           0x0F0A, 0x3400, 0x4DBF, 0x4DC0, 0x4E00, 0x9FFF, 0xA000, 0xAC00, 0xAC01, 0xAC1C,
           0xC544, 0xD7A3, 0xD7A4, 0xD800, 0xE000, 0xF900, 0xFA6D, 0xFEFF, 0xFFFD, 0xFFFF,
           0x1F600, 0x1F9D1, 0x17000, 0x18800, 0x18AFF, 0x18B00, 0x18CD5, 0x1B170, 0x1B2FB,
           0x20000, 0x2A6DF, 0x2A6E0, 0x2B740, 0x2F800, 0x2FA1D, 0x30000, 0x3134A, 0x3134B,
           0xE0001, 0xE01EF, 0xF0000, 0x10FFFF]:
    print('%06X' % cp, unicodedata.name(chr(cp), None))

# lookup: names, any case for stored names, exact upper case for computed ones.
for name in ['LATIN SMALL LETTER A', 'latin small letter a', 'Latin Small Letter A',
             'EURO SIGN', 'euro sign', 'HYPHEN-MINUS', 'hyphen-minus', 'TIBETAN MARK BKA- SHOG YIG MGO',
             'tibetan mark tsa -phru', 'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-04E00',
             'CJK UNIFIED IDEOGRAPH-004E00', 'CJK UNIFIED IDEOGRAPH-4e00', 'cjk unified ideograph-4E00',
             'CJK UNIFIED IDEOGRAPH-20000', 'CJK UNIFIED IDEOGRAPH-2A6E0', 'CJK UNIFIED IDEOGRAPH-3134A',
             'CJK UNIFIED IDEOGRAPH-', 'CJK UNIFIED IDEOGRAPH-4E00 ', 'CJK COMPATIBILITY IDEOGRAPH-F900',
             'cjk compatibility ideograph-f900', 'NUSHU CHARACTER-1B170', 'KHITAN SMALL SCRIPT CHARACTER-18B00',
             'TANGUT IDEOGRAPH-17000', 'TANGUT COMPONENT-001', 'HANGUL SYLLABLE GA', 'HANGUL SYLLABLE A',
             'HANGUL SYLLABLE GAG', 'HANGUL SYLLABLE GAGG', 'HANGUL SYLLABLE GGAG', 'HANGUL SYLLABLE HIH',
             'HANGUL SYLLABLE YAE', 'HANGUL SYLLABLE GYAE', 'HANGUL SYLLABLE GG', 'HANGUL SYLLABLE GAX',
             'HANGUL SYLLABLE ', 'HANGUL SYLLABLE', 'hangul syllable ga', 'Hangul Syllable GA',
             'GRINNING FACE', 'SPACE', 'NO-BREAK SPACE', '', ' ', 'A', 'LATIN SMALL LETTER A ',
             ' LATIN SMALL LETTER A', 'LATIN  SMALL LETTER A', 'LATIN SMALL LETTER A\x00',
             'LATIN SMALL LETTER \xe9', 'x' * 256, 'x' * 257, '\xe9' * 128, '\xe9' * 129]:
    show(unicodedata.lookup, name)

# Aliases (NameAliases.txt) and named sequences (NamedSequences.txt).
for name in ['LATIN CAPITAL LETTER GHA', 'latin small letter gha', 'NULL', 'NUL', 'nul',
             'BYTE ORDER MARK', 'BOM', 'ZWNBSP', 'LINE FEED', 'LF', 'NEW LINE', 'EOL', 'SP', 'NBSP',
             'VS1', 'VS256', 'PADDING CHARACTER', 'PAD', 'WEIERSTRASS ELLIPTIC FUNCTION',
             'PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET',
             'PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRAKCET',
             'KEYCAP NUMBER SIGN', 'keycap digit zero', 'LATIN SMALL LETTER R WITH TILDE',
             'KATAKANA LETTER AINU P', 'TAMIL CONSONANT KSS', 'GEORGIAN LETTER U-BRJGU',
             'MODIFIER LETTER EXTRA-HIGH EXTRA-LOW CONTOUR TONE BAR', 'LINE FEED (LF)']:
    show(unicodedata.lookup, name)
    show(unicodedata.ucd_3_2_0.lookup, name)
print(unicodedata.name('\u01a2'), unicodedata.name('\ufeff'), unicodedata.name('\x00', 'no name'))

# bytes are accepted too.
show(unicodedata.lookup, b'LATIN SMALL LETTER B')
show(unicodedata.lookup, b'latin small letter b')
show(unicodedata.lookup, b'NOT A NAME \xff')
show(unicodedata.lookup, b'CJK UNIFIED IDEOGRAPH-9FA5')

# The 3.2.0 view: names only for characters assigned in Unicode 3.2.
for name in ['GRINNING FACE', 'EURO SIGN', 'LATIN CAPITAL LETTER OI', 'LATIN SMALL LETTER D WITH CURL',
             'CJK UNIFIED IDEOGRAPH-9FA5', 'CJK UNIFIED IDEOGRAPH-9FA6', 'CJK UNIFIED IDEOGRAPH-2A6D6',
             'HANGUL SYLLABLE GA', 'COMBINING DOTTED GRAVE ACCENT']:
    show(o.lookup, name)
for cp in [0x221, 0x1DC0, 0x20AC, 0x9FA5, 0x9FA6, 0x1F600, 0xAC00, 0x2A6D6, 0x2A6D7]:
    print('3.2.0 %06X' % cp, o.name(chr(cp), None))
