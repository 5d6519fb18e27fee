# The host stdlib's string module: its constants, capwords, Formatter (built
# on _string.formatter_parser / formatter_field_name_split) with overridden
# hooks, and Template (substitute, safe_substitute, custom delimiters and
# patterns, get_identifiers, is_valid).
import string


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, '|', e)


# Constants.
for name in ['whitespace', 'ascii_lowercase', 'ascii_uppercase', 'ascii_letters', 'digits',
             'hexdigits', 'octdigits', 'punctuation', 'printable']:
    print(name, repr(getattr(string, name)))
print(sorted(string.__all__))

# capwords.
print(string.capwords(' aBc  dEf \t ghi\n'), string.capwords('hello world'))
print(string.capwords('a-b-c', '-'), string.capwords('x, y,z', ', '), repr(string.capwords('')))

# Formatter.format: the same results as str.format.
f = string.Formatter()


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


p = Point(3, 4)
cases = [
    ('{} {}', (1, 2), {}),
    ('{1} {0} {1}', ('a', 'b'), {}),
    ('{name}: {value:>8.3f}', (), {'name': 'pi', 'value': 3.14159}),
    ('{0.x},{0.y} {0!r} {0!s:>12}', (p,), {}),
    ('{d[key]} {d[3]} {l[1]}', (), {'d': {'key': 'v', 3: 'three'}, 'l': [10, 20]}),
    ('{:{}}|{:>{w}}|', ('x', 5, 'y'), {'w': 4}),
    ('{0:{1}.{2}f}', (2.71828, 10, 3), {}),
    ('{{literal}} {0!a}', ('é',), {}),
    ('{:,} {:_x} {:08.2%}', (1234567, 255, 0.25), {}),
    ('{0[0]}{0[1]}', ('ab',), {}),
    ('no fields', (), {}),
]
for fmt, args, kwargs in cases:
    print(repr(f.format(fmt, *args, **kwargs)), f.format(fmt, *args, **kwargs) == fmt.format(*args, **kwargs))
print(f.vformat('{a}-{b}', (), {'a': 1, 'b': 2}))

# Errors come out as from str.format.
show(lambda: f.format('{0} {}', 1, 2))
show(lambda: f.format('{} {0}', 1, 2))
show(lambda: f.format('{2}', 1))
show(lambda: f.format('{missing}'))
show(lambda: f.format('{0!x}', 1))
show(lambda: f.format('{0:{1:{2:{3}}}}', 1, 2, 3, 4))
show(lambda: f.format('{', 1))
show(lambda: f.format('}'))
show(lambda: f.format('{0.}', 1))
show(lambda: f.format('{0[}', [1]))
show(lambda: f.format('{0:d}', 'text'))
show(lambda: f.format())


# Overridden hooks.
class Upper(string.Formatter):
    def format_field(self, value, format_spec):
        return super().format_field(value, format_spec).upper()


print(Upper().format('{} and {:>6} and {!r}', 'abc', 'de', 'q'))


class Defaults(string.Formatter):
    def __init__(self, defaults):
        self.defaults = defaults

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key] if key < len(args) else '<%d?>' % key
        return kwargs.get(key, self.defaults.get(key, '<%s?>' % key))


d = Defaults({'greeting': 'Hi'})
print(d.format('{greeting}, {name}! {0} {5}', 'zero', name='Ann'))


class Traced(string.Formatter):
    def __init__(self):
        self.calls = []

    def get_field(self, field_name, args, kwargs):
        self.calls.append(field_name)
        return super().get_field(field_name, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)

    def check_unused_args(self, used_args, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        self.unused = sorted(map(str, unused - used_args))


t = Traced()
print(t.vformat('{0.x}/{pt.y}/{1!u}/{2[1]}', (p, 'loud', 'xyz'), {'pt': p, 'extra': 1}))
print(t.calls, t.unused)
show(lambda: t.format('{0!z}', 1))


class Parsed(string.Formatter):
    def parse(self, format_string):
        for literal, field, spec, conv in super().parse(format_string):
            yield literal.replace('-', '+'), field, spec, conv


print(Parsed().format('a-{0}-b-{1:*^5}-c', 1, 2))
print(list(string.Formatter().parse('x{0!r:>{1}}y{{z}}')))
print(string.Formatter().get_field('0.x', (p,), {}), string.Formatter().get_field('k[1]', (), {'k': 'ab'}))

# Template.
T = string.Template
print(T('$who likes $what').substitute(who='tim', what='kung pao'))
print(T('${noun}ification $$ $x').substitute({'noun': 'class', 'x': 1}))
print(T('$a $b').substitute({'a': 1}, b=2), T('$a').substitute({'a': 1}, a=3))
print(T('$who likes $what').safe_substitute(who='tim'))
print(T('$ $$ ${bad $1').safe_substitute())
show(lambda: T('$who likes $what').substitute(who='tim'))
show(lambda: T('Give $who $100').substitute(who='tim'))
show(lambda: T('line one\nsecond $ line').substitute())
show(lambda: T('${who').substitute(who='x'))
print(T('$who and ${what}').template, T('$a$b').substitute(a='x', b='y'))
print(T('$who $what $who ${x} $$y').get_identifiers(), T('$a $ b').is_valid(), T('$a ${b}').is_valid())


class Percent(string.Template):
    delimiter = '%'


print(Percent('%name is %%%age%% %{x}').substitute(name='Ann', age=30, x='!'))


class Dotted(string.Template):
    idpattern = r'[a-z][_a-z0-9.]*'


print(Dotted('$user.name lives in ${user.city}').substitute({'user.name': 'Bo', 'user.city': 'Oslo'}))


class Braces(string.Template):
    braceidpattern = r'[A-Z ]+'


print(Braces('$lower ${UP PER}').substitute({'lower': 'l', 'UP PER': 'U'}))
print(string.Template.delimiter, string.Template.idpattern, string.Template.flags)
