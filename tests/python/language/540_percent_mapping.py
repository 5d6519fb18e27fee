# printf-style formatting with a mapping: %(name)s, custom mappings, mixing errors
def f(fmt, args):
    try:
        return fmt % args
    except Exception as e:
        return "%s(%s)" % (type(e).__name__, e)

d = {"name": "Ann", "age": 31, "pi": 3.14159, "": "empty", "a b": "space", "(x)": "paren"}
print(f("%(name)s is %(age)d", d))
print(f("%(name)-8s|%(age)05d|%(pi).2f|%(pi)+10.3e", d))
print(f("%(name)r %(name)a %(age)x %(age)#o", d))
print(f("%()s|%(a b)s", d), f("%(missing)s", d), f("%(name)s %s", d), f("%s", d), f("%(name)s", ("x",)))
print(f("%(name)s %%", d), f("%(name)*d", d), f("%(name).*f", d), f("%((x))s", d), f("%(a(b)s", {"a(b": 1}))
print(f("%(name)s and %(name)s", d), f("plain", d), f("plain", {}), f("", {}), f("%(age)c", d), f("%(0)s", {0: "int key", "0": "str key"}))
class M:
    def __repr__(self):
        return "M()"
    def __getitem__(self, k):
        return k.upper()
class DD(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print(f("%(abc)s-%(x)s", M()), f("%(zz)s", DD()), f("%(zz)s", DD(zz="found")))
import collections
print(f("%(a)s", collections.OrderedDict(a=1)), f("%(a)s", collections.defaultdict(lambda: "dflt")), f("%(a)s", collections.Counter()))
print(f("%(a)s", [1]), f("%(a)s", "str"), f("%s", M()), f("%(a)s %(b)s", {"a": 1}), f("%(a)d", {"a": "x"}))
t = ("tuple",)
print(f("%s", t), f("%s", (t,)), f("%r", (t,)), f("%s %s", ("a", t)), f("%s", ()), f("x", ()), f("x", (1,)), f("x", 1), f("x", []))
print(f("%s", b"bytes"), f("%r", b"bytes"), f("%s", bytearray(b"ba")), f("%a", "é😀"), f("%.3r", ("abcdef",)))
