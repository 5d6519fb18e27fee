# Custom exception hierarchies, except clause ordering, except tuples
class AppError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
    def describe(self):
        return "%s[%d]: %s" % (type(self).__name__, self.code, self)
class NetError(AppError):
    pass
class TimeoutErr(NetError):
    pass
class DbError(AppError):
    pass
class Both(NetError, DbError):
    pass

print([c.__name__ for c in Both.__mro__])

def classify(exc):
    try:
        raise exc
    except TimeoutErr as e:
        return "timeout: " + e.describe()
    except NetError as e:
        return "net: " + e.describe()
    except DbError as e:
        return "db: " + e.describe()
    except AppError as e:
        return "app: " + e.describe()
    except Exception as e:
        return "other: " + repr(e)

for exc in (TimeoutErr("slow", 1), NetError("down", 2), DbError("locked", 3),
            AppError("generic"), Both("both", 5), ValueError("v")):
    print(classify(exc))

# wrong order: base first shadows subclass
def bad_order(exc):
    try:
        raise exc
    except AppError:
        return "AppError caught first"
    except TimeoutErr:
        return "never"
print(bad_order(TimeoutErr("t")))

# except tuples
def tup(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-ish " + type(e).__name__
    except (TypeError, ValueError, ZeroDivisionError) as e:
        return "flat tuple " + type(e).__name__
    except (AppError,) as e:
        return "single tuple " + type(e).__name__
    except () as e:
        return "empty tuple never matches"
    except BaseException as e:
        return "fallback " + type(e).__name__
for exc in (KeyError(1), IndexError(2), TypeError(), ValueError(), ZeroDivisionError(),
            DbError("d"), RuntimeError(), KeyboardInterrupt()):
    print(tup(exc))

# except with a tuple stored in a variable, and computed at runtime
handled = (NetError, DbError)
try:
    raise DbError("var tuple")
except handled as e:
    print("variable tuple caught", e)
def which():
    print("evaluating except expression")
    return KeyError
try:
    raise KeyError("k")
except which() as e:
    print("dynamic caught", e)
# except expression not evaluated when earlier clause matches
try:
    raise ValueError
except ValueError:
    print("first clause")
except which():
    pass

# except with non-exception class
try:
    try:
        raise ValueError("x")
    except int:
        print("never")
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError("x")
    except (ValueError, 5):
        print("tuple with junk but first matches")
except TypeError as e:
    print("TypeError:", e)

# exception classes with class attributes and methods
class HttpError(Exception):
    status = 500
    def __str__(self):
        return "HTTP %d: %s" % (self.status, self.args[0] if self.args else "")
class NotFound(HttpError):
    status = 404
for ex in (HttpError("boom"), NotFound("/x"), NotFound()):
    try:
        raise ex
    except HttpError as e:
        print(e, "|", repr(e))

# exception in __init__ of a custom exception
class Fragile(Exception):
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative in __init__")
        super().__init__(v)
try:
    raise Fragile(-1)
except Fragile:
    print("never")
except ValueError as e:
    print("ValueError:", e)
try:
    raise Fragile(3)
except Fragile as e:
    print("Fragile", e.args)

# exception in a regular class __init__
class Widget:
    def __init__(self, size):
        self.size = size
        if size > 10:
            raise OverflowError("too big")
try:
    Widget(11)
except OverflowError as e:
    print("OverflowError:", e)

# custom exception without calling super().__init__ still has args
class Raw(Exception):
    def __init__(self, *a):
        pass
print(Raw(1, 2).args, str(Raw("q")))
# exceptions as class attributes / namespacing
class Api:
    class Error(Exception):
        pass
try:
    raise Api.Error("namespaced")
except Api.Error as e:
    print(type(e).__qualname__, e)
