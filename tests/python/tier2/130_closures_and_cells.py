# Closures and cells in hot loops: reading and writing cells (nonlocal),
# lambdas, functions defined inside loops, closures over loop variables.
import tier2_support as ts
from tier2_support import check, uop_names

N = ts.THRESHOLD


def make_counter():
    count = 0

    def inc(k):
        nonlocal count
        count += k
        return count
    return inc


def counter_loop(n):
    inc = make_counter()
    last = 0
    for i in range(n):
        last = inc(i % 3)
    return last


def cell_in_loop(n):
    total = 0

    def add(x):
        nonlocal total
        total += x
    for i in range(n):
        add(i)
        if total > 10 ** 6:
            total -= 10 ** 6
    return total


def cell_read(n):
    factor = 3

    def scaled(x):
        return x * factor
    s = 0
    for i in range(n):
        s += scaled(i)
        if i == n // 2:
            factor = -1
    return s


def lambdas(n):
    ops = [lambda x: x + 1, lambda x: x * 2, lambda x: x - 3]
    v = 0
    for i in range(n):
        v = ops[i % 3](v) % 100000
    return v


def defined_in_loop(n):
    fns = []
    total = 0
    for i in range(n):
        def f(y, i=i):
            return y + i
        total += f(1)
        if i % 1000 == 0:
            fns.append(f)
    return total, [g(0) for g in fns]


def late_binding(n):
    fns = []
    for i in range(n):
        fns.append(lambda: i)
    return sum(f() for f in fns[:10]), fns[0]()


def loop_var_cell(n):
    total = 0
    for i in range(n):
        get = lambda: i * 2
        total += get()
    return total


def outer_mutates_cell(n):
    x = 0

    def read():
        return x
    total = 0
    for i in range(n):
        x = i
        total += read()
    return total


def deep_closure(n):
    a = 1

    def level1():
        b = 2

        def level2():
            nonlocal a, b
            a += 1
            b += a
            return a + b
        return level2
    f = level1()
    s = 0
    for i in range(n):
        s = (s + f()) % 1000003
    return s, a


def run():
    print("counter_loop", counter_loop(N))
    ex = ts.get_first_executor(counter_loop)
    check("counter_loop: executor valid", lambda: ex is not None and ex.is_valid())
    print("cell_in_loop", cell_in_loop(N))
    print("cell_read", cell_read(N))
    print("lambdas", lambdas(N))
    print("defined_in_loop", defined_in_loop(N))
    print("late_binding", late_binding(N))
    print("loop_var_cell", loop_var_cell(N))
    print("outer_mutates_cell", outer_mutates_cell(N))
    print("deep_closure", deep_closure(N))
    # Separate closures of the same code share the trace's code but not cells.
    incs = [make_counter() for _ in range(3)]
    for i in range(N):
        incs[i % 3](i)
    print("shared code", [f(0) for f in incs])


run()
