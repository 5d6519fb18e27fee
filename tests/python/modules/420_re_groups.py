# re groups: capturing, named, non-capturing, nested, alternation inside
# groups, backreferences (by number and name, case-insensitive),
# conditionals (?(id)yes|no), and which value a repeated group keeps.
import re


def g(pat, s, flags=0):
    m = re.search(pat, s, flags)
    if m is None:
        print(repr(pat), repr(s), None)
    else:
        print(repr(pat), repr(s), m.span(), m.groups(), m.lastindex)


g(r'(a)(b)(c)', 'xabcx')
g(r'(a(b(c)))', 'abc')
g(r'(?:a(b))+', 'ababab')
g(r'(a|b)+', 'abba')
g(r'(a|ab)(c|bcd)(d*)', 'abcd')
g(r'((a)|(b))+', 'abab')
g(r'((a)|(b))+', 'aab')
g(r'(?:(a)|(b))*', 'ab')
g(r'(?:(a)|b)*', 'ab')
g(r'(a)*', 'aaa')
g(r'(a*)*', 'aaa')
g(r'(a*)+', 'aaa')
g(r'(a|)+', 'aa')
g(r'(a*?)(a*)', 'aaa')
g(r'(\d+)(?:\.(\d+))?', 'v3.14')
g(r'(\d+)(?:\.(\d+))?', 'v3')
g(r'(?:x(a)y|x(a)z)', 'xaz')
g(r'(a)(?:(b)x|b)', 'ab')
g(r'(?P<word>\w+)\s+(?P=word)', 'this is is a test')
g(r'(\w+)\s+\1', 'hello hello world')
g(r'(\w)(\w)\2\1', 'xabba')
g(r'(a)\1{2}', 'aaaa')
g(r'(?i)(abc)\1', 'abcABC')
g(r'(abc)\1', 'abcABC')
g(r'(?i)(straße)\1', 'STRASSEstraße')
g(r'(a)|\1', 'b')
g(r'(a)?\1', 'b')
g(r'(a)?(?(1)b|c)', 'ab')
g(r'(a)?(?(1)b|c)', 'c')
g(r'(a)?(?(1)b|c)', 'ac')
g(r'(?P<q>")?\w+(?(q)")', '"quoted" bare')
g(r'(?P<q>")?\w+(?(q)")', 'bare"')
g(r'^(<)?\w+(?(1)>)$', '<tag>')
g(r'^(<)?\w+(?(1)>)$', '<tag')
g(r'(a)?(?(1)|b)c', 'bc')
g(r'(?:(a)|b)(?(1)x|y)', 'ax by')
g(r'((a)|b)+?c', 'abac')
g(r'(.)(?:(?!\1).)*', 'aab')
g(r'(?:(a)b|ac)+', 'abac')
g(r'(?:(a)|a)*', 'aa')
g(r'(a(b)?)+', 'aba')
g(r'(?:(a)|(b)){2,3}', 'abab')

# numbering with many groups and names
p = re.compile(r'(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:T(?P<h>\d\d):(?P<mi>\d\d))?')
for s in ['2024-01-31', '2024-02-29T13:45', 'x']:
    m = p.match(s)
    print(m and (m.groupdict(), m.lastgroup, m.lastindex, m.span('h')))
print(p.groups, sorted(p.groupindex.items()))
m = re.match('(' * 20 + 'x' + ')' * 20, 'x')
print(m.groups(), m.lastindex)
m = re.match(''.join('(%s)' % c for c in 'abcdefghijklmnopqrstuvwxyz'), 'abcdefghijklmnopqrstuvwxyz')
print(m.group(26), m.group(10), m.lastindex, m.groups()[-3:])
m = re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 'abcdefghijkk')
print(m and m.group(11))

# findall with 0, 1 and several groups
print(re.findall(r'\w+', 'a bb ccc'), re.findall(r'(\w)\w*', 'a bb ccc'))
print(re.findall(r'(\w)(\w)?', 'a bb ccc'), re.findall(r'(a)|(b)', 'abc'))
print(re.findall(r'(?:a|b)+', 'abcab'), re.findall(r'()', 'ab'))
print([m.groups() for m in re.finditer(r'(\d)(x)?', '1x2 3x')])
