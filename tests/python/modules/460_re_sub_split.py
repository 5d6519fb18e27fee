# re.sub/subn (literal and template replacements, group references, callables,
# count), split (groups, maxsplit, empty matches), findall/finditer, and
# Match.expand.
import re


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# literal and template replacements
print(re.sub('a', 'X', 'banana'), re.sub('a', 'X', 'banana', 2), re.sub('a', 'X', 'banana', count=1))
print(re.sub('x', 'y', 'abc'), re.sub('', '-', 'abc'), re.sub('a*', '-', 'baac'))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'me@home you@work'))
print(re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>=\g<k>', 'a=1 b=2'))
print(re.sub(r'(\w)(\w)', r'\g<2>\g<1>', 'abcd'), re.sub(r'\w+', r'[\g<0>]', 'hi there'))
print(re.sub(r'(a)|b', r'<\1>', 'ab'), re.sub(r'(\d)', r'\1\1', 'a1b2'))
print(re.sub('a', r'\n\t\\', 'a'), re.sub('a', '\\\\', 'xax'), re.sub('a', r'\101\0', 'a'))
print(re.sub(r'(\d+)', r'\g<1>0', 'x5 y7'), re.sub(r'(.)', r'\1\0', 'ab') == 'a\x00b\x00')
print(re.subn('a', 'b', 'aaa'), re.subn('a', 'b', 'aaa', 2), re.subn('z', 'b', 'aaa'))
print(re.subn(r'\s+', ' ', '  lots   of\t\tspace  '), re.sub('b', 'c', 'abba', count=-1))

# callables
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'(\w+)', lambda m: m.group(1).upper(), 'one two'), re.sub('x', lambda m: '', 'axbx'))
print(re.subn(r'[aeiou]', lambda m: m.group().upper(), 'education'))
calls = []
print(re.sub(r'\w', lambda m: calls.append(m.span()) or None, 'ab c'), calls)
print(re.sub(r'(?P<n>\d)', lambda m: m.expand(r'<\g<n>>'), 'a1b2'))
print(re.sub(b'a', lambda m: b'[' + m.group() + b']', b'banana'))

# empty matches next to non-empty ones
print(re.sub('x*', '-', 'abxd'), re.sub('x*', '-', ''), re.sub(r'\b', '|', 'hi there'))
print(re.sub('(?=b)|b', '#', 'abc'), re.subn('', '', 'abc'))

# split
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split(r'\W+', 'a b c', maxsplit=2))
print(re.split('[a-f]+', '0a3B9', flags=re.I), re.split('x*', 'axbc'), re.split('', 'abc'))
print(re.split(r'(a)|(b)', 'xaybz'), re.split(r'(?:a|b)', 'xaybz'), re.split('(x)', 'x'))
print(re.split(r'\s*', ' a b '), re.split(r'(?m)^$', 'a\n\nb'), re.split(',', ''))
print(re.split('b', 'abc', -1), re.split('b', 'abc', 0))

# findall and finditer
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)=(\d)', 'a=1, b=2, c=x'))
print(re.findall('', 'ab'), re.findall('a|', 'ab'), re.findall(r'\b\w', 'the end'))
it = re.finditer(r'(\w)(\d)?', 'a1 b c3')
print(type(it).__name__, [(m.group(), m.groups(), m.span()) for m in it])
print([m.span() for m in re.finditer('', 'abc')], [m.span() for m in re.finditer('a*', 'baab')])
print([m.group() for m in re.compile(r'\w+').finditer('one two three', 4)])
print([m.group() for m in re.compile(r'\w+').finditer('one two three', 0, 7)])
print(re.compile(r'\w').findall('abcdef', 2, 4), re.compile(r'\w').findall(string='abc', pos=1))

# Match.expand
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Ada Lovelace')
print(m.expand(r'\2, \1'), m.expand(r'\g<last>/\g<first>/\g<0>'), m.expand('plain'))
print(re.match(r'(a)(b)?', 'a').expand(r'[\2]'), m.expand(template=r'\1'))
show(lambda: m.expand(r'\3'))
show(lambda: m.expand(r'\g<nope>'))
show(lambda: m.expand(r'\g<1'))
show(lambda: re.sub('a', r'\9', 'a'))
show(lambda: re.sub('(a)', r'\2', 'a'))
show(lambda: re.sub('a', r'\q', 'a'))
show(lambda: re.sub('a', r'\g<a b>', 'a'))
show(lambda: re.sub('a', lambda m: 5, 'xa'))
show(lambda: re.sub(b'a', lambda m: 'str', b'xa'))
show(lambda: re.sub(b'a', 'str', b'xa'))
show(lambda: re.sub('a', b'bytes', 'xa'))
show(lambda: re.sub('a', 5, 'xa'))
show(lambda: re.sub('a', 'b'))
show(lambda: re.compile('a').sub('b', 'a', 'c'))
show(lambda: re.compile('a').split('a', maxsplit='2'))

# the Pattern methods directly
p = re.compile(r'(\d)')
print(p.sub(r'<\1>', 'a1b2'), p.subn(r'\1', 'x9'), p.split('a1b2c'), p.findall('1 2 3'))
print(p.sub(repl='#', string='a1b2', count=1), p.split(string='a1b2', maxsplit=1))
print(p.sub('z', 'no digits') == 'no digits')
s = 'unchanged'
print(re.sub('x', 'y', s) is s, re.sub('u', 'U', s))
