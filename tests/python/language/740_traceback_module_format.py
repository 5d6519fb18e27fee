# traceback.format_exception of chained exceptions (3.11 layout, including ^^^ markers)
import os
import traceback
DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep
def show(e):
    text = "".join(traceback.format_exception(e))
    print(text.replace(DIR, "").rstrip())
    print("-----")
def divide(a, b):
    return a / b
def compute(values):
    total = 0
    for v in values:
        total += divide(10, v)
    return total
try:
    compute([1, 2, 0])
except ZeroDivisionError as e:
    show(e)
def lookup(d):
    return d["missing"]["deeper"]
try:
    lookup({"missing": {}})
except KeyError as e:
    show(e)
def attr(o):
    return o.name.upper()
try:
    attr(None)
except AttributeError as e:
    show(e)
def chained():
    try:
        int("xyz")
    except ValueError as e:
        raise RuntimeError("could not parse") from e
try:
    chained()
except RuntimeError as e:
    show(e)
print(traceback.format_exception_only(ValueError, ValueError("only")))
print(traceback.format_exception_only(KeyError("k")))
try:
    exec("x = (1,\n  2 +)")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)).rstrip())
