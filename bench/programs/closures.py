"""closures: calls closures that read and write `nonlocal` variables of their enclosing function (a counter, an accumulator, a pair of closures sharing a cell), and creates fresh closures inside a loop (adder factories, lambdas capturing a loop variable). Stresses cell variables (LOAD_DEREF / STORE_DEREF), function object creation with closures (MAKE_FUNCTION), and calling Python functions."""
# bench: tiny=3000 quick=300000 full=2500000
import sys


def make_counter(start):
    count = start

    def inc(k):
        nonlocal count
        count += k
        return count

    def get():
        return count

    return inc, get


def make_accumulator():
    # two closures sharing two cells
    total = 0
    calls = 0

    def add(x):
        nonlocal total, calls
        total = (total + x) % 1000003
        calls += 1

    def mean():
        return total * 7 + calls

    return add, mean


def make_adder(k):
    def adder(x):
        return x + k
    return adder


def run(n):
    inc, get = make_counter(0)
    add, mean = make_accumulator()
    scale = 3
    acc = 0

    def local_fn(x):
        # closure over `scale` and `acc` of run() itself
        nonlocal acc
        acc = (acc + x * scale) & 0xFFFFFF
        return acc

    check = 0
    for i in range(n):
        inc(i & 15)
        add(get())
        local_fn(i)
        # create closures in the loop, call them once or twice
        f = make_adder(i & 255)
        check += f(i) - i
        g = lambda y: y * scale + (i & 3)
        check += g(2)
        if i % 97 == 0:
            scale = 3 + (i & 1)     # write a cell read by local_fn and g
        check &= 0xFFFFFFF
    return get(), mean(), acc, check


def main(n):
    return run(n)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2500000
    print(main(n))
