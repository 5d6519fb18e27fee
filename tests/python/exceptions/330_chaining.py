# __cause__, __context__, __suppress_context__, raise from None
def show(e):
    print(type(e).__name__, repr(str(e)),
          "cause=" + (type(e.__cause__).__name__ if e.__cause__ is not None else "None"),
          "context=" + (type(e.__context__).__name__ if e.__context__ is not None else "None"),
          "suppress=" + str(e.__suppress_context__))

try:
    raise ValueError("plain")
except ValueError as e:
    show(e)

try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("implicit")
except ValueError as e:
    show(e)
    print("context is KeyError:", repr(e.__context__))

try:
    try:
        raise KeyError("k")
    except KeyError as ke:
        raise ValueError("explicit") from ke
except ValueError as e:
    show(e)
    print("cause is context:", e.__cause__ is e.__context__)

try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("suppressed") from None
except ValueError as e:
    show(e)
    print("context still kept:", repr(e.__context__))

try:
    raise ValueError("from class") from TypeError
except ValueError as e:
    show(e)
    print(repr(e.__cause__))

try:
    raise ValueError("cause outside handler") from IndexError("idx")
except ValueError as e:
    show(e)

try:
    raise ValueError("bad cause") from 5
except TypeError as e:
    print("TypeError:", e)

# chain of three
try:
    try:
        try:
            raise OSError("one")
        except OSError:
            raise KeyError("two")
    except KeyError:
        raise RuntimeError("three")
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(" <- ".join(chain))

# setting attributes manually
e = ValueError("manual")
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError("c")
print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print("TypeError:", err)
try:
    e.__context__ = 3
except TypeError as err:
    print("TypeError:", err)
e.__cause__ = None
print(e.__cause__)

# context not set to itself when re-raising the same exception
try:
    try:
        raise ValueError("same")
    except ValueError as inner:
        raise inner
except ValueError as e:
    print("self context:", e.__context__)

# context set in finally
try:
    try:
        raise ValueError("in try")
    finally:
        raise TypeError("in finally")
except TypeError as e:
    show(e)

# exception raised in handler of handled exception in a function
def f():
    try:
        {}["missing"]
    except KeyError:
        return int("nope")
try:
    f()
except ValueError as e:
    show(e)
    print(repr(e.__context__))

# raise from None then re-raise from another
try:
    try:
        raise KeyError(1)
    except KeyError:
        raise ValueError(2) from None
except ValueError as e:
    e.__cause__ = IndexError(3)
    show(e)
