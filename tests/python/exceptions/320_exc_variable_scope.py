# 'as' name is deleted after the except block; bare raise; sys.exc_info
import sys
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)

def in_function():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    try:
        exc
    except UnboundLocalError as err:
        print("UnboundLocalError:", err)
    except NameError as err:
        print("NameError:", err)
    return saved
print(type(in_function()).__name__)

# del inside except block of the name is fine... but then the implicit del fails? (no - it's tolerant)
try:
    raise KeyError("k")
except KeyError as k:
    del k
print("survived explicit del")

# the name is cleared even if it was a global before
val = 5
try:
    raise IndexError
except IndexError as val:
    pass
print("val" in globals())

# bare raise re-raises the current exception
def reraiser():
    try:
        raise ValueError("orig")
    except ValueError:
        print("handling, then re-raise")
        raise
try:
    reraiser()
except ValueError as e:
    print("re-raised:", e)

# bare raise inside nested handler re-raises the innermost
try:
    try:
        raise TypeError("outer")
    except TypeError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        raise  # re-raises TypeError (the exception being handled here)
except Exception as e:
    print("bare raise after nested handler:", type(e).__name__, e)

# bare raise outside handler
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

# bare raise in a function called from a handler
def helper():
    raise
try:
    try:
        raise OSError("from helper")
    except OSError:
        helper()
except OSError as e:
    print("helper re-raised:", e)

# sys.exc_info inside/outside handlers
print(sys.exc_info())
try:
    raise ValueError("info")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
    try:
        raise KeyError("nested")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())

# exception object survives when bound to another name
try:
    raise ValueError("kept")
except ValueError as tmp:
    kept = tmp
print(repr(kept), kept.__traceback__ is not None)

# raise an instance vs a class
for thing in (ValueError, ValueError("inst"), ValueError()):
    try:
        raise thing
    except ValueError as e:
        print(repr(e))

# raising non-exceptions
for bad in (5, "str", object, None):
    try:
        raise bad
    except TypeError as e:
        print("TypeError:", e)

# comprehension variable name and except name don't clash
try:
    raise ValueError("c")
except ValueError as e:
    names = [e for e in range(2)]
    print(names, e)
