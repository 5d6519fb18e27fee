"""fib: computes the n-th Fibonacci number with the naive doubly recursive definition (about 1.6**n calls), and checks it against an iterative computation. Stresses Python-to-Python function calls (frame creation and teardown), recursion, small int add/compare and global name lookup of the recursive function."""
# bench: tiny=10 quick=30 full=35
import sys


def fib(n):
    # The hot function: one compare, two recursive calls, one add.
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_iter(n):
    # Reference value, computed in O(n).
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_calls(n):
    # Number of calls fib(n) makes:
    #   c(0) = c(1) = 1,  c(n) = 1 + c(n-1) + c(n-2)
    a, b = 1, 1
    for _ in range(n - 1):
        a, b = b, a + b + 1
    return b


def main(n):
    r = fib(n)
    if r != fib_iter(n):
        # A wrong recursive result must change the output.
        return ("MISMATCH", r, fib_iter(n))
    return r, fib_calls(n)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 35
    print(main(n))
