"""method_calls: calls small methods on class instances in a hot loop -- methods with no arguments, one argument and two arguments, methods inherited from a base class, overridden methods that call super(), and a method bound to a local before looping. Stresses method lookup through the MRO, bound-method creation or the LOAD_METHOD/CALL fast path, frame setup for Python functions and argument passing."""
# bench: tiny=3000 quick=100000 full=800000
import sys


class Acc:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def add(self, k):
        self.v = (self.v + k) & 0xFFFFF

    def mix(self, a, b):
        self.v = (self.v * a + b) & 0xFFFFF
        return self.v

    def step(self):
        self.add(3)
        return self.v


class Sub(Acc):
    # Inherits get/add/mix, overrides step and calls up via super().
    def step(self):
        r = super().step()
        self.add(1)
        return r + 1


class SubSub(Sub):
    # One more level: get() is found two classes up the MRO.
    def twice(self, k):
        self.add(k)
        self.add(k)
        return self.get()


def run(n):
    a = Acc(1)
    s = Sub(2)
    t = SubSub(3)
    total = 0
    for i in range(n):
        a.add(i)                      # 1 arg
        total += a.get()              # 0 args
        total += a.mix(3, i)          # 2 args
        total += s.step()             # override + super()
        s.add(i & 7)                  # inherited, 1 arg
        total += s.get()
        total += t.twice(i & 15)      # calls inherited methods
        total += t.step()
        total &= 0xFFFFFFF
    bound = t.mix                     # bound method kept in a local
    for i in range(n):
        total = (total + bound(5, i)) & 0xFFFFFFF
    return total, a.v, s.v, t.v


def main(n):
    return run(n)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 800000
    print(main(n))
