# The \N{name} escape: in str literals (names in any case, aliases; no named
# sequences), in f-strings (its braces are no field), left alone in bytes
# and raw literals; the SyntaxErrors of unknown and malformed names; and the
# unicode_escape codec's \N{...} with its error handlers and positions.
import codecs


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, '|', e)
    else:
        print(label, '->', ascii(r)[:120])


print(ascii('\N{LATIN SMALL LETTER A}\N{EM DASH}\N{SNOWMAN}\N{GRINNING FACE}'))
print(ascii('\N{latin small letter e with acute} \N{Euro Sign} \N{no-break space}'))
print(ascii('\N{CJK UNIFIED IDEOGRAPH-4E00}\N{HANGUL SYLLABLE GAG}\N{CJK COMPATIBILITY IDEOGRAPH-F900}'))
print(ascii('\N{NUSHU CHARACTER-1B170}\N{TANGUT COMPONENT-001}\N{KHITAN SMALL SCRIPT CHARACTER-18B00}'))
print(ascii('\N{LATIN CAPITAL LETTER GHA}\N{BOM}\N{NUL}\N{line feed}\N{VS1}'))
print(ascii('\N{TIBETAN MARK BKA- SHOG YIG MGO}\N{HYPHEN-MINUS}\N{TIBETAN MARK TSA -PHRU}'))
print(ascii("x\N{SPACE}y"), ascii("""\N{BULLET}
\N{BULLET}"""), len('\N{DIGIT ONE}\N{DIGIT TWO}'))
print(ascii(r'\N{EM DASH}'), b'\N{EM DASH}', rb'\N{EM DASH}')
print(ascii(f'\N{EM DASH}{1 + 1}\N{EM DASH}'), ascii(f'{"x"}\N{bullet}'), ascii(rf'\N{{EM DASH}}'))
print(ascii(f'\\N{2 * 3}'), ascii(f'\\\N{EM DASH}'), ascii(f'{3:\N{DIGIT ZERO}>4}'))
print(ascii('a' '\N{EM DASH}' 'b'), ascii('\N{EM DASH}' f'{4}'))

# Unknown and malformed names are SyntaxErrors.
for src in [r"'\N{NOPE}'", r"'ab\N{NOPE}'", r"'\N{KEYCAP NUMBER SIGN}'", r"'\N{hangul syllable ga}'",
            r"'\N{cjk unified ideograph-4e00}'", r"'\N{TANGUT IDEOGRAPH-17000}'", r"'\N{}'",
            r"'\N'", r"'\N abc'", r"'\N{abc'", r"'x\N{LATIN SMALL LETTER A'", r"'\x41\N{NOPE}'",
            "'\u00e9\\N{NOPE}'", "'\u00e9\u00e9\\N'", r"f'{1}\N{NOPE}'", r"f'\N{NOPE}{1}'",
            r"'ok' '\N{NOPE}'", "'''a\nb\\N{NOPE}'''", r"'\N{LATIN SMALL LETTER A}\N{X}'",
            r"'\N{" + 'A' * 300 + "}'"]:
    try:
        compile(src, '<src>', 'eval')
        print('compiled', ascii(eval(src)))
    except SyntaxError as e:
        print('SyntaxError', e.msg)

# The unicode_escape codec.
cases = [b'\\N{EM DASH}', b'\\N{em dash}x', b'ab\\N{NOPE}cd', b'\\N{KEYCAP NUMBER SIGN}',
         b'\\N{LATIN CAPITAL LETTER GHA}', b'\\N', b'ab\\N', b'ab\\Nx', b'ab\\N{}', b'ab\\N{NOPEx',
         b'\\N{HANGUL SYLLABLE GA}\\N{CJK UNIFIED IDEOGRAPH-20000}', b'\\N{\xe9}', b'\\N{EM DASH',
         b'\\N{' + b'X' * 300 + b'}']
for data in cases:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
        show('%s %s' % (ascii(data)[:40], errors), lambda: data.decode('unicode_escape', errors))
    show('codecs', lambda: codecs.unicode_escape_decode(data, 'replace'))
show('raw', lambda: b'\\N{EM DASH}'.decode('raw_unicode_escape'))
try:
    b'\\N{NOPE}'.decode('unicode_escape')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)

# The incremental decoder waits for the rest of an escape.
dec = codecs.getincrementaldecoder('unicode_escape')()
out = []
for piece in [b'a\\', b'N', b'{EM', b' DA', b'SH}', b'b\\N{BULL', b'ET}']:
    out.append(dec.decode(piece))
out.append(dec.decode(b'', final=True))
print(ascii(out))
dec = codecs.getincrementaldecoder('unicode_escape')()
show('incremental', lambda: (dec.decode(b'x\\N{NOPE'), dec.decode(b'}', final=True)))
