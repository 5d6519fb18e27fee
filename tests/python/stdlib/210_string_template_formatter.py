# string: Template (substitute/safe_substitute/errors/subclasses), Formatter subclass, capwords, constants
import string
from string import Template, Formatter

t = Template("$who likes ${what}; $$5 is $$5")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "a", "what": "b"}, what="c"))
print(t.template, t.safe_substitute(who="x"), Template("$a $b").safe_substitute({"a": 1}))
for tmpl, kw in [("$missing", {}), ("${bad", {"bad": 1}), ("$", {}), ("x $1", {}), ("${}", {})]:
    try:
        print(Template(tmpl).substitute(**kw))
    except KeyError as e:
        print("KeyError", e)
    except ValueError as e:
        print("ValueError", e)
    print("safe:", Template(tmpl).safe_substitute(**kw))
print(Template("$ü $x").safe_substitute(x=1), Template("$xü").safe_substitute(x=2))
print(Template("${a}b $a_b").substitute(a=1, a_b=2))
print(Template("$a").is_valid(), Template("${").is_valid(), Template("$a ${b} $$ $c").get_identifiers())

class Percent(Template):
    delimiter = "%"
print(Percent("%name costs %%%price").substitute(name="tea", price=3))
class Dotted(Template):
    idpattern = r"[a-z]+(?:\.[a-z]+)*"
print(Dotted("$user.name is $user.age").substitute({"user.name": "bob", "user.age": 9}))
class Braces(Template):
    delimiter = "#"
    pattern = r"""
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[_a-z][_a-z0-9]*) |
      \{(?P<braced>[_a-z][_a-z0-9]*)\} |
      (?P<invalid>)
    )"""
print(Braces("#x and #{y} and ##").substitute(x=1, y=2))
class Flags(Template):
    flags = 0
    idpattern = "[a-z]+"
print(Flags("$abc$ABC").safe_substitute(abc="low"))

class Upper(Formatter):
    def format_field(self, value, format_spec):
        if format_spec == "up":
            return str(value).upper()
        return super().format_field(value, format_spec)
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)
    def convert_field(self, value, conversion):
        if conversion == "d":
            return "#" + str(value)
        return super().convert_field(value, conversion)
u = Upper()
print(u.format("{0:up} {name:up} {missing} {1!r} {2!d} {3:>5}", "ab", "cd", 7, "x", name="nm"))
print(u.format("{a[0]} {b.real} {:{}}", 42, "^6", a=[1], b=3))
f = Formatter()
print(list(f.parse("a{0}b{x!r:>4}c{{}}")), f.format("{}-{}", 1, 2), f.vformat("{k}", (), {"k": "v"}))
try:
    f.format("{} {0}", 1)
except ValueError as e:
    print("ValueError", e)
class Strict(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        extra = set(kwargs) - used_args
        if extra:
            raise ValueError("unused: " + ",".join(sorted(extra)))
try:
    Strict().format("{a}", a=1, b=2, c=3)
except ValueError as e:
    print("ValueError", e)

print(string.capwords("  hello   world  foo "), string.capwords("a-b-c", "-"), string.capwords("ÉTÉ été"))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.ascii_lowercase.translate(str.maketrans("abc", "xyz", "d"))[:6])
