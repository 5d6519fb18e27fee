# Calls nested deeper than a trace can follow (as CPython's
# test_many_nested): the projection gives up or stops early; results are
# exact and nothing crashes. No assertion on whether an executor exists.
import tier2_support as ts
from tier2_support import check, uop_names

N = ts.THRESHOLD


def l8(x):
    return x + 8


def l7(x):
    return l8(x) + 7


def l6(x):
    return l7(x) + 6


def l5(x):
    return l6(x) + 5


def l4(x):
    return l5(x) + 4


def l3(x):
    return l4(x) + 3


def l2(x):
    return l3(x) + 2


def l1(x):
    return l2(x) + 1


def deep_loop(n):
    total = 0
    for i in range(n):
        total += l1(i)
    return total


def depth_loop(fn, n):
    total = 0
    for i in range(n):
        total += fn(i)
    return total


def deep_loop_while(n):
    total = 0
    i = 0
    while i < n:
        total = total + l3(i) - l1(i)
        i += 1
    return total


def chain(depth, x):
    if depth == 0:
        return x
    return chain(depth - 1, x + 1)


def recursive_loop(n):
    total = 0
    for i in range(n):
        total += chain(12, i)
    return total


class Node:
    def __init__(self, nxt, v):
        self.nxt = nxt
        self.v = v

    def total(self):
        return self.v + (self.nxt.total() if self.nxt is not None else 0)


def method_chain_loop(head, n):
    s = 0
    for i in range(n):
        s += head.total()
    return s


def deep_raise(k):
    if k == 0:
        raise LookupError("bottom")
    return deep_raise(k - 1)


def raise_loop(n):
    caught = 0
    for i in range(n):
        try:
            if i % 100 == 0:
                deep_raise(9)
            caught += l1(0) - 36
        except LookupError:
            caught += 1
    return caught


def run():
    print("l1(0)", l1(0))
    print("deep_loop", deep_loop(N))
    print("deep_loop again", deep_loop(N + 1))
    print("deep_loop_while", deep_loop_while(N))
    print("recursive_loop", recursive_loop(N // 2))
    head = None
    for v in range(10):
        head = Node(head, v)
    print("method_chain_loop", method_chain_loop(head, N // 2))
    print("raise_loop", raise_loop(2 * N))
    for name, fn in (("depth 1", l8), ("depth 2", l7), ("depth 3", l6), ("depth 4", l5),
                     ("depth 5", l4), ("depth 6", l3), ("depth 7", l2)):
        print(name, depth_loop(fn, N))
    execs = ts.get_all_executors(deep_loop)
    check("deep_loop: any executor is valid", lambda: all(ex.is_valid() for ex in execs))


run()
