# Exceptions raised inside traces report the same line numbers as CPython:
# every frame of the traceback, including frames the trace pushed for inlined
# calls (their callers' positions are recorded before each _PUSH_FRAME), and
# errors raised by a uop that has no _SET_IP of its own.
import tier2_support as ts

N = ts.THRESHOLD + 500


def lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def leaf(x, d):
    y = x * 2
    return y // d


def middle(x, d):
    z = x + 1
    return leaf(z, d) + 1


def top(n, fail_at):
    total = 0
    for i in range(n):
        d = 0 if i == fail_at else 3
        total += middle(i, d)
    return total


def index_error(n, fail_at):
    data = list(range(10))
    total = 0
    i = 0
    while i < n:
        k = 99 if i == fail_at else i % 10
        total += data[k]
        i += 1
    return total


def attr_error(n, fail_at):
    class P:
        def __init__(self, v):
            self.v = v

    total = 0
    for i in range(n):
        p = P(i)
        if i == fail_at:
            del p.v
        total += p.v
    return total


def type_error(n, fail_at):
    total = 0
    for i in range(n):
        x = "s" if i == fail_at else i
        total = total + x
    return total


def key_error(n, fail_at):
    d = {i: i for i in range(10)}
    total = 0
    for i in range(n):
        total += d[i % 10 if i != fail_at else -1]
    return total


for fn in (top, index_error, attr_error, type_error, key_error):
    for fail_at in (3, N - 7):
        try:
            fn(N, fail_at)
            print(fn.__name__, "no error")
        except Exception as e:
            print(fn.__name__, fail_at, type(e).__name__, e, lines(e))
