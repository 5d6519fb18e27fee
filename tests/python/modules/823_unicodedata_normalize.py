# unicodedata.normalize() and is_normalized(): the four forms on tricky
# strings (Hangul syllables and jamo, combining sequences that reorder or
# block, singletons, composition exclusions, compatibility characters),
# aggregate checks over sampled ranges, and the ucd_3_2_0 view.
import unicodedata

FORMS = ('NFC', 'NFD', 'NFKC', 'NFKD')


def hexs(s):
    return ' '.join('%04X' % ord(c) for c in s)


tricky = [
    'abc', '', 'caf\u00e9', 'cafe\u0301', '\u00c5', 'A\u030a', '\u212b', '\u2126', '\u1e9b\u0323',
    '\u0071\u0307\u0323', '\u0071\u0323\u0307', 'a\u0301\u0316', 'a\u0316\u0301', 'a\u0300\u0301',
    'e\u0302\u0323', '\u1ec7', '\u0344', '\u0f73', '\u0f75', '\u0f81', '\ufb2c', '\ufb1d',
    '\u2adc', '\u0958', '\u09dc', '\u1109a', '\U0001109a', '\U00011099\U000110ba',
    '\uac00', '\uac01', '\ud7a3', '\u1100\u1161', '\u1100\u1161\u11a8', '\uac00\u11a8',
    '\u1100\u1161\u11a7', '\uac01\u11a8', '\u1100\u0301\u1161', '\u1100\u1100\u1161\u1161',
    '\u110b\u1175\u11c2', '\u3131\u314f', '\ufb01', '\ufb03', '\u00bd', '\u2155', '\u00b2\u2075',
    '\u2460', '\u3250', '\u32ff', '\u33a1', '\uff21\uff41', '\uff76\uff9e', '\u30ab\u3099',
    '\u304b\u3099', '\u3094', '\u0041\u0308\u0301', '\u01d7', '\u0385', '\u1fee', '\u0390',
    '\u03d3', '\u03d4', '\u1f80\u0345', '\u03b1\u0345\u0313', '\u0627\u0653', '\u0622',
    '\u0928\u093c', '\u0929', '\u0b47\u0b3e', '\u0b4b', '\u0dd9\u0dcf\u0dca', '\u0dde',
    '\u1025\u102e', '\u1026', '\U000115b8\U000115af', '\U000115ba', '\u00e0\u0328',
    '\u0061\u0328\u0300', '\u0061\u0300\u0328', '\u2000', '\u2001', '\u00a0', '\u200b',
    '\ufdfa', '\ufdfb', '\u3000', '\u017f', '\u1e9e', '\u00df', '\u0130', '\u0131\u0307',
    '\U0001d400', '\U0001d7ce', '\U0002f800', '\U0002f868', '\U0002f874', '\U0002f91f',
    '\U0002f95f', '\U0002f9bf', '\uf900', '\ufa10', '\u0340\u0341', '\u0343\u0344',
    'e\u0301\u0301', 'e\u0301\u0300', '\u00e9\u0300', '\u0300a', '\u0300\u0301', 'x\u034fy',
    '\u05b8\u05b9\u05b1\u0591\u05c3\u05b0\u05ac\u059f', '\ud800', '\ud800\u0301', 'a\ud800\u0301',
]
for s in tricky:
    row = [hexs(unicodedata.normalize(f, s)) for f in FORMS]
    flags = ''.join('1' if unicodedata.is_normalized(f, s) else '0' for f in FORMS)
    print(hexs(s) or '(empty)', '|', ' | '.join(row), '|', flags)

# Aggregates over sampled ranges: for each form, how many single characters
# change, the total length of the results, and a checksum.
for f in FORMS:
    changed = length = acc = 0
    for cp in list(range(0xA0, 0x3400, 2)) + list(range(0xA000, 0x10000, 2)) + \
            list(range(0x10000, 0x30000, 13)):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        r = unicodedata.normalize(f, c)
        if r != c:
            changed += 1
            length += len(r)
            for ch in r:
                acc = (acc * 31 + ord(ch)) % 1000000007
    print(f, 'changed', changed, 'length', length, 'checksum', acc)

# Canonical equivalence: NFC(NFD(s)) == NFC(s), NFD(NFC(s)) == NFD(s) on
# combining sequences built from a few marks and bases.
bases = ['a', 'e', 'o', 'u', 'A', '\u03b1', '\u0391', '\u0438', '\u1100', '\uac00', 'q', '\u05d0']
marks = ['\u0300', '\u0301', '\u0308', '\u0323', '\u0328', '\u0345', '\u0313', '\u0306', '\u05b4',
         '\u1161', '\u11a8', '\u031b']
bad = 0
results = 0
for b in bases:
    for m1 in marks:
        for m2 in marks:
            s = b + m1 + m2
            nfc = unicodedata.normalize('NFC', s)
            nfd = unicodedata.normalize('NFD', s)
            if unicodedata.normalize('NFC', nfd) != nfc or unicodedata.normalize('NFD', nfc) != nfd:
                bad += 1
            for ch in nfc:
                results = (results * 37 + ord(ch)) % 1000000007
print('equivalence failures', bad, 'checksum', results)

# The normalized forms of a longer text.
text = ('Ame\u0301lie \u2460 \u00bd \ufb01ne \u1100\u1161\u11a8 \uac00 \u212b\u00c5 '
        '\u1e0b\u0323 \u0071\u0307\u0323 \uff76\uff9e\u30ab\u3099 \U0001d400\U0001d7ce')
for f in FORMS:
    r = unicodedata.normalize(f, text)
    print(f, len(r), ascii(r))
    print(unicodedata.is_normalized(f, r), unicodedata.is_normalized(f, text))

# ucd_3_2_0: characters added later stay as they are; a few decompositions differ.
o = unicodedata.ucd_3_2_0
for s in ['\U0001109a', '\U00011099\U000110ba', 'a\u1dc0\u0316', '\u1dc0', '\U0002f868',
          '\U0002f874', '\U0002f91f', '\U0002f95f', '\U0002f9bf', '\uf951', '\u00c5', '\u212b',
          '\uac00', '\u1100\u1161', '\ufb01', '\u2460', '\u0221', '\u0234\u0301']:
    row = [hexs(o.normalize(f, s)) for f in FORMS]
    flags = ''.join('1' if o.is_normalized(f, s) else '0' for f in FORMS)
    print('3.2.0', hexs(s), '|', ' | '.join(row), '|', flags)

# The result is a str; already-normalized strings come back equal.
s = 'plain ascii'
print(unicodedata.normalize('NFC', s) == s, type(unicodedata.normalize('NFKD', '\u00bd')))
