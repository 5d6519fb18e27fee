# exception chaining attributes: __cause__, __context__, __suppress_context__, __traceback__
def info(e):
    return (type(e).__name__, str(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
def implicit():
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
def explicit():
    try:
        raise ValueError("first")
    except ValueError as e:
        raise KeyError("second") from e
def from_none():
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second") from None
def from_other():
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second") from IndexError("unrelated")
def from_class():
    raise KeyError("k") from IndexError
def in_finally():
    try:
        raise ValueError("in try")
    finally:
        raise KeyError("in finally")
def nested_three():
    try:
        try:
            raise ValueError("one")
        except ValueError:
            raise TypeError("two")
    except TypeError:
        raise KeyError("three")
def from_bad():
    raise KeyError("k") from 5
def reraise_same():
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e
def handled_then_new():
    try:
        raise ValueError("handled")
    except ValueError:
        pass
    raise KeyError("after handling")
def self_context():
    e = ValueError("self")
    try:
        raise e
    except ValueError:
        try:
            raise e
        except ValueError as again:
            return again.__context__
for f in [implicit, explicit, from_none, from_other, from_class, in_finally, from_bad, reraise_same, handled_then_new]:
    try:
        f()
    except Exception as e:
        print(f.__name__, info(e))
try:
    nested_three()
except Exception as e:
    chain = []
    while e is not None:
        chain.append(type(e).__name__)
        e = e.__context__
    print("nested", chain)
print("self context", repr(self_context()))
e = ValueError("manual")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError("c")
print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = False
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print("TypeError", err)
try:
    e.__context__ = 5
except TypeError as err:
    print("TypeError", err)
def tb_lines():
    try:
        explicit()
    except KeyError as e:
        tb = e.__traceback__
        n = 0
        while tb is not None:
            n += 1
            tb = tb.tb_next
        return n, e.__cause__.__traceback__ is not None
print(tb_lines())
err = RuntimeError("wt")
print(err.with_traceback(None) is err)
def with_tb():
    try:
        raise ValueError("x")
    except ValueError as e:
        return RuntimeError("copy").with_traceback(e.__traceback__)
r = with_tb()
print(type(r.__traceback__).__name__, r.__traceback__.tb_lineno > 0)
class CustomCause(Exception):
    pass
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise CustomCause("wrapped") from z
except CustomCause as c:
    print(info(c), type(c.__cause__.__traceback__).__name__)
try:
    try:
        raise ValueError("ctx")
    except ValueError:
        raise KeyError("k") from None
except KeyError as k:
    print("suppressed but context kept:", repr(k.__context__), k.__suppress_context__)
