# _string.formatter_parser and _string.formatter_field_name_split, used
# directly: how str.format strings and field names split, including escaped
# braces, conversions, nested format specs, non-ASCII text, and the
# ValueErrors for malformed strings (raised lazily, item by item).
import _string


def parse(s):
    try:
        print(repr(s), list(_string.formatter_parser(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, '|', e)


def split(s):
    try:
        first, rest = _string.formatter_field_name_split(s)
        print(repr(s), repr(first), list(rest))
    except Exception as e:
        print(repr(s), type(e).__name__, '|', e)


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, '|', e)


print(sorted(n for n in dir(_string) if not n.startswith('__')))

for s in ['', 'abc', '{}', '{0}', '{name}', 'a{b}c', '{{', '}}', 'a{{b}}c', '{{}}', '{{{0}}}',
          '{0}{1}{2}', 'x{}y{}z', '{0!r}', '{0!s}', '{0!a}', '{0!r:>5}', '{!r}', '{!r:}', '{:}',
          '{0:}', '{:x}x{}', '{0:{1}}', '{0:{{}}}', '{:{:{}}}', '{0:{1}.{2}f}', '{a[}]}',
          '{a[x]}', '{a[:]!r:x}', '{a.b[c]}', '{a!x}', '{0!:}', '{é!é:é}', 'é{0}ü', '日本{語}',
          'x{0!s}y{1:>{2}}z', '{0.real.imag}', '{0[0][1]}', '{ }', '{0: <5}', '{0:%Y-%m-%d}',
          'line\n{0}\ttab', '{a!r:{b}}']:
    parse(s)

# Malformed strings.
for s in ['{', '}', 'a{', 'a}', 'a}b', '{}}', '{{}', '{!}', '{!', '{0!rr}', '{0!r', '{0:',
          '{0:{1}', '{a{b}', '{0:}}', '{0!}', '{0!ab}', '{a[', '{a[b', '{0:{a[}]}}', '{0[}',
          '{[}', '{a:x{', '{ab}}', '{a}}b}', '{!r}}', 'abc{', '{0', '{0!', '{a.b']:
    parse(s)

# Errors come when the iteration reaches them; what came before is kept.
it = _string.formatter_parser('ab{0}c}d{1}')
print(next(it))
show(lambda: next(it))
show(lambda: next(it))
show(lambda: next(it))
it = _string.formatter_parser('x}y{z}')
show(lambda: next(it))
show(lambda: next(it))
show(lambda: next(it))
it = _string.formatter_parser('{a{b}c}')
show(lambda: next(it))
show(lambda: next(it))
show(lambda: next(it))

it = _string.formatter_parser('a{}')
print(type(it).__name__, iter(it) is it, list(it), list(it))
show(lambda: _string.formatter_parser(1))
show(lambda: _string.formatter_parser(b'{}'))
show(lambda: _string.formatter_parser())
show(lambda: _string.formatter_parser('a', 'b'))
show(lambda: _string.formatter_parser(s='a'))
show(lambda: type(it)())


class S(str):
    pass


print(list(_string.formatter_parser(S('q{0}'))))

# Field names.
for s in ['', 'a', '0', '12', '007', '-1', '+1', ' 1', 'a.b', 'a[0]', 'a[0].b[c]', 'a[x][01]',
          '0.x', 'a]', '.a', '[0]', 'a.0', 'a[-1]', '٣', 'a[٣]', 'a b', 'a[b.c]', 'a[b[c]',
          'a{b}', 'a!r', 'a:x', 'é.ü[日]', '9223372036854775807', 'a[9223372036854775807]']:
    split(s)
for s in ['a.', 'a..b', 'a[', 'a[]', 'a[0]x', 'a.b.', 'a[0', '9223372036854775808',
          '99999999999999999999', 'a[99999999999999999999]', 'a.b[]', 'x[0]]']:
    split(s)

first, rest = _string.formatter_field_name_split('obj.attr[key][3].x')
print(first, type(rest).__name__, iter(rest) is rest)
print(next(rest), next(rest), next(rest), next(rest))
show(lambda: next(rest))
first, rest = _string.formatter_field_name_split('a[0]b.c')
print(first, next(rest))
show(lambda: next(rest))
print(list(rest))
first, rest = _string.formatter_field_name_split('a[x].')
print(next(rest))
show(lambda: next(rest))
show(lambda: _string.formatter_field_name_split(None))
show(lambda: _string.formatter_field_name_split())
show(lambda: _string.formatter_field_name_split('a', x=1))
show(lambda: type(rest)())
print(type(_string.formatter_field_name_split('7')[0]).__name__,
      type(_string.formatter_field_name_split('a[7]')[1].__next__()[1]).__name__)

# What string.Formatter builds on: the pieces reassemble the string.
for s in ['Hello, {name}! You are {age:>3} years old.', '{0}{{literal}}{1!r:^{2}}',
          '{a.b}-{c[d]}-{0[1]}']:
    out = []
    for literal, field, spec, conv in _string.formatter_parser(s):
        out.append(literal.replace('{', '{{').replace('}', '}}'))
        if field is not None:
            out.append('{' + field + ('!' + conv if conv else '') + (':' + spec if spec else '') + '}')
    print(''.join(out) == s, ''.join(out))
