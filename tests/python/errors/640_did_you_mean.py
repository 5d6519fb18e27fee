# "Did you mean" on the exception line of a printed traceback (NameError
# and AttributeError), as sys.excepthook prints it; and the name/obj that
# a failed attribute lookup stores on its AttributeError.
import io
import sys


def last_line(f):
    try:
        f()
    except BaseException as e:
        saved = sys.stderr
        sys.stderr = io.StringIO()
        try:
            sys.__excepthook__(type(e), e, e.__traceback__)
            text = sys.stderr.getvalue()
        finally:
            sys.stderr = saved
        print(text.rstrip("\n").splitlines()[-1])


class Point:
    def __init__(self):
        self.xcoord = 1
        self.ycoord = 2
        self.Color = "red"

    def distance(self):
        return 0


p = Point()
last_line(lambda: p.xcord)
last_line(lambda: p.color)
last_line(lambda: p.distanse)
last_line(lambda: p.zzzzzzzzzz)
last_line(lambda: p.x)
last_line(lambda: [].apend)
last_line(lambda: "".uper)
last_line(lambda: {}.itmes)
last_line(lambda: None.__bol__)
last_line(lambda: int.from_byts)
last_line(lambda: sys.getrecursionlimt)
last_line(lambda: (1).real2)
last_line(lambda: io.StringIo)


def local_typo():
    counter = 1
    return countr


last_line(local_typo)
global_value = 10
last_line(lambda: global_valeu)
last_line(lambda: prnt)
last_line(lambda: lenn)
last_line(lambda: Lambda)
last_line(lambda: completely_unknown_name_here)
last_line(lambda: ab)


def deep():
    def inner():
        return inner_vlaue

    inner_value = 3
    return inner()


last_line(deep)


class Many:
    pass


m = Many()
for i in range(800):
    setattr(m, "attr%d" % i, i)
last_line(lambda: m.attr1x)


class Dir:
    spam = 1

    def __dir__(self):
        return ["spam", "eggs", "bacon"]


last_line(lambda: Dir().egs)


class BadDir:
    def __dir__(self):
        raise RuntimeError("no dir")


last_line(lambda: BadDir().anything)


class Getattr:
    def __getattr__(self, name):
        raise AttributeError(name)

    value = 1


last_line(lambda: Getattr().valu)


class GetattrNamed:
    def __getattr__(self, name):
        raise AttributeError("custom", name="other")

    value = 1


last_line(lambda: GetattrNamed().valu)


def raise_plain():
    raise AttributeError("plain")


last_line(raise_plain)


def raise_name_error():
    raise NameError("made up")


last_line(raise_name_error)
long_name_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa = 1
last_line(lambda: long_name_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab)
last_line(lambda: xlong_name_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb)
ÄÖÜ_name = 1
last_line(lambda: ÄÖU_name)

# name and obj of AttributeError
for f in [lambda: p.nope, lambda: Point.nope, lambda: sys.nope, lambda: (5).nope,
          lambda: Getattr().nope, lambda: GetattrNamed().nope]:
    try:
        f()
    except AttributeError as e:
        print(repr(e.name), type(e.obj).__name__)
try:
    getattr(p, "missing")
except AttributeError as e:
    print(e.name, e.obj is p)
print(hasattr(p, "missing"), getattr(p, "missing", "default"))
try:
    p.nothing = 1
    del p.nothing
    del p.nothing
except AttributeError as e:
    print(e.name, e.obj)
e = AttributeError("m")
print(e.name, e.obj)
