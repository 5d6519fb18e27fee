# A Fraction class built on gcd, used for exact matrix multiplication, determinant and inverse.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if isinstance(num, Frac):
            num, den = num.num * den, num.den
        if den == 0:
            raise ZeroDivisionError(f"Frac({num}, 0)")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num = num // g
        self.den = den // g

    @staticmethod
    def _coerce(other):
        if isinstance(other, Frac):
            return other
        if isinstance(other, int):
            return Frac(other)
        return NotImplemented

    def __add__(self, other):
        o = self._coerce(other)
        if o is NotImplemented:
            return o
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, other):
        o = self._coerce(other)
        if o is NotImplemented:
            return o
        return Frac(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, other):
        return Frac(other) - self

    def __mul__(self, other):
        o = self._coerce(other)
        if o is NotImplemented:
            return o
        return Frac(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = self._coerce(other)
        if o is NotImplemented:
            return o
        return Frac(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, other):
        return Frac(other) / self

    def __neg__(self):
        return Frac(-self.num, self.den)

    def __eq__(self, other):
        o = self._coerce(other)
        if o is NotImplemented:
            return o
        return self.num == o.num and self.den == o.den

    def __lt__(self, other):
        o = self._coerce(other)
        return self.num * o.den < o.num * self.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __bool__(self):
        return self.num != 0

    def __float__(self):
        return self.num / self.den

    def __repr__(self):
        return f"{self.num}" if self.den == 1 else f"{self.num}/{self.den}"


def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    return [[sum((a[i][k] * b[k][j] for k in range(len(b))), Frac(0)) for j in range(len(b[0]))]
            for i in range(len(a))]


def det(m):
    m = [row[:] for row in m]
    n = len(m)
    result = Frac(1)
    for col in range(n):
        pivot = next((r for r in range(col, n) if m[r][col]), None)
        if pivot is None:
            return Frac(0)
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            result = -result
        result = result * m[col][col]
        for r in range(col + 1, n):
            factor = m[r][col] / m[col][col]
            m[r] = [x - factor * y for x, y in zip(m[r], m[col])]
    return result


def inverse(m):
    n = len(m)
    aug = [row[:] + [Frac(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        pivot = next((r for r in range(col, n) if aug[r][col]), None)
        if pivot is None:
            raise ValueError("matrix is singular")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        p = aug[col][col]
        aug[col] = [x / p for x in aug[col]]
        for r in range(n):
            if r != col and aug[r][col]:
                f = aug[r][col]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]


def F(rows):
    return [[Frac(x) for x in row] for row in rows]


def show(m):
    return "[" + "; ".join(" ".join(repr(x) for x in row) for row in m) + "]"


print(Frac(6, -8), Frac(0, 5), Frac(3) + Frac(1, 2), 1 - Frac(1, 3), 2 / Frac(4, 3))
print(Frac(1, 3) * 3 == 1, Frac(1, 2) < Frac(2, 3), sorted([Frac(3, 4), Frac(1, 8), Frac(-1, 2)]))
print(sum([Frac(1, n) for n in range(1, 11)], Frac(0)), float(Frac(22, 7)))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6), Frac(1, 3)}), bool(Frac(0)), Frac(Frac(1, 2), 3))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    Frac(1, 2) + 0.5
except TypeError as e:
    print("TypeError", e)

hilbert = [[Frac(1, i + j + 1) for j in range(4)] for i in range(4)]
print("hilbert det:", det(hilbert))
inv = inverse(hilbert)
print("hilbert inv:", show(inv))
ident = matmul(hilbert, inv)
print("H @ H^-1 == I:", all(ident[i][j] == int(i == j) for i in range(4) for j in range(4)))
a = F([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
print("det a:", det(a), "inv a:", show(inverse(a)))
b = F([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print("det b:", det(b))
try:
    inverse(b)
except ValueError as e:
    print("ValueError", e)
try:
    matmul(a, F([[1, 2]]))
except ValueError as e:
    print("ValueError", e)
c = F([[0, 1], [1, 0]])
print("det swap:", det(c), "c^2:", show(matmul(c, c)))
p = F([[1, 1], [1, 0]])
acc = F([[1, 0], [0, 1]])
for _ in range(30):
    acc = matmul(acc, p)
print("fib via matrix:", show(acc))
v = [[Frac(1, 2)], [Frac(-1, 3)], [Frac(1, 6)]]
print("a @ v:", show(matmul(a, v)))
