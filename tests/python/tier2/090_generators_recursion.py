# Generators consumed by hot loops, loops inside generators, generator
# expressions, sum() over generators, recursion called from hot loops.
import tier2_support as ts
from tier2_support import check, uop_names

N = ts.THRESHOLD


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def consume(n):
    total = 0
    for x in count_up(n):
        total += x
    return total


def squares(n):
    for i in range(n):
        yield i * i


def pipeline(n):
    evens = (x for x in squares(n) if x % 2 == 0)
    total = 0
    for x in evens:
        total += x
    return total


def fib(k):
    if k < 2:
        return k
    return fib(k - 1) + fib(k - 2)


def fib_loop(n):
    total = 0
    for i in range(n):
        total += fib(i % 12)
    return total


def fact(k):
    return 1 if k <= 1 else k * fact(k - 1)


def fact_loop(n):
    total = 0
    for i in range(n):
        total += fact(i % 25)
    return total


def gen_with_hot_loop(n, chunks):
    for c in range(chunks):
        acc = 0
        for i in range(n):
            acc += (i ^ c) * i
        yield acc


def gen_send():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


def send_loop(n):
    g = gen_send()
    next(g)
    last = 0
    for i in range(n):
        last = g.send(i)
    try:
        g.send(None)
    except StopIteration as e:
        return last, e.value


def yield_from_inner(n):
    yield from range(n)
    yield from count_up(3)


def yield_from_loop(n):
    total = 0
    for x in yield_from_inner(n):
        total += x
    return total


def early_close(n):
    g = count_up(10 * n)
    total = 0
    for x in g:
        if x >= n:
            break
        total += x
    rest = next(g)
    g.close()
    return total, rest


def one_gen(x):
    yield x
    yield x + 1


def call_gen_function(n):
    total = 0
    for i in range(n):
        g = one_gen(i)
        total += next(g) * 2 + next(g)
    return total


def run():
    print("consume", consume(N))
    ex = ts.get_first_executor(consume)
    check("consume: an executor or none, valid if present",
          lambda: ex is None or ex.is_valid())
    print("pipeline", pipeline(N))
    print("genexpr sum", sum(x * 3 for x in range(N)))
    print("genexpr sum of gen", sum(count_up(N)))
    print("list(genexpr)", len(list(i for i in count_up(N) if i % 7 == 0)))
    print("fib_loop", fib_loop(N // 5))
    print("fib(20)", fib(20))
    print("fact_loop", fact_loop(N) % 1000000007)
    print("gen_with_hot_loop", list(gen_with_hot_loop(N, 3)))
    ex = ts.get_first_executor(gen_with_hot_loop)
    check("generator's inner loop: executor", lambda: ex is not None and ex.is_valid())
    check("generator's inner loop: closes", lambda: "_JUMP_TO_TOP" in uop_names(ex))
    print("send_loop", send_loop(N))
    print("yield_from_loop", yield_from_loop(N))
    print("early_close", early_close(N))
    print("call_gen_function", call_gen_function(N))
    print("max over genexpr", max(i * (N - i) for i in range(N)))
    print("any/all", any(i > N - 2 for i in range(N)), all(i < N for i in count_up(N)))
    print("dict comp", sum({i: i * i for i in range(N)}.values()))
    print("set comp", len({i % 97 for i in range(N)}))
    print("nested comp", sum([x * y for x in range(80) for y in range(80)]))


run()
