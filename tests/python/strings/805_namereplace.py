# The namereplace error handler: \N{NAME} for characters an encoding cannot
# hold, the backslash escape for characters without a name, through
# str.encode, codecs.namereplace_errors called directly, and in a stream.
import codecs
import io
import unicodedata


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, '|', e)
    else:
        print(label, '->', ascii(r))


text = ('a\xe9\u20ac\U0001f600\ud800\x00\x7f\x80\xa0\uffff\U000e0000\U0010ffff\u01a2\uac00'
        '\ud7a3\u4e00\U00020000\uf900\U0001b170\U00018800\U00017000\u0f0a\u0f39\u2014')
for enc in ['ascii', 'latin-1', 'cp1252', 'iso8859-15', 'utf-8', 'cp437', 'koi8-r']:
    show(enc, lambda: text.encode(enc, 'namereplace'))
for s in ['plain', '\u0100', 'x\u00ff\u0100y', '\U0001f9d1\u200d\U0001f33e', '\u0378', '\ue000',
          '\u0300\u0301', '\u3400\u4dbf\u9fff']:
    show(ascii(s), lambda: s.encode('ascii', 'namereplace'))
    show(ascii(s) + ' latin-1', lambda: s.encode('latin-1', errors='namereplace'))

# CPython keeps name aliases and named sequences at private-use code points,
# and namereplace names those (unicodedata.name() does not).
for cp in [0xF0000, 0xF0001, 0xF0019, 0xF001A, 0xF001B, 0xF01D5, 0xF01D6, 0xF01FF, 0xF0200,
           0xF0201, 0xF03CC, 0xF03CD, 0xF0400, 0xEFFFF]:
    print('%X' % cp, chr(cp).encode('ascii', 'namereplace'), unicodedata.name(chr(cp), None))

handler = codecs.lookup_error('namereplace')
print(handler is codecs.namereplace_errors, handler.__name__)
show('direct', lambda: handler(UnicodeEncodeError('ascii', 'a\xe9b\u20ac', 1, 4, 'x')))
show('direct empty', lambda: handler(UnicodeEncodeError('ascii', 'abc', 1, 1, 'x')))
show('direct noname', lambda: handler(UnicodeEncodeError('ascii', '\x80\ud800\U000e0080', 0, 3, 'x')))
show('decode error', lambda: handler(UnicodeDecodeError('ascii', b'a\xe9', 1, 2, 'x')))
show('translate error', lambda: handler(UnicodeTranslateError('a\xe9', 1, 2, 'x')))
show('not an error', lambda: handler(1))
show('decoding', lambda: b'\xff'.decode('ascii', 'namereplace'))

# A text stream with errors='namereplace'.
buf = io.BytesIO()
w = io.TextIOWrapper(buf, encoding='ascii', errors='namereplace')
w.write('caf\xe9 \u2603\n')
w.flush()
print(buf.getvalue())

# Round trip: the escapes decode back through unicode_escape.
s = 'x\u00e9\u2014\U0001f600\u4e00\uac00y'
b = s.encode('ascii', 'namereplace')
print(b, b.decode('unicode_escape') == s)
