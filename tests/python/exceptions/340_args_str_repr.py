# Exception args, str(), repr() with 0, 1, 2 args, and special cases
for cls in (Exception, ValueError, KeyError, IndexError, RuntimeError, StopIteration, OSError, AttributeError):
    for args in ((), ("msg",), ("a", "b"), (1,), (None,), ("",)):
        e = cls(*args)
        print(cls.__name__, repr(args), "| str:", repr(str(e)), "| repr:", repr(e), "| args:", e.args)

# KeyError quirk: str() uses repr of the single arg
print(str(KeyError("a")), str(KeyError(1)), str(KeyError("a", "b")), str(KeyError()))
try:
    {}["missing"]
except KeyError as e:
    print("caught:", e, "|", repr(e), "|", e.args)
try:
    {}[("t", 1)]
except KeyError as e:
    print("tuple key:", e, e.args)

# args can be reassigned
e = ValueError("x")
e.args = ("y", 2)
print(str(e), repr(e))
e.args = []
print(e.args, repr(str(e)))
# custom exceptions
class MyErr(Exception):
    pass
print(repr(MyErr()), repr(MyErr("m")), str(MyErr(1, 2)))
class WithInit(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
w = WithInit(404, "not found")
print(w.code, str(w), repr(w), w.args)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
w = NoSuper(1, 2)
print(w.args, str(w), repr(w))
class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(str(WithStr("ignored")), repr(WithStr("kept")))
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(str(WithRepr("s")), repr(WithRepr("s")))
# exception message formatting with print
try:
    raise ValueError("two", "args")
except ValueError as e:
    print(e)
print(BaseException("b"), repr(BaseException()))
# long args
print(repr(ValueError(*range(5))))
print(str(ValueError([1, 2])), repr(ValueError({"k": 1})))
# UnicodeDecodeError-like builtin with specific args
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    int("abc")
except ValueError as e:
    print(e.args)
try:
    [].pop()
except IndexError as e:
    print(e.args)
# exceptions compare by identity
print(ValueError("a") == ValueError("a"))
e = ValueError("a")
print(e == e)
# with_traceback returns self
e = ValueError("t")
print(e.with_traceback(None) is e)
