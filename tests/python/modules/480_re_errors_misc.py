# re.error for bad patterns (message, pos, lineno, colno), argument errors of
# the Pattern methods, the scanner (Pattern.scanner and re.Scanner), copying,
# and the _sre module's own functions and constants.
import copy
import re
import _sre


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for pat in ['(', ')', '[a', 'a**', '*a', '(?P<1>a)', '(?P<a>x)(?P<a>y)', r'\1', r'(a)\2',
            '(?<=a*)b', 'a{3,2}', '(?z)', r'\p', '[z-a]', '(?P=nope)', '(?(3)a|b)', 'a|*',
            '(?#unclosed', 'x{1,2', r'\x4', '(?<!', '(?i', 'abc\n(def',
            '(?i)a(?i)', 'a)b', '[]', '(?P<a-b>x)', r'[\d-z]', '(a)(?(1)b|c|d)']:
    try:
        re.compile(pat)
        print(repr(pat), 'compiled')
    except re.error as e:
        print(repr(pat), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == pat)
    except Exception as e:
        print(repr(pat), type(e).__name__, e)
print(issubclass(re.error, Exception), re.error.__module__, re.error.__name__)

# argument errors
p = re.compile('a')
show(lambda: p.match())
show(lambda: p.match('a', 0, 1, 2))
show(lambda: p.match('a', bad=1))
show(lambda: p.match('a', pos='1'))
show(lambda: p.search('a', 0, 2 ** 70))
show(lambda: p.findall())
show(lambda: p.split())
show(lambda: p.sub('x'))
show(lambda: p.fullmatch('a', 1.0))
show(lambda: p.scanner())
show(lambda: re.compile(5))
show(lambda: re.compile(p, re.I))
show(lambda: re.compile(p) is p)
show(lambda: re.Pattern())
show(lambda: re.Match())
show(lambda: p < p)
show(lambda: p.pattern)
show(lambda: p.__copy__() is p and p.__deepcopy__({}) is p)
show(lambda: copy.copy(p) is p and copy.deepcopy(p) is p)
m = p.match('a')
show(lambda: copy.copy(m) is m and copy.deepcopy(m) is m)
show(lambda: m.groups(1, 2))
show(lambda: m.groupdict(x=1))
show(lambda: m.expand())
show(lambda: len(m))
show(lambda: re.Pattern[str])
show(lambda: re.Match[bytes])

# Pattern.scanner: match() continues where the previous match ended
sc = re.compile(r'\d+|[a-z]+|\s+').scanner('ab 12cd!x')
print(sc.pattern.pattern, type(sc).__name__, type(sc).__module__)
print([sc.match() for _ in range(6)])
sc = re.compile(r'\d').scanner('a1b2c3', 2)
print(sc.search(), sc.search(), sc.search(), sc.search(), sc.match())
sc = re.compile(r'x*').scanner('axx')
print([(m.span() if m else m) for m in [sc.search(), sc.search(), sc.search(), sc.search()]])
sc = re.compile(r'x*').scanner('axx')
print([(m.span() if m else m) for m in [sc.match(), sc.match(), sc.match()]])

# re.Scanner, built on the same machinery
scanner = re.Scanner([
    (r'[a-zA-Z_]\w*', lambda s, t: ('NAME', t)),
    (r'\d+\.\d*', lambda s, t: ('FLOAT', float(t))),
    (r'\d+', lambda s, t: ('INT', int(t))),
    (r'[-+*/=()]', lambda s, t: ('OP', t)),
    (r'\s+', None),
])
print(scanner.scan('x = 3.5 * (y + 42)'))
print(scanner.scan('a = b $ c'))

# the _sre module
print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())
print(_sre.ascii_iscased(ord('a')), _sre.ascii_iscased(ord('1')), _sre.ascii_iscased(0xe9))
print(_sre.unicode_iscased(0xe9), _sre.unicode_iscased(ord('1')), _sre.unicode_iscased(0xdf))
print(_sre.ascii_tolower(ord('Q')), _sre.ascii_tolower(0xc9), _sre.unicode_tolower(0xc9))
print(_sre.unicode_tolower(0x130), _sre.unicode_tolower(0x212a), _sre.unicode_tolower(0x1e9e))
print(isinstance(_sre.copyright, str), sorted(n for n in dir(_sre) if not n.startswith('_')))
show(lambda: _sre.compile('a', 0, [1, 2, 3], 0, {}, ()))
show(lambda: _sre.compile('a', 0, 'code', 0, {}, ()))
show(lambda: _sre.compile('a', 0, [-1], 0, {}, ()))
show(lambda: _sre.compile('a', 0, [2 ** 40], 0, {}, ()))
show(lambda: _sre.compile(1, 0, [1], 0, {}, ()))
print(_sre.compile('x', 0, [16, 120, 1], 0, {}, ()).match('xy'))
print(_sre.compile(None, 0, [16, 120, 1], 0, {}, ()).match(b'xy'))
