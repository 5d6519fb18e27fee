# Exceptions raised inside traced loops, caught inside or outside the loop,
# raised in functions inlined into the trace; the program ends with an
# uncaught exception raised in a frame pushed by a trace.
import tier2_support as ts
from tier2_support import check, uop_names

N = ts.THRESHOLD


def div_loop(n, zero_at):
    total = 0
    for i in range(n):
        total += 1000 // (i - zero_at)
    return total


def div_loop_caught_inside(n, zero_every):
    total = 0
    errors = 0
    for i in range(n):
        try:
            total += 100000 // (i % zero_every)
        except ZeroDivisionError:
            errors += 1
    return total, errors


def key_loop(d, n):
    hits = 0
    misses = 0
    for i in range(n):
        try:
            hits += d[i]
        except KeyError as e:
            misses += 1
            last = e.args[0]
    return hits, misses, last


def checker(x):
    if x == 4321:
        raise ValueError("bad value %d" % x)
    return x & 7


def call_raises(n):
    total = 0
    for i in range(n):
        total += checker(i)
    return total


def call_raises_caught(n):
    total = 0
    caught = []
    for i in range(n):
        try:
            total += checker(i % 5000 + 4000)
        except ValueError as e:
            caught.append(str(e))
    return total, len(caught), caught[:1]


def nested_try(n):
    log = 0
    for i in range(n):
        try:
            try:
                if i % 1000 == 999:
                    raise IndexError(i)
                log += 1
            finally:
                log += 2
        except IndexError as e:
            log += e.args[0]
    return log


def exc_in_else(n):
    out = 0
    for i in range(n):
        try:
            out += i
        except Exception:
            out = -1
        else:
            if i == n - 10:
                raise RuntimeError("late", out)
    return out


class Resource:
    def __init__(self):
        self.entered = 0
        self.exited = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, *exc):
        self.exited += 1
        return exc[0] is KeyError


def with_loop(n):
    r = Resource()
    for i in range(n):
        with r:
            if i % 777 == 0:
                raise KeyError(i)
    return r.entered, r.exited


def leaf(x):
    return 10 // (x - 4999)


def middle(x):
    return leaf(x) + 1


def final_loop(n):
    total = 0
    for i in range(n):
        total += middle(i)
    return total


def run():
    try:
        div_loop(2 * N, 6000)
    except ZeroDivisionError as e:
        print("div_loop ZeroDivisionError:", e)
    print("div_loop ok range", div_loop(N, -1))
    print("div_loop_caught_inside", div_loop_caught_inside(3 * N, 50))
    d = {i: i * 3 for i in range(0, 2 * N, 3)}
    print("key_loop", key_loop(d, 2 * N))
    try:
        call_raises(N)
    except ValueError as e:
        print("call_raises ValueError:", e)
    ex = ts.get_first_executor(call_raises)
    check("call_raises: executor still valid", lambda: ex is None or ex.is_valid())
    print("call_raises below", call_raises(4321))
    print("call_raises_caught", call_raises_caught(2 * N))
    print("nested_try", nested_try(3 * N))
    try:
        exc_in_else(N)
    except RuntimeError as e:
        print("exc_in_else RuntimeError:", e.args)
    print("with_loop", with_loop(N))
    print("final_loop partial", final_loop(4999))
    print("about to fail")
    final_loop(2 * N)
    print("not reached")


run()
