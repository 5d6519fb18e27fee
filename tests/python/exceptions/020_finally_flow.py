def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("finally", i)
    return i
print(g())
def h():
    try:
        raise KeyError("k")
    except KeyError:
        return "handled"
    finally:
        print("h finally")
print(h())
class Suppress:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("suppressing", t.__name__)
        return True
with Suppress():
    raise ValueError("x")
print("after with")
def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
nested()
try:
    raise
except RuntimeError as e:
    print(e)
e = None
try:
    1 / 0
except ZeroDivisionError as exc:
    e = exc
print(type(e).__name__, e.__traceback__ is not None)
