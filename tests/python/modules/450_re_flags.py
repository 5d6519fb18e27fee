# re flags: IGNORECASE (ASCII and Unicode case folding, the special cases
# re._casefix handles), MULTILINE, DOTALL, VERBOSE, ASCII, LOCALE (bytes),
# inline and scoped flags, and the flags as Pattern.flags and in its repr.
import re

# IGNORECASE
print(re.findall('abc', 'ABC abc AbC', re.I), re.findall('[a-c]+', 'xABCx', re.I))
print(re.findall('[^a-c]+', 'xABCy', re.I), re.match('(?i)hello', 'HeLLo').group())
print(re.findall('k', 'Kk\u212a', re.I), re.findall('k', 'Kk\u212a', re.I | re.A))
print(re.findall('[k]', 'Kk\u212a', re.I), re.findall('[a-j]', 'AJK\u212a', re.I))
print(re.findall('s', 'sS\u017f', re.I), re.findall('\u017f', 'sS', re.I))
print(re.findall('σ', 'Σσς', re.I), re.findall('[σ]', 'Σσς', re.I), re.findall('ς', 'Σσ', re.I))
print(re.findall('ß', 'ßẞss', re.I), re.findall('i', 'iI\u0130\u0131', re.I))
print(re.findall('µ', 'µΜμ', re.I), re.findall('[α-γ]+', 'ΑΒΓ δεζ', re.I))
print(re.findall(r'\w+', 'ÀÉÎ àéî', re.I), re.findall('é', 'É', re.I), re.findall('é', 'É'))
print(re.findall('[x-z]', 'XYZ', re.I), re.findall('[X-Z]', 'xyz', re.I))
print(re.findall('a', 'AaA', re.I), re.findall('[^a]', 'AaB', re.I), re.findall('[^A]', 'aAb', re.I))
print(re.findall(r'\d', '1a', re.I), re.findall('1', '1', re.I), re.findall('_', '_', re.I))
print(re.match(r'(?i)\U00010400', '\U00010428'), re.match(r'(?i)[\U00010400-\U00010410]', '\U00010428'))

# MULTILINE and DOTALL
s = 'first line\nsecond line\nthird'
print(re.findall(r'^\w+', s, re.M), re.findall(r'\w+$', s, re.M), re.findall(r'^\w+', s))
print(re.findall(r'line.second', s), re.findall(r'line.second', s, re.S))
print(re.findall(r'(?m)^(\w)', s), re.findall(r'(?s)d.*t', s), re.findall(r'(?ms)^s.*?$', s))

# VERBOSE
p = re.compile(r'''
    (?P<num> \d+ )      # digits
    \s* [+]\s*          # a plus sign
    (?P<num2> \d+ )     # more digits
    [ ]\#               # an escaped space and hash
''', re.X)
print(p.match('12 + 34 #').groupdict(), p.match('12+34 #'))
print(re.match(r'(?x) a b c  # comment', 'abc').group(), re.match(r'(?x)a\ b', 'a b').group())
print(re.findall(r'(?x)[ ]+', 'a  b'), re.findall(r'(?x) [a b]', 'a b'))

# ASCII vs Unicode classes
for flags in (0, re.A):
    print(re.findall(r'\w+', 'café über naïve', flags), re.findall(r'\d', '٣3', flags),
          re.findall(r'\s', '\u3000 ', flags), re.findall(r'\bx', 'éx x', flags))
print(re.findall(r'(?a)\w+', 'héllo'), re.findall(r'(?u)\w+', 'héllo'))

# bytes: ASCII classes always, LOCALE allowed
print(re.findall(rb'\w+', b'caf\xe9 ok'), re.findall(rb'(?i)abc', b'ABC abc'))
print(re.findall(rb'\w+', b'caf\xe9 ok', re.L), re.findall(rb'(?i)k', b'Kk', re.L))
print(re.findall(rb'[a-c]+', b'xABCx', re.I | re.L), re.match(rb'(?L)\bok\b', b'ok'))

# scoped inline flags
print(re.findall(r'a(?i:b)c', 'abc aBc ABC abC'), re.findall(r'(?i)a(?-i:b)c', 'abc ABC AbC aBc'))
print(re.findall(r'(?i:a|b)c', 'Ac Bc ac'), re.findall(r'x(?s:.)y(?-s:.)?', 'x\ny\n x\nyz'))
print(re.findall(r'(?m:^a)|b$', 'a\nb\na'), re.findall(r'(?x: a b )c', 'abc'))

# flags on the pattern, repr
for pat, flags in [('a+', 0), ('a+', re.I), ('a+', re.I | re.S | re.M), ('(?i)a', 0),
                   ('a', re.X), ('a', re.A), ('a', re.U), (b'a', 0), (b'a', re.L | re.I),
                   ('a', re.DEBUG & 0), ('x' * 250, 0), ("it's", re.I)]:
    p = re.compile(pat, flags)
    print(p.flags, repr(p))
print(re.compile('a', re.I) == re.compile('a', re.I), re.compile('a', re.I) == re.compile('a'))
print(re.compile('a') == re.compile(b'a'), re.compile('a') != re.compile('a'),
      re.compile('(?i)a') == re.compile('a', re.I))
print(hash(re.compile('ab')) == hash(re.compile('ab')), re.compile('a') == 'a')
print(len({re.compile('x'), re.compile('x'), re.compile('y')}))

# flag errors
for pat, flags in [('a', re.L), (b'a', re.U), ('a', re.A | re.U), ('(?L)a', 0), ('(?au)a', 0)]:
    try:
        re.compile(pat, flags)
        print('ok')
    except (ValueError, re.error) as e:
        print(type(e).__name__, e)
