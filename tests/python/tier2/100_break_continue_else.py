# break / continue / for-else / while-else in traced loops, nested loops
# where both levels are hot, early returns from inside loops.
import tier2_support as ts
from tier2_support import check, uop_names

N = ts.THRESHOLD


def find_first(items, target):
    for i, x in enumerate(items):
        if x == target:
            break
    else:
        return -1
    return i


def while_else(n, stop_at):
    i = 0
    while i < n:
        if i == stop_at:
            break
        i += 1
    else:
        return ("completed", i)
    return ("broke", i)


def skip_multiples(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        if i % 5 == 0:
            continue
        total += i
    return total


def while_continue(n):
    i = 0
    odd = 0
    while i < n:
        i += 1
        if i & 1 == 0:
            continue
        odd += i
    return odd


def nested(outer, inner):
    total = 0
    for i in range(outer):
        for j in range(inner):
            total += i * j
    return total


def nested_break(outer, inner):
    hits = 0
    for i in range(outer):
        for j in range(inner):
            if j > i:
                break
            hits += 1
        else:
            hits += 1000
    return hits


def early_return(items, limit):
    total = 0
    for x in items:
        total += x
        if total > limit:
            return ("over", x, total)
    return ("under", total)


def early_return_while(n, limit):
    i = 0
    while True:
        i += 1
        if i * i > limit:
            return i
        if i > n:
            return -1


def triple(n):
    count = 0
    for a in range(n):
        for b in range(a, n):
            for c in range(b, n):
                if a + b + c == n:
                    count += 1
    return count


def del_local(n):
    out = 0
    for i in range(n):
        x = i
        if i == 4500:
            del x
        try:
            out += x
        except UnboundLocalError:
            out += 1000000
    return out


def walrus(n):
    t = 0
    i = 0
    while (i := i + 1) < n:
        if (r := i % 7) == 3:
            t += r
    return t


def cmp_values(n):
    t = 0
    for i in range(n):
        a = i < n // 2
        b = (i % 3) == 0
        t += a + b * 2 + (a is True)
    return t


def run():
    items = list(range(2 * N))
    print("find_first", find_first(items, N + 3), find_first(items, -5), find_first([], 1))
    print("while_else", while_else(N, N // 2), while_else(N, -1), while_else(0, 0))
    print("skip_multiples", skip_multiples(3 * N))
    ex = ts.get_first_executor(skip_multiples)
    check("skip_multiples: executor", lambda: ex is not None and ex.is_valid())
    print("while_continue", while_continue(3 * N))

    print("nested", nested(100, 100))
    execs = ts.get_all_executors(nested)
    check("nested: inner loop traced", lambda: len(execs) >= 1)
    check("nested: all valid", lambda: all(e.is_valid() for e in execs))
    print("nested wide", nested(3, 2 * N))
    print("nested tall", nested(2 * N, 2))
    execs = ts.get_all_executors(nested)
    check("nested: outer loop traced too", lambda: len(execs) >= 2)
    check("nested: all still valid", lambda: all(e.is_valid() for e in execs))
    print("nested_break", nested_break(200, 100))

    print("early_return", early_return(items, 10 ** 6), early_return(items[:100], 10 ** 6))
    print("early_return hot repeated", [early_return(items, k * 10 ** 5)[1] for k in range(1, 6)])
    print("early_return_while", early_return_while(10 ** 6, N * N), early_return_while(10, 10 ** 6))
    print("triple", triple(60))
    found = []
    for k in range(20):
        found.append(find_first(items, k * 300))
    print("find_first repeated", found)

    print("del_local", del_local(N))
    print("walrus", walrus(N))
    print("cmp_values", cmp_values(N))

run()
