# unicodedata's argument errors and messages, defaults, the module's
# attributes and the UCD type of ucd_3_2_0.
import unicodedata

o = unicodedata.ucd_3_2_0


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, '|', e)


for fname in ['decimal', 'digit', 'numeric', 'name', 'category', 'bidirectional', 'combining',
              'mirrored', 'east_asian_width', 'decomposition', 'lookup']:
    for db in (unicodedata, o):
        f = getattr(db, fname)
        show(f)
        show(f, 1)
        show(f, 'ab')
        show(f, '')
        show(f, None)
        show(f, 'a', 'b', 'c')
        show(f, chr=1)
        show(f, 'a', x=1)

# Defaults and ValueErrors.
for c in ['a', '5', '\u00bd', '\u00b2', '\x00', '\U0010ffff']:
    show(unicodedata.decimal, c)
    show(unicodedata.digit, c)
    show(unicodedata.numeric, c)
    show(unicodedata.name, c)
    print(unicodedata.decimal(c, 'd'), unicodedata.digit(c, None), unicodedata.numeric(c, -1),
          unicodedata.name(c, ''))
show(o.decimal, '\u1dc0')
show(o.name, '\u1dc0')
show(o.name, '\u1dc0', 'dflt')

# normalize / is_normalized arguments.
for f in (unicodedata.normalize, unicodedata.is_normalized, o.normalize, o.is_normalized):
    show(f)
    show(f, 'NFC')
    show(f, 'NFC', 'a', 'b')
    show(f, 1, 'a')
    show(f, 'NFC', 1)
    show(f, 1, 2)
    show(f, 'NFX', 'a')
    show(f, 'nfc', 'a')
    show(f, 'NFX', 1)
    show(f, b'NFC', 'a')
    show(f, 'NFC', '')
    show(f, 'NFC', unistr='a')
    show(f, form='NFC', unistr='a')

# lookup's argument types.
show(unicodedata.lookup, b'EM DASH')
show(unicodedata.lookup, bytearray(b'EM DASH'))
show(unicodedata.lookup, memoryview(b'EM DASH'))
show(unicodedata.lookup, 3.5)
show(unicodedata.lookup, 'EM DASH\ud800')
show(unicodedata.lookup, '\ud800')
show(unicodedata.lookup, 'name\x00tail')
show(unicodedata.lookup, b'\xff\xfe')

# The module and the UCD type.
print(sorted(n for n in dir(unicodedata) if not n.startswith('_')))
print(unicodedata.unidata_version, type(unicodedata.unidata_version))
print(type(o).__name__, type(o).__module__, type(o) is unicodedata.UCD)
print(o.unidata_version, isinstance(o, unicodedata.UCD))
print(sorted(n for n in dir(o) if not n.startswith('_')))
show(unicodedata.UCD)
show(type(o))
print(unicodedata.UCD.category(o, '\u1dc0'), unicodedata.UCD.category(o, 'a'))
show(unicodedata.UCD.category, o, 'a', 'b')
print(repr(unicodedata.lookup.__name__), repr(o.lookup.__name__))
print(unicodedata.__name__, unicodedata.__doc__.splitlines()[0])
print(unicodedata.lookup.__doc__.splitlines()[0], '|', unicodedata.normalize.__doc__.splitlines()[0])

# An empty string is returned before the form is checked.
for f in (unicodedata.normalize, unicodedata.is_normalized, o.normalize, o.is_normalized):
    show(f, 'NFX', '')
    show(f, 'NFX', 'x')


class S(str):
    pass


s = S('abc')
print(type(unicodedata.normalize('NFC', s)).__name__, unicodedata.normalize('NFC', s) is s)
print(type(unicodedata.normalize('NFD', S('\u00e9'))).__name__)
