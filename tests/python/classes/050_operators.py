from_list = list
class Frac:
    def __init__(self, n, d=1):
        self.n, self.d = n, d
    def __add__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        return self + Frac(-o.n, o.d)
    def __mul__(self, o):
        return Frac(self.n * o.n, self.d * o.d)
    def __truediv__(self, o):
        return Frac(self.n * o.d, self.d * o.n)
    def __eq__(self, o):
        return self.n * o.d == o.n * self.d
    def __lt__(self, o):
        return self.n * o.d < o.n * self.d
    def __le__(self, o):
        return self < o or self == o
    def __repr__(self):
        return f"{self.n}/{self.d}"
    def __float__(self):
        return self.n / self.d
    def __int__(self):
        return self.n // self.d
    def __abs__(self):
        return Frac(abs(self.n), self.d)
    def __hash__(self):
        return hash((self.n, self.d))
a, b = Frac(1, 2), Frac(1, 3)
print(a + b, a - b, a * b, a / b, 1 + a, a + 1, a == Frac(2, 4), a < b, a <= a, float(a), int(Frac(7, 2)), abs(Frac(-1, 2)))
print(sorted([a, b, Frac(1, 4)]), max(a, b), sum([a, b], Frac(0)))
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
acc = Acc()
acc += 1
acc += 2
print(acc.items)
