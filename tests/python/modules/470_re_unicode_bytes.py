# re on non-ASCII text (positions are in characters, not bytes; groups are
# sliced correctly from the middle of the text) and on bytes-like subjects
# (bytes, bytearray, memoryview), with the str/bytes mixing errors.
import re


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = 'Grüße aus Köln! 東京タワー 🎉🎉 naïve—café ١٢٣'
for pat in [r'\w+', r'[^\x00-\x7f]+', r'ö|ü', r'[🎉]+', r'\d+', r'(\w)(\w)', r'.\b', r'\s(\S+)\s',
            r'🎉', r'K.ln', r'(?i)KÖLN', r'(?i)GRÜSSE', r'[ä-ü]', r'—(\w+)']:
    print(repr(pat), [(m.span(), m.group(), m.groups()) for m in re.finditer(pat, s)])

m = re.search(r'(?P<city>K\w+)!\s+(\S+)', s)
print(m, m.span('city'), m.group(2), m.start(2), m.end(), m.groupdict(), m.regs)
print(repr(m.string[m.start():m.end()]), m.string is s)
print(re.sub(r'[aeiouäöü]', '*', s))
print(re.sub(r'(\w+)', lambda m: m.group(1)[::-1], 'héllo wörld'))
print(re.split(r'\s+', s), re.findall(r'.', 'aé🎉'))
print(re.search('🎉+', s).span(), re.search('タワー', s, 0).span(), len(s))
print(re.match('.{3}', '🎉é😀x').group(), re.fullmatch('(..)(.)', 'é🎉ö').groups())
print(repr(re.search('x', 'é' * 60 + 'x')), repr(re.match('.*', 'é' * 60)))
print(re.compile('ö').search('ööö', 1, 2), re.compile('ö').findall('ööö', 1))
print(re.escape('a.b*c?é'), re.match(re.escape('1+1=2?'), '1+1=2?').group())
# a subject that is all ASCII and one that is not, through the same pattern
p = re.compile(r'(\w+)-(\w+)')
print(p.findall('ab-cd ef-gh'), p.findall('äb-cd ef-gh'), p.sub(r'\2-\1', 'äb-cd ef-gh'))
# str subclasses
class S(str):
    pass
m = re.match(r'(\w+)', S('subclassed text'))
print(m.group(1), type(m.group(1)).__name__, type(m.string).__name__)

# bytes patterns
print(re.findall(rb'\d+', b'a1b22'), re.sub(rb'(\w)', rb'<\1>', b'ab'), re.split(rb',', b'a,b'))
m = re.match(rb'(?P<k>\w+)=(\w+)', b'key=val;')
print(m, m.groups(), m.groupdict(), m.span(2), m.expand(rb'\2:\1'))
print(re.findall(rb'[\x80-\xff]+', b'ab\xe9\xff cd'), re.findall(rb'.', b'\x00\n\xff'))
print(re.match(rb'\xe9', b'\xe9').group(), re.findall(b'(?i)\xe9', b'\xc9\xe9'))
print(re.search(rb'\w+', b'\xe9t\xe9'), re.escape(b'a.b'))

# bytearray and memoryview subjects; groups come back as bytes
ba = bytearray(b'hello world')
m = re.search(rb'o (w)', ba)
print(m, m.group(), m.group(1), type(m.group()).__name__, m.string is ba)
print(re.findall(rb'o', ba), re.sub(rb'o', b'0', ba), re.split(rb' ', ba))
mv = memoryview(b'abc def')
print(re.findall(rb'\w+', mv), re.match(rb'abc', mv).group(), re.sub(rb'c', b'C', mv))
print(re.sub(rb'l', bytearray(b'L'), b'hello'), re.sub(b'l', memoryview(b'_'), b'hello'))
print(re.sub(rb'x', rb'\\', b'axb'), re.subn(rb'(l)', rb'[\1]', ba))
# a match keeps reading its bytearray as it is now
m = re.match(rb'(he)llo', ba)
ba[0:2] = b'HE'
print(m.group(), m.group(1))
del ba[3:]
print(m.group(), m.span(), m.group(1))

# mixing kinds is an error
show(lambda: re.match('a', b'a'))
show(lambda: re.match(b'a', 'a'))
show(lambda: re.compile('a').search(bytearray(b'a')))
show(lambda: re.compile(b'a').findall('a'))
show(lambda: re.match('a', 1))
show(lambda: re.match('a', None))
show(lambda: re.compile('a').sub('b', ['a']))
show(lambda: re.compile(b'a').split(3.5))
show(lambda: re.compile('a').scanner(b'x'))
show(lambda: re.compile('a').finditer(b'x'))
show(lambda: re.search(b'a', 'a'))
show(lambda: re.compile(r'\w').match('é', 'x'))
