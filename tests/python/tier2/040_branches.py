# Branches in hot loops: one-sided branches become guards; branches whose
# direction flips after tracing leave through side exits with correct
# results.
import tier2_support as ts
from tier2_support import check, uop_names

N = ts.THRESHOLD
BRANCH_GUARDS = ("_GUARD_IS_TRUE_POP", "_GUARD_IS_FALSE_POP",
                 "_GUARD_IS_NONE_POP", "_GUARD_IS_NOT_NONE_POP")


def always_true(n):
    count = 0
    i = 0
    while i < n:
        if i >= 0:
            count += 1
        else:
            count -= 1000
        i += 1
    return count


def none_branch(items):
    found = 0
    missing = 0
    for x in items:
        if x is None:
            missing += 1
        else:
            found += x
    return found, missing


def flips(n, switch_at):
    low = 0
    high = 0
    for i in range(n):
        if i < switch_at:
            low += i
        else:
            high += i
    return low, high


def flips_twice(n):
    out = []
    state = 0
    for i in range(n):
        if i == n // 3 or i == 2 * n // 3:
            state += 1
            out.append(i)
        if state == 1:
            out.append(-i) if i % 1000 == 0 else None
    return out


def bool_ops(n):
    a = b = c = 0
    for i in range(n):
        if i % 2 == 0 and i % 3 == 0:
            a += 1
        if i % 5 == 0 or i % 7 == 0:
            b += 1
        if not (i & 4):
            c += 1
    return a, b, c


def truthiness(values):
    t = 0
    for v in values:
        if v:
            t += 1
    return t


def ternary(n, cutoff):
    s = 0
    for i in range(n):
        s += i if i < cutoff else -i
    return s


def run():
    print("always_true", always_true(N))
    ex = ts.get_first_executor(always_true)
    check("always_true: executor", lambda: ex is not None)
    check("always_true: branch guard",
          lambda: any(n in BRANCH_GUARDS for n in uop_names(ex)))
    check("always_true: closes", lambda: "_JUMP_TO_TOP" in uop_names(ex))

    items = [i if i % 50 else None for i in range(N)]
    print("none_branch", none_branch(items))
    print("none_branch all None", none_branch([None] * 100))
    print("none_branch no None", none_branch(list(range(100))))
    ex = ts.get_first_executor(none_branch)
    check("none_branch: executor", lambda: ex is not None)
    check("none_branch: branch guard",
          lambda: any(n in BRANCH_GUARDS for n in uop_names(ex)))

    # Hot on one side, then the other side for the rest of the loop.
    print("flips at 3000", flips(2 * N, 3000))
    print("flips never", flips(N, N))
    print("flips always", flips(N, 0))
    print("flips at 7000", flips(3 * N, 7000))
    r = flips_twice(3 * N)
    print("flips_twice", len(r), sum(r), r[:6])
    print("bool_ops", bool_ops(3 * N))

    vals = [0, 1, "", "x", [], [0], None, 0.0, 2.5, (), (1,), {}, {1: 2}, set(), True,
            False] * 400
    print("truthiness", truthiness(vals))
    print("truthiness ints", truthiness(list(range(-N, N))))
    print("ternary", ternary(N, 2500), ternary(N, 0), ternary(N, N))


run()
