# Basic hot loops: a while loop, for loops over range, list, tuple, set and
# dict; each gets an executor with the expected shape.
import dis
import tier2_support as ts
from tier2_support import check, uop_names

N = ts.THRESHOLD


def while_loop(n):
    i = 0
    while i < n:
        i += 1
    return i


def range_loop(n):
    total = 0
    for i in range(n):
        total += i
    return total


def list_loop(items):
    total = 0
    for x in items:
        total += x
    return total


def tuple_loop(items):
    total = 0
    for x in items:
        total += x
    return total


def set_loop(items):
    total = 0
    for x in items:
        total += x
    return total


def dict_loop(d):
    total = 0
    for k in d:
        total += d[k]
    return total


def dict_items_loop(d):
    total = 0
    for k, v in d.items():
        total += k * v
    return total


def run():
    print("while", while_loop(N))
    print("while again", while_loop(N + 7))
    print("while zero", while_loop(0))
    ex = ts.get_first_executor(while_loop)
    check("while: executor exists", lambda: ex is not None)
    check("while: starts with _START_EXECUTOR", lambda: ex[0][0] == "_START_EXECUTOR")
    check("while: second uop _MAKE_WARM", lambda: ex[1][0] == "_MAKE_WARM")
    check("while: closes with _JUMP_TO_TOP", lambda: "_JUMP_TO_TOP" in uop_names(ex))
    check("while: valid", lambda: ex.is_valid())
    check("while: replaces JUMP_BACKWARD",
          lambda: dis.opname[ex.get_opcode()] == "JUMP_BACKWARD")
    check("while: len matches iteration", lambda: len(ex) == len(list(ex)))
    check("while: ex[-1] is the last uop", lambda: ex[-1] == list(ex)[-1])
    check("while: uops are 4-tuples",
          lambda: all(isinstance(u, tuple) and len(u) == 4 and isinstance(u[0], str)
                      for u in ex))
    check("while: has int guard", lambda: "_GUARD_TOS_INT" in uop_names(ex)
          or "_GUARD_NOS_INT" in uop_names(ex))
    check("while: one executor", lambda: len(ts.get_all_executors(while_loop)) == 1)
    check("while: index out of range raises", lambda: _raises_index(ex))

    print("range", range_loop(N))
    print("range small", range_loop(10))
    ex = ts.get_first_executor(range_loop)
    check("range: executor exists", lambda: ex is not None)
    check("range: _GUARD_NOT_EXHAUSTED_RANGE",
          lambda: "_GUARD_NOT_EXHAUSTED_RANGE" in uop_names(ex))
    check("range: _ITER_NEXT_RANGE", lambda: "_ITER_NEXT_RANGE" in uop_names(ex))
    check("range: _JUMP_TO_TOP", lambda: "_JUMP_TO_TOP" in uop_names(ex))
    check("range: valid", lambda: ex.is_valid())

    lst = list(range(N))
    print("list", list_loop(lst))
    print("list of floats", list_loop([0.5] * N))
    ex = ts.get_first_executor(list_loop)
    check("list: executor exists", lambda: ex is not None)
    check("list: _GUARD_NOT_EXHAUSTED_LIST",
          lambda: "_GUARD_NOT_EXHAUSTED_LIST" in uop_names(ex))
    check("list: no range guard",
          lambda: "_GUARD_NOT_EXHAUSTED_RANGE" not in uop_names(ex))

    tup = tuple(range(0, 3 * N, 3))
    print("tuple", tuple_loop(tup))
    ex = ts.get_first_executor(tuple_loop)
    check("tuple: executor exists", lambda: ex is not None)
    check("tuple: _GUARD_NOT_EXHAUSTED_TUPLE",
          lambda: "_GUARD_NOT_EXHAUSTED_TUPLE" in uop_names(ex))

    s = set(range(N))
    print("set", set_loop(s))
    ex = ts.get_first_executor(set_loop)
    check("set: executor exists", lambda: ex is not None)
    check("set: _FOR_ITER_TIER_TWO", lambda: "_FOR_ITER_TIER_TWO" in uop_names(ex))

    d = {i: i * 2 for i in range(N)}
    print("dict", dict_loop(d))
    ex = ts.get_first_executor(dict_loop)
    check("dict: executor exists", lambda: ex is not None)
    check("dict: _FOR_ITER_TIER_TWO", lambda: "_FOR_ITER_TIER_TWO" in uop_names(ex))
    print("dict items", dict_items_loop(d))

    # The same code run with a different iterable type after it is traced.
    print("list_loop over tuple", list_loop(tup))
    print("list_loop over range", list_loop(range(N)))
    print("list_loop over set", list_loop(s))
    print("list_loop over dict keys", list_loop(d))
    print("list_loop over empty", list_loop([]))
    print("range_loop again", range_loop(N * 2))


def _raises_index(ex):
    try:
        ex[len(ex)]
    except IndexError:
        return True
    return False


run()


# -- Iteration edge cases: containers changing while a traced loop walks
# them, ranges near the int64 limits, other iterators.

def grow(lst, limit):
    c = 0
    for x in lst:
        c += x
        if len(lst) < limit:
            lst.append(x + 1)
    return c, len(lst)


def shrink(lst):
    c = 0
    for x in lst:
        c += x
        if len(lst) > 2:
            lst.pop()
    return c, len(lst)


def clear_mid(lst):
    c = 0
    for x in lst:
        c += 1
        if c == 4500:
            lst.clear()
    return c


def replace_slice(lst):
    c = 0
    for x in lst:
        c += x
        if c > 100000 and len(lst) > 5000:
            lst[:] = lst[:10]
    return c


def rng(a, b, s):
    t = 0
    for i in range(a, b, s):
        t += i
    return t


def rng_rev(n):
    t = 0
    for i in reversed(range(n)):
        t = t * 3 % 1000003 + i
    return t


def rng_var(n):
    out = []
    for r in (range(n), range(n, 0, -1), range(0), range(-5, n, 7)):
        s = 0
        for i in r:
            s += i
        out.append(s)
    return out


def dict_mut(d):
    n = 0
    try:
        for k in d:
            n += 1
            if n == 4000:
                d[-1] = 0
    except RuntimeError as e:
        return n, str(e)


def count_a(s):
    c = 0
    for ch in s:
        if ch == "a":
            c += 1
    return c


def zips(a, b):
    t = 0
    for i, (x, y) in enumerate(zip(a, b)):
        t += i * x - y
    return t


def edge_cases():
    print("grow", grow([1, 2, 3], 9000))
    print("shrink", shrink(list(range(12000))))
    print("clear_mid", clear_mid(list(range(9000))))
    print("replace_slice", replace_slice(list(range(9000))))
    print("rng", rng(0, 10000, 1), rng(10000, 0, -3))
    print("rng near 2**62", rng(2 ** 62, 2 ** 62 + 6000, 1))
    print("rng across 2**63", rng(2 ** 63 - 3000, 2 ** 63 + 3000, 1))
    print("rng beyond 2**63", rng(2 ** 63, 2 ** 63 + 6000, 2))
    print("rng at -2**63", rng(-2 ** 63, -2 ** 63 + 6000, 1))
    print("rng_rev", rng_rev(6000))
    for k in range(3):
        print("rng_var", rng_var(3000))
    print("dict_mut", dict_mut({i: i for i in range(6000)}))
    print("count_a", count_a("abca" * 3000))
    print("zips", zips(list(range(6000)), list(range(6000, 0, -1))))


edge_cases()
