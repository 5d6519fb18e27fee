# traceback: CPython 3.11 underlines the failing part of a line (column positions from co_positions)
import re, traceback

def clean(text):
    return re.sub(r'File "[^"]*/', 'File "', text)

def div(a, b):
    return a / b

def index(seq):
    x = seq[10] + 1
    return x

def call_attr(o):
    return o.missing_method(1, 2)

for fn, args in [(div, (1, 0)), (index, ([1, 2],)), (call_attr, (object(),))]:
    try:
        fn(*args)
    except Exception as e:
        print(clean("".join(traceback.format_exception(e))), end="")
def positions(f):
    return [p for p in f.__code__.co_positions() if p[2] is not None][:1]
print(len(positions(div)) == 1, positions(div)[0][0] == div.__code__.co_firstlineno)
try:
    div(1, 0)
except ZeroDivisionError as e:
    fs = traceback.extract_tb(e.__traceback__)[-1]
    print(fs.lineno, fs.end_lineno, fs.colno, fs.end_colno)
