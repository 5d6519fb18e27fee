# inheriting from int, str, float, Exception
class Celsius(float):
    def __new__(cls, v):
        return super().__new__(cls, v)
    def __repr__(self): return "%.1fC" % float(self)
    def to_f(self): return Celsius(self * 9 / 5 + 32)
c = Celsius(100)
print(c, c.to_f(), c + 1, type(c + 1).__name__, c > 50, int(c))
class Bits(int):
    def __new__(cls, v, width=8):
        obj = super().__new__(cls, v)
        obj.width = width
        return obj
    def __str__(self):
        return format(int(self), "0%db" % self.width)
    def __add__(self, o):
        return Bits(int(self) + int(o), self.width)
b = Bits(5)
print(b, repr(b), b + 3, type(b + 3).__name__, 3 + b, type(3 + b).__name__, b.width, Bits(5, 4))
print(b == 5, hash(b) == hash(5), b * 2, type(b * 2).__name__, -b, type(-b).__name__, [10, 20, 30, 40, 50, 60][b])
print(isinstance(b, int), int(b), type(int(b)).__name__, float(b), bool(Bits(0)))
class Hex(int):
    def __repr__(self): return hex(self)
print([Hex(255), Hex(16)], Hex("ff", 16), Hex(" 12 "))
try:
    Hex("zz")
except ValueError as e:
    print(type(e).__name__, e)
# bool cannot be subclassed; int subclass of bool no
try:
    class B2(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
# Exception subclasses
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self): return "[%d] %s" % (self.code, self.msg)
try:
    raise AppError(404, "not found")
except AppError as e:
    print(type(e).__name__, e, e.args, e.code, repr(e))
class NoInit(ValueError): pass
e = NoInit("a", 1)
print(str(e), repr(e), e.args, isinstance(e, ValueError), isinstance(e, Exception))
class NoSuperInit(Exception):
    def __init__(self, x):
        self.x = x
e = NoSuperInit(5)
print(repr(str(e)), e.args, repr(e))
class KwErr(Exception):
    def __init__(self, *, key):
        super().__init__("key=" + key)
        self.key = key
try:
    raise KwErr(key="k")
except KwErr as e:
    print(e, e.key, e.args)
class Chain(LookupError): pass
class Leaf(Chain, KeyError): pass
print([c.__name__ for c in Leaf.__mro__])
try:
    raise Leaf("leafy")
except KeyError as e:
    print("caught as KeyError", type(e).__name__, str(e))
try:
    {}["x"]
except Chain:
    print("wrong")
except LookupError as e:
    print("LookupError", repr(e))
# exception attributes
e = AppError(1, "m")
e.extra = "x"
print(e.extra, e.__traceback__, e.__cause__, e.__context__)
try:
    print(sorted(vars(e)))
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    class Bad(Exception, int): pass
except TypeError as e:
    print(type(e).__name__, e)
# raising non-exception class
class NotExc: pass
try:
    raise NotExc
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise NotExc()
except TypeError as e:
    print(type(e).__name__, e)
# BaseException subclass not caught by except Exception
class Fatal(BaseException): pass
try:
    try:
        raise Fatal("f")
    except Exception:
        print("wrong")
except BaseException as e:
    print("base caught", type(e).__name__, e)
# str subclass (last: method lookup on str subclass instances)
import sys
sys.stdout.flush()
class Path(str):
    def __truediv__(self, other):
        return Path(self + "/" + other)
    def parts(self):
        return self.split("/")
p = Path("usr") / "local" / "bin"
print(p, type(p).__name__, p.parts(), p.upper(), type(p.upper()).__name__, len(p))
print(p == "usr/local/bin", p + "!", type(p + "!").__name__, p[0], type(p[0]).__name__, "local" in p)
class CI(str):
    def __eq__(self, o): return self.lower() == o.lower()
    def __hash__(self): return hash(self.lower())
print(CI("Hello") == "HELLO", CI("a") in {CI("A")}, "hello" == CI("HeLLo"), CI("x") != "X")
class Tagged(str):
    def __new__(cls, s, tag):
        obj = super().__new__(cls, s)
        obj.tag = tag
        return obj
t = Tagged("text", "T1")
print(t, t.tag, repr(t), str(t), type(str(t)).__name__, f"{t}", "%s" % t, t.__dict__)
class Loud(str):
    def __str__(self): return self.upper()
    def __repr__(self): return "Loud(" + str.__repr__(self) + ")"
print(Loud("hi"), str(Loud("hi")), [Loud("x")], "-".join([Loud("a"), "b"]), f"{Loud('q')}")
