# re basics: match, search, fullmatch, and the Match object's API (group,
# groups, span, start, end, groupdict, lastindex, lastgroup, regs, pos,
# endpos, string, re, repr), with pos/endpos.
import re


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


p = re.compile(r'(\w+) (\w+)')
m = p.match('hello world and more')
print(m)
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2, 0))
print(m.groups(), m.span(), m.span(1), m.span(2), m.start(), m.end(), m.start(2), m.end(1))
print(m[0], m[1], m[2], m.regs)
print(m.pos, m.endpos, m.string, m.re is p, m.lastindex, m.lastgroup)
print(bool(m), m.__copy__() is m, m.__deepcopy__({}) is m)

# match anchors at pos, search scans, fullmatch needs everything
print(re.match('b', 'abc'), re.search('b', 'abc'), re.fullmatch('abc', 'abc'))
print(re.fullmatch('ab', 'abc'), re.fullmatch('a|ab', 'ab'), re.fullmatch('a*?', 'aaa'))
print(re.search('c', 'abcabc').span(), re.search('x', 'abc'))
print(re.match('', ''), re.search('$', 'abc'), re.search('^', 'abc'))

# pos and endpos
p = re.compile('o')
print(p.search('foo boo', 3), p.search('foo boo', 3, 5), p.match('foo', 1), p.match('foo', 0))
print(p.search('foo', -5), p.search('foo', 2, 100), p.search('foo', 3), p.search('foo', 1, 1))
m = p.search('hello world', 5, 9)
print(m, m.pos, m.endpos)
print(re.compile('$').search('abc', 0, 2), re.compile('^').search('abc', 1))
print(re.compile('').match('abc', 2, 1), re.compile('').search('abc', 2, 1))
print(re.compile('x*').findall('abc', 2, 1), re.compile('b').findall('abcb', 1, 3))
print(p.search(string='foo', pos=1, endpos=2))
print(p.match('xo', pos=1).span())

# named groups
m = re.match(r'(?P<first>\w+)\s(?P<last>\w+)(?P<rest>\s\w+)?', 'Jane Doe')
print(m.group('first'), m.group('last'), m['last'], m.group('rest'), m.groupdict())
print(m.groupdict('?'), m.groups(), m.groups('-'), m.groups(default=0), m.span('last'))
print(m.start('rest'), m.end('rest'), m.span('rest'), m.lastindex, m.lastgroup)
print(m.regs)
print(dict(m.re.groupindex), m.re.groups, m.re.pattern)

# lastindex / lastgroup follow the last group closed
m = re.match(r'(a)(b)((c)(d))?', 'abcd')
print(m.lastindex, m.lastgroup, m.groups())
m = re.match(r'(?P<outer>(?P<inner>a))', 'a')
print(m.lastindex, m.lastgroup)
m = re.match(r'(a)|(b)', 'b')
print(m.lastindex, m.groups(), m.span(1), m.span(2))
print(re.match('a', 'a').lastindex, re.match('a', 'a').lastgroup)

# group() errors
m = re.match(r'(a)(?P<n>b)', 'ab')
show(lambda: m.group(3))
show(lambda: m.group(-1))
show(lambda: m.group('x'))
show(lambda: m.group(1.5))
show(lambda: m.group(2 ** 80))
show(lambda: m.start(5))
show(lambda: m[[1]])
show(lambda: m.span(1, 2))
print(m.group(True), m.group(False), m.group(1, 'n'))

# repr truncates long matches
print(repr(re.match('.*', 'y' * 80)))
print(repr(re.search('b+', 'abbbc')))
print(repr(re.match("'", "'")), repr(re.match('"', '"')))
print(type(m).__name__, type(m).__module__, type(p).__name__, type(p).__module__)
print(re.Match is type(m), re.Pattern is type(p))
