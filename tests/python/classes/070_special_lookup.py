class A:
    def __len__(self):
        return 3
    def __iter__(self):
        yield from (1, 2, 3)
    def __reversed__(self):
        return iter([3, 2, 1])
    def __contains__(self, x):
        return x == 42
a = A()
print(len(a), list(a), list(reversed(a)), 42 in a, 1 in a, sum(a), sorted(a, reverse=True))
class B:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"B({self.v!r})"
    def __format__(self, spec):
        return f"B<{spec}>"
    def __bool__(self):
        return self.v > 0
print([B(1), B("x")], f"{B(2):abc}", format(B(3), "q"), bool(B(0)), bool(B(5)), "yes" if B(1) else "no")
class C:
    def __getattribute__(self, name):
        if name == "magic":
            return 99
        return object.__getattribute__(self, name)
c = C()
c.real = 1
print(c.magic, c.real)
class D:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
d = D()
d.x = 5
print(d.x, vars(d))
