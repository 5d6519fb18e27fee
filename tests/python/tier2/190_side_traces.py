# A side exit taken often enough grows a side trace, linked to the exit
# (a trace tree); its results are CPython's. Here the loop's `if` goes the
# rarer way a third of the time: the trace follows the common direction and
# its guard exits on the other, until the exit is warm and a side trace takes
# over from it.
import tier2_support as ts
from tier2_support import check

N = 30000


def mixed(n):
    small = 0
    big = 0
    for i in range(n):
        if i % 3 == 0:
            big += i * 2
        else:
            small += i
    return small, big


def types(n):
    # The value's type changes every fourth iteration: a guard on its type
    # exits, and the side trace handles floats.
    total = 0
    for i in range(n):
        x = i * 0.5 if i % 4 == 0 else i
        total += x
    return total


def nested_sides(n):
    # Exits of a side trace grow their own side traces (depth 2).
    a = b = c = 0
    for i in range(n):
        if i % 3 == 0:
            if i % 2 == 0:
                a += 1
            else:
                b += 1
        else:
            c += 1
    return a, b, c


def tree_depth(ex, depth=0):
    best = depth
    for side in ex.side_executors():
        best = max(best, tree_depth(side, depth + 1))
    return best


def report(fn):
    print(fn.__name__, fn(N))
    ex = ts.get_first_executor(fn)
    check(f"{fn.__name__}: root executor", lambda: ex is not None)
    check(f"{fn.__name__}: a side trace grew", lambda: len(ex.side_executors()) >= 1)
    check(f"{fn.__name__}: side traces are executors",
          lambda: all(s.is_valid() and len(s) > 2 for s in ex.side_executors()))
    check(f"{fn.__name__}: side traces start like any trace",
          lambda: all(s[0][0] == "_START_EXECUTOR" for s in ex.side_executors()))
    return ex


report(mixed)
report(types)
ex = report(nested_sides)
check("nested_sides: the tree is at most 4 deep", lambda: 1 <= tree_depth(ex) <= 4)
print("again", mixed(N), types(N), nested_sides(N))
