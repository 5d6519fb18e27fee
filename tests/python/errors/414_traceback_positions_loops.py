# The position of the failing instruction (co_positions, as
# traceback.extract_tb reports it) for exceptions raised in hot loops, where
# the loop may be running as a tier 2 trace when it fails: the position
# must be the failing operation's, not another one's on the same line.
import re
import traceback


def where(e):
    fs = traceback.extract_tb(e.__traceback__)[-1]
    return fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, fs.line


def divide_loop(n):
    total = 0
    for i in range(n):
        total += i * 2 + 100 // (i - 60) + i
    return total


def index_loop(data):
    acc = 0
    for i in range(200):
        acc = acc + data[i % 7] + data[i // 2]
    return acc


def attr_loop(objs):
    out = []
    for o in objs:
        out.append(o.real + o.imag + o.bogus)
    return out


def call_loop(n):
    s = 0
    i = 0
    while i < n:
        s += abs(i) + int("7" if i < 90 else "x") + len("ab")
        i += 1
    return s


def nested(n):
    def inner(k):
        return [k][k - 80]

    return sum(inner(i) for i in range(n))


for fn, arg in [
    (divide_loop, 100),
    (index_loop, [1, 2, 3, 4, 5, 6, 7] * 5),
    (attr_loop, [1, 2.5, 3j] * 40),
    (call_loop, 200),
    (nested, 100),
]:
    try:
        fn(arg)
    except Exception as e:
        print(type(e).__name__, where(e))
        lines = traceback.format_exception(e)
        print(re.sub(r'File "[^"]*[/\\]', 'File "', "".join(lines[-3:])), end="")
