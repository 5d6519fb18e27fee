# re character classes, escapes and anchors: [...] sets (ranges, negation,
# escapes inside), \d \w \s and their negations, the dot, ^ $ \A \Z \b \B,
# MULTILINE and DOTALL.
import re

text = 'The quick brown fox, 42 jumps_over 7 lazy dogs!\nNew line\ttab  end.'
for pat in [r'\d+', r'\D+', r'\w+', r'\W+', r'\s+', r'\S+', r'[aeiou]', r'[^aeiou\s]+',
            r'[a-f0-9]+', r'[A-Z]\w*', r'[-a]', r'[a\-z]', r'[]a]', r'[^]a]+', r'[\d.]+',
            r'[\w\s]+', r'[^\W\d_]+', r'\.', r'[.]', r'.', r'o\b', r'\bo', r'\Bo\B', r'x\b',
            r'[\t\n]', r'\t', r'[\x41-\x43]', r'[\101]', r'\x20\x20', r'[!,]']:
    print(repr(pat), re.findall(pat, text))

# the dot and newlines
print(re.findall('.', 'a\nb'), re.findall('(?s).', 'a\nb'), re.findall('.', 'a\nb', re.S))
print(re.match('a.c', 'a\nc'), re.match('a.c', 'a\nc', re.DOTALL).group())

# anchors
s = 'one\ntwo\nthree\n'
print(re.findall('^\\w+', s), re.findall('^\\w+', s, re.M), re.findall('\\w+$', s),
      re.findall('\\w+$', s, re.M))
print(re.findall(r'\A\w+', s, re.M), re.findall(r'\w+\Z', s, re.M), re.findall(r'\w+\Z', 'ab\n'))
print(re.search('$', 'ab\n').span(), re.search('a$', 'a\n'), re.search('a\\Z', 'a\n'))
print(re.findall('$', 'a\nb\n'), re.findall('$', 'a\nb\n', re.M), re.findall('^', 'a\nb\n', re.M))
print(re.search('^b', 'ab', re.M), re.search('^b', 'a\nb', re.M).span())
print([m.span() for m in re.finditer(r'\b', 'ab cd')], [m.span() for m in re.finditer(r'\B', 'ab cd')])
print(re.findall(r'\b\w', 'hello big world'), re.search(r'\b', ''), re.search(r'\B', ''))
print(re.findall(r'^', ''), re.findall(r'$', ''), re.findall(r'\A|\Z', 'xy'))

# boundaries with non-ASCII word characters
print(re.findall(r'\b\w+\b', 'naïve café über'), re.findall(r'\b\w+\b', 'naïve café', re.A))
print(re.findall(r'\w+', 'straße ΣΊΣΥΦΟΣ 東京 ١٢٣'), re.findall(r'\d+', '12 ١٢٣ ４５'))
print(re.findall(r'\d+', '12 ١٢٣ ４５', re.ASCII), re.findall(r'\s+', 'a\u00a0b\u2003c\x1cd'))
print(re.findall(r'\s+', 'a\u00a0b\u2003c\x1cd', re.A), re.findall('[\\s]', ' \x0b\x1f'))

# sets with categories, negated sets
print(re.findall(r'[^\d\s]+', 'ab12 cd 3e'), re.findall(r'[\D]+', 'ab12c'), re.findall(r'[^\S]', 'a b\tc'))
print(re.findall(r'[a-cx-z]+', 'abcdwxyz'), re.findall(r'[^a-cx-z]+', 'abcdwxyz'))
print(re.findall('[\u00e0-\u00ff]+', 'caf\u00e9 na\u00efve'), re.findall(r'[^\x00-\x7f]+', 'añb€c'))
print(re.sub(r'[aeiou]', '', 'education'), re.sub(r'[^a-z]', '_', 'Hello, World!'))
print(re.split(r'[\s,;]+', 'a, b;c  d,,e'))
