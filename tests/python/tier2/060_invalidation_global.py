# Executors that depend on module globals and builtins are invalidated when
# the set of keys of those dicts changes: shadowing a builtin with a
# global, deleting/adding globals, adding a builtin; also while the loop
# itself is running.
import builtins
import gc
import tier2_support as ts
from tier2_support import check, uop_names

N = ts.THRESHOLD


def helper(x):
    return x + 1


def uses_len(items, n):
    total = 0
    for i in range(n):
        total += len(items)
    return total


def uses_helper(n):
    total = 0
    for i in range(n):
        total = total + helper(i)
    return total


def uses_abs(n):
    total = 0
    for i in range(n):
        total += abs(i - 2500)
    return total


def uses_min(n):
    total = 0
    for i in range(n):
        total += min(i, 100)
    return total


def fake_len(x):
    return 1000


def shadow_midway(items, n, at):
    total = 0
    for i in range(n):
        if i == at:
            globals()["len"] = fake_len
        total += len(items)
    return total


def add_builtin_midway(n, at):
    total = 0
    for i in range(n):
        if i == at:
            builtins.uopy_test_abs = abs
            builtins.abs = lambda v: 7
        total += abs(-3)
    return total


G = 1


def bump(i, depth):
    if i == 3000 and depth < 3:
        # Invalidates the executor running in every caller, then runs the
        # same loop again (re-traced while the old executors are on the
        # stack).
        globals()["NEWKEY%d" % depth] = 1
        gc.collect()
        return reentrant(N, depth + 1)
    return G


def reentrant(n, depth):
    total = 0
    for i in range(n):
        total += bump(i, depth)
    return total


def delete_midway(n, at):
    t = 0
    for i in range(n):
        if i == at:
            del globals()["G"]
        t += G
    return t


def run():
    items = [1, 2, 3]
    print("uses_len", uses_len(items, N))
    ex = ts.get_first_executor(uses_len)
    check("len: executor", lambda: ex is not None)
    check("len: builtin load in trace",
          lambda: "_LOAD_GLOBAL_BUILTINS" in uop_names(ex))
    check("len: valid before", lambda: ex.is_valid())
    # A module global named len shadows the builtin: the module dict gets
    # a new key.
    globals()["len"] = fake_len
    check("len: invalid after shadowing", lambda: not ex.is_valid())
    check("len: executor removed", lambda: ts.get_first_executor(uses_len) is None)
    print("uses_len shadowed", uses_len(items, N))
    ex2 = ts.get_first_executor(uses_len)
    check("len: retraced after shadowing",
          lambda: ex2 is not None and ex2.is_valid() and ex2 is not ex)
    del globals()["len"]
    print("uses_len unshadowed", uses_len(items, N))

    print("uses_helper", uses_helper(N))
    ex = ts.get_first_executor(uses_helper)
    check("helper: executor", lambda: ex is not None)
    check("helper: globals load in trace",
          lambda: "_LOAD_GLOBAL_MODULE" in uop_names(ex))
    check("helper: valid", lambda: ex.is_valid())
    saved = helper
    del globals()["helper"]
    check("helper: invalid after del", lambda: not ex.is_valid())
    try:
        uses_helper(N)
    except NameError as e:
        print("NameError:", e)
    globals()["helper"] = lambda x: x * 2
    print("uses_helper new", uses_helper(N))
    # Rebinding an existing key keeps the keys: results must still follow.
    globals()["helper"] = lambda x: x - 1
    print("uses_helper rebound", uses_helper(N))
    globals()["helper"] = saved
    print("uses_helper restored", uses_helper(N))

    print("uses_abs", uses_abs(N))
    ex = ts.get_first_executor(uses_abs)
    check("abs: executor", lambda: ex is not None)
    check("abs: valid", lambda: ex.is_valid())
    builtins.uopy_brand_new_builtin = 1
    check("abs: invalid after adding a builtin", lambda: not ex.is_valid())
    print("uses_abs after new builtin", uses_abs(N))
    ex = ts.get_first_executor(uses_abs)
    check("abs: retraced", lambda: ex is not None and ex.is_valid())
    saved_abs = builtins.abs
    builtins.abs = lambda v: -1  # existing key: value change only
    print("uses_abs replaced builtin", uses_abs(N))
    builtins.abs = saved_abs
    print("uses_abs restored", uses_abs(N))
    print("uses_min", uses_min(N))
    ex = ts.get_first_executor(uses_min)
    check("min: executor", lambda: ex is not None)
    check("min: valid", lambda: ex.is_valid())
    del builtins.uopy_brand_new_builtin
    check("min: invalid after deleting a builtin", lambda: not ex.is_valid())
    print("uses_min after del", uses_min(N))

    # Changes made while the traced loop runs.
    print("shadow_midway", shadow_midway(items, 3 * N, 2 * N))
    del globals()["len"]
    print("shadow_midway early", shadow_midway(items, 3 * N, 10))
    del globals()["len"]
    print("len restored", len(items))
    print("add_builtin_midway", add_builtin_midway(3 * N, 2 * N))
    builtins.abs = builtins.uopy_test_abs
    del builtins.uopy_test_abs
    print("abs restored", abs(-3))
    print("uses_len final", uses_len(items, N))

    print("reentrant", reentrant(N, 0))
    gc.collect()
    print("reentrant again", reentrant(N, 0))
    try:
        delete_midway(N, 4000)
    except NameError as e:
        print("delete_midway NameError:", e)
    globals()["G"] = 2
    print("delete_midway restored", delete_midway(N, -1))


run()
