"""generators: build a random binary search tree of n keys and walk it in order with recursive `yield from` generators, push the keys through a pipeline of hand-written generator stages (filter / map / take / pairwise windows), and fold generator expressions over the results; the checksum combines the sums and counts from every stage. Stresses generator creation, resumption, delegation via `yield from` (deep chains), StopIteration handling in for-loops and generator expressions."""
# bench: tiny=300 quick=25000 full=150000
import sys


class Node:
    __slots__ = ("key", "left", "right")

    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


def lcg_stream(seed, count):
    # deterministic pseudo-random integers
    for _ in range(count):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        yield seed


def insert(root, key):
    # iterative BST insert (duplicates go right)
    node = root
    while True:
        if key < node.key:
            if node.left is None:
                node.left = Node(key)
                return
            node = node.left
        else:
            if node.right is None:
                node.right = Node(key)
                return
            node = node.right


def inorder(node):
    # recursive generator delegation: depth of yield-from chain = tree depth
    if node.left is not None:
        yield from inorder(node.left)
    yield node.key
    if node.right is not None:
        yield from inorder(node.right)


def gen_filter(pred, it):
    for x in it:
        if pred(x):
            yield x


def gen_map(fn, it):
    for x in it:
        yield fn(x)


def gen_take(k, it):
    if k <= 0:
        return
    for x in it:
        yield x
        k -= 1
        if k == 0:
            return


def pairwise(it):
    first = True
    prev = None
    for x in it:
        if not first:
            yield prev, x
        prev = x
        first = False


def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total


def countdown(k):
    while k > 0:
        yield k
        k -= 1


def main(n):
    keys = lcg_stream(42, n)
    root = Node((next(keys) >> 8) % (n * 10))
    for k in keys:
        insert(root, (k >> 8) % (n * 10))

    # 1. full in-order traversal: must come out sorted
    ordered = list(inorder(root))
    sorted_ok = all(a <= b for a, b in pairwise(iter(ordered)))
    tree_sum = sum(ordered)

    # 2. chained pipeline over a fresh traversal
    pipe = gen_take(n // 2,
                    gen_map(lambda x: x * 3 + 1,
                            gen_filter(lambda x: x % 3 != 0, inorder(root))))
    pipe_sum = 0
    pipe_count = 0
    for v in running_sum(pipe):
        pipe_sum = (pipe_sum + v) % 1000000007
        pipe_count += 1

    # 3. generator expressions, nested and fed by generators
    gaps = sum(b - a for a, b in pairwise(inorder(root)))
    evens = sum(1 for x in inorder(root) if x % 2 == 0)
    nested = sum(i * j for i in countdown(n // 100 + 5) for j in gen_take(i, countdown(50)))
    squares = sum(x * x % 997 for x in (y + 1 for y in ordered))

    # 4. many short-lived generators
    short = 0
    for i in range(n):
        short += sum(gen_take(3, countdown(i % 7)))

    return (f"{int(sorted_ok)} {len(ordered)} {tree_sum} {pipe_count} {pipe_sum} "
            f"{gaps} {evens} {nested} {squares} {short}")


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 150000
    print(main(n))
