# test: gc-stress
def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        return 10 / x
    except ValueError as e:
        print("caught", e)
        return -1
    except ZeroDivisionError:
        return -2
    else:
        print("no exception")
    finally:
        print("finally", x)
print(f(0), f(5))
try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
except IndexError as e:
    print("context:", type(e.__context__).__name__)
class MyError(Exception):
    pass
try:
    raise MyError("custom", 1)
except Exception as e:
    print(repr(e), e.args, isinstance(e, MyError))
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("fin", i)
