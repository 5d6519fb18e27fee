# Guards that fail often: side exits get warm and grow side traces (and
# side traces of side traces). Results must stay exact throughout.
import tier2_support as ts
from tier2_support import check, uop_names

N = ts.THRESHOLD


def alternating_types(values):
    total = 0
    for v in values:
        total = total + v
    return total


def thirty_percent(n):
    a = 0
    b = 0
    for i in range(n):
        if (i * 7919) % 10 < 3:
            a += i
        else:
            b -= 1
    return a, b


def many_paths(n):
    counts = [0, 0, 0, 0, 0]
    acc = 0
    for i in range(n):
        r = (i * 2654435761) % 97
        if r < 20:
            counts[0] += 1
            acc += r
        elif r < 40:
            counts[1] += 1
            acc -= r
        elif r < 60:
            counts[2] += 1
            acc ^= r
        elif r < 80:
            counts[3] += 1
            acc = (acc * 3) % 100003
        else:
            counts[4] += 1
    return counts, acc


def shape_change(objs):
    total = 0
    for o in objs:
        total += o.x
    return total


class A:
    def __init__(self, x):
        self.x = x


class B:
    def __init__(self, x):
        self.y = 0
        self.x = x


class C(A):
    pass


def callee_switch(fns, n):
    total = 0
    k = len(fns)
    for i in range(n):
        total += fns[i % k](i)
    return total


def f1(x):
    return x + 1


def f2(x):
    return x * 2


def f3(x):
    return -x


def none_or_int(values):
    s = 0
    nones = 0
    for v in values:
        if v is not None:
            s += v
        else:
            nones += 1
    return s, nones


def float_int_compare(values):
    above = 0
    for v in values:
        if v > 0.5:
            above += 1
    return above


def add(a, b):
    if a > b:
        return a - b
    return a + b


def exits_in_callee(values):
    total = 0
    for v in values:
        total = add(total, v) % 1000003
    return total


def inner_kind(x):
    if isinstance(x, float):
        return int(x * 2)
    return x


def outer_kind(x):
    return inner_kind(x) + inner_kind(x + 1)


def exits_two_deep(values):
    total = 0
    for v in values:
        total += outer_kind(v)
    return total


def run():
    n = 4 * N
    vals = [i if i % 3 else i + 0.5 for i in range(n)]
    print("alternating_types", alternating_types(vals))
    vals2 = [i if (i // 100) % 2 else float(i) for i in range(n)]
    print("alternating_types blocks", alternating_types(vals2))
    vals3 = [i if i % 4 else str(i) for i in range(n)]
    try:
        alternating_types(vals3)
    except TypeError as e:
        print("TypeError:", e)
    print("thirty_percent", thirty_percent(n))
    ex = ts.get_first_executor(thirty_percent)
    check("thirty_percent: executor valid", lambda: ex is not None and ex.is_valid())
    print("many_paths", many_paths(n))

    objs = [A(i) if i % 3 == 0 else B(i) if i % 3 == 1 else C(i) for i in range(n)]
    print("shape_change", shape_change(objs))
    ex = ts.get_first_executor(shape_change)
    check("shape_change: executor", lambda: ex is not None)
    check("shape_change: type guard", lambda: "_GUARD_TYPE_VERSION" in uop_names(ex))
    print("shape_change again", shape_change(objs[::-1]))

    print("callee_switch 1", callee_switch([f1], n))
    print("callee_switch 3", callee_switch([f1, f2, f3], n))
    print("callee_switch mixed", callee_switch([f1, f1, f1, abs, f2], n))
    print("callee_switch 1 again", callee_switch([f2], n))

    nv = [None if i % 10 == 3 else i for i in range(n)]
    print("none_or_int", none_or_int(nv))
    fv = [(i % 5) / 4 if i % 2 else i % 2 for i in range(n)]
    print("float_int_compare", float_int_compare(fv))
    ints_then_floats = [i % 1000 for i in range(n // 2)] + [(i % 1000) + 0.25 for i in range(n // 2)]
    print("exits_in_callee", exits_in_callee(ints_then_floats))
    mixed = [i % 1000 if i % 5 else (i % 1000) + 0.5 for i in range(n)]
    print("exits_in_callee mixed", exits_in_callee(mixed))
    print("exits_two_deep", exits_two_deep(mixed))
    print("exits_two_deep ints", exits_two_deep(list(range(n))))
    print("exits_two_deep floats", exits_two_deep([i / 4 for i in range(n)]))
    # Everything again after all the side traces exist.
    print("again", alternating_types(vals), thirty_percent(n), many_paths(n)[1],
          shape_change(objs), none_or_int(nv), float_int_compare(fv))


run()
