# math.perm(n) is n!; perm/comb argument checking and wording.
import math


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


show("perm(5)", lambda: math.perm(5))
show("perm(0)", lambda: math.perm(0))
show("perm(5, None)", lambda: math.perm(5, None))
show("perm(25)", lambda: math.perm(25))
show("perm(Idx)", lambda: math.perm(Idx(6)))
show("perm(-1)", lambda: math.perm(-1))
show("perm(-1, None)", lambda: math.perm(-1, None))
show("perm(1.5)", lambda: math.perm(1.5))
show("perm('a')", lambda: math.perm("a"))
show("perm()", lambda: math.perm())
show("perm(1,2,3)", lambda: math.perm(1, 2, 3))
show("perm(n=3)", lambda: math.perm(n=3))
show("perm(5, 2)", lambda: math.perm(5, 2))
show("perm(5, 6)", lambda: math.perm(5, 6))
show("perm(5, -1)", lambda: math.perm(5, -1))
show("perm(-5, 1)", lambda: math.perm(-5, 1))
show("perm(10**20, 2)", lambda: math.perm(10**20, 2))
show("perm(True, True)", lambda: math.perm(True, True))
show("comb(5, None)", lambda: math.comb(5, None))
show("comb(5)", lambda: math.comb(5))
show("comb(5, 2)", lambda: math.comb(5, 2))
show("comb(Idx(7), Idx(3))", lambda: math.comb(Idx(7), Idx(3)))
show("comb(5, 9)", lambda: math.comb(5, 9))
show("comb(-5, 2)", lambda: math.comb(-5, 2))
show("comb(5, -2)", lambda: math.comb(5, -2))
show("comb(10**20, 3)", lambda: math.comb(10**20, 3))
show("comb(2.0, 1)", lambda: math.comb(2.0, 1))
show("factorial(-3)", lambda: math.factorial(-3))
show("factorial(Idx(4))", lambda: math.factorial(Idx(4)))
show("factorial(2**70)", lambda: math.factorial(2**70))
print(all(math.perm(n) == math.factorial(n) for n in range(30)))
print(all(math.perm(n, k) == math.factorial(n) // math.factorial(n - k)
          for n in range(15) for k in range(n + 1)))
