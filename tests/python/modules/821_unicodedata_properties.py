# unicodedata's character properties over many code points: category,
# bidirectional, combining, east_asian_width, mirrored, decimal, digit,
# numeric and decomposition, as counts and checksums over sampled ranges
# (every 3rd code point of the BMP and planes 1-2, every 97th above), plus
# specific characters, for the current database and for ucd_3_2_0.
import unicodedata


def sample():
    for cp in range(0, 0x30000, 3):
        yield cp
    for cp in range(0x30000, 0x110000, 97):
        yield cp
    for cp in (0x10FFFF, 0xE0001, 0xE0100, 0xF0000, 0x100000, 0x3134A, 0x3134B, 0x2FFFF):
        yield cp


def survey(db, label):
    cats, bidis, widths = {}, {}, {}
    comb_sum = comb_count = mirrored = 0
    dec_sum = dig_sum = dec_count = dig_count = num_count = 0
    num_sum = 0.0
    decomp_count = decomp_check = 0
    for cp in sample():
        c = chr(cp)
        k = db.category(c)
        cats[k] = cats.get(k, 0) + 1
        b = db.bidirectional(c)
        bidis[b] = bidis.get(b, 0) + 1
        w = db.east_asian_width(c)
        widths[w] = widths.get(w, 0) + 1
        cc = db.combining(c)
        if cc:
            comb_count += 1
            comb_sum += cc * (cp % 7 + 1)
        mirrored += db.mirrored(c)
        d = db.decimal(c, None)
        if d is not None:
            dec_count += 1
            dec_sum += d
        d = db.digit(c, None)
        if d is not None:
            dig_count += 1
            dig_sum += d
        n = db.numeric(c, None)
        if n is not None:
            num_count += 1
            num_sum += n * (cp % 3 + 1)
        dd = db.decomposition(c)
        if dd:
            decomp_count += 1
            for i, ch in enumerate(dd):
                decomp_check = (decomp_check * 31 + ord(ch) * (i + 1)) % 1000000007
    print(label, 'categories', sorted(cats.items()))
    print(label, 'bidirectional', sorted(bidis.items()))
    print(label, 'east_asian_width', sorted(widths.items()))
    print(label, 'combining', comb_count, comb_sum, 'mirrored', mirrored)
    print(label, 'decimal', dec_count, dec_sum, 'digit', dig_count, dig_sum)
    print(label, 'numeric', num_count, repr(num_sum))
    print(label, 'decomposition', decomp_count, decomp_check)


survey(unicodedata, 'current')
survey(unicodedata.ucd_3_2_0, '3.2.0')

# Specific characters.
chars = ['A', 'a', '0', '\u0663', '\u00bd', '\u2155', '\u216b', '\u4e00', '\u5146', '\u2460',
         '\u00b2', '\u0300', '\u0345', '\u05d0', '\u0627', '\u200f', '\u202e', '(', ')', '\u00ab',
         '\uac00', '\uff21', '\uff61', '\u3000', '\t', ' ', '\x00', '\u00a0', '\u2028', '\ud800',
         '\ue000', '\uffff', '\U0001f600', '\U0001d7ce', '\U00020000', '\U0002f800',
         '\U0001012f', '\U00010fff', '\U000e0001', '\u0f73', '\u0344', '\ufb2c', '\u1e9b',
         '\u2126', '\u212b', '\u1dc0', '\U0001109a', '\u0e3f', '\u20ac', '\u00df']
for c in chars:
    print('%06X' % ord(c), unicodedata.category(c), repr(unicodedata.bidirectional(c)),
          unicodedata.combining(c), unicodedata.east_asian_width(c), unicodedata.mirrored(c),
          unicodedata.decimal(c, '-'), unicodedata.digit(c, '-'), unicodedata.numeric(c, '-'),
          repr(unicodedata.decomposition(c)))
for c in ['\u1dc0', '\U0001109a', '\u20ac', '\U0001f600', '\u0221', '\u00bd', '\u0e3f', '\u4e00']:
    o = unicodedata.ucd_3_2_0
    print('3.2.0 %06X' % ord(c), o.category(c), repr(o.bidirectional(c)), o.combining(c),
          o.east_asian_width(c), o.mirrored(c), o.decimal(c, '-'), o.digit(c, '-'),
          o.numeric(c, '-'), repr(o.decomposition(c)))

# Values and their types.
print(unicodedata.numeric('\u00bd'), unicodedata.numeric('\u5146'), unicodedata.numeric('\u0f33'))
print(type(unicodedata.decimal('7')), type(unicodedata.numeric('7')),
      type(unicodedata.mirrored('(')), type(unicodedata.combining('a')))
print(unicodedata.decimal('\u00b2', None), unicodedata.digit('\u00b2'),
      unicodedata.numeric('\u00b2'))
print(unicodedata.unidata_version, unicodedata.ucd_3_2_0.unidata_version)
