# What the stdlib builds on unicodedata: the idna codec (nameprep through
# stringprep and ucd_3_2_0.normalize), stringprep's tables (ucd_3_2_0's
# category and bidirectional), re's \N{...} escape (lookup) and
# textwrap-free width helpers written with east_asian_width.
import codecs
import re
import stringprep
import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, '|', e)


for host in ['b\u00fccher.example', 'M\u00fcnchen.DE', '\u2460\u2461.com', 'xn--bcher-kva.example',
             'fa\u00df.de', '\u0627\u0644\u0639\u0631\u0628\u064a\u0629.test', 'ex\u00adample.org',
             'K\u00f6ln', 'caf\u00e9', '\ufb01le.net', 'www.\u30c6\u30b9\u30c8.jp',
             '\u0661\u0662a.com', 'a\u200db.com', '\U0001f600.com', '\u0221.net']:
    show(lambda h: h.encode('idna'), host)
show(lambda: b'xn--bcher-kva.example'.decode('idna'))
show(lambda: b'xn--mnchen-3ya.de'.decode('idna'))
show(lambda: codecs.lookup('idna').name)

# stringprep tables over a few ranges.
tables = ['in_table_a1', 'in_table_b1', 'in_table_c11', 'in_table_c12', 'in_table_c21',
          'in_table_c22', 'in_table_c3', 'in_table_c4', 'in_table_c5', 'in_table_c6',
          'in_table_c7', 'in_table_c8', 'in_table_c9', 'in_table_d1', 'in_table_d2']
for t in tables:
    f = getattr(stringprep, t)
    n = sum(1 for cp in range(0, 0x3000, 3) if f(chr(cp)))
    m = sum(1 for cp in range(0x10000, 0x30000, 257) if f(chr(cp)))
    print(t, n, m)
print(ascii(stringprep.map_table_b2('\u00df')), ascii(stringprep.map_table_b3('\u1e9e')),
      ascii(stringprep.map_table_b2('\u2167')))

# re's \N{name} escape goes through unicodedata.lookup.
print(re.findall(r'\N{LATIN SMALL LETTER C}+', 'acccb'), re.match(r'\N{EM DASH}', '\u2014') is not None)
show(re.compile, r'\N{NOT A REAL NAME}')
print(re.sub(r'[\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}]',
             '"', '\u00abhi\u00bb'))


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in 'WF' else
               0 if unicodedata.combining(c) else 1 for c in s)


for s in ['abc', '\u65e5\u672c\u8a9e', 'e\u0301', '\uff21\uff22', '\U0001f600x']:
    print(width(s), width(unicodedata.normalize('NFC', s)))
